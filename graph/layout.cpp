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
constexpr size_t allPairsLimit = 600;

// Boost's k²/d repulsion, scaled down. With every pair repelling, a leaf
// settles about (N·scale)^(1/3)·k from the centre; at full strength that is
// past the frame for a few hundred nodes, so leaves would pile up along the
// border where the topology clamps them.
struct DampedRepulsion
{
    double scale;
    template <typename Graph, typename T>
    T operator()(typename boost::graph_traits<Graph>::vertex_descriptor,
                 typename boost::graph_traits<Graph>::vertex_descriptor, T k, T d, const Graph &) const
    {
        return T(scale) * k * k / d;
    }
};

// Repulsion between vertices in the same or adjacent grid cells only.
// Boost 1.74's grid_force_pairs sizes its cells from the area rather than
// its square root, which puts every vertex in one cell (all pairs again), so
// this does the same job with cells of twice the ideal edge length.
class CellForcePairs
{
public:
    CellForcePairs(double width, double height, size_t vertices, std::vector<Point> &positions)
        : m_width(width), m_height(height), m_positions(positions)
    {
        m_cell = 2.0 * std::sqrt(width * height / double(std::max<size_t>(1, vertices)));
        m_columns = size_t(width / m_cell) + 1;
        m_rows = size_t(height / m_cell) + 1;
    }

    template <typename Graph, typename ApplyForce>
    void operator()(const Graph &g, ApplyForce applyForce) const
    {
        std::vector<std::vector<size_t>> cells(m_rows * m_columns);
        for (size_t v = 0; v < boost::num_vertices(g); ++v)
            cells[cellOf(m_positions[v])].push_back(v);
        for (size_t row = 0; row < m_rows; ++row) {
            for (size_t column = 0; column < m_columns; ++column) {
                const std::vector<size_t> &here = cells[row * m_columns + column];
                for (size_t i = 0; i < here.size(); ++i) {
                    for (size_t j = i + 1; j < here.size(); ++j) {
                        applyForce(here[i], here[j]);
                        applyForce(here[j], here[i]);
                    }
                }
                // Each neighbouring pair of cells once: right, and the row below.
                const std::pair<int, int> next[] = {{0, 1}, {1, -1}, {1, 0}, {1, 1}};
                for (auto [dr, dc] : next) {
                    const size_t r = row + size_t(dr);
                    const long c = long(column) + dc;
                    if (r >= m_rows || c < 0 || size_t(c) >= m_columns)
                        continue;
                    for (size_t u : here) {
                        for (size_t v : cells[r * m_columns + size_t(c)]) {
                            if (distance(u, v) < m_cell) {
                                applyForce(u, v);
                                applyForce(v, u);
                            }
                        }
                    }
                }
            }
        }
    }

private:
    size_t cellOf(const Point &p) const
    {
        const size_t column = std::min(m_columns - 1, size_t(std::max(0.0, (p[0] + m_width / 2) / m_cell)));
        const size_t row = std::min(m_rows - 1, size_t(std::max(0.0, (p[1] + m_height / 2) / m_cell)));
        return row * m_columns + column;
    }
    double distance(size_t u, size_t v) const
    {
        return std::hypot(m_positions[u][0] - m_positions[v][0], m_positions[u][1] - m_positions[v][1]);
    }

    double m_width, m_height, m_cell = 1;
    size_t m_columns = 1, m_rows = 1;
    std::vector<Point> &m_positions;
};

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

    // Nodes without an edge in the layout are set out in rows under the
    // picture: left to the forces they would drift to the frame's corners.
    QSet<NodeId> linked;
    QSet<NodeId> wanted(ids.begin(), ids.end());
    for (EdgeId e : graph.edges()) {
        const EdgeData &edge = graph.edge(e);
        if (options.ignoredRelations.contains(edge.relation) || edge.source == edge.target)
            continue;
        if (wanted.contains(edge.source) && wanted.contains(edge.target)) {
            linked.insert(edge.source);
            linked.insert(edge.target);
        }
    }
    QList<NodeId> loners;
    if (!linked.isEmpty()) {
        for (NodeId id : std::as_const(ids)) {
            if (!linked.contains(id))
                loners.append(id);
        }
        ids.removeIf([&](NodeId id) { return !linked.contains(id); });
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
    // Boost's default start temperature (iterations / 10) moves nodes a few
    // units per step, far too little to untangle a random start. Start at a
    // few ideal edge lengths (capped at a tenth of the width): hotter starts
    // pile nodes against the border, where the grid cells become crowded.
    const double idealEdge = std::sqrt(w * h / double(ids.size()));
    const auto cooling = boost::linear_cooling<double>(size_t(std::max(1, options.iterations)),
                                                       std::min(w / 10, 4 * idealEdge));
    if (size_t(ids.size()) <= allPairsLimit) {
        boost::fruchterman_reingold_force_directed_layout(
            g, positionMap, topology,
            boost::cooling(cooling)
                .force_pairs(boost::all_force_pairs())
                .repulsive_force(DampedRepulsion{std::min(1.0, 30.0 / double(ids.size()))}));
    } else {
        boost::fruchterman_reingold_force_directed_layout(
            g, positionMap, topology,
            boost::cooling(cooling).force_pairs(
                CellForcePairs(w, h, size_t(ids.size()), positions)));
    }

    double cx = 0, cy = 0;
    for (const Point &p : positions) {
        cx += p[0];
        cy += p[1];
    }
    cx /= double(positions.size());
    cy /= double(positions.size());
    double bottom = 0, left = 0, right = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QPointF p(positions[size_t(i)][0] - cx, positions[size_t(i)][1] - cy);
        result.insert(ids[i], p);
        bottom = std::max(bottom, p.y());
        left = std::min(left, p.x());
        right = std::max(right, p.x());
    }
    const double step = std::max(90.0, std::sqrt(w * h / double(ids.size() + loners.size())));
    const int perRow = std::max(1, int((right - left) / step) + 1);
    for (qsizetype i = 0; i < loners.size(); ++i) {
        result.insert(loners[i], QPointF(left + double(i % perRow) * step,
                                         bottom + step * (1.0 + double(i / perRow))));
    }
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
