#include <QTest>

#include "knowledgegraph.h"
#include "citation.h"
#include "bundledcorpus.h"
#include "mentions.h"
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

    // Documents after the events and statements named like them: a search
    // for "Rutte" once selected an article titled "Rutte: …" on Enter.
    void documentsComeAfterEventsAndStatements()
    {
        KnowledgeGraph h;
        const auto add = [&](const char *key, NodeKind kind, const char *label) {
            NodeData n;
            n.key = QString::fromLatin1(key);
            n.kind = kind;
            n.label = QString::fromUtf8(label);
            return h.addNode(n);
        };
        const NodeId document = add("d", NodeKind::Document, "Osei: talks will go on");
        const NodeId warning = add("s", NodeKind::Statement, "Osei warns of a long winter ahead");
        const NodeId event = add("e", NodeKind::Event, "Osei–Mensah meeting in Accra");
        NodeData person;
        person.key = QStringLiteral("p");
        person.kind = NodeKind::Person;
        person.label = QStringLiteral("Kwame Osei");
        person.aliases = {QStringLiteral("Osei")};
        const NodeId osei = h.addNode(person);
        const QList<SearchHit> hits = searchNodes(h, QStringLiteral("osei"));
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(0).node, osei);
        QCOMPARE(hits.last().node, document);
        QVERIFY(hits.at(1).node == event || hits.at(1).node == warning);
        QVERIFY(hits.at(2).node == event || hits.at(2).node == warning);
    }

    // Names in a text: whole words, the longest name first, a capital
    // letter allowed at a sentence start, nothing inside other words.
    void mentionsAreWholeNamesLongestFirst()
    {
        KnowledgeGraph k;
        const auto add = [&](const char *key, NodeKind kind, const char *label, QStringList aliases) {
            NodeData n;
            n.key = QString::fromLatin1(key);
            n.kind = kind;
            n.label = QString::fromUtf8(label);
            n.aliases = aliases;
            return k.addNode(n);
        };
        const NodeId person = add("rutte", NodeKind::Person, "Mark Rutte", {QStringLiteral("Rutte"), QStringLiteral("the NATO chief")});
        const NodeId organization = add("nato", NodeKind::Organization, "NATO", {});
        const NodeId country = add("us", NodeKind::Country, "United States", {QStringLiteral("US"), QStringLiteral("U.S.")});
        add("meeting", NodeKind::Event, "Rutte meeting", {}); // events are not marked
        const MentionIndex index(k);
        const QString text = QStringLiteral("The NATO chief met U.S. officials. Mark Rutte said NATO and the US, "
                                            "not USA or focus, agree. Rutteberg is elsewhere.");
        const QList<Mention> found = index.find(text);
        QStringList words;
        for (const Mention &m : found)
            words.append(text.mid(m.start, m.end - m.start) + QLatin1Char('=') + k.node(m.node).key);
        QCOMPARE(words, (QStringList{QStringLiteral("The NATO chief=rutte"), QStringLiteral("U.S.=us"),
                                     QStringLiteral("Mark Rutte=rutte"), QStringLiteral("NATO=nato"),
                                     QStringLiteral("US=us")}));
        QCOMPARE(found.first().node, person);
        QCOMPARE(found.at(3).node, organization);
        QCOMPARE(found.last().node, country);
        QVERIFY(MentionIndex().find(text).isEmpty());
    }

    // On the bundled corpus: every mark is a name of its node, exactly.
    void mentionsInTheCorpusAreExact()
    {
        KnowledgeGraph corpus;
        QVERIFY(loadBundledCorpus(corpus));
        const MentionIndex index(corpus);
        int total = 0;
        for (const Document &doc : corpus.documents()) {
            for (const Mention &m : index.find(doc.text)) {
                const QString words = doc.text.mid(m.start, m.end - m.start);
                const NodeData &node = corpus.node(m.node);
                QStringList names = node.aliases;
                names.append(node.label);
                const bool named = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
                    return n == words || (n.mid(1) == words.mid(1) && n.front().toLower() == words.front().toLower());
                });
                QVERIFY2(named, qPrintable(words));
                ++total;
            }
        }
        QVERIFY2(total > 100, qPrintable(QString::number(total)));
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
