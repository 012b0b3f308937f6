#pragma once

// Events: the meetings, calls, summits, ministerials, talks, interviews,
// visits and strikes an article reports, with participants, place and
// date (resolved against the document's date), planned or not. Internal to
// graph/extract/; the public interface is extractor.h.
//
// Two steps. Each sentence's words that name an event ("talks", "met",
// "spoke by phone") make a mention, with the actors of its part of the
// sentence, the place, the date phrase that governs it and whether it is
// planned. Then mentions that name one event ("a meeting" … "the
// meeting", "two days of talks" … "met on April 7-8") become one event,
// taking its participants, date and place from all of them.

#include <QDate>
#include <QList>

#include "dates.h"
#include "entities.h"
#include "extractor.h"
#include "text.h"

#include <optional>
#include <vector>

namespace threadline::extract {
class Gazetteer;
}

namespace threadline::extract::detail {

class EventFinder
{
public:
    EventFinder(const Text &source, const QList<Quote> &quoted, EntityFinder &names,
                const Gazetteer &gazetteer, const QDate &documentDate, Extraction &extraction);

    // Events into out.events, and each statement tied to the event its sentence reports.
    void findEvents();

private:
    struct Trigger
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int type = 0; // index into the trigger list
        int bloc = -1; // "the council's ministers meet": the organisation they are of
        int ministersOf = -1; // "a meeting of the bloc's ministers": their organisation, one more participant
        QList<int> ministersOfCountries = {}; // "ministers of Angola, Botswana and Namibia will meet": the countries
        QString portfolio = {};               // "Fisheries ministers from …": the word before "ministers"
        QList<int> twoCountries = {}; // "a meeting of the two countries' leaders": the last two named before
        int agent = -1; // "was detained by a patrol boat of X": who did it, its one participant
        bool jointBody = false; // "a joint commission will meet": those two countries and no one else of the clause
        QString words = {}; // its words in lower case, one space between (what its rules read; see mentionsIn)
    };
    struct EventMention
    {
        int type = 0;
        Span words;
        int sentence = 0;
        QList<int> participants;
        int place = -1;
        ResolvedDate date;
        bool planned = false;
        bool definite = false; // "the talks", "this meeting", "Monday's call"
        bool addressed = false; // "told the tribunal": a day of the hearing told before, not its days
        bool whileOn = false;  // "as the summit ended": said while it was on
        // "their defence chiefs would meet": held by officials of those named
        // before, so for the countries whose officials they are.
        bool delegated = false;
        // "also met", "met separately with": another event than the one
        // before it, wherever it shares someone with that one.
        bool separate = false;
        // "met on the sidelines of a summit": the summit is this mention,
        // and `sidelined` the index (in the sentence's mentions found) of the
        // meeting held on its sidelines; -1 for any other mention.
        int sidelined = -1;
        // "The talks came a day after X visited Y", "met X during his
        // visit": undated, of the day of the event another mention of the
        // sentence names (its index in the mentions found), so many days
        // before it; -1 for any other mention.
        int datedBy = -1;
        int daysBefore = 0;
        // "on the second day of the stoppage": the day of the event that
        // dates it (datedBy), counted from its first (-1: its last).
        int dayOf = 0;
        // "at a ministerial in November, when X sat down with Y": the index
        // (in the mentions found) of the summit or ministerial this meeting
        // was held during, whose participants its own join; -1 for any other.
        int heldDuring = -1;
        // "a joint commission will meet": its participants are the two countries of the body.
        bool jointBody = false;
        QString rule;
    };

    void mentionsIn(int sentence, const QList<Trigger> &triggers, QList<EventMention> *into);
    bool meetsSomeone(qsizetype after, const Sentence &s) const;
    // "when the two met": the last two people named before, in the paragraph
    // ("the two ministers": one of them a minister, then `ofTheParagraph`).
    void theTwo(const Trigger &trigger, const Sentence &s, QList<int> *participants,
                bool *ofTheParagraph = nullptr) const;
    // "A Vietnamese consular team", "Kenyan and Somali officials": the countries, when named as such.
    void groupsOfCountries(qsizetype from, qsizetype to, const Sentence &s, QList<int> *participants) const;
    // People in the plural as the subject right before "meet": they meet one another.
    bool groupMeets(const Trigger &trigger, const Sentence &s) const;
    // A whole title begins at token `first` and ends before `end`: "Defence
    // Minister", "Secretary-General", not "defence spending".
    bool titleAt(int first, int end) const;
    bool notHappening(const Trigger &trigger, const Sentence &s) const;
    // "a state visit", "a three-day visit": a trip presented as a visit (its words).
    bool presentedAsVisit(qsizetype start, qsizetype end) const;
    // Visits that are the meetings made on them: dropped, or told as meetings.
    void tripsAsMeetings(QList<bool> *dropped);
    // Meetings of leaders or ministers of three countries or more: summits, ministerials.
    void meetingsByLevel();
    // "told Radio Kestia": interviews given to news outlets.
    void interviewsToldToOutlets();
    void guestsOfTheOutlet();
    bool inParentheses(qsizetype pos, const Sentence &s) const;
    bool quoted(qsizetype pos) const;
    // Whether the quotation (its index in quotes) was issued as a readout: see readouts.
    bool readout(qsizetype quote) const { return readouts.at(quote); }
    bool issuedAsReadout(const Quote &q) const;
    void actorsIn(qsizetype from, qsizetype to, const Sentence &s, QList<int> *participants,
                  int *place) const;
    bool reportedBy(qsizetype triggerAt, const Mention &m) const;
    enum class Role { Actor, Place, None };
    Role roleOf(const Mention &mention, const Sentence &s) const;
    bool plannedAt(const Trigger &trigger, qsizetype from, const Sentence &s) const;
    bool definiteAt(const Trigger &trigger, const Sentence &s) const;
    bool delegatedAt(const Trigger &trigger, const Sentence &s) const;
    bool dateGoverns(const ResolvedDate &d, const Sentence &s) const;
    // The first token of the few words right before token k that still
    // speak of the event there: three, or five past the length of it
    // ("after two days of talks", "during weeks of talks").
    int wordsBefore(int k, const Sentence &s) const;
    bool endsWithCourseVerb(qsizetype from, qsizetype to) const;
    bool sequel(const EventMention &m) const;
    // "An earlier round", "a third round": words naming one more round of talks.
    bool roundOfASeries(const Span &words) const;
    int organizationNamedBefore(const QString &word, qsizetype at) const;
    QString titleSetOffBefore(const Mention &named, int *of) const;
    qsizetype sidelinesAt(const Trigger &trigger, const Sentence &s, qsizetype *ofEnd) const;
    bool separateAt(const Trigger &trigger, const Sentence &s) const;
    QList<int> metInTurn(const Trigger &trigger, const QList<int> &participants, qsizetype objectsEnd,
                         const Sentence &s) const;
    qsizetype objectsStop(const Trigger &trigger, qsizetype bound, const Sentence &s) const;
    int actorJustBefore(const Trigger &trigger, qsizetype from, const Sentence &s) const;
    // "first day in office", "first day heading …": a taking office named by its first day.
    bool firstDayAt(const Trigger &trigger) const;
    void titledPeople(qsizetype from, qsizetype to, QList<int> *participants) const;
    void spanDays(const Trigger &trigger, const Sentence &s, ResolvedDate *d);
    void daysAfter(const Trigger &trigger, ResolvedDate *d) const;
    void runsUntil(const Trigger &trigger, int sentence, ResolvedDate *d);
    QList<ResolvedDate> datesIn(int sentence, bool future);
    // The last single day named, outside quotations, in `sentence` before
    // `upTo`, else in the `back` sentences before it (nearest first); an
    // empty date if none.
    ResolvedDate lastDayNamedBefore(int sentence, qsizetype upTo, int back);
    // The lede: the body's first sentence, past a note in italics above it.
    int ledeSentence() const;
    // The organisation named last before a position (not the dateline's outlet); -1 if none.
    int lastOrganizationBefore(qsizetype pos) const;
    bool receivedBySomeone(const Trigger &trigger, const Sentence &s) const;
    bool listGoesOn(qsizetype from, const Sentence &s, const QList<Trigger> &here) const;
    // The last year a sentence names after a word of time ("By 2029"), which no date reads; empty if none.
    QString yearNamedIn(int sentence) const;
    // "July 16 — X flies to Bogotá and meets Y": the sentence is of a
    // paragraph a timeline's date heads, a record of what happened.
    bool timelineEntry(int sentence) const;
    // The nearest heading above the sentence (a short line alone), from sentence `first` on; -1 if none.
    int headingAbove(int sentence, int first, int most) const;
    // The nearest heading above the sentence says what follows is to come ("UPCOMING", "The week ahead").
    bool upcomingSection(int sentence) const;
    // The day the nearest heading above the sentence names ("**Astana, 12 July**"), if it names one.
    ResolvedDate headingDay(int sentence);
    // The sentence is of an entry of a live page ("**08:10** — …").
    bool livePageEntry(int sentence) const;
    // The event the mention joined or made, -1 if it named none (yet);
    // never the event `apartFrom` ("a meeting on the sidelines of the
    // summit": the summit is not the meeting).
    int merge(const EventMention &m, int apartFrom = -1);
    void dateFromTheLead(QList<EventMention> &found);
    bool mergeHeadline(const EventMention &m);
    QString labelFor(const Event &e, int row) const;

    const Text &text;
    const QString &t;
    const QList<Token> &tokens;
    const QList<Sentence> &sentences;
    const QList<Quote> &quotes;
    EntityFinder &entities;
    const QList<Mention> &mentions;
    const TokenIndex &mentionAtToken;
    const Gazetteer &gz;
    QDate date;
    Extraction &out;
    QList<QList<int>> eventSentences;                   // per event: the sentences that mention it
    QList<QList<std::pair<qsizetype, int>>> eventTypes; // per event: where each mention is, and its type
    bool retrying = false; // merging mentions a first pass left alone: of the very kind only
    QDate lastDay; // the last single day an event mention was given
    int lastBloc = -1; // the organisation whose ministers met last ("the foreign ministers will meet again")
    qsizetype anchorAt = -1; // the event words whose actors are being read
    QList<int> eventRows; // per event: the trigger row its kind and label come from
    // datesIn's answers, by sentence, of the past and of the future (none where not asked yet).
    std::vector<std::optional<QList<ResolvedDate>>> pastDates;
    std::vector<std::optional<QList<ResolvedDate>>> futureDates;
    QList<bool> readouts; // per quotation: issued as a readout, a statement, a communiqué (asked of every position)
    QList<qsizetype> openingParentheses; // where each "(" of the text stands, in order (most texts have few)
    mutable int clockEntries = -1; // paragraphs opened by a clock time (a live page's entries), once counted
};

} // namespace threadline::extract::detail
