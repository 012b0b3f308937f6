#pragma once

// One JSON object per line on stdout, as every bench prints them:
//   {"bench": "...", "nodes": N, "edges": M, "ms": T, "max_rss_kib": R, ...}
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

#include "knowledgegraph.h"

namespace threadline::bench {

// The process's peak resident set so far (it only grows along a run).
inline long maxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

inline void report(const char *bench, const KnowledgeGraph &g, double ms, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("bench"), QString::fromLatin1(bench));
    extra.insert(QStringLiteral("nodes"), qint64(g.nodeCount()));
    extra.insert(QStringLiteral("edges"), qint64(g.edgeCount()));
    extra.insert(QStringLiteral("ms"), ms);
    extra.insert(QStringLiteral("max_rss_kib"), qint64(maxRssKib()));
    QTextStream(stdout) << QJsonDocument(extra).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace threadline::bench
