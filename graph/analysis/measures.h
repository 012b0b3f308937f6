#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "ids.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

// One bar of a chart: what it counts, and the nodes behind it (a click on
// the bar selects them).
struct CountBar
{
    QString label;
    int count = 0;
    QList<NodeId> nodes;
};

// How often each person, organisation and country is named in the graph's
// documents (by label or alias, as the source viewer marks them), most
// named first; ties by label. Actors never named are left out.
QList<CountBar> mentionsPerActor(const KnowledgeGraph &graph);

// The mention counts above as a map, every actor present (0 when unnamed):
// what the canvas sizes nodes by.
QHash<NodeId, int> actorMentions(const KnowledgeGraph &graph);

// Statements per topic they are about, largest first; statements about no
// topic make a last bar "No topic".
QList<CountBar> statementsPerTopic(const KnowledgeGraph &graph);

// Dated events per month of their first day, every month from the first to
// the last present (empty months included, so the bars keep time's scale).
// Labels are "2025-01".
QList<CountBar> eventsPerMonth(const KnowledgeGraph &graph);

// Connected components of what the filter shows (edges as undirected),
// numbered from 0 by size, largest first; ties by their first node.
struct Components
{
    QHash<NodeId, int> componentOf;
    QList<int> sizes; // by component number
};
Components connectedComponents(const KnowledgeGraph &graph, const ViewFilter &filter = {});
Components connectedComponents(const VisibleAdjacency &adjacency);

} // namespace threadline
