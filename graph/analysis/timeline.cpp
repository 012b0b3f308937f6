#include "timeline.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <algorithm>

#include "knowledgegraph.h"

namespace threadline {

namespace {

bool isActor(NodeKind kind)
{
    return kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country;
}

// One side of an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<DateSpan> parseOne(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 3 || parts[0].size() != 4)
        return std::nullopt;
    bool ok = true;
    QList<int> numbers;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 4)
            return std::nullopt;
        numbers.append(part.toInt(&ok));
        if (!ok)
            return std::nullopt;
    }
    DateSpan span;
    if (numbers.size() == 1) {
        span.precision = DateSpan::Precision::Year;
        span.first = QDate(numbers[0], 1, 1);
        span.last = QDate(numbers[0], 12, 31);
    } else if (numbers.size() == 2) {
        span.precision = DateSpan::Precision::Month;
        span.first = QDate(numbers[0], numbers[1], 1);
        span.last = span.first.isValid() ? span.first.addMonths(1).addDays(-1) : QDate();
    } else {
        span.first = QDate(numbers[0], numbers[1], numbers[2]);
        span.last = span.first;
    }
    if (!span.first.isValid() || !span.last.isValid())
        return std::nullopt;
    return span;
}

int typeOrder(const QString &type)
{
    static const QStringList order = {QStringLiteral("meeting"),     QStringLiteral("phone_call"),
                                      QStringLiteral("summit"),      QStringLiteral("ministerial"),
                                      QStringLiteral("talks"),       QStringLiteral("interview"),
                                      QStringLiteral("visit"),       QStringLiteral("military_action"),
                                      QStringLiteral("strike"),      QStringLiteral("other")};
    const qsizetype at = order.indexOf(type);
    return at < 0 ? int(order.size()) - 1 : int(at);
}

template <typename Item>
void sortByDate(QList<Item> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.when.first != b.when.first)
            return a.when.first < b.when.first;
        if (a.when.last != b.when.last)
            return a.when.last < b.when.last;
        return a.label < b.label;
    });
}

} // namespace

std::optional<DateSpan> parseDateSpan(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return parseOne(text);
    const QString start = text.left(slash);
    QString end = text.mid(slash + 1);
    const auto from = parseOne(start);
    if (!from)
        return std::nullopt;
    // "2025-04-03/04" and "2025-04-03/05-02": the end names only what changes.
    if (end.size() < start.size())
        end = start.left(start.size() - end.size()) + end;
    const auto to = parseOne(end);
    if (!to || to->last < from->first)
        return std::nullopt;
    DateSpan span;
    span.first = from->first;
    span.last = to->last;
    span.precision = std::max(from->precision, to->precision);
    return span;
}

std::optional<DateSpan> nodeDateSpan(const KnowledgeGraph &graph, NodeId id)
{
    const NodeData &node = graph.node(id);
    auto span = parseDateSpan(node.properties.value(QStringLiteral("date")).toString());
    if (span)
        span->inferred = node.properties.value(QStringLiteral("date_source")).toString() == QLatin1String("inferred");
    return span;
}

QDate Timeline::first() const
{
    QDate day;
    for (const TimelineEvent &event : events)
        if (!day.isValid() || event.when.first < day)
            day = event.when.first;
    for (const TimelineStatement &statement : statements)
        if (!day.isValid() || statement.when.first < day)
            day = statement.when.first;
    return day;
}

QDate Timeline::last() const
{
    QDate day;
    for (const TimelineEvent &event : events)
        if (!day.isValid() || event.when.last > day)
            day = event.when.last;
    for (const TimelineStatement &statement : statements)
        if (!day.isValid() || statement.when.last > day)
            day = statement.when.last;
    return day;
}

std::pair<QDate, QDate> Timeline::mainPeriod() const
{
    QList<QDate> starts;
    QList<QDate> ends;
    for (const TimelineEvent &event : events) {
        starts.append(event.when.first);
        ends.append(event.when.last);
    }
    if (starts.size() < 3)
        return {first(), last()};
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    qsizetype from = 0, to = ends.size() - 1;
    while (to - from >= 2 && starts[from].daysTo(starts[from + 1]) > starts[from + 1].daysTo(ends[to]) / 2)
        ++from;
    while (to - from >= 2 && ends[to - 1].daysTo(ends[to]) > starts[from].daysTo(ends[to - 1]) / 2)
        --to;
    return {starts[from], ends[to]};
}

Timeline buildTimeline(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    Timeline timeline;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        if (node.kind != NodeKind::Event && node.kind != NodeKind::Statement)
            continue;
        if (!filter.acceptsNode(graph, id))
            continue;
        const auto when = nodeDateSpan(graph, id);
        if (!when) {
            timeline.undated.append(id);
            continue;
        }
        if (node.kind == NodeKind::Event) {
            TimelineEvent event;
            event.id = id;
            event.label = node.label;
            event.when = *when;
            event.type = node.properties.value(QStringLiteral("type")).toString();
            if (event.type.isEmpty())
                event.type = QStringLiteral("other");
            const QString status = node.properties.value(QStringLiteral("status")).toString();
            event.planned = status == QLatin1String("planned") || status == QLatin1String("upcoming")
                || status == QLatin1String("proposed");
            for (EdgeId e : graph.inEdges(id)) {
                const EdgeData &edge = graph.edge(e);
                if (edge.relation == relation::participatedIn && isActor(graph.node(edge.source).kind)
                    && !event.participants.contains(edge.source))
                    event.participants.append(edge.source);
            }
            for (EdgeId e : graph.outEdges(id)) {
                const EdgeData &edge = graph.edge(e);
                if (edge.relation == relation::locatedIn && event.place.isEmpty())
                    event.place = graph.node(edge.target).label;
            }
            timeline.events.append(event);
        } else {
            TimelineStatement statement;
            statement.id = id;
            statement.label = node.label;
            statement.when = *when;
            for (EdgeId e : graph.inEdges(id)) {
                const EdgeData &edge = graph.edge(e);
                if (edge.relation == relation::said && !statement.speakers.contains(edge.source))
                    statement.speakers.append(edge.source);
            }
            for (EdgeId e : graph.outEdges(id)) {
                const EdgeData &edge = graph.edge(e);
                if (edge.relation == relation::madeAt && !statement.event.isValid())
                    statement.event = edge.target;
            }
            timeline.statements.append(statement);
        }
    }
    sortByDate(timeline.events);
    sortByDate(timeline.statements);
    return timeline;
}

namespace {

// Numbers the marks that share a lane, a kind (event or tick) and days.
void stackCoinciding(TimelineArrangement &arrangement)
{
    QHash<QString, int> seen;
    for (TimelineMark &mark : arrangement.marks) {
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(mark.lane)
                                .arg(mark.statement)
                                .arg(mark.when.first.toJulianDay())
                                .arg(mark.when.last.toJulianDay());
        mark.stack = seen[key]++;
    }
}

TimelineArrangement arrangeLanes(const KnowledgeGraph &graph, const Timeline &timeline, LaneMode mode,
                                 int maxLanes);

} // namespace

TimelineArrangement arrangeTimeline(const KnowledgeGraph &graph, const Timeline &timeline, LaneMode mode,
                                    int maxLanes)
{
    TimelineArrangement arrangement = arrangeLanes(graph, timeline, mode, maxLanes);
    stackCoinciding(arrangement);
    return arrangement;
}

namespace {

TimelineArrangement arrangeLanes(const KnowledgeGraph &graph, const Timeline &timeline, LaneMode mode,
                                 int maxLanes)
{
    TimelineArrangement arrangement;
    const auto mark = [](NodeId node, int lane, const DateSpan &when, bool statement, bool planned,
                         const QString &type, const QString &label) {
        TimelineMark m;
        m.node = node;
        m.lane = lane;
        m.when = when;
        m.statement = statement;
        m.planned = planned;
        m.type = type;
        m.label = label;
        return m;
    };
    const QString statementType = QStringLiteral("statement");

    if (mode == LaneMode::EventTypes) {
        QList<QString> types;
        for (const TimelineEvent &event : timeline.events)
            if (!types.contains(event.type))
                types.append(event.type);
        std::stable_sort(types.begin(), types.end(),
                         [](const QString &a, const QString &b) { return typeOrder(a) < typeOrder(b); });
        for (const QString &type : types)
            arrangement.lanes.append({eventTypeName(type), NodeId(), type});
        for (const TimelineEvent &event : timeline.events)
            arrangement.marks.append(mark(event.id, int(types.indexOf(event.type)), event.when, false, event.planned,
                                          event.type, event.label));
        if (!timeline.statements.isEmpty()) {
            const int lane = int(arrangement.lanes.size());
            arrangement.lanes.append({QObject::tr("Statements"), NodeId(), statementType});
            for (const TimelineStatement &statement : timeline.statements)
                arrangement.marks.append(
                    mark(statement.id, lane, statement.when, true, false, statementType, statement.label));
        }
        return arrangement;
    }

    // Actors: the busiest get lanes of their own.
    QHash<NodeId, int> activity;
    for (const TimelineEvent &event : timeline.events)
        for (NodeId actor : event.participants)
            activity[actor] += 2; // taking part weighs more than speaking
    for (const TimelineStatement &statement : timeline.statements)
        for (NodeId speaker : statement.speakers)
            activity[speaker] += 1;
    QList<NodeId> actors = activity.keys();
    std::sort(actors.begin(), actors.end(), [&](NodeId a, NodeId b) {
        if (activity.value(a) != activity.value(b))
            return activity.value(a) > activity.value(b);
        const int byLabel = QString::compare(graph.node(a).label, graph.node(b).label, Qt::CaseInsensitive);
        return byLabel != 0 ? byLabel < 0 : a < b;
    });
    if (actors.size() > maxLanes)
        actors.resize(std::max(0, maxLanes));
    QHash<NodeId, int> laneOf;
    for (NodeId actor : std::as_const(actors)) {
        laneOf.insert(actor, int(arrangement.lanes.size()));
        arrangement.lanes.append({graph.node(actor).label, actor, QString()});
    }
    int others = -1;
    const auto otherLane = [&] {
        if (others < 0) {
            others = int(arrangement.lanes.size());
            arrangement.lanes.append({QObject::tr("Other actors"), NodeId(), QString()});
        }
        return others;
    };
    for (const TimelineEvent &event : timeline.events) {
        bool placed = false;
        for (NodeId actor : event.participants) {
            if (const auto lane = laneOf.constFind(actor); lane != laneOf.constEnd()) {
                arrangement.marks.append(
                    mark(event.id, *lane, event.when, false, event.planned, event.type, event.label));
                placed = true;
            }
        }
        if (!placed)
            arrangement.marks.append(
                mark(event.id, otherLane(), event.when, false, event.planned, event.type, event.label));
    }
    for (const TimelineStatement &statement : timeline.statements) {
        bool placed = false;
        for (NodeId speaker : statement.speakers) {
            if (const auto lane = laneOf.constFind(speaker); lane != laneOf.constEnd()) {
                arrangement.marks.append(
                    mark(statement.id, *lane, statement.when, true, false, statementType, statement.label));
                placed = true;
            }
        }
        if (!placed)
            arrangement.marks.append(
                mark(statement.id, otherLane(), statement.when, true, false, statementType, statement.label));
    }
    return arrangement;
}

} // namespace

QSet<NodeId> happenedBetween(const KnowledgeGraph &graph, QDate from, QDate to)
{
    static const QSet<QString> involving = {relation::participatedIn, relation::said, relation::madeAt,
                                            relation::locatedIn, relation::about};
    QSet<NodeId> result;
    for (NodeId id : graph.nodes()) {
        const NodeKind kind = graph.node(id).kind;
        if (kind != NodeKind::Event && kind != NodeKind::Statement)
            continue;
        const auto when = nodeDateSpan(graph, id);
        if (!when || !when->overlaps(from, to))
            continue;
        result.insert(id);
        for (EdgeId e : graph.incidentEdges(id)) {
            const EdgeData &edge = graph.edge(e);
            if (!involving.contains(edge.relation))
                continue;
            const NodeId other = edge.source == id ? edge.target : edge.source;
            const NodeKind otherKind = graph.node(other).kind;
            // Another event or statement belongs only if it is itself in range.
            if (otherKind != NodeKind::Event && otherKind != NodeKind::Statement)
                result.insert(other);
        }
    }
    return result;
}

QString eventTypeName(const QString &type)
{
    if (type.isEmpty())
        return QObject::tr("Other");
    QString name = type;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name[0] = name[0].toUpper();
    return name;
}

} // namespace threadline
