#pragma once

#include <QSet>
#include <QString>

#include "types.h"

namespace threadline {

class KnowledgeGraph;

// Which elements a view shows. Hiding a node hides its edges.
struct ViewFilter
{
    QSet<NodeKind> hiddenKinds;
    QSet<QString> hiddenRelations;
    QSet<NodeId> onlyNodes; // when not empty, nothing else is shown (a selection)

    // Documents link to everything they mention; shown, they swamp the view.
    static ViewFilter standard();

    bool acceptsNode(const KnowledgeGraph &graph, NodeId id) const;
    bool acceptsEdge(const KnowledgeGraph &graph, EdgeId id) const;
    QSet<NodeId> visibleNodes(const KnowledgeGraph &graph) const;
};

} // namespace threadline
