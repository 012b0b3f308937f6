#include "actorlinks.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace threadline {

namespace {

quint64 pairKey(NodeId x, NodeId y)
{
    const NodeId a = std::min(x, y);
    const NodeId b = std::max(x, y);
    return (quint64(a.value()) << 32) | b.value();
}

// What a link is being built from: sets, so an element counts once however
// many edges say the same thing.
struct Pending
{
    NodeId a;
    NodeId b;
    QSet<NodeId> events;
    QSet<NodeId> statements;
    QSet<EdgeId> basis;
};

// The actors at the `far` end of the node's edges of `relation`, each with
// the edges that reach it.
QHash<NodeId, QList<EdgeId>> actorsBy(const KnowledgeGraph &graph, const QList<EdgeId> &edges,
                                      const QString &relation, bool far)
{
    QHash<NodeId, QList<EdgeId>> result;
    for (EdgeId e : edges) {
        const EdgeData &edge = graph.edge(e);
        const NodeId other = far ? edge.target : edge.source;
        if (edge.relation == relation && isActor(graph, other))
            result[other].append(e);
    }
    return result;
}

QList<NodeId> sortedKeys(const QHash<NodeId, QList<EdgeId>> &hash)
{
    QList<NodeId> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// By date, undated last, then by key: the order the derivation is read in.
QList<NodeId> chronological(const KnowledgeGraph &graph, const QSet<NodeId> &nodes)
{
    QList<NodeId> result(nodes.begin(), nodes.end());
    std::sort(result.begin(), result.end(), [&](NodeId x, NodeId y) {
        const NodeData &p = graph.node(x);
        const NodeData &q = graph.node(y);
        const QString dp = p.properties.value(QStringLiteral("date")).toString();
        const QString dq = q.properties.value(QStringLiteral("date")).toString();
        if (dp.isEmpty() != dq.isEmpty())
            return dq.isEmpty();
        if (dp != dq)
            return dp < dq;
        return p.key < q.key;
    });
    return result;
}

} // namespace

bool isActor(const KnowledgeGraph &graph, NodeId id)
{
    if (!graph.contains(id))
        return false;
    const NodeKind kind = graph.node(id).kind;
    return kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country;
}

QList<ActorLink> deriveActorLinks(const KnowledgeGraph &graph)
{
    QHash<quint64, Pending> pending;
    const auto entry = [&](NodeId x, NodeId y) -> Pending & {
        Pending &p = pending[pairKey(x, y)];
        p.a = std::min(x, y);
        p.b = std::max(x, y);
        return p;
    };

    for (NodeId node : graph.nodes()) {
        const NodeKind kind = graph.node(node).kind;
        if (kind == NodeKind::Event) {
            const QHash<NodeId, QList<EdgeId>> participants =
                actorsBy(graph, graph.inEdges(node), relation::participatedIn, false);
            const QList<NodeId> actors = sortedKeys(participants);
            for (qsizetype i = 0; i < actors.size(); ++i) {
                for (qsizetype j = i + 1; j < actors.size(); ++j) {
                    Pending &p = entry(actors[i], actors[j]);
                    p.events.insert(node);
                    for (NodeId actor : {actors[i], actors[j]}) {
                        for (EdgeId e : participants.value(actor))
                            p.basis.insert(e);
                    }
                }
            }
        } else if (kind == NodeKind::Statement) {
            const QHash<NodeId, QList<EdgeId>> speakers = actorsBy(graph, graph.inEdges(node), relation::said, false);
            if (speakers.isEmpty())
                continue;
            const QHash<NodeId, QList<EdgeId>> subjects = actorsBy(graph, graph.outEdges(node), relation::about, true);
            QSet<NodeId> parties;
            for (auto it = speakers.begin(); it != speakers.end(); ++it)
                parties.insert(it.key());
            for (auto it = subjects.begin(); it != subjects.end(); ++it)
                parties.insert(it.key());
            // Each speaker with every other party: a pair of subjects alone
            // is not linked by the statement.
            for (NodeId speaker : sortedKeys(speakers)) {
                for (NodeId other : std::as_const(parties)) {
                    if (other == speaker)
                        continue;
                    Pending &p = entry(speaker, other);
                    p.statements.insert(node);
                    for (NodeId actor : {speaker, other}) {
                        for (EdgeId e : speakers.value(actor))
                            p.basis.insert(e);
                        for (EdgeId e : subjects.value(actor))
                            p.basis.insert(e);
                    }
                }
            }
        }
    }

    QList<ActorLink> links;
    links.reserve(pending.size());
    for (const Pending &p : std::as_const(pending)) {
        ActorLink link;
        link.a = p.a;
        link.b = p.b;
        link.events = chronological(graph, p.events);
        link.statements = chronological(graph, p.statements);
        link.basis = QList<EdgeId>(p.basis.begin(), p.basis.end());
        std::sort(link.basis.begin(), link.basis.end());
        links.append(std::move(link));
    }
    std::sort(links.begin(), links.end(), [](const ActorLink &x, const ActorLink &y) {
        if (x.weight() != y.weight())
            return x.weight() > y.weight();
        if (x.a != y.a)
            return x.a < y.a;
        return x.b < y.b;
    });
    return links;
}

KnowledgeGraph actorGraph(const KnowledgeGraph &graph, const QList<ActorLink> &links)
{
    KnowledgeGraph out;
    for (const Document &doc : graph.documents())
        out.addDocument(doc);
    for (NodeId id : graph.nodes()) {
        if (isActor(graph, id))
            out.restoreNode(id, graph.node(id));
    }
    for (const ActorLink &link : links) {
        if (!out.contains(link.a) || !out.contains(link.b))
            continue;
        EdgeData edge;
        edge.key = QStringLiteral("%1:%2|%3").arg(actorLinkRelation, graph.node(link.a).key, graph.node(link.b).key);
        edge.source = link.a;
        edge.target = link.b;
        edge.relation = actorLinkRelation;
        edge.properties.insert(QStringLiteral("weight"), link.weight());
        edge.properties.insert(QStringLiteral("events"), int(link.events.size()));
        edge.properties.insert(QStringLiteral("statements"), int(link.statements.size()));
        edge.properties.insert(QStringLiteral("directed"), false);
        edge.properties.insert(QStringLiteral("derived"), true);
        for (EdgeId e : link.basis) {
            for (const EvidenceSpan &span : graph.edge(e).evidence) {
                if (!edge.evidence.contains(span))
                    edge.evidence.append(span);
            }
        }
        out.addEdge(std::move(edge));
    }
    return out;
}

} // namespace threadline
