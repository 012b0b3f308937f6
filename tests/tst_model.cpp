#include <QTest>

#include "evidence.h"
#include "knowledgegraph.h"

using namespace threadline;

class TestModel : public QObject
{
    Q_OBJECT

private:
    static NodeData person(const QString &key, const QString &label, QStringList aliases = {})
    {
        NodeData n;
        n.key = key;
        n.kind = NodeKind::Person;
        n.label = label;
        n.aliases = aliases;
        n.evidence = {{QStringLiteral("d1"), 0, 4, QStringLiteral("Mark")}};
        return n;
    }
    static EdgeData link(NodeId s, NodeId t, const QString &relation)
    {
        EdgeData e;
        e.source = s;
        e.target = t;
        e.relation = relation;
        return e;
    }

private Q_SLOTS:
    void addAndFind()
    {
        KnowledgeGraph g;
        const NodeId rutte = g.addNode(person(QStringLiteral("person:rutte"), QStringLiteral("Mark Rutte"),
                                              {QStringLiteral("Rutte"), QStringLiteral("the Secretary General")}));
        QVERIFY(rutte.isValid());
        QCOMPARE(g.nodeCount(), 1);
        QCOMPARE(g.findNode(QStringLiteral("person:rutte")), rutte);
        QCOMPARE(g.node(rutte).label, QStringLiteral("Mark Rutte"));
        QCOMPARE(g.findByName(QStringLiteral("rutte")), QList<NodeId>{rutte});
        QCOMPARE(g.findByName(QStringLiteral("The Secretary General")), QList<NodeId>{rutte});
        QVERIFY(g.findByName(QStringLiteral("Trump")).isEmpty());
        QVERIFY(!g.findNode(QStringLiteral("person:nobody")).isValid());
        // Keys are unique; an empty key is refused.
        QVERIFY(!g.addNode(person(QStringLiteral("person:rutte"), QStringLiteral("Other"))).isValid());
        QVERIFY(!g.addNode(person(QString(), QStringLiteral("Nameless"))).isValid());
        QCOMPARE(g.nodeCount(), 1);
    }

    void idsAreStableAcrossRemoval()
    {
        KnowledgeGraph g;
        const NodeId a = g.addNode(person(QStringLiteral("a"), QStringLiteral("A")));
        const NodeId b = g.addNode(person(QStringLiteral("b"), QStringLiteral("B")));
        const NodeId c = g.addNode(person(QStringLiteral("c"), QStringLiteral("C")));
        const EdgeId bc = g.addEdge(link(b, c, QStringLiteral("met")));
        QVERIFY(g.removeNode(a));
        QVERIFY(!g.contains(a));
        QCOMPARE(g.node(b).label, QStringLiteral("B"));
        QCOMPARE(g.node(c).label, QStringLiteral("C"));
        QCOMPARE(g.findNode(QStringLiteral("c")), c);
        QCOMPARE(g.edge(bc).source, b);
        // A new node never takes a removed node's id.
        const NodeId d = g.addNode(person(QStringLiteral("d"), QStringLiteral("D")));
        QVERIFY(d != a && d != b && d != c);
        QCOMPARE(g.nodes(), (QList<NodeId>{b, c, d}));
        QVERIFY(!g.removeNode(a));
    }

    void removingANodeRemovesItsEdges()
    {
        KnowledgeGraph g;
        const NodeId a = g.addNode(person(QStringLiteral("a"), QStringLiteral("A")));
        const NodeId b = g.addNode(person(QStringLiteral("b"), QStringLiteral("B")));
        const NodeId c = g.addNode(person(QStringLiteral("c"), QStringLiteral("C")));
        const EdgeId ab = g.addEdge(link(a, b, QStringLiteral("x")));
        const EdgeId ca = g.addEdge(link(c, a, QStringLiteral("y")));
        const EdgeId bc = g.addEdge(link(b, c, QStringLiteral("z")));
        QCOMPARE(g.edgeCount(), 3);
        QVERIFY(g.removeNode(a));
        QCOMPARE(g.edgeCount(), 1);
        QVERIFY(!g.contains(ab));
        QVERIFY(!g.contains(ca));
        QVERIFY(g.contains(bc));
        QCOMPARE(g.outEdges(b), QList<EdgeId>{bc});
        QCOMPARE(g.inEdges(c), QList<EdgeId>{bc});
        QVERIFY(g.findNode(QStringLiteral("a")).isValid() == false);
    }

    void edgesNeedExistingEndpoints()
    {
        KnowledgeGraph g;
        const NodeId a = g.addNode(person(QStringLiteral("a"), QStringLiteral("A")));
        QVERIFY(!g.addEdge(link(a, NodeId(99), QStringLiteral("x"))).isValid());
        const EdgeId loop = g.addEdge(link(a, a, QStringLiteral("self")));
        QVERIFY(loop.isValid());
        QCOMPARE(g.incidentEdges(a), QList<EdgeId>{loop}); // a self-loop is listed once
        QVERIFY(!g.edge(loop).key.isEmpty());             // generated key
        QCOMPARE(g.findEdge(g.edge(loop).key), loop);
    }

    void neighbourhood()
    {
        // a -> b -> c -> d, and e alone
        KnowledgeGraph g;
        QList<NodeId> n;
        for (const char *key : {"a", "b", "c", "d", "e"})
            n.append(g.addNode(person(QString::fromLatin1(key), QString::fromLatin1(key))));
        g.addEdge(link(n[0], n[1], QStringLiteral("r")));
        g.addEdge(link(n[1], n[2], QStringLiteral("r")));
        g.addEdge(link(n[2], n[3], QStringLiteral("r")));
        QCOMPARE(g.neighbourhood(n[0], 0), (QSet<NodeId>{n[0]}));
        QCOMPARE(g.neighbourhood(n[0], 1), (QSet<NodeId>{n[0], n[1]}));
        // Direction does not limit the neighbourhood.
        QCOMPARE(g.neighbourhood(n[2], 1), (QSet<NodeId>{n[1], n[2], n[3]}));
        QCOMPARE(g.neighbourhood(n[0], 10), (QSet<NodeId>{n[0], n[1], n[2], n[3]}));
        QCOMPARE(g.neighbours(n[1]), (QList<NodeId>{n[2], n[0]}));
        QVERIFY(g.neighbours(n[4]).isEmpty());
    }

    void evidenceIsKeptAndUpdated()
    {
        KnowledgeGraph g;
        const NodeId a = g.addNode(person(QStringLiteral("a"), QStringLiteral("A")));
        QCOMPARE(g.node(a).evidence.size(), 1);
        QCOMPARE(g.node(a).evidence.first().text, QStringLiteral("Mark"));
        NodeData changed = g.node(a);
        changed.evidence.append({QStringLiteral("d2"), 10, 15, QStringLiteral("Rutte")});
        changed.key = QStringLiteral("a2");
        QVERIFY(g.updateNode(a, changed));
        QCOMPARE(g.node(a).evidence.size(), 2);
        QCOMPARE(g.findNode(QStringLiteral("a2")), a);
        QVERIFY(!g.findNode(QStringLiteral("a")).isValid());
    }

    // Problems with the evidence, one line each; the same problem of many
    // elements (a document whose text did not come with the file) one line
    // that counts them, not a line per element.
    void evidenceProblemsAreCountedNotRepeated()
    {
        KnowledgeGraph g;
        g.addDocument({QStringLiteral("told"), QStringLiteral("T"), {}, {}, {}, {}, {}, QStringLiteral("Mark Rutte said")});
        g.addDocument({QStringLiteral("bare"), QStringLiteral("B"), {}, {}, {}, {}, {}, {}});
        for (int i = 0; i < 10; ++i) {
            NodeData node = person(QStringLiteral("p%1").arg(i), QStringLiteral("P"));
            node.evidence = {{QStringLiteral("bare"), 0, 4, QStringLiteral("Mark")}};
            g.addNode(node);
        }
        NodeData wrong = person(QStringLiteral("w"), QStringLiteral("W"));
        wrong.evidence = {{QStringLiteral("told"), 0, 4, QStringLiteral("Mary")}};
        g.addNode(wrong);
        NodeData none = person(QStringLiteral("n"), QStringLiteral("N"));
        none.evidence.clear();
        g.addNode(none);
        const QStringList problems = verifyEvidence(g);
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("10 elements: the text of document \"bare\" is not available (node p0, "
                                             "node p1, node p2 and 7 more)"),
                              QStringLiteral("node w: [0, 4) of \"told\" reads \"Mark\", not \"Mary\""),
                              QStringLiteral("node n: has no evidence")}));
    }

    // Finding nodes by name (label or alias, case aside) follows every
    // change made after the first look-up, and a copy answers the same.
    void namesAreFoundAfterEveryChange()
    {
        KnowledgeGraph g;
        const NodeId rutte = g.addNode(person(QStringLiteral("p1"), QStringLiteral("Mark Rutte")));
        QCOMPARE(g.findByName(QStringLiteral("  mark RUTTE ")), QList<NodeId>{rutte});
        QVERIFY(g.findByName(QStringLiteral("Rutte")).isEmpty());
        NodeData changed = g.node(rutte);
        changed.aliases = {QStringLiteral("Rutte"), QStringLiteral("the NATO chief")};
        QVERIFY(g.updateNode(rutte, changed));
        QCOMPARE(g.findByName(QStringLiteral("rutte")), QList<NodeId>{rutte});
        const NodeId other = g.addNode(person(QStringLiteral("p2"), QStringLiteral("Rutte")));
        QCOMPARE(g.findByName(QStringLiteral("Rutte")), (QList<NodeId>{rutte, other}));
        changed.label = QStringLiteral("M. Rutte");
        changed.aliases = {QStringLiteral("the NATO chief")};
        QVERIFY(g.updateNode(rutte, changed));
        QCOMPARE(g.findByName(QStringLiteral("Rutte")), QList<NodeId>{other});
        QVERIFY(g.findByName(QStringLiteral("Mark Rutte")).isEmpty());
        QCOMPARE(g.findByName(QStringLiteral("m. rutte")), QList<NodeId>{rutte});
        const KnowledgeGraph copy = g;
        QCOMPARE(copy.findByName(QStringLiteral("The Nato Chief")), QList<NodeId>{rutte});
        QVERIFY(g.removeNode(rutte));
        QVERIFY(g.findByName(QStringLiteral("the NATO chief")).isEmpty());
        QCOMPARE(copy.findByName(QStringLiteral("the NATO chief")), QList<NodeId>{rutte});
        QCOMPARE(g.findByName(QStringLiteral("rutte")), QList<NodeId>{other});
        QVERIFY(g.restoreNode(rutte, copy.node(rutte))); // undone: back under its own id
        QCOMPARE(g.findByName(QStringLiteral("the NATO chief")), QList<NodeId>{rutte});
    }

    void copyIsDeepAndKeepsIds()
    {
        KnowledgeGraph g;
        const NodeId a = g.addNode(person(QStringLiteral("a"), QStringLiteral("A")));
        const NodeId b = g.addNode(person(QStringLiteral("b"), QStringLiteral("B")));
        g.removeNode(a);
        const NodeId c = g.addNode(person(QStringLiteral("c"), QStringLiteral("C")));
        const EdgeId bc = g.addEdge(link(b, c, QStringLiteral("r")));
        g.addDocument({QStringLiteral("d1"), QStringLiteral("T"), {}, {}, {}, {}, {}, QStringLiteral("text")});
        KnowledgeGraph copy = g;
        QCOMPARE(copy.nodes(), g.nodes());
        QCOMPARE(copy.edge(bc).target, c);
        QCOMPARE(copy.outEdges(b), QList<EdgeId>{bc});
        QCOMPARE(copy.document(QStringLiteral("d1"))->text, QStringLiteral("text"));
        copy.removeNode(b);
        QVERIFY(g.contains(b)); // the original is untouched
        QCOMPARE(g.edgeCount(), 1);
    }

    void documents()
    {
        KnowledgeGraph g;
        Document doc;
        doc.id = QStringLiteral("doc:1");
        doc.title = QStringLiteral("Title");
        QVERIFY(g.addDocument(doc));
        doc.title = QStringLiteral("Again");
        QVERIFY(!g.addDocument(doc));
        g.setDocumentText(QStringLiteral("doc:1"), QStringLiteral("Body"));
        QCOMPARE(g.document(QStringLiteral("doc:1"))->text, QStringLiteral("Body"));
        QVERIFY(!g.document(QStringLiteral("doc:2")));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
