#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include "bundledcorpus.h"
#include "kindcolors.h"
#include "gexf.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "analysis.h"
#include "projectfile.h"
#include "viewfilter.h"
#include "testsupport.h"

using namespace threadline;

// The real binary, run as a script would run it: no display, exit codes and
// messages checked.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments) { return runProgram(QStringLiteral(THREADLINE_BINARY), arguments); }

    static Run runProgram(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need it
        env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as in a cron job or a container
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir dir;

    // Pixels that differ from the bottom-right background pixel, sampled.
    static int drawnPixels(const QImage &image)
    {
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int drawn = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                drawn += image.pixel(x, y) != background;
        }
        return drawn;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("threadline ")), qPrintable(version.out));
        QVERIFY(version.out.contains(QStringLiteral(THREADLINE_VERSION)));
        QVERIFY2(version.out.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(version.out));
        // The chart backend: Qt Graphs where Qt has it (6.8, Debian 13), Qt Charts before.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QVERIFY2(version.out.contains(QStringLiteral("\ncharts: Qt Graphs\n")), qPrintable(version.out));
#else
        QVERIFY2(version.out.contains(QStringLiteral("\ncharts: Qt Charts\n")), qPrintable(version.out));
#endif
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("threadline export --format png|svg|pdf|json|graphml|gexf|dot|csv --out PATH")));
        QVERIFY(help.out.contains(QStringLiteral("threadline stats")));
        QVERIFY(help.out.contains(QStringLiteral("threadline path FILE A B")));
        const Run exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains(QStringLiteral("--format")));
    }

    void exportJsonOfTheBundledCorpus()
    {
        const QString path = dir.filePath(QStringLiteral("corpus.json"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), path);
        KnowledgeGraph exported, bundled;
        const ReadResult read = json::readFile(path, exported);
        QVERIFY2(read.ok, qPrintable(read.error.toString()));
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QVERIFY(loadBundledCorpus(bundled).ok);
        QCOMPARE(exported.nodeCount(), bundled.nodeCount());
        QCOMPARE(exported.edgeCount(), bundled.edgeCount());
        // The export stands alone: document texts travel with it.
        for (const Document &doc : exported.documents())
            QCOMPARE(doc.text, bundled.document(doc.id)->text);
    }

    void exportJsonOfAFile()
    {
        const QString first = dir.filePath(QStringLiteral("a.json"));
        const QString second = dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("--out"), first}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("--out"), second, first}).exitCode, 0);
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll()); // load → save gives the same file
    }

    void exportPngIsAPicture()
    {
        const QString path = dir.filePath(QStringLiteral("corpus.png"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                           QStringLiteral("--out"), path, QStringLiteral("--width"), QStringLiteral("1600"),
                           QStringLiteral("--height"), QStringLiteral("1000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Something is drawn: many pixels differ from the background, in several kind colours.
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int drawn = 0;
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QRgb p = image.pixel(x, y);
                if (p != background) {
                    ++drawn;
                    colours.insert(p);
                }
            }
        }
        QVERIFY2(drawn > 5000, qPrintable(QString::number(drawn)));
        for (QRgb kindColour : {0xff4e79a7u, 0xffe15759u, 0xffedc948u}) // person, event, statement
            QVERIFY2(colours.contains(kindColour), qPrintable(QString::number(kindColour, 16)));
    }

    void exportPngNaturalSizeAndScale()
    {
        const QString one = dir.filePath(QStringLiteral("one.png"));
        const QString half = dir.filePath(QStringLiteral("half.png"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), one}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), half,
                      QStringLiteral("--scale"), QStringLiteral("0.5")}).exitCode, 0);
        const QImage a(one), b(half);
        QVERIFY(a.width() > 800);
        QVERIFY(qAbs(b.width() - a.width() / 2) <= 2);
        QCOMPARE(a.dotsPerMeterX(), qRound(96 / 0.0254));
        // --dpi 192 records the resolution and draws twice as many pixels, so
        // the print size stays; with --width/--height it only records it.
        const QString fine = dir.filePath(QStringLiteral("fine.png"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), fine,
                      QStringLiteral("--dpi"), QStringLiteral("192")}).exitCode, 0);
        const QImage c(fine);
        QVERIFY(qAbs(c.width() - 2 * a.width()) <= 2);
        QCOMPARE(c.dotsPerMeterX(), qRound(192 / 0.0254));
        QCOMPARE(c.dotsPerMeterY(), qRound(192 / 0.0254));
        const QString sized = dir.filePath(QStringLiteral("sized.png"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), sized,
                      QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--width"), QStringLiteral("800"),
                      QStringLiteral("--height"), QStringLiteral("600")}).exitCode, 0);
        const QImage d(sized);
        QCOMPARE(d.size(), QSize(800, 600));
        QCOMPARE(d.dotsPerMeterX(), qRound(300 / 0.0254));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), sized,
                      QStringLiteral("--dpi"), QStringLiteral("5")}).exitCode, 2);
    }

    void exportSvgIsVectorWithText()
    {
        const QString path = dir.filePath(QStringLiteral("corpus.svg"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("svg"),
                           QStringLiteral("--out"), path, QStringLiteral("--title"), QStringLiteral("Bundled corpus")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("<svg")));
        QVERIFY2(!svg.contains(QStringLiteral("<image")), "the SVG embeds a bitmap");
        QVERIFY(svg.count(QStringLiteral("<text")) > 50); // labels are real text
        for (const char *label : {"Mark Rutte", "Donald Trump", "Legend", "Bundled corpus"})
            QVERIFY2(svg.contains(QString::fromUtf8(label)), label);
        THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path},
                                             QStringLiteral("libxml2-utils")));
    }

    // The timeline and the analytics as pictures: PNG drawn, SVG well formed,
    // PDF readable by poppler; a wrong --view or a graph format is refused.
    void exportChartViews()
    {
        for (const QString &view : {QStringLiteral("timeline"), QStringLiteral("analytics")}) {
            const QString png = dir.filePath(view + QStringLiteral(".png"));
            Run r = run({QStringLiteral("export"), QStringLiteral("--view"), view, QStringLiteral("--format"),
                         QStringLiteral("png"), QStringLiteral("--out"), png, QStringLiteral("--width"),
                         QStringLiteral("1200"), QStringLiteral("--height"), QStringLiteral("500")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QImage image(png);
            QCOMPARE(image.size(), QSize(1200, 500));
            // Coloured marks or bars, not only text and lines.
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    coloured += image.pixelColor(x, y).saturation() > 80;
            QVERIFY2(coloured > (view == QLatin1String("timeline") ? 100 : 2000), qPrintable(QString::number(coloured)));

            const QString svg = dir.filePath(view + QStringLiteral(".svg"));
            r = run({QStringLiteral("export"), QStringLiteral("--view"), view, QStringLiteral("--format"),
                     QStringLiteral("svg"), QStringLiteral("--out"), svg});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svg},
                                                 QStringLiteral("libxml2-utils")));
            const QString pdf = dir.filePath(view + QStringLiteral(".pdf"));
            r = run({QStringLiteral("export"), QStringLiteral("--view"), view, QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString prefix = dir.filePath(view + QStringLiteral("-page"));
            THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("pdftoppm"),
                                                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                                  QStringLiteral("-singlefile"), pdf, prefix},
                                                 QStringLiteral("poppler-utils")));
            const QImage page(prefix + QStringLiteral(".png"));
            QVERIFY(!page.isNull() && page.width() > page.height());
            QVERIFY(drawnPixels(page) > 500);
        }
        // The lane titles are text in the timeline's SVG (Qt Charts and Qt Graphs alike).
        QFile svg(dir.filePath(QStringLiteral("timeline.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("Mark Rutte")));

        Run r = run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("calendar"),
                     QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
                     dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--view must be graph, timeline or analytics")));
        r = run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("timeline"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(r.exitCode, 2);
        // --view graph is the default and the same picture as no --view.
        const QString a = dir.filePath(QStringLiteral("graph-a.png"));
        const QString b = dir.filePath(QStringLiteral("graph-b.png"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), a}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("graph"), QStringLiteral("--format"),
                      QStringLiteral("png"), QStringLiteral("--out"), b}).exitCode, 0);
        QCOMPARE(QImage(a), QImage(b));
    }

    void exportPdfRendersElsewhere()
    {
        const QString path = dir.filePath(QStringLiteral("corpus.pdf"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), a4,
                 QStringLiteral("--page-size"), QStringLiteral("A4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), a4,
                 QStringLiteral("--page-size"), QStringLiteral("Napkin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Napkin")));
        const QString prefix = dir.filePath(QStringLiteral("page"));
        THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("pdftoppm"),
                                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                              QStringLiteral("-singlefile"), path, prefix},
                                             QStringLiteral("poppler-utils")));
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY(page.width() > page.height()); // fitted to the landscape drawing
        QVERIFY2(drawnPixels(page) > 1000, qPrintable(QString::number(drawnPixels(page))));
        const test::ToolRun text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")},
                                                 QStringLiteral("poppler-utils"));
        THREADLINE_VERIFY_TOOL(text);
        QVERIFY2(text.out.contains("Mark Rutte"), "labels are not text in the PDF");
        const test::ToolRun info = test::runTool(QStringLiteral("pdfinfo"), {a4}, QStringLiteral("poppler-utils"));
        THREADLINE_VERIFY_TOOL(info);
        QVERIFY2(info.out.contains("A4"), info.out.constData());
    }

    void everyLayoutDrawsTheGraph_data()
    {
        QTest::addColumn<QString>("layout");
        for (const char *name : {"fr", "kk", "circle", "radial"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyLayoutDrawsTheGraph()
    {
        QFETCH(QString, layout);
        const QString path = dir.filePath(layout + QStringLiteral(".png"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), path,
                           QStringLiteral("--layout"), layout, QStringLiteral("--width"), QStringLiteral("900"),
                           QStringLiteral("--height"), QStringLiteral("700")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(900, 700));
        QVERIFY2(drawnPixels(image) > 3000, qPrintable(QString::number(drawnPixels(image))));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), path,
                      QStringLiteral("--layout"), QStringLiteral("spiral")}).exitCode, 2);
    }

    // --focus keeps the nodes within --depth steps, whichever way the edges
    // point, and the edges among them. Expectations from outside the CLI: a
    // small graph worked by hand, and networkx's ego graph on the corpus.
    void focusExportsTheNeighbourhood()
    {
        // a → b ← c → d → e, and f alone.
        const QString small = dir.filePath(QStringLiteral("chain.json"));
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "threadline", "version": 1, "documents": [], "elements": {
            "nodes": [{"data": {"id": "a", "kind": "person", "label": "Ann"}},
                      {"data": {"id": "b", "kind": "event", "label": "Talks"}},
                      {"data": {"id": "c", "kind": "person", "label": "Cy"}},
                      {"data": {"id": "d", "kind": "event", "label": "Summit"}},
                      {"data": {"id": "e", "kind": "place", "label": "Ely"}},
                      {"data": {"id": "f", "kind": "person", "label": "Fay"}}],
            "edges": [{"data": {"id": "ab", "source": "a", "target": "b", "relation": "participated_in"}},
                      {"data": {"id": "cb", "source": "c", "target": "b", "relation": "participated_in"}},
                      {"data": {"id": "cd", "source": "c", "target": "d", "relation": "participated_in"}},
                      {"data": {"id": "de", "source": "d", "target": "e", "relation": "located_in"}}]}})");
        file.close();
        const auto focusOn = [&](const QString &node, int depth, QStringList &nodes, QStringList &edges) {
            const QString out = dir.filePath(QStringLiteral("focus.json"));
            const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                               QStringLiteral("--focus"), node, QStringLiteral("--depth"), QString::number(depth), small});
            KnowledgeGraph g;
            const bool read = r.exitCode == 0 && json::readFile(out, g).ok;
            nodes.clear();
            edges.clear();
            for (NodeId id : g.nodes())
                nodes.append(g.node(id).key);
            for (EdgeId id : g.edges())
                edges.append(g.edge(id).key);
            nodes.sort();
            edges.sort();
            return read;
        };
        QStringList nodes, edges;
        QVERIFY(focusOn(QStringLiteral("b"), 1, nodes, edges));
        QCOMPARE(nodes, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(edges, (QStringList{QStringLiteral("ab"), QStringLiteral("cb")}));
        QVERIFY(focusOn(QStringLiteral("Talks"), 2, nodes, edges)); // by name
        QCOMPARE(nodes, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(edges, (QStringList{QStringLiteral("ab"), QStringLiteral("cb"), QStringLiteral("cd")}));
        QVERIFY(focusOn(QStringLiteral("e"), 3, nodes, edges));
        QCOMPARE(nodes, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(edges, (QStringList{QStringLiteral("cb"), QStringLiteral("cd"), QStringLiteral("de")}));
        QVERIFY(focusOn(QStringLiteral("f"), 2, nodes, edges));
        QCOMPARE(nodes, QStringList{QStringLiteral("f")});
        QVERIFY(edges.isEmpty());

        // The bundled corpus: Pete Hegseth one step out, as networkx sees it.
        const QString path = dir.filePath(QStringLiteral("hegseth.json"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path,
                     QStringLiteral("--focus"), QStringLiteral("Pete Hegseth"), QStringLiteral("--depth"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        KnowledgeGraph focused;
        QVERIFY(json::readFile(path, focused).ok);
        QStringList actual;
        for (NodeId id : focused.nodes())
            actual.append(focused.node(id).key);
        actual.sort();
        const QString whole = dir.filePath(QStringLiteral("for-ego.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), whole}).exitCode, 0);
        const test::ToolRun nx = test::runNetworkx(QStringLiteral("nx_check.py"),
                                                   {whole, QStringLiteral("--ego"), QStringLiteral("person:pete-hegseth"),
                                                    QStringLiteral("1")});
        THREADLINE_VERIFY_TOOL(nx);
        QStringList expected;
        for (const QJsonValue &v : QJsonDocument::fromJson(nx.out).object()[QStringLiteral("ego")].toArray())
            expected.append(v.toString());
        QVERIFY(expected.size() > 5);
        QCOMPARE(actual, expected);

        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path,
                 QStringLiteral("--focus"), QStringLiteral("Nobody At All")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nobody At All")));
    }

    void statsMatchNetworkx()
    {
        const Run r = run({QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // stderr is for the command's own messages
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        KnowledgeGraph bundled;
        QVERIFY(loadBundledCorpus(bundled).ok);
        const QJsonObject counts = stats[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("nodes")].toInt(), bundled.nodeCount());
        QCOMPARE(counts[QStringLiteral("edges")].toInt(), bundled.edgeCount());
        QCOMPARE(counts[QStringLiteral("kinds")][QStringLiteral("person")].toInt(), 11);
        const QJsonArray nodes = stats[QStringLiteral("nodes")].toArray();
        QCOMPARE(nodes.size(), bundled.nodeCount());
        for (const char *field : {"id", "label", "kind", "degree", "betweenness", "closeness"})
            QVERIFY2(nodes.first().toObject().contains(QString::fromLatin1(field)), field);

        const QString exported = dir.filePath(QStringLiteral("for-networkx.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), exported}).exitCode, 0);
        const test::ToolRun nx = test::runNetworkx(QStringLiteral("nx_check.py"), {exported});
        THREADLINE_VERIFY_TOOL(nx);
        const QJsonObject expected = QJsonDocument::fromJson(nx.out).object();
        for (const QJsonValue &value : nodes) {
            const QJsonObject node = value.toObject();
            const QString id = node[QStringLiteral("id")].toString();
            QCOMPARE(node[QStringLiteral("degree")].toInt(), expected[QStringLiteral("degree")][id].toInt());
            QVERIFY2(qAbs(node[QStringLiteral("betweenness")].toDouble() - expected[QStringLiteral("betweenness")][id].toDouble()) < 1e-9,
                     qPrintable(id));
            QVERIFY2(qAbs(node[QStringLiteral("closeness")].toDouble() - expected[QStringLiteral("closeness")][id].toDouble()) < 1e-9,
                     qPrintable(id));
        }
    }

    void pathFindsAShortestChain()
    {
        const Run r = run({QStringLiteral("path"), QStringLiteral("-"), QStringLiteral("Pete Hegseth"),
                           QStringLiteral("Volodymyr Zelenskyy"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray steps = result[QStringLiteral("path")].toArray();
        QCOMPARE(steps.first()[QStringLiteral("id")].toString(), QStringLiteral("person:pete-hegseth"));
        QCOMPARE(steps.last()[QStringLiteral("id")].toString(), QStringLiteral("person:volodymyr-zelenskyy"));
        QCOMPARE(result[QStringLiteral("length")].toInt(), steps.size() - 1);
        // Every step follows a real edge of the graph.
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        for (qsizetype i = 1; i < steps.size(); ++i) {
            const EdgeId e = g.findEdge(steps[i][QStringLiteral("edge")].toString());
            QVERIFY(e.isValid());
            const QSet<QString> ends{g.node(g.edge(e).source).key, g.node(g.edge(e).target).key};
            QCOMPARE(ends, (QSet<QString>{steps[i - 1][QStringLiteral("id")].toString(), steps[i][QStringLiteral("id")].toString()}));
        }
        const Run text = run({QStringLiteral("path"), QStringLiteral("-"), QStringLiteral("Hegseth"), QStringLiteral("Zelenskyy")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("Pete Hegseth")));
        QCOMPARE(run({QStringLiteral("path"), QStringLiteral("-"), QStringLiteral("Hegseth"), QStringLiteral("Nobody At All")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("path"), QStringLiteral("-"), QStringLiteral("Hegseth")}).exitCode, 2);
        const QString exported = dir.filePath(QStringLiteral("for-path.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), exported}).exitCode, 0);
        const test::ToolRun nx = test::runNetworkx(QStringLiteral("nx_check.py"),
                                                   {exported, QStringLiteral("person:pete-hegseth"),
                                                    QStringLiteral("person:volodymyr-zelenskyy")});
        THREADLINE_VERIFY_TOOL(nx);
        QCOMPARE(result[QStringLiteral("length")].toInt(),
                 QJsonDocument::fromJson(nx.out).object()[QStringLiteral("path_length")].toInt());
    }

    // JSON → GraphML → JSON and JSON → GEXF → JSON through the command
    // line give back the very same file: every node, edge, property and span.
    void graphFilesRoundTripToTheSameJson_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("graphml") << QStringLiteral("graphml");
        QTest::newRow("gexf") << QStringLiteral("gexf");
        QTest::newRow("gexf 1.2draft") << QStringLiteral("gexf:1.2draft");
    }

    void graphFilesRoundTripToTheSameJson()
    {
        QFETCH(QString, format);
        const QString name = format.section(QLatin1Char(':'), 0, 0);
        QStringList extra;
        if (format.contains(QLatin1Char(':')))
            extra = {QStringLiteral("--gexf-version"), format.section(QLatin1Char(':'), 1)};
        const QString original = dir.filePath(QStringLiteral("original.json"));
        const QString middle = dir.filePath(QStringLiteral("middle.") + name);
        const QString back = dir.filePath(QStringLiteral("back.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), original}).exitCode, 0);
        Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), name, QStringLiteral("--out"), middle, original} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), middle);
        QVERIFY2(!r.err.contains(QStringLiteral("warning")), qPrintable(r.err)); // nothing lost
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), back, middle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile a(original), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray before = a.readAll();
        QVERIFY(before.size() > 100000);
        QCOMPARE(b.readAll(), before);
    }

    // networkx reads the GraphML and the GEXF Threadline writes with the
    // same nodes, edges and attributes; xmllint finds the GraphML well formed.
    void graphmlAndGexfReadByNetworkx_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("readerOptions");
        QTest::newRow("graphml") << QStringLiteral("graphml") << QStringList() << QStringList();
        QTest::newRow("gexf 1.2draft") << QStringLiteral("gexf") << QStringList{QStringLiteral("--gexf-version"), QStringLiteral("1.2draft")} << QStringList();
        QTest::newRow("gexf 1.3") << QStringLiteral("gexf") << QStringList() << QStringList{QStringLiteral("--gexf-1.3")};
    }

    void graphmlAndGexfReadByNetworkx()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, options);
        QFETCH(QStringList, readerOptions);
        const QString path = dir.filePath(QStringLiteral("for-networkx.") + format);
        const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--out"), path} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (format == QLatin1String("graphml")) {
            THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("xmllint"),
                                                 {QStringLiteral("--noout"), QStringLiteral("--nonet"), path},
                                                 QStringLiteral("libxml2-utils")));
        }
        const test::ToolRun nx = test::runNetworkx(QStringLiteral("nx_read.py"), QStringList{format, path} + readerOptions);
        THREADLINE_VERIFY_TOOL(nx);
        const QJsonObject read = QJsonDocument::fromJson(nx.out).object();
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        const QJsonObject nodes = read[QStringLiteral("nodes")].toObject();
        QCOMPARE(nodes.size(), g.nodeCount());
        QCOMPARE(read[QStringLiteral("edges")].toArray().size(), g.edgeCount());
        QVERIFY(read[QStringLiteral("directed")].toBool());
        for (NodeId id : g.nodes()) {
            const NodeData &n = g.node(id);
            const QJsonObject attrs = nodes[n.key].toObject();
            QVERIFY2(!attrs.isEmpty(), qPrintable(n.key));
            QCOMPARE(attrs[QStringLiteral("label")].toString(), n.label);
            QCOMPARE(attrs[QStringLiteral("kind")].toString(), kindName(n.kind));
            QCOMPARE(attrs[QStringLiteral("evidence_count")].toInt(), n.evidence.size());
            // The evidence itself, as JSON text, names every span.
            if (!n.evidence.isEmpty()) {
                const QJsonArray spans = QJsonDocument::fromJson(attrs[QStringLiteral("evidence")].toString().toUtf8()).array();
                QCOMPARE(spans.size(), n.evidence.size());
                QCOMPARE(spans.first()[QStringLiteral("text")].toString(), n.evidence.first().text);
                QCOMPARE(spans.first()[QStringLiteral("start")].toInteger(), n.evidence.first().start);
            }
            // Typed properties stay typed.
            for (auto it = n.properties.constBegin(); it != n.properties.constEnd(); ++it) {
                if (it.value().typeId() == QMetaType::Bool)
                    QCOMPARE(attrs[it.key()].toBool(), it.value().toBool());
                else if (it.value().typeId() == QMetaType::QString)
                    QCOMPARE(attrs[it.key()].toString(), it.value().toString());
            }
            if (format == QLatin1String("gexf")) {
                const QJsonObject viz = attrs[QStringLiteral("viz")].toObject();
                QVERIFY2(viz[QStringLiteral("position")].isObject(), qPrintable(n.key));
                const QColor colour(viz[QStringLiteral("color")][QStringLiteral("r")].toInt(),
                                    viz[QStringLiteral("color")][QStringLiteral("g")].toInt(),
                                    viz[QStringLiteral("color")][QStringLiteral("b")].toInt());
                QCOMPARE(colour.name(), kindColorName(n.kind));
            }
        }
        QMap<QString, int> relations, expectedRelations;
        for (const QJsonValue &e : read[QStringLiteral("edges")].toArray()) {
            const QJsonObject attrs = e.toArray().at(2).toObject();
            ++relations[format == QLatin1String("gexf") ? attrs[QStringLiteral("label")].toString()
                                                        : attrs[QStringLiteral("relation")].toString()];
        }
        for (EdgeId id : g.edges())
            ++expectedRelations[g.edge(id).relation];
        QCOMPARE(relations, expectedRelations);
    }

    // Graphviz draws the DOT Threadline writes: every node and edge.
    void dotRendersWithGraphviz()
    {
        const QString path = dir.filePath(QStringLiteral("corpus.dot"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What DOT cannot hold is said.
        QVERIFY2(r.err.contains(QStringLiteral("evidence spans are not written")), qPrintable(r.err));
        const QString svg = dir.filePath(QStringLiteral("corpus-dot.svg"));
        THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), path, QStringLiteral("-o"), svg},
                                             QStringLiteral("graphviz")));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        QCOMPARE(text.count(QStringLiteral("class=\"node\"")), g.nodeCount());
        QCOMPARE(text.count(QStringLiteral("class=\"edge\"")), g.edgeCount());
        QVERIFY(text.contains(QStringLiteral(">Mark Rutte</text>")));
        THREADLINE_VERIFY_TOOL(test::runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svg},
                                             QStringLiteral("libxml2-utils")));
    }

    // Two RFC 4180 tables that Python's csv module reads row for row.
    void csvTablesReadByPython()
    {
        const QString base = dir.filePath(QStringLiteral("tables.csv"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), base});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString nodes = dir.filePath(QStringLiteral("tables.nodes.csv"));
        const QString edges = dir.filePath(QStringLiteral("tables.edges.csv"));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), (QStringList{nodes, edges}));
        const Run py = runProgram(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral("-c"),
                                   QStringLiteral("import csv,json,sys\n"
                                                  "n=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                                                  "e=list(csv.DictReader(open(sys.argv[2],newline='',encoding='utf-8')))\n"
                                                  "r=[x for x in n if x['id']=='person:mark-rutte'][0]\n"
                                                  "print(json.dumps({'nodes':len(n),'edges':len(e),'label':r['label'],"
                                                  "'spans':len(json.loads(r['evidence_json'])),'relation':e[0]['relation'],"
                                                  "'source':e[0]['source']}))"),
                                   nodes, edges});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QJsonObject read = QJsonDocument::fromJson(py.out.toUtf8()).object();
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        QCOMPARE(read[QStringLiteral("nodes")].toInt(), g.nodeCount());
        QCOMPARE(read[QStringLiteral("edges")].toInt(), g.edgeCount());
        const NodeData &rutte = g.node(g.findNode(QStringLiteral("person:mark-rutte")));
        QCOMPARE(read[QStringLiteral("label")].toString(), rutte.label);
        QCOMPARE(read[QStringLiteral("spans")].toInt(), rutte.evidence.size());
        const EdgeData &first = g.edge(g.edges().first());
        QCOMPARE(read[QStringLiteral("relation")].toString(), first.relation);
        QCOMPARE(read[QStringLiteral("source")].toString(), g.node(first.source).key);
    }

    // Foreign files open on the command line as they do in the window.
    void foreignFilesWorkHeadless()
    {
        THREADLINE_REQUIRE_SHARED(shared);
        Run r = run({QStringLiteral("stats"), shared + QStringLiteral("/interop/gephi_les_miserables.gexf"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("nodes")].toInt(), 77);
        QCOMPARE(counts[QStringLiteral("edges")].toInt(), 254);
        const QString png = dir.filePath(QStringLiteral("yed.png"));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), png,
                 shared + QStringLiteral("/interop/yed_created_edges_deeper.graphml")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nested graphs were flattened"))); // warnings on stderr
        QVERIFY(drawnPixels(QImage(png)) > 100);
        r = run({QStringLiteral("path"), shared + QStringLiteral("/interop/pydot_clust4.dot"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // start -> a0, a3 -> a0, a3 -> end: paths follow edges either way.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("length")].toInt(), 3);
        // A broken file: exit 1, the file and line named.
        const QString broken = dir.filePath(QStringLiteral("broken.graphml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node id=\"a\">\n");
        file.close();
        r = run({QStringLiteral("stats"), broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(broken + QStringLiteral(":5")), qPrintable(r.err));
    }

    // An undirected Gephi graph goes out undirected: networkx reads it back
    // as an undirected graph with every edge.
    void undirectedGraphsStayUndirected_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("graphml") << QStringLiteral("graphml") << QStringList();
        QTest::newRow("gexf") << QStringLiteral("gexf") << QStringList{QStringLiteral("--gexf-version"), QStringLiteral("1.2draft")};
    }

    void undirectedGraphsStayUndirected()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, options);
        THREADLINE_REQUIRE_SHARED(shared);
        const QString path = dir.filePath(QStringLiteral("lesmis.") + format);
        const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--out"), path,
                                      shared + QStringLiteral("/interop/gephi_les_miserables.gexf")} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const test::ToolRun nx = test::runNetworkx(QStringLiteral("nx_read.py"), {format, path});
        THREADLINE_VERIFY_TOOL(nx);
        const QJsonObject read = QJsonDocument::fromJson(nx.out).object();
        QVERIFY(!read[QStringLiteral("directed")].toBool());
        QCOMPARE(read[QStringLiteral("nodes")].toObject().size(), 77);
        QCOMPARE(read[QStringLiteral("edges")].toArray().size(), 254);
        QCOMPARE(read[QStringLiteral("nodes")][QStringLiteral("11")][QStringLiteral("label")].toString(), QStringLiteral("Valjean"));
    }

    // A file that carries its drawing is exported as drawn unless a layout
    // is asked for; --layout file insists on it.
    void exportKeepsTheFilesDrawing()
    {
        THREADLINE_REQUIRE_SHARED(shared);
        const QString source = shared + QStringLiteral("/interop/gephi_les_miserables.gexf");
        const QString drawn = dir.filePath(QStringLiteral("drawn.gexf"));
        const QString relaid = dir.filePath(QStringLiteral("relaid.gexf"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--out"), drawn, source}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--out"), relaid,
                      QStringLiteral("--layout"), QStringLiteral("circle"), source}).exitCode, 0);
        const auto positionsOf = [](const QString &path, KnowledgeGraph &g) {
            QHash<NodeId, QPointF> positions;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                gexf::read(file.readAll(), path, g, &positions);
            return positions;
        };
        KnowledgeGraph a, b, c;
        const QHash<NodeId, QPointF> original = positionsOf(source, a);
        const QHash<NodeId, QPointF> kept = positionsOf(drawn, b);
        const QHash<NodeId, QPointF> circle = positionsOf(relaid, c);
        QCOMPARE(kept.size(), 77);
        // The same picture, scaled: ratios between nodes stay.
        const auto ratio = [](const KnowledgeGraph &g, const QHash<NodeId, QPointF> &p) {
            const auto at = [&](const char *key) { return p.value(g.findNode(QString::fromLatin1(key))); };
            return (at("1") - at("0")).x() / (at("2") - at("0")).x();
        };
        QVERIFY(qAbs(ratio(b, kept) - ratio(a, original)) < 1e-6);
        QVERIFY(qAbs(ratio(c, circle) - ratio(a, original)) > 1e-3);
        // --layout file on a graph without positions fails and says why.
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("none.png")), QStringLiteral("--layout"), QStringLiteral("file")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no positions")), qPrintable(r.err));
    }

    // threadline import FILES… --into PROJECT: the project is made, each
    // article added once, a bad file named with its line while the others
    // go in; every command then reads the project.
    void importArticlesIntoAProject()
    {
        const QString project = dir.filePath(QStringLiteral("news.threadline"));
        const QString articles = test::sourceDir() + QStringLiteral("/tests/data/articles/");
        const QStringList samples = {articles + QStringLiteral("hague-summit.html"), articles + QStringLiteral("ministerial.md"),
                                     articles + QStringLiteral("phone-call.txt")};
        Run r = run(QStringList{QStringLiteral("import")} + samples + QStringList{QStringLiteral("--into"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("made the project")));
        QCOMPARE(r.out.count(QStringLiteral(": added as doc:")), 3);
        QVERIFY(r.out.contains(QStringLiteral("\"Allies agree new spending goal at The Hague summit\" · Northsea Courier · 2025-06-25")));
        // Again: nothing added twice, and it says so.
        r = run({QStringLiteral("import"), samples.at(2), QStringLiteral("--into"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already in the project")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("0 added, 3 documents")));
        // A bad file among good ones: named with its line, the good one added, exit 1.
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        QFile badFile(bad), goodFile(good);
        QVERIFY(badFile.open(QIODevice::WriteOnly) && goodFile.open(QIODevice::WriteOnly));
        badFile.write("fine\nnot \xff fine\n");
        goodFile.write("Hegseth visits Kyiv\nThe Pentagon chief arrived on Monday.\n");
        badFile.close();
        goodFile.close();
        r = run({QStringLiteral("import"), bad, good, QStringLiteral("--into"), project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":2:")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 added, 4 documents")));
        // The project is a FILE for every command; its JSON holds the texts.
        const QString json = dir.filePath(QStringLiteral("news.json"));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json, project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        KnowledgeGraph g;
        QVERIFY(json::readFile(json, g).ok);
        QCOMPARE(g.documents().size(), 4);
        const Document *phone = nullptr;
        for (const Document &d : g.documents())
            phone = d.title == QLatin1String("Rutte calls Zelenskyy after Washington talks") ? &d : phone;
        QVERIFY(phone);
        QVERIFY(phone->text.contains(QStringLiteral("spoke with Ukrainian President Volodymyr Zelenskyy by phone")));
        r = run({QStringLiteral("stats"), project, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("counts")][QStringLiteral("documents")].toInt(), 4);
        // Usage: no --into, no files.
        QCOMPARE(run({QStringLiteral("import"), samples.at(0)}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--into"), project}).exitCode, 2);
        // Not a project: refused, named, nothing written over it.
        r = run({QStringLiteral("import"), samples.at(0), QStringLiteral("--into"), samples.at(1)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(samples.at(1)), qPrintable(r.err));
    }

    // import extracts each new article's graph: the summary per file, then
    // in the export every quotation with its speaker and exact evidence, and
    // the same people across articles linked rather than duplicated.
    void importExtractsTheGraph()
    {
        const QString project = dir.filePath(QStringLiteral("extracted.threadline"));
        const QString data = test::sourceDir() + QStringLiteral("/tests/data/extraction/");
        const QStringList files = {data + QStringLiteral("01-japan-australia-defence-talks.md"),
                                   data + QStringLiteral("11-japan-india-chip-talks.md")};
        Run r = run(QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--into"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        static const QRegularExpression summary(
            QStringLiteral("extracted (\\d+) people, (\\d+) organisations, (\\d+) countries, (\\d+) places, (\\d+) events, "
                           "(\\d+) quotes, (\\d+) reported statements"));
        QCOMPARE(r.out.count(summary), 2);
        QVERIFY2(r.out.contains(QStringLiteral("merged with existing: Japan")), qPrintable(r.out));
        const QString json = dir.filePath(QStringLiteral("extracted.json"));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json, project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        KnowledgeGraph g;
        QVERIFY(json::readFile(json, g).ok);
        // Every span is the text's own.
        for (NodeId id : g.nodes()) {
            for (const EvidenceSpan &span : g.node(id).evidence)
                QCOMPARE(g.document(span.document)->text.mid(span.start, span.end - span.start), span.text);
        }
        // "Kishimoto said: “We are entering a new chapter…”".
        NodeId quote;
        for (NodeId id : g.nodes()) {
            if (g.node(id).kind == NodeKind::Statement
                && g.node(id).properties.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("We are entering a new chapter")))
                quote = id;
        }
        QVERIFY(quote.isValid());
        QCOMPARE(g.node(quote).properties.value(QStringLiteral("direct")).toBool(), true);
        QStringList speakers;
        for (EdgeId e : g.inEdges(quote)) {
            if (g.edge(e).relation == relation::said)
                speakers.append(g.node(g.edge(e).source).label);
        }
        QCOMPARE(speakers, QStringList{QStringLiteral("Haruto Kishimoto")});
        // Japan is one node with evidence in both articles.
        const QList<NodeId> japan = g.findByName(QStringLiteral("Japan"));
        QCOMPARE(japan.size(), 1);
        QSet<QString> documents;
        for (const EvidenceSpan &span : g.node(japan.first()).evidence)
            documents.insert(span.document);
        QCOMPARE(documents.size(), 2);
        // --no-extract adds the document only.
        const QString bare = dir.filePath(QStringLiteral("bare.threadline"));
        r = run({QStringLiteral("import"), files.first(), QStringLiteral("--into"), bare, QStringLiteral("--no-extract")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(summary), 0);
    }

    // import gives every new node the window would show a place laid out
    // by its links, and leaves the nodes already placed where they are.
    void importLaysOutTheNewNodes()
    {
        const QString project = dir.filePath(QStringLiteral("laidout.threadline"));
        const QString data = test::sourceDir() + QStringLiteral("/tests/data/extraction/");
        const auto read = [&](ProjectContent &content) {
            const ReadResult r = project::read(project, content);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
        };
        // The new nodes: each shown one has a position; they are spread over
        // the plane, not on one line; linked ones lie closer together than
        // the average pair.
        const auto checkLaidOut = [&](const ProjectContent &content, const QSet<NodeId> &fresh) {
            const QSet<NodeId> shown = ViewFilter::standard().visibleNodes(content.graph);
            QList<QPointF> points;
            for (NodeId id : fresh) {
                if (!shown.contains(id))
                    continue;
                QVERIFY2(content.positions.contains(id), qPrintable(content.graph.node(id).label + QStringLiteral(" has no position")));
                points.append(content.positions.value(id));
            }
            QVERIFY(points.size() >= 10);
            // Not collinear: the spread across the main line is a real part of the spread along it.
            QPointF mean;
            for (const QPointF &p : std::as_const(points))
                mean += p;
            mean /= double(points.size());
            double xx = 0, yy = 0, xy = 0;
            for (const QPointF &p : std::as_const(points)) {
                const QPointF d = p - mean;
                xx += d.x() * d.x();
                yy += d.y() * d.y();
                xy += d.x() * d.y();
            }
            const double trace = xx + yy, det = xx * yy - xy * xy;
            const double root = std::sqrt(std::max(0.0, trace * trace / 4 - det));
            const double major = trace / 2 + root, minor = trace / 2 - root;
            QVERIFY2(minor > 0.05 * major, qPrintable(QStringLiteral("spread %1 across, %2 along").arg(minor).arg(major)));
            double linked = 0, all = 0;
            int linkedPairs = 0, pairs = 0;
            for (EdgeId e : content.graph.edges()) {
                const EdgeData &edge = content.graph.edge(e);
                if (fresh.contains(edge.source) && fresh.contains(edge.target) && shown.contains(edge.source) &&
                    shown.contains(edge.target)) {
                    linked += QLineF(content.positions.value(edge.source), content.positions.value(edge.target)).length();
                    ++linkedPairs;
                }
            }
            for (qsizetype i = 0; i < points.size(); ++i) {
                for (qsizetype j = i + 1; j < points.size(); ++j) {
                    all += QLineF(points[i], points[j]).length();
                    ++pairs;
                }
            }
            QVERIFY(linkedPairs > 0);
            QVERIFY2(linked / linkedPairs < 0.8 * (all / pairs),
                     qPrintable(QStringLiteral("linked %1, all pairs %2").arg(linked / linkedPairs).arg(all / pairs)));
        };
        Run r = run({QStringLiteral("import"), data + QStringLiteral("13-chile-argentina-lithium-talks.md"),
                     QStringLiteral("--into"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ProjectContent first;
        read(first);
        const QList<NodeId> firstNodes = first.graph.nodes();
        checkLaidOut(first, QSet<NodeId>(firstNodes.cbegin(), firstNodes.cend()));
        if (QTest::currentTestFailed())
            return;
        // A second article: the first one's nodes stay put, the new ones are laid out.
        r = run({QStringLiteral("import"), data + QStringLiteral("14-canada-mexico-steel-talks.md"),
                 QStringLiteral("--into"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ProjectContent second;
        read(second);
        if (QTest::currentTestFailed())
            return;
        for (auto it = first.positions.constBegin(); it != first.positions.constEnd(); ++it)
            QCOMPARE(second.positions.value(it.key()), it.value());
        QSet<NodeId> added;
        for (NodeId id : second.graph.nodes()) {
            if (!first.graph.contains(id))
                added.insert(id);
        }
        checkLaidOut(second, added);
    }

    void usageErrorsExitWith2()
    {
        const QString out = dir.filePath(QStringLiteral("x"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bmp"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--format")));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), out,
                 QStringLiteral("--width"), QStringLiteral("abc"), QStringLiteral("--height"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--frobnicate")));
        r = run({dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.json: no such file")));
        r = run({});
        QCOMPARE(r.exitCode, 1); // no display: says so instead of crashing
        QVERIFY(r.err.contains(QStringLiteral("no display")));
    }

    void badInputNamesTheFileAndLine()
    {
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n \"format\": \"threadline\",\n \"elements\": [\n");
        file.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("never.json")), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":4")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
