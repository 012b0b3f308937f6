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
    for (NodeId id : graph.nodes()) {
        if (filter.acceptsNode(graph, id)) {
            a.index.insert(id, int(a.ids.size()));
            a.ids.append(id);
        }
    }
    a.next.resize(size_t(a.ids.size()));
    for (EdgeId e : graph.edges()) {
        if (!filter.acceptsEdge(graph, e))
            continue;
        const int s = a.index.value(graph.edge(e).source), t = a.index.value(graph.edge(e).target);
        if (s != t) {
            a.next[size_t(s)].push_back(t);
            a.next[size_t(t)].push_back(s);
        }
    }
    return a;
}

} // namespace threadline
