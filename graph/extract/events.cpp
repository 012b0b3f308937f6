#include "events.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

#include "dates.h"
#include "quotes.h"

namespace threadline::extract::detail {

EventFinder::EventFinder(const Text &source, const QList<Quote> &quoted, const EntityFinder &names,
                         const QDate &documentDate, Extraction &extraction)
    : text(source), t(source.t), tokens(source.tokens), sentences(source.sentences), quotes(quoted),
      mentions(names.mentions), mentionAtToken(names.mentionAtToken), date(documentDate), out(extraction)
{
}

void EventFinder::findEvents()
{
    struct Trigger
    {
        const char *pattern;
        const char *type;
    };
    static const Trigger triggers[] = {
        {"phone call|phone conversation|telephone call|spoke by phone|spoke by telephone|by phone|on the "
         "phone|"
         "phoned|call with",
         "phone_call"},
        {"summit", "summit"},
        {"ministerial|ministers' meeting|ministers\u2019 meeting|meeting of (?:the )?(?:\\w+ )?(?:\\w+ "
         ")?ministers|"
         "meeting of the heads of (?:\\w+ )?(?:\\w+ )?(?:departments|ministries)",
         "ministerial"},
        {"missile strikes?|air ?strikes?|drone strikes?|shelling|bombardment|bombing|"
         "launched (?:\\w+ )?missiles?|intercepted",
         "military_action"},
        {"interview", "interview"},
        {"state visit|visited|visiting|visit to|visit", "visit"},
        {"went on strike|on strike|strike action|walkout|walked out|strikes|strike", "strike"},
        {"talks|negotiations|negotiated|negotiating", "talks"},
        {"press conference|news conference|joint briefing|briefing|press briefing", "other"},
        {"met with|met|meet|meets|meeting|sat down with", "meeting"},
    };
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const Trigger &trigger : triggers)
            list.append(
                {QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QString::fromUtf8(trigger.pattern)),
                                    QRegularExpression::CaseInsensitiveOption),
                 QString::fromLatin1(trigger.type)});
        return list;
    }();
    // One pass finds the sentences that name any event; most name none.
    static const QRegularExpression anyTrigger = [] {
        QStringList all;
        for (const Trigger &trigger : triggers)
            all.append(QString::fromUtf8(trigger.pattern));
        return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(all.join(QLatin1Char('|'))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    static const QRegularExpression plannedCue(
        QStringLiteral("\\b(?:will|would|plans?|planned|planning|expected|set to|scheduled|due to|proposed|"
                       "to hold|to meet|to visit|next week|next month|upcoming|later this)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missileStrike(
        QStringLiteral("\\b(?:missile|air|drone|military)\\s+strikes?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        const QString sentence = t.mid(s.start, s.end - s.start);
        // Words inside quotation marks are what someone said, not what happened.
        const auto quoted = [&](qsizetype pos) {
            return std::any_of(quotes.cbegin(), quotes.cend(),
                               [&](const Quote &q) { return pos > q.open && pos < q.close; });
        };
        if (!anyTrigger.match(sentence).hasMatch())
            continue;
        // Up to two events a sentence ("met X on Monday and spoke by phone
        // with Y on Wednesday"), of different kinds, named apart.
        QList<Span> taken;
        for (const auto &[pattern, type] : compiled) {
            if (taken.size() >= 2)
                break;
            const QRegularExpressionMatch m = pattern.match(sentence);
            if (!m.hasMatch() || quoted(s.start + m.capturedStart()))
                continue;
            const qsizetype at = s.start + m.capturedStart();
            if (std::any_of(taken.cbegin(), taken.cend(),
                            [&](const Span &other) { return std::abs(other.start - at) < 25; }))
                continue;
            if (type == QLatin1String("strike") && missileStrike.match(sentence).hasMatch())
                continue;
            // "meet the target", "meets threats": to meet is not always to meet someone.
            if (type == QLatin1String("meeting") &&
                m.captured().toLower().startsWith(QLatin1String("meet")) &&
                !meetsSomeone(s.start + m.capturedEnd(), s))
                continue;
            Event e;
            e.type = type;
            e.rule =
                QStringLiteral("\u201c%1\u201d with the names in its sentence").arg(m.captured().toLower());
            e.evidence = Span{s.start + m.capturedStart(), s.start + m.capturedEnd()};
            for (const Mention &mention : std::as_const(mentions)) {
                if (mention.start < s.start || mention.end > s.end || quoted(mention.start) ||
                    inParentheses(mention.start, s))
                    continue;
                const Entity &entity = out.entities[mention.entity];
                if (entity.kind == NodeKind::Person || entity.kind == NodeKind::Organization ||
                    entity.kind == NodeKind::Country) {
                    if (!e.participants.contains(mention.entity))
                        e.participants.append(mention.entity);
                } else if (entity.kind == NodeKind::Place && e.place < 0) {
                    e.place = mention.entity;
                }
            }
            if (e.participants.isEmpty())
                continue;
            e.planned = plannedCue.match(sentence).hasMatch();
            // The date that follows the words naming the event ("a
            // meeting … on April 3-4"), else the nearest before them.
            ResolvedDate d;
            const QList<ResolvedDate> dates = findDates(t, s.start, s.end, date, e.planned);
            for (const ResolvedDate &candidate : dates) {
                if (candidate.start >= e.evidence.end && candidate.start - e.evidence.end < 80) {
                    d = candidate;
                    break;
                }
                if (candidate.end <= e.evidence.start)
                    d = candidate;
            }
            if (d.iso.isEmpty() && !dates.isEmpty())
                d = dates.first();
            e.date = d.iso;
            e.dateStated = d.stated;
            e.dateNote = d.note;
            e.dateEvidence = Span{d.start, d.end};
            // "the talks", "the meeting": the one already reported.
            const QString before = sentence.left(m.capturedStart()).trimmed().toLower();
            const bool definite = before.endsWith(QLatin1String("the")) ||
                                  before.endsWith(QLatin1String("that")) ||
                                  before.endsWith(QLatin1String("this"));
            if (definite && e.date.isEmpty()) {
                for (Event &known : out.events) {
                    if (known.type == e.type) {
                        for (int p : std::as_const(e.participants)) {
                            if (!known.participants.contains(p))
                                known.participants.append(p);
                        }
                        e.type.clear();
                        break;
                    }
                }
            }
            taken.append(e.evidence);
            if (!e.type.isEmpty())
                merge(e);
        }
    }
    for (Event &e : out.events)
        e.label = labelFor(e);
    // A statement made at the event its sentence reports.
    for (Statement &st : out.statements) {
        for (int i = 0; i < out.events.size(); ++i) {
            const Event &e = out.events[i];
            if (text.sentenceAt(e.evidence.start) == text.sentenceAt(st.evidence.start) && st.speaker >= 0 &&
                e.participants.contains(st.speaker))
                st.event = i;
        }
    }
}

// "met with X", "meet Rutte", "meet in Vienna": someone or somewhere
// within a few words after the verb.
bool EventFinder::meetsSomeone(qsizetype after, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(after);
    for (int j = k; j < std::min(s.endToken, k + 4); ++j) {
        const QString w = tokens[j].text.toLower();
        if (w == QLatin1String("with") || w == QLatin1String("in") || w == QLatin1String("at") ||
            w == QLatin1String("on") || w == QLatin1String("again") || w == QLatin1String("privately"))
            return true;
        if (mentionAtToken.contains(j))
            return out.entities[mentions[mentionAtToken.value(j)].entity].kind != NodeKind::Other;
        if (j == k && (w == QLatin1String("the") || w == QLatin1String("a") || w == QLatin1String("its") ||
                       w == QLatin1String("their") || w == QLatin1String("our")))
            continue;
    }
    return false;
}

// "(Pacific Wire)", "(AU)": asides, not who took part.
bool EventFinder::inParentheses(qsizetype pos, const Sentence &s) const
{
    const qsizetype open = t.lastIndexOf(QLatin1Char('('), pos);
    if (open < s.start)
        return false;
    const qsizetype close = t.indexOf(QLatin1Char(')'), open);
    return close > pos && close <= s.end;
}

void EventFinder::merge(const Event &e)
{
    for (Event &known : out.events) {
        const bool sameType = known.type == e.type;
        const bool shared = std::any_of(e.participants.cbegin(), e.participants.cend(),
                                        [&](int p) { return known.participants.contains(p); });
        const bool sameDate = known.date == e.date || e.date.isEmpty() || known.date.isEmpty();
        if (sameType && shared && sameDate && known.planned == e.planned) {
            for (int p : e.participants) {
                if (!known.participants.contains(p))
                    known.participants.append(p);
            }
            if (known.date.isEmpty() && !e.date.isEmpty()) {
                known.date = e.date;
                known.dateStated = e.dateStated;
                known.dateNote = e.dateNote;
                known.dateEvidence = e.dateEvidence;
            }
            if (known.place < 0)
                known.place = e.place;
            return;
        }
    }
    out.events.append(e);
}

QString EventFinder::labelFor(const Event &e) const
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("phone_call"), QStringLiteral("Phone call")},
        {QStringLiteral("summit"), QStringLiteral("Summit")},
        {QStringLiteral("ministerial"), QStringLiteral("Ministerial meeting")},
        {QStringLiteral("interview"), QStringLiteral("Interview")},
        {QStringLiteral("visit"), QStringLiteral("Visit")},
        {QStringLiteral("strike"), QStringLiteral("Strike")},
        {QStringLiteral("talks"), QStringLiteral("Talks")},
        {QStringLiteral("meeting"), QStringLiteral("Meeting")},
        {QStringLiteral("military_action"), QStringLiteral("Military action")},
        {QStringLiteral("other"), QStringLiteral("Briefing")}};
    QStringList who;
    for (int p : e.participants.mid(0, 3)) {
        const QString label = out.entities[p].label;
        who.append(out.entities[p].kind == NodeKind::Person ? label.section(QLatin1Char(' '), -1) : label);
    }
    QString label = names.value(e.type, QStringLiteral("Event"));
    if (e.planned)
        label = QStringLiteral("Planned ") + label.toLower();
    if (!who.isEmpty())
        label += QStringLiteral(" of ") + (who.size() == 1
                                               ? who.first()
                                               : who.mid(0, who.size() - 1).join(QStringLiteral(", ")) +
                                                     QStringLiteral(" and ") + who.last());
    if (e.place >= 0)
        label += QStringLiteral(" in ") + out.entities[e.place].label;
    return label;
}

} // namespace threadline::extract::detail
