#pragma once

#include <QObject>

#include <memory>

#include "extractor.h"
#include "ids.h"
#include "types.h"

class QMenu;
class QUndoStack;

namespace threadline {

class Edit;
class GraphDocument;
class GraphView;
class Selection;
class SourceViewer;

// Curation by hand: every gesture that changes what the graph says (new
// elements from selected text, evidence, relations, merge, split, edits of
// a node or a document, delete) and how it is shown (pin, hide), each one
// an undoable step on the window's undo stack. The window builds it and
// adds its actions to the Edit menu.
class CurationController : public QObject
{
    Q_OBJECT

public:
    CurationController(GraphDocument *document, Selection *selection, QUndoStack *undoStack, SourceViewer *source,
                       GraphView *view, QObject *parent = nullptr);

    // Adds the curation actions to the Edit menu (and the text actions to
    // the source viewer's context menu). `canvas` takes Delete.
    void addActions(QMenu *edit);

    void push(std::unique_ptr<Edit> edit);

    bool createFromSelectedText(NodeKind kind);
    bool addSelectedTextAsEvidence();
    bool mergeSelection();
    // Asks how the two selected nodes relate (ConnectDialog) and adds it.
    bool connectSelection();
    // The relation from source to target, with the span as its evidence.
    bool connectNodes(NodeId source, NodeId target, const QString &relation, const QString &roleTitle,
                      const std::optional<EvidenceSpan> &evidence);
    bool splitAlias(NodeId node, const QString &alias);
    bool changeNode(NodeId node, const NodeData &data);
    bool changeDocument(const Document &metadata);
    // Adds what the review accepted of the articles' extractions (Accept All
    // after an import of a thousand), as one step. The new nodes are laid
    // out among the placed ones, which stay put, up to placeByLayoutUpTo
    // shown nodes; above, or hidden, they go beside the nodes they relate
    // to (or around the middle of the view).
    bool acceptExtractions(const QList<Document> &articles, const QList<extract::Extraction> &extractions);
    static constexpr qsizetype placeByLayoutUpTo = 10000;
    void deleteSelection();
    void setSelectionPinned(bool pinned);
    void hideSelection();
    void showAllHidden();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int milliseconds);

private:
    GraphDocument *m_document;
    Selection *m_selection;
    QUndoStack *m_undoStack;
    SourceViewer *m_source;
    GraphView *m_view;
};

} // namespace threadline
