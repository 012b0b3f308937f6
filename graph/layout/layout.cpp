#include "layout.h"

#include <QLineF>
#include <QRectF>

// GCC reports -Wmaybe-uninitialized inside Boost's own headers once
// Kamada–Kawai's Johnson shortest paths are inlined at -O2 (an optional
// edge iterator it cannot see through). The warning is scoped to Boost's
// lines: our code keeps it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <cmath>
#include <vector>

#include "kindsizes.h"
#include "knowledgegraph.h"
#include "multilevel.h"

namespace threadline {

namespace {

// Built at the boundary for one run: undirected, vertices indexed 0..n-1.
using LayoutGraph = boost::adjacency_list<
    boost::vecS,        // out-edge list
    boost::vecS,        // vertex list: gives the vertex_index map FR needs
    boost::undirectedS>; // forces do not care about direction
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;

// The multilevel engine's edge length, against the square root of the area
// per node that LayoutOptions gives.
constexpr double multilevelEdgeFactor = 1.0;

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

namespace {

// The job of `graph`'s nodes in `subset` (every node when it is empty), with
// the edges `forEachEdge(visit)` passes to visit(source, target, relation).
template<typename EdgeVisitor>
MultilevelJob prepareJob(const KnowledgeGraph &graph, const LayoutOptions &options, const QSet<NodeId> &subset,
                         const LayoutControl &control, qsizetype edgeCount, EdgeVisitor forEachEdge)
{
    MultilevelJob job;
    QList<NodeId> &ids = job.ids;
    for (NodeId id : graph.nodes()) {
        if (subset.isEmpty() || subset.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return job;
    // By id, not hashed: 500k edges ask it twice each.
    std::vector<int> index(graph.nodeIdLimit(), -1);
    for (qsizetype i = 0; i < ids.size(); ++i)
        index[ids[i].value()] = int(i);

    MultilevelInput &input = job.input;
    input.nodes = int(ids.size());
    input.edges.reserve(size_t(edgeCount));
    const bool everyRelation = options.ignoredRelations.isEmpty();
    forEachEdge([&](NodeId source, NodeId target, const QString &relation) {
        if (!everyRelation && options.ignoredRelations.contains(relation))
            return;
        const int s = index[source.value()];
        const int t = index[target.value()];
        if (s != -1 && t != -1)
            input.edges.emplace_back(s, t);
    });
    if (!control.pinned.isEmpty() || !control.initial.isEmpty()) {
        input.positions.resize(size_t(ids.size()));
        input.placement.assign(size_t(ids.size()), Placement::Free);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (const auto p = control.pinned.constFind(ids[i]); p != control.pinned.constEnd()) {
                input.positions[size_t(i)] = *p;
                input.placement[size_t(i)] = Placement::Pinned;
            } else if (const auto q = control.initial.constFind(ids[i]); q != control.initial.constEnd()) {
                input.positions[size_t(i)] = *q;
                input.placement[size_t(i)] = Placement::Start;
            }
        }
    }
    // The edge length that makes a typical graph fill about the area asked
    // for (measured on the synthetic news graphs and Barabási–Albert
    // graphs from 2k to 100k nodes).
    job.edgeLength = multilevelEdgeFactor * std::sqrt(options.width * options.height / double(ids.size()));
    job.seed = options.seed;
    return job;
}

} // namespace

MultilevelJob prepareMultilevel(const KnowledgeGraph &graph, const LayoutOptions &options, const QSet<NodeId> &subset,
                                const LayoutControl &control)
{
    return prepareJob(graph, options, subset, control, graph.edgeCount(), [&](const auto &visit) {
        for (EdgeId e : graph.edges()) {
            const EdgeData &edge = graph.edge(e);
            visit(edge.source, edge.target, edge.relation);
        }
    });
}

LayoutResult runMultilevel(const MultilevelJob &job, const LayoutControl &control)
{
    LayoutResult result;
    const QList<NodeId> &ids = job.ids;
    if (ids.isEmpty())
        return result;
    const auto toHash = [&](const std::vector<QPointF> &positions) {
        QHash<NodeId, QPointF> hash;
        hash.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            hash.insert(ids[i], positions[size_t(i)]);
        return hash;
    };
    MultilevelOptions engine;
    engine.edgeLength = job.edgeLength;
    engine.seed = job.seed;
    engine.progress = control.progress;
    engine.cancel = control.cancel;
    engine.intermediateFromNodes = control.intermediateFromNodes;
    engine.logAttraction = job.logAttraction;
    if (control.intermediate)
        engine.intermediate = [&](const std::vector<QPointF> &positions) { control.intermediate(toHash(positions)); };
    const MultilevelResult run = threadline::multilevelLayout(job.input, engine);
    result.positions = toHash(run.positions);
    result.cancelled = run.cancelled;
    return result;
}

LayoutResult multilevelLayout(const KnowledgeGraph &graph, const LayoutOptions &options, const QSet<NodeId> &subset,
                              const LayoutControl &control)
{
    return runMultilevel(prepareMultilevel(graph, options, subset, control), control);
}

QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    const QSet<NodeId> visible = filter.visibleNodes(graph);
    LayoutOptions options = LayoutOptions::forNodeCount(visible.size());
    options.ignoredRelations = filter.hiddenRelations;
    if (visible.isEmpty())
        return {};
    if (visible.size() > multilevelThreshold)
        return multilevelLayout(graph, options, visible).positions;
    return forceDirectedLayout(graph, options, visible);
}

LayoutResult multilevelLayoutForView(const KnowledgeGraph &graph, const ViewFilter &filter, const LayoutControl &control)
{
    return runMultilevel(prepareMultilevelForView(graph, filter, control), control);
}

MultilevelJob prepareMultilevelForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                       const LayoutControl &control)
{
    return prepareMultilevelForView(graph, filter, filter.visibleNodes(graph), control);
}

MultilevelJob prepareMultilevelForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                       const QSet<NodeId> &visible, const LayoutControl &control)
{
    LayoutOptions options = LayoutOptions::forNodeCount(visible.size());
    options.ignoredRelations = filter.hiddenRelations;
    if (visible.isEmpty())
        return {};
    return prepareMultilevel(graph, options, visible, control);
}

MultilevelJob prepareMultilevelForShape(const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges,
                                        const ViewFilter &filter, const QSet<NodeId> &visible)
{
    LayoutOptions options = LayoutOptions::forNodeCount(visible.size());
    options.ignoredRelations = filter.hiddenRelations;
    if (visible.isEmpty())
        return {};
    return prepareJob(nodes, options, visible, {}, qsizetype(edges.size()), [&](const auto &visit) {
        for (const EdgeEnds &edge : edges)
            visit(edge.source, edge.target, edge.relation);
    });
}

QPointF provisionalPosition(int index, qreal spacing)
{
    return spiralPoint(index, 0, spacing * 0.6);
}

QHash<NodeId, QPointF> placeBesideNeighbours(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                             QPointF centre)
{
    QHash<NodeId, QPointF> result;
    int n = 0;
    for (NodeId id : graph.nodes()) {
        if (placed.contains(id))
            continue;
        QPointF sum;
        int neighbours = 0;
        for (EdgeId e : graph.incidentEdges(id)) {
            const NodeId other = graph.edge(e).source == id ? graph.edge(e).target : graph.edge(e).source;
            const auto at = placed.constFind(other);
            if (at != placed.constEnd()) {
                sum += *at;
                ++neighbours;
            }
        }
        const QPointF base = neighbours ? sum / neighbours : centre;
        result.insert(id, base + spiralPoint(n++, 60, 18));
    }
    return result;
}

QHash<NodeId, QPointF> placeNewNodes(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                     const ViewFilter &filter)
{
    return placeNewNodes(graph, placed, filter, filter.visibleNodes(graph));
}

QHash<NodeId, QPointF> placeNewNodes(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                     const ViewFilter &filter, const QSet<NodeId> &visible,
                                     const NodeRadius &radius)
{
    LayoutControl control;
    QSet<NodeId> unplaced;
    for (NodeId id : visible) {
        if (const auto at = placed.constFind(id); at != placed.constEnd())
            control.pinned.insert(id, *at);
        else
            unplaced.insert(id);
    }
    if (unplaced.isEmpty())
        return {};
    QHash<NodeId, QPointF> positions;
    if (control.pinned.isEmpty()) {
        positions = layoutForView(graph, filter);
    } else {
        LayoutOptions options = LayoutOptions::forNodeCount(visible.size());
        options.ignoredRelations = filter.hiddenRelations;
        positions = multilevelLayout(graph, options, visible, control).positions;
    }
    // How large each node is drawn: as the caller says, else as the canvas
    // draws it by the relationships shown (the edges the filter shows
    // between shown nodes).
    QHash<NodeId, qreal> radii;
    radii.reserve(visible.size());
    if (radius) {
        for (NodeId id : visible)
            radii.insert(id, radius(id));
    } else {
        QHash<NodeId, int> degree;
        for (EdgeId e : graph.edges()) {
            const EdgeData &edge = graph.edge(e);
            if (visible.contains(edge.source) && visible.contains(edge.target) && filter.acceptsEdge(graph, e)) {
                ++degree[edge.source];
                ++degree[edge.target];
            }
        }
        for (NodeId id : visible)
            radii.insert(id, nodeRadius(graph.node(id).kind, degree.value(id)));
    }
    qreal largest = 0;
    for (const qreal r : std::as_const(radii))
        largest = std::max(largest, r);
    // A node the forces left on top of another (a leaf drawn onto the event
    // it belongs to, beside a hub drawn large) moves to the nearest free
    // spot of a spiral about where they put it.
    FreeSpots spots(2 * largest + newNodeGap);
    for (auto it = control.pinned.cbegin(); it != control.pinned.cend(); ++it)
        spots.take(*it, radii.value(it.key()));
    QList<NodeId> order(unplaced.cbegin(), unplaced.cend());
    std::sort(order.begin(), order.end()); // the same result every time
    QHash<NodeId, QPointF> result;
    result.reserve(order.size());
    for (NodeId id : std::as_const(order)) {
        const qreal r = radii.value(id);
        const QPointF at = spots.nearest(positions.value(id), r);
        spots.take(at, r);
        result.insert(id, at);
    }
    return result;
}

QHash<NodeId, QPointF> fitFilePositions(const QHash<NodeId, QPointF> &filePositions, const QSet<NodeId> &nodes)
{
    if (nodes.isEmpty())
        return {};
    QRectF box;
    bool first = true;
    for (NodeId id : nodes) {
        const auto it = filePositions.constFind(id);
        if (it == filePositions.constEnd() || !std::isfinite(it->x()) || !std::isfinite(it->y()))
            return {};
        if (first) {
            box = QRectF(*it, QSizeF(0, 0));
            first = false;
        } else {
            box.setLeft(std::min(box.left(), it->x()));
            box.setRight(std::max(box.right(), it->x()));
            box.setTop(std::min(box.top(), it->y()));
            box.setBottom(std::max(box.bottom(), it->y()));
        }
    }
    const double extent = std::max(box.width(), box.height());
    if (nodes.size() > 1 && extent <= 0)
        return {};
    const LayoutOptions target = LayoutOptions::forNodeCount(nodes.size());
    // One factor for both axes: the file's proportions stay.
    const double factor = extent > 0 ? std::min(target.width / std::max(box.width(), 1e-9),
                                                target.height / std::max(box.height(), 1e-9))
                                     : 1.0;
    const QPointF centre = box.center();
    QHash<NodeId, QPointF> fitted;
    fitted.reserve(nodes.size());
    for (NodeId id : nodes)
        fitted.insert(id, (filePositions.value(id) - centre) * factor);
    return fitted;
}

std::optional<LayoutKind> layoutKindFromName(const QString &name)
{
    if (name == QLatin1String("fr"))
        return LayoutKind::ForceDirected;
    if (name == QLatin1String("kk"))
        return LayoutKind::KamadaKawai;
    if (name == QLatin1String("circle"))
        return LayoutKind::Circle;
    if (name == QLatin1String("radial"))
        return LayoutKind::Radial;
    if (name == QLatin1String("multilevel"))
        return LayoutKind::Multilevel;
    if (name == QLatin1String("groups"))
        return LayoutKind::Groups;
    return std::nullopt;
}

namespace {

QHash<NodeId, QPointF> circleLayout(const KnowledgeGraph &graph, const VisibleAdjacency &a)
{
    QList<NodeId> order = a.ids;
    std::stable_sort(order.begin(), order.end(), [&](NodeId x, NodeId y) {
        const NodeData &p = graph.node(x), &q = graph.node(y);
        if (p.kind != q.kind)
            return p.kind < q.kind;
        return p.label.localeAwareCompare(q.label) < 0;
    });
    // Circumference of about 60 units a node, so neighbours' labels clear.
    const double radius = std::max(150.0, 60.0 * double(order.size()) / (2 * M_PI));
    QHash<NodeId, QPointF> result;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const double angle = 2 * M_PI * double(i) / double(order.size()) - M_PI / 2;
        result.insert(order[i], QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return result;
}

QHash<NodeId, QPointF> radialLayout(const VisibleAdjacency &a, int focusIndex)
{
    // BFS tree from the focus; each node's wedge of the circle is shared
    // among its children in proportion to their subtree sizes.
    const size_t n = a.next.size();
    std::vector<int> parent(n, -2), depth(n, -1);
    std::vector<std::vector<int>> children(n);
    std::vector<int> order;
    std::deque<int> queue{focusIndex};
    parent[size_t(focusIndex)] = -1;
    depth[size_t(focusIndex)] = 0;
    while (!queue.empty()) {
        const int x = queue.front();
        queue.pop_front();
        order.push_back(x);
        for (int y : a.next[size_t(x)]) {
            if (parent[size_t(y)] == -2) {
                parent[size_t(y)] = x;
                depth[size_t(y)] = depth[size_t(x)] + 1;
                children[size_t(x)].push_back(y);
                queue.push_back(y);
            }
        }
    }
    std::vector<double> weight(n, 1.0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (parent[size_t(*it)] >= 0)
            weight[size_t(parent[size_t(*it)])] += weight[size_t(*it)];
    }
    const double ring = 220;
    std::vector<double> from(n, 0), to(n, 2 * M_PI);
    QHash<NodeId, QPointF> result;
    int maxDepth = 0;
    for (int x : order) {
        const double mid = (from[size_t(x)] + to[size_t(x)]) / 2;
        const double r = ring * depth[size_t(x)];
        maxDepth = std::max(maxDepth, depth[size_t(x)]);
        result.insert(a.ids[x], QPointF(r * std::cos(mid), r * std::sin(mid)));
        double start = from[size_t(x)];
        const double span = to[size_t(x)] - from[size_t(x)];
        const double total = weight[size_t(x)] - 1;
        for (int c : children[size_t(x)]) {
            const double share = total > 0 ? span * weight[size_t(c)] / total : 0;
            from[size_t(c)] = start;
            to[size_t(c)] = start + share;
            start += share;
        }
    }
    // Unreachable nodes: an outer ring of their own.
    QList<NodeId> rest;
    for (size_t i = 0; i < n; ++i) {
        if (depth[i] < 0)
            rest.append(a.ids[qsizetype(i)]);
    }
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const double angle = 2 * M_PI * double(i) / double(rest.size());
        const double r = ring * (maxDepth + 1.5);
        result.insert(rest[i], QPointF(r * std::cos(angle), r * std::sin(angle)));
    }
    return result;
}

QHash<NodeId, QPointF> kamadaKawaiLayout(const KnowledgeGraph &graph, const ViewFilter &filter, const VisibleAdjacency &a)
{
    // Started from the force-directed picture: from a circle, Boost's
    // Kamada–Kawai stops in a poor local minimum on graphs like these.
    const QHash<NodeId, QPointF> start = layoutForView(graph, filter);
    // Kamada–Kawai wants a connected graph: each component is laid out on
    // its own and the components are set side by side, largest first.
    using KKGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                          boost::property<boost::edge_weight_t, double>>;
    using SquareTopology = boost::square_topology<>;
    const size_t n = a.next.size();
    std::vector<int> component(n, -1);
    int components = 0;
    for (size_t s = 0; s < n; ++s) {
        if (component[s] >= 0)
            continue;
        std::deque<size_t> queue{s};
        component[s] = components;
        while (!queue.empty()) {
            const size_t x = queue.front();
            queue.pop_front();
            for (int y : a.next[x]) {
                if (component[size_t(y)] < 0) {
                    component[size_t(y)] = components;
                    queue.push_back(size_t(y));
                }
            }
        }
        ++components;
    }
    std::vector<std::vector<size_t>> members(static_cast<size_t>(components));
    for (size_t i = 0; i < n; ++i)
        members[size_t(component[i])].push_back(i);
    std::stable_sort(members.begin(), members.end(),
                     [](const auto &x, const auto &y) { return x.size() > y.size(); });

    const double edgeLength = 110;
    QHash<NodeId, QPointF> result;
    double cursorX = 0, rowY = 0, rowHeight = 0;
    const double rowWidth = std::max(1200.0, std::sqrt(double(n)) * 160);
    for (const std::vector<size_t> &nodes : members) {
        std::vector<QPointF> local(nodes.size());
        if (nodes.size() == 1) {
            local[0] = QPointF(0, 0);
        } else {
            std::unordered_map<size_t, size_t> at;
            for (size_t i = 0; i < nodes.size(); ++i)
                at[nodes[i]] = i;
            KKGraph g(nodes.size());
            for (size_t i = 0; i < nodes.size(); ++i) {
                for (int y : a.next[nodes[i]]) {
                    const size_t j = at[size_t(y)];
                    if (j > i)
                        boost::add_edge(i, j, 1.0, g);
                }
            }
            using SquarePoint = SquareTopology::point_type;
            std::vector<SquarePoint> points(nodes.size());
            auto map = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
            for (size_t i = 0; i < nodes.size(); ++i) {
                const QPointF p = start.value(a.ids[qsizetype(nodes[i])]);
                points[i][0] = p.x();
                points[i][1] = p.y();
            }
            boost::kamada_kawai_spring_layout(g, map, boost::get(boost::edge_weight, g), SquareTopology(),
                                              boost::edge_length(edgeLength));
            for (size_t i = 0; i < nodes.size(); ++i)
                local[i] = QPointF(points[i][0], points[i][1]);
        }
        QRectF box(local[0], QSizeF(0, 0));
        for (const QPointF &p : local)
            box = box.united(QRectF(p, QSizeF(0.01, 0.01)));
        if (cursorX > 0 && cursorX + box.width() > rowWidth) {
            cursorX = 0;
            rowY += rowHeight + edgeLength;
            rowHeight = 0;
        }
        for (size_t i = 0; i < nodes.size(); ++i)
            result.insert(a.ids[qsizetype(nodes[i])], local[i] - box.topLeft() + QPointF(cursorX, rowY));
        cursorX += box.width() + edgeLength;
        rowHeight = std::max(rowHeight, box.height());
    }
    return result;
}

} // namespace

QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter, LayoutKind kind,
                                     NodeId focus)
{
    if (kind == LayoutKind::ForceDirected)
        return layoutForView(graph, filter);
    if (kind == LayoutKind::Multilevel)
        return multilevelLayoutForView(graph, filter).positions;
    if (kind == LayoutKind::Groups) {
        MultilevelJob job = prepareMultilevelForView(graph, filter);
        job.logAttraction = true;
        return runMultilevel(job).positions;
    }
    const VisibleAdjacency a = visibleAdjacency(graph, filter);
    if (a.ids.isEmpty())
        return {};
    switch (kind) {
    case LayoutKind::Circle:
        return circleLayout(graph, a);
    case LayoutKind::KamadaKawai:
        return kamadaKawaiLayout(graph, filter, a);
    case LayoutKind::Radial: {
        int centre = a.index.value(focus, -1);
        if (centre < 0) {
            centre = 0;
            for (size_t i = 1; i < a.next.size(); ++i) {
                if (a.next[i].size() > a.next[size_t(centre)].size())
                    centre = int(i);
            }
        }
        return radialLayout(a, centre);
    }
    case LayoutKind::ForceDirected:
    case LayoutKind::Multilevel:
    case LayoutKind::Groups:
        break;
    }
    return layoutForView(graph, filter);
}

} // namespace threadline
