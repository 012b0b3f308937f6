#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "ids.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

struct NodeMetrics
{
    NodeId id;
    int degree = 0;          // incident edges, either direction
    double betweenness = 0;  // normalised to [0, 1], as networkx does for undirected graphs
    double closeness = 0;    // Wasserman–Faust, so disconnected graphs compare fairly
};

struct CentralityOptions
{
    // Up to this many shown nodes betweenness and closeness are exact:
    // both cost a search from every node, O(n·m), about a second at 5,000
    // nodes and 25k edges, days at 100k and 500k.
    qsizetype exactUpTo = 5000;
    // Above it, both are estimated from searches from this many nodes
    // chosen at random (Brandes and Pich's pivots), O(sources·m).
    int sources = 256;
    quint32 seed = 1; // the same estimate every time
};

// Centrality of every node the filter shows, over the edges it shows, with
// edges taken as undirected. Exact betweenness uses Boost's Brandes
// algorithm; estimated betweenness sums the dependencies of the sampled
// sources, scaled by n / sources; estimated closeness takes each node's
// mean distance to the sampled sources in its component (each searched
// from itself when its component holds none).
QList<NodeMetrics> centrality(const KnowledgeGraph &graph, const ViewFilter &filter = {},
                              const CentralityOptions &options = {});
// The same from the shown part alone (visibleAdjacency), which a worker
// thread can own: no copy of the whole graph to make on the GUI thread.
QList<NodeMetrics> centrality(const VisibleAdjacency &view, const CentralityOptions &options = {});
// Whether centrality() estimates rather than computes, for this many shown
// nodes.
inline bool centralityIsEstimated(qsizetype shownNodes, const CentralityOptions &options = {})
{
    return shownNodes > options.exactUpTo;
}

struct PathStep
{
    NodeId node;
    EdgeId via;          // the edge that led here; invalid for the first step
    bool forward = true; // whether `via` points along the walk
};

// A shortest path from `from` to `to` (edges in either direction) over what
// the filter shows; empty when there is none.
QList<PathStep> shortestPath(const KnowledgeGraph &graph, NodeId from, NodeId to,
                             const ViewFilter &filter = {});

// Nodes within `depth` edges of `id` (either direction) over what the
// filter shows, id included; empty when the filter does not show id.
QSet<NodeId> neighbourhood(const KnowledgeGraph &graph, NodeId id, int depth, const ViewFilter &filter);

// Expanding and collapsing on a canvas where some nodes are hidden by hand
// (`hidden`), over what the filter shows, in model order: the neighbours of
// id that are hidden, and the shown neighbours whose every shown link goes
// to id (hiding those strands nothing else).
QList<NodeId> hiddenNeighbours(const KnowledgeGraph &graph, NodeId id, const ViewFilter &filter,
                               const QSet<NodeId> &hidden);
QList<NodeId> dependentNeighbours(const KnowledgeGraph &graph, NodeId id, const ViewFilter &filter,
                                  const QSet<NodeId> &hidden);

// An id, else the best name match (label or alias): for command lines.
NodeId resolveNode(const KnowledgeGraph &graph, const QString &idOrName);

} // namespace threadline
