#include "analysis.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <QRandomGenerator>

#include <algorithm>
#include <deque>
#include <numeric>
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

namespace {

struct Measures
{
    std::vector<double> betweenness; // as Boost gives it for undirected graphs
    std::vector<double> closeness;
};

// Wasserman–Faust closeness from a node's distances: `reached` nodes
// (itself included) at `total` hops in all, of `n`.
double closenessOf(size_t reached, double total, size_t n)
{
    if (total <= 0 || n <= 1)
        return 0;
    return (double(reached - 1) / total) * (double(reached - 1) / double(n - 1));
}

// Hops from `from` to every node it reaches (-1 elsewhere); returns how
// many it reaches and their total distance.
std::pair<size_t, double> searchFrom(const std::vector<std::vector<int>> &next, size_t from,
                                     std::vector<int> &distance)
{
    std::fill(distance.begin(), distance.end(), -1);
    distance[from] = 0;
    std::deque<size_t> queue{from};
    double total = 0;
    size_t reached = 1;
    while (!queue.empty()) {
        const size_t x = queue.front();
        queue.pop_front();
        for (int y : next[x]) {
            if (distance[size_t(y)] < 0) {
                distance[size_t(y)] = distance[x] + 1;
                total += distance[size_t(y)];
                ++reached;
                queue.push_back(size_t(y));
            }
        }
    }
    return {reached, total};
}

Measures exactMeasures(const std::vector<std::vector<int>> &next)
{
    const size_t n = next.size();
    CentralityGraph g(n);
    for (size_t u = 0; u < n; ++u) {
        for (int v : next[u]) {
            if (size_t(v) > u)
                boost::add_edge(u, size_t(v), g);
        }
    }
    Measures m{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(m.betweenness.begin(),
                                                                   boost::get(boost::vertex_index, g))));
    std::vector<int> distance(n);
    for (size_t u = 0; u < n; ++u) {
        const auto [reached, total] = searchFrom(next, u, distance);
        m.closeness[u] = closenessOf(reached, total, n);
    }
    return m;
}

Measures sampledMeasures(const std::vector<std::vector<int>> &next, const CentralityOptions &options)
{
    const size_t n = next.size();
    const size_t k = std::min(n, size_t(std::max(1, options.sources)));
    // Component sizes: closeness counts the nodes a node reaches.
    std::vector<int> component(n, -1);
    std::vector<size_t> componentSize;
    for (size_t s = 0; s < n; ++s) {
        if (component[s] >= 0)
            continue;
        const int c = int(componentSize.size());
        componentSize.push_back(0);
        std::vector<size_t> stack{s};
        component[s] = c;
        while (!stack.empty()) {
            const size_t x = stack.back();
            stack.pop_back();
            ++componentSize[size_t(c)];
            for (int y : next[x]) {
                if (component[size_t(y)] < 0) {
                    component[size_t(y)] = c;
                    stack.push_back(size_t(y));
                }
            }
        }
    }
    // The sources: the first k of a seeded shuffle.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    QRandomGenerator random(options.seed);
    for (size_t i = 0; i < k; ++i)
        std::swap(order[i], order[i + size_t(random.bounded(quint64(n - i)))]);

    Measures m{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    std::vector<int> distance(n, -1);
    std::vector<double> paths(n, 0.0), dependency(n, 0.0), distanceSum(n, 0.0);
    std::vector<int> sourcesSeen(n, 0);
    std::vector<size_t> visited; // in the order found
    visited.reserve(n);
    for (size_t i = 0; i < k; ++i) {
        const size_t s = order[i];
        // Shortest paths from s, counted (Brandes' first phase).
        visited.clear();
        visited.push_back(s);
        distance[s] = 0;
        paths[s] = 1;
        for (size_t head = 0; head < visited.size(); ++head) {
            const size_t x = visited[head];
            for (int y : next[x]) {
                if (distance[size_t(y)] < 0) {
                    distance[size_t(y)] = distance[x] + 1;
                    visited.push_back(size_t(y));
                }
                if (distance[size_t(y)] == distance[x] + 1)
                    paths[size_t(y)] += paths[x];
            }
        }
        // Dependencies, farthest first (the second phase).
        for (size_t j = visited.size(); j-- > 0;) {
            const size_t w = visited[j];
            for (int v : next[w]) {
                if (distance[size_t(v)] == distance[w] - 1)
                    dependency[size_t(v)] += paths[size_t(v)] / paths[w] * (1 + dependency[w]);
            }
            if (w != s) {
                m.betweenness[w] += dependency[w];
                distanceSum[w] += distance[w];
                ++sourcesSeen[w];
            }
        }
        for (size_t v : visited) {
            distance[v] = -1;
            paths[v] = 0;
            dependency[v] = 0;
        }
    }
    // Every source counts each pair from its side: halved, as for the
    // exact undirected figure, and scaled up to all n sources.
    const double scale = double(n) / double(k) / 2;
    std::vector<int> hops(n);
    for (size_t v = 0; v < n; ++v) {
        m.betweenness[v] *= scale;
        const size_t reached = componentSize[size_t(component[v])];
        if (reached <= 1)
            continue;
        if (sourcesSeen[v] > 0) {
            // Distances are symmetric: the sources' mean distance to v is
            // an estimate of v's mean distance to its component.
            const double mean = distanceSum[v] / sourcesSeen[v];
            m.closeness[v] = closenessOf(reached, mean * double(reached - 1), n);
        } else {
            // No source in its component (a small one, most likely): exact.
            const auto [count, total] = searchFrom(next, v, hops);
            m.closeness[v] = closenessOf(count, total, n);
        }
    }
    return m;
}

} // namespace

QList<NodeMetrics> centrality(const KnowledgeGraph &graph, const ViewFilter &filter, const CentralityOptions &options)
{
    return centrality(visibleAdjacency(graph, filter), options);
}

QList<NodeMetrics> centrality(const VisibleAdjacency &view, const CentralityOptions &options)
{
    const size_t n = size_t(view.ids.size());
    QList<NodeMetrics> metrics;
    if (n == 0)
        return metrics;

    // Parallel relationships (said and about between the same pair) count
    // once for paths: betweenness asks whether a pair is linked, not how often.
    std::vector<std::vector<int>> next(n);
    for (size_t u = 0; u < n; ++u) {
        next[u] = view.next[u];
        std::sort(next[u].begin(), next[u].end());
        next[u].erase(std::unique(next[u].begin(), next[u].end()), next[u].end());
        next[u].erase(std::remove(next[u].begin(), next[u].end(), int(u)), next[u].end()); // a loop is no path
    }
    const Measures measures =
        centralityIsEstimated(qsizetype(n), options) ? sampledMeasures(next, options) : exactMeasures(next);

    // Normalised as networkx does for undirected graphs: by the (n-1)(n-2)/2
    // pairs of other nodes.
    const double pairs = n > 2 ? double(n - 1) * double(n - 2) / 2.0 : 1.0;
    metrics.reserve(qsizetype(n));
    for (size_t u = 0; u < n; ++u) {
        NodeMetrics m;
        m.id = view.ids[qsizetype(u)];
        m.degree = view.degree[u];
        m.betweenness = measures.betweenness[u] / pairs;
        m.closeness = measures.closeness[u];
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
