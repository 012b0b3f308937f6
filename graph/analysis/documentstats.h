#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "ids.h"

namespace threadline {

class KnowledgeGraph;

// What each document holds of the graph: the nodes with evidence in it, by
// kind (actors: people, organisations, countries, places; events;
// statements, which are its quotes and reported claims).
struct DocumentCounts
{
    int entities = 0;
    int events = 0;
    int statements = 0;
};

QHash<QString, DocumentCounts> countsByDocument(const KnowledgeGraph &graph);

// The nodes with at least one evidence span in the document, in id order.
QList<NodeId> nodesWithEvidenceIn(const KnowledgeGraph &graph, const QString &document);

} // namespace threadline
