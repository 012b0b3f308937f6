#include "graphdocument.h"

#include <algorithm>

namespace threadline {

GraphDocument::GraphDocument(QObject *parent) : QObject(parent) {}

GraphDocument::~GraphDocument() = default;

void GraphDocument::endChanges()
{
    Q_ASSERT(m_changeDepth > 0);
    if (--m_changeDepth == 0)
        Q_EMIT changesEnded();
}

void GraphDocument::bump()
{
    ++m_revision;
    Q_EMIT changed();
}

void GraphDocument::reset(KnowledgeGraph graph, QHash<NodeId, QPointF> positions, QSet<NodeId> pinned,
                          QSet<NodeId> hidden)
{
    Q_EMIT aboutToReset();
    m_graph = std::move(graph);
    m_positions = std::move(positions);
    m_pinned = std::move(pinned);
    m_hidden = std::move(hidden);
    Q_EMIT wasReset();
    bump();
}

NodeId GraphDocument::addNode(NodeData data, std::optional<QPointF> position)
{
    const NodeId id = m_graph.addNode(std::move(data));
    if (!id.isValid())
        return id;
    if (position)
        m_positions.insert(id, *position);
    Q_EMIT nodesAdded({id});
    bump();
    return id;
}

EdgeId GraphDocument::addEdge(EdgeData data)
{
    const EdgeId id = m_graph.addEdge(std::move(data));
    if (!id.isValid())
        return id;
    Q_EMIT edgesAdded({id});
    bump();
    return id;
}

RemovedElements GraphDocument::remove(const QList<NodeId> &nodes, const QList<EdgeId> &edges)
{
    RemovedElements removed;
    QSet<EdgeId> edgeSet;
    const auto takeEdge = [&](EdgeId e) {
        if (m_graph.contains(e) && !edgeSet.contains(e)) {
            edgeSet.insert(e);
            removed.edges.append({e, m_graph.edge(e)});
        }
    };
    for (EdgeId e : edges)
        takeEdge(e);
    QSet<NodeId> nodeSet;
    for (NodeId n : nodes) {
        if (!m_graph.contains(n) || nodeSet.contains(n))
            continue;
        nodeSet.insert(n);
        removed.nodes.append({n, m_graph.node(n)});
        for (EdgeId e : m_graph.incidentEdges(n))
            takeEdge(e);
        if (m_positions.contains(n))
            removed.positions.insert(n, m_positions.value(n));
        if (m_pinned.contains(n))
            removed.pinned.insert(n);
        if (m_hidden.contains(n))
            removed.hidden.insert(n);
    }
    if (removed.isEmpty())
        return removed;
    // In id order, so that restore() re-adds them as they were.
    std::sort(removed.nodes.begin(), removed.nodes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::sort(removed.edges.begin(), removed.edges.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<EdgeId> edgeIds;
    for (const auto &[id, data] : std::as_const(removed.edges)) {
        m_graph.removeEdge(id);
        edgeIds.append(id);
    }
    QList<NodeId> nodeIds;
    for (const auto &[id, data] : std::as_const(removed.nodes)) {
        m_graph.removeNode(id);
        m_positions.remove(id);
        m_pinned.remove(id);
        m_hidden.remove(id);
        nodeIds.append(id);
    }
    if (!edgeIds.isEmpty())
        Q_EMIT edgesRemoved(edgeIds);
    if (!nodeIds.isEmpty())
        Q_EMIT nodesRemoved(nodeIds);
    bump();
    return removed;
}

bool GraphDocument::restore(const RemovedElements &removed)
{
    // Check first, so that a failed restore changes nothing.
    QSet<QString> nodeKeys, edgeKeys;
    QSet<NodeId> coming;
    for (const auto &[id, data] : removed.nodes) {
        if (m_graph.contains(id) || m_graph.findNode(data.key).isValid() || nodeKeys.contains(data.key))
            return false;
        nodeKeys.insert(data.key);
        coming.insert(id);
    }
    for (const auto &[id, data] : removed.edges) {
        const bool endsThere = (m_graph.contains(data.source) || coming.contains(data.source))
                               && (m_graph.contains(data.target) || coming.contains(data.target));
        if (m_graph.contains(id) || !endsThere || m_graph.findEdge(data.key).isValid() || edgeKeys.contains(data.key))
            return false;
        edgeKeys.insert(data.key);
    }
    QList<NodeId> nodeIds;
    for (const auto &[id, data] : removed.nodes) {
        if (!m_graph.restoreNode(id, data))
            qFatal("GraphDocument::restore: node %u could not be restored", id.value());
        nodeIds.append(id);
    }
    QList<EdgeId> edgeIds;
    for (const auto &[id, data] : removed.edges) {
        if (!m_graph.restoreEdge(id, data))
            qFatal("GraphDocument::restore: edge %u could not be restored", id.value());
        edgeIds.append(id);
    }
    m_positions.insert(removed.positions);
    m_pinned.unite(removed.pinned);
    m_hidden.unite(removed.hidden);
    if (!nodeIds.isEmpty())
        Q_EMIT nodesAdded(nodeIds);
    if (!edgeIds.isEmpty())
        Q_EMIT edgesAdded(edgeIds);
    if (!removed.isEmpty())
        bump();
    return true;
}

bool GraphDocument::setNode(NodeId id, NodeData data)
{
    if (!m_graph.contains(id))
        return false;
    const bool evidence = m_graph.node(id).evidence != data.evidence;
    if (m_graph.node(id) == data)
        return true;
    if (!m_graph.updateNode(id, std::move(data)))
        return false;
    Q_EMIT nodesChanged({id});
    if (evidence)
        Q_EMIT evidenceChanged({id}, {});
    bump();
    return true;
}

bool GraphDocument::setEdge(EdgeId id, EdgeData data)
{
    if (!m_graph.contains(id))
        return false;
    const bool evidence = m_graph.edge(id).evidence != data.evidence;
    if (m_graph.edge(id) == data)
        return true;
    if (!m_graph.updateEdge(id, std::move(data)))
        return false;
    Q_EMIT edgesChanged({id});
    if (evidence)
        Q_EMIT evidenceChanged({}, {id});
    bump();
    return true;
}

bool GraphDocument::reconnectEdge(EdgeId id, NodeId source, NodeId target)
{
    if (!m_graph.contains(id))
        return false;
    const EdgeData &edge = m_graph.edge(id);
    if (edge.source == source && edge.target == target)
        return true;
    if (!m_graph.reconnectEdge(id, source, target))
        return false;
    Q_EMIT edgesChanged({id});
    bump();
    return true;
}

void GraphDocument::setPositions(const QHash<NodeId, QPointF> &positions)
{
    QList<NodeId> moved;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (!m_graph.contains(it.key()))
            continue;
        const auto old = m_positions.constFind(it.key());
        if (old != m_positions.constEnd() && *old == it.value())
            continue;
        m_positions.insert(it.key(), it.value());
        moved.append(it.key());
    }
    if (moved.isEmpty())
        return;
    std::sort(moved.begin(), moved.end());
    Q_EMIT positionsChanged(moved);
    bump();
}

namespace {

// Adds or removes ids from a flag set; returns the ids that changed, sorted.
QList<NodeId> toggle(QSet<NodeId> &set, const KnowledgeGraph &graph, const QList<NodeId> &ids, bool on)
{
    QList<NodeId> changed;
    for (NodeId id : ids) {
        if (!graph.contains(id) || set.contains(id) == on)
            continue;
        if (on)
            set.insert(id);
        else
            set.remove(id);
        changed.append(id);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

} // namespace

void GraphDocument::setPinned(const QList<NodeId> &ids, bool pinned)
{
    const QList<NodeId> changedIds = toggle(m_pinned, m_graph, ids, pinned);
    if (changedIds.isEmpty())
        return;
    Q_EMIT pinnedChanged(changedIds);
    bump();
}

void GraphDocument::setHidden(const QList<NodeId> &ids, bool hidden)
{
    const QList<NodeId> changedIds = toggle(m_hidden, m_graph, ids, hidden);
    if (changedIds.isEmpty())
        return;
    Q_EMIT hiddenChanged(changedIds);
    bump();
}

bool GraphDocument::addDocument(Document document)
{
    if (!m_graph.addDocument(std::move(document)))
        return false;
    Q_EMIT documentsChanged();
    bump();
    return true;
}

bool GraphDocument::removeDocument(const QString &id)
{
    if (!m_graph.removeDocument(id))
        return false;
    Q_EMIT documentsChanged();
    bump();
    return true;
}

bool GraphDocument::setDocumentMetadata(const Document &metadata)
{
    const Document *before = m_graph.document(metadata.id);
    if (!before)
        return false;
    Document after = metadata;
    after.text = before->text;
    if (after == *before)
        return true;
    m_graph.setDocumentMetadata(after);
    Q_EMIT documentEdited(metadata.id);
    Q_EMIT documentsChanged();
    bump();
    return true;
}

} // namespace threadline
