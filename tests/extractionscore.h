#pragma once

// Scores the extractor against a hand-made expected graph: precision and
// recall for people, for quotations (and whether each found one has the
// right speaker), and for events with their participants and dates.

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QDebug>

#include <algorithm>

#include "extractor.h"

namespace scoring {

struct Score
{
    int expected = 0; // in the hand-made graph
    int found = 0;    // proposed by the extractor
    int matched = 0;  // found and right (one to one)

    double precision() const { return found ? double(matched) / found : 1.0; }
    double recall() const { return expected ? double(matched) / expected : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    Score &operator+=(const Score &o)
    {
        expected += o.expected;
        found += o.found;
        matched += o.matched;
        return *this;
    }
};

struct Scores
{
    Score people;
    Score quotes;
    Score speakers; // of the matched quotations: expected = matched, matched = right speaker
    Score events;
    // Of the matched events: their expected participants against the ones
    // found (one to one). An event matches on one participant; this says
    // how many of the others are right.
    Score participants;
    // Each expected event that matched nothing, by what was nearest among
    // the events found and left unmatched: one with a shared participant
    // and the date but another type; the type and a shared participant
    // but another date; the type and the date but no participant in
    // common; only a participant in common; or nothing at all (no event
    // was proposed for it). Says whether events are missed for want of a
    // trigger or found and told wrong, without anyone reading the text.
    struct Misses
    {
        int type = 0, date = 0, participants = 0, typeAndDate = 0, nothing = 0;
        // Events found that matched nothing: near a missed one (by the
        // tests above) or near none.
        int extraNear = 0, extraAlone = 0;
        Misses &operator+=(const Misses &o)
        {
            type += o.type;
            date += o.date;
            participants += o.participants;
            typeAndDate += o.typeAndDate;
            nothing += o.nothing;
            extraNear += o.extraNear;
            extraAlone += o.extraAlone;
            return *this;
        }
    } misses;
    Scores &operator+=(const Scores &o)
    {
        people += o.people;
        quotes += o.quotes;
        speakers += o.speakers;
        events += o.events;
        participants += o.participants;
        misses += o.misses;
        return *this;
    }
};

struct ExpectedQuote
{
    QString text;
    QStringList speakers;
};

struct ExpectedEvent
{
    QString type;
    QStringList participants;
    QString date;
    QString evidence; // for the debug output only
};

struct Expected
{
    QStringList people;
    QList<ExpectedQuote> quotes;
    QList<ExpectedEvent> events;
};

inline QStringList nameWords(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return w == QLatin1String("the"); });
    return words;
}

// The same entity: one name's words all among the other's ("Rutte" and
// "Mark Rutte"), case aside.
inline bool sameName(const QString &a, const QString &b)
{
    const QStringList x = nameWords(a), y = nameWords(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    const auto within = [](const QStringList &small, const QStringList &big) {
        return std::all_of(small.cbegin(), small.cend(), [&](const QString &w) { return big.contains(w); });
    };
    return within(x, y) || within(y, x);
}

inline bool entityIs(const threadline::extract::Entity &e, const QString &name)
{
    if (sameName(e.label, name))
        return true;
    return std::any_of(e.aliases.cbegin(), e.aliases.cend(), [&](const QString &a) {
        return !a.startsWith(QLatin1String("the "), Qt::CaseInsensitive) && sameName(a, name);
    });
}

inline QString trimmedQuote(QString s)
{
    static const QString marks = QStringLiteral(" \t\n,.;:!?\"'\u201c\u201d\u2018\u2019\u2026-");
    while (!s.isEmpty() && marks.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && marks.contains(s.back()))
        s.chop(1);
    return s.simplified();
}

inline bool sameQuote(const QString &found, const QString &expected)
{
    const QString a = trimmedQuote(found), b = trimmedQuote(expected);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return longer.contains(shorter) && shorter.size() * 10 >= longer.size() * 6;
}

inline Scores score(const QString &text, const threadline::extract::Extraction &x, const Expected &want)
{
    using namespace threadline;
    Scores s;
    // People.
    QList<int> people;
    for (int i = 0; i < x.entities.size(); ++i) {
        if (x.entities[i].kind == NodeKind::Person)
            people.append(i);
    }
    s.people.expected = int(want.people.size());
    s.people.found = int(people.size());
    const bool debug = qEnvironmentVariableIsSet("THREADLINE_EXTRACT_DEBUG");
    QSet<int> used;
    for (const QString &name : want.people) {
        bool found = false;
        for (int i : std::as_const(people)) {
            if (!used.contains(i) && entityIs(x.entities[i], name)) {
                used.insert(i);
                ++s.people.matched;
                found = true;
                break;
            }
        }
        if (debug && !found)
            qInfo().noquote() << "  missed person" << name;
    }
    for (int i : std::as_const(people)) {
        if (debug && !used.contains(i))
            qInfo().noquote() << "  extra person" << x.entities[i].label << "(" << x.entities[i].rule << ")";
    }
    // Quotations, then their speakers.
    QList<int> quotes;
    for (int i = 0; i < x.statements.size(); ++i) {
        if (x.statements[i].direct)
            quotes.append(i);
    }
    s.quotes.expected = int(want.quotes.size());
    s.quotes.found = int(quotes.size());
    used.clear();
    for (const ExpectedQuote &q : want.quotes) {
        if (debug && std::none_of(quotes.cbegin(), quotes.cend(), [&](int i) {
                const auto &st = x.statements[i];
                return sameQuote(text.mid(st.text.start, st.text.end - st.text.start), q.text);
            }))
            qInfo().noquote() << "  missed quote" << q.text.left(70);
        for (int i : std::as_const(quotes)) {
            const auto &st = x.statements[i];
            if (used.contains(i) || !sameQuote(text.mid(st.text.start, st.text.end - st.text.start), q.text))
                continue;
            used.insert(i);
            ++s.quotes.matched;
            ++s.speakers.expected;
            ++s.speakers.found;
            if (st.speaker >= 0 && std::any_of(q.speakers.cbegin(), q.speakers.cend(), [&](const QString &who) {
                    return entityIs(x.entities[st.speaker], who);
                }))
                ++s.speakers.matched;
            else if (debug)
                qInfo().noquote() << "  wrong speaker" << (st.speaker >= 0 ? x.entities[st.speaker].label : QStringLiteral("-"))
                                  << "for" << q.speakers << "rule" << st.rule << ":" << q.text.left(50);
            break;
        }
    }
    if (debug) {
        for (int i : std::as_const(quotes)) {
            if (!used.contains(i))
                qInfo().noquote() << "  extra quote" << text.mid(x.statements[i].text.start, 70) << "rule"
                                  << x.statements[i].rule;
        }
    }
    // Events: the type, at least one participant, and the date.
    s.events.expected = int(want.events.size());
    s.events.found = int(x.events.size());
    used.clear();
    QList<const ExpectedEvent *> missed;
    for (const ExpectedEvent &e : want.events) {
        const int matchedBefore = s.events.matched;
        for (int i = 0; i < x.events.size(); ++i) {
            const auto &found = x.events[i];
            if (used.contains(i) || found.type != e.type || found.date != e.date)
                continue;
            const bool shared = std::any_of(found.participants.cbegin(), found.participants.cend(), [&](int p) {
                return std::any_of(e.participants.cbegin(), e.participants.cend(),
                                   [&](const QString &who) { return entityIs(x.entities[p], who); });
            });
            if (!shared)
                continue;
            used.insert(i);
            ++s.events.matched;
            if (debug) {
                QStringList who;
                for (int p : found.participants)
                    who.append(x.entities[p].label);
                qInfo().noquote() << "  matched event" << found.type << found.date << who << "at"
                                  << (found.place >= 0 ? x.entities[found.place].label : QStringLiteral("-"));
            }
            s.participants.expected += int(e.participants.size());
            s.participants.found += int(found.participants.size());
            QSet<int> taken;
            for (const QString &who : e.participants) {
                for (int p : found.participants) {
                    if (!taken.contains(p) && entityIs(x.entities[p], who)) {
                        taken.insert(p);
                        ++s.participants.matched;
                        break;
                    }
                }
            }
            break;
        }
        if (s.events.matched == matchedBefore) {
            missed.append(&e);
            if (debug)
                qInfo().noquote() << "  missed event" << e.type << e.date << e.participants << "|" << e.evidence.left(90);
        }
    }
    // Why each miss was missed, from the events left unmatched.
    {
        const auto shares = [&](const ExpectedEvent &e, int i) {
            return std::any_of(x.events[i].participants.cbegin(), x.events[i].participants.cend(), [&](int p) {
                return std::any_of(e.participants.cbegin(), e.participants.cend(),
                                   [&](const QString &who) { return entityIs(x.entities[p], who); });
            });
        };
        enum Near { None, TypeAndDate, Participants, Date, Type }; // the closer, the larger
        const auto nearness = [&](const ExpectedEvent &e, int i) {
            const auto &f = x.events[i];
            const bool type = f.type == e.type, date = f.date == e.date, who = shares(e, i);
            if (who && date)
                return Type; // the type must differ, or it would have matched
            if (who && type)
                return Date;
            if (type && date)
                return Participants;
            if (who)
                return TypeAndDate;
            return None;
        };
        QSet<int> near;
        for (const ExpectedEvent *e : std::as_const(missed)) {
            Near best = None;
            for (int i = 0; i < x.events.size(); ++i) {
                if (used.contains(i))
                    continue;
                const Near n = nearness(*e, i);
                if (n != None)
                    near.insert(i);
                best = std::max(best, n);
            }
            switch (best) {
            case Type: ++s.misses.type; break;
            case Date: ++s.misses.date; break;
            case Participants: ++s.misses.participants; break;
            case TypeAndDate: ++s.misses.typeAndDate; break;
            case None: ++s.misses.nothing; break;
            }
        }
        for (int i = 0; i < x.events.size(); ++i) {
            if (!used.contains(i))
                ++(near.contains(i) ? s.misses.extraNear : s.misses.extraAlone);
        }
    }
    if (debug) {
        for (int i = 0; i < x.events.size(); ++i) {
            if (!used.contains(i)) {
                QStringList who;
                for (int p : x.events[i].participants)
                    who.append(x.entities[p].label);
                const int place = x.events[i].place;
                qInfo().noquote() << "  extra event" << x.events[i].type << x.events[i].date << who << "at"
                                  << (place >= 0 ? x.entities[place].label : QStringLiteral("-")) << "rule"
                                  << x.events[i].rule << "|" << text.mid(x.events[i].evidence.start, 60);
            }
        }
        for (const ExpectedEvent &e : want.events)
            qInfo().noquote() << "  expected event" << e.type << e.date << e.participants;
    }
    return s;
}

inline Expected expectedFromJson(const QJsonObject &o)
{
    Expected want;
    for (const QJsonValue &v : o.value(QStringLiteral("people")).toArray())
        want.people.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        want.quotes.append({q.value(QStringLiteral("text")).toString(), {q.value(QStringLiteral("speaker")).toString()}});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        ExpectedEvent event{e.value(QStringLiteral("type")).toString(), {}, e.value(QStringLiteral("date")).toString(),
                            e.value(QStringLiteral("evidence")).toString()};
        for (const QJsonValue &p : e.value(QStringLiteral("participants")).toArray())
            event.participants.append(p.toString());
        want.events.append(event);
    }
    return want;
}

} // namespace scoring
