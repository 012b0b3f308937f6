// Actor-to-actor links derived from shared events and statements (issue 10,
// "Actors only"): on a graph worked out by hand and on the bundled corpus,
// checked against counts taken straight from the participated_in, said and
// about edges.
#include <QTest>

#include <algorithm>

#include "actorlinks.h"
#include "bundledcorpus.h"
#include "evidence.h"
#include "knowledgegraph.h"
#include "testsupport.h"

using namespace threadline;
using threadline::test::nodeByKey;

namespace {

NodeId addNode(KnowledgeGraph &g, const QString &key, NodeKind kind, const QString &date = {})
{
    NodeData n;
    n.key = key;
    n.kind = kind;
    n.label = key.toUpper();
    if (!date.isEmpty())
        n.properties.insert(QStringLiteral("date"), date);
    return g.addNode(n);
}

// Each edge quotes its own stretch of the one document, so a derived edge's
// evidence says exactly which edges it came from.
EdgeId addEdge(KnowledgeGraph &g, NodeId from, NodeId to, const QString &relation)
{
    static const QString text = QString(400, QLatin1Char('x'));
    if (!g.document(QStringLiteral("d")))
        g.addDocument(Document{QStringLiteral("d"), {}, {}, {}, {}, {}, {}, text});
    EdgeData e;
    e.source = from;
    e.target = to;
    e.relation = relation;
    const qsizetype start = g.edgeCount() * 3;
    e.evidence.append(EvidenceSpan{QStringLiteral("d"), start, start + 2, text.mid(start, 2)});
    return g.addEdge(e);
}

const ActorLink *findLink(const QList<ActorLink> &links, NodeId x, NodeId y)
{
    for (const ActorLink &link : links) {
        if ((link.a == x && link.b == y) || (link.a == y && link.b == x))
            return &link;
    }
    return nullptr;
}

QSet<NodeId> targetsOf(const KnowledgeGraph &g, NodeId node, const QString &relation)
{
    QSet<NodeId> result;
    for (EdgeId e : g.outEdges(node)) {
        if (g.edge(e).relation == relation)
            result.insert(g.edge(e).target);
    }
    return result;
}

} // namespace

class TestActorLinks : public QObject
{
    Q_OBJECT

    KnowledgeGraph hand;
    NodeId a, b, c, x, place, topic, e1, e2, e3, e4, s1, s2, s3, s4;

private Q_SLOTS:
    void initTestCase()
    {
        a = addNode(hand, QStringLiteral("a"), NodeKind::Person);
        b = addNode(hand, QStringLiteral("b"), NodeKind::Organization);
        c = addNode(hand, QStringLiteral("c"), NodeKind::Person);
        x = addNode(hand, QStringLiteral("x"), NodeKind::Country);
        place = addNode(hand, QStringLiteral("p"), NodeKind::Place);
        topic = addNode(hand, QStringLiteral("t"), NodeKind::Topic);
        e1 = addNode(hand, QStringLiteral("e1"), NodeKind::Event, QStringLiteral("2024-02-01"));
        e2 = addNode(hand, QStringLiteral("e2"), NodeKind::Event, QStringLiteral("2024-01-01"));
        e3 = addNode(hand, QStringLiteral("e3"), NodeKind::Event, QStringLiteral("2024-03-01"));
        e4 = addNode(hand, QStringLiteral("e4"), NodeKind::Event); // undated
        s1 = addNode(hand, QStringLiteral("s1"), NodeKind::Statement);
        s2 = addNode(hand, QStringLiteral("s2"), NodeKind::Statement);
        s3 = addNode(hand, QStringLiteral("s3"), NodeKind::Statement);
        s4 = addNode(hand, QStringLiteral("s4"), NodeKind::Statement);
        for (NodeId actor : {a, b, x, place}) // a place is no actor: it links nobody
            addEdge(hand, actor, e1, relation::participatedIn);
        addEdge(hand, a, e2, relation::participatedIn);
        addEdge(hand, a, e2, relation::participatedIn); // said twice, counted once
        addEdge(hand, b, e2, relation::participatedIn);
        addEdge(hand, c, e3, relation::participatedIn); // alone
        addEdge(hand, a, e4, relation::participatedIn);
        addEdge(hand, b, e4, relation::participatedIn);
        addEdge(hand, a, s1, relation::said); // a about b
        addEdge(hand, s1, b, relation::about);
        addEdge(hand, c, s2, relation::said); // c about x and a topic
        addEdge(hand, s2, x, relation::about);
        addEdge(hand, s2, topic, relation::about);
        addEdge(hand, s3, a, relation::about); // nobody said it: no link
        addEdge(hand, s3, b, relation::about);
        addEdge(hand, a, s4, relation::said); // a about b and c; b and c are not linked by it
        addEdge(hand, s4, b, relation::about);
        addEdge(hand, s4, c, relation::about);
        addEdge(hand, e1, place, relation::locatedIn);
    }

    void handGraphGivesTheLinksWorkedOut()
    {
        const QList<ActorLink> links = deriveActorLinks(hand);
        QCOMPARE(links.size(), 5);
        // Heaviest first, then by the actors' ids.
        const ActorLink &ab = links[0];
        QCOMPARE(ab.a, a);
        QCOMPARE(ab.b, b);
        QCOMPARE(ab.events, (QList<NodeId>{e2, e1, e4})); // by date, undated last
        QCOMPARE(ab.statements, (QList<NodeId>{s1, s4}));
        QCOMPARE(ab.weight(), 5);
        QList<std::pair<NodeId, NodeId>> rest;
        for (qsizetype i = 1; i < links.size(); ++i) {
            QCOMPARE(links[i].weight(), 1);
            rest.append({links[i].a, links[i].b});
        }
        QCOMPARE(rest, (QList<std::pair<NodeId, NodeId>>{{a, c}, {a, x}, {b, x}, {c, x}}));
        QCOMPARE(findLink(links, a, c)->statements, QList<NodeId>{s4});
        QCOMPARE(findLink(links, a, x)->events, QList<NodeId>{e1});
        QCOMPARE(findLink(links, c, x)->statements, QList<NodeId>{s2});
        QVERIFY(!findLink(links, b, c)); // only named together in s4
        // The same graph, the same list.
        const QList<ActorLink> again = deriveActorLinks(hand);
        for (qsizetype i = 0; i < links.size(); ++i) {
            QCOMPARE(again[i].a, links[i].a);
            QCOMPARE(again[i].b, links[i].b);
            QCOMPARE(again[i].basis, links[i].basis);
        }
    }

    void basisIsTheEdgesTheLinkRestsOn()
    {
        const ActorLink *ab = findLink(deriveActorLinks(hand), a, b);
        QVERIFY(ab);
        QSet<EdgeId> expected;
        for (EdgeId e : hand.edges()) {
            const EdgeData &edge = hand.edge(e);
            const bool participation = edge.relation == relation::participatedIn
                                       && (edge.source == a || edge.source == b)
                                       && QList<NodeId>{e1, e2, e4}.contains(edge.target);
            const bool saying = edge.relation == relation::said && edge.source == a
                                && (edge.target == s1 || edge.target == s4);
            const bool subject = edge.relation == relation::about && edge.target == b
                                 && (edge.source == s1 || edge.source == s4);
            if (participation || saying || subject)
                expected.insert(e);
        }
        QCOMPARE(QSet<EdgeId>(ab->basis.begin(), ab->basis.end()), expected);
        QVERIFY(std::is_sorted(ab->basis.begin(), ab->basis.end()));
    }

    void actorGraphKeepsActorsAndSaysWhereEachLinkCameFrom()
    {
        const QList<ActorLink> links = deriveActorLinks(hand);
        const KnowledgeGraph g = actorGraph(hand, links);
        QCOMPARE(g.nodes(), (QList<NodeId>{a, b, c, x})); // same ids; no place, topic, event or statement
        for (NodeId id : g.nodes())
            QCOMPARE(g.node(id), hand.node(id));
        QCOMPARE(g.edgeCount(), links.size());
        const EdgeData &ab = g.edge(g.edges().first());
        QCOMPARE(ab.source, a);
        QCOMPARE(ab.target, b);
        QCOMPARE(ab.relation, actorLinkRelation);
        QVERIFY(!ab.isDirected());
        QCOMPARE(ab.properties.value(QStringLiteral("weight")).toInt(), 5);
        QCOMPARE(ab.properties.value(QStringLiteral("events")).toInt(), 3);
        QCOMPARE(ab.properties.value(QStringLiteral("statements")).toInt(), 2);
        QCOMPARE(ab.evidence.size(), links.first().basis.size());
        for (EdgeId e : links.first().basis)
            QVERIFY(ab.evidence.contains(hand.edge(e).evidence.first()));
        // The hand-made actors have no evidence of their own; every derived edge has, and it holds.
        QCOMPARE(verifyEvidence(g).filter(QStringLiteral("edge ")), QStringList());
    }

    void corpusRutteTrumpCountsWhatTheEdgesSay()
    {
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g));
        const NodeId rutte = nodeByKey(g, QStringLiteral("person:mark-rutte"));
        const NodeId trump = nodeByKey(g, QStringLiteral("person:donald-trump"));
        const QList<ActorLink> links = deriveActorLinks(g);
        const ActorLink *link = findLink(links, rutte, trump);
        QVERIFY(link);

        // Independently: the events both took part in, the statements one
        // said about the other (or both said).
        const QSet<NodeId> events = targetsOf(g, rutte, relation::participatedIn)
                                        .intersect(targetsOf(g, trump, relation::participatedIn));
        QSet<NodeId> statements;
        for (auto [speaker, other] : {std::pair{rutte, trump}, std::pair{trump, rutte}}) {
            for (NodeId s : targetsOf(g, speaker, relation::said)) {
                if (targetsOf(g, s, relation::about).contains(other) || targetsOf(g, other, relation::said).contains(s))
                    statements.insert(s);
            }
        }
        QVERIFY(events.size() >= 2);
        QCOMPARE(QSet<NodeId>(link->events.begin(), link->events.end()), events);
        QCOMPARE(QSet<NodeId>(link->statements.begin(), link->statements.end()), statements);
        QCOMPARE(link->weight(), int(events.size() + statements.size()));
        QVERIFY(link->events.contains(nodeByKey(g, QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"))));

        for (const ActorLink &l : links) {
            QVERIFY(isActor(g, l.a) && isActor(g, l.b));
            QVERIFY(l.a < l.b);
            QVERIFY(l.weight() > 0);
        }
        QVERIFY(std::is_sorted(links.begin(), links.end(),
                               [](const ActorLink &p, const ActorLink &q) { return p.weight() > q.weight(); }));
    }

    void corpusActorGraphIsActorsOnlyWithSourcedEdges()
    {
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g));
        const QList<ActorLink> links = deriveActorLinks(g);
        const KnowledgeGraph derived = actorGraph(g, links);
        qsizetype actors = 0;
        for (NodeId id : g.nodes())
            actors += isActor(g, id) ? 1 : 0;
        QCOMPARE(derived.nodeCount(), actors);
        QCOMPARE(derived.edgeCount(), links.size());
        for (EdgeId e : derived.edges()) {
            const EdgeData &edge = derived.edge(e);
            QVERIFY(!edge.evidence.isEmpty());
            for (const EvidenceSpan &span : edge.evidence)
                QVERIFY2(checkSpan(derived, span).isEmpty(), qPrintable(checkSpan(derived, span)));
        }
    }
};

QTEST_MAIN(TestActorLinks)
#include "tst_actorlinks.moc"
