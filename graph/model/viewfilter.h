#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

#include "types.h"

namespace threadline {

class KnowledgeGraph;

// Which elements a view shows. Hiding a node hides its edges.
struct ViewFilter
{
    QSet<NodeKind> hiddenKinds;
    QSet<QString> hiddenRelations;
    QSet<NodeId> onlyNodes; // when not empty, nothing else is shown (a selection)
    // Documents left out: a node or edge whose every evidence span is in
    // one of them is hidden (what is said only there); elements without
    // evidence, and document nodes, stay.
    QSet<QString> hiddenDocuments;

    // Documents link to everything they mention; shown, they swamp the view.
    static ViewFilter standard();

    bool acceptsNode(const KnowledgeGraph &graph, NodeId id) const;
    bool acceptsEdge(const KnowledgeGraph &graph, EdgeId id) const;
    QSet<NodeId> visibleNodes(const KnowledgeGraph &graph) const;

    friend bool operator==(const ViewFilter &, const ViewFilter &) = default;
};

// What a filter shows, as algorithms want it: the visible nodes in model
// order, and for each (by position) its visible neighbours, edges taken as
// undirected; parallel edges repeat, self-loops are left out.
struct VisibleAdjacency
{
    QList<NodeId> ids;
    QHash<NodeId, int> index;
    std::vector<std::vector<int>> next;
    std::vector<int> degree; // the shown edges at each node, a loop twice
};

VisibleAdjacency visibleAdjacency(const KnowledgeGraph &graph, const ViewFilter &filter);

} // namespace threadline
