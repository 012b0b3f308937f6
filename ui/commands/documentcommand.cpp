#include "documentcommand.h"

#include "graphdocument.h"

namespace threadline {

DocumentCommand::DocumentCommand(GraphDocument *document, std::unique_ptr<Edit> edit)
    : QUndoCommand(edit->text()), m_document(document), m_edit(std::move(edit))
{
}

// Each step's changes as one: the panels catch up once, at its end.
void DocumentCommand::redo()
{
    const GraphDocument::ChangeScope scope(*m_document);
    m_edit->redo(*m_document);
}

void DocumentCommand::undo()
{
    const GraphDocument::ChangeScope scope(*m_document);
    m_edit->undo(*m_document);
}

int DocumentCommand::id() const
{
    return m_edit->mergeId();
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DocumentCommand *>(other);
    return next && m_edit->mergeWith(*next->m_edit);
}

} // namespace threadline
