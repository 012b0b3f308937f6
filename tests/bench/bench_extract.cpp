// Extraction throughput on one core: the bundled corpus and the test
// articles, extracted over and over, in MB of text (UTF-8) per second; and
// applying one article's proposals to a project document.
//
//   build/release/tests/bench_extract [ROUNDS]
//   build/release/tests/bench_extract --dump DIR
//
// One JSON line per measurement, as the other benches print. With --dump,
// no timing: each article's complete extraction is written to DIR as one
// JSON file (NN-<id>.json, keys sorted), so that two builds can be proved
// to extract the same thing with `diff -r`.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#include "apply.h"
#include "articlereader.h"
#include "benchreport.h"
#include "benchtexts.h"
#include "bundledcorpus.h"
#include "edits.h"
#include "extractor.h"
#include "graphdocument.h"

using namespace threadline;

namespace {

// Everything an Extraction holds, in a fixed form: each span with its
// offsets and the words it covers.
QJsonObject spanJson(const QString &text, const extract::Span &span)
{
    QJsonObject o{{QStringLiteral("start"), qint64(span.start)}, {QStringLiteral("end"), qint64(span.end)}};
    if (span.start >= 0 && span.end >= span.start && span.end <= text.size())
        o.insert(QStringLiteral("text"), text.mid(span.start, span.end - span.start));
    return o;
}

QJsonArray spansJson(const QString &text, const QList<extract::Span> &spans)
{
    QJsonArray a;
    for (const extract::Span &span : spans)
        a.append(spanJson(text, span));
    return a;
}

QJsonArray intsJson(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QJsonObject extractionJson(const QString &text, const extract::Extraction &x)
{
    QJsonArray entities;
    for (const extract::Entity &e : x.entities)
        entities.append(QJsonObject{{QStringLiteral("kind"), kindName(e.kind)},
                                    {QStringLiteral("label"), e.label},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                    {QStringLiteral("mentions"), spansJson(text, e.mentions)},
                                    {QStringLiteral("rule"), e.rule},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("titleOf"), e.titleOf}});
    QJsonArray statements;
    for (const extract::Statement &s : x.statements)
        statements.append(QJsonObject{{QStringLiteral("text"), spanJson(text, s.text)},
                                      {QStringLiteral("evidence"), spanJson(text, s.evidence)},
                                      {QStringLiteral("direct"), s.direct},
                                      {QStringLiteral("speaker"), s.speaker},
                                      {QStringLiteral("speakerMention"), spanJson(text, s.speakerMention)},
                                      {QStringLiteral("rule"), s.rule},
                                      {QStringLiteral("event"), s.event}});
    QJsonArray events;
    for (const extract::Event &e : x.events)
        events.append(QJsonObject{{QStringLiteral("type"), e.type},
                                  {QStringLiteral("label"), e.label},
                                  {QStringLiteral("participants"), intsJson(e.participants)},
                                  {QStringLiteral("place"), e.place},
                                  {QStringLiteral("date"), e.date},
                                  {QStringLiteral("dateStated"), e.dateStated},
                                  {QStringLiteral("dateNote"), e.dateNote},
                                  {QStringLiteral("dateEvidence"), spanJson(text, e.dateEvidence)},
                                  {QStringLiteral("planned"), e.planned},
                                  {QStringLiteral("evidence"), spanJson(text, e.evidence)},
                                  {QStringLiteral("mentions"), spansJson(text, e.mentions)},
                                  {QStringLiteral("rule"), e.rule}});
    return {{QStringLiteral("entities"), entities},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("events"), events}};
}

// --dump DIR: one file per bench article; 0 when all were written.
int dump(const QList<Document> &articles, const QString &dirPath)
{
    QDir dir;
    if (!dir.mkpath(dirPath)) {
        fprintf(stderr, "cannot create %s\n", qPrintable(dirPath));
        return 1;
    }
    int n = 0;
    for (const Document &doc : articles) {
        ++n;
        const extract::Extraction x = extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate), doc.outlet);
        QString id = doc.id;
        for (QChar &c : id)
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
                c = u'_';
        QFile file(QDir(dirPath).filePath(QStringLiteral("%1-%2.json").arg(n, 2, 10, QChar(u'0')).arg(id)));
        QJsonObject o = extractionJson(doc.text, x);
        o.insert(QStringLiteral("id"), doc.id);
        o.insert(QStringLiteral("date"), doc.date);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(o).toJson()) < 0) {
            fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    printf("%d articles written to %s\n", n, qPrintable(dirPath));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--dump") == 0)
        return dump(bench::benchArticles(), QString::fromLocal8Bit(argv[2]));
    const int rounds = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const QList<Document> articles = bench::benchArticles();
    qint64 bytes = 0;
    for (const Document &doc : std::as_const(articles))
        bytes += doc.text.toUtf8().size();
    qint64 found = 0;
    (void)extract::extractArticle(articles.first().text, QDate(2025, 1, 1)); // the reference data, loaded once
    // Five runs of the rounds: the best and the median (this is a shared
    // virtual machine; a run can lose its core for a while).
    QList<double> runs;
    QElapsedTimer timer;
    for (int run = 0; run < 5; ++run) {
        timer.start();
        for (int r = 0; r < rounds; ++r) {
            for (const Document &doc : std::as_const(articles)) {
                const extract::Extraction x = extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate), doc.outlet);
                found += x.statements.size() + x.entities.size() + x.events.size();
            }
        }
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    const double ms = runs.first();
    const double megabytes = double(bytes) * rounds / 1e6;
    bench::report("extract_articles", KnowledgeGraph(), ms,
                  {{QStringLiteral("articles"), qint64(articles.size()) * rounds},
                   {QStringLiteral("megabytes"), megabytes},
                   {QStringLiteral("mb_per_s"), megabytes / (ms / 1000.0)},
                   {QStringLiteral("mb_per_s_median"), megabytes / (runs.at(2) / 1000.0)},
                   {QStringLiteral("items"), qint64(found / 5)}});

    // Applying: every article into one project document, one edit each.
    GraphDocument document;
    timer.start();
    int edits = 0;
    for (const Document &doc : std::as_const(articles)) {
        Document copy = doc;
        document.addDocument(copy);
        const extract::Extraction x = extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate), doc.outlet);
        edits += extract::applyExtraction(document, doc, x) != nullptr;
    }
    bench::report("extract_and_apply", document.graph(), timer.nsecsElapsed() / 1e6,
                  {{QStringLiteral("articles"), qint64(articles.size())}, {QStringLiteral("edits"), edits}});
    return 0;
}
