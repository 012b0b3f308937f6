#pragma once

#include <QList>
#include <QString>

#include "ids.h"

namespace threadline {

class KnowledgeGraph;

struct SearchHit
{
    NodeId node;
    int score = 0;       // higher first
    QString matched;     // what matched: the label, an alias, or quote text
};

// Nodes matching the query as a person types it: by label, alias, statement
// text and evidence quotes, ignoring case and accents' absence ("zelensk"
// finds "Zelenskyy"). Best first; at most `limit` hits.
QList<SearchHit> searchNodes(const KnowledgeGraph &graph, const QString &query, int limit = 20);

} // namespace threadline
