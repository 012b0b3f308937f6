#include "layout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "knowledgegraph.h"

namespace threadline {

namespace {

// Built at the boundary for one run: undirected, vertices indexed 0..n-1.
using LayoutGraph = boost::adjacency_list<
    boost::vecS,        // out-edge list
    boost::vecS,        // vertex list: gives the vertex_index map FR needs
    boost::undirectedS>; // forces do not care about direction
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;

// Below this, every pair repels (best picture); above it, only pairs in
// neighbouring grid cells do (near-linear time).
constexpr size_t allPairsLimit = 1500;

} // namespace

LayoutOptions LayoutOptions::forNodeCount(qsizetype nodes)
{
    LayoutOptions options;
    options.width = std::max(900.0, std::sqrt(double(nodes)) * 190.0);
    options.height = options.width * 0.62;
    return options;
}

QHash<NodeId, QPointF> forceDirectedLayout(const KnowledgeGraph &graph,
                                           const LayoutOptions &options,
                                           const QSet<NodeId> &subset)
{
    QList<NodeId> ids;
    for (NodeId id : graph.nodes()) {
        if (subset.isEmpty() || subset.contains(id))
            ids.append(id);
    }
    QHash<NodeId, QPointF> result;
    if (ids.isEmpty())
        return result;
    if (ids.size() == 1) {
        result.insert(ids.first(), QPointF(0, 0));
        return result;
    }

    QHash<NodeId, size_t> index;
    for (qsizetype i = 0; i < ids.size(); ++i)
        index.insert(ids[i], size_t(i));
    LayoutGraph g(size_t(ids.size()));
    for (EdgeId e : graph.edges()) {
        const EdgeData &edge = graph.edge(e);
        if (options.ignoredRelations.contains(edge.relation) || edge.source == edge.target)
            continue;
        const auto s = index.constFind(edge.source);
        const auto t = index.constFind(edge.target);
        if (s != index.constEnd() && t != index.constEnd())
            boost::add_edge(*s, *t, g);
    }

    boost::minstd_rand generator(options.seed);
    const double w = options.width, h = options.height;
    Topology topology(generator, -w / 2, -h / 2, w / 2, h / 2);
    std::vector<Point> positions(size_t(ids.size()));
    auto positionMap =
        boost::make_iterator_property_map(positions.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, positionMap, topology);
    const auto cooling = boost::linear_cooling<double>(std::max(1, options.iterations));
    if (size_t(ids.size()) <= allPairsLimit) {
        boost::fruchterman_reingold_force_directed_layout(
            g, positionMap, topology,
            boost::cooling(cooling).force_pairs(boost::all_force_pairs()));
    } else {
        boost::fruchterman_reingold_force_directed_layout(
            g, positionMap, topology,
            boost::cooling(cooling).force_pairs(
                boost::make_grid_force_pairs(topology, positionMap, g)));
    }

    double cx = 0, cy = 0;
    for (const Point &p : positions) {
        cx += p[0];
        cy += p[1];
    }
    cx /= double(positions.size());
    cy /= double(positions.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        result.insert(ids[i], QPointF(positions[size_t(i)][0] - cx, positions[size_t(i)][1] - cy));
    return result;
}

QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    const QSet<NodeId> visible = filter.visibleNodes(graph);
    LayoutOptions options = LayoutOptions::forNodeCount(visible.size());
    options.ignoredRelations = filter.hiddenRelations;
    if (visible.isEmpty())
        return {};
    return forceDirectedLayout(graph, options, visible);
}

} // namespace threadline
