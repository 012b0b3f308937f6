#pragma once

#include <QPointF>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace threadline {

// A multilevel force-directed layout for large graphs, in the manner of
// Hu's sfdp: the graph is coarsened by merging matched neighbours until a few
// dozen nodes remain, the coarsest graph is laid out, and each finer level
// starts from the coarser picture and is refined. Forces are the
// spring-electrical model (attraction d²/K along edges, repulsion C·K²/d
// between all pairs, the latter by a Barnes–Hut quadtree), moved with Hu's
// adaptive step length. A coarse node stands for the nodes merged into it
// (its mass), so every level shares one frame. Every step is O(n log n) or
// O(m). Same input and seed, same positions.

enum class Placement : quint8 {
    Free,   // placed by the layout
    Start,  // starts at its given position and moves from there
    Pinned, // stays exactly at its given position
};

struct MultilevelInput
{
    int nodes = 0; // nodes are 0 .. nodes-1
    // Undirected; self-loops are ignored and repeated edges add up.
    std::vector<std::pair<int, int>> edges;
    // Empty, or one per edge (> 0): how strongly the edge pulls (1 is plain).
    std::vector<double> weights;
    // Empty, or one per node: where Start and Pinned nodes are.
    std::vector<QPointF> positions;
    // Empty (every node Free), or one per node. With any Start node the
    // layout refines the given picture (free nodes start beside their placed
    // neighbours) instead of building a new one; with Pinned nodes only, a
    // new one is built around them. In both cases components are kept
    // together by a weak pull to the centre instead of being packed.
    std::vector<Placement> placement;

    friend bool operator==(const MultilevelInput &, const MultilevelInput &) = default;
};

struct MultilevelOptions
{
    double edgeLength = 100; // K, the natural edge length, in output units
    quint32 seed = 1;
    double theta = 1.2;      // Barnes–Hut opening angle: larger is faster and coarser
    double repulsion = 0.2;  // C, the strength of repulsion against attraction
    // Edges pull by the logarithm of their length rather than its square
    // (Noack's LinLog, as ForceAtlas2 offers it): long edges pull weakly,
    // so groups of nodes tied to each other stand apart from the rest.
    bool logAttraction = false;

    // Called with the percentage done (0 to 100, each value at most once,
    // increasing; 100 only when the layout finished). Returning false
    // cancels, as does *cancel becoming true; either stops within one
    // iteration (tens of milliseconds at 100k nodes).
    std::function<bool(int percent)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // Called with every node's position (in input order) after each level,
    // and every `intermediateEvery` iterations of the finest one, for a view
    // that shows the layout as it refines. Components not yet laid out sit
    // at their place in the packing.
    std::function<void(const std::vector<QPointF> &positions)> intermediate;
    int intermediateEvery = 10;
    // Levels of fewer nodes give no picture: they heap the graph on a few
    // points, and each picture costs a pass over every node.
    int intermediateFromNodes = 0;
};

struct MultilevelResult
{
    std::vector<QPointF> positions; // one per node, in input order; centred on 0,0 when nothing was given
    bool cancelled = false;         // positions are then as far as the layout got
    int levels = 0;                 // levels of the largest component
};

MultilevelResult multilevelLayout(const MultilevelInput &input, const MultilevelOptions &options = {});

} // namespace threadline
