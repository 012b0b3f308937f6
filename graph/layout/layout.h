#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>

#include <optional>

#include "ids.h"
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

// Lays out what the filter shows, with forces from the edges it shows.
QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter);

// Positions a file brought (GEXF viz:position), scaled and centred to fill
// the area a layout of as many nodes would, so nodes and labels read as they
// do after a layout while the file's picture is kept. Empty unless every node
// of `nodes` has a position and they do not all sit on one point.
QHash<NodeId, QPointF> fitFilePositions(const QHash<NodeId, QPointF> &filePositions, const QSet<NodeId> &nodes);

enum class LayoutKind {
    ForceDirected, // Fruchterman–Reingold
    KamadaKawai,   // spring model, each connected component on its own
    Circle,        // one ring, grouped by kind, then by label
    Radial,        // rings of increasing distance around a focus node
};

// "fr", "kk", "circle", "radial"; nullopt when unknown.
std::optional<LayoutKind> layoutKindFromName(const QString &name);

// Any layout of what the filter shows. Radial centres on `focus` (the most
// connected node when invalid).
QHash<NodeId, QPointF> layoutForView(const KnowledgeGraph &graph, const ViewFilter &filter,
                                     LayoutKind kind, NodeId focus = {});

} // namespace threadline
