#pragma once

#include <QUndoCommand>

#include <memory>

#include "edits.h"

namespace threadline {

class GraphDocument;

// A graph/ Edit on the QUndoStack: redo and undo run it on the document;
// edits of one gesture merge into one step (a drag).
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(GraphDocument *document, std::unique_ptr<Edit> edit);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Edit &edit() const { return *m_edit; }

private:
    GraphDocument *m_document;
    std::unique_ptr<Edit> m_edit;
};

} // namespace threadline
