#include "multilevel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

#include "coarsening.h"
#include "quadtree.h"

namespace threadline {

namespace {

// Below this many nodes a level is laid out from scratch.
constexpr int coarsestSize = 40;
// A coarsening that keeps more than this share of the nodes has stalled
// (e.g. pinned nodes, which never merge): the coarser levels stop there.
constexpr double stalledRatio = 0.9;
// Hu's step update: shrink by this factor when the energy rose, grow by its
// inverse after five rounds in a row where it fell.
constexpr double cooling = 0.9;
constexpr int patience = 5;

// Tuned on Barabási–Albert graphs and the synthetic news graphs (see
// BENCHMARKS.md): iterations per level, and when a level counts as settled.
constexpr int coarsestIterations = 300;
constexpr int levelIterations = 20;
constexpr int finestIterations = 30;
constexpr double settledStep = 0.02; // in node spacings of the level
constexpr int startIterations = 100;  // refining a given picture

// How long a level runs and how far its nodes move at first.
struct LevelPlan
{
    int iterations = 0;
    double step = 0;    // the first
    double settled = 0; // a step below this ends the level
};

class Progress
{
public:
    Progress(const MultilevelOptions &options, double nodes) : m_options(options), m_nodes(std::max(1.0, nodes)) {}

    void beginPart(double nodes, double work)
    {
        m_partNodes = nodes;
        m_partWork = std::max(1.0, work);
        m_partDone = 0;
    }
    void endPart()
    {
        m_before += m_partNodes;
        m_partNodes = 0;
        m_partDone = 0;
        report();
    }
    // Work done in the current part; false once the run is to stop.
    bool advance(double work)
    {
        m_partDone += work;
        report();
        return !stopRequested();
    }
    bool stopRequested()
    {
        if (!m_stopped && m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            m_stopped = true;
        return m_stopped;
    }
    void start()
    {
        report();
    }
    void finish()
    {
        if (!m_stopped && m_options.progress && m_last < 100) {
            m_last = 100;
            m_options.progress(100);
        }
    }

private:
    void report()
    {
        if (!m_options.progress || m_stopped)
            return;
        const double done = m_before + m_partNodes * std::min(1.0, m_partDone / m_partWork);
        const int percent = std::min(99, int(100.0 * done / m_nodes));
        if (percent > m_last) {
            m_last = percent;
            if (!m_options.progress(percent))
                m_stopped = true;
        }
    }

    const MultilevelOptions &m_options;
    double m_nodes;
    double m_before = 0, m_partNodes = 0, m_partWork = 1, m_partDone = 0;
    int m_last = -1;
    bool m_stopped = false;
};

struct Box
{
    double left = 0, top = 0, right = 0, bottom = 0;
};

class Run
{
public:
    Run(const MultilevelInput &input, const MultilevelOptions &options)
        : m_input(input), m_options(options), m_progress(options, double(input.nodes)),
          m_random(options.seed), m_k(options.edgeLength > 0 ? options.edgeLength : 1.0)
    {
    }

    MultilevelResult go();

private:
    void findComponents();
    bool layoutPart(Level finest, const std::vector<int> &members);
    bool refine(const Level &level, std::vector<double> &x, std::vector<double> &y, const LevelPlan &plan,
                bool finest, const std::vector<Level> *levels, int levelIndex, const std::vector<int> &members);
    void placeFromGiven(const Level &level, std::vector<double> &x, std::vector<double> &y);
    void deliver(const std::vector<Level> &levels, int levelIndex, const std::vector<double> &x,
                 const std::vector<double> &y, const std::vector<int> &members);
    std::vector<QPointF> packed(bool estimateMissing) const;
    void spreadAsSpring(const std::vector<int> &members);
    void scatter(const Level &finest, const std::vector<int> &members);

    const MultilevelInput &m_input;
    const MultilevelOptions &m_options;
    Progress m_progress;
    Random m_random;
    double m_k;
    BarnesHutTree m_tree;
    std::vector<int> m_rank;

    bool m_given = false;   // any Start or Pinned node
    bool m_start = false;   // any Start node
    double m_centreX = 0, m_centreY = 0; // of the given positions: where gravity pulls
    double m_gravity = 0;   // 0 when components are packed instead

    Level m_graph; // the whole input, deduplicated
    // Components, largest first; the nodes of each in m_members[m_componentStart[c] ..].
    std::vector<int> m_componentOf, m_componentStart, m_members;
    std::vector<bool> m_laidOut;
    std::vector<double> m_x, m_y; // per input node: in its component's frame (packed later)
    int m_largestLevels = 0;
};

MultilevelResult Run::go()
{
    const int n = std::max(0, m_input.nodes);
    MultilevelResult result;
    m_progress.start();
    if (n == 0) {
        m_progress.finish();
        return result;
    }
    const bool hasPlacement = int(m_input.placement.size()) == n && int(m_input.positions.size()) == n;
    std::vector<char> pinned(size_t(n), 0);
    if (hasPlacement) {
        double sx = 0, sy = 0;
        int given = 0;
        for (int i = 0; i < n; ++i) {
            const Placement p = m_input.placement[size_t(i)];
            if (p == Placement::Free)
                continue;
            m_given = true;
            m_start = m_start || p == Placement::Start;
            pinned[size_t(i)] = p == Placement::Pinned ? 1 : 0;
            sx += m_input.positions[size_t(i)].x();
            sy += m_input.positions[size_t(i)].y();
            ++given;
        }
        if (given > 0) {
            m_centreX = sx / given;
            m_centreY = sy / given;
        }
    }
    m_graph = levelFromEdges(n, m_input.edges, m_input.weights);
    m_graph.pinned = std::move(pinned);
    if (m_given) {
        m_graph.pinX.resize(size_t(n));
        m_graph.pinY.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            m_graph.pinX[size_t(i)] = m_input.positions[size_t(i)].x();
            m_graph.pinY[size_t(i)] = m_input.positions[size_t(i)].y();
        }
    }
    m_x.assign(size_t(n), 0);
    m_y.assign(size_t(n), 0);
    // Building the levels and coarsening them has no iterations to check
    // in (0.3 s of CPU at 100k nodes and 500k edges): a cancel is heard
    // between its steps.
    if (m_progress.stopRequested()) {
        scatter(m_graph, {});
        result.cancelled = true;
        result.positions.resize(size_t(n));
        for (int i = 0; i < n; ++i)
            result.positions[size_t(i)] = QPointF(m_x[size_t(i)], m_y[size_t(i)]);
        return result;
    }

    if (m_given) {
        // One part: the given positions fix the frame, so nothing is packed;
        // a weak pull to their centre keeps other components near.
        m_gravity = 0.5;
        std::vector<int> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        m_componentOf.assign(size_t(n), 0);
        m_componentStart = {0, n};
        m_members = all;
        m_laidOut.assign(1, false);
        result.cancelled = !layoutPart(m_graph, all);
        result.positions.resize(size_t(n));
        for (int i = 0; i < n; ++i)
            result.positions[size_t(i)] = QPointF(m_x[size_t(i)], m_y[size_t(i)]);
    } else {
        findComponents();
        const int components = int(m_componentStart.size()) - 1;
        m_laidOut.assign(size_t(components), false);
        std::vector<int> local(size_t(n), -1);
        for (int c = 0; c < components && !result.cancelled; ++c) {
            const std::vector<int> members(m_members.begin() + m_componentStart[size_t(c)],
                                           m_members.begin() + m_componentStart[size_t(c) + 1]);
            if (members.size() == 1) {
                m_progress.beginPart(1, 1);
                m_laidOut[size_t(c)] = true;
                m_progress.endPart();
                continue;
            }
            result.cancelled = !layoutPart(subLevel(m_graph, members, local), members);
            m_laidOut[size_t(c)] = true;
        }
        result.positions = packed(true);
    }
    result.levels = m_largestLevels;
    if (!result.cancelled)
        m_progress.finish();
    return result;
}

void Run::findComponents()
{
    const int n = m_graph.n;
    m_componentOf.assign(size_t(n), -1);
    std::vector<int> order;
    order.reserve(size_t(n));
    std::vector<int> firstOf, sizeOf;
    for (int s = 0; s < n; ++s) {
        if (m_componentOf[size_t(s)] >= 0)
            continue;
        const int c = int(sizeOf.size());
        const size_t head = order.size();
        m_componentOf[size_t(s)] = c;
        order.push_back(s);
        for (size_t q = head; q < order.size(); ++q) {
            const int u = order[q];
            for (int e = m_graph.offsets[size_t(u)]; e < m_graph.offsets[size_t(u) + 1]; ++e) {
                const int v = m_graph.adj[size_t(e)];
                if (m_componentOf[size_t(v)] < 0) {
                    m_componentOf[size_t(v)] = c;
                    order.push_back(v);
                }
            }
        }
        firstOf.push_back(int(head));
        sizeOf.push_back(int(order.size() - head));
    }
    // Largest first; equal sizes in order of their first node.
    std::vector<int> rank(sizeOf.size());
    std::iota(rank.begin(), rank.end(), 0);
    std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) { return sizeOf[size_t(a)] > sizeOf[size_t(b)]; });
    std::vector<int> renamed(sizeOf.size());
    m_componentStart.assign(1, 0);
    m_members.clear();
    m_members.reserve(size_t(n));
    for (size_t r = 0; r < rank.size(); ++r) {
        const int c = rank[r];
        renamed[size_t(c)] = int(r);
        // Members in input order, so a component's layout does not depend
        // on where the search entered it.
        std::vector<int> nodes(order.begin() + firstOf[size_t(c)], order.begin() + firstOf[size_t(c)] + sizeOf[size_t(c)]);
        std::sort(nodes.begin(), nodes.end());
        m_members.insert(m_members.end(), nodes.begin(), nodes.end());
        m_componentStart.push_back(int(m_members.size()));
    }
    for (int &c : m_componentOf)
        c = renamed[size_t(c)];
}

bool Run::layoutPart(Level finest, const std::vector<int> &members)
{
    const double k = m_k;
    std::vector<double> x, y;
    const auto store = [&] {
        for (size_t i = 0; i < members.size(); ++i) {
            m_x[size_t(members[i])] = x[i];
            m_y[size_t(members[i])] = y[i];
        }
    };

    if (m_start) {
        // Refine the given picture: one level, a short first step.
        m_progress.beginPart(double(finest.n), double(finest.n) * startIterations);
        placeFromGiven(finest, x, y);
        const bool ok = refine(finest, x, y, {startIterations, 0.5 * k, settledStep * k}, true, nullptr, 0, members);
        store();
        m_largestLevels = 1;
        m_progress.endPart();
        return ok;
    }

    std::vector<Level> levels;
    levels.push_back(std::move(finest));
    while (levels.back().n > coarsestSize) {
        if (m_progress.stopRequested()) {
            scatter(levels.front(), members);
            return false;
        }
        Level coarser = coarsen(levels.back(), m_random);
        if (double(coarser.n) > stalledRatio * double(levels.back().n)) {
            levels.back().coarse.clear();
            break;
        }
        levels.push_back(std::move(coarser));
    }
    const int depth = int(levels.size());
    m_largestLevels = std::max(m_largestLevels, depth);
    const double totalMass = double(levels.front().n);

    std::vector<LevelPlan> plan(static_cast<size_t>(depth));
    double work = 0;
    for (int l = 0; l < depth; ++l) {
        const Level &level = levels[size_t(l)];
        LevelPlan &p = plan[size_t(l)];
        // Nodes of this level are about this far apart.
        const double spacing = k * std::sqrt(totalMass / double(level.n));
        p.settled = settledStep * spacing;
        if (l == depth - 1) {
            p.iterations = coarsestIterations;
            p.step = 0.25 * k * std::sqrt(totalMass);
        } else {
            p.iterations = l == 0 ? finestIterations : levelIterations;
            // About the size of the coarse node a node came out of.
            p.step = 0.5 * spacing;
        }
        work += double(level.n) * p.iterations;
    }
    m_progress.beginPart(double(levels.front().n), work);

    // The coarsest level: random positions in a square of the size the
    // layout will have, around the pinned nodes if there are any.
    {
        const Level &coarsest = levels.back();
        const double side = k * std::sqrt(totalMass);
        x.resize(size_t(coarsest.n));
        y.resize(size_t(coarsest.n));
        for (int i = 0; i < coarsest.n; ++i) {
            if (coarsest.pinned[size_t(i)]) {
                x[size_t(i)] = coarsest.pinX[size_t(i)];
                y[size_t(i)] = coarsest.pinY[size_t(i)];
            } else {
                x[size_t(i)] = m_centreX + side * (m_random.uniform() - 0.5);
                y[size_t(i)] = m_centreY + side * (m_random.uniform() - 0.5);
            }
        }
    }
    bool ok = true;
    for (int l = depth - 1; l >= 0 && ok; --l) {
        const Level &level = levels[size_t(l)];
        if (l < depth - 1) {
            // Prolong: each node starts where its coarse node was, a little
            // apart from the others that merged into it.
            std::vector<double> fineX(size_t(level.n)), fineY(size_t(level.n));
            for (int i = 0; i < level.n; ++i) {
                if (level.pinned[size_t(i)]) {
                    fineX[size_t(i)] = level.pinX[size_t(i)];
                    fineY[size_t(i)] = level.pinY[size_t(i)];
                    continue;
                }
                const int parent = level.coarse[size_t(i)];
                const double radius = 0.3 * k * std::sqrt(levels[size_t(l) + 1].mass[size_t(parent)]) * m_random.uniform();
                const double angle = 2 * M_PI * m_random.uniform();
                fineX[size_t(i)] = x[size_t(parent)] + radius * std::cos(angle);
                fineY[size_t(i)] = y[size_t(parent)] + radius * std::sin(angle);
            }
            x.swap(fineX);
            y.swap(fineY);
        }
        ok = refine(level, x, y, plan[size_t(l)], l == 0, &levels, l, members);
        if (ok)
            deliver(levels, l, x, y, members);
    }
    if (ok) {
        store();
        spreadAsSpring(members);
    } else {
        // As far as it got: each node where its coarse node is.
        deliver(levels, -1, x, y, members);
    }
    m_progress.endPart();
    return ok;
}

// Cancelled before the coarsest level was placed: each node of the part
// (`members`, the finest level's nodes in input numbers; every input node
// when empty) where that level's nodes would have started, at random in a
// square of the size the layout would have; pinned and starting nodes at
// their given place.
void Run::scatter(const Level &finest, const std::vector<int> &members)
{
    const double side = m_k * std::sqrt(double(std::max(1, finest.n)));
    for (int i = 0; i < finest.n; ++i) {
        const size_t node = members.empty() ? size_t(i) : size_t(members[size_t(i)]);
        if (finest.pinned[size_t(i)] || (m_start && m_input.placement[node] == Placement::Start)) {
            m_x[node] = finest.pinX[size_t(i)];
            m_y[node] = finest.pinY[size_t(i)];
        } else {
            m_x[node] = m_centreX + side * (m_random.uniform() - 0.5);
            m_y[node] = m_centreY + side * (m_random.uniform() - 0.5);
        }
    }
}

// Free nodes start beside the placed neighbours they have (breadth first
// from the given positions); nodes no placed node reaches, around the centre.
void Run::placeFromGiven(const Level &level, std::vector<double> &x, std::vector<double> &y)
{
    const int n = level.n;
    x.assign(size_t(n), 0);
    y.assign(size_t(n), 0);
    std::vector<char> placed(size_t(n), 0);
    std::vector<int> queue;
    queue.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        if (m_input.placement[size_t(i)] != Placement::Free) {
            x[size_t(i)] = level.pinX[size_t(i)];
            y[size_t(i)] = level.pinY[size_t(i)];
            placed[size_t(i)] = 1;
            queue.push_back(i);
        }
    }
    for (size_t q = 0; q < queue.size(); ++q) {
        const int u = queue[q];
        for (int e = level.offsets[size_t(u)]; e < level.offsets[size_t(u) + 1]; ++e) {
            const int v = level.adj[size_t(e)];
            if (placed[size_t(v)])
                continue;
            double sx = 0, sy = 0;
            int count = 0;
            for (int f = level.offsets[size_t(v)]; f < level.offsets[size_t(v) + 1]; ++f) {
                const int w = level.adj[size_t(f)];
                if (placed[size_t(w)]) {
                    sx += x[size_t(w)];
                    sy += y[size_t(w)];
                    ++count;
                }
            }
            const double angle = 2 * M_PI * m_random.uniform();
            x[size_t(v)] = sx / count + 0.5 * m_k * std::cos(angle);
            y[size_t(v)] = sy / count + 0.5 * m_k * std::sin(angle);
            placed[size_t(v)] = 1;
            queue.push_back(v);
        }
    }
    const double radius = 0.5 * m_k * std::sqrt(double(n));
    for (int i = 0; i < n; ++i) {
        if (placed[size_t(i)])
            continue;
        const double r = radius * std::sqrt(m_random.uniform());
        const double angle = 2 * M_PI * m_random.uniform();
        x[size_t(i)] = m_centreX + r * std::cos(angle);
        y[size_t(i)] = m_centreY + r * std::sin(angle);
    }
}

bool Run::refine(const Level &level, std::vector<double> &x, std::vector<double> &y, const LevelPlan &plan,
                 bool finest, const std::vector<Level> *levels, int levelIndex, const std::vector<int> &members)
{
    const int n = level.n;
    const double k = m_k;
    const double repulsion = m_options.repulsion * k * k;
    const double theta = m_options.theta;
    double step = plan.step;
    const int iterations = plan.iterations;
    // Linear pull to the centre that, at the radius of an evenly spread
    // layout of this mass, is m_gravity times the push of all of it.
    const double totalMass = std::accumulate(level.mass.begin(), level.mass.end(), 0.0);
    const double radius2 = k * k * std::max(1.0, totalMass);
    const double gravity = m_gravity * repulsion * totalMass / radius2;

    // The level renumbered in space order (the quadtree's) for the whole
    // level: the nodes start near where they end, so neighbours in the
    // graph mostly sit near each other in memory too.
    m_tree.build(x.data(), y.data(), level.mass.data(), n);
    const std::vector<int> old = m_tree.order(); // new number -> level's number
    std::vector<int> &rank = m_rank;
    rank.resize(size_t(n));
    for (int q = 0; q < n; ++q)
        rank[size_t(old[size_t(q)])] = q;
    const size_t count = rank.size();
    std::vector<double> px(count), py(count), mass(count), fx(count), fy(count);
    std::vector<char> pinned(count);
    std::vector<int> offsets(count + 1), adj(level.adj.size());
    std::vector<double> weight(level.adj.size());
    offsets[0] = 0;
    for (int q = 0; q < n; ++q) {
        const int i = old[size_t(q)];
        px[size_t(q)] = x[size_t(i)];
        py[size_t(q)] = y[size_t(i)];
        mass[size_t(q)] = level.mass[size_t(i)];
        pinned[size_t(q)] = level.pinned[size_t(i)];
        int out = offsets[size_t(q)];
        for (int e = level.offsets[size_t(i)]; e < level.offsets[size_t(i) + 1]; ++e, ++out) {
            adj[size_t(out)] = rank[size_t(level.adj[size_t(e)])];
            weight[size_t(out)] = level.weight[size_t(e)];
        }
        offsets[size_t(q) + 1] = out;
    }
    const auto writeBack = [&] {
        for (int q = 0; q < n; ++q) {
            x[size_t(old[size_t(q)])] = px[size_t(q)];
            y[size_t(old[size_t(q)])] = py[size_t(q)];
        }
    };

    double energyBefore = std::numeric_limits<double>::max();
    int improved = 0;
    const int every = std::max(1, m_options.intermediateEvery);
    for (int it = 0; it < iterations; ++it) {
        m_tree.build(px.data(), py.data(), mass.data(), n);
        double energy = 0;
        const std::vector<int> &order = m_tree.order();
        for (int q = 0; q < n; ++q) {
            if ((q & 1023) == 1023 && m_progress.stopRequested()) {
                writeBack();
                return false;
            }
            const int i = order[size_t(q)];
            if (pinned[size_t(i)]) {
                fx[size_t(i)] = fy[size_t(i)] = 0;
                continue;
            }
            const double xi = px[size_t(i)], yi = py[size_t(i)];
            double rx = 0, ry = 0;
            m_tree.repulsion(xi, yi, i, theta, rx, ry);
            const double push = repulsion * mass[size_t(i)];
            double ax = 0, ay = 0;
            for (int e = offsets[size_t(i)]; e < offsets[size_t(i) + 1]; ++e) {
                const int j = adj[size_t(e)];
                const double dx = px[size_t(j)] - xi, dy = py[size_t(j)] - yi;
                const double d = std::sqrt(dx * dx + dy * dy);
                // d² / k, or k ln(1 + d / k): the same pull at about one edge length.
                const double pull = !m_options.logAttraction ? weight[size_t(e)] * d
                    : d > 0                                  ? weight[size_t(e)] * k * k * std::log1p(d / k) / d
                                                             : 0.0;
                ax += pull * dx;
                ay += pull * dy;
            }
            double gx = push * rx + ax / k, gy = push * ry + ay / k;
            if (gravity > 0) {
                gx += gravity * mass[size_t(i)] * (m_centreX - xi);
                gy += gravity * mass[size_t(i)] * (m_centreY - yi);
            }
            fx[size_t(i)] = gx;
            fy[size_t(i)] = gy;
            energy += gx * gx + gy * gy;
        }
        // Every node moves one step along its force (Hu's scheme).
        for (int i = 0; i < n; ++i) {
            const double f = std::sqrt(fx[size_t(i)] * fx[size_t(i)] + fy[size_t(i)] * fy[size_t(i)]);
            if (f > 0) {
                px[size_t(i)] += step * fx[size_t(i)] / f;
                py[size_t(i)] += step * fy[size_t(i)] / f;
            }
        }
        if (energy < energyBefore) {
            if (++improved >= patience) {
                improved = 0;
                step /= cooling;
            }
        } else {
            improved = 0;
            step *= cooling;
        }
        energyBefore = energy;
        if (!m_progress.advance(double(n))) {
            writeBack();
            return false;
        }
        if (finest && m_options.intermediate && (it + 1) % every == 0) {
            writeBack();
            deliver(levels ? *levels : std::vector<Level>(), levels ? levelIndex : -2, x, y, members);
        }
        if (step < plan.settled) {
            m_progress.advance(double(n) * (iterations - it - 1));
            break;
        }
    }
    writeBack();
    return true;
}

// Writes the current picture of a part into m_x, m_y (a coarse level's
// position for each of its nodes) and hands every position to the caller.
void Run::deliver(const std::vector<Level> &levels, int levelIndex, const std::vector<double> &x,
                  const std::vector<double> &y, const std::vector<int> &members)
{
    if (levelIndex != -1 && !m_options.intermediate)
        return;
    if (levelIndex > 0 && levels[size_t(levelIndex)].n < m_options.intermediateFromNodes)
        return; // a coarse level too small to show the graph's shape
    int level = levelIndex;
    if (level == -1) {
        // Cancelled: the deepest level whose size matches x.
        level = 0;
        for (size_t l = 0; l < levels.size(); ++l) {
            if (size_t(levels[l].n) == x.size())
                level = int(l);
        }
    }
    if (level < 0) // a single-level refinement
        level = 0;
    for (size_t i = 0; i < members.size(); ++i) {
        int node = int(i);
        for (int l = 0; l < level; ++l)
            node = levels[size_t(l)].coarse[size_t(node)];
        m_x[size_t(members[i])] = x[size_t(node)];
        m_y[size_t(members[i])] = y[size_t(node)];
    }
    spreadAsSpring(members);
    if (levelIndex == -1 || !m_options.intermediate)
        return;
    if (m_given) {
        std::vector<QPointF> all(m_x.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = QPointF(m_x[i], m_y[i]);
        m_options.intermediate(all);
    } else {
        const int c = m_componentOf[size_t(members.front())];
        m_laidOut[size_t(c)] = true; // its picture so far counts
        m_options.intermediate(packed(true));
        m_laidOut[size_t(c)] = false;
    }
}

// LinLog's weak pull leaves a picture many times the size the spring's
// would have (a 100k-node graph of 250 planted groups came out 1.5M units
// wide against 33k, past what the view could zoom out to). Its shape is
// kept and its size brought near the spring's: a quadratic mean distance
// from the centre of 0.7 k √n (the spring's is about 1.1 k √n on 1,440 and
// 3,000 nodes of planted groups, 0.2 k √n on 100k, where it draws denser).
// Given positions fix the frame and are left alone.
void Run::spreadAsSpring(const std::vector<int> &members)
{
    if (!m_options.logAttraction || m_given || members.size() < 2)
        return;
    double cx = 0, cy = 0;
    for (int i : members) {
        cx += m_x[size_t(i)];
        cy += m_y[size_t(i)];
    }
    const double n = double(members.size());
    cx /= n;
    cy /= n;
    double squares = 0;
    for (int i : members)
        squares += (m_x[size_t(i)] - cx) * (m_x[size_t(i)] - cx) + (m_y[size_t(i)] - cy) * (m_y[size_t(i)] - cy);
    const double rms = std::sqrt(squares / n);
    if (!(rms > 0))
        return;
    const double scale = 0.7 * m_k * std::sqrt(n) / rms;
    for (int i : members) {
        m_x[size_t(i)] = cx + (m_x[size_t(i)] - cx) * scale;
        m_y[size_t(i)] = cy + (m_y[size_t(i)] - cy) * scale;
    }
}

// Components side by side in rows, tallest first, a gap of one edge length
// between them; the whole centred on 0,0. Components not laid out yet count
// as squares of the size they will about have.
std::vector<QPointF> Run::packed(bool estimateMissing) const
{
    const int components = int(m_componentStart.size()) - 1;
    std::vector<Box> boxes(static_cast<size_t>(components));
    for (int c = 0; c < components; ++c) {
        Box &b = boxes[size_t(c)];
        const int from = m_componentStart[size_t(c)], to = m_componentStart[size_t(c) + 1];
        if (!m_laidOut[size_t(c)] && estimateMissing) {
            const double side = m_k * std::sqrt(double(to - from));
            b = {-side / 2, -side / 2, side / 2, side / 2};
            continue;
        }
        const int first = m_members[size_t(from)];
        b = {m_x[size_t(first)], m_y[size_t(first)], m_x[size_t(first)], m_y[size_t(first)]};
        for (int q = from + 1; q < to; ++q) {
            const int i = m_members[size_t(q)];
            b.left = std::min(b.left, m_x[size_t(i)]);
            b.right = std::max(b.right, m_x[size_t(i)]);
            b.top = std::min(b.top, m_y[size_t(i)]);
            b.bottom = std::max(b.bottom, m_y[size_t(i)]);
        }
    }
    const double gap = m_k;
    std::vector<int> rank(static_cast<size_t>(components));
    std::iota(rank.begin(), rank.end(), 0);
    const auto height = [&](int c) { return boxes[size_t(c)].bottom - boxes[size_t(c)].top; };
    const auto width = [&](int c) { return boxes[size_t(c)].right - boxes[size_t(c)].left; };
    std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) { return height(a) > height(b); });
    double area = 0, widest = 0;
    for (int c = 0; c < components; ++c) {
        area += (width(c) + gap) * (height(c) + gap);
        widest = std::max(widest, width(c) + gap);
    }
    const double rowWidth = std::max(widest, 1.2 * std::sqrt(area));
    std::vector<double> offsetX(static_cast<size_t>(components)), offsetY(static_cast<size_t>(components));
    double cursorX = 0, cursorY = 0, rowHeight = 0, right = 0;
    for (int c : rank) {
        if (cursorX > 0 && cursorX + width(c) > rowWidth) {
            cursorX = 0;
            cursorY += rowHeight + gap;
            rowHeight = 0;
        }
        offsetX[size_t(c)] = cursorX - boxes[size_t(c)].left;
        offsetY[size_t(c)] = cursorY - boxes[size_t(c)].top;
        cursorX += width(c) + gap;
        right = std::max(right, cursorX - gap);
        rowHeight = std::max(rowHeight, height(c));
    }
    const double centreX = right / 2, centreY = (cursorY + rowHeight) / 2;
    std::vector<QPointF> positions(m_x.size());
    for (size_t i = 0; i < positions.size(); ++i) {
        const int c = m_componentOf[i];
        const bool estimated = !m_laidOut[size_t(c)] && estimateMissing;
        positions[i] = QPointF((estimated ? 0.0 : m_x[i]) + offsetX[size_t(c)] - centreX,
                               (estimated ? 0.0 : m_y[i]) + offsetY[size_t(c)] - centreY);
    }
    return positions;
}

} // namespace

MultilevelResult multilevelLayout(const MultilevelInput &input, const MultilevelOptions &options)
{
    Run run(input, options);
    return run.go();
}

} // namespace threadline
