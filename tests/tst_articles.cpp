#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "articlereader.h"
#include "testsupport.h"

using namespace threadline;
using namespace threadline::articles;

// Articles in: what a reader sees of a page, a Markdown file or a text file
// becomes the document's text, with the metadata the file gives; bad files
// are refused with their name and line.
class TestArticles : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    static QString sample(const char *name)
    {
        return test::sourceDir() + QStringLiteral("/tests/data/articles/") + QString::fromLatin1(name);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void htmlReadsAsAReaderSeesIt()
    {
        const ArticleResult r = readArticle(sample("hague-summit.html"));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        const Document &d = r.document;
        QCOMPARE(d.title, QStringLiteral("Allies agree new spending goal at The Hague summit"));
        QCOMPARE(d.outlet, QStringLiteral("Northsea Courier"));
        QCOMPARE(d.date, QStringLiteral("2025-06-25"));
        QCOMPARE(d.url, QStringLiteral("https://courier.example/2025/06/25/hague-summit"));
        QVERIFY(r.notes.contains(QStringLiteral("title from the og:title meta tag")));
        // The article's paragraphs, one a line, entities decoded, white space tidied.
        QVERIFY2(d.text.contains(QStringLiteral("NATO leaders meeting in The Hague on Wednesday agreed to raise "
                                                "defence spending, Secretary General Mark Rutte told reporters "
                                                "after the summit.\n")),
                 qPrintable(d.text));
        QVERIFY(d.text.contains(QStringLiteral("“This is a quantum leap,” Rutte said.")));
        QVERIFY(d.text.contains(QStringLiteral("said allies had finally listened.")));
        QVERIFY(d.text.startsWith(QStringLiteral("Allies agree new spending goal at The Hague summit\n")));
        // Nothing of the page around it: navigation, scripts, forms, asides, footers.
        for (const char *chrome : {"Privacy", "Most read", "Sign up", "renderAd", "analytics", "Europe", "Related:",
                                   "Share this article", "font-family", "Home ›"})
            QVERIFY2(!d.text.contains(QString::fromUtf8(chrome)), chrome);
        QVERIFY(d.id.startsWith(QStringLiteral("doc:")));
        QCOMPARE(d.id, documentIdFor(d.text));
    }

    void htmlWithoutArticleTagsUsesTheBodyAndTitle()
    {
        const QString path = write(QStringLiteral("plain.html"),
                                   "<html><head><title>Talks in Riyadh - Desert Wire</title>"
                                   "<meta property=\"og:site_name\" content=\"Desert Wire\"></head>"
                                   "<body><nav>Menu</nav><div>US and Russian officials met in Riyadh.<br>"
                                   "Rubio led the US side.</div><p>Unclosed paragraph<p>next one</body></html>");
        const ArticleResult r = readArticle(path);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(r.document.title, QStringLiteral("Talks in Riyadh")); // the outlet left off the title
        QCOMPARE(r.document.text, QStringLiteral("US and Russian officials met in Riyadh.\nRubio led the US side.\n"
                                                 "Unclosed paragraph\nnext one"));
        QVERIFY(r.document.date.isEmpty()); // none given, none guessed
    }

    void latin1PagesAreDecoded()
    {
        const QString path = write(QStringLiteral("latin1.html"),
                                   "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 in Z\xfcrich</p></body></html>");
        const ArticleResult r = readArticle(path);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(r.document.text, QStringLiteral("Café in Zürich"));
        const QString other = write(QStringLiteral("koi8.html"), "<meta charset=\"koi8-r\"><p>text</p>");
        const ArticleResult refused = readArticle(other);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.toString().contains(QStringLiteral("koi8-r")), qPrintable(refused.error.toString()));
    }

    void markdownWithFrontMatter()
    {
        const ArticleResult r = readArticle(sample("ministerial.md"));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        const Document &d = r.document;
        QCOMPARE(d.title, QStringLiteral("Foreign ministers meet in Brussels ahead of the summit"));
        QCOMPARE(d.outlet, QStringLiteral("Harbour Post"));
        QCOMPARE(d.date, QStringLiteral("2025-04-04"));
        QCOMPARE(d.url, QStringLiteral("https://harbour.example/ministerial"));
        QVERIFY(d.text.startsWith(QStringLiteral("Foreign ministers meet in Brussels\n\nNATO foreign ministers met in Brussels on April 3-4")));
        QVERIFY(d.text.contains(QStringLiteral("\"We need to spend more, and faster,\" Rutte said on Thursday.")));
        QVERIFY(d.text.contains(QStringLiteral("U.S. Secretary of State Marco Rubio attended")));
        QVERIFY(d.text.contains(QStringLiteral("foreign minister Andrii Sybiha joined")));
        for (const char *markup : {"**", "](", "https://example.org", "---", "title:", "code block", "> "})
            QVERIFY2(!d.text.contains(QString::fromUtf8(markup)), markup);
        // Without front matter, the first heading is the title.
        const ArticleResult plain = readArticle(write(QStringLiteral("h.md"), "Intro line\n\n## The headline\n\nBody."));
        QCOMPARE(plain.document.title, QStringLiteral("The headline"));
    }

    void plainTextWithAHeadline()
    {
        const ArticleResult r = readArticle(sample("phone-call.txt"));
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(r.document.title, QStringLiteral("Rutte calls Zelenskyy after Washington talks"));
        QVERIFY(!r.document.text.contains(QLatin1Char('\r'))); // CR LF read as line breaks
        QVERIFY(!r.document.text.endsWith(QLatin1Char('\n')));
        // No headline (a sentence runs on): the file name stands in, and says so.
        const ArticleResult untitled = readArticle(write(QStringLiteral("rubio-call.txt"),
                                                         "Marco Rubio spoke with Sergey Lavrov on Saturday, the State Department said.\n"));
        QCOMPARE(untitled.document.title, QStringLiteral("rubio-call"));
        QVERIFY(untitled.notes.contains(QStringLiteral("title from the file name")));
    }

    void theSameTextIsTheSameDocument()
    {
        const ArticleResult a = readArticle(write(QStringLiteral("a.txt"), "Same words.\n"));
        const ArticleResult b = readArticle(write(QStringLiteral("b.txt"), "Same words.\r\n"));
        const ArticleResult c = readArticle(write(QStringLiteral("c.txt"), "Other words.\n"));
        QCOMPARE(a.document.id, b.document.id);
        QVERIFY(a.document.id != c.document.id);
    }

    void badFilesAreRefusedByNameAndLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary") << QStringLiteral("photo.txt") << QByteArray("GIF89a\n\x01\x00\x02", 11) << 2
                                << QStringLiteral("binary");
        QTest::newRow("not UTF-8") << QStringLiteral("cp1252.txt") << QByteArray("line one\nline two\nsmart \x93quote\x94\n")
                                   << 3 << QStringLiteral("UTF-8");
        QTest::newRow("empty") << QStringLiteral("empty.md") << QByteArray("---\ntitle: Nothing\n---\n\n") << 0
                               << QStringLiteral("no text");
        QTest::newRow("only scripts") << QStringLiteral("scripts.html")
                                      << QByteArray("<html><body><script>var a = 1;</script><nav>Home</nav></body></html>")
                                      << 0 << QStringLiteral("no article text");
    }

    void badFilesAreRefusedByNameAndLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString path = write(name, bytes);
        const ArticleResult r = readArticle(path);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.line, line);
        QVERIFY2(r.error.toString().startsWith(path), qPrintable(r.error.toString()));
        QVERIFY2(r.error.toString().contains(message), qPrintable(r.error.toString()));
    }

    void hugeFilesAreNotRead()
    {
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxArticleBytes + 1)); // sparse: no time or disk spent
        file.close();
        const ArticleResult r = readArticle(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.toString().contains(QStringLiteral("MiB")), qPrintable(r.error.toString()));
        QVERIFY(!readArticle(dir.filePath(QStringLiteral("missing.txt"))).ok);
    }

    // Every cut of the sample page reads or is refused: never a crash.
    void truncatedPagesNeverCrash()
    {
        QFile file(sample("hague-summit.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        int read = 0;
        for (qsizetype size = 0; size <= page.size(); size += 7) {
            const ArticleResult r = readArticle(page.left(size), QStringLiteral("cut.html"));
            read += r.ok;
            if (r.ok)
                QCOMPARE(r.document.id, documentIdFor(r.document.text));
        }
        QVERIFY(read > 50);
    }
};

QTEST_GUILESS_MAIN(TestArticles)
#include "tst_articles.moc"
