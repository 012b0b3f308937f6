#include "events.h"

#include <QSet>

#include <algorithm>

#include "eventwords.h"
#include "gazetteer.h"
#include "quotes.h"

// Who an event's words are about: where the actors after them stop, the
// one actor of an event that happens to one (taking office, an election),
// and what each name in the sentence is to the event (taking part, only
// qualifying a title, the place, or an aside).

namespace threadline::extract::detail {

// Where the actors after an event's words stop: at a closing attribution
// (", US News reports."), or at a verb of the sentence's own
// ("his visit was intended to dissuade Trump").
qsizetype EventFinder::objectsStop(const Trigger &trigger, qsizetype bound, const Sentence &s) const
{
    static const WordSet auxiliaries = {
        QStringLiteral("was"),   QStringLiteral("were"),  QStringLiteral("is"),     QStringLiteral("are"),
        QStringLiteral("has"),   QStringLiteral("have"),  QStringLiteral("had"),    QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("may"),
        QStringLiteral("might"), QStringLiteral("must"),  QStringLiteral("can"),    QStringLiteral("did"),
        QStringLiteral("does")};
    qsizetype stop = bound;
    const int first = text.tokenAtOrAfter(trigger.end);
    for (int k = first; k < s.endToken && tokens[k].start < bound; ++k) {
        const QString &w = tokens[k].text;
        // Most words are none of those below: the first letter rules them out.
        const char16_t c = w.front().unicode();
        const bool maybe = w.size() <= 10 && (c == u'a' || c == u't' || c == u'o' || c == u'r' || c == u'c' ||
                                              c == u'w' || c == u'b');
        // "Haug's visit comes as the European Union prepares …": a
        // clause of its own, about something else.
        // Not "as national security adviser", "as the new chairman": a role.
        const auto asClause = [&]() {
            if (isOneOf(tokens[k - 1].text, {"such", "well", "as"}) || k + 1 >= s.endToken)
                return false;
            const int next = tokens[k + 1].text == QLatin1String("the") ? k + 2 : k + 1;
            if (next >= s.endToken || titleAt(next, s.endToken))
                return false;
            const QString &n = tokens[k + 1].text;
            return n.front().isUpper() || isOneOf(n, {"he", "she", "they", "it", "we", "the"});
        };
        if (k > first && maybe &&
            (isOneOf(w, {"while", "because", "although", "though", "whereas"}) ||
             (w == QLatin1String("as") && asClause())) &&
            !quoted(tokens[k].start)) {
            stop = tokens[k].start;
            break;
        }
        // "met on the margins of the United Nations General Assembly": what
        // the meeting was held beside is its occasion, no one who met.
        if (maybe && (w == QLatin1String("on") || w == QLatin1String("at")) && k + 3 < s.endToken &&
            tokens[k + 1].text == QLatin1String("the") &&
            isOneOf(tokens[k + 2].text, {"sidelines", "margins", "margin", "fringes", "fringe"}) &&
            tokens[k + 3].text == QLatin1String("of")) {
            stop = tokens[k].start;
            break;
        }
        // "toured a workshop that Kestrel Cells wants to turn into …": a
        // relative clause with a subject of its own tells of the place or
        // thing, not of who took part.
        if (k > first && maybe && w == QLatin1String("that") && k + 1 < s.endToken &&
            !quoted(tokens[k].start)) {
            const auto named = mentionAtToken.constFind(k + 1);
            const int after = named != mentionAtToken.constEnd() ? mentions[*named].endToken : -1;
            if (after > 0 && after < s.endToken && tokens[after].text.front().isLower() &&
                !isOneOf(tokens[after].text, {"and", "or", "of", "in", "on", "at", "for", "to", "with"})) {
                stop = tokens[k].start;
                break;
            }
        }
        // What the event was about is no one who took part: "met Y to
        // discuss Argentina's request", "talks about a loan from the
        // Inter-American Development Bank", "a call over Uruguay's objections".
        if (k > first && maybe && isOneOf(w, {"to", "about", "over", "regarding", "concerning"})) {
            // Not a while: "spoke for about an hour with X", "met over dinner with X".
            const auto aWhile = [&]() {
                int n = k + 1;
                if (n + 1 < s.endToken && isOneOf(tokens[n].text, {"a", "an", "the"}))
                    ++n;
                if (n >= s.endToken)
                    return false;
                const QString &next = tokens[n].text;
                return next.front().isDigit() ||
                       isOneOf(next, {"hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "weekend",
                                      "dinner", "lunch", "breakfast", "coffee", "tea", "phone", "video", "two",
                                      "three", "four", "several", "past", "next", "last", "half", "month", "year"});
            };
            const bool topic = (isOneOf(w, {"regarding", "concerning"}) || isOneOf(w, {"about", "over"})) && !aWhile();
            // "due to visit Kuwait City to press al-Ajmi": whom a visit is to
            // press, urge or brief is visited.
            static const int visit = typeIndex("visit");
            const bool visited = trigger.type == visit && k + 1 < s.endToken &&
                                 isOneOf(tokens[k + 1].text, {"press", "urge", "persuade", "lobby", "brief", "consult",
                                                              "see", "thank", "reassure"});
            const bool purpose = w == QLatin1String("to") && k + 1 < s.endToken && tokens[k + 1].text.front().isLower() &&
                                 !visited &&
                                 !isOneOf(tokens[k + 1].text, {"the", "a", "an", "his", "her", "their", "its", "our",
                                                               "my", "your", "this", "that", "these", "those", "both"});
            if ((topic || purpose) && !quoted(tokens[k].start)) {
                stop = tokens[k].start;
                break;
            }
        }
        // "spoke by phone with Saar on Tuesday and asked for Latvia to be
        // given a seat": a second verb of the same subject; what follows is
        // its object, not the event's.
        if (k > first && w == QLatin1String("and") && k + 1 < s.endToken && !quoted(tokens[k].start) &&
            tokens[k + 1].text.front().isLower() &&
            (gz.isSpeechVerb(tokens[k + 1].text) ||
             isOneOf(tokens[k + 1].text, {"asked", "urged", "called", "pressed", "demanded", "promised", "offered",
                                          "agreed", "signed", "pledged", "vowed", "sought"}))) {
            stop = tokens[k].start;
            break;
        }
        if (w.size() > 6 || !auxiliaries.contains(w) || quoted(tokens[k].start))
            continue;
        {
            // "a meeting that was attended by", "talks were hosted by": the agents still take part.
            bool agent = false;
            for (int j = k + 1; j < std::min(s.endToken, k + 4); ++j)
                agent = agent || tokens[j].text == QLatin1String("by");
            if (!agent) {
                stop = tokens[k].start;
                break;
            }
        }
    }
    // "X, who hosted the talks, said the JPTI would …": a speech verb right
    // after a comma ends the aside the event's words are in; what it
    // reports takes no part.
    for (qsizetype at = t.indexOf(QLatin1Char(','), trigger.end); at >= 0 && at < stop;
         at = t.indexOf(QLatin1Char(','), at + 1)) {
        const int k = text.tokenAtOrAfter(at);
        if (k < s.endToken && tokens[k].text.front().isLower() && gz.isSpeechVerb(tokens[k].text) &&
            !quoted(at)) {
            stop = at;
            break;
        }
    }
    // "…, according to a statement from the Government Press Office.":
    // whose word it is, however long its words; no one who takes part.
    for (qsizetype at = t.indexOf(QLatin1Char(','), trigger.end); at >= 0 && at < stop;
         at = t.indexOf(QLatin1Char(','), at + 1)) {
        const int k = text.tokenAtOrAfter(at);
        if (k + 1 < s.endToken && tokens[k].text == QLatin1String("according") &&
            tokens[k + 1].text == QLatin1String("to") && !quoted(at)) {
            stop = at;
            break;
        }
    }
    // ", the military alliance said Saturday." at the sentence's end.
    const qsizetype comma = stop < s.end ? -1 : t.lastIndexOf(QLatin1Char(','), s.end - 1);
    if (comma > trigger.end && comma < stop && !quoted(comma) && s.endToken - text.tokenAtOrAfter(comma) <= 7) {
        for (int k = text.tokenAtOrAfter(comma); k < s.endToken; ++k) {
            if (gz.isSpeechVerb(tokens[k].text) || isOneOf(tokens[k].text, {"reports", "reported", "according"})) {
                stop = comma;
                break;
            }
        }
    }
    // "…at an earlier meeting in Riyadh, al-Ajmi said, without saying when":
    // a name and a speech verb set off by commas inside the sentence report
    // it; the one who says so is no participant.
    for (qsizetype at = t.indexOf(QLatin1Char(','), trigger.end); at >= 0 && at < stop;
         at = t.indexOf(QLatin1Char(','), at + 1)) {
        const int k = text.tokenAtOrAfter(at);
        if (k >= s.endToken || k == 0 || quoted(tokens[k].start))
            continue;
        for (int v = k + 1; v < std::min(s.endToken, k + 5); ++v) {
            const QString &w = tokens[v - 1].text;
            if (!w.front().isUpper() && !w.contains(QLatin1Char('-')) && !isOneOf(w, {"he", "she", "they", "the"}))
                break;
            if (!gz.isSpeechVerb(tokens[v].text))
                continue;
            const bool closes = v + 1 >= s.endToken ||
                                text.commaBetween(v, v + 1);
            if (closes)
                return tokens[k - 1].end;
            break;
        }
    }
    return stop;
}

// The actor right before an event's words, in its clause: a name, or
// "he", "she", "his", "her" (the nearest person named before it in the
// sentence, else the one the pronoun resolves to); -1 if none.
bool EventFinder::firstDayAt(const Trigger &trigger) const
{
    return QStringView(t).mid(trigger.start, trigger.end - trigger.start).startsWith(u"first", Qt::CaseInsensitive);
}

int EventFinder::actorJustBefore(const Trigger &trigger, qsizetype from, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    for (int j = k - 1; j >= std::max(text.tokenAtOrAfter(from), k - 12); --j) {
        if (quoted(tokens[j].start))
            return -1;
        if (text.commaBetween(j, j + 1))
            return -1;
        // "Kazlauskiene, who took office in January": the one the clause is about.
        if (tokens[j].text == QLatin1String("who") && j > s.firstToken &&
            QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end).trimmed() == QLatin1String(",")) {
            for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
                if (it->endToken - 1 == j - 1)
                    return out.entities[it->entity].kind == NodeKind::Person ? it->entity : -1;
                if (it->endToken - 1 < j - 1)
                    break;
            }
            return -1;
        }
        // "Ferro took office after X became president": not across into another clause.
        if (isOneOf(tokens[j].text, {"after", "before", "when", "while", "until", "as", "and", "but"}))
            return -1;
        if (isOneOf(tokens[j].text, {"he", "she", "his", "her", "He", "She", "His", "Her"})) {
            // "she told her the election would not delay …": "her" before a
            // determiner is someone told, not whose election it is.
            if (tokens[j].text == QLatin1String("her") && j + 1 < k &&
                isOneOf(tokens[j + 1].text, {"the", "a", "an", "this", "that"}))
                return -1;
            for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
                if (it->start >= tokens[j].start || it->start < s.start || quoted(it->start))
                    continue;
                if (out.entities[it->entity].kind == NodeKind::Person)
                    return it->entity;
            }
            // "On Oct. 1, his first day heading NATO, Rutte commended …": in
            // an aside set off by commas, the pronoun is the person named
            // right after it.
            if (j > s.firstToken &&
                text.commaBetween(j - 1, j)) {
                const qsizetype close = t.indexOf(QLatin1Char(','), trigger.end);
                if (close >= 0 && close < s.end) {
                    const auto named = mentionAtToken.constFind(text.tokenAtOrAfter(close));
                    if (named != mentionAtToken.constEnd() &&
                        out.entities[mentions[*named].entity].kind == NodeKind::Person)
                        return mentions[*named].entity;
                }
            }
            Span named;
            int stop = 0;
            const QString lower = tokens[j].text.toLower();
            if (lower == QLatin1String("he") || lower == QLatin1String("she"))
                return entities.speakerAt(j, j + 1, tokens[j].start, &named, &stop);
            return -1;
        }
        // A name ending here (its mention starts at its first token).
        for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
            if (it->endToken - 1 != j)
                continue;
            const NodeKind kind = out.entities[it->entity].kind;
            // "Fiji's new prime minister sworn in": the minister, not Fiji.
            const bool possessive = it->end + 1 < t.size() && isApostrophe(t.at(it->end));
            // "Lind's first day in office": hers, though.
            if (possessive)
                return kind == NodeKind::Person && firstDayAt(trigger) ? it->entity : -1;
            if (kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country)
                return it->entity;
            break;
        }
    }
    return -1;
}

// What a name of an actor is in its sentence, for an event: someone
// taking part, or not ("NATO" of "NATO Secretary General Mark Rutte" only
// says whose secretary general; "Trump's pick"; a name in a ", who …,"
// aside), or the place ("the situation in Ukraine", "in the Oval Office").
EventFinder::Role EventFinder::roleOf(const Mention &mention, const Sentence &s) const
{
    const NodeKind kind = out.entities[mention.entity].kind;
    // "in Ukraine", "in the Oval Office": where, not who.
    if (kind != NodeKind::Person && mention.firstToken > s.firstToken) {
        int k = mention.firstToken - 1;
        if (k > s.firstToken && tokens[k].text == QLatin1String("the"))
            --k;
        if (isOneOf(tokens[k].text, {"in", "inside", "across", "throughout"}))
            return Role::Place;
        // "copper from northern Chile": a part of a country is a place.
        if (isOneOf(tokens[mention.firstToken - 1].text,
                    {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                     "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}))
            return Role::Place;
    }
    // "RUDO CHIKWANHA, ANCHOR: This afternoon the minister appeared …":
    // who speaks in a transcript takes no part in what the turn tells.
    if (kind == NodeKind::Person && mention.firstToken == s.firstToken) {
        qsizetype line = mention.start;
        while (line > 0 && (t.at(line - 1) == QLatin1Char('*') || t.at(line - 1) == QLatin1Char('_') ||
                            t.at(line - 1) == QLatin1Char(' ')))
            --line;
        if (line == 0 || t.at(line - 1) == QLatin1Char('\n')) {
            const QStringView opening = QStringView(t).mid(line, std::min<qsizetype>(120, t.size() - line));
            if (mayOpenWithTranscriptLabel(opening)) {
                const QRegularExpressionMatch m = matchIn(transcriptLabel(), opening);
                // (Not "Haugland: I spoke to my Russian counterpart": the "I"
                // of the turn is who speaks.)
                qsizetype lineEnd = t.indexOf(QLatin1Char('\n'), line);
                if (lineEnd < 0)
                    lineEnd = t.size();
                bool firstPerson = false;
                for (int k = s.firstToken; k < tokens.size() && tokens[k].start < lineEnd && !firstPerson; ++k)
                    firstPerson = isOneOf(tokens[k].text, {"I", "we", "We", "my", "My", "our", "Our", "me", "us"});
                if (m.hasMatch() && line + m.capturedEnd(1) == mention.end && !firstPerson)
                    return Role::None;
            }
        }
    }
    // "Tanvir, what came out of the talks?", "Thank you, Tanvir.": in a
    // transcript's turn, a person called by the first name alone is
    // spoken to, and takes no part.
    // (Set off by a comma after it or before it first: most mentions are not.)
    if (kind == NodeKind::Person && mention.endToken == mention.firstToken + 1 &&
        ((mention.endToken < s.endToken && text.commaBetween(mention.firstToken, mention.endToken)) ||
         (mention.firstToken > s.firstToken && text.commaBetween(mention.firstToken - 1, mention.firstToken)))) {
        const QString &label = out.entities[mention.entity].label;
        const QString &called = tokens[mention.firstToken].text;
        const bool firstNameAlone = label.size() > called.size() + 1 && label.startsWith(called) &&
                                    label.at(called.size()) == QLatin1Char(' ');
        // (The turn's first word: its sentence's, or the first after the label's colon.)
        const bool opensTurn =
            mention.firstToken == s.firstToken ||
            QStringView(t).mid(tokens[mention.firstToken - 1].end, mention.start - tokens[mention.firstToken - 1].end)
                .contains(QLatin1Char(':'));
        const bool addressed =
            (opensTurn && mention.endToken < s.endToken && text.commaBetween(mention.firstToken, mention.endToken)) ||
            (mention.firstToken > s.firstToken && text.commaBetween(mention.firstToken - 1, mention.firstToken) &&
             isOneOf(tokens[mention.firstToken - 1].text, {"you", "Thanks", "thanks"}));
        if (firstNameAlone && addressed && inTranscriptTurn(t, mention.start))
            return Role::None;
    }
    // "travel to Wellington, New Zealand, where …": the country a place
    // named right before it lies in, set off by a comma, is where too.
    if (kind == NodeKind::Country && mention.firstToken > s.firstToken &&
        text.commaBetween(mention.firstToken - 1, mention.firstToken)) {
        const auto here = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.start,
                                           [](const Mention &m, qsizetype pos) { return m.start < pos; });
        if (here != mentions.cbegin() && std::prev(here)->endToken == mention.firstToken &&
            out.entities[std::prev(here)->entity].kind == NodeKind::Place)
            return Role::Place;
    }
    // "the Fiji Ports Authority": a country that begins an organisation's
    // name is no party of its own; the organisation is.
    if (kind == NodeKind::Country && mention.endToken < s.endToken) {
        const auto next = std::upper_bound(mentions.cbegin(), mentions.cend(), mention.start,
                                           [](qsizetype pos, const Mention &m) { return pos < m.start; });
        for (auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.start,
                                        [](const Mention &m, qsizetype pos) { return m.start < pos; });
             it != next; ++it) {
            if (it->end > mention.end && out.entities[it->entity].kind == NodeKind::Organization)
                return Role::None;
        }
    }
    // A qualifier of the title of the person named next: "NATO Secretary
    // General Mark Rutte", "U.S. President Donald Trump", "Pentagon chief Pete Hegseth".
    if (kind != NodeKind::Person && mention.endToken < s.endToken) {
        const auto next = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.end,
                                           [](const Mention &m, qsizetype pos) { return m.start < pos; });
        if (next != mentions.cend() && next->firstToken > mention.endToken && next->firstToken - mention.endToken <= 5 &&
            out.entities[next->entity].kind == NodeKind::Person) {
            bool titleWords = true;
            for (int j = mention.endToken; j < next->firstToken && titleWords; ++j) {
                const QString &w = tokens[j].text;
                titleWords = (w.front().isUpper() || gz.isTitle(w) || gz.startsTitle(w)) &&
                             !text.commaBetween(j - 1, j);
            }
            if (titleWords)
                return Role::None;
        }
    }
    // "visited the Quiroga family home": a name before "family" is the
    // family's, not the one so named who takes part.
    if (kind == NodeKind::Person && mention.endToken < s.endToken && mention.firstToken > s.firstToken &&
        tokens[mention.endToken].text == QLatin1String("family") &&
        tokens[mention.firstToken - 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0 &&
        text.adjacent(mention.endToken - 1, mention.endToken))
        return Role::None;
    // "President Marta Quispe of Bolivia": the country qualifies the one
    // named just before "of"; she takes part, not it.
    if (kind == NodeKind::Country && mention.firstToken >= s.firstToken + 2 &&
        tokens[mention.firstToken - 1].text == QLatin1String("of")) {
        const auto previous = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.start,
                                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
        if (previous != mentions.cbegin() && std::prev(previous)->endToken == mention.firstToken - 1 &&
            out.entities[std::prev(previous)->entity].kind == NodeKind::Person &&
            text.adjacent(mention.firstToken - 2, mention.firstToken - 1))
            return Role::None;
    }
    // "with the Minister of Foreign Affairs and Trade of New Zealand, Hemi
    // Tautahi": the country ends the title of the one named right after
    // the comma; he takes part, not it.
    if (kind == NodeKind::Country && mention.firstToken >= s.firstToken + 2 && mention.endToken < s.endToken &&
        tokens[mention.firstToken - 1].text == QLatin1String("of") &&
        tokens[mention.firstToken - 2].text.front().isUpper() &&
        text.commaBetween(mention.endToken - 1, mention.endToken)) {
        const auto next = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.end,
                                           [](const Mention &m, qsizetype pos) { return m.start < pos; });
        if (next != mentions.cend() && next->firstToken == mention.endToken &&
            out.entities[next->entity].kind == NodeKind::Person)
            return Role::None;
    }
    // "met the head of Norway's Coast Guard, Admiral Lars Moe,": whose head
    // the one named next is; he takes part, not they.
    if (kind != NodeKind::Person) {
        const auto nameWord = [&](int j) {
            return tokens[j].text.front().isUpper() || tokens[j].text == QLatin1String("'s") ||
                   tokens[j].text == QStringLiteral("\u2019s");
        };
        int before = mention.firstToken - 1;
        while (before > s.firstToken && before >= mention.firstToken - 4 && nameWord(before))
            --before;
        if (before > s.firstToken && tokens[before].text == QLatin1String("the"))
            --before;
        int after = mention.endToken;
        while (after < s.endToken && after <= mention.endToken + 4 && nameWord(after) &&
               !text.commaBetween(after - 1, after))
            ++after;
        // "the head of the Red Cross delegation, Pornthip Srisawat,": of
        // the organisation's delegation (mission, team, office).
        if (after < s.endToken && after == mention.endToken && text.adjacent(after - 1, after) &&
            isOneOf(tokens[after].text, {"delegation", "mission", "team", "office", "operation", "operations"}))
            ++after;
        if (before > s.firstToken && tokens[before].text == QLatin1String("of") &&
            tokens[before - 1].text.front().isLower() && gz.isTitle(tokens[before - 1].text) && after < s.endToken &&
            QStringView(t).mid(tokens[after - 1].end, tokens[after].start - tokens[after - 1].end).trimmed() ==
                QLatin1String(",")) {
            const auto next = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[after].start,
                                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
            if (next != mentions.cend() && next->firstToken - after <= 2 &&
                out.entities[next->entity].kind == NodeKind::Person)
                return Role::None;
        }
    }
    // "with Eva Lund, chief executive of the Nordic Ferry Company,": the
    // same, the name first and the title in lower case after a comma.
    if (kind != NodeKind::Person) {
        int k = mention.firstToken - 1;
        if (k > s.firstToken && tokens[k].text == QLatin1String("the"))
            --k;
        int j = k;
        while (j > s.firstToken + 1 && j >= k - 3 && tokens[j - 1].text.front().isLower() &&
               text.adjacent(j - 1, j))
            --j;
        const auto gap = [&](int a) { return QStringView(t).mid(tokens[a - 1].end, tokens[a].start - tokens[a - 1].end); };
        if (j < k && j > s.firstToken && tokens[k].text == QLatin1String("of") && gap(j).trimmed() == QLatin1String(",") &&
            (gz.isTitle(text.words(j, k)) || gz.isTitle(tokens[k - 1].text))) {
            const auto before = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[j].start,
                                                 [](const Mention &m, qsizetype pos) { return m.start < pos; });
            if (before != mentions.cbegin() && std::prev(before)->endToken == j &&
                out.entities[std::prev(before)->entity].kind == NodeKind::Person)
                return Role::None;
        }
    }
    // "Ketevan Gelashvili, the UN resident coordinator in Kyrgyzstan,": the
    // organisation qualifies the title of the one named before the comma;
    // she takes part, not it.
    if (kind != NodeKind::Person && mention.firstToken >= s.firstToken + 2 && mention.endToken + 1 < s.endToken &&
        isOneOf(tokens[mention.firstToken - 1].text, {"the", "a"}) &&
        QStringView(t).mid(tokens[mention.firstToken - 2].end, tokens[mention.firstToken - 1].start -
                                                                tokens[mention.firstToken - 2].end) == QLatin1String(", ")) {
        const auto named = std::lower_bound(mentions.cbegin(), mentions.cend(), mention.start,
                                            [](const Mention &m, qsizetype pos) { return m.start < pos; });
        bool title = false;
        for (int j = mention.endToken; j < std::min(s.endToken, mention.endToken + 3) && !title; ++j) {
            if (!tokens[j].text.front().isLower() || !text.adjacent(j - 1, j))
                break;
            title = gz.isTitle(tokens[j].text) || (j + 1 < s.endToken && gz.isTitle(text.words(j, j + 2)));
        }
        if (title && named != mentions.cbegin() && std::prev(named)->endToken == mention.firstToken - 1 &&
            out.entities[std::prev(named)->entity].kind == NodeKind::Person)
            return Role::None;
    }
    // "Trump's pick", "Russia's terms": whose, not who; but "Rutte's team" came.
    // "NATO's Secretary-General": whose title; the one who holds it takes part.
    if (mention.end + 1 < t.size() && isApostrophe(t.at(mention.end)) && t.at(mention.end + 1) == QLatin1Char('s')) {
        const int after = text.tokenAtOrAfter(mention.end + 2);
        if (kind != NodeKind::Person && after < s.endToken && titleAt(after, s.endToken))
            return Role::None;
        // "Haug's visit", "Rutte's first meeting with Trump": whose event it is.
        for (int j = after; j < std::min(s.endToken, after + 3); ++j) {
            if (tokens[j].start == anchorAt)
                return Role::Actor;
            if (!tokens[j].text.front().isLower())
                break;
        }
        // "visited EirGrid's national control centre": the organisation
        // whose site is visited, right after the words, hosts the visit.
        const bool siteVisited = kind == NodeKind::Organization && mention.firstToken > s.firstToken &&
                                 tokens[mention.firstToken - 1].start == anchorAt &&
                                 isOneOf(tokens[mention.firstToken - 1].text, {"visited", "visiting", "toured", "touring", "tour", "tours"});
        if (after < s.endToken && tokens[after].text.front().isLower() && !siteVisited &&
            !isOneOf(tokens[after].text, {"team", "delegation", "government", "officials", "negotiators",
                                          "representatives", "leaders", "envoy", "envoys", "side", "headquarters"}))
            return Role::None;
    }
    // ", who is attending …,", ", whose country …,": an aside about
    // someone, unless the event's words are in it ("Sakurai, who met Lindqvist …").
    const qsizetype inSentence = QStringView(t).mid(s.start, mention.start - s.start).lastIndexOf(QLatin1Char(','));
    const qsizetype comma = inSentence < 0 ? -1 : s.start + inSentence;
    if (comma > s.start) {
        const int k = text.tokenAtOrAfter(comma);
        qsizetype asideEnd = t.indexOf(QLatin1Char(','), mention.end);
        if (asideEnd < 0 || asideEnd > s.end)
            asideEnd = s.end;
        const bool eventInside = anchorAt > comma && anchorAt < asideEnd;
        if (k < s.endToken && tokens[k].start < mention.start && !eventInside &&
            isOneOf(tokens[k].text, {"who", "whose", "which"}))
            return Role::None;
    }
    return Role::Actor;
}

} // namespace threadline::extract::detail
