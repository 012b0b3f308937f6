#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "bundledcorpus.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "testpaths.h"

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

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need it
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(THREADLINE_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir dir;

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("threadline ")), qPrintable(version.out));
        QVERIFY(version.out.contains(QStringLiteral(THREADLINE_VERSION)));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("threadline export --format json|png --out PATH")));
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
    }

    void usageErrorsExitWith2()
    {
        const QString out = dir.filePath(QStringLiteral("x"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out});
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
