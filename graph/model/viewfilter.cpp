#include "viewfilter.h"

#include "knowledgegraph.h"

namespace threadline {

ViewFilter ViewFilter::standard()
{
    ViewFilter filter;
    filter.hiddenKinds.insert(NodeKind::Document);
    filter.hiddenRelations.insert(relation::mentions);
    return filter;
}

namespace {

// Whether every span of `evidence` lies in a hidden document (false when
// there is none).
bool onlyIn(const QList<EvidenceSpan> &evidence, const QSet<QString> &documents)
{
    if (documents.isEmpty() || evidence.isEmpty())
        return false;
    for (const EvidenceSpan &span : evidence)
        if (!documents.contains(span.document))
            return false;
    return true;
}

} // namespace

bool ViewFilter::acceptsNode(const KnowledgeGraph &graph, NodeId id) const
{
    if (!graph.contains(id))
        return false;
    const NodeData &node = graph.node(id);
    return !hiddenKinds.contains(node.kind) && (onlyNodes.isEmpty() || onlyNodes.contains(id))
        && !onlyIn(node.evidence, hiddenDocuments);
}

bool ViewFilter::acceptsEdge(const KnowledgeGraph &graph, EdgeId id) const
{
    if (!graph.contains(id))
        return false;
    const EdgeData &edge = graph.edge(id);
    return !hiddenRelations.contains(edge.relation) && !onlyIn(edge.evidence, hiddenDocuments)
        && acceptsNode(graph, edge.source) && acceptsNode(graph, edge.target);
}

QSet<NodeId> ViewFilter::visibleNodes(const KnowledgeGraph &graph) const
{
    QSet<NodeId> visible;
    for (NodeId id : graph.nodes()) {
        if (acceptsNode(graph, id))
            visible.insert(id);
    }
    return visible;
}

VisibleAdjacency visibleAdjacency(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    VisibleAdjacency a;
    // Positions by id: an edge's ends are looked up a million times in a
    // large graph (the hash made this pass 130 ms at 100k nodes, 500k edges,
    // run by the analytics view on the GUI thread).
    std::vector<int> position(graph.nodeIdLimit(), -1);
    a.index.reserve(graph.nodeCount());
    a.ids.reserve(graph.nodeCount());
    for (NodeId id : graph.nodes()) {
        if (filter.acceptsNode(graph, id)) {
            position[id.value()] = int(a.ids.size());
            a.index.insert(id, int(a.ids.size()));
            a.ids.append(id);
        }
    }
    a.next.resize(size_t(a.ids.size()));
    a.degree.assign(size_t(a.ids.size()), 0);
    for (EdgeId e : graph.edges()) {
        const EdgeData &edge = graph.edge(e);
        // acceptsEdge(), with its ends' acceptsNode() answered above.
        const int s = position[edge.source.value()], t = position[edge.target.value()];
        if (s < 0 || t < 0 || filter.hiddenRelations.contains(edge.relation)
            || onlyIn(edge.evidence, filter.hiddenDocuments))
            continue;
        ++a.degree[size_t(s)];
        ++a.degree[size_t(t)];
        if (s != t) {
            a.next[size_t(s)].push_back(t);
            a.next[size_t(t)].push_back(s);
        }
    }
    return a;
}

} // namespace threadline
