#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

#include "ids.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

// A date as the graph gives it (ISO 8601 in the property "date"): a day,
// a month ("2025-01"), a year, or a range of them ("2025-04-03/2025-04-04",
// "2025-04-03/04"). `first` and `last` are the days it covers, so a month
// is every day of it and is never drawn as a point.
struct DateSpan
{
    enum class Precision { Day, Month, Year };

    QDate first;
    QDate last;
    Precision precision = Precision::Day;
    bool inferred = false; // date_source "inferred": the text does not state it

    bool isPoint() const { return first == last; }
    bool overlaps(QDate from, QDate to) const { return first <= to && last >= from; }
};

// Parses an ISO 8601 date, month, year or interval; nullopt when the text
// is empty or not one of those.
std::optional<DateSpan> parseDateSpan(const QString &text);

// The node's "date" property, with its date_source.
std::optional<DateSpan> nodeDateSpan(const KnowledgeGraph &graph, NodeId id);

struct TimelineEvent
{
    NodeId id;
    QString label;
    QString type;          // meeting, phone_call, summit, … ("other" when not said)
    DateSpan when;
    bool planned = false;  // status planned, upcoming or proposed
    QList<NodeId> participants; // actors with participated_in, in model order
    QString place;         // the located_in place's label, if any
};

struct TimelineStatement
{
    NodeId id;
    QString label;
    DateSpan when;
    QList<NodeId> speakers; // people with said
    NodeId event;           // made_at, if any
};

// What the graph says happened when: its dated events and statements in
// date order (then label), and what it could not place.
struct Timeline
{
    QList<TimelineEvent> events;
    QList<TimelineStatement> statements;
    QList<NodeId> undated; // events and statements without a readable date

    QDate first() const;   // earliest day covered; null when nothing is dated
    QDate last() const;
    // The days where the story is: first() to last() without the events that
    // lie far from all the others (a meeting six years earlier, recalled in
    // passing, would squeeze the rest into a corner). An outlier is an end
    // event whose gap to its neighbour is more than half of what remains.
    std::pair<QDate, QDate> mainPeriod() const;
};

Timeline buildTimeline(const KnowledgeGraph &graph, const ViewFilter &filter = {});

enum class LaneMode { Actors, EventTypes };

struct TimelineLane
{
    QString title;
    NodeId actor;   // Actors mode (invalid for the "Others" lane)
    QString type;   // EventTypes mode
};

// One thing drawn on the timeline: an event in one lane (an event with three
// actors has a mark in each of their lanes), or a statement as a tick.
struct TimelineMark
{
    NodeId node;
    int lane = 0;
    DateSpan when;
    bool statement = false;
    bool planned = false;
    QString type;  // the event's type; "statement" for ticks
    QString label;
    // Marks of one lane on the same days are drawn side by side in height:
    // 0 for the first, then 1, 2, … (a view offsets each a little).
    int stack = 0;
};

struct TimelineArrangement
{
    QList<TimelineLane> lanes;
    QList<TimelineMark> marks;
};

// Lanes for the timeline. Actors: one lane per actor, busiest first, at
// most `maxLanes`, and an "Other actors" lane for events none of them took
// part in; statements go to their speaker's lane. Event types: one lane per
// type present, in a fixed order, and a "Statements" lane.
TimelineArrangement arrangeTimeline(const KnowledgeGraph &graph, const Timeline &timeline, LaneMode mode,
                                    int maxLanes = 12);

// What happened between two days (inclusive): the events and statements
// whose dates overlap them, and the actors, places and topics they involve
// (one step along participated_in, said, made_at, located_in and about).
QSet<NodeId> happenedBetween(const KnowledgeGraph &graph, QDate from, QDate to);

// "meeting" → "Meeting", "phone_call" → "Phone call".
QString eventTypeName(const QString &type);

} // namespace threadline
