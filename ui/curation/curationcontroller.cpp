#include "curationcontroller.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

#include "apply.h"
#include "connectdialog.h"
#include "documentcommand.h"
#include "edits.h"
#include "freespots.h"
#include "graphdocument.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "kindsizes.h"
#include "layout.h"
#include "selection.h"
#include "sourceviewer.h"

namespace threadline {

namespace {

// How large the scene draws a node of this kind that an edit is adding
// (no relationships shown yet): by the measure node sizes follow, where a
// node it does not name takes none, else by its relationships.
qreal newNodeRadius(const GraphScene &scene, NodeKind kind)
{
    return scene.nodeSizes().isEmpty() ? nodeRadius(kind, 0) : nodeRadiusForShare(kind, 0);
}

// The nearest spot to `wanted` where a node of `radius` is drawn neither
// over nor under a node the scene shows.
QPointF freeSpotNear(const GraphScene &scene, QPointF wanted, qreal radius)
{
    const QHash<NodeId, QPointF> shown = scene.positions();
    qreal largest = radius;
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        largest = std::max(largest, scene.nodeItem(it.key())->radius());
    FreeSpots spots(2 * largest + newNodeGap);
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        spots.take(*it, scene.nodeItem(it.key())->radius());
    return spots.nearest(wanted, radius);
}

} // namespace

CurationController::CurationController(GraphDocument *document, Selection *selection, QUndoStack *undoStack,
                                       SourceViewer *source, GraphView *view, QObject *parent)
    : QObject(parent), m_document(document), m_selection(selection), m_undoStack(undoStack), m_source(source),
      m_view(view)
{
}

void CurationController::addActions(QMenu *edit)
{
    QAction *remove = edit->addAction(tr("&Delete"), this, &CurationController::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the canvas's Delete, not the search box's
    m_view->addAction(remove);
    QAction *merge = edit->addAction(tr("&Merge Selected Nodes"), this, &CurationController::mergeSelection);
    merge->setShortcut(Qt::CTRL | Qt::Key_M);
    QAction *link = edit->addAction(tr("&Connect Selected Nodes…"), this, &CurationController::connectSelection);
    link->setObjectName(QStringLiteral("connectNodes"));
    link->setShortcut(Qt::CTRL | Qt::Key_K);
    edit->addSeparator();
    // Marking up an article by hand: select text in the Source viewer.
    QMenu *fromText = edit->addMenu(tr("From Selected &Text"));
    QList<QAction *> textActions;
    const QList<std::tuple<NodeKind, QString, const char *>> kinds = {
        {NodeKind::Person, tr("New &Person from Selection"), "newPersonFromSelection"},
        {NodeKind::Organization, tr("New &Organization from Selection"), "newOrganizationFromSelection"},
        {NodeKind::Country, tr("New &Country from Selection"), "newCountryFromSelection"},
        {NodeKind::Place, tr("New P&lace from Selection"), "newPlaceFromSelection"},
        {NodeKind::Event, tr("New &Event from Selection"), "newEventFromSelection"},
        {NodeKind::Statement, tr("New &Statement from Selection"), "newStatementFromSelection"}};
    int key = Qt::Key_1;
    for (const auto &[kind, text, name] : kinds) {
        QAction *action = fromText->addAction(text, this, [this, k = kind] { createFromSelectedText(k); });
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key(key++));
        textActions.append(action);
    }
    fromText->addSeparator();
    QAction *asEvidence = fromText->addAction(tr("&Add as Evidence to the Selected Element"), this,
                                              &CurationController::addSelectedTextAsEvidence);
    asEvidence->setObjectName(QStringLiteral("addSelectionAsEvidence"));
    asEvidence->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_A);
    textActions.append(asEvidence);
    QAction *connectText = new QAction(tr("Connect Selected Nodes with this Evidence…"), this);
    connect(connectText, &QAction::triggered, this, &CurationController::connectSelection);
    textActions.append(connectText);
    m_source->setSelectionActions(textActions);
    edit->addSeparator();
    QAction *pin = edit->addAction(tr("&Pin"), this, [this] { setSelectionPinned(true); });
    pin->setShortcut(Qt::CTRL | Qt::Key_P);
    edit->addAction(tr("U&npin"), this, [this] { setSelectionPinned(false); })
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    QAction *hide = edit->addAction(tr("&Hide"), this, &CurationController::hideSelection);
    hide->setShortcut(Qt::CTRL | Qt::Key_H);
    edit->addAction(tr("&Show All Hidden"), this, &CurationController::showAllHidden)
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

void CurationController::push(std::unique_ptr<Edit> edit)
{
    m_undoStack->push(new DocumentCommand(m_document, std::move(edit)));
}

void CurationController::deleteSelection()
{
    const QList<NodeId> nodes(m_selection->nodes().cbegin(), m_selection->nodes().cend());
    const QList<EdgeId> edges(m_selection->edges().cbegin(), m_selection->edges().cend());
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    push(std::make_unique<RemoveEdit>(nodes, edges));
    Q_EMIT message(tr("Deleted; Ctrl+Z brings it back"), 5000);
}

void CurationController::setSelectionPinned(bool pinned)
{
    const QList<NodeId> nodes(m_selection->nodes().cbegin(), m_selection->nodes().cend());
    push(std::make_unique<FlagEdit>(*m_document, FlagEdit::Flag::Pinned, nodes, pinned));
}

void CurationController::hideSelection()
{
    const QList<NodeId> nodes(m_selection->nodes().cbegin(), m_selection->nodes().cend());
    if (!nodes.isEmpty())
        push(std::make_unique<FlagEdit>(*m_document, FlagEdit::Flag::Hidden, nodes, true));
}

void CurationController::showAllHidden()
{
    const QList<NodeId> hidden(m_document->hidden().cbegin(), m_document->hidden().cend());
    if (!hidden.isEmpty())
        push(std::make_unique<FlagEdit>(*m_document, FlagEdit::Flag::Hidden, hidden, false));
}

bool CurationController::createFromSelectedText(NodeKind kind)
{
    const std::optional<EvidenceSpan> span = m_source->selectedSpan();
    if (!span) {
        Q_EMIT message(tr("Select text in the Source viewer first."), 8000);
        return false;
    }
    NodeData node;
    node.kind = kind;
    const QString words = span->text.simplified();
    node.label = words.size() > 80 ? words.left(79).trimmed() + QChar(0x2026) : words;
    node.evidence = {*span};
    if (kind == NodeKind::Statement) {
        // A statement keeps its words; quote marks at both ends make it a quotation.
        static const QString opening = QStringLiteral("\"“‘«'"), closing = QStringLiteral("\"”’»'");
        node.properties.insert(QStringLiteral("text"), words);
        node.properties.insert(QStringLiteral("direct"), words.size() > 1 && opening.contains(words.front())
                                                             && closing.contains(words.back()));
    } else if (kind == NodeKind::Event) {
        node.properties.insert(QStringLiteral("type"), QStringLiteral("other"));
    }
    node.key = uniqueNodeKey(m_document->graph(), kind, words);
    // Placed in the middle of what the user sees, beside a node drawn
    // there rather than on it (where one of the two would hide the other).
    QPointF at = m_view->mapToScene(m_view->viewport()->rect().center());
    if (const auto *scene = qobject_cast<const GraphScene *>(m_view->scene()))
        at = freeSpotNear(*scene, at, newNodeRadius(*scene, kind));
    auto add = std::make_unique<AddNodeEdit>(node, at);
    AddNodeEdit *edit = add.get();
    push(std::move(add));
    m_selection->select(edit->id());
    Q_EMIT message(tr("Added %1 \"%2\" with its quote; Ctrl+Z takes it back.")
                       .arg(kindDisplayName(kind).toLower(), node.label),
                   8000);
    return true;
}

bool CurationController::addSelectedTextAsEvidence()
{
    const std::optional<EvidenceSpan> span = m_source->selectedSpan();
    const NodeId node = m_selection->currentNode();
    const EdgeId edge = m_selection->currentEdge();
    if (!span || (!node.isValid() && !edge.isValid())) {
        Q_EMIT message(tr("Select a node or relationship, then text in the Source viewer."), 8000);
        return false;
    }
    const KnowledgeGraph &g = m_document->graph();
    if (node.isValid()) {
        NodeData nodeData = g.node(node);
        if (nodeData.evidence.contains(*span))
            return false;
        nodeData.evidence.append(*span);
        push(std::make_unique<ChangeNodeEdit>(*m_document, node, nodeData,
                                              tr("Add evidence to %1").arg(nodeData.label)));
    } else {
        EdgeData edgeData = g.edge(edge);
        if (edgeData.evidence.contains(*span))
            return false;
        edgeData.evidence.append(*span);
        push(std::make_unique<ChangeEdgeEdit>(*m_document, edge, edgeData, tr("Add evidence")));
    }
    return true;
}

bool CurationController::mergeSelection()
{
    // The current node is kept; the others are merged into it one by one,
    // as one step.
    const NodeId kept = m_selection->currentNode();
    QList<NodeId> others;
    for (NodeId id : m_selection->nodes()) {
        if (id != kept)
            others.append(id);
    }
    if (!kept.isValid() || others.isEmpty()) {
        Q_EMIT message(tr("Select two or more nodes to merge (Ctrl+click); the last one clicked is kept."), 8000);
        return false;
    }
    std::sort(others.begin(), others.end());
    auto all = std::make_unique<CompositeEdit>(tr("Merge %n node(s) into %1", nullptr, int(others.size()))
                                                   .arg(m_document->graph().node(kept).label));
    for (NodeId id : std::as_const(others)) {
        if (std::unique_ptr<CompositeEdit> merge = mergeNodes(*m_document, kept, id))
            all->doAndAppend(*m_document, std::move(merge));
    }
    push(std::move(all));
    m_selection->select(kept);
    return true;
}

bool CurationController::connectSelection()
{
    // The node clicked last is the target: select A, Ctrl+click B, connect A to B.
    const NodeId target = m_selection->currentNode();
    NodeId source;
    for (NodeId id : m_selection->nodes()) {
        if (id != target)
            source = id;
    }
    if (m_selection->nodes().size() != 2 || !target.isValid() || !source.isValid()) {
        Q_EMIT message(tr("Select exactly two nodes to connect (click one, Ctrl+click the other)."), 8000);
        return false;
    }
    const std::optional<EvidenceSpan> span = m_source->selectedSpan();
    QPointer<ConnectDialog> dialog = new ConnectDialog(m_document->graph(), source, target, span, m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, span] {
        connectNodes(dialog->source(), dialog->target(), dialog->relation(), dialog->roleTitle(), span);
    });
    dialog->open();
    return true;
}

bool CurationController::connectNodes(NodeId source, NodeId target, const QString &relation,
                                      const QString &roleTitle, const std::optional<EvidenceSpan> &evidence)
{
    const KnowledgeGraph &g = m_document->graph();
    if (!g.contains(source) || !g.contains(target) || relation.isEmpty())
        return false;
    EdgeData edge;
    edge.source = source;
    edge.target = target;
    edge.relation = relation;
    if (!roleTitle.isEmpty())
        edge.properties.insert(QStringLiteral("title"), roleTitle);
    if (evidence)
        edge.evidence = {*evidence};
    auto add = std::make_unique<AddEdgeEdit>(edge);
    AddEdgeEdit *edit = add.get();
    push(std::move(add));
    if (!edit->id().isValid())
        return false;
    m_selection->select(edit->id());
    Q_EMIT message(tr("%1 %2 %3; Ctrl+Z takes it back.")
                       .arg(g.node(source).label, relationPhrase(relation, true), g.node(target).label),
                   8000);
    return true;
}

bool CurationController::splitAlias(NodeId node, const QString &alias)
{
    NodeId created;
    std::unique_ptr<CompositeEdit> split = ::threadline::splitAlias(*m_document, node, alias, &created);
    if (!split)
        return false;
    push(std::move(split));
    m_selection->select(created);
    Q_EMIT message(tr("\"%1\" is now a node of its own; Ctrl+Z puts it back.").arg(alias), 8000);
    return true;
}

bool CurationController::changeNode(NodeId node, const NodeData &data)
{
    const KnowledgeGraph &g = m_document->graph();
    if (!g.contains(node) || g.node(node) == data)
        return false;
    push(std::make_unique<ChangeNodeEdit>(*m_document, node, data, tr("Edit %1").arg(data.label)));
    return true;
}

bool CurationController::changeDocument(const Document &metadata)
{
    const Document *before = m_document->graph().document(metadata.id);
    if (!before)
        return false;
    Document after = metadata;
    after.text = before->text;
    if (after == *before)
        return false;
    push(std::make_unique<ChangeDocumentEdit>(*m_document, after));
    return true;
}

bool CurationController::acceptExtractions(const QList<Document> &articles,
                                           const QList<extract::Extraction> &extractions)
{
    Q_ASSERT(articles.size() == extractions.size());
    // The edits are done here as they are built, then pushed done: one
    // scope of changes for both, so the window catches up once.
    const GraphDocument::ChangeScope scope(*m_document);
    extract::ApplySummary summary;
    std::unique_ptr<CompositeEdit> edit;
    QString title;
    int applied = 0;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        std::unique_ptr<CompositeEdit> part =
            extract::applyExtraction(*m_document, articles.at(i), extractions.at(i), &summary);
        if (!part)
            continue;
        ++applied;
        title = articles.at(i).title;
        if (!edit) {
            edit = std::move(part);
            continue;
        }
        if (applied == 2) { // from here on one step named for them all
            auto all = std::make_unique<CompositeEdit>(tr("Add What Was Accepted"));
            all->doAndAppend(*m_document, std::move(edit)); // done already: kept, not done again
            edit = std::move(all);
        }
        edit->doAndAppend(*m_document, std::move(part));
    }
    if (!edit)
        return false;
    // Place what came without a position, every placed node staying where
    // it is: laid out among them by its links (placeNewNodes, as the CLI's
    // import does) while the view is small enough for that to take a blink
    // (26 ms at 1,000 nodes, 250 ms at 10,000); what is left (hidden by the
    // filter, or a view too large) beside its placed neighbours.
    const KnowledgeGraph &graph = m_document->graph();
    const auto *scene = qobject_cast<const GraphScene *>(m_view->scene());
    const ViewFilter filter = scene ? scene->filter() : ViewFilter::standard();
    // Kept clear of their neighbours as they will be drawn: by the
    // relationships shown (placeNewNodes' own rule) unless sizes follow a
    // measure.
    NodeRadius radius;
    if (scene && !scene->nodeSizes().isEmpty()) {
        radius = [&graph, shares = scene->nodeSizes()](NodeId id) {
            return nodeRadiusForShare(graph.node(id).kind, shares.value(id));
        };
    }
    QHash<NodeId, QPointF> placed;
    if (const QSet<NodeId> shown = filter.visibleNodes(graph); shown.size() <= placeByLayoutUpTo)
        placed = placeNewNodes(graph, m_document->positions(), filter, shown, radius);
    QHash<NodeId, QPointF> known = m_document->positions();
    known.insert(placed);
    placed.insert(placeBesideNeighbours(graph, known, m_view->mapToScene(m_view->viewport()->rect().center())));
    if (!placed.isEmpty())
        edit->doAndAppend(*m_document, std::make_unique<MoveEdit>(*m_document, placed, edit->text()));
    push(std::move(edit));
    const QString from = applied == 1 ? tr("\"%1\"").arg(title) : tr("%n articles", nullptr, applied);
    Q_EMIT message(tr("Added from %1: %2 people, %3 organisations, %4 places and countries, %5 events, %6 quotes, "
                      "%7 reported statements%8. Ctrl+Z takes it all back.")
                       .arg(from)
                       .arg(summary.people)
                       .arg(summary.organizations)
                       .arg(summary.places + summary.countries)
                       .arg(summary.events)
                       .arg(summary.quotes)
                       .arg(summary.statements)
                       .arg(summary.merged.isEmpty()
                                ? QString()
                                : tr("; linked to %1").arg(summary.merged.size() > 12
                                                               ? tr("%n existing node(s)", nullptr, int(summary.merged.size()))
                                                               : summary.merged.join(QStringLiteral(", ")))),
                   12000);
    return true;
}

} // namespace threadline
