#include "events.h"
#include "text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "eventwords.h"
#include "gazetteer.h"
#include "quotes.h"

// Events in two steps: each sentence's mentions (eventmentions.cpp), then
// the mentions that name one event joined into it (here).

namespace threadline::extract::detail {

EventFinder::EventFinder(const Text &source, const QList<Quote> &quoted, EntityFinder &names,
                         const Gazetteer &gazetteer, const QDate &documentDate, Extraction &extraction)
    : text(source), t(source.t), tokens(source.tokens), sentences(source.sentences), quotes(quoted),
      entities(names), mentions(names.mentions), mentionAtToken(names.mentionAtToken), gz(gazetteer),
      date(documentDate), out(extraction)
{
    pastDates.resize(size_t(sentences.size()));
    futureDates.resize(size_t(sentences.size()));
    readouts.reserve(quotes.size());
    for (const Quote &q : quotes)
        readouts.append(issuedAsReadout(q));
    for (qsizetype at = t.indexOf(QLatin1Char('(')); at >= 0; at = t.indexOf(QLatin1Char('('), at + 1))
        openingParentheses.append(at);
}

void EventFinder::findEvents()
{
    // Every trigger in the text: the expression is tried only where a word
    // that can start one stands, which is a few words in a hundred.
    QList<EventMention> found;
    QList<Trigger> triggers;
    // Words that start a trigger only with a given next word ("on the
    // phone", "by phone", "state visit"): most of them are common words,
    // and the next word rules them out cheaply.
    static const WordHash<QStringList> needsNext = [] {
        WordHash<QStringList> map;
        const auto add = [&](const char *word, std::initializer_list<const char *> next) {
            QStringList list;
            for (const char *n : next)
                list.append(QString::fromLatin1(n));
            const QString w = QString::fromLatin1(word);
            map.insert(w, list);
            map.insert(w.front().toUpper() + w.mid(1), list);
        };
        add("on", {"the", "strike"});
        add("by", {"phone", "telephone"});
        add("new", {"round"});
        add("next", {"round"});
        add("formal", {"round"});
        add("latest", {"round"});
        for (const char *ordinal : {"second", "third", "fourth", "fifth", "earlier", "previous", "another", "final"})
            add(ordinal, {"round"});
        add("state", {"visit"});
        add("press", {"conference", "briefing"});
        add("news", {"conference"});
        add("joint", {"briefing", "exercise", "exercises", "drill", "drills", "military", "naval", "air", "army",
                      "maritime", "border", "counter-terrorism", "amphibious"});
        for (const char *kind : {"military", "naval", "maritime", "amphibious"})
            add(kind, {"exercise", "exercises", "drill", "drills"});
        add("war", {"games"});
        for (const char *stopped : {"stopped", "stop", "stops", "stopping"})
            add(stopped, {"work"});
        add("went", {"on", "back"}); // "went on strike", "went back to"
        // ("return" alone stays open: "the return fixture".)
        for (const char *back : {"returns", "returned", "returning"})
            add(back, {"to"}); // "returned to the table"
        for (const char *back : {"go", "come", "came"})
            add(back, {"back"});
        add("walked", {"out", "off"}); // "walked out", "walked off the job"
        add("sat", {"down"});
        add("sit", {"down"});
        add("sits", {"down"});
        add("sitting", {"down"});
        add("spoke", {"by", "to"});
        add("speaks", {"by"});
        add("talked", {"to"});
        add("air", {"strike", "strikes"});
        add("was", {"inaugurated", "elected", "re-elected", "questioned"});
        add("were", {"inaugurated", "elected", "questioned"});
        add("took", {"office", "the"});
        add("taking", {"office"});
        add("takes", {"office"});
        add("take", {"office"});
        add("first", {"day", "round"});
        add("call", {"with", "between"});
        add("flew", {"over", "to"});
        add("flown", {"to"});
        add("fly", {"to"});
        add("flies", {"to"});
        add("flying", {"to"});
        add("sessions", {"with"});
        add("last", {"gathered"});
        add("missile", {"strike", "strikes", "struck", "hit", "slammed"});
        for (const char *weapon : {"missiles", "drones", "rocket", "rockets"})
            add(weapon, {"struck", "hit", "slammed"});
        for (const char *heard : {"told", "tells", "telling"})
            add(heard, {"a", "an", "the", "lawmakers", "legislators", "parliamentarians", "senators", "MPs", "parliament",
                        "congress"});
        for (const char *heard : {"appeared", "appears", "appear", "appearing"})
            add(heard, {"before", "on", "behind"});
        for (const char *heard : {"gave", "give", "giving"})
            add(heard, {"evidence"});
        add("to", {"give", "testify"});
        for (const char *hears : {"hears", "hear"})
            add(hears, {"evidence", "from"});
        add("general", {"election", "elections"});
        add("presidential", {"election", "elections"});
        add("parliamentary", {"election", "elections"});
        return map;
    }();
    const WordSet &starts = triggerStarts(); // (once: asked of every token)
    for (int k = 0; k < tokens.size(); ++k) {
        if (!starts.contains(tokens[k].text))
            continue;
        if (const auto rule = needsNext.constFind(tokens[k].text);
            rule != needsNext.constEnd() &&
            (k + 1 >= tokens.size() || std::none_of(rule->cbegin(), rule->cend(), [&](const QString &next) {
                 return lowerEquals(tokens[k + 1].text, next);
             })))
            continue;
        // "the leaders' meeting", "a ministers' meeting": those words only
        // with the apostrophe; "on the phone", not "on the table".
        if (isOneOf(tokens[k].text, {"leaders", "ministers"}) &&
            (tokens[k].end >= t.size() || !isApostrophe(t.at(tokens[k].end))))
            continue;
        if (isOneOf(tokens[k].text, {"on"}) && tokens[k + 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0 &&
            (k + 2 >= tokens.size() ||
             (!QStringView(t).sliced(tokens[k + 2].start).startsWith(QLatin1String("phone"), Qt::CaseInsensitive) &&
              !QStringView(t).sliced(tokens[k + 2].start).startsWith(QLatin1String("telephone"), Qt::CaseInsensitive))))
            continue;
        // Matched within the word's sentence, not the whole text: PCRE2
        // checks the subject from the offset to its end for valid UTF-16 on
        // every match, which over the rest of the article cost more than the
        // match. No trigger reaches past its sentence (they are words joined
        // by spaces), and the text after a sentence starts with no letter.
        const Sentence &within = sentences[tokens[k].sentence];
        const qsizetype start = tokens[k].start;
        const TriggerMatch m = matchTrigger(QStringView(t).first(within.end), start);
        if (m.end < 0)
            continue;
        while (k + 1 < tokens.size() && tokens[k + 1].start < m.end)
            ++k;
        triggers.append(Trigger{start, m.end, m.type});
    }
    int next = 0;
    for (int si = 0; si < sentences.size() && next < triggers.size(); ++si) {
        if (triggers[next].start >= sentences[si].end)
            continue;
        QList<Trigger> here;
        while (next < triggers.size() && triggers[next].start < sentences[si].end) {
            if (triggers[next].start >= sentences[si].start && triggers[next].end <= sentences[si].end)
                here.append(triggers[next]);
            ++next;
        }
        if (!here.isEmpty())
            mentionsIn(si, here, &found);
    }
    dateFromTheLead(found);
    // "X travelled to Brussels last week to make her case. She met the
    // bloc's foreign policy chief …": a meeting undated, past, right after a
    // dated visit in its paragraph, of someone who made it, was held on the
    // visit (inferred, and said so).
    {
        static const int visitRow = typeIndex("visit");
        static const int meetingRow = typeIndex("meeting");
        for (int i = 1; i < found.size(); ++i) {
            EventMention &m = found[i];
            const EventMention &visit = found[i - 1];
            // "is expected to visit Kathmandu next month … and will meet
            // X": in the visit's own sentence, to come as the visit is.
            const bool sameSentence = visit.sentence == m.sentence;
            if (m.type != meetingRow || !m.date.iso.isEmpty() || m.definite || visit.type != visitRow ||
                visit.date.iso.isEmpty() ||
                !(sameSentence ? m.planned == visit.planned
                               : !m.planned && !visit.planned && visit.sentence + 1 == m.sentence) ||
                sentences[visit.sentence].paragraph != sentences[m.sentence].paragraph ||
                std::none_of(m.participants.cbegin(), m.participants.cend(),
                             [&](int p) { return visit.participants.contains(p); }))
                continue;
            m.date = visit.date;
            m.date.stated = false;
            m.date.note = QStringLiteral("inferred: during the visit told right before it (%1)").arg(visit.date.note);
            m.rule += QStringLiteral(", held on the visit before it");
        }
    }
    // "The return fixture is pencilled in for March next year … . Kariuki
    // has accepted an invitation to attend, which would make it the first
    // visit to Mogadishu by …": a visit to come, undated, right after an
    // event to come that is dated, in its paragraph, is made for it.
    {
        static const int visitRow = typeIndex("visit");
        for (int i = 1; i < found.size(); ++i) {
            EventMention &m = found[i];
            const EventMention &before = found[i - 1];
            if (m.type != visitRow || !m.planned || !m.date.iso.isEmpty() || !before.planned ||
                before.date.iso.isEmpty() || before.type == visitRow || before.sentence + 1 != m.sentence ||
                sentences[before.sentence].paragraph != sentences[m.sentence].paragraph)
                continue;
            m.date = before.date;
            m.date.stated = false;
            m.date.note = QStringLiteral("inferred: made for the event to come told right before it (%1)").arg(before.date.note);
            m.rule += QStringLiteral(", made for the event before it");
        }
    }
    // "X will fly to Tokyo next week for talks. She is also expected to meet
    // officials of the bank": a sentence that opens on a pronoun, its
    // subject, and names no date goes on with the one before it in its
    // paragraph; an event it tells undated, "also", is another on the same
    // occasion, of the days (and as much to come) as the last event that
    // sentence dated (inferred, and said so).
    for (int i = 1; i < found.size(); ++i) {
        EventMention &m = found[i];
        if (!m.date.iso.isEmpty() || m.definite || m.sentence < text.bodySentence)
            continue;
        const Sentence &s = sentences[m.sentence];
        const int k = text.tokenAtOrAfter(m.words.start);
        if (m.sentence == 0 || k - s.firstToken > 6 ||
            !isOneOf(tokens[s.firstToken].text, {"He", "She", "They"}) ||
            std::none_of(tokens.cbegin() + s.firstToken + 1, tokens.cbegin() + k,
                         [](const Token &w) { return w.text == QLatin1String("also"); }) ||
            sentences[m.sentence - 1].paragraph != s.paragraph || !datesIn(m.sentence, m.planned).isEmpty() ||
            std::any_of(found.cbegin() + i + 1, found.cend(), [&](const EventMention &o) { return o.sentence == m.sentence; }))
            continue;
        int before = -1;
        for (int j = i - 1; j >= 0 && found[j].sentence >= m.sentence - 1; --j) {
            if (found[j].sentence == m.sentence - 1 && !found[j].date.iso.isEmpty()) {
                before = j;
                break;
            }
        }
        if (before < 0 || found[before].planned != m.planned)
            continue;
        m.date = found[before].date;
        m.date.stated = false;
        m.date.note = QStringLiteral("inferred: the sentence goes on with the one before it (%1)").arg(found[before].date.note);
        m.rule += QStringLiteral(", of the day of the sentence before it");
    }
    // Mentions with a date first, so that a mention without one joins the
    // event it most likely names, wherever in the text that is dated.
    // The headline's last: it names an event the body reports.
    const auto inHeadline = [&](const EventMention &m) { return m.sentence < text.bodySentence; };
    QList<int> eventOf(found.size(), -1); // per mention, the event it joined or made
    // "the two sides would meet again at 09:00 on Thursday", naming no
    // one: those of the event told before it, once every other mention
    // has joined its event.
    const auto again = [&](const EventMention &m) {
        if (!m.participants.isEmpty())
            return false;
        // (Only when no event with people is told before it yet: on a
        // live page, newest first, the talks it continues are opened
        // further down.)
        const bool toldBefore = std::any_of(out.events.cbegin(), out.events.cend(), [&](const Event &e) {
            return !e.participants.isEmpty() &&
                   std::any_of(e.mentions.cbegin(), e.mentions.cend(), [&](const Span &w) { return w.start < m.words.start; });
        });
        if (toldBefore)
            return false;
        const int after = text.tokenAtOrAfter(m.words.end);
        return m.words.end > m.words.start &&
               (t.mid(m.words.start, m.words.end - m.words.start).endsWith(QLatin1String("again")) ||
                (after < tokens.size() && tokens[after].start <= m.words.end + 1 &&
                 tokens[after].text == QLatin1String("again")));
    };
    QList<bool> deferred(found.size(), false);
    for (int i = 0; i < found.size(); ++i) {
        if (!found[i].date.iso.isEmpty() && !inHeadline(found[i]) && !(deferred[i] = again(found[i])))
            eventOf[i] = merge(found[i]);
    }
    for (int i = 0; i < found.size(); ++i) {
        if (found[i].date.iso.isEmpty() && !inHeadline(found[i]) && !(deferred[i] = again(found[i])))
            eventOf[i] = merge(found[i], found[i].sidelined >= 0 ? eventOf[found[i].sidelined] : -1);
    }
    // "The two-day summit, which ended on Friday": words that name no one
    // and come before the event's first naming ("a European Union
    // summit") date it once it is known.
    // Only an event of the very kind: "the summit was preceded on
    // Wednesday by a ministerial meeting" does not date the ministerial.
    retrying = true;
    for (int i = 0; i < found.size(); ++i) {
        if (eventOf[i] < 0 && found[i].participants.isEmpty() && found[i].definite && !inHeadline(found[i]))
            eventOf[i] = merge(found[i]);
    }
    retrying = false;
    for (int i = 0; i < found.size(); ++i) {
        if (deferred[i])
            eventOf[i] = merge(found[i], found[i].sidelined >= 0 ? eventOf[found[i].sidelined] : -1);
    }
    for (const EventMention &m : std::as_const(found)) {
        if (inHeadline(m) && !mergeHeadline(m))
            merge(m);
    }
    // A summit undated but for the meeting held on its sidelines: it was
    // under way that day (inferred, and said so).
    for (int i = 0; i < found.size(); ++i) {
        const int host = eventOf[i];
        const int held = found[i].sidelined >= 0 ? eventOf[found[i].sidelined] : -1;
        if (host < 0 || held < 0 || host == held || !out.events[host].date.isEmpty() ||
            out.events[held].date.isEmpty())
            continue;
        Event &e = out.events[host];
        const Event &meeting = out.events[held];
        e.date = meeting.date;
        e.dateStated = false;
        e.dateNote = QStringLiteral("inferred: under way when the meeting on its sidelines was held (%1)")
                         .arg(meeting.dateNote);
        e.dateEvidence = meeting.dateEvidence;
        // "will meet … next month on the sidelines of the annual summit":
        // to come as the meeting is.
        e.planned = meeting.planned;
    }
    // "at a meeting of G20 foreign ministers in November, when X sat down
    // with Y": those who met while it was on attended it.
    for (int i = 0; i < found.size(); ++i) {
        const int held = eventOf[i];
        const int occasion = found[i].heldDuring >= 0 ? eventOf[found[i].heldDuring] : -1;
        if (held < 0 || occasion < 0 || held == occasion)
            continue;
        // (Undated, of the occasion's days: "a state visit in June, when …".)
        Event &during = out.events[held];
        const Event &on = out.events[occasion];
        if (during.date.isEmpty() && !on.date.isEmpty()) {
            during.date = on.date;
            during.dateStated = false;
            during.dateNote = QStringLiteral("inferred: held during the event it is told with (%1)").arg(on.dateNote);
            during.dateEvidence = on.dateEvidence;
        }
        for (int p : out.events[held].participants) {
            if (!out.events[occasion].participants.contains(p))
                out.events[occasion].participants.append(p);
        }
    }
    // "Much of the day's business was done on the sidelines. X met Y …": a
    // meeting undated, past, in a sentence that says "on the sidelines" (of
    // nothing named) or after one in its paragraph, was held on the
    // sidelines of the summit told last before it, on its day if it is one
    // (inferred, and said so).
    {
        static const int summitRow = typeIndex("summit");
        static const int meetingRow = typeIndex("meeting");
        static const int talksRow = typeIndex("talks");
        const auto bareSidelines = [&](int si) {
            for (int k = sentences[si].firstToken; k < sentences[si].endToken; ++k) {
                if (isOneOf(tokens[k].text, {"sidelines", "margins", "fringes"}) && !quoted(tokens[k].start) &&
                    (k + 1 >= sentences[si].endToken || tokens[k + 1].text != QLatin1String("of")))
                    return true;
            }
            return false;
        };
        for (int i = 0; i < found.size(); ++i) {
            const int own = eventOf[i];
            const EventMention &m = found[i];
            if (own < 0 || !out.events[own].date.isEmpty() || m.planned ||
                (m.type != meetingRow && m.type != talksRow))
                continue;
            bool sidelines = false;
            for (int si = m.sentence; si >= 0 && !sidelines && sentences[si].paragraph == sentences[m.sentence].paragraph;
                 --si)
                sidelines = bareSidelines(si);
            if (!sidelines)
                continue;
            int summit = -1;
            for (int j = 0; j < out.events.size(); ++j) {
                if (eventTypes[j].first().second == summitRow && out.events[j].evidence.start < m.words.start &&
                    (summit < 0 || out.events[j].evidence.start > out.events[summit].evidence.start))
                    summit = j;
            }
            if (summit < 0 || out.events[summit].date.size() != 10)
                continue;
            Event &e = out.events[own];
            e.date = out.events[summit].date;
            e.dateStated = false;
            e.dateNote = QStringLiteral("inferred: held on the sidelines of the summit told before it (%1)")
                             .arg(out.events[summit].dateNote);
            e.dateEvidence = out.events[summit].dateEvidence;
            e.rule += QStringLiteral(", on the sidelines of the summit before it");
        }
    }
    // "The talks came a day after X visited Y", "met X during his visit":
    // an undated event of the day of the event the other words name, so
    // many days before it (inferred, and said so).
    for (int i = 0; i < found.size(); ++i) {
        const int own = eventOf[i];
        const int other = found[i].datedBy >= 0 ? eventOf[found[i].datedBy] : -1;
        if (own < 0 || other < 0 || own == other || !out.events[own].date.isEmpty())
            continue;
        Event &e = out.events[own];
        const Event &dating = out.events[other];
        // "on the second day of the stoppage": that day of its days, or
        // within its month when only the month is told.
        if (found[i].dayOf != 0) {
            const QString first = dating.date.section(QLatin1Char('/'), 0, 0);
            const QString last = dating.date.section(QLatin1Char('/'), -1);
            QString day;
            if (dating.date.size() == 7 || (dating.date.size() == 4 && !dating.date.isEmpty()))
                day = dating.date;
            else if (first.size() == 10 && found[i].dayOf > 0)
                day = isoDate(QDate::fromString(first, Qt::ISODate).addDays(found[i].dayOf - 1));
            else if (last.size() == 10 && found[i].dayOf < 0)
                day = last;
            if (day.isEmpty() || (last.size() == 10 && day.size() == 10 && day > last))
                continue;
            e.date = day;
            e.dateStated = false;
            e.dateNote = QStringLiteral("inferred: on a day of the event it names (%1)").arg(dating.dateNote);
            e.dateEvidence = dating.dateEvidence;
            continue;
        }
        if (dating.date.size() != 10)
            continue;
        e.date =
            QDate::fromString(dating.date, Qt::ISODate).addDays(-found[i].daysBefore).toString(Qt::ISODate);
        e.dateStated = false;
        e.dateNote = found[i].daysBefore == 0
                         ? QStringLiteral("inferred: the day of the event it was held during (%1)")
                               .arg(dating.dateNote)
                         : QStringLiteral("inferred: %1 day(s) from the event the sentence dates it by (%2)")
                               .arg(-found[i].daysBefore)
                               .arg(dating.dateNote);
        e.dateEvidence = dating.dateEvidence;
    }
    // "The strike began on April 28, when the union rejected …": the union
    // a strike's sentences name, in whatever clause, is a party to it.
    static const int strike = typeIndex("strike");
    for (int i = 0; i < out.events.size(); ++i) {
        Event &e = out.events[i];
        if (eventTypes[i].isEmpty() || eventTypes[i].first().second != strike)
            continue;
        for (int si : std::as_const(eventSentences[i])) {
            for (int k = sentences[si].firstToken; k + 1 < sentences[si].endToken; ++k) {
                if (tokens[k].text.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0 ||
                    tokens[k + 1].text != QLatin1String("union") || quoted(tokens[k].start))
                    continue;
                const int union_ = organizationNamedBefore(tokens[k + 1].text, tokens[k].start);
                if (union_ >= 0 && !e.participants.contains(union_))
                    e.participants.append(union_);
            }
        }
    }
    // "Mauritius and Seychelles ended talks …" then "The Mauritian
    // delegation was led by X, and the Seychellois side by Y": each side's
    // leader takes its country's place in the events of the sentences just
    // before (CONVENTIONS.md [participants]: never a country beside its
    // own named people).
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        for (int b = s.firstToken + 2; b + 1 < s.endToken; ++b) {
            // (Two letters first: most words are longer.)
            if (tokens[b].text.size() != 2 || tokens[b].text != QLatin1String("by") || quoted(tokens[b].start) ||
                !isOneOf(tokens[b - 1].text, {"led", "headed", "side", "delegation", "team"}))
                continue;
            // The side: "The Mauritian delegation", "Peru's team", "the Seychellois side".
            int country = -1;
            for (int g = b - 1; g >= std::max(s.firstToken + 1, b - 4) && country < 0; --g) {
                if (!isOneOf(tokens[g].text, {"delegation", "side", "team"}))
                    continue;
                const int j = g - 1;
                QString name;
                if (gz.isDemonym(tokens[j].text))
                    name = gz.country(tokens[j].text);
                else if (const int *m = mentionAtToken.constFind(j);
                         m && out.entities[mentions[*m].entity].kind == NodeKind::Country)
                    name = out.entities[mentions[*m].entity].label;
                else if (j > s.firstToken) {
                    if (const int *m2 = mentionAtToken.constFind(j - 1);
                        m2 && mentions[*m2].endToken == j + 1 &&
                        out.entities[mentions[*m2].entity].kind == NodeKind::Country)
                        name = out.entities[mentions[*m2].entity].label;
                }
                for (int e = 0; e < out.entities.size() && !name.isEmpty(); ++e) {
                    if (out.entities[e].kind == NodeKind::Country && out.entities[e].label == name) {
                        country = e;
                        break;
                    }
                }
            }
            if (country < 0)
                continue;
            // Its leader: the first person named after "by", before the next side.
            int leader = -1;
            for (int k = b + 1; k < std::min(s.endToken, b + 12) && leader < 0; ++k) {
                if (tokens[k].text == QLatin1String("by"))
                    break;
                if (const int *m = mentionAtToken.constFind(k);
                    m && out.entities[mentions[*m].entity].kind == NodeKind::Person)
                    leader = mentions[*m].entity;
            }
            if (leader < 0)
                continue;
            for (int i = 0; i < out.events.size(); ++i) {
                Event &e = out.events[i];
                const qsizetype at = e.participants.indexOf(country);
                if (at < 0 || std::none_of(eventSentences[i].cbegin(), eventSentences[i].cend(),
                                           [&](int es) { return es < si && es >= si - 5; }))
                    continue;
                if (e.participants.contains(leader))
                    e.participants.removeAt(at);
                else
                    e.participants[at] = leader;
            }
        }
    }
    QHash<int, int> countryPeople; // a country -> the person its possessive named in an event's sentence
    // "the environment ministers of the three countries — Colombia's
    // Juliana Arbeláez, Peru's Rosa Huamaní, Brazil's Tiago Ferraz — met":
    // the person a country's possessive names in the event's sentence takes
    // that country's place.
    for (int i = 0; i < out.events.size(); ++i) {
        Event &e = out.events[i];
        if (std::none_of(e.participants.cbegin(), e.participants.cend(),
                         [&](int p) { return out.entities[p].kind == NodeKind::Country; }))
            continue;
        for (int si : std::as_const(eventSentences[i])) {
            const Sentence &s = sentences[si];
            auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), s.start,
                                       [](const Mention &m, qsizetype pos) { return m.start < pos; });
            for (; it != mentions.cend() && std::next(it) != mentions.cend() && it->start < s.end; ++it) {
                const Mention &owner = *it;
                const Mention &named = *std::next(it);
                if (out.entities[owner.entity].kind != NodeKind::Country ||
                    out.entities[named.entity].kind != NodeKind::Person || named.start >= s.end ||
                    owner.end + 3 != named.start || !isApostrophe(t.at(owner.end)) ||
                    t.at(owner.end + 1) != QLatin1Char('s') || quoted(named.start))
                    continue;
                const qsizetype at = e.participants.indexOf(owner.entity);
                if (at < 0)
                    continue;
                if (e.participants.contains(named.entity))
                    e.participants.removeAt(at);
                else
                    e.participants[at] = named.entity;
                countryPeople.insert(owner.entity, named.entity);
            }
        }
    }
    // (So in "The ministers will meet again", which took their countries.)
    for (Event &e : out.events) {
        if (!e.rule.contains(QLatin1String("meeting again: those of the event before it")))
            continue;
        for (int &p : e.participants) {
            if (const auto it = countryPeople.constFind(p); it != countryPeople.constEnd() && !e.participants.contains(*it))
                p = *it;
        }
    }
    // "Japan and India held talks …" then "Japan's minister X and India's
    // minister Y agreed …": an event of countries alone takes the people
    // the next sentence names as those countries' officials; a joint
    // body's meeting ("a joint commission will meet") is of the countries.
    QSet<int> jointBodies;
    for (int i = 0; i < found.size(); ++i) {
        if (found[i].jointBody && eventOf[i] >= 0)
            jointBodies.insert(eventOf[i]);
    }
    for (int i = 0; i < out.events.size(); ++i) {
        Event &e = out.events[i];
        if (jointBodies.contains(i))
            continue;
        const bool anyone = std::any_of(e.participants.cbegin(), e.participants.cend(),
                                        [&](int p) { return out.entities[p].kind == NodeKind::Person; });
        if (anyone || eventSentences[i].isEmpty())
            continue;
        // A ministerial ("Water ministers of A, B and C will meet") takes
        // only ministers: a president named next is no one of them.
        static const int ministerialType = typeIndex("ministerial");
        const bool ministersOnly = eventTypes[i].first().second == ministerialType;
        const int following = *std::min_element(eventSentences[i].cbegin(), eventSentences[i].cend()) + 1;
        if (following >= sentences.size())
            continue;
        QList<int> officials;
        for (const Mention &m : mentions) {
            if (m.start < sentences[following].start || m.start >= sentences[following].end ||
                quoted(m.start))
                continue;
            const Entity &entity = out.entities[m.entity];
            if (entity.kind == NodeKind::Person && entity.titleOf >= 0 &&
                e.participants.contains(entity.titleOf) && !officials.contains(m.entity) &&
                (!ministersOnly || entity.title.contains(QLatin1String("inister"))))
                officials.append(m.entity);
        }
        e.participants.append(officials);
    }
    // An event is of the kind most of its mentions say ("talks" … "met"
    // … "the talks"); where as many say either, of its first mention's.
    for (int i = 0; i < out.events.size(); ++i) {
        QList<std::pair<qsizetype, int>> said = eventTypes[i];
        std::sort(said.begin(), said.end());
        int best = said.first().second;
        int bestCount = 0;
        for (const auto &[at, type] : std::as_const(said)) {
            const int wanted = type; // clang 14 (the fuzz build) captures no structured binding
            const int count = int(
                std::count_if(said.cbegin(), said.cend(), [&](const auto &o) { return o.second == wanted; }));
            if (count > bestCount) {
                best = type;
                bestCount = count;
            }
        }
        // "Ministers from A, B and C are meeting … for crisis talks. The
        // talks began …": first told as a ministerial, called talks or a
        // meeting after, still one.
        static const int ministerialRow = typeIndex("ministerial");
        static const int meetingRow = typeIndex("meeting");
        static const int talksRow = typeIndex("talks");
        // So is one a ministerial's words name as often as the others'.
        const auto told = [&](int type) {
            return int(
                std::count_if(said.cbegin(), said.cend(), [&](const auto &o) { return o.second == type; }));
        };
        if ((best == meetingRow || best == talksRow) &&
            (said.first().second == ministerialRow || told(ministerialRow) == bestCount))
            best = ministerialRow;
        out.events[i].type = QString::fromLatin1(triggerWords[best].type);
        eventRows.append(best);
    }
    // CONVENTIONS.md [participants]: a country is listed only for a side
    // with no named person taking part, never beside its own named people
    // ("Japanese Defence Minister X" takes part, Japan not as well).
    // The article's own outlet reports the events, and takes part in
    // none but an interview it gives (those are made below).
    for (Event &e : out.events) {
        if (e.type != QLatin1String("interview"))
            e.participants.removeIf([&](int p) { return isOwnOutlet(out.entities[p]); });
    }
    for (Event &e : out.events) {
        e.participants.removeIf([&](int c) {
            return out.entities[c].kind == NodeKind::Country &&
                   std::any_of(e.participants.cbegin(), e.participants.cend(), [&](int p) {
                       return out.entities[p].kind == NodeKind::Person && out.entities[p].titleOf == c;
                   });
        });
    }
    meetingsByLevel();
    interviewsToldToOutlets();
    // One happening, one event (CONVENTIONS.md [trip]).
    QList<bool> dropped(out.events.size(), false);
    tripsAsMeetings(&dropped);
    // In text order, as the reader meets them; of the kinds listed only.
    QList<int> order;
    for (int i = 0; i < out.events.size(); ++i) {
        // (CONVENTIONS.md [scope]: an event is listed when its participants
        // are named; one left with none, its only one the article's own
        // outlet, names no one.)
        if (isListedRow(eventRows[i]) && !dropped[i] && !out.events[i].participants.isEmpty())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return out.events[a].evidence.start < out.events[b].evidence.start;
    });
    QList<Event> sorted;
    QList<QList<int>> sortedSentences;
    QList<int> sortedRows;
    for (int i : std::as_const(order)) {
        sorted.append(out.events[i]);
        sortedSentences.append(eventSentences[i]);
        sortedRows.append(eventRows[i]);
    }
    out.events = sorted;
    eventSentences = sortedSentences;
    for (int i = 0; i < out.events.size(); ++i) {
        Event &e = out.events[i];
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        e.label = labelFor(e, sortedRows[i]);
    }
    // A statement made at the event its sentence reports.
    for (Statement &st : out.statements) {
        const int sentence = text.sentenceAt(st.evidence.start);
        for (int i = 0; i < out.events.size(); ++i) {
            if (eventSentences[i].contains(sentence) && st.speaker >= 0 &&
                out.events[i].participants.contains(st.speaker))
                st.event = i;
        }
    }
}

// CONVENTIONS.md [interview]: "he told the PNG Daily on Thursday",
// "speaking to Radio Kestia", "X later told Nordwire that …": someone
// answering a named outlet (one named in the dateline, or whose name says
// it is one) gives it an interview, dated by a date right after the
// outlet's name; "told Kestian state television": an outlet without a
// name. Who answers is the speaker of the words told there. "Told
// reporters" is no interview.
void EventFinder::interviewsToldToOutlets()
{
    static const int interviewRow = typeIndex("interview");
    // An interview of these people, of that day, told by the words at `evidence` in sentence `si`.
    const auto addInterview = [&](const QList<int> &who, const ResolvedDate &day, const Span &evidence,
                                  const QString &rule, int si) {
        Event e;
        e.type = QString::fromLatin1(triggerWords[interviewRow].type);
        e.participants = who;
        e.date = day.iso;
        e.dateStated = day.stated;
        e.dateNote = day.note;
        e.dateEvidence = Span{day.start, day.end};
        e.evidence = evidence;
        e.mentions = {e.evidence};
        e.rule = rule;
        out.events.append(e);
        eventSentences.append(QList<int>{si});
        eventTypes.append(QList<std::pair<qsizetype, int>>{{evidence.start, interviewRow}});
        eventRows.append(interviewRow);
    };
    static const QRegularExpression mediaWord(QStringLiteral(
        "\\b(?:TV|Television|Radio|News|Wire|Post|Times|Herald|Courier|Monitor|Gazette|Journal|Tribune|Daily|"
        "Press|Channel|Broadcasting|Broadcaster|Today|Telegraph|Podcast|Report|Review|Weekly|Observer|Chronicle|"
        "Dispatch|Bulletin|Ledger|FM)\\b"));
    const auto outlet = [&](int e) {
        const Entity &x = out.entities[e];
        return x.kind == NodeKind::Organization &&
               (isOwnOutlet(x) ||
                x.rule == QLatin1String("a news outlet, as the text says") || matchIn(mediaWord, x.label).hasMatch());
    };
    // The verbs below, once, as written and capitalised (isOneOf ignores
    // case): most tokens are none of them.
    static const WordSet verbs = [] {
        WordSet set;
        for (const char *w : {"told", "tells", "telling", "sat", "sits", "sitting", "speaking", "spoke", "talking",
                              "talked", "reached", "contacted", "interviewed", "said", "says", "appearing", "appeared"}) {
            const QString word = QString::fromLatin1(w);
            set.insert(word);
            set.insert(word.front().toUpper() + word.mid(1));
            set.insert(word.toUpper());
        }
        return set;
    }();
    for (int k = 0; k + 1 < tokens.size(); ++k) {
        if (!verbs.contains(tokens[k].text))
            continue;
        int next = -1;
        if (isOneOf(tokens[k].text, {"told", "tells", "telling"}))
            next = k + 1;
        // "sat down with TTLive": an interview when what follows is an outlet.
        else if (isOneOf(tokens[k].text, {"sat", "sits", "sitting"}) && k + 2 < tokens.size() &&
                 tokens[k + 1].text == QLatin1String("down") && tokens[k + 2].text == QLatin1String("with"))
            next = k + 3;
        else if (isOneOf(tokens[k].text, {"speaking", "spoke", "talking", "talked"}) &&
                 tokens[k + 1].text == QLatin1String("to"))
            next = k + 2;
        // "Zhou, reached by The Steppe Review by telephone on Wednesday, …":
        // the outlet reached whoever answered.
        else if (isOneOf(tokens[k].text, {"reached", "contacted", "interviewed"}) && tokens[k + 1].text == QLatin1String("by"))
            next = k + 2;
        // "speaking on France Inter", "said on Radio Tricolor's morning
        // show", "appeared on Channel 4": on the air of an outlet (named as one).
        // (A day between: "said on Wednesday on Radio Tricolor".)
        else if (isOneOf(tokens[k].text, {"speaking", "spoke", "said", "says", "appearing", "appeared", "interviewed"}) &&
                 tokens[k + 1].text == QLatin1String("on")) {
            next = k + 2;
            const int si = tokens[k].sentence;
            for (const ResolvedDate &d : datesIn(si, false)) {
                if (d.start == tokens[k + 1].start || d.start == tokens[k + 1].end + 1) {
                    int j = k + 1;
                    while (j < sentences[si].endToken && tokens[j].start < d.end)
                        ++j;
                    if (j + 1 < sentences[si].endToken && tokens[j].text == QLatin1String("on"))
                        next = j + 1;
                    break;
                }
            }
        }
        // "told to this daily" (an English of its own).
        if (next >= 0 && next + 1 < tokens.size() && tokens[k].text == QLatin1String("told") &&
            tokens[next].text == QLatin1String("to"))
            ++next;
        if (next < 0 || next >= tokens.size() || quoted(tokens[k].start))
            continue;
        const int si = tokens[k].sentence;
        const Sentence &s = sentences[si];
        // "the Doha sports channel Al-Kass Today": a few words describing it first.
        int named = -1;
        qsizetype namedEnd = -1;
        bool stateMedia = false;
        // "told Icelandic broadcaster RÚV": a word for an outlet before the
        // name makes it one, whatever the name.
        bool described = false;
        // "told this newspaper", "speaking to this station", "told our
        // reporter": the article's own outlet (named where its dateline
        // names it).
        // "he told us": the writer's outlet too (not "told us that" of a
        // quotation's speaker: the verb is "told" itself).
        // (Not in a transcript's turn: "President Rono told us" there is
        // the speaker's side, not the outlet.)
        const bool toUs = tokens[next].text == QLatin1String("us") && tokens[k].text == QLatin1String("told") &&
                          !inTranscriptTurn(t, tokens[k].start);
        if (toUs || (next + 1 < s.endToken && isOneOf(tokens[next].text, {"this", "our"}) &&
                     isOneOf(tokens[next + 1].text, {"newspaper", "paper", "daily", "weekly", "station", "newsletter",
                                                     "website", "magazine", "programme", "program", "podcast", "reporter",
                                                     "correspondent", "broadcaster", "channel", "agency", "site",
                                                     "publication"}))) {
            stateMedia = true;
            namedEnd = tokens[toUs ? next : next + 1].end;
            // Else the one outlet the text says is one ("first published by
            // La Voz, a regional newspaper"), if it names only one.
            int saidToBe = -1, howMany = 0;
            for (int e = 0; e < out.entities.size(); ++e) {
                if (isOwnOutlet(out.entities[e]))
                    named = e;
                else if (out.entities[e].rule == QLatin1String("a news outlet, as the text says") && howMany++ == 0)
                    saidToBe = e;
            }
            if (named < 0 && howMany == 1)
                named = saidToBe;
        }
        for (int j = next; j < std::min(s.endToken, next + 5) && named < 0 && !stateMedia; ++j) {
            const auto at = mentionAtToken.constFind(j);
            if (at != mentionAtToken.constEnd()) {
                // "speaking to SABC radio": a word for an outlet right after the name.
                const int after = mentions[*at].endToken;
                const bool describedAfter =
                    after < s.endToken && text.adjacent(after - 1, after) &&
                    isOneOf(tokens[after].text, {"radio", "television", "TV", "newspaper", "broadcaster"});
                if (outlet(mentions[*at].entity) ||
                    ((described || describedAfter) && out.entities[mentions[*at].entity].kind == NodeKind::Organization)) {
                    named = mentions[*at].entity;
                    namedEnd = mentions[*at].end;
                }
                // "Kestian state television": a demonym is a country's
                // mention; "the Doha sports channel X": a city's.
                if (out.entities[mentions[*at].entity].kind != NodeKind::Country &&
                    out.entities[mentions[*at].entity].kind != NodeKind::Place)
                    break;
                continue;
            }
            const auto outletWord = [](const QString &w) {
                return isOneOf(w, {"broadcaster", "broadcasters", "newspaper", "paper", "daily", "weekly", "magazine",
                                   "station", "channel", "network", "agency", "website", "podcast", "outlet",
                                   "tabloid", "broadsheet"});
            };
            if (outletWord(tokens[j].text))
                described = true;
            // "told The Straits Times": the article of the name; "told
            // Icelandic broadcaster RUV": a word of where, before the word
            // for the outlet.
            if ((tokens[j].text == QLatin1String("The") && j + 1 < s.endToken && mentionAtToken.contains(j + 1)) ||
                gz.isDemonym(tokens[j].text) ||
                (startsUpper(tokens[j].text) && j + 1 < s.endToken && outletWord(tokens[j + 1].text)))
                continue;
            if (j + 1 < s.endToken && tokens[j].text == QLatin1String("state") &&
                isOneOf(tokens[j + 1].text, {"television", "TV", "radio", "broadcaster", "media"})) {
                stateMedia = true;
                namedEnd = tokens[j + 1].end;
            } else if ((!tokens[j].text.front().isLower() &&
                        !(j + 1 < s.endToken && tokens[j + 1].text == QLatin1String("state"))) ||
                       text.commaBetween(j - 1, j)) {
                break;
            }
        }
        if (named < 0 && !stateMedia)
            continue;
        // "spoke to Diario del Altiplano's sports editor, Carla Villarroel,":
        // the outlet's own person, named after it, is who asked.
        if (named >= 0 && namedEnd + 2 < t.size() && isApostrophe(t.at(namedEnd)) && t.at(namedEnd + 1) == QLatin1Char('s')) {
            const int from = text.tokenAtOrAfter(namedEnd + 2);
            for (int j = from; j < std::min(s.endToken, from + 6); ++j) {
                const auto at = mentionAtToken.constFind(j);
                if (at == mentionAtToken.constEnd())
                    continue;
                if (out.entities[mentions[*at].entity].kind == NodeKind::Person && text.commaBetween(j - 1, j)) {
                    named = mentions[*at].entity;
                    namedEnd = mentions[*at].end;
                }
                break;
            }
        }
        // The speaker: of the statement whose speaker's words come last before the verb, in the sentence.
        int speaker = -1;
        qsizetype nearest = -1;
        for (const Statement &st : std::as_const(out.statements)) {
            if (st.speaker >= 0 && st.speakerMention.start >= s.start && st.speakerMention.end <= tokens[k].start &&
                st.speakerMention.end > nearest && out.entities[st.speaker].kind == NodeKind::Person) {
                speaker = st.speaker;
                nearest = st.speakerMention.end;
            }
        }
        // "X spoke to Adriatic Radio on Monday": no words quoted, the
        // person named right before the verb gives the interview.
        if (speaker < 0 && k > s.firstToken) {
            for (const Mention &m : mentions) {
                if (m.end > tokens[k].start)
                    break;
                // ("…, Ambassador Joel Kalsakau, spoke to": set off by commas
                // too; "X, the Minister of Investment, Industry and Trade,
                // spoke to": with what they are set off after them.)
                const QStringView between = QStringView(t).mid(m.end, tokens[k].start - m.end).trimmed();
                static const QRegularExpression aside(
                    QStringLiteral("^,\\s+(?:the|a|an|his|her|its|their)\\s+[^.;:\"\u201c\u201d]{1,80},$"));
                // ("Ratu Jone Vakacegu of Fiji, told": whose country, set off.)
                static const QRegularExpression ofCountry(QStringLiteral("^of\\s+\\p{Lu}[\\w'\u2019 -]{1,30},$"));
                if (m.start >= s.start && out.entities[m.entity].kind == NodeKind::Person &&
                    (between.isEmpty() || between == QLatin1String(",") ||
                     (between.startsWith(QLatin1String("of ")) && matchIn(ofCountry, between).hasMatch()) ||
                     (between.size() <= 90 && between.startsWith(QLatin1Char(',')) && matchIn(aside, between).hasMatch()))) {
                    speaker = m.entity;
                    // (Near the verb by the aside, however long.)
                    nearest = between.size() > 1 ? tokens[k].start : m.end;
                }
            }
        }
        // "She spoke to Levant Weekly at her office on Tuesday": the one the
        // pronoun right before the verb stands for.
        if (speaker < 0 && k > s.firstToken && text.adjacent(k - 1, k) &&
            isOneOf(tokens[k - 1].text, {"He", "She", "he", "she"}) && !quoted(tokens[k - 1].start)) {
            const int person = entities.personForPronoun(tokens[k - 1].text, tokens[k - 1].start);
            if (person >= 0 && out.entities[person].kind == NodeKind::Person) {
                speaker = person;
                nearest = tokens[k - 1].end;
            }
        }
        // "Speaking to Horn Economic Wire on Thursday, Robleh said …": a
        // clause that opens the sentence, the person right after its comma.
        // (After a dateline too: "SEOUL — Speaking to …".)
        const auto opens = [&] {
            if (k == s.firstToken)
                return true;
            const QStringView before = QStringView(t).mid(s.start, tokens[k].start - s.start).trimmed();
            return before.size() > 2 && (before.back() == QChar(0x2014) || before.back() == QChar(0x2013)) &&
                   std::none_of(before.cbegin(), before.cend(), [](QChar c) { return c.isLower(); });
        };
        if (speaker < 0 && isOneOf(tokens[k].text, {"Speaking", "Talking"}) && opens()) {
            const qsizetype comma = t.indexOf(QLatin1Char(','), namedEnd);
            for (const Mention &m : mentions) {
                if (comma < 0 || comma >= s.end || m.start <= comma)
                    continue;
                if (m.start >= s.end)
                    break;
                if (out.entities[m.entity].kind == NodeKind::Person &&
                    QStringView(t).mid(comma + 1, m.start - comma - 1).trimmed().size() <= 40) {
                    speaker = m.entity;
                    nearest = tokens[k].start;
                }
                break;
            }
            // "Speaking to the Kuwait News Agency at the airport, he said":
            // the one the pronoun after the comma stands for, the speaker
            // of what he said.
            for (const Statement &st : std::as_const(out.statements)) {
                if (speaker >= 0 || comma < 0 || comma >= s.end)
                    break;
                if (st.speaker >= 0 && st.speakerMention.start > comma && st.speakerMention.start - comma <= 3 &&
                    out.entities[st.speaker].kind == NodeKind::Person) {
                    speaker = st.speaker;
                    nearest = tokens[k].start;
                }
            }
        }
        if (speaker < 0 || tokens[k].start - nearest > 40)
            continue;
        ResolvedDate day;
        const QList<ResolvedDate> dates = datesIn(si, false);
        for (const ResolvedDate &d : dates) {
            if (d.start >= namedEnd && d.start - namedEnd <= 4) {
                day = d;
                break;
            }
        }
        // "told the Monitor by telephone on Wednesday", "told our podcast,
        // 'Daybreak Talks', on Thursday": a date a few words on, in the
        // same clause, before any words told ("that", a quotation).
        static const QRegularExpression toldOn(QStringLiteral("\\bthat\\b|[;\"\u201c\u201d]"));
        for (const ResolvedDate &d : dates) {
            if (!day.iso.isEmpty())
                break;
            if (d.start >= namedEnd && d.start - namedEnd <= 50 && !quoted(d.start) &&
                !matchIn(toldOn, QStringView(t).mid(namedEnd, d.start - namedEnd)).hasMatch())
                day = d;
        }
        // "said on Wednesday on Radio Tricolor": a date between the verb and the outlet.
        for (const ResolvedDate &d : dates) {
            if (day.iso.isEmpty() && d.start > tokens[k].start && d.end <= namedEnd)
                day = d;
        }
        // "On Wednesday, Ospina told Radio Tricolor": the date the sentence opens with.
        if (day.iso.isEmpty() && !dates.isEmpty() && dates.first().start - s.start <= 3 &&
            dates.first().end < tokens[k].start)
            day = dates.first();
        // "the following day", "after the meeting", "at the end of the
        // talks": the day of the event told last before it (inferred).
        if (day.iso.isEmpty()) {
            static const QRegularExpression relative(QStringLiteral(
                "\\b(?:the\\s+(following|next)\\s+day|(?:after|at\\s+the\\s+end\\s+of|following|on\\s+the\\s+sidelines\\s+of)"
                "\\s+the\\s+(meeting|talks|session|summit|call|visit|ministerial|round|hearing)|afterwards?)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const qsizetype from = std::max(s.start, tokens[k].start - 60);
            const QRegularExpressionMatch said = matchIn(relative, QStringView(t).mid(from, std::min(s.end, namedEnd + 60) - from));
            // ("after the hearing": the last hearing's day, not the last
            // event's; none told, no day.)
            const QString named = said.hasMatch() ? said.captured(2).toLower() : QString();
            const QString type = named == QLatin1String("hearing")   ? QStringLiteral("other")
                                 : named == QLatin1String("call")    ? QStringLiteral("phone_call")
                                 : named == QLatin1String("round")   ? QStringLiteral("talks")
                                 : named == QLatin1String("session") ? QString()
                                                                      : named;
            // ("after the hearing closed": the last of its days.)
            const bool afterIt = said.hasMatch() && !said.captured(2).isEmpty() &&
                                 !said.captured(0).startsWith(QLatin1String("on"), Qt::CaseInsensitive);
            int before = -1;
            for (int e = 0; e < out.events.size(); ++e) {
                const Event &x = out.events[e];
                if (x.evidence.start < tokens[k].start &&
                    (x.date.size() == 10 || (afterIt && x.date.size() == 21 && x.date.at(10) == QLatin1Char('/'))) &&
                    !x.planned &&
                    x.type != QLatin1String("interview") && (type.isEmpty() || x.type == type) &&
                    (before < 0 || x.evidence.start > out.events[before].evidence.start))
                    before = e;
            }
            if (said.hasMatch() && before >= 0 && !quoted(from + said.capturedStart())) {
                const QDate last = detail::lastDay(out.events[before].date);
                day.iso = isoDate(said.captured(1).isEmpty() ? last : last.addDays(1));
                day.stated = false;
                day.note = QStringLiteral("inferred: from the day of the event told before (\u201c%1\u201d)").arg(said.captured(0));
                day.start = from + said.capturedStart();
                day.end = from + said.capturedEnd();
            }
        }
        QList<int> who{speaker};
        if (named >= 0)
            who.append(named);
        // "told the Monitor by telephone": the call is the interview's way,
        // not a call of its own. It becomes the interview.
        // "sat down with TTLive": the meeting those words made is the interview.
        const auto medium = std::find_if(out.events.begin(), out.events.end(), [&](const Event &e) {
            return (e.type == QLatin1String("phone_call") && e.evidence.start >= namedEnd &&
                    e.evidence.start - namedEnd <= 8) ||
                   (e.type == QLatin1String("meeting") && e.evidence.start == tokens[k].start);
        });
        if (medium != out.events.end()) {
            const qsizetype i = medium - out.events.begin();
            Event &e = *medium;
            const bool satDown = e.type == QLatin1String("meeting");
            e.type = QString::fromLatin1(triggerWords[interviewRow].type);
            e.participants = who;
            if (e.date.isEmpty() && !day.iso.isEmpty()) {
                e.date = day.iso;
                e.dateStated = day.stated;
                e.dateNote = day.note;
                e.dateEvidence = Span{day.start, day.end};
            }
            e.evidence = Span{tokens[k].start, namedEnd};
            e.mentions.append(e.evidence);
            e.rule = satDown ? QStringLiteral("sat down with a news outlet: an interview")
                             : QStringLiteral("told a news outlet by telephone: an interview");
            eventRows[i] = interviewRow;
            continue;
        }
        // Told twice (“… ,” he told X. … he told X): one interview.
        const bool told = std::any_of(out.events.cbegin(), out.events.cend(), [&](const Event &e) {
            return e.type == QLatin1String("interview") && datesMeet(e.date, day.iso) &&
                   std::all_of(who.cbegin(), who.cend(), [&](int p) { return e.participants.contains(p); });
        });
        if (told)
            continue;
        // "Interview: Jordan's water minister Rania Haddad on …" then "She
        // spoke to Levant Weekly … on Tuesday": the interview the headline
        // named, of no day and some of these people, is this one.
        const auto named_ = std::find_if(out.events.begin(), out.events.end(), [&](const Event &e) {
            // ("told The Jakarta Ledger in an interview on Wednesday": the
            // interview its word made, of that day, too.)
            return e.type == QLatin1String("interview") &&
                   (e.date.isEmpty() || (!day.iso.isEmpty() && datesMeet(e.date, day.iso))) &&
                   !e.participants.isEmpty() &&
                   std::all_of(e.participants.cbegin(), e.participants.cend(), [&](int p) { return who.contains(p); });
        });
        if (named_ != out.events.end()) {
            Event &e = *named_;
            e.participants = who;
            if (e.date.isEmpty()) {
                e.date = day.iso;
                e.dateStated = day.stated;
                e.dateNote = day.note;
                e.dateEvidence = Span{day.start, day.end};
            }
            e.mentions.append(Span{tokens[k].start, namedEnd});
            e.rule += QStringLiteral("; told a news outlet, the same interview");
            eventSentences[named_ - out.events.begin()].append(si);
            continue;
        }
        addInterview(who, day, Span{tokens[k].start, namedEnd}, QStringLiteral("told a news outlet: an interview"), si);
    }
    // "Lake Basin Weekly's Brian Ochieng interviewed her at City Hall in
    // Kisumu on Monday": a reporter named before the verb, whoever "her"
    // stands for (the one the sentences before are about), of the day the
    // sentence names.
    for (int k = 1; k + 1 < tokens.size(); ++k) {
        if (tokens[k].text.size() != 11 || tokens[k].text != QLatin1String("interviewed") ||
            !isOneOf(tokens[k + 1].text, {"her", "him"}) ||
            tokens[k + 1].sentence != tokens[k].sentence || quoted(tokens[k].start))
            continue;
        const int si = tokens[k].sentence;
        const Sentence &s = sentences[si];
        const auto before = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[k].start,
                                             [](const Mention &m, qsizetype pos) { return m.start < pos; });
        if (before == mentions.cbegin() || std::prev(before)->endToken != k ||
            out.entities[std::prev(before)->entity].kind != NodeKind::Person)
            continue;
        const int reporter = std::prev(before)->entity;
        const int person = entities.personForPronoun(tokens[k + 1].text == QLatin1String("her") ? QStringLiteral("she")
                                                                                               : QStringLiteral("he"),
                                                     s.start);
        if (person < 0 || person == reporter || out.entities[person].kind != NodeKind::Person)
            continue;
        ResolvedDate day;
        for (const ResolvedDate &d : datesIn(si, false)) {
            if (d.start > tokens[k].start) {
                day = d;
                break;
            }
        }
        const QList<int> who{person, reporter};
        const bool told = std::any_of(out.events.cbegin(), out.events.cend(), [&](const Event &e) {
            return e.type == QLatin1String("interview") && e.participants.contains(person) &&
                   e.participants.contains(reporter);
        });
        if (told)
            continue;
        addInterview(who, day, Span{tokens[k].start, tokens[k + 1].end},
                     QStringLiteral("a reporter interviewed the one the pronoun stands for: an interview"), si);
    }
    guestsOfTheOutlet();
}

// "With us in the studio in Harare is the economist Nyasha Chidzero",
// "Joining us now is X": a guest the article's own outlet (its metadata's
// or its dateline's, named in the text) has on air gives it an interview,
// on the article's day.
void EventFinder::guestsOfTheOutlet()
{
    static const int interviewRow = typeIndex("interview");
    int own = -1;
    for (int e = 0; e < out.entities.size() && own < 0; ++e) {
        if (out.entities[e].kind == NodeKind::Organization && isOwnOutlet(out.entities[e]) &&
            !out.entities[e].mentions.isEmpty())
            own = e;
    }
    if (own < 0 || !date.isValid())
        return;
    static const QRegularExpression withUs(QStringLiteral(
        "\\b(?:With us|Joining us|Here with us)(?:\\s+(?:now|tonight|this (?:morning|evening)|live))?"
        "(?:\\s+in\\s+(?:the|our)\\s+studio)?(?:\\s+in\\s+\\p{Lu}[\\w-]*)?\\s+(?:is|are)\\s+"));
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        const QStringView sentence = QStringView(t).mid(s.start, s.end - s.start);
        if (!sentence.contains(QLatin1String(" us")))
            continue;
        const QRegularExpressionMatch m = matchIn(withUs, sentence);
        if (!m.hasMatch() || quoted(s.start + m.capturedStart()))
            continue;
        // The guest: the first person named after the words, within a few of them.
        const qsizetype from = s.start + m.capturedEnd();
        const auto guest = std::find_if(mentions.cbegin(), mentions.cend(), [&](const Mention &x) {
            return x.start >= from && x.start - from <= 40 && x.end <= s.end &&
                   out.entities[x.entity].kind == NodeKind::Person;
        });
        if (guest == mentions.cend())
            continue;
        const bool told = std::any_of(out.events.cbegin(), out.events.cend(), [&](const Event &e) {
            return e.type == QLatin1String("interview") && e.participants.contains(guest->entity);
        });
        if (told)
            continue;
        Event e;
        e.type = QString::fromLatin1(triggerWords[interviewRow].type);
        e.participants = {guest->entity, own};
        e.date = isoDate(date);
        e.dateStated = false;
        e.dateNote = QStringLiteral("inferred: on the air the day of the article, %1").arg(isoDate(date));
        e.evidence = Span{s.start + m.capturedStart(), guest->end};
        e.mentions = {e.evidence};
        e.rule = QStringLiteral("a guest of the article's own outlet: an interview");
        out.events.append(e);
        eventSentences.append(QList<int>{si});
        eventTypes.append(QList<std::pair<qsizetype, int>>{{e.evidence.start, interviewRow}});
        eventRows.append(interviewRow);
    }
}

// CONVENTIONS.md [type]: a meeting of leaders of three or more countries
// is a summit, of ministers of three or more countries a ministerial; two
// are a meeting. Whose leader or minister someone is, the text says by
// their title ("Malian Foreign Minister X", "X, Chad's president").
void EventFinder::meetingsByLevel()
{
    static const int meetingRow = typeIndex("meeting");
    static const int summitRow = typeIndex("summit");
    static const int ministerialRow = typeIndex("ministerial");
    // (A call is of two parties: one of three countries' ministers, a video
    // conference, is their ministerial.)
    static const int callRow = typeIndex("phone_call");
    for (int i = 0; i < out.events.size(); ++i) {
        if (eventRows[i] != meetingRow && eventRows[i] != callRow)
            continue;
        // Each a side of its own unless two are of one country, or two
        // of no country named hold different posts (one government's
        // finance and trade ministers).
        // Their titles: the entity's, unless one set off before a mention
        // of them says whose ("Japan's Defense Minister, Kenji Morioka,"
        // before a later "Minister Morioka").
        struct Post
        {
            QString title;
            int of = -1;
        };
        const auto postOf = [&](int p) {
            const Entity &e = out.entities[p];
            Post post{e.title, e.titleOf};
            for (auto m = mentions.cbegin(); m != mentions.cend() && post.of < 0; ++m) {
                int of = -1;
                const QString title = m->entity == p ? titleSetOffBefore(*m, &of) : QString();
                if (!title.isEmpty() && (of >= 0 || post.title.isEmpty()))
                    post = Post{title, of};
            }
            return post;
        };
        const auto sides = [&](bool leaders) {
            QList<Post> who;
            for (int p : std::as_const(out.events[i].participants)) {
                if (out.entities[p].kind != NodeKind::Person)
                    continue;
                const Post post = postOf(p);
                // (A firm's president, a bloc's minister: no country's.)
                if (post.of >= 0 && out.entities[post.of].kind != NodeKind::Country)
                    continue;
                if (leaders ? isLeaderTitle(post.title) : isMinisterTitle(post.title))
                    who.append(post);
            }
            for (int a = 0; a < who.size(); ++a) {
                for (int b = a + 1; b < who.size(); ++b) {
                    const Post &x = who[a], &y = who[b];
                    if (x.of >= 0 ? x.of == y.of : y.of < 0 && x.title.compare(y.title, Qt::CaseInsensitive) != 0)
                        return 0;
                }
            }
            return int(who.size());
        };
        int level = sides(true) >= 3 ? summitRow : sides(false) >= 3 ? ministerialRow : -1;
        // "The MRC Council, made up of the water ministers of the four
        // member states, met …", "the Council of Ministers met": a body of
        // ministers of several countries meeting is their ministerial.
        if (level < 0 && eventRows[i] == meetingRow && !eventSentences[i].isEmpty()) {
            static const QRegularExpression ofMinisters(QStringLiteral(
                "\\b(?:made\\s+up\\s+of|composed\\s+of|comprising|which\\s+brings\\s+together|bringing\\s+together)\\s+"
                "(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?ministers\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
                "(?:states|countries|nations|members|governments)\\b"));
            const Sentence &first = sentences[eventSentences[i].first()];
            const QStringView said = QStringView(t).mid(first.start, first.end - first.start);
            const bool body = std::any_of(out.events[i].participants.cbegin(), out.events[i].participants.cend(),
                                          [&](int p) { return out.entities[p].kind == NodeKind::Organization; });
            if (body && said.contains(QLatin1String("ministers")) && matchIn(ofMinisters, said).hasMatch())
                level = ministerialRow;
        }
        if (level < 0)
            continue;
        eventRows[i] = level;
        out.events[i].type = QString::fromLatin1(triggerWords[level].type);
        out.events[i].rule += QStringLiteral(", of the leaders or ministers of three countries or more");
    }
}

// CONVENTIONS.md [trip]: a trip with a named counterpart is the meeting
// or talks held on it, not a visit as well, unless the text presents it
// as a state, official, working or N-day visit or it tours a site. "visited Singapore last
// Thursday and met X", "had flown to Baku, where he held talks with X",
// "travelled to Brussels last week. She met X": a visit whose sentence, or
// the next of its paragraph, tells a meeting or talks of one who made it,
// of days that meet its own, is that meeting, which takes the visit's
// place and date where it has none. "was due to visit Kuwait City on Dec.
// 19 to press X", "When X visited Beijing, Premier Y told him": a visit
// that names, after its words, a person it was made to is a meeting.
void EventFinder::tripsAsMeetings(QList<bool> *dropped)
{
    static const int visitRow = typeIndex("visit");
    static const int meetingRow = typeIndex("meeting");
    static const int talksRow = typeIndex("talks");
    for (int v = 0; v < out.events.size(); ++v) {
        Event &visit = out.events[v];
        // A tour of a site ("toured the mine", "flew over the burning
        // peat") is a visit whoever shows the visitor round.
        if (eventRows[v] != visitRow || eventSentences[v].isEmpty() ||
            std::any_of(visit.mentions.cbegin(), visit.mentions.cend(), [&](const Span &w) {
                const QStringView words = QStringView(t).mid(w.start, w.end - w.start);
                return presentedAsVisit(w.start, w.end) || words.startsWith(QLatin1String("tour"), Qt::CaseInsensitive) ||
                       words.startsWith(QLatin1String("flew over"), Qt::CaseInsensitive);
            }))
            continue;
        int held = -1;
        for (int o = 0; o < out.events.size() && held < 0; ++o) {
            const Event &e = out.events[o];
            if (o == v || (*dropped)[o] || (eventRows[o] != meetingRow && eventRows[o] != talksRow) ||
                e.planned != visit.planned || !datesMeet(e.date, visit.date) ||
                std::none_of(e.participants.cbegin(), e.participants.cend(), [&](int p) {
                    return std::any_of(visit.participants.cbegin(), visit.participants.cend(),
                                       [&](int q) { return sameActor(out.entities, p, q); });
                }))
                continue;
            // Where the visit is told ("during her visit" later refers back to it).
            const int vs = text.sentenceAt(visit.evidence.start);
            const bool near = std::any_of(eventSentences[o].cbegin(), eventSentences[o].cend(), [&](int es) {
                return es == vs || (es == vs + 1 && sentences[es].paragraph == sentences[vs].paragraph);
            });
            if (near)
                held = o;
        }
        if (held >= 0) {
            Event &e = out.events[held];
            if (e.place < 0)
                e.place = visit.place;
            if (e.date.isEmpty() && !visit.date.isEmpty()) {
                e.date = visit.date;
                e.dateStated = visit.dateStated;
                e.dateNote = visit.dateNote;
                e.dateEvidence = visit.dateEvidence;
            }
            e.rule += QStringLiteral(", held on a trip (no visit beside it)");
            (*dropped)[v] = true;
            continue;
        }
        // "to review preparations with Prime Minister X": whom the trip's
        // purpose is to be done with is met too.
        QList<int> met;
        const bool counterpart = std::any_of(visit.mentions.cbegin(), visit.mentions.cend(), [&](const Span &w) {
            const Sentence &s = sentences[text.sentenceAt(w.start)];
            const int from = text.tokenAtOrAfter(w.end);
            for (auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), w.end,
                                            [](const Mention &x, qsizetype pos) { return x.start < pos; });
                 it != mentions.cend() && it->start < s.end; ++it) {
                // "travelled to Lome to talk to the government of Togo": a
                // government or an organisation the trip is made to talk
                // to, meet or negotiate with, right after its purpose.
                if ((out.entities[it->entity].kind == NodeKind::Country ||
                     out.entities[it->entity].kind == NodeKind::Organization) &&
                    !quoted(it->start) && [&] {
                        for (int k = from; k + 2 < it->firstToken && k < s.endToken; ++k) {
                            if (text.commaBetween(k, k + 1))
                                return false;
                            if (tokens[k].text == QLatin1String("to") &&
                                isOneOf(tokens[k + 1].text, {"talk", "meet", "negotiate", "consult"}))
                                // At most "to the government of" between.
                                return it->firstToken - (k + 2) <= 4 &&
                                       (isOneOf(tokens[k + 2].text, {"to", "with"}) || tokens[k + 1].text == QLatin1String("meet"));
                        }
                        return false;
                    }()) {
                    met.append(it->entity);
                    return true;
                }
                if (out.entities[it->entity].kind != NodeKind::Person || quoted(it->start))
                    continue;
                // "visit the mine with Finance Minister X": company on the way, no one visited.
                int with = -1;
                for (int k = it->firstToken - 1; k >= std::max(from, it->firstToken - 4) && with < 0; --k) {
                    if (tokens[k].text == QLatin1String("with"))
                        with = k;
                }
                if (with < 0) {
                    if (visit.participants.contains(it->entity))
                        return true;
                    continue;
                }
                bool purpose = false;
                for (int k = from; k + 1 < with && !purpose; ++k) {
                    if (text.commaBetween(k, k + 1))
                        break;
                    purpose = tokens[k].text == QLatin1String("to") && tokens[k + 1].text.front().isLower() &&
                              !isOneOf(tokens[k + 1].text, {"the", "a", "an", "his", "her", "their", "its"});
                }
                if (purpose) {
                    met.append(it->entity);
                    return true;
                }
            }
            return false;
        });
        for (int p : std::as_const(met)) {
            if (!visit.participants.contains(p))
                visit.participants.append(p);
        }
        if (counterpart) {
            visit.type = QString::fromLatin1(triggerWords[meetingRow].type);
            eventRows[v] = meetingRow;
            visit.rule += QStringLiteral(", a trip to someone named (a meeting)");
        }
    }
}

// One event across its mentions. A dated mention joins an event of its
// type with a date that meets its own and a participant in common; an
// undated one joins, if it says "the …", the event it refers back to, else
// the event of its type it shares the most participants with (the most
// recent of them if several). A mention that joins nothing is a new event,
// if it names anyone; if it names no one, the people of the sentence
// before it are taken as its participants.
// "African Union leaders agreed on Sunday to … . The one-day summit in
// Malabo, chaired by …": a lead that reports what was done on a day and
// names no event, then "the" event named undated in the sentence after
// it: that event is of the lead's day (inferred, and said so), not of a
// meeting held on its sidelines, and those the lead names before its
// date (who did it) took part.
void EventFinder::dateFromTheLead(QList<EventMention> &found)
{
    const int lead = text.bodySentence;
    const auto after = std::find_if(found.begin(), found.end(), [&](const EventMention &m) { return m.sentence >= lead; });
    if (after == found.end() || after->planned || !after->date.iso.isEmpty())
        return;
    const Sentence &s = sentences[lead];
    // "For ninety minutes on Saturday the loudest argument between Kenya
    // and Somalia was about a penalty. … ¶ Kenya beat Somalia 2-1 in a
    // friendly": the first event the next paragraph opens on, of someone
    // the lead names, is the one the lead dates.
    const bool opensNext = after->sentence > lead + 1 && after->sentence <= lead + 3 &&
                           sentences[after->sentence].paragraph != s.paragraph &&
                           sentences[after->sentence - 1].paragraph == s.paragraph && [&] {
                               QList<int> named;
                               int where = -1;
                               actorsIn(s.start, s.end, s, &named, &where);
                               return std::any_of(after->participants.cbegin(), after->participants.cend(),
                                                  [&](int p) { return named.contains(p); });
                           }();
    if (!opensNext && (after->sentence != lead + 1 || !after->definite))
        return;
    QList<ResolvedDate> days;
    for (const ResolvedDate &d : datesIn(lead, false)) {
        if (dateGoverns(d, s))
            days.append(d);
    }
    if (days.size() != 1 || days.first().iso.size() != 10)
        return;
    after->date = days.first();
    after->date.stated = false;
    after->date.note = QStringLiteral("inferred: the day the lead reports (%1)").arg(days.first().note);
    after->rule += QStringLiteral(", dated by the lead");
    QList<int> actors;
    int place = -1;
    actorsIn(s.start, days.first().start, s, &actors, &place);
    for (int a : std::as_const(actors)) {
        if (!after->participants.contains(a))
            after->participants.append(a);
    }
}

int EventFinder::merge(const EventMention &mention, int apartFrom)
{
    EventMention m = mention;
    const auto shared = [&](const Event &e) {
        int count = 0;
        for (int p : std::as_const(m.participants)) {
            count += std::any_of(e.participants.cbegin(), e.participants.cend(),
                                 [&](int q) { return sameActor(out.entities, p, q); });
        }
        return count;
    };
    const auto near = [&](int event) {
        return std::any_of(eventSentences[event].cbegin(), eventSentences[event].cend(),
                           [&](int si) { return std::abs(si - m.sentence) <= 1; });
    };
    const QString mType = QString::fromLatin1(triggerWords[m.type].type);
    if (m.participants.isEmpty() && sequel(m)) {
        // "their next round of talks": the people of the last round.
        for (int i = int(out.events.size()) - 1; i >= 0 && m.participants.isEmpty(); --i) {
            if (out.events[i].type == mType && out.events[i].evidence.start < m.words.start) {
                m.participants = out.events[i].participants;
                m.rule += QStringLiteral(", participants of the one before it");
            }
        }
        // "Delegates of A and B meet for the first time … The second round
        // opens in Havana": no round before, the rounds are of those who met.
        for (int i = int(out.events.size()) - 1;
             i >= 0 && m.participants.isEmpty() && mType == QLatin1String("talks"); --i) {
            if (out.events[i].type == QLatin1String("meeting") && !out.events[i].planned &&
                out.events[i].evidence.start < m.words.start) {
                m.participants = out.events[i].participants;
                m.rule += QStringLiteral(", participants of the meeting before it");
            }
        }
    }
    // "About 2,300 workers at the plant walked off the job on Monday", "A
    // shorter strike at the same plant in 2029": a strike with no party of
    // its own is of the parties of the strike told before it (the same
    // employer, the same union).
    static const int strikeRow = typeIndex("strike");
    if (m.participants.isEmpty() && m.type == strikeRow) {
        for (int i = int(out.events.size()) - 1; i >= 0 && m.participants.isEmpty(); --i) {
            if (std::any_of(eventTypes[i].cbegin(), eventTypes[i].cend(),
                            [](const std::pair<qsizetype, int> &k) { return k.second == strikeRow; })) {
                m.participants = out.events[i].participants;
                m.rule += QStringLiteral(", of the parties of the strike before it");
            }
        }
    }
    // "About 5,000 cane farmers have been on strike since Monday. … The
    // Northern Cane Growers' Association says …": a strike with no party
    // named is of the one union (association, federation) the article
    // names, when it names only one.
    // (Only words that tell a stoppage under way since a day the text
    // gives, "have been on strike since Monday": not "a strike" spoken of,
    // threatened or past.)
    const QStringView told = QStringView(t).mid(m.words.start, m.words.end - m.words.start);
    if (m.participants.isEmpty() && m.type == strikeRow && !m.planned && m.date.ongoing &&
        (told == u"on strike" || told == u"went on strike" || told == u"walked out")) {
        int only = -1;
        bool several = false;
        for (const Mention &x : mentions) {
            const Entity &e = out.entities[x.entity];
            if (e.kind != NodeKind::Organization || quoted(x.start))
                continue;
            const QStringView last = lastSection(e.label, QLatin1Char(' '));
            if (!isOneOf(last.toString(), {"Union", "Federation", "Association", "Syndicate", "Confederation", "Guild"}) &&
                !e.label.contains(QLatin1String("Workers")))
                continue;
            if (only >= 0 && only != x.entity)
                several = true;
            only = x.entity;
        }
        if (only >= 0 && !several) {
            m.participants.append(only);
            m.rule += QStringLiteral(", of the only union the article names");
        }
    }
    // "Sri Lanka will host the next summit in Colombo in 2035", "The
    // leaders last met in Bangkok in 2031": the bloc whose summit the
    // article told before holds the next one and held the last.
    {
        static const int summitRow = typeIndex("summit");
        static const int meetingRow = typeIndex("meeting");
        const int first = text.tokenAtOrAfter(m.words.start);
        const Sentence &own = sentences[m.sentence];
        const bool another = m.type == summitRow && first > own.firstToken &&
                             (isOneOf(tokens[first - 1].text, {"next", "last", "previous", "following"}) ||
                              (first - 1 > own.firstToken && isOneOf(tokens[first - 1].text, {"year", "year's"}) &&
                               isOneOf(tokens[first - 2].text, {"next", "last"})));
        const bool leadersMet = m.type == meetingRow && first >= own.firstToken + 2 &&
                                isOneOf(lowerCased(t.mid(m.words.start, m.words.end - m.words.start)), {"met", "meet", "meets"}) &&
                                [&] {
                                    int k = first - 1;
                                    while (k > own.firstToken && isOneOf(tokens[k].text, {"last", "first", "previously",
                                                                                           "also", "had", "have", "will"}))
                                        --k;
                                    return k == own.firstToken + 1 && lowerEquals(tokens[k - 1].text, u"the") &&
                                           isOneOf(tokens[k].text, {"leaders", "presidents"});
                                }();
        const bool bloc = std::any_of(m.participants.cbegin(), m.participants.cend(), [&](int p) {
            return out.entities[p].kind == NodeKind::Organization;
        });
        if ((another && !bloc) || leadersMet) {
            int whose = -1;
            for (int i = 0; i < out.events.size() && whose < 0; ++i) {
                const Event &e = out.events[out.events.size() - 1 - i];
                if (e.evidence.start >= m.words.start || e.type != QLatin1String("summit"))
                    continue;
                for (int p : e.participants) {
                    if (out.entities[p].kind == NodeKind::Organization) {
                        whose = p;
                        break;
                    }
                }
            }
            if (whose >= 0) {
                if (leadersMet) {
                    m.participants = {whose};
                    m.type = summitRow;
                    m.rule += QStringLiteral(", the leaders of the bloc whose summit was told before");
                } else {
                    m.participants.append(whose);
                    m.rule += QStringLiteral(", another summit of the bloc told before");
                }
            }
        }
    }
    // "X and Y will meet again next week": a follow-up session keeps the
    // type of the talks, summit or ministerial it continues, the event told
    // before it that most of them took part in (CONVENTIONS.md [type]).
    if (!m.participants.isEmpty() && m.type == typeIndex("meeting")) {
        const int after = text.tokenAtOrAfter(m.words.end);
        if (after < sentences[m.sentence].endToken && tokens[after].start <= m.words.end + 1 &&
            tokens[after].text == QLatin1String("again")) {
            // The one with most of them named in it, the latest of those.
            int last = -1;
            int most = 0;
            for (int i = 0; i < out.events.size(); ++i) {
                const int both = int(std::count_if(m.participants.cbegin(), m.participants.cend(),
                                                   [&](int p) { return out.events[i].participants.contains(p); }));
                if (out.events[i].evidence.start < m.words.start && both > 0 &&
                    (both > most || (both == most && out.events[i].evidence.start > out.events[last].evidence.start))) {
                    last = i;
                    most = both;
                }
            }
            static const int talks = typeIndex("talks");
            static const int summit = typeIndex("summit");
            static const int ministerial = typeIndex("ministerial");
            const int continued = last >= 0 ? eventTypes[last].first().second : -1;
            if (continued == talks || continued == summit || continued == ministerial) {
                m.type = continued;
                m.rule += QStringLiteral(", meeting again: of the kind of the event it continues");
            }
        }
    }
    // "The two sides … will meet again next week", "The ministers will meet
    // again in June": no one named, those of the event told last before it
    // meet once more, in another of its kind (CONVENTIONS.md [type]: a
    // follow-up session keeps the type of the happening it continues).
    // "When they last gathered, in October": so did they the time before.
    if (m.participants.isEmpty() && !out.events.isEmpty()) {
        const int after = text.tokenAtOrAfter(m.words.end);
        const int first = text.tokenAtOrAfter(m.words.start);
        const bool lastTime = tokens[first].text == QLatin1String("last") ||
                              (first > sentences[m.sentence].firstToken && tokens[first - 1].text == QLatin1String("last"));
        // ("would return to the table", "will sit down again": the words say it.)
        const QString said = t.mid(m.words.start, m.words.end - m.words.start);
        const bool onceMore = said.endsWith(QLatin1String("table")) || said.endsWith(QLatin1String("again"));
        if (lastTime || onceMore ||
            (after < sentences[m.sentence].endToken && tokens[after].start <= m.words.end + 1 &&
             tokens[after].text == QLatin1String("again"))) {
            // (Told before by any of its mentions: "The talks have broken
            // up" atop a live page that opened them further down.)
            int last = -1;
            qsizetype lastAt = -1;
            for (int i = 0; i < out.events.size(); ++i) {
                for (const Span &w : std::as_const(out.events[i].mentions)) {
                    if (w.start < m.words.start && w.start > lastAt) {
                        last = i;
                        lastAt = w.start;
                    }
                }
                if (out.events[i].evidence.start < m.words.start && out.events[i].evidence.start > lastAt) {
                    last = i;
                    lastAt = out.events[i].evidence.start;
                }
            }
            // "The foreign ministers are due to meet again": those the words
            // name, the last event told of "foreign ministers", not merely
            // the last event (a mother's visit told in between).
            const Sentence &own = sentences[m.sentence];
            QString group;
            for (int k = own.firstToken + 1; k < first && group.isEmpty(); ++k) {
                if (isOneOf(tokens[k].text, {"ministers", "leaders", "presidents", "premiers", "chancellors"}) &&
                    tokens[k - 1].text.front().isLower() && !isOneOf(tokens[k - 1].text, {"the", "two", "three", "both"}))
                    group = tokens[k - 1].text + QLatin1Char(' ') + tokens[k].text;
            }
            if (!group.isEmpty()) {
                int named = -1;
                qsizetype namedAt = -1;
                for (int i = 0; i < out.events.size(); ++i) {
                    const Event &e = out.events[i];
                    if (e.evidence.start >= m.words.start || e.evidence.start <= namedAt || e.participants.size() < 2)
                        continue;
                    const Sentence &told = sentences[text.sentenceAt(e.evidence.start)];
                    if (QStringView(t).mid(told.start, told.end - told.start).contains(group, Qt::CaseInsensitive)) {
                        named = i;
                        namedAt = e.evidence.start;
                    }
                }
                if (named >= 0)
                    last = named;
            }
            if (last >= 0 && !out.events[last].participants.isEmpty() &&
                typesMeet(eventTypes[last].first().second, m.type)) {
                static const int ministerial = typeIndex("ministerial");
                static const int talks = typeIndex("talks");
                static const int summit = typeIndex("summit");
                m.participants = out.events[last].participants;
                const int continued = eventTypes[last].first().second;
                if (continued == ministerial || (!lastTime && (continued == talks || continued == summit)))
                    m.type = continued;
                m.rule += QStringLiteral(", meeting again: those of the event before it");
            }
        }
    }
    if (m.participants.isEmpty() && !m.definite && m.sentence > 0 &&
        sentences[m.sentence - 1].paragraph == sentences[m.sentence].paragraph) {
        // No one named ("They met for talks"): the actors of the sentence before, in its paragraph.
        const Sentence &previous = sentences[m.sentence - 1];
        int place = -1;
        actorsIn(previous.start, previous.end, previous, &m.participants, &place);
        if (m.place < 0)
            m.place = place;
        m.rule += QStringLiteral(", participants from the sentence before");
        // "Leaders of the three countries will meet … Customs chiefs are to
        // hold technical talks": no actor there either, the parties of the
        // event told in that sentence.
        if (m.participants.isEmpty()) {
            for (int i = int(out.events.size()) - 1; i >= 0 && m.participants.isEmpty(); --i) {
                if (eventSentences[i].contains(m.sentence - 1))
                    m.participants = out.events[i].participants;
            }
        }
    }
    // "Delegations from the two sides met in Astana. The EU team was led
    // by X, and the Kazakh side by Y": no one named, those the next
    // sentence of its paragraph says led them.
    if (m.participants.isEmpty() && m.sentence + 1 < sentences.size() &&
        sentences[m.sentence + 1].paragraph == sentences[m.sentence].paragraph) {
        const Sentence &next = sentences[m.sentence + 1];
        bool led = false;
        for (int k = next.firstToken; k + 1 < next.endToken && !led; ++k)
            led = tokens[k].text == QLatin1String("led") && tokens[k + 1].text == QLatin1String("by");
        if (led) {
            int place = -1;
            actorsIn(next.start, next.end, next, &m.participants, &place);
            m.rule += QStringLiteral(", participants from the sentence after (\u201cled by\u201d)");
        }
    }
    // "the two leaders agreed that their defence chiefs would meet": the
    // leaders' countries, where the text gave them.
    if (m.delegated) {
        QList<int> countries;
        for (int p : std::as_const(m.participants)) {
            const Entity &e = out.entities[p];
            const int whose = e.kind == NodeKind::Person && e.titleOf >= 0 &&
                                      out.entities[e.titleOf].kind == NodeKind::Country
                                  ? e.titleOf
                                  : p;
            if (!countries.contains(whose))
                countries.append(whose);
        }
        m.participants = countries;
    }
    // "**10:42 GMT** — The talks have begun": a live blog's entry headed by
    // a time alone is of the blog's day; newest first, "the talks" there are
    // that day's, not the last event told above them.
    const bool blogEntry = m.definite && date.isValid() && [&] {
        int first = m.sentence;
        while (first > 0 && sentences[first - 1].paragraph == sentences[m.sentence].paragraph)
            --first;
        qsizetype at = sentences[first].start;
        while (at < t.size() && t.at(at) == QLatin1Char('*'))
            ++at;
        return at + 5 <= t.size() && t.at(at).isDigit() && t.at(at + 1).isDigit() &&
               (t.at(at + 2) == QLatin1Char(':') || t.at(at + 2) == QLatin1Char('.')) && t.at(at + 3).isDigit() &&
               t.at(at + 4).isDigit();
    }();
    const QString blogDay = blogEntry ? date.toString(Qt::ISODate) : QString();
    // "The two ministers last held talks in Bergen, though no one has said
    // when": the time before, undated, is an earlier event than any the
    // text tells; it joins none of them.
    const bool earlierTime = m.date.iso.isEmpty() && !m.definite && [&] {
        const int first = text.tokenAtOrAfter(m.words.start);
        const int from = sentences[m.sentence].firstToken;
        if (tokens[first].text == QLatin1String("last"))
            return true;
        // "last held direct talks", "last met": a verb and a word or two that qualify the event between.
        for (int j = first - 1; j >= std::max(from, first - 3); --j) {
            if (tokens[j].text == QLatin1String("last"))
                return true;
            if (!tokens[j].text.front().isLower() || text.commaBetween(j, j + 1))
                return false;
        }
        return false;
    }();
    int best = -1;
    int bestShared = 0;
    // "Wierzbicki also met separately with Ozols": the event it is said
    // beside (the last named before it that shares someone), which it does
    // not join when it names someone that event lacks.
    int beside = -1;
    int besideSentence = -1;
    for (int i = 0; i < out.events.size(); ++i) {
        if (i == apartFrom || earlierTime)
            continue;
        const Event &e = out.events[i];
        // The words of its first mention say its kind (rows share the type "other").
        const int eType = eventTypes[i].first().second;
        if (!typesMeet(eType, m.type) || !datesMeet(e.date, m.date.iso) || (retrying && eType != m.type))
            continue;
        // "On Monday and Tuesday, delegations from the two sides met": no
        // one named, what happened is not the meeting told later as to come
        // ("ministers … are due to meet, but no date has been set").
        if (retrying && e.planned != m.planned)
            continue;
        if (m.separate && shared(e) > 0 && e.planned == m.planned &&
            std::any_of(m.participants.cbegin(), m.participants.cend(), [&](int p) {
                return std::none_of(e.participants.cbegin(), e.participants.cend(),
                                    [&](int q) { return sameActor(out.entities, p, q); });
            })) {
            for (int si : eventSentences[i]) {
                if (si <= m.sentence && si > besideSentence) {
                    beside = i;
                    besideSentence = si;
                }
            }
            continue;
        }
        // "closing a five-day meeting … On Monday he met X and Y": a day's
        // meeting within the days of a longer one, naming someone that one
        // lacks, is a meeting of its own held during it (not "the meeting").
        if (!m.definite && m.date.iso.size() == 10 && e.date.contains(QLatin1Char('/')) &&
            std::any_of(m.participants.cbegin(), m.participants.cend(), [&](int p) {
                return std::none_of(e.participants.cbegin(), e.participants.cend(),
                                    [&](int q) { return sameActor(out.entities, p, q); });
            }))
            continue;
        // A meeting and talks are one event only side by side (or "the meeting"), on one date.
        // "The talks opened on Tuesday with a session chaired by X": a
        // day within the days the event of that kind is known to span is
        // that event, whoever these words name.
        // Or the other way: "The consultations, held on Monday and Tuesday"
        // after "a day after … consultations … ended" (Tuesday).
        const auto holds = [](const QString &range, const QString &day) {
            return range.contains(QLatin1Char('/')) && firstDay(range) <= firstDay(day) &&
                   detail::lastDay(day) <= detail::lastDay(range);
        };
        // "Envoys of A and B met in Muscat last week. The talks, held on June
        // 17 and 18, …": right after, the definite words of another kind
        // (talks, a meeting) for days within those told are that event.
        const bool within = m.definite && (eType == m.type || near(i)) && !m.date.iso.isEmpty() &&
                            !e.date.isEmpty() && (holds(e.date, m.date.iso) || holds(m.date.iso, e.date));
        const bool referring = (m.definite && (m.date.iso.isEmpty() || m.participants.isEmpty())) || within;
        // "ministers … are due to meet in Conakry on June 4. X has also
        // proposed a summit of the heads of state": a meeting of ministers
        // and one of leaders are two events, however near.
        static const int summitType = typeIndex("summit");
        static const int ministerialType = typeIndex("ministerial");
        if ((eType == summitType && m.type == ministerialType) || (eType == ministerialType && m.type == summitType))
            continue;
        // "Peru has also proposed a meeting …" after talks of the same
        // people: what is proposed ("proposed a", "suggested an") is a new
        // event, not one of another kind told before.
        if (eType != m.type && !m.definite && [&] {
                const int k = text.tokenAtOrAfter(m.words.start);
                const int first = sentences[m.sentence].firstToken;
                return k - 2 >= first && isOneOf(tokens[k - 1].text, {"a", "an"}) &&
                       isOneOf(tokens[k - 2].text, {"proposed", "proposes", "propose", "proposing", "suggested",
                                                    "suggests", "suggest"});
            }())
            continue;
        // "… are due to meet again on June 20. The union has proposed a
        // ministerial meeting of the ministers of A, B, C and D": a
        // ministerial of three countries or more the meeting lacks is its own.
        if (m.type == ministerialType && eType != ministerialType && !m.definite &&
            std::count_if(m.participants.cbegin(), m.participants.cend(), [&](int p) {
                return out.entities[p].kind == NodeKind::Country && !e.participants.contains(p);
            }) >= 3)
            continue;
        // "Two days of talks at the bloc's seat ended on Friday … Ministers
        // from all 12 members met on Thursday and Friday": words of two
        // kinds for the same days (more than one) and the same party, far
        // apart, are one event.
        const bool sameDays = e.date == m.date.iso && e.date.contains(QLatin1Char('/')) && shared(e) > 0;
        const bool otherDates = e.date != m.date.iso && !e.date.isEmpty() && !m.date.iso.isEmpty();
        if (eType != m.type && !sameDays && ((!near(i) && !referring) || (otherDates && !within)))
            continue;
        const int common = shared(e);
        if (referring) {
            // The event the text named last before these words (else the first after them).
            int lastBefore = -1;
            int firstAfter = int(sentences.size());
            for (int si : eventSentences[i]) {
                if (si <= m.sentence)
                    lastBefore = std::max(lastBefore, si);
                else
                    firstAfter = std::min(firstAfter, si);
            }
            // "An earlier round in May … would watch the talks closely": the
            // talks the article tells, not a round of their series told since.
            const bool round = roundOfASeries(e.evidence) && !roundOfASeries(m.words);
            // "as the summit ended": the summit, though a ministerial was named since.
            const int score = (round ? -5000000 : 0) + (blogEntry && e.date == blogDay ? 16000000 : 0) +
                              (m.whileOn && eType == m.type ? 8000000 : 0) + (e.planned == m.planned ? 4000000 : 0) +
                              (lastBefore >= 0 ? 2000000 + common * 10000 + lastBefore
                                               : 1000000 + common * 10000 - firstAfter);
            if (best < 0 || score > bestShared) {
                best = i;
                bestShared = score;
            }
            continue;
        }
        if (e.planned != m.planned || common == 0)
            continue;
        // "talks in Kyiv … that neither side will date" after talks in
        // Warsaw, "sitting down with X in a hotel in Danane" after a
        // meeting in Ouagadougou: undated, in another town than the
        // event's, another event. A town: a capital, a place the gazetteer
        // knows, or a place of one word (not a venue, "Carrera Building",
        // which may be in it).
        const auto town = [&](int place) {
            if (place < 0 || out.entities[place].kind != NodeKind::Place)
                return false;
            const QString &name = out.entities[place].label;
            return !gz.capitalOf(name).isEmpty() || gz.isPlaceName(name) || !name.contains(QLatin1Char(' '));
        };
        if (m.date.iso.isEmpty() && m.place != e.place && town(m.place) && town(e.place))
            continue;
        // Far from it, a mention must name the same people: two of them, or all
        // it names ("Rutte met Trump on Thursday", "Rutte met Hegseth on
        // Thursday" are two meetings); an undated one, the very same.
        const int strict = int(std::count_if(m.participants.cbegin(), m.participants.cend(),
                                             [&](int p) { return e.participants.contains(p); }));
        const qsizetype needed = std::min<qsizetype>({2, m.participants.size(), e.participants.size()});
        if (!near(i) &&
            (m.date.iso.isEmpty() ? strict < std::min<qsizetype>(2, m.participants.size()) : common < needed))
            continue;
        if (m.date.iso.isEmpty()) {
            // Most in common; then the date nearest the article's; then the nearest in the text.
            const QDate when = firstDay(e.date);
            const qint64 days = when.isValid() && date.isValid() ? std::abs(when.daysTo(date)) : 100000;
            const int score =
                (near(i) ? 100000000 : 0) + common * 1000000 - int(std::min<qint64>(days, 999999));
            if (best < 0 || score > bestShared) {
                best = i;
                bestShared = score;
            }
        } else if (best < 0) {
            best = i;
        }
    }
    // "Haug met Magnusdottir in Reykjavik … The visit was Haug's first":
    // where the text has reported no visit, the visit it speaks of as known
    // is the trip of the meeting or talks whose people it names, all of them.
    static const int visit = typeIndex("visit");
    bool trip = false;
    const auto isPerson = [&](int p) { return out.entities[p].kind == NodeKind::Person; };
    if (best < 0 && m.type == visit && m.definite && std::any_of(m.participants.cbegin(), m.participants.cend(), isPerson) &&
        !retrying &&
        std::none_of(eventTypes.cbegin(), eventTypes.cend(),
                     [&](const auto &types) { return types.first().second == visit; })) {
        static const int meeting = typeIndex("meeting");
        static const int talks = typeIndex("talks");
        int mostPeople = 0;
        qint64 fewestDays = 0;
        for (int i = 0; i < out.events.size(); ++i) {
            const Event &e = out.events[i];
            const int eType = eventTypes[i].first().second;
            const int people = int(std::count_if(e.participants.cbegin(), e.participants.cend(), isPerson));
            const bool all = std::all_of(m.participants.cbegin(), m.participants.cend(), [&](int p) {
                return !isPerson(p) || std::any_of(e.participants.cbegin(), e.participants.cend(),
                                   [&](int q) { return sameActor(out.entities, p, q); });
            });
            // The meeting with the most people; of those, the nearest the article's day.
            const QDate when = firstDay(e.date);
            const qint64 days = when.isValid() && date.isValid() ? std::abs(when.daysTo(date)) : 1000000;
            if ((eType == meeting || eType == talks) && all && e.planned == m.planned &&
                datesMeet(e.date, m.date.iso) && (m.place < 0 || e.place < 0 || m.place == e.place) &&
                (people > mostPeople || (people == mostPeople && days < fewestDays))) {
                best = i;
                mostPeople = people;
                fewestDays = days;
            }
        }
        if (best >= 0) {
            // Its people are the meeting's already; what else its clause
            // names ("signals the importance of … NATO leadership") is not.
            // Nor does it make the meeting a visit.
            m.participants.clear();
            m.rule += QStringLiteral(", the trip of the meeting it names");
            trip = true;
        }
    }
    if (best < 0) {
        if (m.participants.isEmpty())
            return -1;
        // Undated, "also met" takes the date of the occasion it is said beside.
        if (m.date.iso.isEmpty() && beside >= 0 && !out.events[beside].date.isEmpty()) {
            const Event &occasion = out.events[beside];
            m.date.iso = occasion.date;
            m.date.stated = false;
            m.date.note = QStringLiteral("inferred: the occasion of the event it is said beside (\u201c%1\u201d; %2)")
                              .arg(t.mid(m.words.start, m.words.end - m.words.start), occasion.dateNote);
            m.date.start = occasion.dateEvidence.start;
            m.date.end = occasion.dateEvidence.end;
            m.rule += QStringLiteral(", another event than the one before it (\u201calso\u201d, \u201cseparately\u201d)");
        }
        Event e;
        e.type = mType;
        e.rule = m.rule + QStringLiteral(" with the names around it");
        e.evidence = m.words;
        e.mentions = {m.words};
        e.participants = m.participants;
        e.place = m.place;
        e.planned = m.planned;
        e.date = m.date.iso;
        e.dateStated = m.date.stated;
        e.dateNote = m.date.note;
        e.dateEvidence = Span{m.date.start, m.date.end};
        out.events.append(e);
        eventSentences.append(QList<int>{m.sentence});
        eventTypes.append(QList<std::pair<qsizetype, int>>{{m.words.start, m.type}});
        return int(out.events.size()) - 1;
    }
    Event &known = out.events[best];
    for (int p : std::as_const(m.participants)) {
        if (!known.participants.contains(p))
            known.participants.append(p);
    }
    // A day of it known first, then the days that hold it: the days.
    const bool widens = !known.date.isEmpty() && !known.date.contains(QLatin1Char('/')) &&
                        m.date.iso.contains(QLatin1Char('/')) && firstDay(m.date.iso) <= firstDay(known.date) &&
                        detail::lastDay(known.date) <= detail::lastDay(m.date.iso);
    // "met last week … The talks, held on June 17 and 18": the days the
    // definite words give within a week or a month known first.
    const bool narrows = m.definite && !m.addressed && !known.date.isEmpty() && !m.date.iso.isEmpty() &&
                         firstDay(known.date).daysTo(detail::lastDay(known.date)) >= 6 &&
                         firstDay(m.date.iso).daysTo(detail::lastDay(m.date.iso)) < 6 &&
                         firstDay(known.date) <= firstDay(m.date.iso) &&
                         detail::lastDay(m.date.iso) <= detail::lastDay(known.date);
    if ((known.date.isEmpty() || widens || narrows) && !m.date.iso.isEmpty()) {
        known.date = m.date.iso;
        known.dateStated = m.date.stated;
        known.dateNote = m.date.note;
        known.dateEvidence = Span{m.date.start, m.date.end};
    }
    if (known.place < 0)
        known.place = m.place;
    if (std::none_of(known.mentions.cbegin(), known.mentions.cend(),
                     [&](const Span &w) { return w.start == m.words.start; }))
        known.mentions.append(m.words);
    if (m.words.start < known.evidence.start)
        known.evidence = m.words;
    if (!eventSentences[best].contains(m.sentence))
        eventSentences[best].append(m.sentence);
    if (!trip)
        eventTypes[best].append({m.words.start, m.type});
    known.rule += known.mentions.size() == 2 ? QStringLiteral("; one event across its mentions") : QString();
    return best;
}

// "Rutte meets Trump at White House": the headline's words are one more
// mention of the body's event of that kind, the one that shares the most
// with it (participants, then place, then the very type), else the first
// the body reports. Not one whose people are all others than the
// headline's. Who the headline names joins the event only when it shares
// someone with it: a headline's clause is too loose to say more. The
// body's words stay the event's first evidence. False when the body
// reports no such event.
bool EventFinder::mergeHeadline(const EventMention &m)
{
    const auto isPerson = [&](int p) { return out.entities[p].kind == NodeKind::Person; };
    const bool namesPeople = std::any_of(m.participants.cbegin(), m.participants.cend(), isPerson);
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < out.events.size(); ++i) {
        const Event &e = out.events[i];
        const int eType = eventTypes[i].first().second;
        if (!typesMeet(eType, m.type) || !datesMeet(e.date, m.date.iso))
            continue;
        // A headline's summit is no ministerial, nor the other way (see merge).
        static const int summitType = typeIndex("summit");
        static const int ministerialType = typeIndex("ministerial");
        if ((eType == summitType && m.type == ministerialType) || (eType == ministerialType && m.type == summitType))
            continue;
        int common = 0;
        for (int p : std::as_const(m.participants)) {
            common += std::any_of(e.participants.cbegin(), e.participants.cend(),
                                  [&](int q) { return sameActor(out.entities, p, q); });
        }
        const bool othersOnly = common == 0 && namesPeople &&
                                std::any_of(e.participants.cbegin(), e.participants.cend(), isPerson);
        if (othersOnly)
            continue;
        const int first = *std::min_element(eventSentences[i].cbegin(), eventSentences[i].cend());
        const int score = common * 100000 + (m.place >= 0 && m.place == e.place ? 10000 : 0) +
                          (eType == m.type ? 2000 : 0) + (e.planned == m.planned ? 1000 : 0) -
                          std::min(first, 999);
        if (best < 0 || score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best < 0)
        return false;
    Event &known = out.events[best];
    if (bestScore >= 100000 - 999) {
        for (int p : std::as_const(m.participants)) {
            if (isPerson(p) && !known.participants.contains(p))
                known.participants.append(p);
        }
        if (known.place < 0)
            known.place = m.place;
    }
    if (std::none_of(known.mentions.cbegin(), known.mentions.cend(),
                     [&](const Span &w) { return w.start == m.words.start; }))
        known.mentions.append(m.words);
    known.rule += QStringLiteral("; named in the headline");
    return true;
}

QString EventFinder::labelFor(const Event &e, int row) const
{
    QString label = QString::fromLatin1(triggerWords[row].label);
    if (e.planned)
        label = QStringLiteral("Planned ") + label.toLower();
    // "of A", "of A and B", "of A, B and C": the first three taking part,
    // a person by the last word of the name. (Appended in place: a list of
    // them, joined, cost more than the label.)
    const qsizetype named = std::min<qsizetype>(3, e.participants.size());
    for (qsizetype i = 0; i < named; ++i) {
        label += i == 0 ? QStringView(u" of ") : i + 1 < named ? QStringView(u", ") : QStringView(u" and ");
        const Entity &who = out.entities[e.participants[i]];
        label += who.kind == NodeKind::Person ? lastSection(who.label, QLatin1Char(' ')) : QStringView(who.label);
    }
    if (e.place >= 0) {
        label += u" in ";
        label += out.entities[e.place].label;
    }
    return label;
}

} // namespace threadline::extract::detail
