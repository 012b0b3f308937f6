#include "analysis.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <deque>
#include <vector>

#include "knowledgegraph.h"
#include "search.h"

namespace threadline {

namespace {

using CentralityGraph = boost::adjacency_list<
    boost::vecS,         // out-edges: parallel edges kept, as in the model
    boost::vecS,         // vertices 0..n-1: the index map Brandes needs
    boost::undirectedS>; // relationships count both ways for centrality

} // namespace

QList<NodeMetrics> centrality(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    const VisibleAdjacency view = visibleAdjacency(graph, filter);
    const size_t n = size_t(view.ids.size());
    QList<NodeMetrics> metrics;
    if (n == 0)
        return metrics;

    // Parallel relationships (said and about between the same pair) count
    // once for paths: betweenness asks whether a pair is linked, not how often.
    CentralityGraph g(n);
    for (size_t u = 0; u < n; ++u) {
        std::vector<int> next = view.next[u];
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        for (int v : next) {
            if (size_t(v) > u)
                boost::add_edge(u, size_t(v), g);
        }
    }
    std::vector<double> betweenness(n, 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(
               betweenness.begin(), boost::get(boost::vertex_index, g))));

    // Normalised as networkx does for undirected graphs: by the (n-1)(n-2)/2
    // pairs of other nodes.
    const double pairs = n > 2 ? double(n - 1) * double(n - 2) / 2.0 : 1.0;

    std::vector<int> distance(n);
    for (size_t u = 0; u < n; ++u) {
        NodeMetrics m;
        m.id = view.ids[qsizetype(u)];
        for (EdgeId e : graph.incidentEdges(m.id))
            m.degree += filter.acceptsEdge(graph, e) ? (graph.edge(e).source == graph.edge(e).target ? 2 : 1) : 0;
        m.betweenness = betweenness[u] / pairs;

        // BFS distances for closeness.
        std::fill(distance.begin(), distance.end(), -1);
        distance[u] = 0;
        std::deque<size_t> queue{u};
        long long total = 0;
        size_t reached = 1;
        while (!queue.empty()) {
            const size_t x = queue.front();
            queue.pop_front();
            for (int y : view.next[x]) {
                if (distance[size_t(y)] < 0) {
                    distance[size_t(y)] = distance[x] + 1;
                    total += distance[size_t(y)];
                    ++reached;
                    queue.push_back(size_t(y));
                }
            }
        }
        if (total > 0 && n > 1)
            m.closeness = (double(reached - 1) / double(total)) * (double(reached - 1) / double(n - 1));
        metrics.append(m);
    }
    return metrics;
}

QList<PathStep> shortestPath(const KnowledgeGraph &graph, NodeId from, NodeId to, const ViewFilter &filter)
{
    if (!filter.acceptsNode(graph, from) || !filter.acceptsNode(graph, to))
        return {};
    QHash<NodeId, PathStep> cameFrom; // node -> the step that reached it
    cameFrom.insert(from, PathStep{from, {}, true});
    std::deque<NodeId> queue{from};
    while (!queue.empty() && !cameFrom.contains(to)) {
        const NodeId current = queue.front();
        queue.pop_front();
        for (EdgeId e : graph.incidentEdges(current)) {
            if (!filter.acceptsEdge(graph, e))
                continue;
            const EdgeData &edge = graph.edge(e);
            const bool forward = edge.source == current;
            const NodeId next = forward ? edge.target : edge.source;
            if (!cameFrom.contains(next)) {
                cameFrom.insert(next, PathStep{next, e, forward});
                queue.push_back(next);
            }
        }
    }
    if (!cameFrom.contains(to))
        return {};
    QList<PathStep> path;
    for (NodeId at = to;;) {
        const PathStep step = cameFrom.value(at);
        path.prepend(step);
        if (!step.via.isValid())
            break;
        at = step.forward ? graph.edge(step.via).source : graph.edge(step.via).target;
    }
    return path;
}

QSet<NodeId> neighbourhood(const KnowledgeGraph &graph, NodeId id, int depth, const ViewFilter &filter)
{
    QSet<NodeId> reached;
    if (!filter.acceptsNode(graph, id))
        return reached;
    reached.insert(id);
    std::deque<std::pair<NodeId, int>> queue{{id, 0}};
    while (!queue.empty()) {
        const auto [current, distance] = queue.front();
        queue.pop_front();
        if (distance >= depth)
            continue;
        for (EdgeId e : graph.incidentEdges(current)) {
            if (!filter.acceptsEdge(graph, e))
                continue;
            const EdgeData &edge = graph.edge(e);
            const NodeId next = edge.source == current ? edge.target : edge.source;
            if (!reached.contains(next)) {
                reached.insert(next);
                queue.emplace_back(next, distance + 1);
            }
        }
    }
    return reached;
}

namespace {

// The other ends of id's edges that the filter shows, in model order.
QList<NodeId> filteredNeighbours(const KnowledgeGraph &graph, NodeId id, const ViewFilter &filter)
{
    QSet<NodeId> ends;
    for (EdgeId e : graph.incidentEdges(id)) {
        if (!filter.acceptsEdge(graph, e))
            continue;
        const EdgeData &edge = graph.edge(e);
        const NodeId other = edge.source == id ? edge.target : edge.source;
        if (other != id)
            ends.insert(other);
    }
    QList<NodeId> ordered(ends.cbegin(), ends.cend());
    std::sort(ordered.begin(), ordered.end());
    return ordered;
}

} // namespace

QList<NodeId> hiddenNeighbours(const KnowledgeGraph &graph, NodeId id, const ViewFilter &filter,
                               const QSet<NodeId> &hidden)
{
    QList<NodeId> result;
    if (!graph.contains(id))
        return result;
    for (NodeId other : filteredNeighbours(graph, id, filter)) {
        if (hidden.contains(other))
            result.append(other);
    }
    return result;
}

QList<NodeId> dependentNeighbours(const KnowledgeGraph &graph, NodeId id, const ViewFilter &filter,
                                  const QSet<NodeId> &hidden)
{
    QList<NodeId> result;
    if (!graph.contains(id))
        return result;
    for (NodeId other : filteredNeighbours(graph, id, filter)) {
        if (hidden.contains(other))
            continue;
        const QList<NodeId> links = filteredNeighbours(graph, other, filter);
        const bool onlyToId = std::all_of(links.cbegin(), links.cend(),
                                          [&](NodeId end) { return end == id || hidden.contains(end); });
        if (onlyToId)
            result.append(other);
    }
    return result;
}

NodeId resolveNode(const KnowledgeGraph &graph, const QString &idOrName)
{
    const NodeId byKey = graph.findNode(idOrName);
    if (byKey.isValid())
        return byKey;
    const QList<NodeId> named = graph.findByName(idOrName);
    if (!named.isEmpty())
        return named.first();
    const QList<SearchHit> hits = searchNodes(graph, idOrName, 1);
    return hits.isEmpty() || hits.first().score < 55 ? NodeId() : hits.first().node;
}

} // namespace threadline
