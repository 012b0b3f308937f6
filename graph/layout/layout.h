#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

#include "freespots.h"
#include "ids.h"
#include "multilevel.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

struct LayoutOptions
{
    double width = 2400;  // the area the layout fills, in scene units
    double height = 1600;
    int iterations = 300;
    quint32 seed = 20241122; // same graph, same seed: same picture
    // Relations left out when computing forces (the elements still get a
    // position). Mentions tie every node to its documents and would pull
    // the whole picture into a few hubs.
    QSet<QString> ignoredRelations;

    // An area that grows with the node count, so density stays readable.
    static LayoutOptions forNodeCount(qsizetype nodes);
};

// Fruchterman–Reingold force-directed layout of the nodes in `subset` (all
// nodes when empty), computed with Boost.Graph. Positions are centred on 0,0.
QHash<NodeId, QPointF> forceDirectedLayout(const KnowledgeGraph &graph,
                                           const LayoutOptions &options = {},
                                           const QSet<NodeId> &subset = {});

// What a long layout is told and tells while it runs (the multilevel engine
// reads all of it; the others none).
struct LayoutControl
{
    QHash<NodeId, QPointF> pinned;  // these nodes stay exactly here
    // These nodes start here and move on (a relayout from the picture on
    // screen); nodes in neither hash then start beside their placed
    // neighbours. With pinned nodes only, a new picture is built around them.
    QHash<NodeId, QPointF> initial;
    std::function<bool(int percent)> progress; // 0..100; returning false cancels
    const std::atomic<bool> *cancel = nullptr; // true cancels (within a second)
    // The picture so far, after each coarsening level and every few
    // iterations of the last, for a view that streams positions in.
    std::function<void(const QHash<NodeId, QPointF> &positions)> intermediate;
    // The multilevel engine's coarse levels of fewer nodes give no picture.
    int intermediateFromNodes = 0;
};

struct LayoutResult
{
    QHash<NodeId, QPointF> positions; // as far as it got when cancelled
    bool cancelled = false;
};

// Multilevel Barnes–Hut force-directed layout (multilevel.h) of the nodes in
// `subset` (all nodes when empty): near-linear, for large graphs. Same
// options as forceDirectedLayout except `iterations`, which it does not
// use; components are packed side by side, centred on 0,0, unless nodes are
// pinned or start from given positions (then those fix the frame).
LayoutResult multilevelLayout(const KnowledgeGraph &graph, const LayoutOptions &options = {},
                              const QSet<NodeId> &subset = {}, const LayoutControl &control = {});

// The same in two steps: what the engine needs of the graph, taken out of it
// (the shown nodes, their edges as index pairs, where pinned and starting
// nodes are: control.pinned and control.initial), then the run on that
// alone. A worker given the job does not need its own copy of the graph,
// which took 0.7 s at 100k nodes and 500k edges; taking the job out takes a
// fraction of that.
struct MultilevelJob
{
    QList<NodeId> ids; // the engine's nodes 0 .. n-1
    MultilevelInput input;
    double edgeLength = 100;
    quint32 seed = 1;
    bool logAttraction = false; // LinLog (MultilevelOptions::logAttraction)

    // The same work: a job made from a skimmed shape is checked so against
    // the one of the shape the reader tells.
    friend bool operator==(const MultilevelJob &, const MultilevelJob &) = default;
};
MultilevelJob prepareMultilevel(const KnowledgeGraph &graph, const LayoutOptions &options,
                                const QSet<NodeId> &subset, const LayoutControl &control = {});
// Uses control's progress, cancel and intermediate (not its positions).
LayoutResult runMultilevel(const MultilevelJob &job, const LayoutControl &control = {});

// Above this many shown nodes layoutForView uses the multilevel engine
// rather than Fruchterman–Reingold: on the synthetic news graphs FR takes
// 1.1 s at 1,000 nodes (2 s at 1,500, growing faster than n) and the
// multilevel engine 26 ms, at the same stress. Below, FR's picture, which
// the bundled corpus is drawn with. See BENCHMARKS.md.
constexpr qsizetype multilevelThreshold = 1000;

// Above this many shown nodes, a graph without positions of its own opens
// before its layout is done: the window shows it at once and the layout
// streams in off the GUI thread, with its percentage and Cancel. Below it
// the layout is part of opening (the multilevel engine takes 0.25 s at 10k
// nodes, 3.5 s at 100k: bench_layout).
constexpr qsizetype layoutAfterOpeningThreshold = 20000;

// Lays out what the filter shows, with forces from the edges it shows:
// Fruchterman–Reingold up to multilevelThreshold nodes, multilevel above.
QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter);

// The multilevel layout of what the filter shows, with progress, cancel
// and intermediate positions.
LayoutResult multilevelLayoutForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                     const LayoutControl &control = {});
MultilevelJob prepareMultilevelForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                       const LayoutControl &control = {});
// The same, for a caller that has the shown nodes (filter.visibleNodes(graph)).
MultilevelJob prepareMultilevelForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                       const QSet<NodeId> &visible, const LayoutControl &control = {});
// The same job made from a graph's shape while it is read (ShapeObserver):
// its nodes, none of its edges yet, and `edges`; `visible` is what the
// filter shows of the nodes.
MultilevelJob prepareMultilevelForShape(const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges,
                                        const ViewFilter &filter, const QSet<NodeId> &visible);

// Positions a file brought (GEXF viz:position), scaled and centred to fill
// the area a layout of as many nodes would, so nodes and labels read as they
// do after a layout while the file's picture is kept. Empty unless every node
// of `nodes` has a position and they do not all sit on one point.
QHash<NodeId, QPointF> fitFilePositions(const QHash<NodeId, QPointF> &filePositions, const QSet<NodeId> &nodes);

// How large a node is drawn: the radius of its shape, in scene units.
using NodeRadius = std::function<qreal(NodeId)>;

// Places the nodes the filter shows that have no position yet and leaves
// every placed node where it is (what an import adds to a picture already
// drawn): with none of the shown nodes placed, the layout of the whole view
// (layoutForView); else the multilevel force layout with the placed nodes
// pinned, the new ones starting beside their placed neighbours. A new node
// that lands nearer to another than their two radii and newNodeGap moves to
// the nearest free spot. `radius` says how large each shown node is drawn;
// without it, as the canvas draws them by their shown relationships
// (nodeRadius in kindsizes.h). Returns the positions of the nodes it placed,
// only.
QHash<NodeId, QPointF> placeNewNodes(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                     const ViewFilter &filter);
// The same, for a caller that has the shown nodes (filter.visibleNodes(graph)).
QHash<NodeId, QPointF> placeNewNodes(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                     const ViewFilter &filter, const QSet<NodeId> &visible,
                                     const NodeRadius &radius = {});

// Places the nodes of the graph that have no position in `placed` at once,
// O(edges): each beside the mean of its placed neighbours (or `centre`
// when it has none), on a golden-angle spiral so that siblings do not sit
// on one another. For the window, where accepting proposals must not wait
// for a layout. Returns the positions of the nodes it placed, only.
QHash<NodeId, QPointF> placeBesideNeighbours(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &placed,
                                             QPointF centre);

// Where the `index`-th node without a position waits until a layout places
// it: a golden-angle spiral about the origin, about `spacing` apart. A
// canvas that heaped 100k unplaced nodes on one point paid for it at the
// first move: its index held them all in one cell, and moving them out one
// by one took 11.7 s.
QPointF provisionalPosition(int index, qreal spacing = 40);

enum class LayoutKind {
    ForceDirected, // Fruchterman–Reingold
    KamadaKawai,   // spring model, each connected component on its own
    Circle,        // one ring, grouped by kind, then by label
    Radial,        // rings of increasing distance around a focus node
    Multilevel,    // multilevel Barnes–Hut force-directed, at any size
    Groups,        // the same with LinLog's pull: closely tied groups stand apart
};

// Whether the multilevel engine lays it out (progress, streaming, pause).
constexpr bool isMultilevel(LayoutKind kind) { return kind == LayoutKind::Multilevel || kind == LayoutKind::Groups; }

// "fr", "kk", "circle", "radial", "multilevel", "groups"; nullopt when unknown.
std::optional<LayoutKind> layoutKindFromName(const QString &name);

// Any layout of what the filter shows. Radial centres on `focus` (the most
// connected node when invalid).
QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                     LayoutKind kind, NodeId focus = {});

} // namespace threadline
