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

// Centrality of every node the filter shows, over the edges it shows, with
// edges taken as undirected. Betweenness uses Boost's Brandes algorithm.
QList<NodeMetrics> centrality(const KnowledgeGraph &graph, const ViewFilter &filter = {});

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
