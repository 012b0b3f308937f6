#include "synthetic.h"

#include <QRandomGenerator>

namespace threadline::bench {

KnowledgeGraph syntheticNewsGraph(int nodes, quint32 seed)
{
    QRandomGenerator rng(seed);
    KnowledgeGraph g;
    Document doc;
    doc.id = QStringLiteral("doc:synthetic");
    doc.title = QStringLiteral("Synthetic");
    g.addDocument(doc);
    const EvidenceSpan span{doc.id, 0, 4, QStringLiteral("text")};
    const int actors = std::max(2, nodes / 4), events = std::max(1, nodes / 4);
    QList<NodeId> actorIds, eventIds;
    for (int i = 0; i < nodes; ++i) {
        NodeData n;
        n.key = QStringLiteral("n%1").arg(i);
        n.kind = i < actors ? NodeKind::Person : i < actors + events ? NodeKind::Event : NodeKind::Statement;
        n.label = QStringLiteral("Node %1").arg(i);
        n.evidence = {span};
        const NodeId id = g.addNode(n);
        if (n.kind == NodeKind::Person)
            actorIds.append(id);
        else if (n.kind == NodeKind::Event)
            eventIds.append(id);
        EdgeData e;
        e.evidence = {span};
        if (n.kind == NodeKind::Event) {
            for (int k = 0, count = 2 + int(rng.bounded(3)); k < count; ++k) {
                e.source = actorIds.at(int(rng.bounded(quint32(actorIds.size()))));
                e.target = id;
                e.relation = relation::participatedIn;
                g.addEdge(e);
            }
        } else if (n.kind == NodeKind::Statement) {
            e.source = actorIds.at(int(rng.bounded(quint32(actorIds.size()))));
            e.target = id;
            e.relation = relation::said;
            g.addEdge(e);
            e.source = id;
            e.target = eventIds.at(int(rng.bounded(quint32(eventIds.size()))));
            e.relation = relation::madeAt;
            g.addEdge(e);
        }
    }
    return g;
}


} // namespace threadline::bench
