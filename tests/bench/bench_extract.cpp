// Extraction throughput on one core: the bundled corpus and the test
// articles, extracted over and over, in MB of text (UTF-8) per second; and
// applying one article's proposals to a project document.
//
//   build/release/tests/bench_extract [ROUNDS]
//
// One JSON line per measurement, as the other benches print.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>

#include "apply.h"
#include "articlereader.h"
#include "benchreport.h"
#include "benchtexts.h"
#include "bundledcorpus.h"
#include "edits.h"
#include "extractor.h"
#include "graphdocument.h"

using namespace threadline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
                const extract::Extraction x = extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate));
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
        const extract::Extraction x = extract::extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate));
        edits += extract::applyExtraction(document, doc, x) != nullptr;
    }
    bench::report("extract_and_apply", document.graph(), timer.nsecsElapsed() / 1e6,
                  {{QStringLiteral("articles"), qint64(articles.size())}, {QStringLiteral("edits"), edits}});
    return 0;
}
