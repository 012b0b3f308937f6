#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "bundledcorpus.h"
#include "evidence.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "testsupport.h"

using namespace threadline;

namespace {

// Two graphs are the same when every document, node and edge matches by key.
void compareGraphs(const KnowledgeGraph &a, const KnowledgeGraph &b)
{
    QCOMPARE(a.documents(), b.documents());
    QCOMPARE(a.nodeCount(), b.nodeCount());
    QCOMPARE(a.edgeCount(), b.edgeCount());
    for (NodeId id : a.nodes()) {
        const NodeData &node = a.node(id);
        const NodeId other = b.findNode(node.key);
        QVERIFY2(other.isValid(), qPrintable(node.key));
        QCOMPARE(b.node(other), node);
    }
    for (EdgeId id : a.edges()) {
        const EdgeData &edge = a.edge(id);
        const EdgeId other = b.findEdge(edge.key);
        QVERIFY2(other.isValid(), qPrintable(edge.key));
        const EdgeData &mirror = b.edge(other);
        QCOMPARE(b.node(mirror.source).key, a.node(edge.source).key);
        QCOMPARE(b.node(mirror.target).key, a.node(edge.target).key);
        QCOMPARE(mirror.relation, edge.relation);
        QCOMPARE(mirror.properties, edge.properties);
        QCOMPARE(mirror.evidence, edge.evidence);
    }
}

const char smallGraph[] = R"({
  "format": "threadline", "version": 1,
  "documents": [{"id": "d1", "title": "T", "outlet": "O", "date": "2024-11-24", "url": "", "file": "",
                 "text": "Rutte met Trump in Palm Beach."}],
  "elements": {
    "nodes": [
      {"data": {"id": "p:rutte", "kind": "person", "label": "Mark Rutte", "aliases": ["Rutte"],
                "evidence": [{"document": "d1", "start": 0, "end": 5, "text": "Rutte"}]}},
      {"data": {"id": "p:trump", "kind": "person", "label": "Donald Trump", "aliases": [],
                "evidence": [{"document": "d1", "start": 10, "end": 15, "text": "Trump"}]}},
      {"data": {"id": "e:meet", "kind": "event", "label": "Meeting", "type": "meeting", "date": "2024-11-22",
                "confidence": 0.9, "confirmed": true, "tags": ["a", "b"],
                "evidence": [{"document": "d1", "start": 6, "end": 9, "text": "met"}]}}
    ],
    "edges": [
      {"data": {"id": "x1", "source": "p:rutte", "target": "e:meet", "relation": "participated_in",
                "evidence": [{"document": "d1", "start": 0, "end": 9, "text": "Rutte met"}]}}
    ]
  }
})";

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private:
    static ReadResult readText(const QByteArray &text, KnowledgeGraph &graph)
    {
        return json::read(text, QStringLiteral("input.json"), QString(), graph);
    }

private Q_SLOTS:
    void readsAllFields()
    {
        KnowledgeGraph g;
        const ReadResult r = readText(smallGraph, g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(g.nodeCount(), 3);
        QCOMPARE(g.edgeCount(), 1);
        const NodeData &meet = g.node(g.findNode(QStringLiteral("e:meet")));
        QCOMPARE(meet.kind, NodeKind::Event);
        QCOMPARE(meet.properties.value(QStringLiteral("type")).toString(), QStringLiteral("meeting"));
        QCOMPARE(meet.properties.value(QStringLiteral("confidence")).toDouble(), 0.9);
        QCOMPARE(meet.properties.value(QStringLiteral("confirmed")).toBool(), true);
        QCOMPARE(g.node(g.findNode(QStringLiteral("p:rutte"))).aliases, QStringList{QStringLiteral("Rutte")});
        const EdgeData &edge = g.edge(g.findEdge(QStringLiteral("x1")));
        QCOMPARE(edge.relation, QStringLiteral("participated_in"));
        QCOMPARE(edge.evidence.first().text, QStringLiteral("Rutte met"));
        QCOMPARE(g.document(QStringLiteral("d1"))->outlet, QStringLiteral("O"));
    }

    void roundTripIsLossless()
    {
        KnowledgeGraph first;
        QVERIFY(readText(smallGraph, first).ok);
        const QByteArray written = json::write(first);
        KnowledgeGraph second;
        const ReadResult r = readText(written, second);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        compareGraphs(first, second);
        // Writing again gives the same bytes: nothing drifts.
        QCOMPARE(json::write(second), written);
    }

    void bundledCorpusRoundTrips()
    {
        KnowledgeGraph bundled;
        const ReadResult r = loadBundledCorpus(bundled);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QVERIFY(bundled.nodeCount() > 50);
        QCOMPARE(bundled.documents().size(), 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY2(json::writeFile(path, bundled, &error), qPrintable(error));
        KnowledgeGraph again;
        const ReadResult r2 = json::readFile(path, again);
        QVERIFY2(r2.ok, qPrintable(r2.error.toString()));
        compareGraphs(bundled, again);
        QVERIFY(verifyEvidence(again).isEmpty());
    }

    void textsResolveAgainstTheFilesFolder()
    {
        // Without embedded texts, "file" is read next to the JSON file.
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Rutte met Trump in Palm Beach.");
        text.close();
        QByteArray data(smallGraph);
        data.replace(R"("file": "",)", R"("file": "a.txt",)");
        data.replace(R"("text": "Rutte met Trump in Palm Beach."}])", R"("note": "n"}])");
        QFile file(dir.filePath(QStringLiteral("g.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        KnowledgeGraph g;
        const ReadResult r = json::readFile(file.fileName(), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(g.document(QStringLiteral("d1"))->text, QStringLiteral("Rutte met Trump in Palm Beach."));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QByteArray truncated(smallGraph);
        truncated.truncate(truncated.indexOf("\"p:trump\""));
        QTest::newRow("truncated") << truncated << 0 << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("syntax on line 3") << QByteArray("{\n  \"format\": \"threadline\",\n  \"version\" 1\n}")
                                          << 3 << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << 1 << QString()
                                << QStringLiteral("not valid JSON");
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << 1 << QString()
                                         << QStringLiteral("expected a JSON object");
        QTest::newRow("other format") << QByteArray(R"({"format": "gexf"})") << 0 << QStringLiteral("format")
                                      << QStringLiteral("expected \"threadline\"");
        QTest::newRow("newer version") << QByteArray(R"({"format": "threadline", "version": 7})") << 0
                                       << QStringLiteral("version") << QStringLiteral("newer Threadline");

        QByteArray noId(smallGraph);
        noId.replace(R"({"data": {"id": "p:trump",)", R"({"data": {"ident": "p:trump",)");
        QTest::newRow("node without id") << noId << 0 << QStringLiteral("elements.nodes[1].data.id")
                                         << QStringLiteral("expected a string, found missing");

        QByteArray dangling(smallGraph);
        dangling.replace(R"("target": "e:meet")", R"("target": "e:nowhere")");
        QTest::newRow("dangling edge") << dangling << 16 << QStringLiteral("elements.edges[0].data.target")
                                       << QStringLiteral("no node has the id \"e:nowhere\"");

        QByteArray duplicate(smallGraph);
        duplicate.replace(R"("id": "p:trump")", R"("id": "p:rutte")");
        QTest::newRow("duplicate node") << duplicate << 0 << QStringLiteral("elements.nodes[1].data.id")
                                        << QStringLiteral("duplicate node id \"p:rutte\"");

        QByteArray badOffset(smallGraph);
        badOffset.replace(R"("start": 10, "end": 15)", R"("start": "ten", "end": 15)");
        QTest::newRow("string offset") << badOffset << 0
                                       << QStringLiteral("elements.nodes[1].data.evidence[0].start")
                                       << QStringLiteral("non-negative whole number");

        QByteArray backwards(smallGraph);
        backwards.replace(R"("start": 10, "end": 15)", R"("start": 15, "end": 10)");
        QTest::newRow("end before start") << backwards << 0 << QStringLiteral("elements.nodes[1].data.evidence[0]")
                                          << QStringLiteral("end (10) is before start (15)");

        QByteArray badUtf8(smallGraph);
        badUtf8.replace("Palm Beach", "Palm \xff\xfe Beach");
        QTest::newRow("not UTF-8") << badUtf8 << 4 << QString() << QStringLiteral("not valid JSON");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);

        KnowledgeGraph g;
        QVERIFY(readText(smallGraph, g).ok);
        const KnowledgeGraph before = g;
        const ReadResult r = readText(input, g);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.file, QStringLiteral("input.json"));
        if (line > 0)
            QCOMPARE(r.error.line, line);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        QVERIFY(r.error.toString().startsWith(QStringLiteral("input.json")));
        // What was open is kept whole.
        compareGraphs(before, g);
    }

    void syntaxErrorsNameLineAndColumn()
    {
        KnowledgeGraph g;
        const ReadResult r = readText("{\n  \"a\": 1,\n  \"b\": ]\n}", g);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.line, 3);
        QVERIFY(r.error.column > 1);
        QVERIFY2(r.error.toString().startsWith(QStringLiteral("input.json:3:")), qPrintable(r.error.toString()));
    }

    void mismatchedEvidenceIsReported()
    {
        QByteArray data(smallGraph);
        data.replace(R"("start": 10, "end": 15, "text": "Trump")", R"("start": 11, "end": 16, "text": "Trump")");
        KnowledgeGraph g;
        const ReadResult r = readText(data, g);
        QVERIFY(r.ok); // loaded, but the problem is said
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QStringLiteral("p:trump")), qPrintable(r.warnings.first()));
        QVERIFY(r.warnings.first().contains(QStringLiteral("\"rump \"")));
    }

    void missingFileIsNamed()
    {
        KnowledgeGraph g;
        const ReadResult r = json::readFile(QStringLiteral("/nonexistent/graph.json"), g);
        QVERIFY(!r.ok);
        QVERIFY(r.error.toString().startsWith(QStringLiteral("/nonexistent/graph.json")));
    }

    void plainCytoscapeJsonIsRead()
    {
        const QByteArray cy = R"({"elements": [
            {"group": "nodes", "data": {"id": "a", "name": "Alpha"}},
            {"group": "nodes", "data": {"id": "b"}},
            {"group": "edges", "data": {"id": "ab", "source": "a", "target": "b", "weight": 2}}]})";
        KnowledgeGraph g;
        const ReadResult r = readText(cy, g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(g.nodeCount(), 2);
        QCOMPARE(g.node(g.findNode(QStringLiteral("a"))).label, QStringLiteral("Alpha"));
        QCOMPARE(g.node(g.findNode(QStringLiteral("b"))).kind, NodeKind::Other);
        QCOMPARE(g.edge(g.findEdge(QStringLiteral("ab"))).properties.value(QStringLiteral("weight")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
