#include "synthetic.h"

#include <QRandomGenerator>

#include <algorithm>
#include <random>

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


Edges barabasiAlbert(int nodes, int perNode, quint64 seed)
{
    std::mt19937_64 random(seed);
    Edges edges;
    std::vector<int> ends;
    for (int u = 0; u <= perNode && u < nodes; ++u) {
        for (int v = 0; v < u; ++v) {
            edges.emplace_back(v, u);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    std::vector<int> chosen;
    for (int u = perNode + 1; u < nodes; ++u) {
        chosen.clear();
        while (int(chosen.size()) < perNode) {
            const int v = ends[size_t(random() % ends.size())];
            if (std::find(chosen.begin(), chosen.end(), v) == chosen.end())
                chosen.push_back(v);
        }
        for (int v : chosen) {
            edges.emplace_back(v, u);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return edges;
}

KnowledgeGraph barabasiAlbertGraph(int nodes, int perNode, quint64 seed)
{
    KnowledgeGraph g;
    std::vector<NodeId> ids;
    ids.reserve(size_t(nodes));
    for (int i = 0; i < nodes; ++i) {
        NodeData n;
        n.key = QStringLiteral("n%1").arg(i);
        n.kind = NodeKind::Other;
        n.label = n.key;
        ids.push_back(g.addNode(n));
    }
    for (const auto &[a, b] : barabasiAlbert(nodes, perNode, seed)) {
        EdgeData e;
        e.source = ids[size_t(a)];
        e.target = ids[size_t(b)];
        e.relation = QStringLiteral("linked");
        e.properties.insert(QStringLiteral("directed"), false); // as networkx writes it
        g.addEdge(e);
    }
    return g;
}

} // namespace threadline::bench
