#include "measures.h"

#include <QObject>
#include <QSet>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <map>
#include <vector>

#include "knowledgegraph.h"
#include "mentions.h"
#include "timeline.h"

namespace threadline {

namespace {

bool isActor(NodeKind kind)
{
    return kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country;
}

void sortBars(QList<CountBar> &bars)
{
    std::stable_sort(bars.begin(), bars.end(), [](const CountBar &a, const CountBar &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
    });
}

} // namespace

QHash<NodeId, int> actorMentions(const KnowledgeGraph &graph)
{
    QHash<NodeId, int> counts;
    for (NodeId id : graph.nodes())
        if (isActor(graph.node(id).kind))
            counts.insert(id, 0);
    const MentionIndex index(graph);
    for (const Document &document : graph.documents())
        for (const Mention &mention : index.find(document.text))
            if (const auto count = counts.find(mention.node); count != counts.end())
                ++*count;
    return counts;
}

QList<CountBar> mentionsPerActor(const KnowledgeGraph &graph)
{
    QList<CountBar> bars;
    const QHash<NodeId, int> counts = actorMentions(graph);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (it.value() > 0)
            bars.append({graph.node(it.key()).label, it.value(), {it.key()}});
    sortBars(bars);
    return bars;
}

QList<CountBar> statementsPerTopic(const KnowledgeGraph &graph)
{
    QHash<NodeId, CountBar> byTopic;
    CountBar none{QObject::tr("No topic"), 0, {}};
    for (NodeId id : graph.nodes()) {
        if (graph.node(id).kind != NodeKind::Statement)
            continue;
        QSet<NodeId> topics;
        for (EdgeId e : graph.outEdges(id)) {
            const EdgeData &edge = graph.edge(e);
            if (edge.relation == relation::about && graph.node(edge.target).kind == NodeKind::Topic)
                topics.insert(edge.target);
        }
        for (NodeId topic : std::as_const(topics)) {
            CountBar &bar = byTopic[topic];
            bar.label = graph.node(topic).label;
            ++bar.count;
            bar.nodes.append(id);
        }
        if (topics.isEmpty()) {
            ++none.count;
            none.nodes.append(id);
        }
    }
    QList<CountBar> bars = byTopic.values();
    sortBars(bars);
    if (none.count > 0)
        bars.append(none);
    return bars;
}

QList<CountBar> eventsPerMonth(const KnowledgeGraph &graph)
{
    std::map<QDate, CountBar> months; // keyed by the month's first day, in order
    for (NodeId id : graph.nodes()) {
        if (graph.node(id).kind != NodeKind::Event)
            continue;
        const auto when = nodeDateSpan(graph, id);
        if (!when)
            continue;
        const QDate month(when->first.year(), when->first.month(), 1);
        CountBar &bar = months[month];
        ++bar.count;
        bar.nodes.append(id);
    }
    QList<CountBar> bars;
    if (months.empty())
        return bars;
    const QDate last = months.rbegin()->first;
    for (QDate month = months.begin()->first; month <= last; month = month.addMonths(1)) {
        CountBar bar;
        if (const auto found = months.find(month); found != months.end())
            bar = found->second;
        bar.label = month.toString(QStringLiteral("yyyy-MM"));
        bars.append(bar);
    }
    return bars;
}

Components connectedComponents(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    return connectedComponents(visibleAdjacency(graph, filter));
}

Components connectedComponents(const VisibleAdjacency &adjacency)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(adjacency.ids.size());
    for (size_t u = 0; u < adjacency.next.size(); ++u)
        for (int v : adjacency.next[u])
            if (size_t(v) > u)
                boost::add_edge(u, size_t(v), g);
    std::vector<int> component(adjacency.ids.size());
    const int count = adjacency.ids.isEmpty() ? 0 : boost::connected_components(g, component.data());

    // Renumber by size, largest first; Boost numbers by first vertex, which
    // keeps ties in model order.
    std::vector<int> sizes(static_cast<size_t>(count), 0);
    for (int c : component)
        ++sizes[size_t(c)];
    std::vector<int> order(static_cast<size_t>(count));
    for (int c = 0; c < count; ++c)
        order[size_t(c)] = c;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[size_t(a)] > sizes[size_t(b)]; });
    std::vector<int> rank(static_cast<size_t>(count));
    Components result;
    for (int r = 0; r < count; ++r) {
        rank[size_t(order[size_t(r)])] = r;
        result.sizes.append(sizes[size_t(order[size_t(r)])]);
    }
    for (qsizetype i = 0; i < adjacency.ids.size(); ++i)
        result.componentOf.insert(adjacency.ids[i], rank[size_t(component[size_t(i)])]);
    return result;
}

} // namespace threadline
