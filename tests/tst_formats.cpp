#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSizeF>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include "bundledcorpus.h"
#include "csvformat.h"
#include "dotformat.h"
#include "evidence.h"
#include "formatsupport.h"
#include "gexf.h"
#include "graphfiles.h"
#include "graphml.h"
#include "jsonformat.h"
#include "shapeskim.h"
#include "testsupport.h"
#include "kindcolors.h"
#include "knowledgegraph.h"

using namespace threadline;
using threadline::formats::jsonText;

namespace {

const QString docText = QStringLiteral(
    "Rutte met Trump in Palm Beach on 22 November.\r\n"
    "He said: \"NATO is <strong> & united\".\tTabbed; Zelenskyy \U0001F600 spoke.\n"
    "Trailing line with ]]> and a backslash \\ here.");

EvidenceSpan span(const QString &word, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = docText.indexOf(word, at + 1);
    Q_ASSERT(at >= 0);
    return EvidenceSpan{QStringLiteral("d1"), at, at + word.size(), word};
}

// A graph that exercises every value type, awkward text and evidence, built
// through the API so the property types are exact.
KnowledgeGraph richGraph()
{
    KnowledgeGraph g;
    g.addDocument(Document{QStringLiteral("d1"), QStringLiteral("Title with \"quotes\" & <tags>"),
                           QStringLiteral("Outlet"), QStringLiteral("2024-11-24"),
                           QStringLiteral("https://example.invalid/a?b=1&c=2"), QStringLiteral("a.txt"),
                           QStringLiteral("a note,\nwith a line break"), docText});
    g.addDocument(Document{QStringLiteral("d2"), QStringLiteral("Second"), {}, {}, {}, {}, {}, {}});

    NodeData rutte;
    rutte.key = QStringLiteral("p:rutte");
    rutte.kind = NodeKind::Person;
    rutte.label = QStringLiteral("Mark Rutte");
    rutte.aliases = {QStringLiteral("Rutte"), QStringLiteral("M. | R."), QStringLiteral("back\\slash")};
    rutte.properties = {
        {QStringLiteral("int"), QVariant(42)},
        {QStringLiteral("long"), QVariant(qlonglong(9007199254740993LL))},
        {QStringLiteral("double"), QVariant(0.1)},
        {QStringLiteral("negative"), QVariant(-1.5e-300)},
        {QStringLiteral("flag"), QVariant(true)},
        {QStringLiteral("off"), QVariant(false)},
        {QStringLiteral("empty"), QVariant(QString())},
        {QStringLiteral("padded"), QVariant(QStringLiteral("  spaces  "))},
        {QStringLiteral("looks like json"), QVariant(QStringLiteral("[1, 2]"))},
        {QStringLiteral("looks like true"), QVariant(QStringLiteral("true"))},
        {QStringLiteral("multiline"), QVariant(QStringLiteral("one\r\ntwo\nthree\rfour\tfive"))},
        {QStringLiteral("markup"), QVariant(QStringLiteral("<b>&amp;</b> \"q\" 'a' ]]>"))},
        {QStringLiteral("tags"), QVariantList{QStringLiteral("a"), 2, true, QVariant::fromValue(nullptr)}},
        {QStringLiteral("map"), QVariantMap{{QStringLiteral("x"), 1.25}, {QStringLiteral("y"), QStringLiteral("z")}}},
        {QStringLiteral("nothing"), QVariant::fromValue(nullptr)},
        {QStringLiteral("unicode"), QStringLiteral("Zelenskyy Зеленський \U0001F600 e\u0301")},
    };
    rutte.evidence = {span(QStringLiteral("Rutte")), span(QStringLiteral("He"))};
    const NodeId r = g.addNode(rutte);

    NodeData trump;
    trump.key = QStringLiteral("p:trump \"the\" <one>");
    trump.kind = NodeKind::Person;
    trump.label = QStringLiteral("Donald\nTrump");
    trump.properties = {{QStringLiteral("date"), QStringLiteral("2024-11-22")},
                        {QStringLiteral("int"), QStringLiteral("text where another node has a number")}};
    trump.evidence = {span(QStringLiteral("Trump"))};
    const NodeId t = g.addNode(trump);

    NodeData meeting;
    meeting.key = QStringLiteral("e:meet");
    meeting.kind = NodeKind::Event;
    meeting.label = QStringLiteral("Meeting in Palm Beach");
    meeting.properties = {{QStringLiteral("type"), QStringLiteral("meeting")},
                          {QStringLiteral("date"), QStringLiteral("2024-11-22")},
                          {QStringLiteral("place"), QStringLiteral("Palm Beach")}};
    meeting.evidence = {span(QStringLiteral("met")), span(QStringLiteral("Palm Beach"))};
    const NodeId m = g.addNode(meeting);

    NodeData song;
    song.key = QStringLiteral("x:song");
    song.kind = NodeKind::Other;
    song.label = QStringLiteral("A foreign node");
    song.properties = {{QStringLiteral("kind"), QStringLiteral("song")}, {QStringLiteral("parent"), QStringLiteral("p:rutte")}};
    song.evidence = {span(QStringLiteral("Tabbed"))};
    const NodeId s = g.addNode(song);

    NodeData quote;
    quote.key = QStringLiteral("s:1");
    quote.kind = NodeKind::Statement;
    quote.label = QStringLiteral("NATO is united");
    quote.properties = {{QStringLiteral("text"), QStringLiteral("NATO is <strong> & united")},
                        {QStringLiteral("direct"), true}};
    quote.evidence = {span(QStringLiteral("\"NATO is <strong> & united\""))};
    const NodeId q = g.addNode(quote);

    NodeData doc;
    doc.key = QStringLiteral("doc:d1");
    doc.kind = NodeKind::Document;
    doc.label = QStringLiteral("The article");
    const NodeId d = g.addNode(doc);

    const auto edge = [&](const char *key, NodeId from, NodeId to, const char *rel, QVariantMap props,
                          QList<EvidenceSpan> evidence) {
        EdgeData e;
        e.key = QString::fromUtf8(key);
        e.source = from;
        e.target = to;
        e.relation = QString::fromUtf8(rel);
        e.properties = std::move(props);
        e.evidence = std::move(evidence);
        QVERIFY(g.addEdge(e).isValid());
    };
    edge("x1", r, m, "participated_in", {{QStringLiteral("weight"), qlonglong(2)}}, {span(QStringLiteral("Rutte met"))});
    edge("x2", t, m, "participated_in", {{QStringLiteral("weight"), 0.75}}, {span(QStringLiteral("met Trump"))});
    edge("x3", r, q, "said", {{QStringLiteral("label"), QStringLiteral("a property named label")},
                              {QStringLiteral("directed"), false}},
         {span(QStringLiteral("He said"))});
    edge("x4", r, m, "participated_in", {{QStringLiteral("note"), QStringLiteral("a parallel edge")}},
         {span(QStringLiteral("Rutte")), span(QStringLiteral("Palm Beach"))});
    edge("x5 \"odd\"", s, s, "related_to", {{QStringLiteral("list"), QVariantList{1.5, QStringLiteral("b")}}},
         {span(QStringLiteral("spoke"))});
    edge("x6", d, q, "mentions", {}, {span(QStringLiteral("NATO"))});
    return g;
}

// Exact equality, types included: QVariant's == calls 5 and "5" equal.
void compareProperties(const QVariantMap &a, const QVariantMap &b, const QString &where)
{
    QCOMPARE(b.keys(), a.keys());
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QVariant &other = b.value(it.key());
        QVERIFY2(other.typeId() == it.value().typeId(),
                 qPrintable(QStringLiteral("%1.%2: %3 became %4")
                                .arg(where, it.key(), QString::fromLatin1(it.value().typeName()),
                                     QString::fromLatin1(other.typeName()))));
        // As JSON text: QJsonValue's == misjudges objects whose keys hold
        // Latin-1 letters such as "é" (Qt 6.4), the text does not.
        QVERIFY2(jsonText(other) == jsonText(it.value()),
                 qPrintable(QStringLiteral("%1.%2: %3 became %4").arg(where, it.key(), jsonText(it.value()), jsonText(other))));
    }
}

// Every document, node, edge, property and evidence span, by key.
void compareGraphs(const KnowledgeGraph &a, const KnowledgeGraph &b)
{
    QCOMPARE(b.documents(), a.documents());
    QCOMPARE(b.nodeCount(), a.nodeCount());
    QCOMPARE(b.edgeCount(), a.edgeCount());
    for (NodeId id : a.nodes()) {
        const NodeData &node = a.node(id);
        const NodeId other = b.findNode(node.key);
        QVERIFY2(other.isValid(), qPrintable(node.key));
        const NodeData &mirror = b.node(other);
        QCOMPARE(mirror.kind, node.kind);
        QCOMPARE(mirror.label, node.label);
        QCOMPARE(mirror.aliases, node.aliases);
        QCOMPARE(mirror.evidence, node.evidence);
        compareProperties(node.properties, mirror.properties, node.key);
    }
    for (EdgeId id : a.edges()) {
        const EdgeData &edge = a.edge(id);
        const EdgeId other = b.findEdge(edge.key);
        QVERIFY2(other.isValid(), qPrintable(edge.key));
        const EdgeData &mirror = b.edge(other);
        QCOMPARE(b.node(mirror.source).key, a.node(edge.source).key);
        QCOMPARE(b.node(mirror.target).key, a.node(edge.target).key);
        QCOMPARE(mirror.relation, edge.relation);
        QCOMPARE(mirror.evidence, edge.evidence);
        compareProperties(edge.properties, mirror.properties, edge.key);
    }
    // Insertion order survives too, so the JSON written is the same bytes.
    QCOMPARE(json::write(b), json::write(a));
}

qsizetype spanCount(const KnowledgeGraph &g)
{
    qsizetype n = 0;
    for (NodeId id : g.nodes())
        n += g.node(id).evidence.size();
    for (EdgeId id : g.edges())
        n += g.edge(id).evidence.size();
    return n;
}

QByteArray writeAs(const QString &format, const KnowledgeGraph &g, QStringList *warnings)
{
    return format == QLatin1String("graphml") ? graphml::write(g, warnings) : gexf::write(g, warnings);
}

ReadResult readAs(const QString &format, const QByteArray &data, KnowledgeGraph &g)
{
    if (format == QLatin1String("graphml"))
        return graphml::read(data, QStringLiteral("input.graphml"), g);
    return gexf::read(data, QStringLiteral("input.gexf"), g);
}

// The records of an RFC 4180 table.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The text of a DOT double-quoted string starting at `from`.
QString unquoteDot(const QString &dot, qsizetype from)
{
    QString out;
    for (qsizetype i = from + 1; i < dot.size(); ++i) {
        const QChar c = dot.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dot.size()) {
            const QChar n = dot.at(++i);
            out += n == QLatin1Char('n') ? QLatin1Char('\n') : n;
        } else if (c == QLatin1Char('"')) {
            return out;
        } else {
            out += c;
        }
    }
    return out;
}

const char minimalGraphml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"k\" for=\"node\" attr.name=\"count\" attr.type=\"int\"/>\n"
    "  <key id=\"f\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n"
    "  <graph edgedefault=\"directed\">\n"
    "    <node id=\"a\"><data key=\"k\">1</data></node>\n"
    "    <node id=\"b\"><data key=\"k\">2</data></node>\n"
    "    <edge source=\"a\" target=\"b\"/>\n"
    "  </graph>\n"
    "</graphml>\n";

const char minimalGexf[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
    "  <graph defaultedgetype=\"directed\">\n"
    "    <attributes class=\"node\">\n"
    "      <attribute id=\"0\" title=\"count\" type=\"integer\"/>\n"
    "      <attribute id=\"1\" title=\"numbers\" type=\"listinteger\"/>\n"
    "    </attributes>\n"
    "    <nodes>\n"
    "      <node id=\"a\" label=\"A\"><attvalues><attvalue for=\"0\" value=\"1\"/></attvalues></node>\n"
    "      <node id=\"b\" label=\"B\"/>\n"
    "    </nodes>\n"
    "    <edges>\n"
    "      <edge id=\"e\" source=\"a\" target=\"b\"/>\n"
    "    </edges>\n"
    "  </graph>\n"
    "</gexf>\n";

QByteArray replaced(const char *text, const char *from, const char *to)
{
    QByteArray data(text);
    Q_ASSERT(data.contains(from));
    data.replace(from, to);
    return data;
}

// Random graphs for the round-trip property: awkward text everywhere, every
// value type, names that clash with what the formats use themselves.
class RandomGraphs
{
public:
    explicit RandomGraphs(quint32 seed) : m_random(seed) {}

    KnowledgeGraph next()
    {
        KnowledgeGraph g;
        const QString text = randomText(400) + QStringLiteral(" Rutte met Trump. ") + randomText(200);
        g.addDocument(Document{QStringLiteral("doc:") + randomText(5), randomText(30), randomText(10),
                               QStringLiteral("2025-01-23"), QString(), QString(), randomText(20), text});
        const QString docId = g.documents().constFirst().id;
        const int nodes = 1 + int(m_random.bounded(12));
        QList<NodeId> ids;
        for (int i = 0; i < nodes; ++i) {
            NodeData node;
            node.key = QStringLiteral("n%1:").arg(i) + randomText(6);
            node.kind = allNodeKinds[m_random.bounded(int(std::size(allNodeKinds)))];
            if (m_random.bounded(5) == 0) {
                node.kind = NodeKind::Other;
                node.properties.insert(QStringLiteral("kind"), QStringLiteral("song"));
            }
            node.label = randomText(1 + int(m_random.bounded(40)));
            for (int a = int(m_random.bounded(3)); a > 0; --a)
                node.aliases.append(randomText(1 + int(m_random.bounded(12))));
            addProperties(node.properties);
            node.evidence = randomSpans(docId, text);
            ids.append(g.addNode(node));
        }
        const int edges = int(m_random.bounded(2 * nodes + 1));
        for (int i = 0; i < edges; ++i) {
            EdgeData edge;
            edge.key = QStringLiteral("e%1:").arg(i) + randomText(4);
            edge.source = ids.at(m_random.bounded(int(ids.size())));
            edge.target = ids.at(m_random.bounded(int(ids.size())));
            edge.relation = randomText(1 + int(m_random.bounded(15))).trimmed();
            if (edge.relation.isEmpty())
                edge.relation = QStringLiteral("about");
            addProperties(edge.properties);
            if (m_random.bounded(4) == 0)
                edge.properties.insert(QStringLiteral("directed"), m_random.bounded(2) == 0);
            if (m_random.bounded(3) == 0)
                edge.properties.insert(QStringLiteral("weight"), m_random.bounded(2) ? QVariant(qlonglong(m_random.bounded(9)))
                                                                                     : QVariant(m_random.bounded(100.0)));
            edge.evidence = randomSpans(docId, text);
            g.addEdge(edge);
        }
        return g;
    }

private:
    QString randomText(int length)
    {
        static const QStringList pieces = {
            QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\""),
            QStringLiteral("'"), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("&"), QStringLiteral("&amp;"),
            QStringLiteral("]]>"), QStringLiteral("|"), QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\r\n"),
            QStringLiteral("\t"), QStringLiteral("é"), QStringLiteral("中"), QStringLiteral("\U0001F600"),
            QStringLiteral("e\u0301"), QStringLiteral("["), QStringLiteral("{"), QStringLiteral(","), QStringLiteral(":"),
            QStringLiteral("-1"), QStringLiteral("true"), QStringLiteral("0x1F"), QStringLiteral("#")};
        QString out;
        while (out.size() < length)
            out += pieces.at(m_random.bounded(int(pieces.size())));
        return out;
    }

    QVariant randomValue(int depth = 0)
    {
        switch (m_random.bounded(depth > 1 ? 6 : 8)) {
        case 0: return QVariant(int(m_random.bounded(2000)) - 1000);
        case 1: return QVariant(qlonglong(m_random.generate64() >> 2) * (m_random.bounded(2) ? 1 : -1));
        case 2: return QVariant((m_random.generateDouble() - 0.5) * std::pow(10.0, int(m_random.bounded(40)) - 20));
        case 3: return QVariant(m_random.bounded(2) == 0);
        case 4: return QVariant(randomText(int(m_random.bounded(30))));
        case 5: return QVariant::fromValue(nullptr);
        case 6: {
            QVariantList list;
            for (int i = int(m_random.bounded(4)); i > 0; --i)
                list.append(randomValue(depth + 1));
            return list;
        }
        default: {
            QVariantMap map;
            for (int i = int(m_random.bounded(3)); i > 0; --i)
                map.insert(randomText(4), randomValue(depth + 1));
            return map;
        }
        }
    }

    void addProperties(QVariantMap &properties)
    {
        for (int i = int(m_random.bounded(5)); i > 0; --i)
            properties.insert(QStringLiteral("p") + randomText(1 + int(m_random.bounded(8))), randomValue());
    }

    QList<EvidenceSpan> randomSpans(const QString &doc, const QString &text)
    {
        QList<EvidenceSpan> spans; // every fact of a sourced graph has one at least
        for (int i = 1 + int(m_random.bounded(3)); i > 0; --i) {
            qsizetype start = m_random.bounded(int(text.size() - 1));
            qsizetype end = std::min(text.size(), start + 1 + qsizetype(m_random.bounded(20)));
            // Spans fall on whole characters: never inside a surrogate pair.
            if (text.at(start).isLowSurrogate())
                --start;
            if (end < text.size() && text.at(end).isLowSurrogate())
                ++end;
            spans.append(EvidenceSpan{doc, start, end, text.mid(start, end - start)});
        }
        return spans;
    }

    QRandomGenerator m_random;
};

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

    // One row per format that both reads and writes graph files.
    static void readableFormats()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(GraphFormat::Json);
        QTest::newRow("graphml") << int(GraphFormat::GraphML);
        QTest::newRow("gexf") << int(GraphFormat::Gexf);
        QTest::newRow("dot") << int(GraphFormat::Dot);
    }

    // `graph` written in `format` into `dir`: the path, or empty on failure.
    static QString writtenAs(const QTemporaryDir &dir, GraphFormat format, const KnowledgeGraph &graph)
    {
        const QString path = dir.filePath(QStringLiteral("g.") + graphFormatSuffix(format));
        QString error;
        if (writeGraphFile(path, format, graph, &error).isEmpty()) {
            qWarning() << error;
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("source");
        for (const char *format : {"graphml", "gexf"}) {
            for (const char *source : {"rich graph read from JSON", "rich graph with API types", "bundled corpus"})
                QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(format), QLatin1String(source))))
                    << QString::fromLatin1(format) << QString::fromLatin1(source);
        }
    }

    // JSON → format → JSON keeps every node, edge, property (with its type),
    // evidence span and document.
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, source);
        KnowledgeGraph original;
        if (source == QLatin1String("bundled corpus")) {
            const ReadResult r = loadBundledCorpus(original);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            QVERIFY(original.nodeCount() > 50);
        } else if (source == QLatin1String("rich graph with API types")) {
            original = richGraph();
        } else {
            const ReadResult r = json::read(json::write(richGraph()), QStringLiteral("rich.json"), QString(), original);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
        }
        QVERIFY(verifyEvidence(original).isEmpty());
        QStringList writeWarnings;
        const QByteArray written = writeAs(format, original, &writeWarnings);
        QVERIFY2(writeWarnings.isEmpty(), qPrintable(writeWarnings.join(QLatin1Char('\n'))));
        KnowledgeGraph back;
        const ReadResult r = readAs(format, written, back);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        compareGraphs(original, back);
        QCOMPARE(spanCount(back), spanCount(original));
        QVERIFY(spanCount(back) > 0);
        QVERIFY(verifyEvidence(back).isEmpty());
        // Nothing drifts: writing again gives the same bytes.
        QCOMPARE(writeAs(format, back, nullptr), written);
    }

    // The property behind the round trip: for 300 random graphs, JSON →
    // GraphML/GEXF → JSON gives the same graph, every type kept, or the
    // writer said what it could not keep.
    void randomGraphsRoundTrip()
    {
        RandomGraphs generator(20261123);
        int exact = 0;
        for (int i = 0; i < 300; ++i) {
            const KnowledgeGraph original = generator.next();
            QVERIFY2(verifyEvidence(original).isEmpty(), qPrintable(verifyEvidence(original).join(QLatin1Char('\n'))));
            for (const QString &format : {QStringLiteral("graphml"), QStringLiteral("gexf")}) {
                QStringList warnings;
                const QByteArray written = writeAs(format, original, &warnings);
                KnowledgeGraph back;
                const ReadResult r = readAs(format, written, back);
                QVERIFY2(r.ok, qPrintable(QStringLiteral("graph %1 as %2: %3").arg(i).arg(format, r.error.toString())));
                QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("graph %1 as %2: %3").arg(i).arg(format, warnings.join(QLatin1Char('\n')))));
                compareGraphs(original, back);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("graph %1 as %2 came back different:\n%3").arg(i).arg(format, QString::fromUtf8(json::write(original)))));
                ++exact;
            }
        }
        QCOMPARE(exact, 600);
    }

    void graphmlIsTypedForOtherTools()
    {
        const QByteArray written = graphml::write(richGraph());
        const QString text = QString::fromUtf8(written);
        QVERIFY(text.contains(QStringLiteral("attr.name=\"kind\" attr.type=\"string\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"int\" attr.type=\"int\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"long\" attr.type=\"long\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"double\" attr.type=\"double\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"flag\" attr.type=\"boolean\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"evidence_count\" attr.type=\"int\"")));
        QVERIFY(text.contains(QStringLiteral("attr.name=\"tags\" attr.type=\"string\" threadline.type=\"json\"")));
        // A property that is text on one node and a number on another gets a key per type.
        QVERIFY(text.contains(QStringLiteral("attr.name=\"int\" attr.type=\"string\"")));
        QVERIFY(text.contains(QStringLiteral("<key id=\"d")));
        QVERIFY(text.contains(QStringLiteral("for=\"graph\" attr.name=\"documents\"")));
        // Aliases are joined for people, with the separator escaped.
        QVERIFY(text.contains(QStringLiteral(">Rutte|M. \\| R.|back\\\\slash<")));
        // A carriage return survives XML's line-end normalisation.
        QVERIFY(text.contains(QStringLiteral("one&#13;")));
    }

    void gexfWritesVizAndPositions()
    {
        const KnowledgeGraph g = richGraph();
        QHash<NodeId, QPointF> positions;
        positions.insert(g.findNode(QStringLiteral("p:rutte")), QPointF(12.5, -40));
        positions.insert(g.findNode(QStringLiteral("e:meet")), QPointF(-3, 7.25));
        QStringList warnings;
        const QByteArray written = gexf::write(g, &warnings, &positions);
        const QString text = QString::fromUtf8(written);
        QVERIFY(text.contains(QStringLiteral("xmlns=\"http://gexf.net/1.3\"")));
        QVERIFY(text.contains(QStringLiteral("version=\"1.3\"")));
        // Person blue 4e79a7 = 78,121,167; y flips to point up as in Gephi.
        QVERIFY(text.contains(QStringLiteral("<viz:color r=\"78\" g=\"121\" b=\"167\"/>")));
        QVERIFY(text.contains(QStringLiteral("<viz:position x=\"12.5\" y=\"40\" z=\"0\"/>")));
        QVERIFY(text.contains(QStringLiteral("label=\"participated_in\" weight=\"0.75\"")));
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("4 nodes have no position")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        KnowledgeGraph back;
        QHash<NodeId, QPointF> read;
        const ReadResult r = gexf::read(written, QStringLiteral("p.gexf"), back, &read);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.value(back.findNode(QStringLiteral("p:rutte"))), QPointF(12.5, -40));
        QCOMPARE(read.value(back.findNode(QStringLiteral("e:meet"))), QPointF(-3, 7.25));
        // Threadline's own colours are not read back as properties.
        QVERIFY(!back.node(back.findNode(QStringLiteral("p:rutte"))).properties.contains(QStringLiteral("viz_color")));

        const QString v12 = QString::fromUtf8(gexf::write(g, nullptr, nullptr, gexf::Version::V1_2draft));
        QVERIFY(v12.contains(QStringLiteral("xmlns=\"http://www.gexf.net/1.2draft\"")));
        QVERIFY(v12.contains(QStringLiteral("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"")));
        KnowledgeGraph back12;
        QVERIFY(gexf::read(v12.toUtf8(), QStringLiteral("v12.gexf"), back12).ok);
        compareGraphs(g, back12);
    }

    // What a format cannot hold is said, never dropped in silence.
    void lossesAreReported_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"graphml", "gexf", "dot", "csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void lossesAreReported()
    {
        QFETCH(QString, format);
        KnowledgeGraph g = richGraph();
        const NodeId id = g.findNode(QStringLiteral("e:meet"));
        NodeData node = g.node(id);
        node.properties.insert(QStringLiteral("size"), QVariant(QSizeF(1, 2))); // no format holds it
        node.properties.insert(QStringLiteral("control"), QStringLiteral("bell\x07here"));
        node.properties.insert(QStringLiteral("label"), QStringLiteral("clashes with the label"));
        QVERIFY(g.updateNode(id, node));
        QStringList warnings;
        QByteArray written;
        if (format == QLatin1String("graphml"))
            written = graphml::write(g, &warnings);
        else if (format == QLatin1String("gexf"))
            written = gexf::write(g, &warnings);
        else if (format == QLatin1String("dot"))
            written = dot::write(g, &warnings);
        else
            written = csv::write(g, &warnings).nodes;
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("no file format holds")) && all.contains(QStringLiteral("e:meet (size: QSizeF)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"_attribute\"")) && all.contains(QStringLiteral("e:meet (label)")),
                 qPrintable(all));
        QVERIFY(written.contains("label_attribute"));
        if (format == QLatin1String("graphml") || format == QLatin1String("gexf") || format == QLatin1String("dot")) {
            QVERIFY2(all.contains(QStringLiteral("U+FFFD")), qPrintable(all));
            QVERIFY(written.contains("bell\xef\xbf\xbdhere"));
        }
        if (format == QLatin1String("dot"))
            QVERIFY2(all.contains(QStringLiteral("14 evidence spans are not written")), qPrintable(all));
        if (format == QLatin1String("dot") || format == QLatin1String("csv"))
            QVERIFY2(all.contains(QStringLiteral("2 documents")), qPrintable(all));
        if (format == QLatin1String("graphml") || format == QLatin1String("gexf")) {
            // Even so, the XML is well-formed and reads.
            KnowledgeGraph back;
            const ReadResult r = readAs(format, written, back);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            QCOMPARE(back.node(back.findNode(QStringLiteral("e:meet"))).properties.value(QStringLiteral("control")).toString(),
                     QStringLiteral("bell\uFFFDhere"));
        }
    }

    // ---- hostile and malformed input --------------------------------------

    void badInput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        const QByteArray ownGraphml = graphml::write(richGraph());
        const QByteArray ownGexf = gexf::write(richGraph());
        const QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                                " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                                " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                                " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                                " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                                " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                                " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                                " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                                " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                                " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                                "]>\n";
        const QByteArray external = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [\n"
                                    "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
                                    "<!ENTITY net SYSTEM \"http://example.invalid/x\">\n]>\n";
        const QByteArray huge(20 * 1024 * 1024, 'x');

        for (const QString &format : {QStringLiteral("graphml"), QStringLiteral("gexf")}) {
            const bool isGraphml = format == QLatin1String("graphml");
            const QByteArray own = isGraphml ? ownGraphml : ownGexf;
            const QByteArray minimal = isGraphml ? QByteArray(minimalGraphml) : QByteArray(minimalGexf);
            const QByteArray root = isGraphml ? "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                                                "<graph edgedefault=\"directed\"><node id=\"a\">&lol9;</node>"
                                                "</graph></graphml>\n"
                                              : "<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes>"
                                                "<node id=\"a\" label=\"&lol9;\"/></nodes></graph></gexf>\n";
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(format, QLatin1String(name))));
            };
            row("truncated") << format << own.left(own.size() / 2) << -1 << QStringLiteral("truncated?");
            row("entity expansion bomb") << format << bomb + root << 2 << QStringLiteral("declares XML entities");
            row("external entity") << format
                                   << external + QByteArray(root).replace("&lol9;", "&xxe;&net;") << 2
                                   << QStringLiteral("declares XML entities");
            row("undeclared entity") << format << QByteArray(minimal).replace("id=\"b\"", "id=\"&ent;\"") << -1
                                     << QStringLiteral("not well-formed");
            row("20 MB attribute") << format
                                   << QByteArray(minimal).replace("id=\"b\"", "id=\"b\" extra=\"" + huge + "\"")
                                   << (isGraphml ? 7 : 10) << QStringLiteral("the limit is");
            row("binary") << format << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 1
                          << QStringLiteral("not valid UTF-8 here (byte 0x89)");
            row("empty") << format << QByteArray("  \n") << 0 << QStringLiteral("empty");
            row("not UTF-8") << format << QByteArray(minimal).replace("id=\"b\"", "id=\"\xff\xfe\"")
                             << (isGraphml ? 7 : 10) << QStringLiteral("not valid UTF-8 here (byte 0xff)");
            row("other root") << format << QByteArray("<?xml version=\"1.0\"?>\n<svg/>\n") << 2
                              << QStringLiteral("root element is <svg>");
            row("duplicate node") << format << QByteArray(minimal).replace("id=\"b\"", "id=\"a\"")
                                  << (isGraphml ? 7 : 10) << QStringLiteral("a second node has the id \"a\"");
            row("edge to nowhere") << format << QByteArray(minimal).replace("target=\"b\"", "target=\"zz\"")
                                   << (isGraphml ? 8 : 13) << QStringLiteral("no node has that id");
            if (isGraphml) {
                row("wrong int") << format << replaced(minimalGraphml, ">2<", ">two<") << 7
                                 << QStringLiteral("node \"b\": the value \"two\" of \"count\" is not a whole number");
                row("wrong boolean") << format
                                     << replaced(minimalGraphml, "<data key=\"k\">2</data>", "<data key=\"f\">maybe</data>")
                                     << 7 << QStringLiteral("is not a boolean");
                row("20 MB text") << format << replaced(minimalGraphml, ">2<", ">" + huge + "<") << 7
                                  << QStringLiteral("the limit is");
                row("bad evidence") << format
                                    << replaced(minimalGraphml, "<key id=\"k\" for=\"node\" attr.name=\"count\"",
                                                "<key id=\"k\" for=\"node\" attr.name=\"evidence\"")
                                           .replace(">2<", ">[{\"document\": 1}]<")
                                    << 6 << QStringLiteral("node \"a\": the evidence is not valid");
                row("node outside a graph") << format
                                            << replaced(minimalGraphml, "<graph edgedefault=\"directed\">", "")
                                            << 6 << QStringLiteral("outside a <graph>");
            } else {
                row("wrong integer") << format << replaced(minimalGexf, "value=\"1\"", "value=\"1.5x\"") << 9
                                     << QStringLiteral("the value \"1.5x\" of \"count\" is not a whole number");
                row("wrong list") << format << replaced(minimalGexf, "for=\"0\" value=\"1\"", "for=\"1\" value=\"[1, 'x\"")
                                  << 9 << QStringLiteral("is not a list of integer");
                row("wrong weight") << format << replaced(minimalGexf, "target=\"b\"", "target=\"b\" weight=\"heavy\"")
                                    << 13 << QStringLiteral("the weight \"heavy\" is not a number");
                row("wrong edge type") << format << replaced(minimalGexf, "target=\"b\"", "target=\"b\" type=\"sideways\"")
                                       << 13 << QStringLiteral("none of directed, undirected, mutual");
                row("wrong viz") << format
                                 << replaced(minimalGexf, "<node id=\"b\" label=\"B\"/>",
                                             "<node id=\"b\" label=\"B\"><viz:position xmlns:viz=\"http://gexf.net/1.3/viz\" x=\"left\" y=\"0\"/></node>")
                                 << 10 << QStringLiteral("not a number");
            }
        }
    }

    void badInput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, message);
        KnowledgeGraph g = richGraph();
        const QByteArray before = json::write(g);
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = readAs(format, input, g);
        QVERIFY2(timer.elapsed() < 10000, "a hostile file must not keep the reader busy");
        QVERIFY(!r.ok);
        const QString file = format == QLatin1String("graphml") ? QStringLiteral("input.graphml")
                                                                : QStringLiteral("input.gexf");
        QCOMPARE(r.error.file, file);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
        if (line > 0)
            QCOMPARE(r.error.line, line);
        else if (line < 0)
            QVERIFY2(r.error.line > 0, qPrintable(r.error.toString()));
        QVERIFY(r.error.toString().startsWith(file));
        // The message is short enough to show, even for a 20 MB attribute.
        QVERIFY(r.error.toString().size() < 1000);
        // What was open is kept whole.
        QCOMPARE(json::write(g), before);
    }

    // Cut anywhere, a file gives an error with a line, never a crash.
    void everyTruncationFailsCleanly()
    {
        for (const QString &format : {QStringLiteral("graphml"), QStringLiteral("gexf")}) {
            const QByteArray own = writeAs(format, richGraph(), nullptr);
            const qsizetype end = own.lastIndexOf('<');
            for (qsizetype cut = 0; cut < end; cut += 37) {
                KnowledgeGraph g;
                const ReadResult r = readAs(format, own.left(cut), g);
                QVERIFY2(!r.ok, qPrintable(QStringLiteral("%1 cut at %2").arg(format).arg(cut)));
                QVERIFY(!r.error.message.isEmpty());
                QCOMPARE(g.nodeCount(), 0);
            }
        }
    }

    // Unknown keys are kept and named with file and line, not fatal: real
    // files (TinkerPop, igraph) have them.
    void unknownKeysAreWarnedWithTheLine()
    {
        KnowledgeGraph g;
        ReadResult r = graphml::read(replaced(minimalGraphml, "<data key=\"k\">2</data>", "<data key=\"mystery\">x</data>"),
                                     QStringLiteral("input.graphml"), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(
                     QStringLiteral("input.graphml:7: the key \"mystery\" is used but never declared")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(g.node(g.findNode(QStringLiteral("b"))).properties.value(QStringLiteral("mystery")).toString(),
                 QStringLiteral("x"));

        r = gexf::read(replaced(minimalGexf, "for=\"0\"", "for=\"mystery\""), QStringLiteral("input.gexf"), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(
                     QStringLiteral("input.gexf:9: the node attribute \"mystery\" is used but never declared")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void generatedEdgeIdsDoNotClash()
    {
        // The first edge has no id; "e0" is taken by a later one.
        const QByteArray data = replaced(minimalGraphml, "<edge source=\"a\" target=\"b\"/>",
                                         "<edge source=\"a\" target=\"b\"/><edge id=\"e0\" source=\"b\" target=\"a\"/>"
                                         "<edge id=\"e0\" source=\"a\" target=\"a\"/>");
        KnowledgeGraph g;
        const ReadResult r = graphml::read(data, QStringLiteral("ids.graphml"), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(g.edgeCount(), 3);
        QCOMPARE(g.node(g.edge(g.findEdge(QStringLiteral("e0"))).source).key, QStringLiteral("b"));
        QVERIFY(g.findEdge(QStringLiteral("e0_2")).isValid());
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("a second edge has the id \"e0\"")));

        // "e0" named before the edge without an id: that one takes another.
        KnowledgeGraph h;
        const ReadResult named = graphml::read(
            replaced(minimalGraphml, "<edge source=\"a\" target=\"b\"/>",
                     "<edge id=\"e0\" source=\"b\" target=\"a\"/><edge source=\"a\" target=\"b\"/>"),
            QStringLiteral("ids.graphml"), h);
        QVERIFY2(named.ok, qPrintable(named.error.toString()));
        QCOMPARE(h.edgeCount(), 2);
        QCOMPARE(h.node(h.edge(h.findEdge(QStringLiteral("e0"))).source).key, QStringLiteral("b"));
        QVERIFY(h.findEdge(QStringLiteral("e1")).isValid());
        QCOMPARE(h.node(h.edge(h.findEdge(QStringLiteral("e1"))).source).key, QStringLiteral("a"));
    }

    // A file of many edges has their ends looked up on a second thread
    // while the edges go in: every edge joins the nodes the file names, in
    // the file's order, and an edge to no node is reported at its line.
    void manyEdgesKeepTheirEnds()
    {
        QByteArray data = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                          "<graph edgedefault=\"undirected\">\n";
        const int nodes = 3000;
        const int edges = 60000;
        for (int i = 0; i < nodes; ++i)
            data += "<node id=\"n" + QByteArray::number(i) + "\"/>\n";
        const auto ends = [](int e) { return std::pair{(e / 20) % nodes, (e * 7919 + 13) % nodes}; };
        const auto edgeLine = [&](int e, const QByteArray &target) {
            return "<edge source=\"n" + QByteArray::number(ends(e).first) + "\" target=\"" + target + "\"/>\n";
        };
        QByteArray good = data, bad = data;
        for (int e = 0; e < edges; ++e) {
            const QByteArray target = "n" + QByteArray::number(ends(e).second);
            good += edgeLine(e, target);
            bad += edgeLine(e, e == 45000 ? QByteArray("nowhere") : target);
        }
        good += "</graph>\n</graphml>\n";
        bad += "</graph>\n</graphml>\n";
        KnowledgeGraph g;
        const ReadResult r = graphml::read(good, QStringLiteral("many.graphml"), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(g.edgeCount(), edges);
        int e = 0;
        for (EdgeId id : g.edges()) {
            const EdgeData &edge = g.edge(id);
            QCOMPARE(edge.key, QStringLiteral("e%1").arg(e));
            QCOMPARE(g.node(edge.source).key, QStringLiteral("n%1").arg(ends(e).first));
            QCOMPARE(g.node(edge.target).key, QStringLiteral("n%1").arg(ends(e).second));
            ++e;
        }
        // The same told as a shape first, resolved half on each core.
        std::vector<std::pair<QString, QString>> told;
        const ShapeObserver observer = [&](const KnowledgeGraph &shapeNodes, const std::vector<EdgeEnds> &shapeEnds) {
            for (const EdgeEnds &end : shapeEnds)
                told.emplace_back(shapeNodes.node(end.source).key, shapeNodes.node(end.target).key);
        };
        KnowledgeGraph observed;
        QVERIFY(graphml::read(good, QStringLiteral("many.graphml"), observed, nullptr, observer).ok);
        QCOMPARE(qsizetype(told.size()), qsizetype(edges));
        for (int i = 0; i < edges; ++i) {
            QCOMPARE(told[size_t(i)].first, QStringLiteral("n%1").arg(ends(i).first));
            QCOMPARE(told[size_t(i)].second, QStringLiteral("n%1").arg(ends(i).second));
        }
        QCOMPARE(observed.edgeCount(), edges);
        told.clear();
        KnowledgeGraph kept = g;
        const ReadResult failed = graphml::read(bad, QStringLiteral("many.graphml"), kept, nullptr, observer);
        QVERIFY(told.empty()); // no shape for a file that fails
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error.line, 3 + nodes + 45000 + 1);
        QVERIFY2(failed.error.toString().contains(QStringLiteral("ends at \"nowhere\", but no node has that id")),
                 qPrintable(failed.error.toString()));
        QCOMPARE(kept.edgeCount(), edges); // what was open is kept
    }

    // A window lays a large graph out while its edges are still being
    // added: every reader tells the shape first (all nodes, with their
    // final ids, no edge yet; every edge's ends and relation in order), and
    // not for a file that places its nodes or fails.
    void readersTellTheShapeBeforeAddingTheEdges_data() { readableFormats(); }

    void readersTellTheShapeBeforeAddingTheEdges()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const KnowledgeGraph g = richGraph();
        const QString path = writtenAs(dir, GraphFormat(format), g);
        QVERIFY(!path.isEmpty());
        QString error;
        int told = 0;
        qsizetype nodesTold = -1, edgesInGraphTold = -1;
        QStringList endsTold;
        const ShapeObserver observer = [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
            ++told;
            nodesTold = nodes.nodeCount();
            edgesInGraphTold = nodes.edgeCount();
            for (const EdgeEnds &edge : edges)
                endsTold << nodes.node(edge.source).key + QLatin1Char('>') + nodes.node(edge.target).key
                        + QLatin1Char(' ') + edge.relation;
        };
        KnowledgeGraph back;
        const ReadResult r = readGraphFile(path, back, nullptr, observer);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(told, 1);
        QCOMPARE(nodesTold, g.nodeCount());
        QCOMPARE(edgesInGraphTold, 0);
        QStringList endsRead;
        for (EdgeId id : back.edges()) {
            const EdgeData &edge = back.edge(id);
            endsRead << back.node(edge.source).key + QLatin1Char('>') + back.node(edge.target).key
                    + QLatin1Char(' ') + edge.relation;
        }
        QCOMPARE(endsTold, endsRead);
        QCOMPARE(endsRead.size(), g.edgeCount());

        if (GraphFormat(format) == GraphFormat::Gexf) { // positions of its own: shown as drawn
            QHash<NodeId, QPointF> positions;
            qreal x = 0;
            for (NodeId id : g.nodes())
                positions.insert(id, QPointF(x += 40, 10));
            QVERIFY(!writeGraphFile(path, GraphFormat::Gexf, g, &error, nullptr, &positions).isEmpty());
            told = 0;
            QHash<NodeId, QPointF> read;
            QVERIFY(readGraphFile(path, back, &read, observer).ok);
            QCOMPARE(read.size(), g.nodeCount());
            QCOMPARE(told, 0);
        }
    }

    // The shape a reader tells, as text to compare: each node's key and
    // kind in order, then each edge's ends and relation.
    static QStringList shapeText(const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges)
    {
        QStringList text;
        for (NodeId id : nodes.nodes())
            text << nodes.node(id).key + QLatin1Char(':') + kindName(nodes.node(id).kind);
        for (const EdgeEnds &edge : edges)
            text << nodes.node(edge.source).key + QLatin1Char('>') + nodes.node(edge.target).key + QLatin1Char(' ')
                    + edge.relation;
        return text;
    }

    // JSON written with ' for " (moc misreads quotes in raw strings).
    static QByteArray quotedJson(const char *text) { return QByteArray(text).replace('\'', '"'); }

    // Rows of GraphML files other tools wrote (../shared/interop), as is.
    static void addInteropRows(std::initializer_list<const char *> names)
    {
        const QString shared = test::sharedDir();
        for (const char *name : names) {
            QFile file(shared + QStringLiteral("/interop/") + QLatin1String(name));
            if (file.open(QIODevice::ReadOnly))
                QTest::newRow(name) << file.readAll() << false;
            else if (test::underCi())
                QFAIL(qPrintable(file.fileName() + QStringLiteral(" cannot be read")));
        }
    }

    static QByteArray graphmlWith(const QByteArray &keys, const QByteArray &graph)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            + keys + "\n<graph id=\"G\" edgedefault=\"directed\">\n" + graph + "\n</graph>\n</graphml>\n";
    }

    // A skim of a GraphML file finds the shape its reader tells: the same
    // nodes in the same order with the same kinds, the same edges with the
    // same relations, whatever way the file gives them.
    void skimmedShapeIsTheReadersShape_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("json");
        QTest::newRow("written by Threadline") << graphml::write(richGraph()) << false;
        KnowledgeGraph corpus;
        QVERIFY(loadBundledCorpus(corpus).ok);
        QTest::newRow("the bundled corpus") << graphml::write(corpus) << false;
        QTest::newRow("JSON written by Threadline") << json::write(richGraph()) << true;
        QTest::newRow("the bundled corpus as JSON") << json::write(corpus) << true;
        QTest::newRow("JSON: Cytoscape's labels, escapes, nulls and more beside")
            << QByteArray(quotedJson("{'data': {'name': 'x'}, 'elements': {'edges': [\n"
               "  {'data': {'source': 'caf\\u00e9', 'target': 'a\\\"b', 'label': 'knows', 'weight': 1.5e3}, 'classes': ['x']},\n"
               "  {'data': {'source': 'a\\u0022b', 'target': '\\ud83d\\ude00', 'relation': '', 'label': null}},\n"
               "  {'data': {'id': 'e9', 'source': '\\ud83d\\ude00', 'target': 'caf\\u00e9', 'relation': 'said', 'label': 'x'}}],\n"
               " 'nodes': [{'data': {'id': 'caf\\u00e9', 'kind': 'person', 'nested': {'kind': 'event', 'id': 'no'}}},\n"
               "  {'data': {'id': 'a\\u0022b', 'kind': null}, 'position': {'x': 1, 'y': 2}},\n"
               "  {'data': {'id': '\\ud83d\\ude00', 'kind': 'unknown kind', 'list': [1, [2, {'id': 'z'}], true, false, null]}}]}}"))
            << true;
        QTest::newRow("kinds and relations by keys never declared")
            << graphmlWith({}, R"(<node id="a"><data key="kind">person</data></node>
<node id="b"><data key="kind"> event </data></node><node id="c"/>
<edge source="a" target="b"><data key="relation">participated_in</data></edge>
<edge source="c" target="a"/>)") << false;
        QTest::newRow("defaults of kind and relation")
            << graphmlWith(R"(<key id="k" for="node" attr.name="kind" attr.type="string"><default>organization</default></key>
<key id="r" for="edge" attr.name="relation" attr.type="string"><default>said</default></key>)",
                           R"(<node id="a"/><node id="b"><data key="k">person</data></node>
<edge source="a" target="b"/><edge source="b" target="a"><data key="r">member_of</data></edge>)") << false;
        QTest::newRow("a label or labelE names the relation")
            << graphmlWith(R"(<key id="l" for="edge" attr.name="label" attr.type="string"/>
<key id="e" for="edge" attr.name="labelE" attr.type="string"/>
<key id="r" for="edge" attr.name="relation" attr.type="string"/>)",
                           R"(<node id="a"/><node id="b"/>
<edge source="a" target="b"><data key="l"> knows </data></edge>
<edge source="a" target="b"><data key="e">likes</data><data key="l">  </data></edge>
<edge source="b" target="a"><data key="l">knows</data><data key="r">met</data></edge>
<edge source="b" target="a"><data key="r"></data></edge>)") << false;
        QTest::newRow("a typed label is a property, not the relation")
            << graphmlWith(R"(<key id="w" for="edge" attr.name="label" attr.type="int"/>)",
                           R"(<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">7</data></edge>)") << false;
        QTest::newRow("nested graphs, ports, hyperedges, comments and foreign markup")
            << graphmlWith(R"(<key id="k" for="all" attr.name="kind"/><!-- <node id="not"/> -->
<desc>keys <![CDATA[<node id="neither"/>]]></desc>)",
                           R"(<node id="p"><data key="k">place</data><port name="west"><data key="k">x</data></port>
<graph id="inner" edgedefault="undirected"><node id="q"><data key="k">person</data></node></graph></node>
<ext:thing xmlns:ext="urn:example"><node id="ignored"/></ext:thing>
<hyperedge><endpoint node="p"/><endpoint node="q"/></hyperedge>
<node id='r'><!-- a comment --><data key='k'>event</data></node>
<edge source="q" target="p"/><edge source="r" target="q" directed="false"/>)") << false;
        QTest::newRow("entities in ids and values")
            << graphmlWith(R"(<key id="k" for="node" attr.name="kind"/>)",
                           // Not a raw string: moc reads '#' and '//' in one as C++.
                           "<node id=\"a&amp;b\"><data key=\"k\">&#x70;erson</data></node>\n"
                           "<node id=\"caf&#233;\"><data key=\"k\">ev&#101;nt</data></node>"
                           "<node id=\"&#x4E2D;&lt;&gt;&quot;&apos;\"/>\n"
                           "<edge source=\"a&amp;b\" target=\"caf&#233;\"/>"
                           "<edge source=\"&#x4E2D;&lt;&gt;&quot;&apos;\" target=\"a&amp;b\"/>") << false;
        QTest::newRow("a key declared again")
            << graphmlWith(R"(<key id="k" for="node" attr.name="kind"/><key id="k" for="node" attr.name="role"/>)",
                           R"(<node id="a"><data key="k">person</data></node><node id="b"/><edge source="a" target="b"/>)") << false;
        QTest::newRow("graph data with markup, a self-closed data")
            << graphmlWith(R"(<key id="g" for="graph" attr.name="notes"/><key id="k" for="node" attr.name="kind"><default>event</default></key>)",
                           R"(<data key="g"><b>bold</b> notes</data><node id="a"><data key="k"/></node><node id="b"/>
<edge source="a" target="b"/>)") << false;
        addInteropRows({"igraph_test.graphml", "tinkerpop_graph-types.graphml.xml",
                         "tinkerpop_grateful-dead.graphml.xml"});
    }

    void skimmedShapeIsTheReadersShape()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, json);
        const std::optional<SkimmedShape> skimmed = json ? skimJsonShape(file) : skimGraphmlShape(file);
        QVERIFY(skimmed);
        QStringList told;
        KnowledgeGraph read;
        const ShapeObserver observer = [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
            told = shapeText(nodes, edges);
        };
        const ReadResult r = json ? json::read(file, QStringLiteral("skim.json"), QString(), read, observer)
                                  : graphml::read(file, QStringLiteral("skim.graphml"), read, nullptr, observer);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY(!told.isEmpty());
        QCOMPARE(shapeText(skimmed->nodes, skimmed->edges), told);
        QCOMPARE(skimmed->nodes.nodeCount(), read.nodeCount());
    }

    // What a skim does not follow, or what its reader refuses, gives no
    // shape (the reader's own shape is then the only one).
    void skimLeavesWhatItDoesNotFollow_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("json");
        const QByteArray nodes = R"(<node id="a"/><node id="b"/><edge source="a" target="b"/>)";
        QTest::newRow("yEd's drawing in a node's data")
            << graphmlWith(R"(<key id="d" for="node" yfiles.type="nodegraphics"/>)",
                           R"(<node id="a"><data key="d"><y:ShapeNode xmlns:y="urn:y"><y:Geometry x="1" y="2" width="3" height="4"/></y:ShapeNode></data></node>)") << false;
        QTest::newRow("markup in an edge's data")
            << graphmlWith(R"(<key id="d" for="edge" attr.name="look"/>)",
                           R"(<node id="a"/><node id="b"/><edge source="a" target="b"><data key="d"><label>x</label></data></edge>)") << false;
        QTest::newRow("declarations in a DOCTYPE")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY who \"person\">]>\n"
                          "<graphml><graph><node id=\"a\"><data key=\"kind\">&who;</data></node></graph></graphml>") << false;
        QTest::newRow("UTF-16") << QByteArray::fromRawData("\xFF\xFE<\0g\0r\0", 8) << false;
        QTest::newRow("another encoding declared")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph><node id=\"a\"/></graph></graphml>") << false;
        QTest::newRow("a key after the nodes")
            << graphmlWith({}, R"(<node id="a"/><key id="k" for="node" attr.name="kind"/>)") << false;
        QTest::newRow("an id used twice") << graphmlWith({}, R"(<node id="a"/><node id="a"/>)") << false;
        QTest::newRow("an edge to no node") << graphmlWith({}, R"(<node id="a"/><edge source="a" target="z"/>)") << false;
        QTest::newRow("a node without an id") << graphmlWith({}, R"(<node/>)") << false;
        QTest::newRow("the default namespace changed")
            << graphmlWith({}, R"(<node id="a"/><x xmlns="urn:other"><node id="b"/></x>)") << false;
        QTest::newRow("GraphML under a prefix")
            << graphmlWith({}, nodes + "<g:node xmlns:g=\"http://graphml.graphdrawing.org/xmlns\" id=\"c\"/>") << false;
        QTest::newRow("a kind in CDATA")
            << graphmlWith({}, R"(<node id="a"><data key="kind"><![CDATA[person]]></data></node>)") << false;
        QTest::newRow("an entity never declared")
            << graphmlWith({}, R"(<node id="a"><data key="kind">&nbsp;</data></node>)") << false;
        QTest::newRow("not GraphML") << QByteArray("<gexf><graph><nodes/></graph></gexf>") << false;
        QTest::newRow("cut short") << graphmlWith({}, nodes).chopped(20) << false;
        QTest::newRow("two kinds, one with a default")
            << graphmlWith(R"(<key id="k1" for="node" attr.name="kind"><default>person</default></key>
<key id="k2" for="all" attr.name="kind"/>)",
                           nodes) << false;
        QTest::newRow("JSON: the one list of elements")
            << QByteArray(quotedJson("{'elements': [{'group': 'nodes', 'data': {'id': 'a'}}]}")) << true;
        QTest::newRow("JSON: an id given twice")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a', 'id': 'b'}}]}}")) << true;
        QTest::newRow("JSON: elements given twice")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}]}, 'elements': {}}")) << true;
        QTest::newRow("JSON: an id not a string")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 7}}]}}")) << true;
        QTest::newRow("JSON: a kind not a string")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a', 'kind': 1}}]}}")) << true;
        QTest::newRow("JSON: a node without data") << QByteArray(quotedJson("{'elements': {'nodes': [{'id': 'a'}]}}")) << true;
        QTest::newRow("JSON: an edge without a target")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}], 'edges': [{'data': {'source': 'a'}}]}}"))
            << true;
        QTest::newRow("JSON: an edge to no node")
            << QByteArray(
                   quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}], 'edges': [{'data': {'source': 'a', 'target': 'b'}}]}}"))
            << true;
        QTest::newRow("JSON: an id used twice")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}, {'data': {'id': 'a'}}]}}")) << true;
        QTest::newRow("JSON: a bad escape") << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a\\q'}}]}}")) << true;
        QTest::newRow("JSON: half a surrogate pair")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a\\ud83d'}}]}}")) << true;
        QTest::newRow("JSON: cut short")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}, {'data': {'id': 'b")) << true;
        QTest::newRow("JSON: a list at the top") << QByteArray(quotedJson("[{'elements': {}}]")) << true;
        QTest::newRow("JSON: more after the object")
            << QByteArray(quotedJson("{'elements': {'nodes': [{'data': {'id': 'a'}}]}} {}")) << true;
        addInteropRows({"yed_created_edges_deeper.graphml", "igraph_yfiles_html.graphml"});
    }

    void skimLeavesWhatItDoesNotFollow()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, json);
        QVERIFY(!(json ? skimJsonShape(file) : skimGraphmlShape(file)));
    }

    // Reading a GraphML file, the skimmed shape is told first (on another
    // thread), then the reader's; for a file that fails, the skim may have
    // told a shape, the reader tells none.
    void readingTellsTheSkimmedShapeFirst()
    {
        QTemporaryDir dir;
        const KnowledgeGraph g = richGraph();
        const QString path = writtenAs(dir, GraphFormat::GraphML, g);
        QVERIFY(!path.isEmpty());
        std::atomic<int> order{0};
        int skimmedAt = 0, toldAt = 0;
        QStringList skimmed, told;
        const auto reading = QThread::currentThread();
        QThread *skimmedOn = nullptr;
        KnowledgeGraph back;
        ReadResult r = readGraphFile(
            path, back, nullptr,
            [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
                toldAt = ++order;
                told = shapeText(nodes, edges);
            },
            [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
                skimmedAt = ++order;
                skimmedOn = QThread::currentThread();
                skimmed = shapeText(nodes, edges);
            });
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(skimmedAt, 1);
        QCOMPARE(toldAt, 2);
        QVERIFY(skimmedOn != reading);
        QCOMPARE(skimmed, told);
        QCOMPARE(told.size(), g.nodeCount() + g.edgeCount());

        // Broken where only the reader looks (the last evidence): the skim
        // told, the reader not, and the graph open is left as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype last = bytes.lastIndexOf("[{&quot;document");
        QVERIFY(last > 0);
        bytes.insert(last, "[");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        skimmedAt = toldAt = 0;
        order = 0;
        KnowledgeGraph kept = g;
        r = readGraphFile(
            path, kept, nullptr, [&](const KnowledgeGraph &, const std::vector<EdgeEnds> &) { toldAt = ++order; },
            [&](const KnowledgeGraph &, const std::vector<EdgeEnds> &) { skimmedAt = ++order; });
        QVERIFY(!r.ok);
        QVERIFY2(r.error.toString().contains(QStringLiteral("evidence")), qPrintable(r.error.toString()));
        QCOMPARE(skimmedAt, 1);
        QCOMPARE(toldAt, 0);
        QCOMPARE(kept.nodeCount(), g.nodeCount());

        // DOT is not skimmed.
        const QString dot = writtenAs(dir, GraphFormat::Dot, g);
        skimmedAt = toldAt = 0;
        order = 0;
        QVERIFY(readGraphFile(
                    dot, back, nullptr, [&](const KnowledgeGraph &, const std::vector<EdgeEnds> &) { toldAt = ++order; },
                    [&](const KnowledgeGraph &, const std::vector<EdgeEnds> &) { skimmedAt = ++order; })
                    .ok);
        QCOMPARE(skimmedAt, 0);
        QCOMPARE(toldAt, 1);
    }

    // A cancelled reading stops (it does not run to the end of the file and
    // drop the result), says so, and leaves what was open: cancelled from
    // the start, and once the shape is told, before the edges are built.
    void cancelledReadingStops_data() { readableFormats(); }

    void cancelledReadingStops()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const KnowledgeGraph g = richGraph();
        const QString path = writtenAs(dir, GraphFormat(format), g);
        QVERIFY(!path.isEmpty());
        const KnowledgeGraph open = richGraph();
        std::atomic<bool> cancelled{true};
        {
            const ReadCancellation cancellation(&cancelled);
            KnowledgeGraph kept = open;
            const ReadResult r = readGraphFile(path, kept);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.toString().contains(QStringLiteral("reading was cancelled")), qPrintable(r.error.toString()));
            QCOMPARE(kept.nodeCount(), open.nodeCount());
        }
        cancelled = false;
        {
            const ReadCancellation cancellation(&cancelled);
            KnowledgeGraph kept = open;
            bool told = false;
            const ReadResult r = readGraphFile(path, kept, nullptr, [&](const KnowledgeGraph &, const std::vector<EdgeEnds> &) {
                told = true;
                cancelled = true; // as the window's Cancel while the edges are read
            });
            QVERIFY(told);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.toString().contains(QStringLiteral("reading was cancelled")), qPrintable(r.error.toString()));
            QCOMPARE(kept.edgeCount(), open.edgeCount());
        }
        // Gone with its scope: the next reading on this thread is whole.
        KnowledgeGraph whole;
        QVERIFY(readGraphFile(path, whole).ok);
        QCOMPARE(whole.edgeCount(), g.edgeCount());
    }

    void filesAreWrittenAtomically()
    {
        QTemporaryDir dir;
        const KnowledgeGraph g = richGraph();
        QString error;
        const QString gml = dir.filePath(QStringLiteral("g.graphml"));
        QVERIFY2(graphml::writeFile(gml, g, &error), qPrintable(error));
        KnowledgeGraph back;
        QVERIFY(graphml::readFile(gml, back).ok);
        compareGraphs(g, back);
        const QString gx = dir.filePath(QStringLiteral("g.gexf"));
        QVERIFY2(gexf::writeFile(gx, g, &error), qPrintable(error));
        QVERIFY(gexf::readFile(gx, back).ok);
        compareGraphs(g, back);
        QVERIFY2(dot::writeFile(dir.filePath(QStringLiteral("g.dot")), g, &error), qPrintable(error));
        QVERIFY2(csv::writeFile(dir.filePath(QStringLiteral("g.csv")), g, &error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("g.nodes.csv"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("g.edges.csv"))));

        const QString nowhere = dir.filePath(QStringLiteral("missing/dir/g.graphml"));
        QVERIFY(!graphml::writeFile(nowhere, g, &error));
        QVERIFY2(error.startsWith(nowhere), qPrintable(error));
        const ReadResult r = graphml::readFile(nowhere, back);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.file, nowhere);
    }

    // ---- DOT and CSV ----------------------------------------------------------

    void dotEscapes()
    {
        const KnowledgeGraph g = richGraph();
        QStringList warnings;
        const QString dotText = QString::fromUtf8(dot::write(g, &warnings));
        QVERIFY(dotText.contains(QStringLiteral("digraph \"threadline\" {")));
        QVERIFY(dotText.trimmed().endsWith(QLatin1Char('}')));
        // Quotes and backslashes escaped, line breaks as \n.
        QCOMPARE(dot::quoted(QStringLiteral("a \"b\" c\\d\ne\r\nf")), QStringLiteral("\"a \\\"b\\\" c\\\\d\\ne\\nf\""));
        const QString trumpId = QStringLiteral("  \"p:trump \\\"the\\\" <one>\" [label=\"Donald\\nTrump\", kind=\"person\", "
                                               "fillcolor=\"#4e79a7\"");
        QVERIFY2(dotText.contains(trumpId), qPrintable(dotText));
        // Every value reads back exactly from its quoted form.
        const qsizetype markup = dotText.indexOf(QStringLiteral("markup="));
        QCOMPARE(unquoteDot(dotText, markup + 7), QStringLiteral("<b>&amp;</b> \"q\" 'a' ]]>"));
        const qsizetype aliases = dotText.indexOf(QStringLiteral("aliases="));
        QCOMPARE(unquoteDot(dotText, aliases + 8), QStringLiteral("Rutte|M. \\| R.|back\\\\slash"));
        // Property names that are not plain identifiers are quoted.
        QVERIFY(dotText.contains(QStringLiteral("\"looks like json\"=\"[1, 2]\"")));
        // The relation is the edge label; kinds give fill colours.
        QVERIFY(dotText.contains(QStringLiteral("\"p:rutte\" -> \"e:meet\" [id=\"x1\", label=\"participated_in\", "
                                                "weight_attribute=\"2\"")));
        QVERIFY(dotText.contains(QStringLiteral("\"e:meet\" [label=\"Meeting in Palm Beach\", kind=\"event\", "
                                                "fillcolor=\"#e15759\"")));
        QVERIFY(dotText.contains(QStringLiteral("\"x:song\" [label=\"A foreign node\", kind=\"song\"")));
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("14 evidence spans are not written")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("weight")) && all.contains(QStringLiteral("edge x1 (weight)")), qPrintable(all));
    }

    // DOT holds no evidence or types, but what it holds comes back: ids,
    // labels, kinds, aliases, relations, ends and properties as text.
    void dotReadsBackWhatItWrote()
    {
        const KnowledgeGraph g = richGraph();
        KnowledgeGraph back;
        const ReadResult r = dot::read(dot::write(g), QStringLiteral("rich.dot"), back);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(back.nodeCount(), g.nodeCount());
        QCOMPARE(back.edgeCount(), g.edgeCount());
        for (NodeId id : g.nodes()) {
            const NodeData &a = g.node(id);
            const NodeId other = back.findNode(a.key);
            QVERIFY2(other.isValid(), qPrintable(a.key));
            const NodeData &b = back.node(other);
            QCOMPARE(b.label, a.label);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.aliases, a.aliases);
            QVERIFY(!b.properties.contains(QStringLiteral("fillcolor"))); // follows from the kind
        }
        const NodeData &rutte = back.node(back.findNode(QStringLiteral("p:rutte")));
        QCOMPARE(rutte.properties.value(QStringLiteral("markup")).toString(), QStringLiteral("<b>&amp;</b> \"q\" 'a' ]]>"));
        QCOMPARE(rutte.properties.value(QStringLiteral("int")).toString(), QStringLiteral("42"));
        QCOMPARE(rutte.properties.value(QStringLiteral("multiline")).toString(), QStringLiteral("one\ntwo\nthree\nfour\tfive"));
        QCOMPARE(back.node(back.findNode(QStringLiteral("x:song"))).properties.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("song"));
        // x3 has no direction: dir=none for Graphviz, and back.
        QVERIFY(!back.edge(back.findEdge(QStringLiteral("x3"))).isDirected());
        QVERIFY(back.edge(back.findEdge(QStringLiteral("x1"))).isDirected());
        for (EdgeId id : g.edges()) {
            const EdgeData &a = g.edge(id);
            const EdgeId other = back.findEdge(a.key);
            QVERIFY2(other.isValid(), qPrintable(a.key));
            const EdgeData &b = back.edge(other);
            QCOMPARE(b.relation, a.relation);
            QCOMPARE(back.node(b.source).key, g.node(a.source).key);
            QCOMPARE(back.node(b.target).key, g.node(a.target).key);
        }
    }

    void dotLanguage()
    {
        const QByteArray text =
            "/* comment */ strict graph \"G\" {\n"
            "# preprocessor line\n"
            "  node [shape=box]; edge [label=\"link\"]\n"
            "  a -- b -- a;             // strict: one a--b edge, attributes merged\n"
            "  {c; d} -- e [weight=2]\n"
            "  f [label=\"multi\" + \"part \\N\", color=red, flag]\n"
            "  \"q\\\"uote\" -- -1.5\n"
            "  subgraph s1 { subgraph s2 { g } }\n"
            "}\n";
        KnowledgeGraph g;
        const ReadResult r = dot::read(text, QStringLiteral("lang.dot"), g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(g.nodeCount(), qsizetype(9)); // a b c d e f q"uote -1.5 g
        QCOMPARE(g.edgeCount(), qsizetype(4)); // a--b, c--e, d--e, q--(-1.5)
        const NodeData &f = g.node(g.findNode(QStringLiteral("f")));
        QCOMPARE(f.label, QStringLiteral("multipart f"));
        QCOMPARE(f.properties.value(QStringLiteral("shape")).toString(), QStringLiteral("box"));
        QCOMPARE(f.properties.value(QStringLiteral("flag")).toString(), QStringLiteral("true"));
        QVERIFY(g.findNode(QStringLiteral("q\"uote")).isValid());
        QVERIFY(g.findNode(QStringLiteral("-1.5")).isValid());
        QCOMPARE(g.node(g.findNode(QStringLiteral("g"))).properties.value(QStringLiteral("subgraph")).toString(),
                 QStringLiteral("s2"));
        const EdgeData &ce = g.edge(g.outEdges(g.findNode(QStringLiteral("c"))).constFirst());
        QCOMPARE(ce.relation, QStringLiteral("link"));
        QCOMPARE(ce.properties.value(QStringLiteral("weight")).toString(), QStringLiteral("2"));
        QCOMPARE(g.outEdges(g.findNode(QStringLiteral("a"))).size(), 1);
    }

    void dotBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed graph") << QByteArray("digraph {\n a -> b\n") << 3 << QStringLiteral("expected \"}\" to close the graph");
        QTest::newRow("unclosed string") << QByteArray("digraph {\n a [label=\"oops]\n}\n") << 2
                                         << QStringLiteral("a quoted string is never closed");
        QTest::newRow("unclosed html") << QByteArray("digraph {\n\n a [label=<b>x</b]\n}\n") << 3
                                       << QStringLiteral("an HTML label <…> is never closed");
        QTest::newRow("wrong edge op") << QByteArray("graph {\n a -> b\n}\n") << 2 << QStringLiteral("\"->\" in an undirected graph");
        QTest::newRow("missing value") << QByteArray("digraph {\n a [color=]\n}\n") << 2
                                       << QStringLiteral("expected a value for the attribute \"color\"");
        QTest::newRow("not dot") << QByteArray("hello world\n") << 1 << QStringLiteral("\"graph\" or \"digraph\"");
        QTest::newRow("deep nesting") << QByteArray("digraph {" + QByteArray(5000, '{') + "}") << 1
                                      << QStringLiteral("nested more than 256 deep");
        QTest::newRow("edge explosion")
            << QByteArray("digraph {\n{" + QByteArray("a ").repeated(1) + "} -> {"
                          + [] { QByteArray ids; for (int i = 0; i < 5000; ++i) ids += "n" + QByteArray::number(i) + " "; return ids; }()
                          + "}\n {" + [] { QByteArray ids; for (int i = 0; i < 5000; ++i) ids += "m" + QByteArray::number(i) + " "; return ids; }()
                          + "} -> {" + [] { QByteArray ids; for (int i = 0; i < 5000; ++i) ids += "k" + QByteArray::number(i) + " "; return ids; }()
                          + "}\n}\n")
            << 3 << QStringLiteral("the limit is");
        QTest::newRow("bad comment") << QByteArray("digraph {\n /* never closed\n}\n") << 2
                                     << QStringLiteral("never closed");
    }

    void dotBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, message);
        KnowledgeGraph g = richGraph();
        const QByteArray before = json::write(g);
        const ReadResult r = dot::read(input, QStringLiteral("bad.dot"), g);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
        QCOMPARE(r.error.line, line);
        QVERIFY(r.error.toString().startsWith(QStringLiteral("bad.dot:")));
        QCOMPARE(json::write(g), before);
    }

    void csvEscapes()
    {
        const KnowledgeGraph g = richGraph();
        QStringList warnings;
        const csv::Tables tables = csv::write(g, &warnings);
        QVERIFY(tables.nodes.endsWith("\r\n"));
        const QList<QStringList> nodes = parseCsv(tables.nodes);
        const QList<QStringList> edges = parseCsv(tables.edges);
        QCOMPARE(nodes.size(), g.nodeCount() + 1);
        QCOMPARE(edges.size(), g.edgeCount() + 1);
        const QStringList header = nodes.first();
        QCOMPARE(header.mid(0, 4), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label"),
                                                QStringLiteral("aliases")}));
        QCOMPARE(header.mid(header.size() - 2),
                 (QStringList{QStringLiteral("evidence_count"), QStringLiteral("evidence_json")}));
        QVERIFY(header.contains(QStringLiteral("looks like json")));
        for (const QStringList &row : nodes)
            QCOMPARE(row.size(), header.size());
        const auto cell = [&](const QList<QStringList> &table, const QString &id, const char *column) {
            for (const QStringList &row : table) {
                if (row.first() == id)
                    return row.at(table.first().indexOf(QLatin1String(column)));
            }
            return QStringLiteral("<no row>");
        };
        const QString rutte = QStringLiteral("p:rutte");
        QCOMPARE(cell(nodes, rutte, "multiline"), QStringLiteral("one\r\ntwo\nthree\rfour\tfive"));
        QCOMPARE(cell(nodes, rutte, "markup"), QStringLiteral("<b>&amp;</b> \"q\" 'a' ]]>"));
        QCOMPARE(cell(nodes, rutte, "padded"), QStringLiteral("  spaces  "));
        QCOMPARE(cell(nodes, rutte, "flag"), QStringLiteral("true"));
        QCOMPARE(cell(nodes, rutte, "double"), QStringLiteral("0.1"));
        QCOMPARE(cell(nodes, rutte, "tags"), QStringLiteral("[\"a\",2,true,null]"));
        QCOMPARE(cell(nodes, rutte, "evidence_count"), QStringLiteral("2"));
        QCOMPARE(cell(nodes, QStringLiteral("p:trump \"the\" <one>"), "label"), QStringLiteral("Donald\nTrump"));
        QCOMPARE(cell(nodes, QStringLiteral("x:song"), "kind"), QStringLiteral("song"));
        QCOMPARE(cell(nodes, QStringLiteral("e:meet"), "tags"), QString()); // absent, not "null"
        // The evidence JSON is the spans exactly.
        const QJsonDocument evidence = QJsonDocument::fromJson(cell(nodes, rutte, "evidence_json").toUtf8());
        QCOMPARE(evidence.array().size(), 2);
        QCOMPARE(evidence.array().at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("He"));
        QCOMPARE(cell(edges, QStringLiteral("x5 \"odd\""), "source"), QStringLiteral("x:song"));
        QCOMPARE(cell(edges, QStringLiteral("x1"), "relation"), QStringLiteral("participated_in"));
        QCOMPARE(cell(edges, QStringLiteral("x3"), "label"), QStringLiteral("a property named label"));
        QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csv::nodesPath(QStringLiteral("/tmp/out.csv")), QStringLiteral("/tmp/out.nodes.csv"));
        QCOMPARE(csv::edgesPath(QStringLiteral("/tmp/out")), QStringLiteral("/tmp/out.edges.csv"));
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("2 documents")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
