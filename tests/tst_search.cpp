#include <QTest>

#include "knowledgegraph.h"
#include "citation.h"
#include "search.h"

using namespace threadline;

class TestSearch : public QObject
{
    Q_OBJECT

    KnowledgeGraph g;
    NodeId zelenskyy, rutte, statement, nato;

    NodeId add(const QString &key, NodeKind kind, const QString &label, QStringList aliases = {},
               QVariantMap properties = {}, QList<EvidenceSpan> evidence = {})
    {
        NodeData n;
        n.key = key;
        n.kind = kind;
        n.label = label;
        n.aliases = aliases;
        n.properties = properties;
        n.evidence = evidence;
        return g.addNode(n);
    }

private Q_SLOTS:
    // A quote cited as a reader cites it, with its speaker and source; in
    // Markdown, the title links to the article and Markdown's characters in
    // the text stay text.
    void citationsNameSpeakerAndSource()
    {
        KnowledgeGraph cited;
        cited.addDocument({QStringLiteral("d"), QStringLiteral("A *bold* title"), QStringLiteral("Outlet"),
                       QStringLiteral("2025-01-01"), QStringLiteral("https://x.example/a"), {}, {},
                       QStringLiteral("Ann said: \"We will   pay.\"")});
        NodeData ann;
        ann.key = QStringLiteral("ann");
        ann.kind = NodeKind::Person;
        ann.label = QStringLiteral("Ann");
        const NodeId person = cited.addNode(ann);
        NodeData said;
        said.key = QStringLiteral("s");
        said.kind = NodeKind::Statement;
        said.label = QStringLiteral("We will pay");
        const EvidenceSpan span{QStringLiteral("d"), 11, 25, QStringLiteral("We will   pay.")};
        said.evidence = {span};
        const NodeId quote = cited.addNode(said);
        EdgeData edge;
        edge.source = person;
        edge.target = quote;
        edge.relation = relation::said;
        cited.addEdge(edge);
        const Citation c = citationFor(cited, span, quote);
        QCOMPARE(c.plain, QStringLiteral("“We will pay.” — Ann, A *bold* title, Outlet, 2025-01-01. https://x.example/a"));
        QCOMPARE(c.markdown, QStringLiteral("> We will pay.\n>\n> — Ann, [*A \\*bold\\* title*](https://x.example/a), Outlet, 2025-01-01"));
        // Evidence of something that is not a statement: no speaker.
        QCOMPARE(citationFor(cited, span).plain,
                 QStringLiteral("“We will pay.” — A *bold* title, Outlet, 2025-01-01. https://x.example/a"));
    }

    void initTestCase()
    {
        zelenskyy = add(QStringLiteral("z"), NodeKind::Person, QStringLiteral("Volodymyr Zelenskyy"),
                        {QStringLiteral("Zelenskyy"), QStringLiteral("Ukrainian President")});
        rutte = add(QStringLiteral("r"), NodeKind::Person, QStringLiteral("Mark Rutte"),
                    {QStringLiteral("the Secretary General")});
        statement = add(QStringLiteral("s"), NodeKind::Statement, QStringLiteral("“dire threat”"), {},
                        {{QStringLiteral("text"), QStringLiteral("the US would face a dire threat")}});
        nato = add(QStringLiteral("n"), NodeKind::Organization, QStringLiteral("NATO"), {},
                   {}, {{QStringLiteral("d"), 0, 28, QStringLiteral("the north Atlantic alliance")}});
        add(QStringLiteral("m"), NodeKind::Place, QStringLiteral("Markenburg an der See"));
    }

    void findsByLabelPrefixFirst()
    {
        const QList<SearchHit> hits = searchNodes(g, QStringLiteral("mar"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().node, rutte); // shorter label wins a tie
        QCOMPARE(hits.first().matched, QStringLiteral("Mark Rutte"));
    }

    void findsByAliasIgnoringCase()
    {
        const QList<SearchHit> hits = searchNodes(g, QStringLiteral("SECRETARY"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().node, rutte);
        QCOMPARE(hits.first().matched, QStringLiteral("the Secretary General"));
        QCOMPARE(searchNodes(g, QStringLiteral("zelensk")).first().node, zelenskyy);
    }

    void findsQuoteTextAndEvidence()
    {
        QList<SearchHit> hits = searchNodes(g, QStringLiteral("would face"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().node, statement);
        hits = searchNodes(g, QStringLiteral("atlantic alliance"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().node, nato);
    }

    void actorsComeBeforeEventsNamedAfterThem()
    {
        KnowledgeGraph h;
        NodeData event;
        event.key = QStringLiteral("e");
        event.kind = NodeKind::Event;
        event.label = QStringLiteral("Rutte–Trump meeting");
        h.addNode(event);
        NodeData person;
        person.key = QStringLiteral("p");
        person.kind = NodeKind::Person;
        person.label = QStringLiteral("Mark Rutte");
        person.aliases = {QStringLiteral("Rutte")};
        const NodeId rutteId = h.addNode(person);
        const QList<SearchHit> hits = searchNodes(h, QStringLiteral("rut"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().node, rutteId);
    }

    void nothingForNothing()
    {
        QVERIFY(searchNodes(g, QStringLiteral("   ")).isEmpty());
        QVERIFY(searchNodes(g, QStringLiteral("xyzzy")).isEmpty());
        QCOMPARE(searchNodes(g, QStringLiteral("a"), 2).size(), 2); // the limit holds
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
