#pragma once

// The articles the extraction benches read: the five bundled ones, then the
// articles written for the tests (tests/data/extraction), in name order.
// Needs THREADLINE_SOURCE_DIR defined to the source tree.
#include <QDir>

#include "articlereader.h"
#include "bundledcorpus.h"

namespace threadline::bench {

inline QList<Document> benchArticles()
{
    KnowledgeGraph corpus;
    loadBundledCorpus(corpus);
    QList<Document> articles = corpus.documents();
    const QDir data(QStringLiteral(THREADLINE_SOURCE_DIR "/tests/data/extraction"));
    for (const QString &name : data.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const articles::ArticleResult read = articles::readArticle(data.filePath(name));
        if (read.ok)
            articles.append(read.document);
    }
    return articles;
}

} // namespace threadline::bench
