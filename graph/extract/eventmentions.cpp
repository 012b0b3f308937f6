#include "events.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

#include "eventwords.h"
#include "gazetteer.h"
#include "quotes.h"
#include "wordset.h"

// The mentions of events in one sentence: the words that name them, who
// takes part, where, when, and whether it is to come.

namespace threadline::extract::detail {

namespace {

// "first" 1, "second" 2, … "seventh" 7 (any case); 0 for any other word.
int ordinalNumber(QStringView word)
{
    static const std::array<const char *, 7> ordinals = {"first", "second", "third", "fourth",
                                                          "fifth", "sixth", "seventh"};
    for (size_t i = 0; i < ordinals.size(); ++i) {
        if (word.compare(QLatin1String(ordinals[i]), Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return 0;
}

} // namespace

// The events one sentence names: one mention a trigger (or a few triggers
// side by side, "met for talks"), each with the actors of its part of the
// sentence.
void EventFinder::mentionsIn(int si, const QList<Trigger> &triggers, QList<EventMention> *into)
{
    const Sentence &s = sentences[si];
    // "In 2019, she told the court, the minister met …": an aside set off
    // by commas says whose account the sentence is; it names no hearing,
    // nor any event the other words of the sentence are weighed against.
    QList<Trigger> all = triggers;
    all.removeIf([&](const Trigger &trigger) {
        if (QLatin1String(triggerWords[trigger.type].label) != QLatin1String("Hearing") || trigger.end >= s.end ||
            t.at(trigger.end) != QLatin1Char(',') ||
            QStringView(t).mid(trigger.start, trigger.end - trigger.start).contains(QLatin1String("hearing"), Qt::CaseInsensitive))
            return false;
        const int k = text.tokenAtOrAfter(trigger.start);
        for (int j = k - 1; j >= std::max(s.firstToken + 1, k - 3); --j) {
            if (text.commaBetween(j - 1, j))
                return true;
        }
        return false;
    });
    static const int meeting = typeIndex("meeting");
    static const int strike = typeIndex("strike");
    static const int visitType = typeIndex("visit");
    static const int talksType = typeIndex("talks");
    QList<Trigger> here;
    for (Trigger trigger : all) {
        if (quoted(trigger.start))
            continue; // what someone said, not what happened
        // "the Joint Ministerial Monitoring Committee", "the Summit Hotel": part of a name.
        // (Any of the mentions that open before it: "the Jamaica Tour Taxi
        // Operators' Association" holds "Jamaica" too, which ends sooner.)
        if (const auto next = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
            std::any_of(std::max(mentions.cbegin(), next - std::min<qsizetype>(3, next - mentions.cbegin())), next,
                        [&](const Mention &m) { return m.end >= trigger.end; }))
            continue;
        trigger.words = lowerCased(t.mid(trigger.start, trigger.end - trigger.start).simplified());
        const QString &words = trigger.words;
        // "meet the target", "meets threats", "hosted the Olympics": to meet is not always to meet someone.
        if (trigger.type == meeting && isOneOf(words, {"meet", "meets", "hosted", "received", "receive", "receives", "receiving",
                                                       "hosts", "hosting", "welcomed", "welcomes", "welcoming"}) &&
            !meetsSomeone(trigger.end, s) && !(words.startsWith(QLatin1String("meet")) && groupMeets(trigger, s)) &&
            !receivedBySomeone(trigger, s))
            continue;
        // "every fisherman whose release he had negotiated.": what was
        // negotiated told before, the clause ending on the verb, names no
        // talks held with anyone.
        if (trigger.type == talksType && words == QLatin1String("negotiated") && trigger.end < t.size() &&
            QStringView(u".,;)").contains(t.at(trigger.end)))
            continue;
        // "An earlier round in May", "A third round is planned": a round
        // of the talks told, one more of their series; "the second round of
        // consultations" is told by its own words, "the second round of
        // voting" names none.
        if (trigger.type == talksType && !words.startsWith(QLatin1String("next")) &&
            !words.startsWith(QLatin1String("new")) && !words.startsWith(QLatin1String("formal")) &&
            !words.startsWith(QLatin1String("negotiating")) && !words.startsWith(QLatin1String("latest")) &&
            words.endsWith(QLatin1String(" round"))) {
            const int of = text.tokenAtOrAfter(trigger.end);
            if (of < s.endToken && tokens[of].text == QLatin1String("of"))
                continue;
        }
        // "at an OSCE expert group session": a session is a meeting of the
        // organisation named right before it (up to two words between);
        // "the closing session", "that session" are none.
        // "the council held an open debate", "a plenary sitting": so are a
        // debate and a sitting an organisation holds.
        if (trigger.type == meeting && isOneOf(words, {"session", "debate", "sitting", "plenary", "congress"})) {
            const int k = text.tokenAtOrAfter(trigger.start);
            bool organisation = false;
            // ("the congress of the Independent Metalworkers' Union": the
            // organisation after "of" too.)
            if (words == QLatin1String("congress")) {
                int j = text.tokenAtOrAfter(trigger.end);
                if (j + 1 < s.endToken && tokens[j].text == QLatin1String("of")) {
                    ++j;
                    if (lowerEquals(tokens[j].text, u"the"))
                        ++j;
                    const auto found = mentionAtToken.constFind(j);
                    organisation = found != mentionAtToken.constEnd() &&
                                   out.entities[mentions[*found].entity].kind == NodeKind::Organization;
                }
            }
            for (int j = k - 1; j >= std::max(s.firstToken, k - 3) && !organisation; --j) {
                const auto found = mentionAtToken.constFind(j);
                organisation = found != mentionAtToken.constEnd() && mentions[*found].endToken >= k - 2 &&
                               out.entities[mentions[*found].entity].kind == NodeKind::Organization;
                if (!organisation && !tokens[j].text.front().isLower())
                    break;
            }
            // "The LTWB held its first session", "the council held an open
            // debate": the organisation before "held its" ("held a").
            for (int j = k - 1; j >= std::max(s.firstToken + 2, k - 3) && !organisation; --j) {
                if (!isOneOf(tokens[j].text, {"its", "a", "an"}))
                    continue;
                if (isOneOf(tokens[j - 1].text, {"held", "holds", "hold", "holding"})) {
                    // The name may be of several words: the one that ends right before the verb.
                    const auto found = std::find_if(mentions.cbegin(), mentions.cend(),
                                                    [&](const Mention &m) { return m.endToken == j - 1; });
                    organisation = found != mentions.cend() &&
                                   out.entities[found->entity].kind == NodeKind::Organization;
                }
                break;
            }
            if (!organisation)
                continue;
        }
        // "The council's water ministers had first discussed the grid":
        // ministers discussing meet; anyone else discussing need not.
        if (trigger.type == meeting && words == QLatin1String("discussed")) {
            const int k = text.tokenAtOrAfter(trigger.start);
            bool ministers = false;
            for (int j = k - 1; j >= std::max(s.firstToken, k - 3) && !ministers; --j)
                ministers = tokens[j].text == QLatin1String("ministers");
            if (!ministers)
                continue;
        }
        // "spoke to Jane Doe for Harbour Radio": speaking to someone who
        // works for an organisation, named so, is an interview; speaking to
        // anyone else is not one.
        if (words == QLatin1String("spoke to") || words == QLatin1String("talked to")) {
            const auto who = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.end,
                                              [](const Mention &m, qsizetype pos) { return m.start < pos; });
            if (who == mentions.cend() || who->start != trigger.end + 1 ||
                out.entities[who->entity].kind != NodeKind::Person || std::next(who) == mentions.cend() ||
                QStringView(t).mid(who->end, std::next(who)->start - who->end) != QLatin1String(" for ") ||
                out.entities[std::next(who)->entity].kind != NodeKind::Organization)
                continue;
        }
        // "has arrived in Manila to brief the mediators": an arrival in the
        // present perfect, just told, is a visit; "arrived in Manila on
        // Monday for a state visit" is told by the visit's own words.
        if (trigger.type == visitType && words == QLatin1String("arrived in")) {
            const int k = text.tokenAtOrAfter(trigger.start);
            if (k <= s.firstToken || !isOneOf(tokens[k - 1].text, {"has", "have"}))
                continue;
        }
        // "A WHO team of logisticians will travel to Bukoba": a team, a
        // delegation or a mission travelling (or flying) somewhere visits
        // it; anyone else travels to something ("travelled to Suva for the
        // summit", "flew to Accra for talks").
        if (trigger.type == visitType &&
            (words.startsWith(QLatin1String("trav")) ||
             (words.startsWith(QLatin1String("fl")) && words.endsWith(QLatin1String(" to"))))) {
            const int k = text.tokenAtOrAfter(trigger.start);
            bool team = false;
            for (int j = k - 1; j >= std::max(s.firstToken, k - 8) && !team; --j)
                team = isOneOf(tokens[j].text, {"team", "delegation", "mission"});
            // "Lind will travel to the Danish capital next month": travel to
            // a place named (or "the Danish capital") in a sentence that
            // names no other event is a visit there.
            const int to = text.tokenAtOrAfter(trigger.end);
            const int place = to < s.endToken && tokens[to].text == QLatin1String("the") ? to + 1 : to;
            // "had flown to Baku, where she held talks": or one named where it
            // went ("where, she said, he held talks": an aside after it).
            const auto where = [&] {
                if (all.size() != 2 || all[1].start <= trigger.end)
                    return false;
                const QStringView between = QStringView(t).mid(trigger.end, all[1].start - trigger.end);
                return between.contains(QLatin1String(", where ")) || between.contains(QLatin1String(", where,"));
            };
            // "will travel to Lima next week to meet X": or one it went to
            // meet someone at, what it was for in its clause.
            const auto toMeet = [&] {
                if (all.size() != 2 || all[1].start <= trigger.end || all[1].type != meeting)
                    return false;
                const int verb = text.tokenAtOrAfter(all[1].start);
                return verb > s.firstToken && tokens[verb - 1].text == QLatin1String("to") &&
                       isOneOf(tokens[verb].text, {"meet", "receive"}) &&
                       !QStringView(t).mid(trigger.end, all[1].start - trigger.end).contains(QLatin1Char(','));
            };
            const bool toAPlace = (all.size() == 1 || where() || toMeet()) && place < s.endToken && startsUpper(tokens[place].text) &&
                                  (place == to || (place + 1 < s.endToken && text.adjacent(place, place + 1) &&
                                                   tokens[place + 1].text == QLatin1String("capital")));
            if (!team && !toAPlace)
                continue;
        }
        // "held a video conference with X": a conference by video is a call
        // with those named after "with" ("will meet by videoconference"
        // is the meeting's way; "will hold a video conference tomorrow",
        // no one named, none).
        if (words.endsWith(QLatin1String("conference")) || words.endsWith(QLatin1String("conferences"))) {
            const int k = text.tokenAtOrAfter(trigger.start);
            const int after = text.tokenAtOrAfter(trigger.end);
            if ((k > s.firstToken && isOneOf(tokens[k - 1].text, {"by", "via"})) || after >= s.endToken ||
                tokens[after].text != QLatin1String("with"))
                continue;
        }
        // "Kazakh President X called Sultanaliev on Sunday morning and
        // offered …": calling someone, then when or what for, is a phone
        // call; "called X a liar", "a farmer called Y said", "called on X"
        // are none.
        if (words == QLatin1String("called") || words == QLatin1String("rang")) {
            // "called Swedish Prime Minister X": a title, capitalised words,
            // may stand before the name.
            static const QRegularExpression titleBefore(
                QStringLiteral("^\\s+(?:\\p{Lu}[\\w'\u2019.-]*\\s+){1,4}$"));
            const auto who = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.end,
                                              [](const Mention &m, qsizetype pos) { return m.start < pos; });
            const int next = who == mentions.cend() ? s.endToken : text.tokenAtOrAfter(who->end);
            // "called my Bahamian counterpart, Cedric Rolle, on Friday": the
            // counterpart named, set off by commas.
            static const QRegularExpression counterpartBefore(QStringLiteral(
                "^\\s+(?:his|her|my|their|our|its)\\s+(?:\\p{Lu}[\\w'\u2019.-]*\\s+)?counterpart,\\s+"
                "(?:\\p{Lu}[\\w'\u2019.-]*\\s+){0,2}$"));
            const bool setOff = who != mentions.cend() && who->start - trigger.end < 60 &&
                                matchIn(counterpartBefore, QStringView(t).mid(trigger.end, who->start - trigger.end))
                                    .hasMatch();
            const bool named = who != mentions.cend() &&
                               (who->start == trigger.end + 1 || setOff ||
                                (who->start - trigger.end < 60 &&
                                 matchIn(titleBefore, QStringView(t).mid(trigger.end, who->start - trigger.end)).hasMatch()));
            if (!named || who->end >= s.end ||
                out.entities[who->entity].kind != NodeKind::Person || next >= s.endToken ||
                tokens[next].start != who->end + (setOff && t.at(who->end) == QLatin1Char(',') ? 2 : 1) ||
                !isOneOf(tokens[next].text, {"on", "late", "early", "last", "this", "twice", "again", "shortly",
                                             "yesterday", "today", "to", "and", "from"}))
                continue;
            // "has called Murugesu and Abeysekera back for a second round":
            // called back to the table, no call (the round is the event).
            int after = next;
            while (after + 1 < s.endToken && tokens[after].text == QLatin1String("and") &&
                   mentionAtToken.contains(after + 1))
                after = mentions[*mentionAtToken.constFind(after + 1)].endToken;
            if (after + 1 < s.endToken && isOneOf(tokens[after].text, {"back", "in"}) &&
                isOneOf(tokens[after + 1].text, {"for", "to"}))
                continue;
        }
        // CONVENTIONS.md [body]: "the City Council voted 10-5": a vote is the
        // session of the body that votes, named right before the verb.
        if (words == QLatin1String("voted")) {
            const auto body = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
            if (body == mentions.cbegin())
                continue;
            const Mention &named = *std::prev(body);
            const Entity &e = out.entities[named.entity];
            const QString last = e.label.section(QLatin1Char(' '), -1);
            if (named.end + 1 != trigger.start || e.kind != NodeKind::Organization ||
                !isOneOf(last, {"Council", "Cabinet", "Assembly", "Committee", "Board", "Parliament", "Senate", "Congress",
                                "Commission", "Legislature", "Court", "Tribunal"}))
                continue;
        }
        // "telephones Prime Minister X": the verb, someone right after it;
        // "mobile phones", "the telephones were cut" are things.
        // "briefed Prime Minister X" likewise: a meeting with X in person,
        // not "briefed reporters", "was briefed by".
        if (isOneOf(words, {"phones", "telephones", "briefed", "brief", "briefs"})) {
            const auto who = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.end,
                                              [](const Mention &m, qsizetype pos) { return m.start < pos; });
            const int from = text.tokenAtOrAfter(trigger.end);
            // A title may stand between: "telephones Norwegian Prime Minister X".
            const bool someone = who != mentions.cend() && who->end <= s.end &&
                                 out.entities[who->entity].kind == NodeKind::Person && who->firstToken >= from &&
                                 who->firstToken - from <= 4 &&
                                 std::all_of(tokens.begin() + from, tokens.begin() + who->firstToken,
                                             [](const Token &w) { return startsUpper(w.text); });
            // "briefed X by phone": the call, not a meeting.
            static const QRegularExpression remote(QStringLiteral("^[^.;]{0,60}?\\b(?:by (?:tele)?phone|by video|on a call)\\b"));
            if (!someone || (words.startsWith(QLatin1String("brief")) &&
                             matchIn(remote, QStringView(t).mid(trigger.end, s.end - trigger.end)).hasMatch()))
                continue;
            // "is due to visit Budapest next month to brief X": the trip's
            // purpose, the trip made to X (CONVENTIONS.md [trip]).
            if ((words == QLatin1String("brief") || words == QLatin1String("briefs")) && !here.isEmpty() &&
                here.last().type == visitType)
                continue;
        }
        // "Parliament's Health Committee has summoned the Principal
        // Secretary, Dr X, to appear before it on Thursday": a body of a
        // parliament, a court or a regulator named before, calling someone
        // to appear, explain or testify (not "summoned the ambassador to
        // protest", a ministry's).
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") &&
            (words == QLatin1String("summoned") || words == QLatin1String("summons"))) {
            static const QRegularExpression toAccount(QStringLiteral(
                "^[^.;]{0,120}?\\bto\\s+(?:appear|explain|testify|answer|account|give\\s+evidence)\\b"));
            const auto body = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
            bool byBody = false;
            for (auto it = body; it != mentions.cbegin() && !byBody;) {
                --it;
                if (it->start < s.start || trigger.start - it->end > 40)
                    break;
                const Entity &e = out.entities[it->entity];
                if (e.kind == NodeKind::Place)
                    continue;
                static const QRegularExpression bodies(
                    QStringLiteral("\\b(?:Committee|Commission|Parliament|Congress|Senate|Assembly|Court|Tribunal|"
                                   "Inquiry|Chamber|Council|Regulator|Ombudsman)\\b"));
                byBody = e.kind == NodeKind::Organization && matchIn(bodies, e.label).hasMatch();
                break;
            }
            if (!byBody || !matchIn(toAccount, QStringView(t).mid(trigger.end, s.end - trigger.end)).hasMatch())
                continue;
        }
        // "were questioned for more than three hours on Wednesday by the
        // Scottish Parliament's Rural Affairs and Islands Committee": by a
        // body of a parliament (or an inquiry), named in the words after.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") &&
            words.endsWith(QLatin1String("questioned"))) {
            static const QRegularExpression byBody(
                QStringLiteral("^\\s+(?:[\\w-]+\\s+){0,8}?by\\s+(?:a|an|the|[\\w-]+['\u2019]s)\\s+(?:[\\w'\u2019-]+\\s+){0,6}?"
                               "(?:Committee|Inquiry|Senate|Assembly|Commission)\\b"));
            if (!matchIn(byBody, QStringView(t).mid(trigger.end, s.end - trigger.end)).hasMatch())
                continue;
        }
        // "The Public Accounts Committee hears evidence from X", "the
        // committee would call X to give evidence": a body of a parliament,
        // a court or an inquiry before it in the sentence (and, for "to
        // give evidence", someone calling or asking).
        // "testified on Wednesday that …", "is due to testify in X's trial",
        // "would testify in his own defence": before a court or a body the
        // sentence names, or at a trial it tells of.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") &&
            isOneOf(words, {"testified", "testifies", "testify", "testifying", "to testify"})) {
            static const QRegularExpression atATrial(QStringLiteral(
                "\\b(?:trial|court|tribunal|inquiry|hearing|committee|(?:own|her|his|their)\\s+defen[cs]e)\\b|"
                "\\b(?:Court|Tribunal|Committee|Inquiry|Commission|Senate|Parliament|Congress)\\b"));
            if (!matchIn(atATrial, QStringView(t).mid(s.start, s.end - s.start)).hasMatch() || notHappening(trigger, s))
                continue;
        } else if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") &&
            (words.endsWith(QLatin1String(" from")) || words.startsWith(QLatin1String("to ")))) {
            static const QRegularExpression bodies(
                QStringLiteral("\\b(?:Committee|Commission|Parliament|Congress|Senate|Assembly|Court|Tribunal|"
                               "Inquiry|Chamber)\\b"));
            bool byBody = false;
            for (const Mention &m : mentions) {
                if (m.start >= trigger.start || byBody)
                    break;
                byBody = m.start >= s.start && out.entities[m.entity].kind == NodeKind::Organization &&
                         matchIn(bodies, out.entities[m.entity].label).hasMatch();
            }
            const int k = text.tokenAtOrAfter(trigger.start);
            bool calling = !words.startsWith(QLatin1String("to "));
            for (int j = s.firstToken; j < k; ++j) {
                if (j > s.firstToken && lowerEquals(tokens[j - 1].text, u"the") &&
                    isOneOf(tokens[j].text, {"committee", "court", "inquiry", "tribunal", "commission"}))
                    byBody = true;
                if (isOneOf(tokens[j].text, {"call", "calls", "called", "calling", "summon", "summoned", "invite",
                                             "invited", "invites", "ask", "asked", "asks"}))
                    calling = true;
            }
            if (!byBody || !calling)
                continue;
        }
        // "the Land and Environment Court in Umeå heard the appeal": a
        // court (or tribunal) named before the verb, a place at most between.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") && words.startsWith(QLatin1String("heard"))) {
            const auto court = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                                [](const Mention &m, qsizetype pos) { return m.start < pos; });
            bool byCourt = false;
            for (auto it = court; it != mentions.cbegin() && !byCourt;) {
                --it;
                if (it->start < s.start || trigger.start - it->end > 40)
                    break;
                const Entity &e = out.entities[it->entity];
                if (e.kind == NodeKind::Place)
                    continue;
                byCourt = e.kind == NodeKind::Organization &&
                          (e.label.contains(QLatin1String("Court")) || e.label.contains(QLatin1String("Tribunal")));
                break;
            }
            if (!byCourt)
                continue;
        }
        // "the International Court of Justice ruled on it": a court's
        // ruling, the court named right before; anyone else ruling (a chair
        // on a point of order) holds no event.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Ruling")) {
            const auto court = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                                [](const Mention &m, qsizetype pos) { return m.start < pos; });
            if (court == mentions.cbegin() || std::prev(court)->end + 1 != trigger.start ||
                out.entities[std::prev(court)->entity].kind != NodeKind::Organization ||
                (!out.entities[std::prev(court)->entity].label.contains(QLatin1String("Court")) &&
                 !out.entities[std::prev(court)->entity].label.contains(QLatin1String("Tribunal"))))
                continue;
        }
        // "detained by an Equatoguinean patrol boat", "seized by the coast
        // guard of X": a detention is an event of who made it, named right
        // after "by" (or the country of a demonym there); else it is told
        // of those detained, no event of anyone's.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Detention")) {
            const int by = text.tokenAtOrAfter(trigger.end);
            if (by + 1 >= s.endToken || tokens[by].text != QLatin1String("by"))
                continue;
            int j = by + 1;
            if (isOneOf(tokens[j].text, {"a", "an", "the"}) && j + 1 < s.endToken)
                ++j;
            if (const auto found = mentionAtToken.constFind(j); found != mentionAtToken.constEnd()) {
                const NodeKind kind = out.entities[mentions[*found].entity].kind;
                if (kind == NodeKind::Organization || kind == NodeKind::Country || kind == NodeKind::Person)
                    trigger.agent = mentions[*found].entity;
            } else if (gz.isDemonym(tokens[j].text)) {
                const QString country = gz.country(tokens[j].text);
                for (int e = 0; e < out.entities.size() && trigger.agent < 0; ++e) {
                    if (out.entities[e].kind == NodeKind::Country && out.entities[e].label == country)
                        trigger.agent = e;
                }
            }
            if (trigger.agent < 0)
                continue;
        }
        // "the stoppage" alone only dates what was done "on the second day
        // of the stoppage": a word too loose to tell a strike of its own.
        if (words == QLatin1String("stoppage")) {
            static const QRegularExpression dayOfThe(
                QStringLiteral("\\bday\\s+of\\s+(?:the|its|their|this|that)\\s+(?:[\\w-]+\\s+){0,2}$"));
            const qsizetype back = std::max(s.start, trigger.start - 40);
            if (!matchIn(dayOfThe, QStringView(t).mid(back, trigger.start - back)).hasMatch())
                continue;
        }
        // A strike is a labour dispute only when the sentence says so or the words can mean nothing else.
        if (trigger.type == strike &&
            !isOneOf(words, {"went on strike", "on strike", "strike action", "walkout", "walked out",
                             "walked off the job", "downed tools"})) {
            static const QRegularExpression labour(
                QStringLiteral("\\b(?:unions?|workers|miners|machinists|employees|staff|pickets?|wages?|pay|"
                               "industrial action|stoppage|walkout|"
                               // "Members of the Tour Taxi Operators' Association stopped work": a
                               // trade's association, its members.
                               "associations?|guilds?|"
                               // "a strike at the Rask yard": a place of work.
                               "(?:ship)?yard|plant|factory|mill|refinery|depot|docks)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression military(
                QStringLiteral(
                    "\\b(?:missiles?|drones?|air|military|troops|army|rockets?|targeted|attack)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            static const ExpressionWords labourWords = {
                "union",    "unions",  "workers",  "miners",  "machinists", "employees", "staff",
                "picket",   "pickets", "wage",     "wages",   "pay",        "industrial action",
                "stoppage", "walkout", "yard",     "shipyard", "plant",     "factory",   "mill",
                "refinery", "depot",   "docks",    "association", "associations", "guild", "guilds"};
            const auto saysLabour = [&](QStringView span) {
                return labourWords.foundIn(span) && matchIn(labour, span).hasMatch();
            };
            const QStringView sentence = QStringView(t).mid(s.start, s.end - s.start);
            bool says = saysLabour(sentence);
            // "A 24-hour strike by the X Federation … . Its leader said the
            // walkout was over pay": or the next sentence of its paragraph.
            if (!says && si + 1 < sentences.size() && sentences[si + 1].paragraph == s.paragraph)
                says = saysLabour(QStringView(t).mid(sentences[si + 1].start,
                                                     sentences[si + 1].end - sentences[si + 1].start));
            // "on the second day of the stoppage": a strike told before, named again.
            if (!says && words == QLatin1String("stoppage"))
                says = std::any_of(into->cbegin(), into->cend(), [&](const EventMention &o) { return o.type == strike; });
            if (!says || matchIn(military, sentence).hasMatch())
                continue;
        }
        if (notHappening(trigger, s))
            continue;
        // "the main meetings, calls and visits of the year": event words in
        // the plural listed together (", ", "and", "or" between) after "the"
        // name kinds of event, no happening ("held a flurry of calls and
        // meetings" tells ones held).
        if (isOneOf(words, {"meetings", "summits", "visits", "calls", "strikes", "sessions", "hearings", "elections"}) && [&] {
                const int k = text.tokenAtOrAfter(trigger.start);
                for (int j = k - 1; j >= std::max(s.firstToken, k - 2); --j) {
                    if (isOneOf(tokens[j].text, {"the", "The", "these", "These", "those", "all"}))
                        return true;
                    if (!tokens[j].text.front().isLower())
                        return false;
                }
                return false;
            }()) {
            static const QRegularExpression listed(QStringLiteral(
                "^(?:,\\s+|\\s+(?:and|or)\\s+|,\\s+(?:and|or)\\s+)(?:[a-z]+\\s+)?(?:meetings|summits|visits|calls|talks|"
                "trips|strikes|sessions|hearings|conferences|negotiations|interviews|elections)\\b"));
            static const QRegularExpression listedBefore(QStringLiteral(
                "\\b(?:meetings|summits|visits|calls|talks|trips|strikes|sessions|hearings|conferences|negotiations|"
                "interviews|elections)(?:,\\s+|\\s+(?:and|or)\\s+|,\\s+(?:and|or)\\s+)(?:[a-z]+\\s+)?$"));
            const qsizetype back = std::max(s.start, trigger.start - 40);
            if (matchIn(listed, QStringView(t).mid(trigger.end, std::min<qsizetype>(40, s.end - trigger.end))).hasMatch() ||
                matchIn(listedBefore, QStringView(t).mid(back, trigger.start - back)).hasMatch())
                continue;
        }
        // "the people doing the negotiating": a verb's "-ing" made a noun by
        // "the", with nothing of its own after it, names an activity, no
        // happening ("the negotiating round" is one).
        // (Verbs' "-ing" only: "the meeting", "the briefing" are nouns.)
        if (isOneOf(words, {"negotiating", "visiting", "touring", "receiving", "convening", "travelling", "traveling",
                            "flying", "attending", "hosting"})) {
            const int k = text.tokenAtOrAfter(trigger.start);
            const int next = text.tokenAtOrAfter(trigger.end);
            if (k > s.firstToken && lowerEquals(tokens[k - 1].text, u"the") &&
                (next >= s.endToken || !tokens[next].text.front().isLower() || !text.adjacent(k, next) ||
                 isOneOf(tokens[next].text, {"never", "is", "was", "has", "had", "will", "would", "and", "or", "but"})))
                continue;
        }
        // CONVENTIONS.md [planned]: "A meeting with X, set for 20 May in
        // Kara, was cancelled": the words head their clause's subject and
        // its verb, past an aside, says it was called off; not listed. "…
        // had been due to hold talks, but the meeting was called off": "the"
        // words refer back to the planned event of their sentence, which
        // goes too.
        if (const int k = text.tokenAtOrAfter(trigger.start); [&] {
                int j = k - 1;
                // (Past a possessive: "The Minister's visit to San Pedro Sula, …, has been cancelled".)
                const auto possessive = [&](int w) {
                    return tokens[w].end + 1 < t.size() && isApostrophe(t.at(tokens[w].end)) &&
                           t.at(tokens[w].end + 1) == QLatin1Char('s');
                };
                while (j >= s.firstToken && !text.commaBetween(j, j + 1) &&
                       (tokens[j].text.front().isLower() || possessive(j)) &&
                       !isOneOf(tokens[j].text, {"but", "and", "while", "after", "before", "when", "as"}) && k - j <= 3)
                    --j;
                // The clause opens right before the words' article: the
                // sentence's start, a comma or a "but".
                return j < s.firstToken || text.commaBetween(j, j + 1) || isOneOf(tokens[j].text, {"but", "and", "while"}) ||
                       (j == s.firstToken && isOneOf(tokens[j].text, {"A", "An", "The", "This", "That"}));
            }()) {
            static const QRegularExpression calledOff(
                QStringLiteral("^[^;.]{0,160}?\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+"
                               "(?:cancelled|canceled|called\\s+off|scrapped|abandoned)\\b"));
            static const QRegularExpression relative(QStringLiteral("(?:,\\s+(?:which|who|that|where|but)|\\b(?:after|before|because)\\s)"));
            const QStringView rest = QStringView(t).mid(trigger.end, s.end - trigger.end);
            const QRegularExpressionMatch off = containsWord(rest, u"off") || rest.contains(QLatin1String("cancel")) ||
                                                        rest.contains(QLatin1String("scrapped")) ||
                                                        rest.contains(QLatin1String("abandoned"))
                                                    ? matchIn(calledOff, rest)
                                                    : noMatch();
            if (off.hasMatch() && !matchIn(relative, rest.first(off.capturedStart(0) + off.capturedLength(0))).hasMatch()) {
                if (k - 1 >= s.firstToken && isOneOf(tokens[k - 1].text, {"the", "The", "that", "this", "This", "That"})) {
                    here.removeIf([&](const Trigger &before) {
                        return before.start < trigger.start && plannedAt(before, s.start, s);
                    });
                }
                continue;
            }
        }
        // "“…,” she said by phone": how words reached the reporter, no call
        // between people of the story.
        if (isOneOf(words, {"by phone", "by telephone"})) {
            const int k = text.tokenAtOrAfter(trigger.start);
            if (k > s.firstToken && gz.isSpeechVerb(tokens[k - 1].text) &&
                !isOneOf(tokens[k - 1].text, {"spoke", "speaks", "speaking", "talked", "talking"}))
                continue;
        }
        // "she said at a news conference on Wednesday": where words were
        // said, no event of its own; a joint one ("a joint news conference",
        // "a press briefing with X") is one.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Briefing") &&
            !words.startsWith(QLatin1String("joint"), Qt::CaseInsensitive)) {
            const int k = text.tokenAtOrAfter(trigger.start);
            const int after = text.tokenAtOrAfter(trigger.end);
            const bool joint = k > s.firstToken && tokens[k - 1].text.compare(QLatin1String("joint"), Qt::CaseInsensitive) == 0;
            const bool with = after < s.endToken && tokens[after].text == QLatin1String("with");
            // "said at a regular briefing", "told a news conference on
            // Friday", "At a news conference that evening, X said": an
            // institution's briefing, a conference addressed, or one the
            // sentence opens on, is an event of its own; words merely said
            // "at a press conference" are not.
            const bool regular = k > s.firstToken && isOneOf(tokens[k - 1].text, {"regular", "daily", "weekly"});
            const bool addressed = k >= s.firstToken + 2 && isOneOf(tokens[k - 1].text, {"a", "the"}) &&
                                   isOneOf(tokens[k - 2].text, {"told", "tells", "addressed", "addresses"});
            // "Speaking at a press conference in Geneva, X said": so does one
            // a participle opens the sentence on.
            const bool opening = (k == s.firstToken + 2 && tokens[k - 2].text == QLatin1String("At") &&
                                  isOneOf(tokens[k - 1].text, {"a", "the"})) ||
                                 (k == s.firstToken + 3 &&
                                  isOneOf(tokens[k - 3].text, {"Speaking", "Addressing", "Appearing"}) &&
                                  isOneOf(tokens[k - 2].text, {"at", "before"}) && isOneOf(tokens[k - 1].text, {"a", "the"}));
            if (!joint && !with && !regular && !addressed && !opening)
                continue;
        }
        // "a meeting of ministers on Tuesday that prepared the summit": the
        // event prepared is named, not reported here; its date and people
        // are the other event's.
        if (const int k = text.tokenAtOrAfter(trigger.start);
            k >= s.firstToken + 2 && tokens[k - 1].text == QLatin1String("the") &&
            isOneOf(tokens[k - 2].text, {"prepared", "prepare", "prepares", "preparing"}))
            continue;
        // "the day after the ministerial,": when something else happened,
        // not a mention of the ministerial (see below for the date); "a day
        // after the talks ended" does report them, "the day before the
        // summit to sign …" does not.
        if (const int k = text.tokenAtOrAfter(trigger.start);
            k >= s.firstToken + 3 && tokens[k - 1].text == QLatin1String("the") &&
            isOneOf(tokens[k - 2].text, {"after", "before"}) && isOneOf(tokens[k - 3].text, {"day", "days", "week"}) &&
            !(text.tokenAtOrAfter(trigger.end) < s.endToken &&
              tokens[text.tokenAtOrAfter(trigger.end)].start == trigger.end + 1 &&
              tokens[text.tokenAtOrAfter(trigger.end)].text != QLatin1String("to")))
            continue;
        // "met about 60 fishers in the town hall": a crowd counted, no party
        // to a meeting; what the visit it belongs to did.
        if (trigger.type == meeting && isOneOf(words, {"met", "meet", "meets", "met with"})) {
            static const char16_t *const countWords[] = {u"dozens", u"scores", u"twenty",  u"thirty",
                                                         u"forty",  u"fifty",  u"sixty",   u"seventy",
                                                         u"eighty", u"ninety", u"hundred"};
            static const QRegularExpression crowd(QStringLiteral(
                "^\\s+(?:with\\s+)?(?:about|some|nearly|around|almost|more\\s+than|over|up\\s+to|roughly)?\\s*"
                "(?:\\d[\\d,]*|dozens\\s+of|hundreds\\s+of|scores\\s+of|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                "ninety|a\\s+hundred)\\s+\\p{Ll}+s\\b"));
            // A number it needs: a digit, or one of its words.
            const QStringView next = QStringView(t).mid(trigger.end, std::min<qsizetype>(60, s.end - trigger.end));
            const bool number =
                std::any_of(next.cbegin(), next.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }) ||
                std::any_of(std::begin(countWords), std::end(countWords),
                            [&](const char16_t *word) { return containsWord(next, word); });
            if (number && matchIn(crowd, next).hasMatch())
                continue;
        }
        // "met over dinner", "talks over breakfast", "hosted X for a working
        // lunch": when or what for they met, not a second meeting.
        if (trigger.type == meeting && isOneOf(words, {"dinner", "lunch", "luncheon", "breakfast"}) &&
            trigger.start > s.start && [&] {
                const int k = text.tokenAtOrAfter(trigger.start);
                if (isOneOf(tokens[k - 1].text, {"over", "during", "after", "before"}))
                    return true;
                for (int j = k - 1; j >= std::max(s.firstToken, k - 3); --j) {
                    if (tokens[j].text == QLatin1String("for"))
                        return true;
                    if (!isOneOf(tokens[j].text, {"a", "an", "the", "working", "private", "official"}))
                        return false;
                }
                return false;
            }())
            continue;
        // "as he left the summit hall", "a border meeting point": where the
        // event is held, not a mention of it.
        if (const int after = text.tokenAtOrAfter(trigger.end);
            after < s.endToken && tokens[after].start == trigger.end + 1 &&
            isOneOf(tokens[after].text, {"hall", "halls", "room", "rooms", "venue", "venues", "site", "point", "place",
                                         "centre", "center", "building", "chamber", "hotel", "compound", "tent"}))
            continue;
        // "his election campaign", "election officials": not the election itself.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Election")) {
            const int after = text.tokenAtOrAfter(trigger.end);
            if (after < s.endToken && isOneOf(tokens[after].text, {"campaign", "campaigns", "officials", "commission",
                                                                    "law", "laws", "rules", "year", "results",
                                                                    "observers", "monitors"}))
                continue;
            // "the snap election called by President X last month": who
            // called it and when is no election held.
            if (after + 1 < s.endToken && tokens[after].text == QLatin1String("called") &&
                tokens[after + 1].text == QLatin1String("by"))
                continue;
        }
        // "Leaders of the three countries will meet", "the two countries'
        // leaders met": a summit of the last two (three, four) countries named.
        if (trigger.type == meeting && isOneOf(words, {"met", "meet", "meets"})) {
            static const QRegularExpression leadersOf(
                QStringLiteral("(?:\\bleaders\\s+of\\s+the\\s+(two|three|four)\\s+countries|\\bthe\\s+(two|three|four)\\s+"
                               "countries['\u2019]\\s+leaders)\\s+(?:will\\s+|would\\s+|are\\s+(?:due\\s+|expected\\s+|set\\s+)?to\\s+)?$"),
                QRegularExpression::CaseInsensitiveOption);
            const qsizetype from = std::max(s.start, trigger.start - 60);
            static const ExpressionWords countries = {"countries"};
            const QStringView before = QStringView(t).mid(from, trigger.start - from);
            const QRegularExpressionMatch p =
                countries.foundIn(before) ? matchIn(leadersOf, before) : noMatch();
            if (p.hasMatch()) {
                const QString n = p.captured(1).isEmpty() ? p.captured(2).toLower() : p.captured(1).toLower();
                const int count = n == QLatin1String("two") ? 2 : n == QLatin1String("three") ? 3 : 4;
                QList<int> named;
                for (auto it = mentions.crbegin(); it != mentions.crend() && named.size() < count; ++it) {
                    if (it->start < trigger.start && out.entities[it->entity].kind == NodeKind::Country &&
                        !named.contains(it->entity))
                        named.append(it->entity);
                }
                if (named.size() == count) {
                    static const int summit = typeIndex("summit");
                    trigger.type = summit;
                    trigger.twoCountries = named;
                }
            }
        }
        // "The Community's foreign ministers, sitting as the Council for
        // Foreign and Community Relations, will meet by video": ministers
        // meeting as a body of the bloc hold a ministerial of that body.
        if (trigger.type == meeting && isOneOf(words, {"met", "meet", "meets"})) {
            int j = text.tokenAtOrAfter(trigger.start) - 1;
            while (j > s.firstToken && isOneOf(tokens[j].text, {"are", "were", "will", "would", "due", "set", "expected",
                                                                "scheduled", "to", "also", "again", "have", "had"}))
                --j;
            // j: the body's last word, its name set off by commas after "sitting as".
            const auto body = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[j].end,
                                               [](const Mention &m, qsizetype pos) { return m.end < pos; });
            // "The group's Joint Ministerial Monitoring Committee (JMMC) will
            // meet", "the Council of Ministers met": a body of ministers.
            int named = j; // past the initials in brackets after the name
            if (named > s.firstToken && isAcronym(tokens[named].text) && t.at(tokens[named].end) == QLatin1Char(')') &&
                tokens[named].start > 0 && t.at(tokens[named].start - 1) == QLatin1Char('('))
                --named;
            const auto ofMinisters = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[named].end,
                                                      [](const Mention &m, qsizetype pos) { return m.end < pos; });
            if (ofMinisters != mentions.cend() && ofMinisters->endToken == named + 1 &&
                out.entities[ofMinisters->entity].kind == NodeKind::Organization &&
                (containsWord(out.entities[ofMinisters->entity].label, u"Ministerial") ||
                 containsWord(out.entities[ofMinisters->entity].label, u"Ministers"))) {
                static const int ministerial = typeIndex("ministerial");
                trigger.type = ministerial;
                trigger.bloc = ofMinisters->entity;
            }
            if (body != mentions.cend() && body->endToken == j + 1 && text.commaBetween(j, j + 1) &&
                out.entities[body->entity].kind == NodeKind::Organization) {
                int a = body->firstToken - 1;
                if (a > s.firstToken && lowerEquals(tokens[a].text, u"the"))
                    --a;
                if (a - 2 >= s.firstToken && tokens[a].text == QLatin1String("as") &&
                    isOneOf(tokens[a - 1].text, {"sitting", "meeting", "acting", "convened"}) &&
                    text.commaBetween(a - 2, a - 1) && lowerEquals(tokens[a - 2].text, u"ministers")) {
                    static const int ministerial = typeIndex("ministerial");
                    trigger.type = ministerial;
                    trigger.bloc = body->entity;
                }
            }
        }
        // "Pacific Islands Forum foreign ministers met", "NATO defence ministers
        // meet", "Finance ministers of the African Union will meet": a bloc's
        // ministers meeting is a ministerial; two ministers meeting ("the two
        // foreign ministers met") are a meeting.
        // "ministers from A, B and C are meeting": the verb too.
        if (trigger.type == meeting &&
            (isOneOf(words, {"met", "meet", "meets", "discussed"}) ||
             (words == QLatin1String("meeting") && text.tokenAtOrAfter(trigger.start) > s.firstToken &&
              isOneOf(tokens[text.tokenAtOrAfter(trigger.start) - 1].text, {"are", "were"})))) {
            const int k = text.tokenAtOrAfter(trigger.start);
            for (int j = k - 1; j >= std::max(s.firstToken, k - 10); --j) {
                if (tokens[j].text.compare(QLatin1String("ministers"), Qt::CaseInsensitive) != 0)
                    continue;
                const auto after = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[j].start,
                                                    [](const Mention &m, qsizetype pos) { return m.start < pos; });
                // "NATO defence ministers will meet", "EU farm ministers are due
                // to meet": the bloc's name right before them, at most
                // auxiliaries between them and the verb.
                const bool auxiliaries = std::all_of(tokens.cbegin() + j + 1, tokens.cbegin() + k, [](const Token &w) {
                    return isOneOf(w.text, {"are", "were", "will", "would", "due", "set", "expected", "scheduled",
                                            "to", "also", "again", "have", "had"});
                });
                const bool before = (j - k >= -3 || auxiliaries) && after != mentions.cbegin() &&
                                    std::prev(after)->endToken >= j - 2 &&
                                    out.entities[std::prev(after)->entity].kind == NodeKind::Organization;
                // "ministers of the African Union", right after them.
                const int of = j + 1;
                const bool named = of + 1 < k && tokens[of].text == QLatin1String("of") &&
                                   [&] {
                                       const int at = tokens[of + 1].text == QLatin1String("the") ? of + 2 : of + 1;
                                       const auto m = mentionAtToken.constFind(at);
                                       return m != mentionAtToken.constEnd() &&
                                              out.entities[mentions[*m].entity].kind == NodeKind::Organization;
                                   }();
                // "Water ministers of Angola, Botswana and Namibia will
                // meet": the ministers of three countries or more, listed.
                QList<int> countries;
                if (of + 1 < k && isOneOf(tokens[of].text, {"of", "from"})) { // "ministers from A, B and C met" too
                    int at = of + 1;
                    while (at < k) {
                        const auto m = mentionAtToken.constFind(at);
                        if (m == mentionAtToken.constEnd() || out.entities[mentions[*m].entity].kind != NodeKind::Country)
                            break;
                        countries.append(mentions[*m].entity);
                        at = mentions[*m].endToken;
                        const QStringView gap = at < k ? QStringView(t).mid(tokens[at - 1].end, tokens[at].start - tokens[at - 1].end)
                                                      : QStringView();
                        if (gap == QLatin1String(", ")) {
                            if (at < k && tokens[at].text == QLatin1String("and"))
                                ++at;
                            continue;
                        }
                        if (at < k && tokens[at].text == QLatin1String("and") && gap == QLatin1String(" ")) {
                            ++at;
                            continue;
                        }
                        break;
                    }
                }
                if (countries.size() >= 3) {
                    static const int ministerial = typeIndex("ministerial");
                    static const int summit = typeIndex("summit");
                    // "The prime ministers of A, B and C met": heads of
                    // government are leaders, their meeting a summit
                    // (CONVENTIONS.md [type]).
                    const bool leaders = j - 1 >= s.firstToken && lowerEquals(tokens[j - 1].text, u"prime");
                    trigger.type = leaders ? summit : ministerial;
                    trigger.ministersOfCountries = countries;
                    if (j - 1 >= s.firstToken && tokens[j - 1].text.front().isLetter() &&
                        !isOneOf(tokens[j - 1].text.toLower(),
                                 {"the", "their", "its", "of", "and", "all", "other", "senior", "two",
                                  "three", "four", "five", "six"}))
                        trigger.portfolio = tokens[j - 1].text;
                    break;
                }
                // "Defence ministers from all 27 member states met", "Foreign
                // ministers of the member states met": every member's
                // ministers, of the organisation named last before, who take
                // part with it.
                if (of + 3 < k && isOneOf(tokens[of].text, {"of", "from"}) &&
                    (tokens[of + 1].text == QLatin1String("all") ||
                     (tokens[of + 1].text == QLatin1String("the") && isOneOf(tokens[of + 2].text, {"member", "members"})))) {
                    int n = of + 2;
                    if (tokens[n].text.front().isDigit())
                        ++n;
                    if (n < k && isOneOf(tokens[n].text, {"allies", "members", "member", "countries", "nations", "states",
                                                          "governments"})) {
                        int whose = -1;
                        for (auto it = mentions.crbegin(); it != mentions.crend() && whose < 0; ++it) {
                            if (it->start < tokens[j].start && out.entities[it->entity].kind == NodeKind::Organization &&
                                !isOwnOutlet(out.entities[it->entity]))
                                whose = it->entity;
                        }
                        if (whose >= 0) {
                            static const int ministerial = typeIndex("ministerial");
                            trigger.type = ministerial;
                            trigger.ministersOf = whose;
                            break;
                        }
                    }
                }
                // "The council's energy ministers are due to meet": the
                // organisation the text named before, by its last word.
                int bloc = -1;
                for (int d = j - 1; d >= std::max(s.firstToken + 1, j - 3) && bloc < 0; --d) {
                    const qsizetype wordEnd = tokens[d].end;
                    if (wordEnd + 1 < t.size() && isApostrophe(t.at(wordEnd)) && t.at(wordEnd + 1) == QLatin1Char('s') &&
                        tokens[d - 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) {
                        bloc = organizationNamedBefore(tokens[d].text, tokens[d].start);
                        // "the bloc's foreign ministers meet": the organisation named last.
                        if (bloc < 0 && tokens[d].text == QLatin1String("bloc"))
                            bloc = lastOrganizationBefore(tokens[d].start);
                    }
                }
                // "The foreign ministers will meet again": the ministers of
                // the organisation whose ministers met last, none named here.
                const bool bare = !before && !named && bloc < 0 && lastBloc >= 0 && j - 1 >= s.firstToken &&
                                  (tokens[j - 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0 ||
                                   (j - 2 >= s.firstToken && tokens[j - 1].text.front().isLower() &&
                                    tokens[j - 2].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0)) &&
                                  !std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
                                      return m.start >= s.start && m.start < trigger.start;
                                  });
                if (bare)
                    bloc = lastBloc;
                // "the guarantor countries' foreign ministers are due to
                // meet": the ministers of countries told of as a group meet
                // in a ministerial, of the countries whose ministers met in
                // the ministerial told last (if any).
                bool group = false;
                for (int d = j - 1; d >= std::max(s.firstToken, j - 2) && !group; --d) {
                    group = isOneOf(tokens[d].text, {"countries", "states", "nations", "governments"}) &&
                            tokens[d].end + 1 < t.size() && isApostrophe(t.at(tokens[d].end)) &&
                            !t.at(tokens[d].end + 1).isLetter();
                }
                if (group && !before && !named && bloc < 0) {
                    static const int ministerial = typeIndex("ministerial");
                    trigger.type = ministerial;
                    for (auto it = into->crbegin(); it != into->crend(); ++it) {
                        if (it->type != ministerial)
                            continue;
                        for (int p : it->participants) {
                            if (out.entities[p].kind == NodeKind::Country)
                                trigger.ministersOfCountries.append(p);
                        }
                        if (trigger.ministersOfCountries.size() < 2)
                            trigger.ministersOfCountries.clear();
                        break;
                    }
                    break;
                }
                if (before || named || bloc >= 0) {
                    static const int ministerial = typeIndex("ministerial");
                    trigger.type = ministerial;
                    trigger.bloc = bloc;
                }
                break;
            }
        }
        // "Foreign ministers of the EU and the five Central Asian republics
        // - A, B, C, D and E - are due to meet": the ministers of three
        // countries or more named between "ministers of" and the verb,
        // however listed, with the organisation named among them.
        if (trigger.type == meeting && trigger.ministersOfCountries.isEmpty() && trigger.ministersOf < 0 &&
            isOneOf(words, {"met", "meet", "meets"})) {
            const int k = text.tokenAtOrAfter(trigger.start);
            for (int j = k - 2; j >= std::max(s.firstToken, k - 30); --j) {
                if (tokens[j].text.compare(QLatin1String("ministers"), Qt::CaseInsensitive) != 0 ||
                    !isOneOf(tokens[j + 1].text, {"of", "from"}))
                    continue;
                QList<int> parties;
                int countries = 0;
                for (int at = j + 2; at < k; ++at) {
                    const auto m = mentionAtToken.constFind(at);
                    if (m == mentionAtToken.constEnd())
                        continue;
                    const NodeKind kind = out.entities[mentions[*m].entity].kind;
                    if ((kind == NodeKind::Country || kind == NodeKind::Organization) &&
                        !parties.contains(mentions[*m].entity)) {
                        parties.append(mentions[*m].entity);
                        countries += kind == NodeKind::Country;
                    }
                    at = mentions[*m].endToken - 1;
                }
                if (countries >= 3) {
                    static const int ministerial = typeIndex("ministerial");
                    trigger.type = ministerial;
                    trigger.ministersOfCountries = parties;
                }
                break;
            }
        }
        // "Omani Foreign Minister X hosted the delegations": whoever hosts
        // the delegations (the talks) of the talks told takes part in them.
        if (trigger.type == meeting && isOneOf(words, {"hosted", "hosts", "hosting"})) {
            const int after = text.tokenAtOrAfter(trigger.end);
            if (after + 1 < s.endToken && isOneOf(tokens[after].text, {"the", "both"}) &&
                isOneOf(tokens[after + 1].text, {"delegations", "talks", "negotiations", "negotiators"}))
                trigger.type = talksType;
        }
        // "trade delegations from the two sides met in Astana",
        // "negotiators … will meet again": delegations meeting hold talks.
        if (trigger.type == meeting && isOneOf(words, {"met", "meet", "meets"})) {
            const int k = text.tokenAtOrAfter(trigger.start);
            for (int j = k - 1; j >= std::max(s.firstToken, k - 6); --j) {
                if (isOneOf(tokens[j].text, {"delegations", "negotiators", "Delegations", "Negotiators"})) {
                    trigger.type = talksType;
                    break;
                }
            }
        }
        // "a meeting of Association of Southeast Asian Nations (ASEAN)
        // foreign ministers": a bloc's ministers meeting is a ministerial;
        // "the emergency special meeting of CARICOM heads of government"
        // (its leaders, presidents) a summit.
        if (trigger.type == meeting && isOneOf(words, {"meeting", "meetings"})) {
            const int of = text.tokenAtOrAfter(trigger.end);
            int k = of + 1;
            if (k < s.endToken && tokens[k].text == QLatin1String("the"))
                ++k;
            const auto bloc = mentionAtToken.constFind(k);
            if (of < s.endToken && tokens[of].text == QLatin1String("of") && bloc != mentionAtToken.constEnd() &&
                out.entities[mentions[*bloc].entity].kind == NodeKind::Organization) {
                static const QRegularExpression ministers(
                    QStringLiteral("^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:[\\w-]+\\s+){0,2}"
                                   "(ministers|heads\\s+of\\s+(?:state|government)|leaders|presidents)\\b"));
                const qsizetype end = mentions[*bloc].end;
                if (const QRegularExpressionMatch who =
                        matchIn(ministers, QStringView(t).mid(end, std::min<qsizetype>(60, s.end - end)));
                    who.hasMatch()) {
                    static const int ministerial = typeIndex("ministerial");
                    static const int summit = typeIndex("summit");
                    trigger.type = who.captured(1) == QLatin1String("ministers") ? ministerial : summit;
                    trigger.ministersOf = mentions[*bloc].entity;
                }
            }
        }
        // "a meeting of the bloc's foreign ministers": the organisation
        // named before by that word ("the bloc": the last one named) takes
        // part with them.
        static const int ministerialType = typeIndex("ministerial");
        if (trigger.type == ministerialType && trigger.bloc < 0) {
            static const QRegularExpression whose(QStringLiteral("\\bthe\\s+(\\w+)['\u2019]s\\s"));
            const QRegularExpressionMatch p = matchIn(whose, QStringView(t).mid(trigger.start, trigger.end - trigger.start));
            if (p.hasMatch()) {
                const QString word = p.captured(1);
                trigger.ministersOf = organizationNamedBefore(word, trigger.start);
                if (trigger.ministersOf < 0 && word == QLatin1String("bloc"))
                    trigger.ministersOf = lastOrganizationBefore(trigger.start);
            }
        }
        // "a meeting of the three foreign ministers", "of the two countries'
        // water ministers": ministers counted are so many people meeting, a
        // meeting (as "the two foreign ministers met" is); a bloc's ministers
        // or those of countries listed hold a ministerial.
        if (trigger.type == ministerialType && trigger.ministersOf < 0 &&
            words.startsWith(QLatin1String("meeting of the "))) {
            const int count = text.tokenAtOrAfter(trigger.start) + 3;
            if (count < s.endToken && isOneOf(tokens[count].text, {"two", "three", "four", "five", "six"}))
                trigger.type = meeting;
        }
        // "a summit of the union's four heads of state": the organisation
        // named before by that word holds it, its leaders meeting.
        static const int summitType = typeIndex("summit");
        if (trigger.type == summitType && trigger.ministersOf < 0) {
            static const QRegularExpression whoseLeaders(QStringLiteral(
                "^\\s+of\\s+the\\s+(\\w+)['\u2019]s\\s+(?:\\w+\\s+)?(?:heads\\s+of\\s+(?:state|government)|leaders|presidents)\\b"));
            const QRegularExpressionMatch p =
                matchIn(whoseLeaders, QStringView(t).mid(trigger.end, std::min<qsizetype>(80, s.end - trigger.end)));
            if (p.hasMatch())
                trigger.ministersOf = organizationNamedBefore(p.captured(1), trigger.start);
        }
        // "a meeting of the two countries' leaders in X": the last two
        // countries named before are its parties. So for "talks in X
        // between the two transport ministries", "a meeting between the
        // three governments": the last two (three, four) named.
        if (isOneOf(words, {"meeting", "meetings", "talks", "summit"})) {
            static const QRegularExpression twoCountries(QStringLiteral(
                "^\\s+(?:in\\s+(?:\\p{Lu}[\\w-]*\\s+){1,3})?(?:of|between)\\s+the\\s+(two|three|four)\\s+"
                "(?:countries['\u2019]\\s|(?:[a-z-]+\\s+)?(?:ministries|governments)\\b)"));
            const QStringView next = QStringView(t).mid(trigger.end, std::min<qsizetype>(60, s.end - trigger.end));
            const QRegularExpressionMatch many =
                containsWord(next, u"two") || containsWord(next, u"three") || containsWord(next, u"four")
                    ? matchIn(twoCountries, next)
                    : noMatch();
            if (many.hasMatch()) {
                const int count = many.captured(1) == QLatin1String("two") ? 2 : many.captured(1) == QLatin1String("three") ? 3 : 4;
                QList<int> named;
                for (auto it = mentions.crbegin(); it != mentions.crend() && named.size() < count; ++it) {
                    if (it->start < trigger.start && out.entities[it->entity].kind == NodeKind::Country &&
                        !named.contains(it->entity))
                        named.append(it->entity);
                }
                if (named.size() == count)
                    trigger.twoCountries = named;
            }
        }
        // "a joint boundary commission will meet in X", "a joint working
        // group on minerals that would hold its first meeting", "agreed to
        // convene a joint economic commission": a joint body (of two
        // parties, unnamed) meeting is a meeting of the last two countries
        // named before it.
        if (trigger.type == meeting && isOneOf(words, {"convene", "convenes", "convened", "convening"})) {
            static const QRegularExpression convened(QStringLiteral(
                "^\\s+(?:a|an|the)\\s+joint\\s+(?:[\\w-]+\\s+){0,3}?(?:commission|committee|working\\s+group|task\\s+force|panel)\\b"));
            const QRegularExpressionMatch body =
                matchIn(convened, QStringView(t).mid(trigger.end, std::min<qsizetype>(80, s.end - trigger.end)));
            if (!body.hasMatch())
                continue;
            QList<int> named;
            for (auto it = mentions.crbegin(); it != mentions.crend() && named.size() < 2; ++it) {
                if (it->start < trigger.start && out.entities[it->entity].kind == NodeKind::Country &&
                    !named.contains(it->entity) && !quoted(it->start))
                    named.append(it->entity);
            }
            if (named.size() < 2)
                continue;
            trigger.twoCountries = named;
            trigger.jointBody = true;
        }
        if (trigger.type == meeting && trigger.twoCountries.isEmpty() &&
            isOneOf(words, {"meet", "meets", "met", "meeting"})) {
            static const QRegularExpression jointBody(QStringLiteral(
                "\\bjoint\\s+(?:[\\w-]+\\s+){0,3}?(?:commission|committee|working\\s+group|task\\s+force|panel)\\s+"
                "(?:(?:on|for)\\s+(?:[\\w-]+\\s+){1,3}?)?(?:(?:that|which)\\s+)?"
                "(?:(?:will|would|is|are|was|were|due|set|expected|scheduled|to|also|first|then)\\s+)*"
                "(?:(?:hold|holds|held|holding)\\s+its\\s+(?:[\\w-]+\\s+)?)?$"));
            static const ExpressionWords joint = {"joint"};
            const qsizetype from = std::max(s.start, trigger.start - 100);
            const QStringView before = QStringView(t).mid(from, trigger.start - from);
            if (joint.foundIn(before) && matchIn(jointBody, before).hasMatch()) {
                QList<int> named;
                for (auto it = mentions.crbegin(); it != mentions.crend() && named.size() < 2; ++it) {
                    if (it->start < trigger.start && out.entities[it->entity].kind == NodeKind::Country &&
                        !named.contains(it->entity) && !quoted(it->start))
                        named.append(it->entity);
                }
                if (named.size() == 2) {
                    trigger.twoCountries = named;
                    trigger.jointBody = true;
                }
            }
        }
        // Words side by side name one event ("met for talks", "summit meeting").
        if (!here.isEmpty()) {
            Trigger &last = here.last();
            // "met for talks", "a summit meeting", "meet at an ASEAN summit".
            static const QRegularExpression joining(QStringLiteral(
                "^\\s*(?:(?:for|of|at|in)\\s+)?(?:(?:a|an|the)\\s+)?(?:\\p{Lu}[\\w-]*\\s+){0,2}$"));
            if (matchIn(joining, QStringView(t).mid(last.end, trigger.start - last.end)).hasMatch()) {
                last.end = trigger.end;
                last.words = lowerCased(t.mid(last.start, last.end - last.start).simplified());
                last.type = std::min(last.type, trigger.type);
                continue;
            }
            // "The two presidents last met in February at the IGAD summit":
            // when they were last together, told as a summit, is that
            // summit (a meeting of two at a summit, "A met B at the summit",
            // is one of its own).
            static const QRegularExpression lastMetAt(QStringLiteral(
                "^\\s+(?:[^,.;:\"\u201c\u201d]{1,30}\\s+)?at\\s+(?:a|an|the)\\s+(?:[\\p{Lu}\\d][\\w-]*\\s+){0,3}$"));
            if (const int k = text.tokenAtOrAfter(last.start);
                k > s.firstToken && tokens[k - 1].text == QLatin1String("last") &&
                isOneOf(t.mid(last.start, last.end - last.start), {"met", "meet"}) &&
                QLatin1String(triggerWords[trigger.type].type) == QLatin1String("summit") &&
                matchIn(lastMetAt, QStringView(t).mid(last.end, trigger.start - last.end)).hasMatch()) {
                last.type = trigger.type;
                continue;
            }
            // "hosted her counterpart, X, for talks", "received the envoy for
            // talks": whom the host had over, and what for, is one event;
            // the guests stay after the host's words.
            static const QRegularExpression hostedFor(QStringLiteral(
                "^\\s+[^.;:\"\u201c\u201d]{1,80}?\\s+for\\s+(?:(?:a|an|the)\\s+)?(?:\\p{Lu}[\\w-]*\\s+){0,2}$"));
            if (trigger.start - last.end <= 90 &&
                isOneOf(t.mid(last.start, last.end - last.start),
                        {"hosted", "hosts", "host", "hosting", "received", "receives", "receive", "welcomed",
                         "welcomes", "welcome"}) &&
                matchIn(hostedFor, QStringView(t).mid(last.end, trigger.start - last.end)).hasMatch()) {
                last.type = std::min(last.type, trigger.type);
                continue;
            }
        }
        here.append(trigger);
    }
    // "KITWE, Zambia —", "TOKYO (Pacific Wire) —", "LINZ, Austria, May 9
    // (Danube Wire) -": where the dispatch comes from, and who sends it,
    // take part in nothing.
    qsizetype bodyStart = s.start;
    if (si == 0 || sentences[si - 1].paragraph != s.paragraph) {
        static const QRegularExpression dateline(QStringLiteral(
            "^\\p{Lu}[\\p{Lu} .'\u2019-]+(?:,[^,\u2014\u2013(]{1,40}){0,2}\\s*(?:\\([^)]{1,60}\\)\\s*)?"
            "(?:\u2014|\u2013|--|-)\\s"));
        const QStringView head = QStringView(t).mid(s.start, std::min<qsizetype>(120, s.end - s.start));
        // It opens with two capitals (or a capital and a space, a stop …) and holds a dash.
        const auto mayOpen = [](QChar c, bool first) {
            return c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z') ||
                   (!first && (c == u' ' || c == u'.' || c == u'\'' || c == u'-'));
        };
        if (head.size() > 2 && mayOpen(head[0], true) && mayOpen(head[1], false) &&
            (head.contains(u'-') || head.contains(QChar(0x2014)) || head.contains(QChar(0x2013)))) {
            const QRegularExpressionMatch d = matchIn(dateline, head);
            if (d.hasMatch())
                bodyStart = s.start + d.capturedEnd();
        }
    }
    // The actors before the first trigger are the sentence's subject: every event of it has them.
    QList<int> subject;
    int subjectPlace = -1;
    if (!here.isEmpty()) {
        // "Cambodia and Japan agree to restore …; Minister visits Kampong
        // Chhnang": in a headline, a clause a semicolon closes before the
        // first trigger is another story's, no part of its subject.
        qsizetype subjectFrom = bodyStart;
        for (qsizetype i = bodyStart; si < text.bodySentence && i + 1 < here.first().start; ++i) {
            if (t.at(i) == QLatin1Char(';') && isPatternSpace(t.at(i + 1)) && !quoted(i))
                subjectFrom = i + 2;
        }
        actorsIn(subjectFrom, here.first().start, s, &subject, &subjectPlace);
        groupsOfCountries(subjectFrom, here.first().start, s, &subject);
    }
    // Clauses: ", and …", ", but …", "; …" start a new subject.
    QList<std::pair<qsizetype, qsizetype>> breaks;
    if (!here.isEmpty()) {
        // ", and ", ", but ", ", while ", ", whereas " (any white space
        // around the word), "; ": read by hand, as the expression
        // ",\s+(?:and|but|while|whereas)\s|;\s" would match them.
        for (qsizetype i = s.start; i + 1 < s.end; ++i) {
            qsizetype end = -1;
            if (t.at(i) == QLatin1Char(';') && isPatternSpace(t.at(i + 1))) {
                end = i + 2;
            } else if (t.at(i) == QLatin1Char(',')) {
                qsizetype j = i + 1;
                while (j < s.end && isPatternSpace(t.at(j)))
                    ++j;
                const QStringView rest = QStringView(t).sliced(j, s.end - j);
                for (const QStringView word : {u"and", u"but", u"while", u"whereas"}) {
                    if (j > i + 1 && rest.size() > word.size() && rest.startsWith(word) &&
                        isPatternSpace(rest.at(word.size()))) {
                        end = j + word.size() + 1;
                        break;
                    }
                }
            }
            if (end < 0)
                continue;
            if (!quoted(i) && !(t.at(i) == QLatin1Char(',') && listGoesOn(end, s, here)))
                breaks.append({i, end});
            i = end - 1;
        }
    }
    // "The talks came a day after X visited Y": the words after "a day
    // after" between two events' words are a clause of their own, the
    // second event's, with its own subject.
    static const QRegularExpression daysApart(QStringLiteral("\\b(a|one|two|three) days? (after|before)\\s"),
                                              QRegularExpression::CaseInsensitiveOption);
    QList<int> apart(here.size(), 0); // per trigger: so many days before the one before it (after: negative)
    for (int i = 1; i < here.size(); ++i) {
        const QRegularExpressionMatch d =
            matchIn(daysApart, QStringView(t).mid(here[i - 1].end, here[i].start - here[i - 1].end));
        if (!d.hasMatch() || quoted(here[i - 1].end + d.capturedStart()))
            continue;
        const QString number = d.captured(1).toLower();
        const int count = number == QLatin1String("two") ? 2 : number == QLatin1String("three") ? 3 : 1;
        apart[i] = d.captured(2).compare(QLatin1String("after"), Qt::CaseInsensitive) == 0 ? count : -count;
        breaks.append({here[i - 1].end + d.capturedStart(), here[i - 1].end + d.capturedEnd()});
    }
    std::sort(breaks.begin(), breaks.end());
    // "met on the sidelines of a summit", "on the margins of the forum":
    // the summit is an event of its own, held around the meeting; where
    // its phrase starts, and where the words naming its actors begin.
    QList<qsizetype> hostStart(here.size(), -1);
    QList<qsizetype> hostNamesFrom(here.size(), -1);
    for (int i = 0; i < here.size(); ++i)
        hostStart[i] = sidelinesAt(here[i], s, &hostNamesFrom[i]);
    // "talks with X on their positions ahead of the GCC summit in Doha":
    // an event the words before look forward to is another, its actors its
    // own; where its phrase starts.
    QList<qsizetype> aheadStart(here.size(), -1);
    for (int i = 1; i < here.size(); ++i) {
        const int k = text.tokenAtOrAfter(here[i].start);
        for (int j = k - 1; j >= std::max(s.firstToken + 1, k - 6) && aheadStart[i] < 0; --j) {
            if (text.commaBetween(j, j + 1) || tokens[j].start < here[i - 1].end)
                break;
            const QString &w = tokens[j].text;
            if ((w == QLatin1String("of") && isOneOf(tokens[j - 1].text, {"ahead", "eve"})) ||
                (w == QLatin1String("for") && tokens[j - 1].text == QLatin1String("preparation")) ||
                (w == QLatin1String("to") && tokens[j - 1].text == QLatin1String("run-up")))
                aheadStart[i] = tokens[j - 1].start;
        }
    }
    QList<int> mentionIndex(here.size(), -1); // into `into`, per trigger
    bool lastPlanned = false;
    qsizetype datesTaken = s.start; // dates before this are an earlier event's
    for (int i = 0; i < here.size(); ++i) {
        const Trigger &trigger = here[i];
        const bool host = hostStart[i] >= 0;
        const bool hostsNext = i + 1 < here.size() && hostStart[i + 1] >= 0;
        const qsizetype from = i == 0 ? s.start : here[i - 1].end;
        // Its actors stop where the sidelines phrase of the next words
        // starts; its date may stand past them ("held talks with X on the
        // margins of the summit on Thursday").
        const qsizetype to = i + 1 < here.size()
                                 ? (hostsNext ? hostStart[i + 1] : aheadStart[i + 1] >= 0 ? aheadStart[i + 1] : here[i + 1].start)
                                 : s.end;
        const qsizetype dateTo = hostsNext ? (i + 2 < here.size() ? here[i + 2].start : s.end) : to;
        anchorAt = trigger.start;
        EventMention m;
        m.type = trigger.type;
        m.words = Span{trigger.start, trigger.end};
        m.sentence = si;
        m.definite = definiteAt(trigger, s);
        m.addressed = m.definite && trigger.words.startsWith(QLatin1String("told the "));
        // "hosted the delegations": the talks told before, by other words.
        if (trigger.type == talksType && isOneOf(t.mid(trigger.start, trigger.end - trigger.start), {"hosted", "hosts", "hosting"}))
            m.definite = true;
        m.delegated = delegatedAt(trigger, s);
        m.separate = separateAt(trigger, s);
        bool heldDuring = false;
        // "at a meeting of G20 foreign ministers in November, when X sat down
        // with Y": a meeting held while a summit or a ministerial was on is
        // one of its own, beside it.
        if (i > 0 && (m.type == meeting || m.type == talksType) &&
            QLatin1String(triggerWords[here[i - 1].type].type) != QLatin1String(triggerWords[m.type].type) &&
            (QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("summit") ||
             QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("ministerial") ||
             // ("for a state visit in June, when the two presidents would hold talks")
             QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("visit")) &&
            QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1String(", when ")))
            m.separate = heldDuring = true;
        m.planned = plannedAt(trigger, from, s);
        // (Its actors named in the phrase, "ahead of the GCC summit"; with
        // none, "on the eve of the summit" is the one told before.)
        QList<int> aheadActors;
        int aheadPlace = -1;
        if (aheadStart[i] >= 0)
            actorsIn(aheadStart[i], trigger.start, s, &aheadActors, &aheadPlace);
        const bool ahead = !aheadActors.isEmpty();
        // (What the planned event before looks forward to is planned too.)
        if (ahead && lastPlanned)
            m.planned = true;
        lastPlanned = m.planned;
        // "When will you and Minister Mrisho meet again?": a question about
        // what is to come says nothing will happen.
        if (m.planned) {
            qsizetype end = s.end;
            while (end > s.start && (t.at(end - 1).isSpace() || t.at(end - 1) == QLatin1Char('*')))
                --end;
            if (end > s.start && t.at(end - 1) == QLatin1Char('?') && !quoted(trigger.start))
                continue;
        }
        m.rule = QStringLiteral("\u201c%1\u201d").arg(trigger.words);
        // Its words as written, in their case (read for a whole word in them,
        // which no white space parts).
        const QStringView written = QStringView(t).mid(trigger.start, trigger.end - trigger.start);
        // The date that governs the event: the first after its words (before
        // the next event's), else the nearest before them.
        const QList<ResolvedDate> dates = datesIn(si, m.planned);
        // "stayed away on Thursday after wage talks broke down": a date
        // before "after …" dates what followed, not the event.
        const int triggerAt = text.tokenAtOrAfter(trigger.start);
        bool afterSomething = false;
        bool afterIt = false; // "after" (or "following") itself
        for (int j = triggerAt - 1; j >= wordsBefore(triggerAt, s); --j) {
            afterSomething =
                afterSomething || isOneOf(tokens[j].text, {"after", "following", "before", "since", "until"});
            afterIt = afterIt || isOneOf(tokens[j].text, {"after", "following"});
        }
        // "agreed on Monday to reopen the crossings, after talks in Bangkok
        // between their ministers": the event a dated clause came after,
        // named by a noun with no verb of its own (not "after talks broke
        // down"), ended on that day; its length unsaid, it is of that day
        // (inferred, and said so).
        const int nextWord = text.tokenAtOrAfter(trigger.end);
        const auto verbless = [&] {
            for (int j = nextWord; j < s.endToken && !text.commaBetween(j - 1, j); ++j) {
                const QString &w = tokens[j].text;
                // "… talks in Jayapura that ended with a promise": a verb of
                // a clause of the talks' own, not one they are subject of.
                if (isOneOf(w, {"that", "which"}))
                    return true;
                if (w.front().isLower() &&
                    (w.endsWith(QLatin1String("ed")) ||
                     isOneOf(w, {"broke", "fell", "went", "began", "begun", "was", "were", "had", "has", "have", "is",
                                 "are", "ran", "drew", "came", "left", "stalled", "ended"})))
                    return false;
            }
            return true;
        };
        const bool endedThatDay =
            afterIt && trigger.end < t.size() && trigger.type != visitType &&
            (nextWord >= s.endToken || QStringView(u",;.").contains(t.at(trigger.end)) ||
             isOneOf(tokens[nextWord].text, {"in", "at", "between", "with", "among", "on", "over", "by"})) &&
            verbless();
        // "On May 3 Berzina received (welcomed, hosted) Vaitkus on a
        // three-day visit": the guest's visit is of the host's day as much
        // as the reception is; the date before both is the visit's too.
        static const QRegularExpression onAVisit(
            QStringLiteral("^[^.;:,\"\u201c\u201d]{1,80}?\\s(?:on|for)\\s+(?:a|an|her|his|their)\\s+(?:[\\w-]+\\s+){0,3}$"));
        const bool guestsVisit =
            trigger.type == visitType && i > 0 && here[i - 1].type == meeting &&
            isOneOf(here[i - 1].words, {"received", "receives", "receiving", "welcomed", "welcomes", "welcoming",
                                        "hosted", "hosts", "hosting"}) &&
            matchIn(onAVisit, QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end)).hasMatch();
        int after = -1, before = -1;
        // "the May 16 election", "his Nov. 5 election", "the April 3-4 meeting":
        // a date right before the words is theirs, whatever bounds the clause.
        int adjacent = -1;
        for (int d = 0; d < dates.size(); ++d) {
            if (dates[d].end < trigger.start && dates[d].end >= trigger.start - 1 && !quoted(dates[d].start) &&
                QStringView(t).mid(dates[d].end, trigger.start - dates[d].end).trimmed().isEmpty())
                adjacent = d;
        }
        // "The summit was preceded on Wednesday by a ministerial meeting": a
        // date between a verb of sequence and "by" the words is theirs.
        if (adjacent < 0) {
            static const QRegularExpression byThe(QStringLiteral("^\\s+by\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}$"));
            for (int d = 0; d < dates.size(); ++d) {
                const int verb = text.tokenAtOrAfter(dates[d].start) - 1;
                if (dates[d].end < trigger.start && dates[d].end >= trigger.start - 40 && !quoted(dates[d].start) &&
                    verb >= s.firstToken && isOneOf(tokens[verb].text, {"preceded", "followed"}) &&
                    matchIn(byThe, QStringView(t).mid(dates[d].end, trigger.start - dates[d].end)).hasMatch())
                    adjacent = d;
            }
        }
        // "X said on Sunday in an interview with Y": the day of the saying,
        // right before the interview it was said in, is the interview's.
        static const int interviewType = typeIndex("interview");
        if (adjacent < 0 && trigger.type == interviewType) {
            static const QRegularExpression inAn(QStringLiteral("^\\s+(?:in|during)\\s+(?:an?|the|her|his|their)\\s+$"));
            for (int d = 0; d < dates.size(); ++d) {
                if (dates[d].end < trigger.start && dates[d].end >= trigger.start - 16 && !quoted(dates[d].start) &&
                    matchIn(inAn, QStringView(t).mid(dates[d].end, trigger.start - dates[d].end)).hasMatch())
                    adjacent = d;
            }
        }
        for (int d = 0; d < dates.size() && adjacent < 0; ++d) {
            const ResolvedDate &candidate = dates[d];
            if (!dateGoverns(candidate, s))
                continue;
            // "took office after Lind became president on March 3": the date is the other clause's.
            // Not "before dawn on Tuesday": a time of that day.
            static const QRegularExpression subordinate(QStringLiteral(
                "\\b(?:(?:after|before)\\s(?!(?:dawn|dusk|daybreak|sunrise|sunset|midnight|noon|nightfall|dark|it|him|her|them|us)\\b)|"
                "(?:since|until|when)\\s|,\\s+where\\s)"));
            // Not "on strike since January 15", the start datesIn found of it: what goes on since.
            const int beforeDate = text.tokenAtOrAfter(candidate.start) - 1;
            const bool sinceRange = candidate.ongoing && beforeDate >= s.firstToken &&
                                    tokens[beforeDate].text == QLatin1String("since");
            if (!sinceRange && candidate.start >= trigger.end && candidate.start < dateTo &&
                candidate.start - trigger.end < 120 &&
                matchIn(subordinate, QStringView(t).mid(trigger.end, candidate.start - trigger.end)).hasMatch())
                break;
            // "X, who is chairing the talks, said the two sides would meet
            // again on Thursday": past a verb of saying after the words, a
            // date is the saying's or the words said.
            if (candidate.start >= trigger.end && [&] {
                    for (int j = text.tokenAtOrAfter(trigger.end); j < s.endToken && tokens[j].start < candidate.start;
                         ++j) {
                        // (Not a name: "his counterpart, Said bin Nasser, on Sunday";
                        // nor the event's own course: "talks that concluded on Wednesday".)
                        // ("Minister Ahmed Said Moussa on Thursday": a capital inside a name, too.)
                        if (gz.isSpeechVerb(tokens[j].text) && !quoted(tokens[j].start) && !mentionAtToken.contains(j) &&
                            (j == s.firstToken || tokens[j].text.front().isLower()) &&
                            !(j > s.firstToken && isOneOf(tokens[j - 1].text, {"that", "which"})))
                            return true;
                    }
                    return false;
                }())
                break;
            // "Last week she spoke by phone with A, and last Friday she
            // hosted B": the event's clause has its date before its words;
            // one after ", and" is the next clause's.
            if (before >= 0 && candidate.start >= trigger.end &&
                QStringView(t).mid(trigger.end, candidate.start - trigger.end).contains(QLatin1String(", and ")))
                break;
            // "Last week she met A; on Tuesday she briefed B": a date after a
            // semicolon is the clause's after it, never the words' before it.
            if (candidate.start >= trigger.end &&
                QStringView(t).mid(trigger.end, candidate.start - trigger.end).contains(QLatin1Char(';')))
                break;
            // "Talks between A and B (…), mediated by C in D, ended on
            // Wednesday": further on, a date right after a verb of the
            // event's course is still its own.
            // So is one right after the verb that puts it in the diary ("…,
            // are scheduled for Thursday", "is due on Monday").
            static const QRegularExpression scheduled(
                QStringLiteral("\\s(?:is|are|was|were)\\s+(?:now\\s+)?(?:scheduled|planned|expected|due|set)"
                               "(?:\\s+to\\s+\\w+)?(?:\\s+(?:on|for))?\\s*$"));
            // ("met her counterpart from across the bay, Yolanda Canché Pech,
            // municipal president of Othón P. Blanco, at the border crossing
            // on Friday": the asides set off by commas do not count.)
            const auto apart = [&] {
                const QStringView between = QStringView(t).mid(trigger.end, std::max<qsizetype>(0, candidate.start - trigger.end));
                const qsizetype firstComma = between.indexOf(QLatin1Char(','));
                const qsizetype lastComma = between.lastIndexOf(QLatin1Char(','));
                return firstComma >= 0 && lastComma > firstComma ? between.size() - (lastComma - firstComma)
                                                                  : between.size();
            };
            if (candidate.start >= trigger.end && candidate.start < dateTo &&
                (candidate.start - trigger.end < 120 || apart() < 120 ||
                 (candidate.start - trigger.end < 240 &&
                  (endsWithCourseVerb(trigger.end, candidate.start) ||
                   matchIn(scheduled, QStringView(t).mid(trigger.end, candidate.start - trigger.end)).hasMatch())))) {
                after = d;
                break;
            }
            // "Han, who arrived in Hanoi on Tuesday, … sat down for talks":
            // a date in a ", who …," aside closed before the words is the
            // aside's.
            const auto inAside = [&] {
                const QStringView head = QStringView(t).mid(s.start, candidate.start - s.start);
                const qsizetype who = std::max(head.lastIndexOf(u", who "), head.lastIndexOf(u", which "));
                return who >= 0 && !head.mid(who + 2).contains(QLatin1Char(',')) &&
                       QStringView(t).mid(candidate.end, trigger.start - candidate.end).contains(QLatin1Char(','));
            };
            if (candidate.end <= trigger.start && candidate.start >= (guestsVisit ? s.start : datesTaken) && !inAside() &&
                (!afterSomething || (endedThatDay && candidate.iso.size() == 10)))
                before = d;
        }
        // "meeting X on Wednesday and Y on Friday": two events, one word.
        int second = -1;
        if (after >= 0) {
            for (int d = after + 1; d < dates.size(); ++d) {
                const ResolvedDate &candidate = dates[d];
                if (candidate.start >= dateTo || candidate.start - dates[after].end > 80)
                    break;
                if (!dateGoverns(candidate, s))
                    continue;
                const QStringView between = QStringView(t).mid(dates[after].end, candidate.start - dates[after].end);
                if (between.startsWith(QLatin1String(" and ")) || between.startsWith(QLatin1String(", and ")))
                    second = d;
                break;
            }
        }
        const qsizetype ownEnd = second >= 0 ? dates[after].end : to;
        // Its subject: the actors before it in its clause, else the sentence's;
        // then the actors after it, to the end of its clause.
        qsizetype clauseStart = s.start;
        qsizetype clauseEnd = s.end;
        for (const auto &[breakStart, breakEnd] : std::as_const(breaks)) {
            if (breakEnd <= trigger.start)
                clauseStart = breakEnd;
            else if (breakStart >= trigger.end && clauseEnd == s.end)
                clauseEnd = breakStart;
        }
        // After another event's words, in the same clause, the actors between
        // are that event's ("held talks with Y …, the centrepiece of a
        // state visit"): the subject is the sentence's.
        if (i == 0 || clauseStart > here[i - 1].start) {
            actorsIn(std::max({from, clauseStart, bodyStart}), trigger.start, s, &m.participants, &m.place);
            // "On Monday the minister met X": the person a title with "the"
            // stands for, the subject right before the words.
            if (std::none_of(m.participants.cbegin(), m.participants.cend(),
                             [&](int p) { return out.entities[p].kind == NodeKind::Person; })) {
                const int k = text.tokenAtOrAfter(trigger.start);
                const int lowest = std::max(s.firstToken, text.tokenAtOrAfter(std::max({from, clauseStart, bodyStart})));
                // ("The Minister will also hold a video call": up to seven words back.)
                for (int j = k - 2; j >= std::max(lowest, k - 7); --j) {
                    if (!lowerEquals(tokens[j].text, u"the") || quoted(tokens[j].start))
                        continue;
                    Span named{-1, -1};
                    int stop = 0;
                    const int person = entities.speakerAt(j, k, trigger.start, &named, &stop);
                    // (The title's words end right before the verb, or an
                    // auxiliary: "the minister will meet".)
                    bool adjacent = stop == k;
                    for (int a = stop; a < k && !adjacent; ++a)
                        adjacent = !isOneOf(tokens[a].text, {"will", "would", "has", "had", "also", "then", "is",
                                                             "was", "to", "due", "set", "later", "again", "hold",
                                                             "holds", "held", "a", "an"});
                    if (person >= 0 && out.entities[person].kind == NodeKind::Person && stop > j &&
                        (stop == k || !adjacent) && !m.participants.contains(person)) {
                        m.participants.append(person);
                        m.rule += QStringLiteral(", its subject by title (\u201c%1\u201d)")
                                      .arg(t.mid(named.start, named.end - named.start));
                    }
                    break;
                }
            }
        }
        // "…, when Lund sat down with X": after another event's words, a
        // person named right before these is their subject.
        if (ahead) {
            m.participants.append(aheadActors);
            if (m.place < 0)
                m.place = aheadPlace;
        }
        if (i > 0 && clauseStart <= here[i - 1].start && !ahead) {
            const int who = actorJustBefore(trigger, from, s);
            if (who >= 0 && out.entities[who].kind == NodeKind::Person && !m.participants.contains(who))
                m.participants.append(who);
        }
        if (m.participants.isEmpty() && (i > 0 || clauseStart > s.start) && !ahead) {
            for (int p : std::as_const(subject)) {
                if (!m.participants.contains(p))
                    m.participants.append(p);
            }
        }
        const qsizetype objectsEnd = objectsStop(trigger, std::min(ownEnd, clauseEnd), s);
        actorsIn(trigger.end, objectsEnd, s, &m.participants, &m.place);
        titledPeople(std::max(from, clauseStart), objectsEnd, &m.participants);
        // "for a meeting with her Australian counterpart": unnamed, the
        // counterpart stands for the country the demonym names.
        for (int j = text.tokenAtOrAfter(trigger.end); j + 1 < s.endToken && tokens[j + 1].end <= objectsEnd; ++j) {
            if (!isOneOf(tokens[j + 1].text, {"counterpart", "counterparts"}) || !gz.isDemonym(tokens[j].text) ||
                quoted(tokens[j].start))
                continue;
            // (Not "her Australian counterpart, Penny Wong,": the one named.)
            if (j + 2 < s.endToken && text.commaBetween(j + 1, j + 2) &&
                std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &named) {
                    return named.firstToken >= j + 2 && named.firstToken <= j + 4 &&
                           out.entities[named.entity].kind == NodeKind::Person;
                }))
                continue;
            const QString country = gz.country(tokens[j].text);
            for (int e = 0; e < out.entities.size(); ++e) {
                if (out.entities[e].kind == NodeKind::Country && out.entities[e].label == country &&
                    !m.participants.contains(e))
                    m.participants.append(e);
            }
        }
        groupsOfCountries(std::max(from, clauseStart), trigger.start, s, &m.participants);
        // "Karimova and Sharipov first met in Samarkand …. Both will travel
        // to Almaty": "Both" opening the sentence, the two joined by "and"
        // that open the one before it.
        if (i == 0 && int(&s - sentences.constData()) > 0 && tokens[s.firstToken].text == QLatin1String("Both") &&
            s.firstToken + 1 < s.endToken && tokens[s.firstToken + 1].text.front().isLower() &&
            tokens[s.firstToken + 1].text != QLatin1String("of")) {
            const Sentence &before = sentences[&s - sentences.constData() - 1];
            const auto a = mentionAtToken.constFind(before.firstToken);
            if (a != mentionAtToken.constEnd() && out.entities[mentions[*a].entity].kind == NodeKind::Person) {
                const int andAt = mentions[*a].endToken;
                const auto b = andAt + 1 < before.endToken && tokens[andAt].text == QLatin1String("and")
                                   ? mentionAtToken.constFind(andAt + 1)
                                   : mentionAtToken.constEnd();
                if (b != mentionAtToken.constEnd() && out.entities[mentions[*b].entity].kind == NodeKind::Person) {
                    for (int p : {mentions[*a].entity, mentions[*b].entity}) {
                        if (!m.participants.contains(p))
                            m.participants.append(p);
                    }
                    m.rule += QStringLiteral(", \u201cBoth\u201d the two who open the sentence before");
                }
            }
        }
        // "a meeting with their counterparts from Kyrgyzstan and
        // Turkmenistan": ministers meeting those of two countries more are
        // of three or more, a ministerial (leaders, a summit).
        if (m.type == meeting) {
            static const QRegularExpression counterparts(QStringLiteral(
                "^\\s+with\\s+(?:their|his|her)\\s+counterparts\\s+(?:from|of)\\s+"));
            const QRegularExpressionMatch with =
                matchIn(counterparts, QStringView(t).mid(trigger.end, std::min<qsizetype>(60, s.end - trigger.end)));
            if (with.hasMatch()) {
                int countries = 0;
                for (int j = text.tokenAtOrAfter(trigger.end + with.capturedEnd()); j < s.endToken && j < objectsEnd + 1; ++j) {
                    const auto at = mentionAtToken.constFind(j);
                    if (at != mentionAtToken.constEnd() && out.entities[mentions[*at].entity].kind == NodeKind::Country)
                        ++countries;
                    else if (!isOneOf(tokens[j].text, {"and", "the"}))
                        break;
                }
                bool ministers = false, leaders = false;
                for (int p : std::as_const(m.participants)) {
                    const QString &title = out.entities[p].title;
                    leaders = leaders || isLeaderTitle(title);
                    ministers = ministers || isMinisterTitle(title);
                }
                if (countries >= 2 && (ministers || leaders)) {
                    static const int ministerial = typeIndex("ministerial");
                    static const int summit = typeIndex("summit");
                    m.type = leaders && !ministers ? summit : ministerial;
                    m.rule += QStringLiteral(", with their counterparts of two countries more");
                }
            }
        }
        if (m.participants.isEmpty()) {
            theTwo(trigger, s, &m.participants);
        } else {
            // "The two ministers last met in Blantyre": the two, before any
            // holder of the title named elsewhere.
            int j = text.tokenAtOrAfter(trigger.start) - 1;
            while (j > s.firstToken + 2 && isOneOf(tokens[j].text, {"had", "have", "has", "will", "would", "also",
                                                                    "first", "last", "again", "then", "later", "to",
                                                                    "agreed", "decided"}))
                --j;
            if (j > s.firstToken + 1 && isOneOf(tokens[j].text.toLower(), {"ministers", "presidents", "leaders"}) &&
                tokens[j - 1].text == QLatin1String("two") &&
                tokens[j - 2].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) {
                QList<int> two;
                bool ofTheParagraph = false;
                theTwo(trigger, s, &two, &ofTheParagraph);
                if (two.size() == 2 && ofTheParagraph &&
                    ((!m.planned && trigger.words.startsWith(QLatin1String("met"))) ||
                     (trigger.words == QLatin1String("meet") && text.tokenAtOrAfter(trigger.end) < s.endToken &&
                      tokens[text.tokenAtOrAfter(trigger.end)].text == QLatin1String("again")))) {
                    // (Its people only: "at the Andean Forum summit" stays.)
                    m.participants.removeIf([&](int p) { return out.entities[p].kind == NodeKind::Person; });
                    m.participants.append(two);
                }
            }
        }
        // "Wardhani spoke with India's minister, Arvind Menon, who had met
        // Haque in Dhaka the day before": a relative clause's meeting is
        // of the one "who" stands for and whom it names after the verb,
        // not of the main clause's subject.
        if (m.type == meeting) {
            int w = text.tokenAtOrAfter(trigger.start) - 1;
            while (w > s.firstToken && isOneOf(tokens[w].text, {"had", "has", "have", "also", "first", "last", "once"}))
                --w;
            if (w > s.firstToken && tokens[w].text == QLatin1String("who") && text.commaBetween(w - 1, w)) {
                const auto before = std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[w].start,
                                                     [](const Mention &x, qsizetype pos) { return x.start < pos; });
                if (before != mentions.cbegin() && std::prev(before)->endToken == w &&
                    out.entities[std::prev(before)->entity].kind == NodeKind::Person) {
                    const int who = std::prev(before)->entity;
                    m.participants.removeIf([&](int p) {
                        if (p == who)
                            return false;
                        // (Keep those named after the verb: whom "who" met.)
                        return std::none_of(mentions.cbegin(), mentions.cend(), [&](const Mention &x) {
                            return x.entity == p && x.start >= trigger.end && x.start < s.end;
                        });
                    });
                    if (!m.participants.contains(who))
                        m.participants.prepend(who);
                    m.rule += QStringLiteral(", of the one \u201cwho\u201d stands for");
                }
            }
        }
        // "ready to resume talks with the association", "a meeting with
        // the commission": the organisation named before, called by the
        // last word of its name right after "with", is the other party.
        if (m.type == talksType || m.type == meeting) {
            const int with = text.tokenAtOrAfter(trigger.end);
            if (with + 2 < s.endToken && tokens[with].text == QLatin1String("with") &&
                tokens[with + 1].text == QLatin1String("the") && tokens[with + 2].end <= objectsEnd) {
                const QString &word = tokens[with + 2].text;
                if (word.size() >= 4 && word.front().isLower() && !quoted(tokens[with].start) &&
                    gz.isOrganizationWord(word.front().toUpper() + word.mid(1))) {
                    const int named = organizationNamedBefore(word, tokens[with].start);
                    if (named >= 0 && !m.participants.contains(named))
                        m.participants.append(named);
                }
            }
        }
        // "settled the details of a state visit by the Chilean leader to
        // Lima": who comes after "by" visits; those who settle it do not.
        if (m.type == visitType) {
            const int by = text.tokenAtOrAfter(trigger.end);
            if (by + 1 < s.endToken && tokens[by].text == QLatin1String("by") &&
                tokens[by].start == trigger.end + 1) {
                int visitor = -1;
                if (const auto found = mentionAtToken.constFind(by + 1); found != mentionAtToken.constEnd()) {
                    if (out.entities[mentions[*found].entity].kind != NodeKind::Place)
                        visitor = mentions[*found].entity;
                } else {
                    Span named{-1, -1};
                    int stop = 0;
                    visitor = entities.speakerAt(by + 1, std::min(s.endToken, by + 6), trigger.start, &named,
                                                 &stop);
                }
                if (visitor >= 0) {
                    m.participants = {visitor};
                    m.rule += QStringLiteral(", the visitor after \u201cby\u201d");
                }
            }
        }
        // "attending the Davos World Economic Forum": the forum is in the words.
        // So is the bloc in "the meeting of Southern African Development
        // Community (SADC) Ministers".
        if (namesItsActor(trigger.type) || trigger.words.startsWith(QLatin1String("meeting of ")))
            actorsIn(trigger.start, trigger.end, s, &m.participants, &m.place);
        // "A missile struck a fuel depot … The army blamed the Rapid Support
        // Forces": a strike whose sentence names no one who struck is by
        // those the next sentences of its story (three at most) blame.
        static const int militaryType = typeIndex("military_action");
        for (int later = si + 1; m.type == militaryType && m.participants.isEmpty() && later < sentences.size() &&
                                 later <= si + 3 && si >= text.bodySentence;
             ++later) {
            const Sentence &next = sentences[later];
            for (int j = next.firstToken; j + 1 < next.endToken && m.participants.isEmpty(); ++j) {
                if (!isOneOf(tokens[j].text, {"blamed", "blames", "accused", "accuses"}) || quoted(tokens[j].start))
                    continue;
                for (int w = j + 1; w < std::min(next.endToken, j + 4); ++w) {
                    const auto found = mentionAtToken.constFind(w);
                    if (found == mentionAtToken.constEnd())
                        continue;
                    const NodeKind kind = out.entities[mentions[*found].entity].kind;
                    if (kind == NodeKind::Organization || kind == NodeKind::Country)
                        m.participants.append(mentions[*found].entity);
                    break;
                }
            }
            if (!m.participants.isEmpty())
                m.rule += QStringLiteral(", by whom a sentence after it blames");
        }

        // Who reported the event did not take part because they spoke of it.
        const bool reported =
            std::any_of(out.statements.cbegin(), out.statements.cend(), [&](const Statement &st) {
                return st.text.start <= trigger.start && trigger.start < st.text.end;
            });
        // "Gao Xue told reporters that the talks had been candid": the
        // subject of a speech verb between it and the event words reports it.
        // Not in an interview: who told the broadcaster took part in it.
        static const int interview = typeIndex("interview");
        const int triggerToken = text.tokenAtOrAfter(trigger.start);
        // "he told reporters as the summit ended": who speaks while it
        // ends (or opens) is there, not only reporting it.
        const int afterWords = text.tokenAtOrAfter(trigger.end);
        const bool whileOn = triggerToken >= s.firstToken + 2 && tokens[triggerToken - 1].text == QLatin1String("the") &&
                             tokens[triggerToken - 2].text == QLatin1String("as") && afterWords < s.endToken &&
                             isOneOf(tokens[afterWords].text, {"ended", "closed", "opened", "began", "started"});
        m.whileOn = whileOn;
        // "Rakhmatullaev: … I met Arman Zhaksylykov in Shymkent last week":
        // in a transcript's turn, "I" or "we" meeting is its speaker.
        for (int j = triggerToken - 1; j >= std::max(s.firstToken, triggerToken - 3); --j) {
            if (isOneOf(tokens[j].text, {"also", "first", "then", "had", "have", "last", "already", "just", "will",
                                         "would"}))
                continue;
            if (!isOneOf(tokens[j].text, {"I", "we", "We"}))
                break;
            for (const Statement &st : std::as_const(out.statements)) {
                if (st.text.start <= trigger.start && trigger.start < st.text.end && st.speaker >= 0 &&
                    (st.rule == QLatin1String("transcript turn") ||
                     st.rule == QLatin1String("answer in an interview transcript")) &&
                    !m.participants.contains(st.speaker))
                    m.participants.prepend(st.speaker);
            }
            break;
        }
        // "Holm said the idea was first raised at a meeting with Danish
        // officials": the words told name no party of their own before "a
        // meeting with" them; the person who tells it was the other side.
        int teller = -1;
        qsizetype toldFrom = -1;
        for (const Statement &st : std::as_const(out.statements)) {
            if (st.text.start <= trigger.start && trigger.start < st.text.end && !st.direct) {
                teller = st.speaker;
                toldFrom = st.text.start;
            }
        }
        // "Vere said the authority … was ready to resume talks with the
        // union": the organisation named before, called by the last word of
        // its name in the words told, is the party; not the one who tells.
        int toldParty = -1;
        if (teller >= 0 && afterWords < s.endToken && tokens[afterWords].text == QLatin1String("with")) {
            for (int j = text.tokenAtOrAfter(toldFrom); j + 1 < triggerToken && toldParty < 0; ++j) {
                const QString &word = tokens[j + 1].text;
                if (tokens[j].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0 &&
                    word.size() >= 4 && word.front().isLower() &&
                    gz.isOrganizationWord(word.front().toUpper() + word.mid(1)))
                    toldParty = organizationNamedBefore(word, tokens[j].start);
            }
        }
        if (toldParty >= 0 && !m.participants.contains(toldParty))
            m.participants.append(toldParty);
        // "promised to meet the federation's leaders": what someone promised
        // to do (words told from "to" and the event's verb), they do.
        const bool promisedTo = teller >= 0 && toldFrom >= 0 && triggerToken >= 1 &&
                                tokens[triggerToken - 1].text == QLatin1String("to") &&
                                tokens[triggerToken - 1].start == toldFrom;
        const bool tellerMet = teller >= 0 && toldParty < 0 &&
                               out.entities[teller].kind == NodeKind::Person &&
                               ((afterWords < s.endToken && tokens[afterWords].text == QLatin1String("with") &&
                                 std::none_of(mentions.cbegin(), mentions.cend(), [&](const Mention &other) {
                                     return other.start >= toldFrom && other.start < trigger.start;
                                 })) ||
                                promisedTo);
        // "X said at a regular briefing", "X told a news conference": who
        // speaks at a briefing holds it; a country named around it ("called
        // the Sudan statement a floor") is what is spoken of.
        const bool briefing = QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Briefing");
        if (briefing)
            m.participants.removeIf([&](int entity) { return out.entities[entity].kind == NodeKind::Country; });
        for (int v = text.tokenAtOrAfter(std::max(from, clauseStart));
             trigger.type != interview && !whileOn && !briefing && v < triggerToken; ++v) {
            // "The daily Le Soir called the meeting “a turning point”",
            // "analysts described the talks as frank": the press, or those
            // who comment, judge it by naming it; they were not there.
            const bool naming =
                v + 2 == triggerToken && afterWords < s.endToken &&
                isOneOf(tokens[v].text, {"called", "calls", "described", "describes", "dubbed", "branded"}) &&
                isOneOf(tokens[v + 1].text, {"the", "this", "that", "their", "its"}) &&
                (quoted(tokens[afterWords].start) || isOneOf(tokens[afterWords].text, {"a", "an", "as"})) &&
                std::any_of(tokens.cbegin() + std::max(s.firstToken, v - 8), tokens.cbegin() + v, [](const Token &tok) {
                    return isOneOf(tok.text, {"daily", "newspaper", "paper", "weekly", "broadcaster", "magazine",
                                              "columnist", "editorial", "commentator", "commentators", "analyst",
                                              "analysts"});
                });
            if ((!naming && !gz.isSpeechVerb(tokens[v].text)) || quoted(tokens[v].start))
                continue;
            // "Emergency Situations Minister X told the meeting that …": who
            // addresses the meeting is at it.
            if (v + 2 == triggerToken && isOneOf(tokens[v].text, {"told", "tells", "addressed", "addresses", "briefed"}) &&
                isOneOf(tokens[v + 1].text, {"the", "a", "an"}) &&
                QLatin1String(triggerWords[trigger.type].label) != QLatin1String("Briefing"))
                continue;
            // "the six Gulf Cooperation Council states agreed", "member states
            // met": a plural noun, the verb after it the sentence's.
            if (tokens[v].text.endsWith(QLatin1Char('s')) && v + 1 < s.endToken && text.adjacent(v, v + 1) &&
                (v + 1 == triggerToken || tokens[v + 1].text.endsWith(QLatin1String("ed")) ||
                 isOneOf(tokens[v + 1].text, {"met", "will", "have", "had", "are", "were", "would", "could", "can",
                                              "must", "should", "did", "do"})))
                continue;
            // "Ek later told Nordwire that … a summit next month": whom the
            // words were told (right after "told") only heard of it.
            if (isOneOf(tokens[v].text, {"told", "tells", "tell"}) && v + 1 < triggerToken) {
                if (const auto told = mentionAtToken.constFind(v + 1); told != mentionAtToken.constEnd()) {
                    const int entity = mentions[*told].entity;
                    const bool elsewhere =
                        std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &other) {
                            return other.entity == entity && other.start > tokens[v + 1].end && other.start < objectsEnd;
                        });
                    if (!elsewhere)
                        m.participants.removeAll(entity);
                }
            }
            // The actor right before the verb (its last mention ending there).
            for (int back = v - 1; back >= std::max(s.firstToken, v - 5); --back) {
                const auto found = mentionAtToken.constFind(back);
                if (found == mentionAtToken.constEnd())
                    continue;
                const Mention &speaker = mentions[*found];
                if (speaker.endToken <= v && !(tellerMet && speaker.entity == teller)) {
                    const int entity = speaker.entity;
                    const bool elsewhere =
                        std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &other) {
                            return other.entity == entity && other.start > tokens[v].start &&
                                   other.start < objectsEnd;
                        });
                    if (!elsewhere)
                        m.participants.removeAll(entity);
                }
                break;
            }
        }
        if (reported)
            m.participants.removeIf([&](int entity) {
                if (tellerMet && entity == teller)
                    return false;
                bool onlyAsSpeaker = true;
                bool any = false;
                const auto first = std::lower_bound(
                    mentions.cbegin(), mentions.cend(), s.start,
                    [](const Mention &mention, qsizetype pos) { return mention.start < pos; });
                for (auto mention = first; mention != mentions.cend() && mention->start < s.end; ++mention) {
                    if (mention->entity != entity || mention->end > s.end)
                        continue;
                    any = true;
                    if (!reportedBy(trigger.start, *mention))
                        onlyAsSpeaker = false;
                }
                return any && onlyAsSpeaker;
            });
        // "declined to confirm or deny the meetings", "would watch the talks
        // closely", "asked about the talks": who watches, confirms or is
        // asked about the event told takes no part in it.
        if (m.definite && triggerToken >= s.firstToken + 2 && tokens[triggerToken - 1].text == QLatin1String("the") &&
            isOneOf(tokens[triggerToken - 2].text,
                    {"watch", "watches", "watching", "watched", "follow", "follows", "following", "followed", "confirm",
                     "confirmed", "deny", "denied", "about", "monitor", "monitoring", "monitored", "oppose",
                     "opposed", "welcome", "welcomed", "criticised", "criticized"}))
            m.participants.clear();
        // "he met", "she spoke by phone with": a pronoun just before the words
        // is their subject; so is one joined to others by "and" ("where she
        // and other Pacific foreign ministers met"), a few words further.
        const int k = text.tokenAtOrAfter(trigger.start);
        // "she had invited Kalnina to Tallinn for talks": who invites
        // someone to the event takes part in it.
        const auto invites = [&](int j) {
            for (int w = j + 1; w < std::min(k, j + 4); ++w) {
                if (isOneOf(tokens[w].text, {"invited", "invites", "invite", "inviting"}))
                    return true;
            }
            return false;
        };
        for (int j = std::max(text.tokenAtOrAfter(from), k - 8); j < k; ++j) {
            if (isOneOf(tokens[j].text, {"he", "she"}) && !quoted(tokens[j].start) &&
                (j >= k - 4 || tokens[j + 1].text == QLatin1String("and") || invites(j) || whileOn)) {
                Span named;
                int stop = 0;
                const int person = entities.speakerAt(j, j + 1, tokens[j].start, &named, &stop);
                if (person >= 0 && !m.participants.contains(person))
                    m.participants.append(person);
            }
        }
        // "He visited a camp on Monday and met X on Tuesday": the pronoun
        // opening the clause is the subject of the verb after "and" too.
        if (i > 0 && k - 1 > s.firstToken && tokens[k - 1].text == QLatin1String("and") &&
            text.adjacent(k - 2, k - 1)) {
            const int first = text.tokenAtOrAfter(std::max({clauseStart, bodyStart}));
            const QString &opening = tokens[first].text;
            if (first < k && (lowerEquals(opening, u"he") || lowerEquals(opening, u"she")) &&
                !quoted(tokens[first].start)) {
                Span named;
                int stop = 0;
                const int person = entities.speakerAt(first, first + 1, tokens[first].start, &named, &stop);
                if (person >= 0 && !m.participants.contains(person))
                    m.participants.append(person);
            }
        }
        // "Trump became the 47th US president", "his Nov. 5 election": the
        // one the words are about, not everyone in the clause.
        if (isPersonalRow(trigger.type)) {
            const int who = actorJustBefore(trigger, std::max({from, clauseStart, bodyStart}), s);
            m.participants.clear();
            if (who >= 0)
                m.participants.append(who);
        }
        // The summit a meeting was held on the sidelines of: its own
        // actors only ("of a European Union summit in Brussels"), not the
        // sentence's subject, and no date but one right before its words
        // ("the May 16 summit"); the dates around are the meeting's.
        if (host) {
            m.participants.clear();
            m.place = -1;
            qsizetype phraseEnd = t.indexOf(QLatin1Char(','), trigger.end);
            if (phraseEnd < 0 || phraseEnd > objectsEnd)
                phraseEnd = objectsEnd;
            actorsIn(hostNamesFrom[i], trigger.start, s, &m.participants, &m.place);
            actorsIn(trigger.end, phraseEnd, s, &m.participants, &m.place);
            m.rule += QStringLiteral(", an event a meeting was held on the sidelines of");
        }
        // "The commission will hold a second round of talks": the
        // organisation named before by the last word of its name is the
        // sentence's subject.
        if (i == 0 && clauseStart == s.start) {
            const int f = text.tokenAtOrAfter(bodyStart);
            if (f + 1 < triggerToken && tokens[f].text == QLatin1String("The") && tokens[f + 1].text.front().isLower() &&
                text.adjacent(f, f + 1) && !mentionAtToken.contains(f + 1)) {
                const int named = organizationNamedBefore(tokens[f + 1].text, tokens[f].start);
                if (named >= 0 && !m.participants.contains(named)) {
                    m.participants.prepend(named);
                    m.rule += QStringLiteral(", its subject the organisation named before (\u201cthe %1\u201d)").arg(tokens[f + 1].text);
                }
            }
        }
        // "…, said the forum would hold its first meeting of ministers": so
        // is "the <word>" right before the verb of the clause the words are
        // in, wherever that clause begins.
        for (int f = triggerToken - 3; f >= std::max(s.firstToken, triggerToken - 8); --f) {
            if (!lowerEquals(tokens[f].text, u"the") || !tokens[f + 1].text.front().isLower() || !text.adjacent(f, f + 1) ||
                mentionAtToken.contains(f + 1) || quoted(tokens[f].start) ||
                !isOneOf(tokens[f + 2].text, {"will", "would", "is", "was", "are", "were", "has", "had", "last", "plans",
                                              "planned", "agreed", "held", "holds", "hold", "met", "meets", "meet"}))
                continue;
            const int named = organizationNamedBefore(tokens[f + 1].text, tokens[f].start);
            if (named >= 0 && !m.participants.contains(named)) {
                m.participants.prepend(named);
                m.rule += QStringLiteral(", its clause's subject the organisation named before (\u201cthe %1\u201d)")
                              .arg(tokens[f + 1].text);
            }
            break;
        }
        // "testified on Wednesday …", "is due to testify in X's trial": the
        // court or body heard before is the hearing's (CONVENTIONS.md
        // [participants]: the body whose session it is), the last named.
        if (isOneOf(trigger.words, {"testified", "testifies", "testify", "testifying", "to testify"}) &&
            std::none_of(m.participants.cbegin(), m.participants.cend(),
                         [&](int p) { return out.entities[p].kind == NodeKind::Organization; })) {
            // (A court first: "the Corruption Eradication Commission" that
            // prosecutes is no one's hearing.)
            static const QRegularExpression courts(QStringLiteral("\\b(?:Court|Tribunal)\\b"));
            static const QRegularExpression bodies(QStringLiteral("\\b(?:Committee|Inquiry|Commission)\\b"));
            int court = -1, other = -1;
            for (const Mention &named : mentions) {
                if (named.start >= s.end)
                    break;
                if (out.entities[named.entity].kind != NodeKind::Organization || quoted(named.start))
                    continue;
                if (matchIn(courts, out.entities[named.entity].label).hasMatch())
                    court = named.entity;
                else if (matchIn(bodies, out.entities[named.entity].label).hasMatch())
                    other = named.entity;
            }
            const int body = court >= 0 ? court : other;
            if (body >= 0) {
                m.participants.prepend(body);
                m.rule += QStringLiteral(", before the body named last (%1)").arg(out.entities[body].label);
            }
        }
        // "a union delegation led by Mabaso met …": the organisation named
        // before by the word before "delegation" takes part.
        for (int d = std::max(s.firstToken + 2, text.tokenAtOrAfter(clauseStart) + 2);
             d < s.endToken && tokens[d].start < trigger.start; ++d) {
            if (tokens[d].text != QLatin1String("delegation") || !tokens[d - 1].text.front().isLower() ||
                !isOneOf(tokens[d - 2].text, {"a", "A", "the", "The"}) || quoted(tokens[d].start))
                continue;
            const int named = organizationNamedBefore(tokens[d - 1].text, tokens[d].start);
            if (named >= 0 && !m.participants.contains(named)) {
                m.participants.append(named);
                m.rule += QStringLiteral(", the organisation of the delegation (\u201c%1 delegation\u201d)")
                              .arg(tokens[d - 1].text);
            }
        }
        // "at a meeting with the commission", "talks between the union, the
        // department and …": the organisation named before whose name ends,
        // or begins, with each such word takes part.
        if (const int w = text.tokenAtOrAfter(trigger.end);
            w + 2 < s.endToken && (tokens[w].text == QLatin1String("with") || tokens[w].text == QLatin1String("between")) &&
            tokens[w + 1].text == QLatin1String("the") && tokens[w + 2].text.front().isLower() &&
            text.adjacent(w, w + 1) && !quoted(tokens[w].start)) {
            const bool list = tokens[w].text == QLatin1String("between");
            int j = w + 1;
            for (int item = 0; item < 4 && j + 1 < s.endToken; ++item) {
                if (tokens[j].text == QLatin1String("the") && tokens[j + 1].text.front().isLower() &&
                    text.adjacent(j, j + 1)) {
                    int named = organizationNamedBefore(tokens[j + 1].text, trigger.start);
                    const QString firstWord = tokens[j + 1].text + QLatin1Char(' ');
                    for (auto it = mentions.crbegin(); it != mentions.crend() && named < 0; ++it) {
                        const Entity &e = out.entities[it->entity];
                        if (it->start < trigger.start && e.kind == NodeKind::Organization &&
                            e.label.startsWith(firstWord, Qt::CaseInsensitive))
                            named = it->entity;
                    }
                    if (named >= 0 && !m.participants.contains(named)) {
                        m.participants.append(named);
                        m.rule += QStringLiteral(", with the organisation named before (\u201cthe %1\u201d)")
                                      .arg(tokens[j + 1].text);
                    }
                    j += 2;
                } else {
                    const int nameStart = j;
                    while (j < s.endToken && tokens[j].text.front().isUpper())
                        ++j; // a name in the list: its own mention takes part
                    if (j == nameStart)
                        break;
                }
                // Only "between" lists: ", the …", "and the …".
                if (!list || j + 1 >= s.endToken)
                    break;
                const QStringView gap = QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
                if (tokens[j].text == QLatin1String("and") && gap == QLatin1String(" "))
                    ++j;
                else if (gap != QLatin1String(", "))
                    break;
                if (j < s.endToken && tokens[j].text == QLatin1String("and"))
                    ++j; // ", and the …"
            }
        }
        if (trigger.bloc >= 0 || trigger.ministersOf >= 0)
            lastBloc = trigger.bloc >= 0 ? trigger.bloc : trigger.ministersOf;
        if (trigger.ministersOf >= 0 && !m.participants.contains(trigger.ministersOf)) {
            m.participants.append(trigger.ministersOf);
            m.rule += trigger.type == typeIndex("ministerial") ? QStringLiteral(", with the organisation of the ministers")
                                                      : QStringLiteral(", with the organisation whose leaders meet");
        }
        if (trigger.bloc >= 0) {
            m.participants = {trigger.bloc};
            m.rule += QStringLiteral(", the ministers of the organisation named before");
        }
        if (!trigger.twoCountries.isEmpty()) {
            for (int c : std::as_const(trigger.twoCountries)) {
                if (!m.participants.contains(c))
                    m.participants.append(c);
            }
            m.rule += QStringLiteral(", the two countries named before");
        }
        if (!trigger.ministersOfCountries.isEmpty()) {
            m.participants = trigger.ministersOfCountries;
            m.rule += QStringLiteral(", the ministers of the countries listed");
            // "Fisheries ministers from A, B, C and D met": and those the
            // text titles those countries' ministers of that portfolio,
            // wherever it names them ("Fiji's Minister of Forests and
            // Fisheries, Jone Nata,").
            for (const Mention &named : mentions) {
                if (trigger.portfolio.isEmpty())
                    break;
                if (out.entities[named.entity].kind != NodeKind::Person ||
                    m.participants.contains(named.entity))
                    continue;
                const Entity &person = out.entities[named.entity];
                int of = person.titleOf;
                QString title = person.title;
                if (title.isEmpty())
                    title = titleSetOffBefore(named, &of);
                if (trigger.ministersOfCountries.contains(of) && title.contains(QLatin1String("inister")) &&
                    title.contains(trigger.portfolio, Qt::CaseInsensitive))
                    m.participants.append(named.entity);
            }
        }
        if (m.place < 0 && !host)
            m.place = subjectPlace;
        const int chosen = adjacent >= 0 ? adjacent : host ? -1 : after >= 0 ? after : before;
        if (chosen >= 0) {
            m.date = dates[chosen];
            if (chosen == before && afterSomething) {
                m.date.stated = false;
                m.date.note += QStringLiteral("; inferred: the day of the clause that came after it");
            }
            if (m.date.iso.size() == 10)
                lastDay = QDate::fromString(m.date.iso, Qt::ISODate);
            datesTaken = std::max(datesTaken, (second >= 0 ? dates[second] : m.date).end);
            spanDays(trigger, s, &m.date);
            daysAfter(trigger, &m.date);
            runsUntil(trigger, si, &m.date);
            // "next week", "tomorrow", a stated date after the article's: to come.
            const QString phrase = lowerCased(t.mid(m.date.start, m.date.end - m.date.start));
            const QDate first = firstDay(m.date.iso);
            if (!m.planned &&
                (phrase.contains(QLatin1String("next")) || phrase.contains(QLatin1String("tomorrow")) ||
                 phrase.contains(QLatin1String("later this")) ||
                 (m.date.stated && first.isValid() && first > date))) {
                m.planned = true;
                const QList<ResolvedDate> ahead = datesIn(si, true);
                for (const ResolvedDate &d : ahead) {
                    if (d.start == m.date.start)
                        m.date = d;
                }
            }
        }
        // "Dockworkers … are on strike for a third day": undated, a strike
        // going on began so many days before the article's (inferred).
        if (m.date.iso.isEmpty() && m.type == strike && date.isValid() && !m.planned) {
            static const QRegularExpression nthDay(QStringLiteral(
                "^[^.;]{0,30}?\\bfor\\s+(?:a|the)\\s+(second|third|fourth|fifth|sixth|seventh)\\s+"
                "(?:straight\\s+|consecutive\\s+|successive\\s+)?day\\b"));
            const int k = text.tokenAtOrAfter(trigger.start);
            const bool present = k - 1 >= s.firstToken && isOneOf(tokens[k - 1].text, {"are", "is", "remain", "remained"}) ;
            const QRegularExpressionMatch nth =
                matchIn(nthDay, QStringView(t).mid(trigger.end, std::min<qsizetype>(60, s.end - trigger.end)));
            if (present && nth.hasMatch() && !quoted(trigger.start)) {
                const int n = ordinalNumber(nth.capturedView(1));
                m.date.iso = isoDate(date.addDays(-(n - 1)));
                m.date.stated = false;
                m.date.start = trigger.end + nth.capturedStart();
                m.date.end = trigger.end + nth.capturedEnd();
                m.date.note = QStringLiteral("inferred: on strike for a %1 day on the article's date %2, begun %3 days before")
                                  .arg(nth.captured(1), isoDate(date))
                                  .arg(n - 1);
                m.rule += QStringLiteral(", begun so many days before");
            }
        }
        // "on Wednesday, the third day of a strike called by …": the strike
        // began so many days before the day the clause gives (inferred).
        if (m.type == strike && m.date.iso.size() == 10 && !m.planned) {
            static const QRegularExpression nthDayOf(QStringLiteral(
                "\\bthe\\s+(second|third|fourth|fifth|sixth|seventh)\\s+day\\s+of\\s+(?:a|an|the|its|their)\\s+"
                "(?:[\\w-]+\\s+){0,2}$"));
            const qsizetype back = std::max(s.start, trigger.start - 60);
            const QRegularExpressionMatch nth = matchIn(nthDayOf, QStringView(t).mid(back, trigger.start - back));
            if (nth.hasMatch() && m.date.end <= back + nth.capturedStart()) {
                const int n = ordinalNumber(nth.capturedView(1));
                const QDate day = QDate::fromString(m.date.iso, Qt::ISODate);
                m.date.iso = isoDate(day.addDays(-(n - 1)));
                m.date.stated = false;
                m.date.note += QStringLiteral("; inferred: its %1 day, begun %2 days before").arg(nth.captured(1)).arg(n - 1);
                m.rule += QStringLiteral(", begun so many days before");
            }
        }
        // The clause the trigger stands in, from the later of the mention's
        // start and the clause's: where the relative dates below are looked for.
        const qsizetype clauseFrom = std::max({from, clauseStart});
        const QStringView fullClause = QStringView(t).mid(clauseFrom, clauseEnd - clauseFrom);
        // "the same day", "later that day", "that afternoon": the day of the
        // event named just before, in this paragraph (inferred, not stated).
        // None such: the last day the text named, in this sentence before
        // the words or in the three before it ("On Thursday … The deal was
        // sealed after talks that day").
        if (m.date.iso.isEmpty()) {
            static const QRegularExpression sameDay(QStringLiteral(
                "\\b(?:the same day|that day|later that day|that evening|that morning|that afternoon|that night|"
                "that same (?:morning|afternoon|evening|night|day)|"
                "in the morning|in the afternoon|in the evening)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QStringView clause = QStringView(t).mid(clauseFrom, std::min(ownEnd, clauseEnd) - clauseFrom);
            // (One pass for its five words, not a search for each.)
            static const ExpressionWords dayWords = {"day", "morning", "evening", "afternoon", "night"};
            const QRegularExpressionMatch said =
                dayWords.foundIn(clause) ? matchIn(sameDay, clause) : noMatch();
            if (said.hasMatch() && !quoted(clauseFrom + said.capturedStart())) {
                QString day;
                QString basis;
                // "On Tuesday afternoon … That same afternoon": the day named
                // before with that part of it.
                const QString part = said.captured(0).section(QLatin1Char(' '), -1).toLower();
                if (said.captured(0).startsWith(QLatin1String("that same"), Qt::CaseInsensitive) &&
                    part != QLatin1String("day")) {
                    for (int sj = si - 1; sj >= std::max(0, si - 4) && day.isEmpty(); --sj) {
                        for (const ResolvedDate &d : datesIn(sj, false)) {
                            const QStringView next = QStringView(t).mid(d.end, part.size() + 1);
                            if (d.iso.size() == 10 && next.size() == part.size() + 1 && next.front() == u' ' &&
                                next.mid(1).compare(part, Qt::CaseInsensitive) == 0) {
                                day = d.iso;
                                basis = QStringLiteral("the day named before with that part of it");
                            }
                        }
                    }
                }
                if (day.isEmpty() && !into->isEmpty() && lastDay.isValid() &&
                    sentences[into->last().sentence].paragraph + 1 >= s.paragraph) {
                    day = lastDay.toString(Qt::ISODate);
                    basis = QStringLiteral("the day of the event named before");
                } else if (day.isEmpty()) {
                    day = lastDayNamedBefore(si, trigger.start, 3).iso;
                    basis = QStringLiteral("the last day named before");
                }
                if (!day.isEmpty()) {
                    m.date.iso = day;
                    m.date.stated = false;
                    m.date.note = QStringLiteral("%1 (\u201c%2\u201d)").arg(basis, said.captured(0));
                    m.date.start = clauseFrom + said.capturedStart();
                    m.date.end = clauseFrom + said.capturedEnd();
                }
            }
        }
        // A lede that names its day ("Peru and Bolivia agreed on Tuesday
        // to …") and, in the paragraph after it, the meeting that agreed,
        // told in the writer's voice with no day of its own: the first event
        // the article tells is of the lede's day (inferred, not stated). Not
        // a dateline's day ("LIMA, May 9 (Wire) —"), the article's own; not
        // an event in the lede itself, whose day its own clause gives or
        // withholds; not "an earlier meeting", nor one someone said was held.
        // (The headline's mentions, above the lede, do not count.)
        const bool firstOfBody = std::all_of(into->cbegin(), into->cend(),
                                             [&](const EventMention &e) { return e.sentence < text.bodySentence; });
        if (m.date.iso.isEmpty() && firstOfBody && !m.planned && si > text.bodySentence &&
            !definiteAt(trigger, s)) {
            const int lede = ledeSentence();
            const int ledeParagraph = sentences[lede].paragraph;
            const auto nextParagraph = [&] {
                if (s.paragraph == ledeParagraph)
                    return false;
                for (int between = lede; between < si; ++between) {
                    if (sentences[between].paragraph != ledeParagraph && sentences[between].paragraph != s.paragraph)
                        return false;
                }
                return true;
            };
            const auto toldAsSaid = [&] {
                for (int j = s.firstToken; j < k; ++j) {
                    if ((gz.isSpeechVerb(tokens[j].text) && !mentionAtToken.contains(j) &&
                         (j == s.firstToken || tokens[j].text.front().isLower())) ||
                        isOneOf(tokens[j].text, {"earlier", "previous", "first", "last"}))
                        return true;
                }
                return false;
            };
            const ResolvedDate day =
                si > lede && nextParagraph() && !toldAsSaid() ? lastDayNamedBefore(si, trigger.start, si - lede) : ResolvedDate();
            const auto inDateline = [&] {
                const Sentence &first = sentences[lede];
                const QStringView head = QStringView(t).mid(first.start, std::min<qsizetype>(first.end - first.start, 80));
                const qsizetype dash = std::max(head.indexOf(u'\u2014'), head.indexOf(QLatin1String(" - ")));
                return dash >= 0 && day.start < first.start + dash;
            };
            if (!day.iso.isEmpty() && sentences[text.sentenceAt(day.start)].paragraph == ledeParagraph &&
                !inDateline()) {
                m.date.iso = day.iso;
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: the day the lede names (%1)").arg(day.note);
                m.date.start = day.start;
                m.date.end = day.end;
                lastDay = QDate::fromString(day.iso, Qt::ISODate);
            }
        }
        // "two days later", "the next day": that many days after the day
        // of the event named just before, in this sentence or the two
        // before (inferred, not stated).
        if (m.date.iso.isEmpty() && !into->isEmpty() && lastDay.isValid()) {
            static const QRegularExpression later(QStringLiteral(
                "\\b(?:(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+days?\\s+later|the\\s+(?:next|following)\\s+day)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch said =
                containsWord(fullClause, u"day") ? matchIn(later, fullClause) : noMatch();
            const EventMention &last = into->last();
            // Further back, "The following day" of a round-up: no other day
            // named in the sentences between (quotations, comment; a
            // section's heading may name that very day).
            const auto noOtherDayBetween = [&] {
                if (si - last.sentence > 8)
                    return false;
                const QString next = said.captured(1).isEmpty() ? lastDay.addDays(1).toString(Qt::ISODate) : QString();
                for (int between = last.sentence + 1; between < si; ++between) {
                    const QList<ResolvedDate> named = datesIn(between, false);
                    if (std::any_of(named.cbegin(), named.cend(),
                                    [&](const ResolvedDate &d) { return d.iso.size() == 10 && d.iso != next; }))
                        return false;
                }
                return true;
            };
            if (said.hasMatch() && !quoted(clauseFrom + said.capturedStart()) &&
                (si - last.sentence <= 2 || noOtherDayBetween())) {
                static const QStringList numbers = {QStringLiteral("a"),    QStringLiteral("one"),  QStringLiteral("two"),
                                                    QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
                                                    QStringLiteral("six"),  QStringLiteral("seven")};
                const QString n = said.captured(1).toLower();
                const int days = n.isEmpty() ? 1 : numbers.contains(n) ? std::max<int>(1, int(numbers.indexOf(n))) : n.toInt();
                m.date.iso = lastDay.addDays(days).toString(Qt::ISODate);
                m.date.stated = false;
                m.date.note = QStringLiteral("%1 after the day of the event named before (\u201c%2\u201d)")
                                  .arg(days == 1 ? QStringLiteral("a day") : QStringLiteral("%1 days").arg(days), said.captured(0));
                m.date.start = clauseFrom + said.capturedStart();
                m.date.end = clauseFrom + said.capturedEnd();
            }
        }
        // "It records a meeting two days earlier", "a week … a day later"
        // with no event's day before: so many days back ("earlier") or on
        // ("later") from the last day the text named, before the words in
        // this sentence or in the sentence before in its paragraph.
        if (m.date.iso.isEmpty() && (containsWord(fullClause, u"days") || containsWord(fullClause, u"day"))) {
            // ("who had met Haque in Dhaka the day before": a day back, the
            // clause's end; not "the day before the summit", read below.)
            static const QRegularExpression relativeDay(
                QStringLiteral("\\b(?:(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+days?\\s+(earlier|later)|"
                               "the\\s+day\\s+(before|after)(?!\\s+(?:the|a|an|his|her|its|their|this|that)\\b))\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch said = matchIn(relativeDay, fullClause);
            if (said.hasMatch() && !quoted(clauseFrom + said.capturedStart())) {
                const auto lastNamedDay = [&](int sentence, qsizetype upTo) {
                    ResolvedDate found;
                    for (const ResolvedDate &d : datesIn(sentence, false)) {
                        if (d.iso.size() == 10 && d.end <= upTo)
                            found = d;
                    }
                    return found;
                };
                ResolvedDate anchor = lastNamedDay(si, trigger.start);
                // (The sentence right before, in its paragraph or ending the
                // one before: "… spoke by phone with X on Tuesday. ¶ She had
                // met the families in Colombo the day before".)
                if (anchor.iso.isEmpty() && si > 0 && si - 1 >= text.bodySentence)
                    anchor = lastNamedDay(si - 1, sentences[si - 1].end);
                if (!anchor.iso.isEmpty()) {
                    static const QStringList numbers = {QStringLiteral("a"),     QStringLiteral("one"),
                                                        QStringLiteral("two"),   QStringLiteral("three"),
                                                        QStringLiteral("four"),  QStringLiteral("five"),
                                                        QStringLiteral("six"),   QStringLiteral("seven")};
                    const QString n = said.captured(1).toLower();
                    const int count = n.isEmpty() ? 1 : numbers.contains(n) ? std::max<int>(1, int(numbers.indexOf(n))) : n.toInt();
                    const QString way = said.captured(2).isEmpty() ? said.captured(3).toLower() : said.captured(2).toLower();
                    const int days = way == QLatin1String("earlier") || way == QLatin1String("before") ? -count : count;
                    m.date.iso = QDate::fromString(anchor.iso, Qt::ISODate).addDays(days).toString(Qt::ISODate);
                    m.date.stated = false;
                    m.date.note = QStringLiteral("%1 day(s) from the day named before (%2; \u201c%3\u201d)")
                                      .arg(QString::number(days), anchor.note, said.captured(0));
                    m.date.start = clauseFrom + said.capturedStart();
                    m.date.end = clauseFrom + said.capturedEnd();
                }
            }
        }
        // "the day after the ministerial", "two days before the summit", "on
        // the eve of the summit": the day of the last event of that kind
        // told with one (its first day, or its last for "after"), so many
        // days on (inferred, not stated); none such, no date.
        if (m.date.iso.isEmpty() && !into->isEmpty()) {
            static const QRegularExpression relative(QStringLiteral(
                "\\b(?:(?:the|a|one|(two|three))\\s+days?\\s+(after|before)|on\\s+the\\s+(eve)\\s+of)\\s+the\\s+(\\w+)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch said = containsWord(fullClause, u"day") || containsWord(fullClause, u"eve of")
                                                     ? matchIn(relative, fullClause)
                                                     : noMatch();
            const int kind = said.hasMatch() ? typeIndex(said.captured(4).toLower().toLatin1().constData()) : -1;
            if (kind >= 0 && !quoted(clauseFrom + said.capturedStart())) {
                for (auto it = into->crbegin(); it != into->crend(); ++it) {
                    if (it->type != kind || (it->date.iso.size() != 10 && it->date.iso.size() != 21))
                        continue;
                    const bool later = said.captured(2).toLower() == QLatin1String("after");
                    const int days = (said.captured(1).isEmpty() ? 1 : said.captured(1).toLower() == QLatin1String("two") ? 2 : 3) *
                                     (later ? 1 : -1);
                    // A day of it told on its own ("on Sunday morning") lies
                    // within the days told of it elsewhere: those bound it.
                    QString span = it->date.iso;
                    for (const EventMention &other : std::as_const(*into)) {
                        if (other.type == kind && other.date.iso.size() == 21 &&
                            other.date.iso.left(10) <= it->date.iso.left(10) &&
                            other.date.iso.right(10) >= it->date.iso.right(10))
                            span = other.date.iso;
                    }
                    const QString day = later ? span.right(10) : span.left(10);
                    m.date.iso = QDate::fromString(day, Qt::ISODate).addDays(days).toString(Qt::ISODate);
                    m.date.stated = false;
                    m.date.note = QStringLiteral("the day of the %1 told before, %2 day(s) on (\u201c%3\u201d)")
                                      .arg(said.captured(4), QString::number(days), said.captured(0));
                    m.date.start = clauseFrom + said.capturedStart();
                    m.date.end = clauseFrom + said.capturedEnd();
                    break;
                }
            }
        }
        // "The statement came three days after a drone strike on …": the
        // first event words of a sentence whose subject, no event of its
        // own, came so many days after them are that many days before the
        // day of the event told last, else the article's (inferred).
        if (m.date.iso.isEmpty() && i == 0 && date.isValid()) {
            static const QRegularExpression cameAfter(
                QStringLiteral("\\b(?:came|comes|followed|follows)\\s+(a|one|two|three|four|five|six|\\d)\\s+days?\\s+"
                               "after\\s+(?:[\\w'\u2019-]+\\s+){0,3}$"),
                QRegularExpression::CaseInsensitiveOption);
            const qsizetype lookFrom = std::max(s.start, trigger.start - 80);
            static const ExpressionWords afterWord = {"after"};
            const QStringView lookedAt = QStringView(t).mid(lookFrom, trigger.start - lookFrom);
            const QRegularExpressionMatch said =
                afterWord.foundIn(lookedAt) ? matchIn(cameAfter, lookedAt) : noMatch();
            if (said.hasMatch() && !quoted(lookFrom + said.capturedStart())) {
                static const QStringList numbers = {QStringLiteral("a"),    QStringLiteral("one"), QStringLiteral("two"),
                                                    QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
                                                    QStringLiteral("six")};
                const QString n = said.captured(1).toLower();
                const int days = numbers.contains(n) ? std::max<int>(1, int(numbers.indexOf(n))) : n.toInt();
                const bool fromEvent = lastDay.isValid() && !into->isEmpty();
                m.date.iso = (fromEvent ? lastDay : date).addDays(-days).toString(Qt::ISODate);
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: %1 day(s) before the day of %2 (\u201c%3\u201d)")
                                  .arg(QString::number(days),
                                       fromEvent ? QStringLiteral("the event told before") : QStringLiteral("the article"),
                                       said.captured(0).trimmed());
                m.date.start = lookFrom + said.capturedStart();
                m.date.end = lookFrom + said.capturedEnd();
            }
        }
        // "Rutte, who is attending the World Economic Forum": under way on
        // the article's day. The month, and marked as inferred, not stated.
        if (m.date.iso.isEmpty() && namesItsActor(trigger.type) && date.isValid()) {
            if (k > s.firstToken && isOneOf(tokens[k - 1].text, {"is", "are"}) &&
                written.startsWith(QLatin1String("attending"))) {
                m.date.iso = date.toString(QStringLiteral("yyyy-MM"));
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: under way (\u201cis attending\u201d) in the article's month");
                m.date.start = trigger.start;
                m.date.end = trigger.end;
            }
        }
        // "held a call this morning", "will meet tonight", "earlier today":
        // the article's day (inferred: the text names no calendar day).
        // ("late last night" as the day before was tried: it moved nothing
        // it was written for and lost an event of the blind 90-99.)
        if (m.date.iso.isEmpty() && date.isValid()) {
            static const ExpressionWords partWords = {"morning", "afternoon", "evening", "tonight", "today"};
            static const QRegularExpression partOfToday(QStringLiteral(
                "\\b(?:this\\s+(?:morning|afternoon|evening)|tonight|(?:earlier|later)\\s+today)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch said =
                partWords.foundIn(fullClause) ? matchIn(partOfToday, fullClause) : noMatch();
            if (said.hasMatch() && !quoted(clauseFrom + said.capturedStart())) {
                m.date.iso = isoDate(date);
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: the article's day (\u201c%1\u201d)").arg(said.captured(0));
                m.date.start = clauseFrom + said.capturedStart();
                m.date.end = clauseFrom + said.capturedEnd();
            }
        }
        // "The emergency meeting of CARICOM heads of government has opened
        // in Bridgetown", "talks are under way": the article's day
        // (inferred: under way as it is written).
        if (m.date.iso.isEmpty() && date.isValid() &&
            (containsWord(fullClause, u"has") || containsWord(fullClause, u"have") ||
             containsWord(fullClause, u"under way") || containsWord(fullClause, u"in session"))) {
            static const QRegularExpression underWay(QStringLiteral(
                "\\b(?:(?:has|have)\\s+(?:opened|begun|started|convened|got\\s+under\\s+way)|"
                "(?:is|are)\\s+(?:under\\s+way|in\\s+session))\\b"));
            const QRegularExpressionMatch said = matchIn(underWay, fullClause);
            if (said.hasMatch() && !quoted(clauseFrom + said.capturedStart())) {
                m.date.iso = isoDate(date);
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: under way on the article's day (\u201c%1\u201d)").arg(said.captured(0));
                m.date.start = clauseFrom + said.capturedStart();
                m.date.end = clauseFrom + said.capturedEnd();
            }
        }
        // "On the second day of the visit, he met …", "on the last day of
        // the summit": the days of the last event of that kind told with
        // them, so many days in (inferred, not stated).
        // (In the sentence up to the event's words: "On the second day of
        // the visit, the minister met …" is a clause of its own.)
        const QStringView upToTrigger = QStringView(t).mid(s.start, trigger.start - s.start);
        if (m.date.iso.isEmpty() && !into->isEmpty() && containsWord(upToTrigger, u"day of")) {
            static const QRegularExpression nthDay(QStringLiteral(
                "\\b(first|second|third|fourth|fifth|last|final|closing|opening)\\s+day\\s+of\\s+"
                "(?:the|his|her|their|its|this|that)\\s+(?:[\\w-]+\\s+)?(visit|trip|tour|summit|talks|ministerial|meeting)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch said = matchIn(nthDay, upToTrigger);
            if (said.hasMatch() && !quoted(s.start + said.capturedStart())) {
                const QString word = said.captured(2).toLower();
                const int kind = typeIndex(word == QLatin1String("trip") || word == QLatin1String("tour")
                                               ? "visit"
                                               : word.toLatin1().constData());
                for (auto it = into->crbegin(); it != into->crend() && kind >= 0; ++it) {
                    if (!typesMeet(it->type, kind) || it->date.iso.size() < 10)
                        continue;
                    const QDate first = firstDay(it->date.iso), last = detail::lastDay(it->date.iso);
                    const QString nth = said.captured(1).toLower();
                    const int n = ordinalNumber(nth) - 1;
                    const QDate day = n >= 0 ? first.addDays(n) : nth == QLatin1String("opening") ? first : last;
                    if (!day.isValid() || day > last)
                        break;
                    m.date.iso = isoDate(day);
                    m.date.stated = false;
                    m.date.note = QStringLiteral("inferred: a day of the %1 told before (\u201c%2\u201d)")
                                      .arg(word, said.captured(0));
                    m.date.start = s.start + said.capturedStart();
                    m.date.end = s.start + said.capturedEnd();
                    break;
                }
            }
        }
        // "Bangladesh and Nepal have ended two days of talks in Kathmandu":
        // ended just now, as the article tells it; the days before its day
        // (inferred).
        if (m.date.iso.isEmpty() && !m.planned && date.isValid() && trigger.start - s.start > 20) {
            static const QRegularExpression justEnded(QStringLiteral(
                "\\b(?:has|have)\\s+(?:just\\s+)?(?:ended|concluded|wrapped\\s+up|closed)\\s+"
                "(two|three|four|five|six|seven|[2-7])\\s+days\\s+of\\s+(?:[\\w'\u2019-]+\\s+){0,3}$"));
            const qsizetype from = std::max(s.start, trigger.start - 80);
            const QStringView before = QStringView(t).mid(from, trigger.start - from);
            if (before.contains(QLatin1String(" days of"))) {
                if (const QRegularExpressionMatch ended = matchIn(justEnded, before); ended.hasMatch()) {
                    static const QStringList numbers = {QStringLiteral("two"),  QStringLiteral("three"),
                                                        QStringLiteral("four"), QStringLiteral("five"),
                                                        QStringLiteral("six"),  QStringLiteral("seven")};
                    const QString n = ended.captured(1);
                    const int count = n.front().isDigit() ? n.toInt() : int(numbers.indexOf(n)) + 2;
                    m.date.iso = isoDate(date.addDays(1 - count)) + QLatin1Char('/') + isoDate(date);
                    m.date.stated = false;
                    m.date.note = QStringLiteral("inferred: %1 days ended as the article was written (\u201c%2\u201d)")
                                      .arg(count)
                                      .arg(ended.captured(0).trimmed());
                    m.date.start = from + ended.capturedStart();
                    m.date.end = from + ended.capturedEnd();
                }
            }
        }
        // Under a heading that is a day ("**Astana, 12 July**", "Tuesday,
        // May 4"), or in an entry of a live page ("**08:10** — …"): what
        // happened that day (inferred, not stated). Not what is to come,
        // nor "the meeting" told before, which has its own day. (What is
        // to come under a day ahead, a week ahead's "MONDAY, November 15":
        // that day's.)
        if (m.date.iso.isEmpty() && date.isValid() && !definiteAt(trigger, s)) {
            const ResolvedDate heading = headingDay(si);
            if (!heading.iso.isEmpty() && (!m.planned || heading.iso >= isoDate(date))) {
                m.date.iso = heading.iso;
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: the day of the heading above (%1)").arg(heading.note);
                m.date.start = heading.start;
                m.date.end = heading.end;
                if (m.planned)
                    spanDays(trigger, s, &m.date);
            } else if (!m.planned && livePageEntry(si)) {
                m.date.iso = isoDate(date);
                m.date.stated = false;
                m.date.note = QStringLiteral("inferred: an entry of a live page, on the article's day");
                m.date.start = trigger.start;
                m.date.end = trigger.end;
            }
        }
        // "At 11 a.m. the cabinet's emergency committee met", "by noon she
        // had spoken to …": a time of day with no day of its own is of the
        // last day the text named, a few sentences back at most (inferred).
        if (m.date.iso.isEmpty() && !m.planned && !definiteAt(trigger, s)) {
            static const QRegularExpression clockTime(QStringLiteral(
                "\\b(?:at|by|around|about|after|before|until|from)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\b\\.?|"
                "\\d{1,2}:\\d{2}\\b|noon\\b|midday\\b|midnight\\b)"),
                QRegularExpression::CaseInsensitiveOption);
            // (From the sentence before in its paragraph: "At 11 a.m." may
            // have been taken for a sentence of its own.)
            const int first = si > 0 && sentences[si - 1].paragraph == s.paragraph ? si - 1 : si;
            const qsizetype lookFrom = sentences[first].start;
            const QRegularExpressionMatch said = matchIn(clockTime, QStringView(t).mid(lookFrom, s.end - lookFrom));
            if (said.hasMatch() && !quoted(lookFrom + said.capturedStart())) {
                const ResolvedDate day = lastDayNamedBefore(si, trigger.start, 8);
                if (!day.iso.isEmpty()) {
                    m.date.iso = day.iso;
                    m.date.stated = false;
                    m.date.note = QStringLiteral("inferred: a time of the last day named (%1; \u201c%2\u201d)")
                                      .arg(day.note, said.captured(0));
                    m.date.start = lookFrom + said.capturedStart();
                    m.date.end = lookFrom + said.capturedEnd();
                }
            }
        }
        // "told reporters at a regular briefing", "a joint news conference
        // afterwards": a briefing told without its day is held on the day of
        // the event named before it, else on the last day the sentences
        // before it name (a few back), else on the article's day (inferred,
        // not stated).
        if (m.date.iso.isEmpty() && briefing && !m.planned) {
            QDate day = into->isEmpty() ? QDate() : lastDay;
            if (!day.isValid())
                day = QDate::fromString(lastDayNamedBefore(si, s.start, 8).iso, Qt::ISODate);
            m.date.iso = (day.isValid() ? day : date).toString(Qt::ISODate);
            m.date.stated = false;
            m.date.note = day.isValid() ? QStringLiteral("inferred: the day of the event or the last day named before")
                                        : QStringLiteral("inferred: the article's day");
            m.date.start = trigger.start;
            m.date.end = trigger.end;
        }
        // "Killings have fallen since Larrea took office", "before his
        // election": undated, a taking office or an election in a clause of
        // time says when something else happened; it reports no event.
        // "appeared on Monday before the Energy Committee": the day inside
        // the words is the hearing's.
        if (m.date.iso.isEmpty() && QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing")) {
            for (const ResolvedDate &d : datesIn(si, m.planned)) {
                if (d.start > trigger.start && d.end < trigger.end && d.iso.size() == 10) {
                    m.date = d;
                    break;
                }
            }
        }
        // "had argued during the hearing that …": a hearing the sentence
        // does not date is one told elsewhere, if at all; not an event of its own.
        if (m.date.iso.isEmpty() && (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") ||
                                     QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Detention")))
            continue;
        if (isPersonalRow(trigger.type) && m.date.iso.isEmpty()) {
            bool timeClause = false;
            for (int j = k - 1; j >= std::max(s.firstToken, k - 8) && !timeClause; --j) {
                if (text.commaBetween(j, j + 1))
                    break;
                timeClause = isOneOf(tokens[j].text, {"since", "after", "before", "until", "following", "once"});
            }
            if (timeClause)
                continue;
        }
        if (second >= 0) {
            EventMention other = m;
            other.participants = subject;
            other.place = -1;
            actorsIn(dates[after].end, dates[second].start, s, &other.participants, &other.place);
            if (other.place < 0)
                other.place = m.place;
            other.date = dates[second];
            other.words = Span{trigger.start, trigger.end};
            mentionIndex[i] = int(into->size());
            into->append(m);
            if (other.participants != subject)
                into->append(other);
            continue;
        }
        // "will visit Nairobi next month to meet X", "flew to Abidjan for
        // talks with X": what the trip is for, in its clause; one happening,
        // one event (CONVENTIONS.md [trip]): the meeting or talks, at the
        // destination, with X, unless the trip is a state, official,
        // working or N-day visit, which then takes X in.
        // (So is "will travel to Gaborone next month for the meeting of
        // SADC Ministers": the ministerial, or the summit, with the traveller.)
        static const int ministerialType = typeIndex("ministerial");
        static const int summitType = typeIndex("summit");
        const bool forTheGathering = (m.type == ministerialType || m.type == summitType) && triggerToken > s.firstToken + 1 &&
                                     lowerEquals(tokens[triggerToken - 1].text, u"the") &&
                                     tokens[triggerToken - 2].text == QLatin1String("for");
        if (i > 0 && (m.type == meeting || m.type == talksType || forTheGathering) && mentionIndex[i - 1] >= 0 &&
            triggerToken > s.firstToken &&
            (forTheGathering || (m.type == meeting ? tokens[triggerToken - 1].text == QLatin1String("to")
                                                   : isOneOf(tokens[triggerToken - 1].text, {"for", "hold"}))) &&
            QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("visit") &&
            !QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1Char(',')) &&
            // (Not "will make a state visit … and is due to meet X there":
            // a clause of its own, a meeting within the visit.)
            !QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1String(" and "))) {
            EventMention &visit = (*into)[mentionIndex[i - 1]];
            if (visit.sentence == si) {
                for (int p : std::as_const(m.participants)) {
                    if (!visit.participants.contains(p) && p != visit.place)
                        visit.participants.append(p);
                }
                if (visit.date.iso.isEmpty())
                    visit.date = m.date;
                if (!presentedAsVisit(here[i - 1].start, here[i - 1].end)) {
                    // "stop in Jakarta on his way to Malaysia for talks with
                    // X": a country the trip's clause names is where it
                    // goes, no party to the talks.
                    visit.participants.removeIf([&](int p) {
                        return out.entities[p].kind == NodeKind::Country && !m.participants.contains(p);
                    });
                    visit.type = m.type;
                    visit.words = m.words;
                    visit.rule += QStringLiteral(", a trip for what it is for (%1)").arg(m.rule);
                } else {
                    visit.rule += QStringLiteral(", with what it is for (%1)").arg(m.rule);
                }
                mentionIndex[i] = mentionIndex[i - 1];
                continue;
            }
        }
        // "visited Singapore last Thursday and met TMX's head of content":
        // a meeting joined by "and" to the visit before it, with no date of
        // its own, was held that day; so is one a journey was "to meet" at.
        if (i > 0 && m.type == meeting && m.date.iso.isEmpty() && mentionIndex[i - 1] >= 0 &&
            triggerToken > s.firstToken && isOneOf(tokens[triggerToken - 1].text, {"and", "to"}) &&
            QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("visit") &&
            !QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1Char(','))) {
            const EventMention &visit = (*into)[mentionIndex[i - 1]];
            if (visit.sentence == si && !visit.date.iso.isEmpty()) {
                m.date = visit.date;
                if (tokens[triggerToken - 1].text == QLatin1String("to"))
                    m.planned = visit.planned;
                m.rule += QStringLiteral(", the day of the visit it follows");
                // (Held where the visit goes: "… and is due to meet X there".)
                if (m.place < 0)
                    m.place = visit.place;
            }
        }
        // "had flown to Riga on Monday, where she held talks with X": what
        // was held where a visit went, with no date of its own, was held
        // during it.
        if (i > 0 && m.date.iso.isEmpty() && mentionIndex[i - 1] >= 0 &&
            QLatin1String(triggerWords[here[i - 1].type].type) == QLatin1String("visit") &&
            (QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1String(", where ")) ||
             QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end).contains(QLatin1String(", where,")))) {
            const EventMention &visit = (*into)[mentionIndex[i - 1]];
            if (visit.sentence == si && !visit.date.iso.isEmpty()) {
                m.date = visit.date;
                m.rule += QStringLiteral(", the day of the visit where it was held");
            }
        }
        // "travelled with Sichilima to Abu Dhabi": the company named
        // inside the visit's words travelled too.
        if (m.type == visitType && QStringView(t).mid(trigger.start, trigger.end - trigger.start).contains(u" with ")) {
            for (auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), trigger.start,
                                            [](const Mention &x, qsizetype pos) { return x.start < pos; });
                 it != mentions.cend() && it->end <= trigger.end; ++it) {
                if (out.entities[it->entity].kind == NodeKind::Person && !m.participants.contains(it->entity))
                    m.participants.append(it->entity);
            }
        }
        if (host && i > 0)
            m.sidelined = mentionIndex[i - 1];
        if (apart[i] != 0 && mentionIndex[i - 1] >= 0 && m.date.iso.isEmpty()) {
            m.datedBy = mentionIndex[i - 1];
            m.daysBefore = apart[i];
        }
        // "sat down with Marcus in Montego Bay on the second day of the
        // stoppage": the meeting before is of that day of the event these
        // words name again.
        if (i > 0 && mentionIndex[i - 1] >= 0 && m.definite && (*into)[mentionIndex[i - 1]].sentence == si) {
            static const QRegularExpression dayOfIt(QStringLiteral(
                "\\bon\\s+the\\s+(first|second|third|fourth|fifth|sixth|seventh|opening|last|final|closing)\\s+"
                "day\\s+of\\s+(?:the|its|their|this|that)\\s+(?:[\\w-]+\\s+){0,2}$"));
            const QRegularExpressionMatch day =
                matchIn(dayOfIt, QStringView(t).mid(here[i - 1].end, trigger.start - here[i - 1].end));
            EventMention &held = (*into)[mentionIndex[i - 1]];
            if (day.hasMatch() && held.date.iso.isEmpty() && held.datedBy < 0) {
                const QString which = day.captured(1);
                held.datedBy = int(into->size());
                held.dayOf = which == QLatin1String("opening")                       ? 1
                             : isOneOf(which, {"last", "final", "closing"}) ? -1
                                                                            : ordinalNumber(which);
                // (The strike named again takes no one of the meeting's clause.)
                m.participants.clear();
            }
        }
        // "Berg met Lind during her visit": the meeting before "during" is
        // of the visit's day; and the visit, a reference to one told
        // before, takes no one of the meeting's clause.
        if (i > 0 && mentionIndex[i - 1] >= 0 && triggerToken >= s.firstToken + 2 &&
            tokens[triggerToken - 2].text == QLatin1String("during") &&
            isOneOf(tokens[triggerToken - 1].text, {"his", "her", "their", "its", "the"}) &&
            (*into)[mentionIndex[i - 1]].sentence == si) {
            EventMention &held = (*into)[mentionIndex[i - 1]];
            if (held.date.iso.isEmpty() && held.datedBy < 0)
                held.datedBy = int(into->size());
            if (m.definite)
                m.participants.clear();
        }
        // "Lund met Aho, Berg and Kask", "held talks with Aho and Berg": one
        // person who meets a list of people meets each of them, a meeting
        // of two apiece, unless the words say they sat together.
        if (const QList<int> each = metInTurn(trigger, m.participants, objectsEnd, s); !each.isEmpty()) {
            mentionIndex[i] = int(into->size());
            for (int j = 1; j < each.size(); ++j) {
                EventMention one = m;
                one.participants = {each.first(), each[j]};
                one.separate = j > 1;
                one.rule += QStringLiteral(", one of %1 people met in turn").arg(each.size() - 1);
                into->append(one);
            }
            continue;
        }
        if (heldDuring)
            m.heldDuring = mentionIndex[i - 1];
        // "The return fixture is pencilled in for March": naming no one, the
        // match played again is between the sides of the match told before.
        if (m.participants.isEmpty() && QLatin1String(triggerWords[m.type].label) == QLatin1String("Match")) {
            for (auto it = into->crbegin(); it != into->crend(); ++it) {
                if (it->type == m.type && !it->participants.isEmpty()) {
                    m.participants = it->participants;
                    m.rule += QStringLiteral(", the sides of the match before it");
                    break;
                }
            }
        }
        // "A secretary to Zambia's minister told a court": who is heard by a
        // court or a committee is someone, a person or a body; a country
        // named on the way is whose they are. Heard by no one named, no hearing.
        if (QLatin1String(triggerWords[trigger.type].label) == QLatin1String("Hearing") &&
            !written.contains(QLatin1String("hearing"))) {
            m.participants.removeIf([&](int p) { return out.entities[p].kind == NodeKind::Country; });
            // "by the Scottish Parliament's Rural Affairs and Islands
            // Committee": the committee hears, not the parliament it is of.
            const auto byStart = [](const Mention &x, qsizetype pos) { return x.start < pos; };
            for (auto whose = std::lower_bound(mentions.cbegin(), mentions.cend(), s.start, byStart);
                 whose != mentions.cend() && whose->end < s.end; ++whose) {
                if (!m.participants.contains(whose->entity) ||
                    out.entities[whose->entity].kind != NodeKind::Organization || whose->end + 3 >= t.size() ||
                    !isApostrophe(t.at(whose->end)) || t.at(whose->end + 1) != QLatin1Char('s'))
                    continue;
                const auto next = std::lower_bound(whose, mentions.cend(), whose->end + 3, byStart);
                if (next != mentions.cend() && next->start == whose->end + 3 && next->entity != whose->entity &&
                    m.participants.contains(next->entity) && out.entities[next->entity].kind == NodeKind::Organization)
                    m.participants.removeAll(whose->entity);
            }
            if (m.participants.isEmpty())
                continue;
        }
        if (trigger.agent >= 0)
            m.participants = {trigger.agent};
        // A joint body's members are its two countries, not the other names of its clause.
        if (trigger.jointBody) {
            m.participants = trigger.twoCountries;
            m.jointBody = true;
        }
        // "He noted that those talks had opened the way for the agreement
        // signed last month": "those", "these" point back at an event told
        // before; the clause's actors and date are of what it did since.
        if (const int k = text.tokenAtOrAfter(trigger.start);
            k > s.firstToken && isOneOf(tokens[k - 1].text, {"those", "these", "Those", "These"}) &&
            std::any_of(into->cbegin(), into->cend(), [&](const EventMention &o) { return o.type == m.type; })) {
            m.participants.clear();
            m.date = ResolvedDate();
            m.definite = true;
            m.rule += QStringLiteral(", the event told before (\u201c%1\u201d)").arg(tokens[k - 1].text.toLower());
        }
        mentionIndex[i] = int(into->size());
        into->append(m);
    }
    // "On the sidelines of the summit, X met Y": the meeting comes after.
    if (here.size() > 1 && hostStart[0] >= 0 && mentionIndex[0] >= 0 && mentionIndex[1] >= 0)
        (*into)[mentionIndex[0]].sidelined = mentionIndex[1];
}

// "Fiji's Minister of Forests and Fisheries, Jone Nata,": the title (and
// its portfolio) after a country's or an organisation's possessive, set off
// by a comma before the name; *of the one whose possessive it is. Empty if
// the words before the name are none such.
QString EventFinder::titleSetOffBefore(const Mention &named, int *of) const
{
    const int last = named.firstToken - 1;
    if (last < 2 ||
        QStringView(t).mid(tokens[last].end, named.start - tokens[last].end) != QLatin1String(", "))
        return QString();
    for (int j = last; j >= std::max(1, last - 9); --j) {
        const QStringView gap = QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
        const bool possessive = gap.size() == 3 && isApostrophe(gap.at(0)) && gap.at(1) == QLatin1Char('s') &&
                                gap.at(2) == QLatin1Char(' ');
        // ("Japan's Defense Minister, X,": a portfolio before the title.)
        if (possessive && (gz.isTitle(tokens[j].text) || gz.isTitle(tokens[last].text))) {
            // Whose title: the mention that ends right before the possessive.
            for (auto it = std::make_reverse_iterator(
                     std::lower_bound(mentions.cbegin(), mentions.cend(), tokens[j].start,
                                      [](const Mention &x, qsizetype pos) { return x.start < pos; }));
                 it != mentions.crend() && it->endToken >= j; ++it) {
                if (it->endToken == j && out.entities[it->entity].kind != NodeKind::Person) {
                    *of = it->entity;
                    return text.words(j, last + 1);
                }
            }
            return QString();
        }
        if ((gap != QLatin1String(" ") && gap != QLatin1String(", ")) ||
            (!startsUpper(tokens[j].text) && !isOneOf(tokens[j].text, {"of", "for", "and", "the"})))
            break;
    }
    return QString();
}

// "the council", "the commission": the organisation named last before
// `at` whose name ends in that word ("East African Coffee Council"); -1
// if none.
int EventFinder::organizationNamedBefore(const QString &word, qsizetype at) const
{
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
        if (it->start >= at)
            continue;
        const Entity &e = out.entities[it->entity];
        if (e.kind == NodeKind::Organization &&
            lastSection(e.label, QLatin1Char(' ')).compare(word, Qt::CaseInsensitive) == 0)
            return it->entity;
    }
    return -1;
}

// Where "on the sidelines of", "on the margins of", "on the fringes of"
// starts when the event's words end it, within a few words ("on the
// sidelines of a European Union summit"); -1 if they do not. *namesFrom:
// where the words after "of" begin.
qsizetype EventFinder::sidelinesAt(const Trigger &trigger, const Sentence &s, qsizetype *namesFrom) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    for (int j = k - 1; j >= std::max(s.firstToken + 1, k - 9); --j) {
        if (text.commaBetween(j, j + 1))
            return -1;
        if (tokens[j].text != QLatin1String("of"))
            continue;
        if (!isOneOf(tokens[j - 1].text, {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}))
            return -1;
        *namesFrom = tokens[j].end;
        int start = j - 1;
        // "on the sidelines", "at the margins".
        if (start - 2 >= s.firstToken && tokens[start - 1].text == QLatin1String("the") &&
            isOneOf(tokens[start - 2].text, {"on", "at", "along"}))
            start -= 2;
        return tokens[start].start;
    }
    return -1;
}

// "Lund met Aho, Berg and Kask", "held talks with Aho and Berg in
// back-to-back sessions": the one person before the words, then the
// people listed after them (and the countries those are officials of,
// nothing else), each of whom that person met apart; empty if the words
// are not these, list fewer than three people and say nothing of meeting
// apart, or say the people met together ("jointly", "a trilateral").
QList<int> EventFinder::metInTurn(const Trigger &trigger, const QList<int> &participants, qsizetype objectsEnd,
                                  const Sentence &s) const
{
    static const int meeting = typeIndex("meeting");
    static const int talks = typeIndex("talks");
    if (trigger.type != meeting && trigger.type != talks)
        return {};
    const int k = text.tokenAtOrAfter(trigger.start);
    const int after = text.tokenAtOrAfter(trigger.end);
    if (trigger.type == talks) {
        // "held talks with": the verb right before, "with" right after.
        if (k <= s.firstToken || after >= s.endToken || tokens[after].text != QLatin1String("with") ||
            !isOneOf(tokens[k - 1].text, {"held", "hold", "holds", "holding"}))
            return {};
    } else if (!isOneOf(tokens[k].text, {"met", "meets", "meet"})) {
        return {};
    }
    QList<int> met;
    int place = -1;
    actorsIn(trigger.end, objectsEnd, s, &met, &place);
    QList<int> people;
    for (int p : std::as_const(met)) {
        if (out.entities[p].kind == NodeKind::Person)
            people.append(p);
    }
    if (people.size() < 2)
        return {};
    for (int p : std::as_const(met)) {
        if (out.entities[p].kind != NodeKind::Person &&
            std::none_of(people.cbegin(), people.cend(), [&](int q) { return out.entities[q].titleOf == p; }))
            return {};
    }
    int host = -1;
    for (int p : participants) {
        if (met.contains(p))
            continue;
        if (host >= 0 || out.entities[p].kind != NodeKind::Person)
            return {};
        host = p;
    }
    if (host < 0)
        return {};
    people.prepend(host);
    // "met jointly with", "to discuss a joint patrol for the three
    // countries": words of the rest of the sentence that say they sat
    // together, or count them all.
    // Two people met may have sat together ("met A and B"), unless the
    // words say apart ("in back-to-back meetings", "separately", "each").
    static const char *const counts[] = {"three", "four", "five", "six", "seven", "eight"};
    const qsizetype many = people.size() - 3;
    bool apart = people.size() > 3;
    for (int j = k + 1; j < s.endToken; ++j) {
        if (isOneOf(tokens[j].text, {"together", "jointly", "joint", "trilateral", "all"}) ||
            (many >= 0 && many < qsizetype(sizeof(counts) / sizeof(counts[0])) &&
             tokens[j - 1].text == QLatin1String("the") && tokens[j].text == QLatin1String(counts[many])))
            return {};
        apart = apart || isOneOf(tokens[j].text, {"separately", "separate", "each", "bilateral", "back-to-back"});
    }
    return apart ? people : QList<int>();
}

// "X also met Y", "met separately with", "held separate talks", "held
// talks with Y and later met Z": another event than the one the text has
// reported, though it shares someone.
bool EventFinder::separateAt(const Trigger &trigger, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    if (k > s.firstToken && tokens[k - 1].text == QLatin1String("later"))
        return true;
    for (int j = k - 1; j >= std::max(s.firstToken, k - 2); --j) {
        if (isOneOf(tokens[j].text, {"also", "separately", "separate"}))
            return true;
    }
    const int after = text.tokenAtOrAfter(trigger.end);
    return after < s.endToken && tokens[after].start == trigger.end + 1 && tokens[after].text == QLatin1String("separately");
}

// "the next round", "another summit".
bool EventFinder::sequel(const EventMention &m) const
{
    const int k = text.tokenAtOrAfter(m.words.start);
    for (int j = k - 1; j >= std::max(sentences[m.sentence].firstToken, k - 3); --j) {
        if (isOneOf(tokens[j].text, {"next", "new", "another", "latest"}))
            return true;
    }
    const QString words = t.mid(m.words.start, m.words.end - m.words.start).simplified().toLower();
    // "An earlier round", "the third round": one more of a series.
    return words.startsWith(QLatin1String("next ")) || words.startsWith(QLatin1String("new ")) ||
           roundOfASeries(m.words);
}

bool EventFinder::roundOfASeries(const Span &words) const
{
    const int k = text.tokenAtOrAfter(words.start);
    return k + 1 < tokens.size() && tokens[k + 1].end == words.end && tokens[k + 1].text == QLatin1String("round") &&
           isOneOf(tokens[k].text, {"first", "second", "third", "fourth", "fifth", "earlier", "previous", "another", "final",
                                    "formal"});
}

// "the two countries' foreign ministers", "the four ministers": the people
// the text gave that title, of the countries already among the
// participants, or as many as the words say, the last named first.
void EventFinder::titledPeople(qsizetype from, qsizetype to, QList<int> *participants) const
{
    if (from >= to)
        return;
    const int first = text.tokenAtOrAfter(from);
    for (int k = first; k < tokens.size() && tokens[k].end <= to; ++k) {
        const QString &w = tokens[k].text;
        if (w.size() < 4 || !w.endsWith(QLatin1Char('s')) || !w.front().isLower() || quoted(tokens[k].start))
            continue;
        const QString singular = w.chopped(1);
        if (!gz.isTitle(singular))
            continue;
        static const QStringList counts = {QStringLiteral("two"), QStringLiteral("three"),
                                           QStringLiteral("four"), QStringLiteral("five"),
                                           QStringLiteral("six")};
        int wanted = 0;
        for (int j = std::max(first, k - 3); j < k; ++j) {
            if (tokens[j].text.compare(QLatin1String("both"), Qt::CaseInsensitive) == 0)
                wanted = 2;
            else if (counts.contains(tokens[j].text.toLower()))
                wanted = int(counts.indexOf(tokens[j].text.toLower())) + 2;
        }
        // "the transport ministers": a portfolio before the title, which
        // theirs must hold too (an infrastructure minister is none of them;
        // an external affairs minister is a foreign minister).
        const QString portfolio =
            k > first && tokens[k - 1].text.front().isLower() && text.adjacent(k - 1, k) &&
                    !isOneOf(tokens[k - 1].text, {"the", "both", "two", "three", "four", "five", "six", "of", "and",
                                                  "their", "its", "other", "all", "senior", "former", "visiting"})
                ? tokens[k - 1].text
                : QString();
        // (The title's head: "Minister of Water and Sanitation" is a
        // minister's, its portfolio after "of" or "for".)
        const auto head = [](const QString &title) {
            QStringView kept(title);
            for (const QStringView cut : {QStringView(u" of "), QStringView(u" for "), QStringView(u",")}) {
                if (const qsizetype at = kept.indexOf(cut); at > 0)
                    kept = kept.left(at);
            }
            return lastSection(kept, QLatin1Char(' ')).toString();
        };
        const auto titled = [&](int e) {
            const Entity &entity = out.entities[e];
            return entity.kind == NodeKind::Person &&
                   head(entity.title).compare(singular, Qt::CaseInsensitive) == 0 &&
                   (portfolio.isEmpty() || entity.title.contains(portfolio, Qt::CaseInsensitive) ||
                    (portfolio == QLatin1String("foreign") && entity.title.contains(QLatin1String("External"))));
        };
        QList<int> found;
        for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
            const int e = it->entity;
            if (!titled(e) || found.contains(e))
                continue;
            const bool ofParticipant =
                out.entities[e].titleOf >= 0 && participants->contains(out.entities[e].titleOf);
            if (wanted > 0 ? it->start < tokens[k].start : ofParticipant)
                found.append(e);
            if (wanted > 0 && found.size() == wanted)
                break;
        }
        // "a meeting of the three foreign ministers in Tela. Nicaragua's
        // Foreign Minister X, … worked late": none named before, those
        // named with that title in the next sentence of the paragraph.
        if (wanted > 0 && found.isEmpty()) {
            const int si = tokens[k].sentence;
            if (si + 1 < sentences.size() && sentences[si + 1].paragraph == sentences[si].paragraph) {
                const Sentence &next = sentences[si + 1];
                for (const Mention &m : mentions) {
                    if (m.start < next.start || found.size() == wanted)
                        continue;
                    if (m.start >= next.end)
                        break;
                    if (titled(m.entity) && !found.contains(m.entity))
                        found.append(m.entity);
                }
            }
        }
        if (wanted > 0 && found.size() != wanted)
            continue; // not as many as the words say: no guess
        for (int e : std::as_const(found)) {
            if (!participants->contains(e))
                participants->append(e);
        }
    }
}

// "three days of talks … that ended on Wednesday", "wrapped up two days of
// meetings on Friday", "agreed on Thursday …, closing a five-day meeting":
// the days that end (or begin) on the date given.
void EventFinder::spanDays(const Trigger &trigger, const Sentence &s, ResolvedDate *d)
{
    if (d->iso.size() != 10)
        return;
    // "hearings that opened on May 15 and closed on Thursday": from the day
    // it opened to the day it closed.
    if (d->start >= trigger.end && d->end < s.end) {
        static const QRegularExpression opened(QStringLiteral("\\b(?:opened|began|started|opens|begins|starts)\\s+(?:on\\s+)?$"));
        static const QRegularExpression closed(QStringLiteral(
            "^,?\\s+and\\s+(?:closed|ended|concluded|finished|adjourned|wrapped\\s+up|closes|ends|concludes)\\s+(?:on\\s+)?"));
        const QStringView before = QStringView(t).mid(trigger.end, d->start - trigger.end);
        const QRegularExpressionMatch to = matchIn(closed, QStringView(t).mid(d->end, std::min<qsizetype>(60, s.end - d->end)));
        if (to.hasMatch() && before.size() <= 60 && matchIn(opened, before).hasMatch()) {
            for (const ResolvedDate &e : datesIn(int(&s - sentences.constData()), false)) {
                // (Its words may hold the "on": "on Thursday".)
                if (e.start <= d->end || e.start > d->end + to.capturedLength() || e.iso.size() != 10)
                    continue;
                if (e.iso > d->iso) {
                    d->iso += QLatin1Char('/') + e.iso;
                    d->note += QStringLiteral(", to the day it closed (%1)").arg(t.mid(e.start, e.end - e.start));
                    d->end = e.end;
                }
                return;
            }
        }
    }
    // "The first formal round opens in Havana and runs until the end of
    // the month": from its day to the last of that month.
    static const QRegularExpression monthsEnd(QStringLiteral(
        "^[^,;.]{0,60}?\\b(?:runs|ran|lasts|lasted|continues|continued|goes on|went on)\\s+(?:until|till|to)\\s+"
        "the\\s+end\\s+of\\s+the\\s+month\\b"));
    // (It needs "month", as written: most clauses have none, and no match is tried.)
    const QStringView afterTrigger = QStringView(t).mid(trigger.end, std::min<qsizetype>(120, s.end - trigger.end));
    if (trigger.end < s.end && containsWord(afterTrigger, u"month") && matchIn(monthsEnd, afterTrigger).hasMatch()) {
        const QDate day = QDate::fromString(d->iso, Qt::ISODate);
        if (day.isValid() && day.day() < day.daysInMonth()) {
            d->iso += QLatin1Char('/') + isoDate(QDate(day.year(), day.month(), day.daysInMonth()));
            d->note += QStringLiteral(", to the end of that month");
        }
        return;
    }
    // "is due to open on Monday in Luanda and run for two days", "began on
    // Tuesday and lasted three days": from the day it opens, the days it
    // is said to run.
    static const QRegularExpression runsFor(
        QStringLiteral("\\b(?:open|opens|opened|begin|begins|began|start|starts|started)\\b[^;.]{0,80}?\\band\\s+"
                       "(?:will\\s+)?(?:run|runs|ran|last|lasts|lasted|continue|continues|continued)\\s+(?:for\\s+)?"
                       "(two|three|four|five|six|seven|[2-7])\\s+days\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QStringView clause = QStringView(t).mid(trigger.end, std::min<qsizetype>(160, s.end - trigger.end));
        clause.contains(QLatin1String(" days")) && d->start >= trigger.end) {
        const QRegularExpressionMatch run = matchIn(runsFor, clause);
        static const QStringList counted = {QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
                                            QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven")};
        if (run.hasMatch() && trigger.end + run.capturedStart() < d->start && d->end <= trigger.end + run.capturedEnd()) {
            const QString number = run.captured(1).toLower();
            const int count = number.front().isDigit() ? number.toInt() : int(counted.indexOf(number)) + 2;
            const QDate first = QDate::fromString(d->iso, Qt::ISODate);
            d->iso += QLatin1Char('/') + isoDate(first.addDays(count - 1));
            d->note += QStringLiteral(", %1 days of it from the day it opens").arg(count);
            return;
        }
    }
    // "two days of talks", "a two-day state visit", "the two-day Arab
    // League summit": up to three words between, the event's own.
    static const QRegularExpression days(
        QStringLiteral("\\b(two|three|four|five|six|seven|[2-7])(?:[ -]days? of|-day)\\s+(?:[\\w'\u2019-]+\\s+){0,3}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const ExpressionWords dayWords = {"day", "days"};
    const qsizetype from = std::max(s.start, trigger.start - 40);
    const QStringView before = QStringView(t).mid(from, trigger.start - from);
    if (!dayWords.foundIn(before))
        return; // no match to try
    const QRegularExpressionMatch m = matchIn(days, before);
    if (!m.hasMatch())
        return;
    static const QStringList numbers = {QStringLiteral("two"),  QStringLiteral("three"),
                                        QStringLiteral("four"), QStringLiteral("five"),
                                        QStringLiteral("six"),  QStringLiteral("seven")};
    const QString number = m.captured(1).toLower();
    const int count = number.front().isDigit() ? number.toInt() : int(numbers.indexOf(number)) + 2;
    static const QRegularExpression ends(
        QStringLiteral("\\b(?:ended|ending|wrapped up|wrapping up|concluded|concluding|closed|closing)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begins(
        // "receives X on a two-day visit": a guest received has arrived.
        QStringLiteral("\\b(?:began|begin|begins|opened|opens|started|starting|start|arrived|arrives|arrive|arriving|"
                       "received|receives|receiving|welcomed|welcomes|welcoming)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // "agreed on Wednesday after two days of talks": the days end on the date.
    static const QRegularExpression endsBefore(QStringLiteral("^[^,;]{0,12}\\bafter\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    // "agreed on Thursday to set up a hotline …, after three days of
    // talks": however far the date stands before, the days end on it.
    static const QRegularExpression afterDays(QStringLiteral("\\bafter\\s+$"), QRegularExpression::CaseInsensitiveOption);
    const QStringView around = QStringView(t).mid(s.start, std::max(d->end, trigger.end) - s.start);
    const QDate day = QDate::fromString(d->iso, Qt::ISODate);
    const bool dateFirst = d->end <= trigger.start;
    // "closing a two-day summit … that began on Wednesday": the day the
    // verb of its start names is its first, whatever else the sentence says.
    static const QRegularExpression beganOn(
        QStringLiteral("\\b(?:began|begun|opened|started|starting|beginning|opening)\\s+(?:on\\s+)?$"));
    const qsizetype lead = std::max(s.start, d->start - 24);
    if (d->start > s.start && d->start >= trigger.end &&
        matchIn(beganOn, QStringView(t).mid(lead, d->start - lead)).hasMatch()) {
        d->iso += QLatin1Char('/') + day.addDays(count - 1).toString(Qt::ISODate);
        d->note += QStringLiteral(", %1 days of it from the day it began").arg(count);
        return;
    }
    if (dateFirst && (matchIn(endsBefore, QStringView(t).mid(d->end, std::max<qsizetype>(0, trigger.start - d->end))).hasMatch() ||
                      (d->end <= from + m.capturedStart() &&
                       matchIn(afterDays, QStringView(t).mid(d->end, from + m.capturedStart() - d->end)).hasMatch())))
        d->iso = day.addDays(1 - count).toString(Qt::ISODate) + QLatin1Char('/') + d->iso;
    else if (matchIn(ends, around).hasMatch())
        d->iso = day.addDays(1 - count).toString(Qt::ISODate) + QLatin1Char('/') + d->iso;
    else if (matchIn(begins, around).hasMatch())
        d->iso += QLatin1Char('/') + day.addDays(count - 1).toString(Qt::ISODate);
    else
        return;
    d->note += QStringLiteral(", %1 days of it").arg(count);
}

// "their defence chiefs would meet", "their foreign ministers will hold
// talks": the words before the event say whose officials hold it.
bool EventFinder::delegatedAt(const Trigger &trigger, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    for (int j = k - 1; j >= std::max(s.firstToken, k - 6); --j) {
        if (!tokens[j].text.endsWith(QLatin1Char('s')) || // all of them plural: a cheap test first
            !isOneOf(tokens[j].text, {"chiefs", "ministers", "officials", "negotiators", "delegations", "envoys",
                                      "teams", "representatives", "deputies", "diplomats"}))
            continue;
        for (int d = j - 1; d >= std::max(s.firstToken, j - 3); --d) {
            if (tokens[d].text.compare(QLatin1String("their"), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    return false;
}

// "accused Panama on Wednesday …, a day after a second round of
// consultations … ended": the event is the given number of days before
// the date, which dates the sentence's own verb.
void EventFinder::daysAfter(const Trigger &trigger, ResolvedDate *d) const
{
    if (d->iso.size() != 10 || d->end > trigger.start || trigger.start - d->end > 200)
        return;
    static const QRegularExpression after(
        QStringLiteral("\\b(a|one|the|two|three) days? after\\s+(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,3}$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max(d->end, trigger.start - 60);
    const QRegularExpressionMatch m = matchIn(after, QStringView(t).mid(from, trigger.start - from));
    if (!m.hasMatch())
        return;
    const QString number = m.captured(1).toLower();
    const int count = number == QLatin1String("two") ? 2 : number == QLatin1String("three") ? 3 : 1;
    d->iso = QDate::fromString(d->iso, Qt::ISODate).addDays(-count).toString(Qt::ISODate);
    d->stated = false;
    d->note += QStringLiteral(", %1 day(s) before it").arg(count);
}

// "met with X", "meet Rutte", "meet in Vienna", "meet their counterparts":
// someone or somewhere right after the verb; not "meet NATO's target".
bool EventFinder::meetsSomeone(qsizetype after, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(after);
    // "ministers to meet before the end of the year", "will meet next
    // week", "met on Tuesday": a time right after the verb, no object
    // between, is when those who meet meet.
    if (k < s.endToken && (isDayWord(tokens[k].text) ||
                           isOneOf(tokens[k].text, {"before", "after", "next", "later", "soon", "today", "tomorrow",
                                                     "yesterday", "this", "during", "within", "regularly"})))
        return true;
    // "Government and FCS delegates meet for the first time": those who
    // meet are the subject, and it is their first (second, last) meeting.
    if (k + 3 < s.endToken && tokens[k].text == QLatin1String("for") && tokens[k + 1].text == QLatin1String("the") &&
        isOneOf(tokens[k + 2].text, {"first", "second", "third", "last", "fourth", "fifth"}) &&
        tokens[k + 3].text == QLatin1String("time"))
        return true;
    // "met for more than two hours with the growers' leaders": how long,
    // then whom.
    if (k + 2 < s.endToken && tokens[k].text == QLatin1String("for")) {
        int j = k + 1;
        while (j < s.endToken && j < k + 5 &&
               isOneOf(tokens[j].text, {"more", "than", "about", "almost", "nearly", "over", "some", "around", "a",
                                        "an", "one", "two", "three", "four", "five", "six", "half", "forty",
                                        "thirty", "twenty", "ninety", "several"}))
            ++j;
        if (j > k + 1 && j + 1 < s.endToken && isOneOf(tokens[j].text, {"hour", "hours", "minutes"}) &&
            tokens[j + 1].text == QLatin1String("with"))
            return true;
    }
    // "will meet by video on Friday", "met via videoconference": how they meet.
    if (k + 1 < s.endToken && isOneOf(tokens[k].text, {"by", "via"}) &&
        isOneOf(tokens[k + 1].text, {"video", "videoconference", "teleconference", "video-link", "Zoom"}))
        return true;
    for (int j = k; j < std::min(s.endToken, k + 3); ++j) {
        const QString &w = tokens[j].text;
        if (isOneOf(w, {"with",
                        "in",
                        "at",
                        "on",
                        "again",
                        "privately",
                        "separately",
                        "him",
                        "her",
                        "them",
                        "face",
                        "virtually",
                        // "met online": how, not whom
                        "online",
                        "remotely",
                        "counterpart",
                        "counterparts",
                        "delegation",
                        "delegations",
                        "leaders",
                        "officials",
                        "representatives",
                        "envoy",
                        "envoys",
                        "ministers",
                        "minister",
                        "president",
                        "members",
                        "sides",
                        "parties",
                        "heads",
                        "chiefs",
                        "executives",
                        "board",
                        // "meet both the union and the company", "meet the strikers":
                        // a side of a dispute, in the plural or as a body.
                        "union",
                        "unions",
                        "company",
                        "employers",
                        "management",
                        "workers",
                        "strikers",
                        "families",
                        "residents",
                        "farmers",
                        "fishermen",
                        "owners",
                        "managers",
                        "protesters",
                        "elders",
                        "chiefs"}))
            return true;
        if (const auto found = mentionAtToken.constFind(j); found != mentionAtToken.constEnd()) {
            const Mention &m = mentions[*found];
            const NodeKind kind = out.entities[m.entity].kind;
            // "NATO's target": a possessive names whose thing is met, not whom;
            // but "hosted Spain's deputy minister": a title, someone.
            if (m.end + 1 < t.size() && isApostrophe(t.at(m.end)) && t.at(m.end + 1) == QLatin1Char('s')) {
                for (int next = m.endToken; next < std::min(s.endToken, m.endToken + 3); ++next) {
                    if (gz.isTitle(tokens[next].text))
                        return kind == NodeKind::Country || kind == NodeKind::Organization;
                }
                return false;
            }
            return kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country ||
                   kind == NodeKind::Place;
        }
        if (gz.isTitle(w))
            return true;
        // "meet the Defence Minister", but not "meet the defence spending
        // requirement": the first word of a title only when the title
        // follows whole.
        if (gz.startsTitle(w)) {
            if (titleAt(j, s.endToken))
                return true;
            continue; // "Economy Secretary": the next word may be a title of its own
        }
        // "meet their Chinese counterparts": determiners and demonyms on the
        // way; "meet the federation's leaders": whose they are.
        const bool whose = w.front().isLower() && tokens[j].end + 1 < t.size() && isApostrophe(t.at(tokens[j].end)) &&
                           t.at(tokens[j].end + 1) == QLatin1Char('s');
        // "meet Transportation Secretary X": a portfolio's word the list
        // lacks, right before a title.
        const bool portfolio = w.front().isUpper() && j + 1 < s.endToken && text.adjacent(j, j + 1) &&
                               tokens[j + 1].text.front().isUpper() && gz.isTitle(tokens[j + 1].text);
        if (!whose && !portfolio &&
            !isOneOf(w, {"the", "a", "its", "their", "our", "his", "her", "both", "two", "three", "several"}) &&
            gz.country(w).isEmpty())
            return false;
    }
    return false;
}

// "On Monday, Ravoux-Delcourt was received by the Council of Chiefs",
// "were welcomed by Prime Minister X": the passive of receiving, whoever
// received them named after "by", is a meeting of the two.
bool EventFinder::receivedBySomeone(const Trigger &trigger, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    const int by = text.tokenAtOrAfter(trigger.end);
    if (k <= s.firstToken || by + 1 >= s.endToken || tokens[by].text != QLatin1String("by") ||
        !isOneOf(tokens[k - 1].text, {"was", "were", "been", "being", "is", "are"}) ||
        !isOneOf(trigger.words, {"received", "welcomed", "hosted"}))
        return false;
    return meetsSomeone(tokens[by].end, s);
}

// "when the two met", "The two leaders spoke again on Friday": "the two"
// as the subject, none named, are the last two people named before, in
// the paragraph.
void EventFinder::theTwo(const Trigger &trigger, const Sentence &s, QList<int> *participants,
                         bool *ofTheParagraph) const
{
    // The last two people named before `before`, in the paragraph (not one
    // a transcript's turn is spoken by or to: "Farhana, the two delegations met").
    const auto lastTwoOfParagraph = [&](qsizetype before) {
        QList<int> people;
        for (auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), before,
                                        [](const Mention &m, qsizetype pos) { return m.start < pos; });
             it != mentions.cbegin() && people.size() < 2;) {
            --it;
            if (sentences[tokens[it->firstToken].sentence].paragraph != s.paragraph)
                break;
            if (out.entities[it->entity].kind == NodeKind::Person && !people.contains(it->entity) &&
                !quoted(it->start) && roleOf(*it, sentences[tokens[it->firstToken].sentence]) != Role::None)
                people.append(it->entity);
        }
        return people;
    };
    int j = text.tokenAtOrAfter(trigger.start) - 1;
    while (j > s.firstToken && isOneOf(tokens[j].text, {"had", "have", "has", "will", "would", "also", "first", "last",
                                                        "again", "then", "later", "are", "were", "to", "due", "set",
                                                        "expected", "later"}))
        --j;
    if (j > s.firstToken && tokens[j].text.front().isLower() && tokens[j].text.endsWith(QLatin1Char('s')) &&
        !tokens[j].text.endsWith(QLatin1String("ss")))
        --j; // "the two leaders", "the two ministers"
    // "The prime ministers last met in Sturovo", "the two foreign ministers
    // will meet again": the title, in the plural, of exactly two people
    // the article named before with it.
    {
        int w = text.tokenAtOrAfter(trigger.start) - 1;
        while (w > s.firstToken && isOneOf(tokens[w].text, {"had", "have", "has", "will", "would", "also", "first",
                                                            "last", "again", "then", "later", "are", "were", "to",
                                                            "due", "set", "expected", "agreed", "decided", "plan"}))
            --w;
        // ("The two Ministers", a press release's capital.)
        const QString plural = tokens[w].text.toLower();
        if (w > s.firstToken && isOneOf(plural, {"ministers", "presidents", "premiers", "chancellors"})) {
            int first = w;
            if (first - 1 > s.firstToken &&
                isOneOf(tokens[first - 1].text, {"prime", "foreign", "defence", "defense", "trade", "finance",
                                                 "interior", "energy", "health", "transport", "environment"}))
                --first;
            const QString title = text.words(first, w + 1).chopped(1); // "prime minister"
            int the = first - 1;
            const bool two = the > s.firstToken && tokens[the].text == QLatin1String("two");
            if (two)
                --the;
            // "X's Foreign Minister, A, receives his Malawian counterpart, B,
            // …. The two ministers last met in June": the last two people
            // of the paragraph, when one of them holds the title.
            if (two && the >= s.firstToken && tokens[the].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) {
                const QList<int> lastTwo = lastTwoOfParagraph(tokens[the].start);
                if (lastTwo.size() == 2 && std::any_of(lastTwo.cbegin(), lastTwo.cend(), [&](int p) {
                        return out.entities[p].title.endsWith(title, Qt::CaseInsensitive);
                    })) {
                    for (auto p = lastTwo.crbegin(); p != lastTwo.crend(); ++p) {
                        if (!participants->contains(*p))
                            participants->append(*p);
                    }
                    if (ofTheParagraph)
                        *ofTheParagraph = true;
                    return;
                }
            }
            if (the >= s.firstToken && tokens[the].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) {
                // The people named before who hold the title (or one it begins).
                const auto holdersOf = [&](bool begun) {
                    QList<int> holders;
                    for (auto it = mentions.cbegin(); it != mentions.cend() && it->start < tokens[the].start; ++it) {
                        const Entity &e = out.entities[it->entity];
                        if (e.kind == NodeKind::Person && !holders.contains(it->entity) && !quoted(it->start) &&
                            (begun ? e.title.startsWith(title + QLatin1Char(' '), Qt::CaseInsensitive)
                                   : e.title.compare(title, Qt::CaseInsensitive) == 0))
                            holders.append(it->entity);
                    }
                    return holders;
                };
                QList<int> holders = holdersOf(false);
                // ("The two Ministers": the Minister of Agriculture of Malawi
                // and Tanzania's, a title each begins with, when no one
                // holds it bare.)
                // (Only for a meeting again: a first one is better read
                // from the words around it.)
                const int afterTrigger = text.tokenAtOrAfter(trigger.end);
                const bool again = afterTrigger < s.endToken && tokens[afterTrigger].text == QLatin1String("again");
                if (holders.isEmpty() && two && again)
                    holders = holdersOf(true);
                if (holders.size() == 2) {
                    for (int p : std::as_const(holders)) {
                        if (!participants->contains(p))
                            participants->append(p);
                    }
                    if (ofTheParagraph && again)
                        *ofTheParagraph = true;
                    return;
                }
            }
        }
    }
    if (j <= s.firstToken || tokens[j].text != QLatin1String("two") ||
        tokens[j - 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0)
        return;
    const QList<int> people = lastTwoOfParagraph(tokens[j].start);
    if (people.size() == 2)
        participants->append(people);
}

// "A Vietnamese consular team flew to …", "Kenyan and Somali officials
// will meet": a demonym (or several, joined by "and") right before a
// group of people stands for its country, which takes part, when the text
// names that country.
void EventFinder::groupsOfCountries(qsizetype from, qsizetype to, const Sentence &s, QList<int> *participants) const
{
    const int end = text.tokenAtOrAfter(to);
    for (int k = std::max(s.firstToken, text.tokenAtOrAfter(from)); k < end; ++k) {
        const QString &w = tokens[k].text;
        if (w.isEmpty() || !w.front().isUpper() || !gz.isDemonym(w) || mentionAtToken.contains(k))
            continue;
        QStringList countries{gz.country(w)};
        int j = k + 1;
        while (j + 1 < end && tokens[j].text == QLatin1String("and") && gz.isDemonym(tokens[j + 1].text)) {
            countries.append(gz.country(tokens[j + 1].text));
            j += 2;
        }
        // At most two words that qualify the group ("consular", "army").
        bool group = false;
        for (int g = j; g < std::min(end, j + 3) && !group; ++g) {
            // ("Lithuanian and Polish troops began a joint exercise": forces too.)
            group = isOneOf(tokens[g].text, {"team", "teams", "delegation", "delegations", "officials", "diplomats",
                                             "negotiators", "envoys", "commanders", "mission", "officers", "troops",
                                             "forces", "soldiers", "sailors", "marines", "warships", "navies"});
            if (!group && !tokens[g].text.front().isLower())
                break;
        }
        if (!group)
            continue;
        for (const QString &country : std::as_const(countries)) {
            for (int e = 0; e < out.entities.size(); ++e) {
                if (out.entities[e].kind == NodeKind::Country && out.entities[e].label == country) {
                    if (!participants->contains(e))
                        participants->append(e);
                    break;
                }
            }
        }
        k = j;
    }
}

// "ASEAN foreign ministers meet for their annual retreat", "the two
// delegations will meet to settle it": people in the plural right before
// the verb (auxiliaries between) meet one another; the verb needs no object.
bool EventFinder::groupMeets(const Trigger &trigger, const Sentence &s) const
{
    int j = text.tokenAtOrAfter(trigger.start) - 1;
    while (j >= s.firstToken &&
           isOneOf(tokens[j].text, {"will", "would", "to", "due", "set", "expected", "scheduled", "are", "were", "also",
                                    "again", "then", "could", "may", "might", "should", "shall", "can", "usually"}))
        --j;
    if (j < s.firstToken ||
        !isOneOf(tokens[j].text, {"ministers", "leaders", "officials", "delegations", "delegates", "negotiators",
                                  "envoys", "chiefs", "presidents", "premiers", "governors", "mayors", "members",
                                  // "the two sides would meet again on Thursday"
                                  "sides", "parties"}))
        return false;
    // Whose they are, named right before them ("ASEAN foreign ministers",
    // "Kenyan and Somali officials", "the two delegations"): else who meets
    // is not said, and the verb may be of anyone ("when negotiators meet").
    for (int d = j - 1; d >= std::max(s.firstToken, j - 3); --d) {
        const auto after = std::upper_bound(mentions.cbegin(), mentions.cend(), tokens[d].start,
                                            [](qsizetype pos, const Mention &m) { return pos < m.start; });
        if (after != mentions.cbegin() && std::prev(after)->end >= tokens[d].end) {
            const NodeKind kind = out.entities[std::prev(after)->entity].kind;
            return kind == NodeKind::Organization || kind == NodeKind::Country;
        }
        if (isOneOf(tokens[d].text, {"two", "both", "three"}))
            return true;
        if (!tokens[d].text.front().isLower() && !gz.country(tokens[d].text).isEmpty())
            return true; // a demonym: "Kenyan and Somali officials"
        if (!tokens[d].text.front().isLower())
            return false;
    }
    return false;
}

bool EventFinder::titleAt(int first, int end) const
{
    const QString &w = tokens[first].text;
    if (gz.isTitle(w) || (w.contains(QLatin1Char('-')) && gz.isTitle(QString(w).replace(QLatin1Char('-'), QLatin1Char(' ')))))
        return true;
    if (!gz.startsTitle(w))
        return false;
    for (int e = first + 2; e <= std::min(end, first + gz.longestTitleWords()); ++e) {
        if (gz.isTitle(text.words(first, e)))
            return true;
    }
    return false;
}

// "did not meet", "asked to meet", "refused to hold talks", "without
// meeting": named, but not an event that happened or is planned.
bool EventFinder::notHappening(const Trigger &trigger, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    // "Trump's approach to peace negotiations", "few prospects for talks",
    // "opposition to direct talks", "open to talks": negotiations in
    // general, what a word about them is about, not ones held. Bare: no
    // article or possessive before them (at most two words that qualify
    // them).
    int q = k - 1;
    while (q >= std::max(s.firstToken, k - 2) && tokens[q].text.front().isLower() &&
           !isOneOf(tokens[q].text, {"to", "toward", "towards", "on", "for", "about", "of", "over", "a", "an", "the",
                                     "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                                     "your", "whose", "which"}))
        --q;
    if (q > s.firstToken &&
        isOneOf(tokens[q].text, {"to", "toward", "towards", "on", "for", "about", "of", "over"}) &&
        isOneOf(tokens[q - 1].text,
                {"approach",    "approaches", "attitude",   "stance",        "position",   "positions",
                 "policy",      "view",       "views",      "openness",      "opposition", "resistance",
                 "commitment",  "prospect",   "prospects",  "preconditions", "conditions", "framework",
                 "strategy",    "path",       "road",       "route",         "appetite",   "idea",
                 "possibility", "support",    "objections", "insistence",    "skepticism", "scepticism",
                 "questions",   "open",       "ready",      "willing",       "prepared",   "eager",
                 "keen",        "return"})) {
        // "was ready to resume talks with the union on Thursday": talks
        // to be held again, on a day given, are no talks in general.
        static const QRegularExpression dayAfter(
            QStringLiteral("^[^.;]{0,60}?\\b(?:on|next|this)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           "Saturday|Sunday|week|month)\\b"));
        // "urged both sides to return to talks" is no talks; "will return
        // to talks on Monday" are.
        const bool again =
            ((q + 1 < k && tokens[q].text == QLatin1String("to") &&
              isOneOf(tokens[q + 1].text, {"resume", "reopen", "restart", "hold", "start", "begin"})) ||
             tokens[q - 1].text == QLatin1String("return")) &&
            matchIn(dayAfter, QStringView(t).mid(trigger.end, std::min<qsizetype>(90, s.end - trigger.end)))
                .hasMatch();
        if (!again)
            return true;
    }
    // "the council talks a lot and does little", "she talks tough": the
    // verb, with how someone talks after it; no talks held.
    if (k + 1 < s.endToken && tokens[k].text == QLatin1String("talks") && text.adjacent(k, k + 1)) {
        const QString &next = tokens[k + 1].text;
        const QString &then = k + 2 < s.endToken ? tokens[k + 2].text : QString();
        if (isOneOf(next, {"tough", "big", "loudly", "openly", "freely", "endlessly", "little"}) ||
            (isOneOf(next, {"a", "too"}) && isOneOf(then, {"lot", "much", "good"})))
            return true;
    }
    for (int j = k - 1; j >= std::max(s.firstToken, k - 4); --j) {
        if (isOneOf(tokens[j].text,
                    {"not", "never", "without", "refused", "declined", "asked", "ask", "asks", "hoped", "hopes",
                     "hope", "wanted", "wants", "want", "sought", "seeks", "seek", "cancelled", "canceled", "no"}))
            return true;
        // "ahead of any negotiations", "a possible meeting", "potential
        // talks": an event that may or may not come, not one reported.
        if (isOneOf(tokens[j].text, {"any", "possible", "potential", "eventual", "hypothetical"}))
            return true;
        if (text.commaBetween(j, j + 1))
            break;
    }
    // "met none of them", "met nobody from the union", "called no one":
    // a verb whose object is no one.
    if (const int object = text.tokenAtOrAfter(trigger.end);
        object < s.endToken && tokens[object].start <= trigger.end + 1 &&
        isOneOf(tokens[object].text, {"none", "nobody", "neither", "no"}) &&
        (tokens[object].text != QLatin1String("no") ||
         (object + 1 < s.endToken && isOneOf(tokens[object + 1].text, {"one", "one's"}))))
        return true;
    // "negotiations … would not be held in public", "the summit did not take
    // place": its own verb, negated, in its clause.
    static const QRegularExpression deniedAfter(
        QStringLiteral("^[^,;.]{0,50}?\\b(?:(?:would|will|was|were|is|are|did|does|do|could|can|has|have|had)\\s+"
                       "(?:not|never)|won['\u2019]t|wouldn['\u2019]t|didn['\u2019]t|wasn['\u2019]t|weren['\u2019]t|"
                       "isn['\u2019]t|aren['\u2019]t|hasn['\u2019]t|haven['\u2019]t)\\s+"
                       "(?:be\\s+|been\\s+|have\\s+been\\s+)?(?:held|take\\s+place|taken\\s+place|took\\s+place|happen|"
                       "happened|go\\s+ahead|gone\\s+ahead|occur|occurred)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView after = QStringView(t).mid(trigger.end, std::min<qsizetype>(80, s.end - trigger.end));
    // Most event words are not denied: the expression only where a negation stands.
    bool negation = false;
    for (int j = text.tokenAtOrAfter(trigger.end); !negation && j < s.endToken && tokens[j].end <= trigger.end + after.size();
         ++j) {
        // (The ending "n't" or "n’t" by hand: a call to compare it costs more.)
        const QString &w = tokens[j].text;
        const qsizetype n = w.size();
        negation = isOneOf(w, {"not", "never"}) ||
                   (n >= 3 && w[n - 1] == u't' && w[n - 3] == u'n' && (w[n - 2] == u'\'' || w[n - 2] == u'\u2019'));
    }
    return negation && matchIn(deniedAfter, after).hasMatch();
}

// "(Pacific Wire)", "(AU)": asides, not who took part.
bool EventFinder::inParentheses(qsizetype pos, const Sentence &s) const
{
    // The last "(" before the position, within the sentence: from the
    // text's list of them, not a backward search for every name asked about.
    const auto after = std::lower_bound(openingParentheses.cbegin(), openingParentheses.cend(), pos);
    if (after == openingParentheses.cbegin() || *(after - 1) < s.start)
        return false;
    const qsizetype open = *(after - 1);
    const qsizetype close = t.indexOf(QLatin1Char(')'), open);
    return close > pos && close <= s.end;
}

bool EventFinder::quoted(qsizetype pos) const
{
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        if (pos > quotes[i].open && pos < quotes[i].close && !readout(i))
            return true;
    }
    return false;
}

// "“The Prime Minister spoke by telephone with X on Tuesday,” the office
// said in a readout": words issued as a readout, a statement or a
// communiqué about others, none in its own person ("I", "we"), tell what
// happened as the narration does.
bool EventFinder::issuedAsReadout(const Quote &q) const
{
    return q.close + 1 < t.size() && readoutNamedAfter(QStringView(t).mid(q.close + 1, 100)) &&
           !saysFirstPerson(QStringView(t).mid(q.open, q.close - q.open));
}

// The people, organisations and countries named in [from, to) of a
// sentence (not in quotations or parentheses), and the first place.
void EventFinder::actorsIn(qsizetype from, qsizetype to, const Sentence &s, QList<int> *participants,
                           int *place) const
{
    // Of an event a readout tells, those it names take part, not who issued it.
    const auto issuedIn = std::find_if(quotes.cbegin(), quotes.cend(),
                                       [&](const Quote &q) { return anchorAt > q.open && anchorAt < q.close; });
    const bool inReadout = issuedIn != quotes.cend() && readout(issuedIn - quotes.cbegin());
    const auto first = std::lower_bound(mentions.cbegin(), mentions.cend(), from,
                                        [](const Mention &m, qsizetype pos) { return m.start < pos; });
    for (auto it = first; it != mentions.cend() && it->start < to; ++it) {
        const Mention &mention = *it;
        if (mention.end > to || quoted(mention.start) || inParentheses(mention.start, s) ||
            (inReadout && (mention.start < issuedIn->open || mention.end > issuedIn->close)))
            continue;
        const Entity &entity = out.entities[mention.entity];
        if (entity.kind == NodeKind::Person || entity.kind == NodeKind::Organization ||
            entity.kind == NodeKind::Country) {
            const Role role = roleOf(mention, s);
            if (role == Role::Place) {
                if (*place < 0)
                    *place = mention.entity;
                continue;
            }
            if (role == Role::None)
                continue;
            if (!participants->contains(mention.entity))
                participants->append(mention.entity);
        } else if (entity.kind == NodeKind::Place && *place < 0) {
            *place = mention.entity;
        }
    }
}


// Whether a mention is the speaker of a statement that reports the event
// ("Gao told reporters that the talks had been candid"). Not a
// transcript's label ("Haugland: Yes, I appear before the committee"):
// who speaks there is the "I" of the turn, the one the event is of.
bool EventFinder::reportedBy(qsizetype triggerAt, const Mention &m) const
{
    return std::any_of(out.statements.cbegin(), out.statements.cend(), [&](const Statement &st) {
        return st.text.start <= triggerAt && triggerAt < st.text.end && st.speakerMention.start <= m.start &&
               m.end <= st.speakerMention.end && st.rule != QLatin1String("transcript turn") &&
               st.rule != QLatin1String("answer in an interview transcript");
    });
}

// "will meet", "is expected to hold talks", "plans to visit", "the
// upcoming summit", "a meeting is scheduled": to come. A verb in the past
// tense, or "after the talks", says it happened.
bool EventFinder::plannedAt(const Trigger &trigger, qsizetype from, const Sentence &s) const
{
    const QString &words = trigger.words;
    if (isOneOf(words, {"met", "met with", "visited", "walked out", "went on strike", "phoned", "telephoned", "called", "briefed", "voted",
                        "ruled", "negotiated",
                        "sat down with", "hosted", "received", "spoke by phone", "spoke by telephone", "intercepted",
                        "rang", "conferred with", "welcomed", "spoke by video"}))
        return false;
    // "has summoned X to appear": the appearance is to come.
    if (words == QLatin1String("summoned") || words == QLatin1String("summons"))
        return true;
    // "due to arrive", "expected to stop in": to come, by their own words.
    if (words.endsWith(QLatin1String("to arrive")) || words.endsWith(QLatin1String("to stop in")))
        return true;
    // "The commission meets in Murmansk in October", "I appear before the
    // committee on the 18th": the present of a session is its timetable
    // (not in a live page's entry or a timeline's, whose present is the
    // news of the moment).
    if ((words == QLatin1String("meets") || words.startsWith(QLatin1String("appears before")) ||
         words.startsWith(QLatin1String("appear before"))) &&
        int(&s - sentences.constData()) >= text.bodySentence && !livePageEntry(int(&s - sentences.constData())) &&
        !timelineEntry(int(&s - sentences.constData()))) {
        const int k = text.tokenAtOrAfter(trigger.start);
        // Not an entry of a list ("* July 2 - Rarotonga: X meets Y"): a
        // factbox's present is its history's.
        int first = int(&s - sentences.constData());
        while (first > 0 && sentences[first - 1].paragraph == s.paragraph)
            --first;
        qsizetype line = sentences[first].start;
        while (line > 0 && t.at(line - 1) != QLatin1Char('\n'))
            --line;
        const QChar opening = t.at(line);
        const bool listed = opening == QLatin1Char('*') || opening == QLatin1Char('-') || opening == QChar(0x2022) ||
                            opening.isDigit();
        // "appear before": only after "I" or "we" (not "will appear", "to appear").
        if (listed)
            return false;
        if (words.startsWith(QLatin1String("meets")) ||
            (k > s.firstToken && isOneOf(tokens[k - 1].text, {"I", "we", "We"})))
            return true;
    }
    // "Eswatini's Prime Minister receives Botswana's Vice-President in
    // Mbabane on Tuesday", "X hosts Y on Friday": the present of a visit's
    // reception, a day named after it, is its timetable too.
    if (isOneOf(words, {"receives", "hosts", "welcomes"}) && int(&s - sentences.constData()) >= text.bodySentence &&
        !livePageEntry(int(&s - sentences.constData())) && !timelineEntry(int(&s - sentences.constData()))) {
        const int k = text.tokenAtOrAfter(trigger.start);
        for (int j = k + 1; j < std::min(s.endToken, k + 14); ++j) {
            if (isDayWord(tokens[j].text) && tokens[j - 1].text == QLatin1String("on"))
                return true;
        }
    }
    // "Foreign ministers of the Andean Community (CAN) meet in Lima on
    // Monday and Tuesday": the plural's present, a day named after it, is
    // the timetable too (not a live page's, a timeline's or a list's).
    if (words == QLatin1String("meet") && int(&s - sentences.constData()) >= text.bodySentence &&
        !livePageEntry(int(&s - sentences.constData())) && !timelineEntry(int(&s - sentences.constData()))) {
        const int k = text.tokenAtOrAfter(trigger.start);
        const QString &before = k > s.firstToken ? tokens[k - 1].text : QString();
        const bool plural = k > s.firstToken &&
                            ((before.size() > 3 && before.front().isLower() && before.endsWith(QLatin1Char('s')) &&
                              !before.endsWith(QLatin1String("ss")) &&
                              isOneOf(before, {"ministers", "leaders", "delegations", "negotiators", "presidents",
                                               "governors", "envoys", "officials", "chiefs", "heads", "members"})) ||
                             t.at(tokens[k - 1].end) == QLatin1Char(')'));
        const auto dayAfter = [&] {
            for (int j = k + 1; j < std::min(s.endToken, k + 8); ++j) {
                if (isDayWord(tokens[j].text))
                    return true;
            }
            return false;
        };
        if (plural && dayAfter())
            return true;
    }
    // An entry of a diary under "UPCOMING" (not what it tells in the past:
    // "X, who spoke with Y by video call from Suva on Friday, said").
    if (upcomingSection(int(&s - sentences.constData()))) {
        const int at = text.tokenAtOrAfter(trigger.start);
        bool past = false;
        for (int j = at - 1; j >= std::max(s.firstToken, at - 7) && !past; --j)
            past = isOneOf(tokens[j].text, {"spoke", "met", "held", "had", "was", "were", "talked", "called", "visited",
                                            "signed", "attended", "hosted"});
        if (!past)
            return true;
    }
    const int k = text.tokenAtOrAfter(trigger.start);
    // "… again when the bloc's foreign ministers meet in Suva in August",
    // "once the two presidents meet": the present after "when" or "once"
    // is of what is to come.
    // "When the leaders gather in Vientiane on April 5 for the summit": the
    // event the gathering is for, the same.
    int gathering = k;
    if (!isOneOf(words, {"meet", "gather", "convene"})) {
        for (int j = k - 1; j >= std::max(s.firstToken, k - 12); --j) {
            if (isOneOf(tokens[j].text, {"meet", "gather", "convene"})) {
                gathering = j;
                break;
            }
            if (text.commaBetween(j, j + 1))
                break;
        }
    }
    if ((gathering != k || isOneOf(words, {"meet", "gather", "convene"})) && !timelineEntry(int(&s - sentences.constData()))) {
        for (int j = gathering - 1; j >= std::max(s.firstToken, gathering - 12); --j) {
            // ("When the leaders of Laos, Cambodia and Vietnam gather": a
            // list of names holds no other clause.)
            const bool nameAfter = j + 1 < gathering && tokens[j + 1].text.front().isUpper();
            if (isOneOf(tokens[j].text, {"to", "did", "would", "could", "should", "will", "can", "may", "might",
                                         "must", "not"}) ||
                (isOneOf(tokens[j].text, {"and", "or"}) &&
                 !(nameAfter && j > s.firstToken && tokens[j - 1].text.front().isUpper())) ||
                (text.commaBetween(j, j + 1) && !(nameAfter && tokens[j].text.front().isUpper())))
                break;
            if (isOneOf(tokens[j].text, {"when", "When", "once", "Once"}))
                return !quoted(tokens[j].start);
        }
    }
    for (int j = k - 1; j >= wordsBefore(k, s); --j) {
        if (isOneOf(tokens[j].text,
                    {"after", "following", "followed", "held", "concluded", "ended", "wrapped", "during"}))
            return false;
    }
    static const QRegularExpression cueBefore(
        QStringLiteral(
            "\\b(?:will|would|plans?|planned|planning|expected|set to|scheduled|due to|proposed|propose|"
            // "floated a call for Monday", "suggested a summit": put forward,
            // to come ("suggested that the talks had failed" is a saying).
            "(?:floated|floats|mooted|suggested|suggests)\\s+(?:a|an)|"
            "upcoming|forthcoming|invitation|invited|to hold|to meet|to visit|to attend|to host|"
            // "has promised to meet", "hopes to visit": meant, to come.
            "(?:promised|promises|pledged|pledges|vowed|vows|offered|offers|hopes|hoped|intends|intended|wants)\\s+to|agreed "
            // "was ready to resume talks": talks held again, to come.
            "to|is to|are to|to resume|to reopen|"
            // "is due at the Arab League summit in April": expected there.
            "(?:is|are)\\s+due\\s+(?:at|in)|"
            // "called for the ministers to meet": asked for, to come.
            "called for|calls for|calling for|urged|urges|urging|"
            // "arrives in Accra on the 14th for a visit", "begins a tour
            // next Tuesday": the present of a journey is its timetable.
            "arrives|begins|travels|heads|flies|"
            // "The Seychelles Defence Forces and the Indian Navy begin a
            // five-day joint exercise on Wednesday": the plural's too.
            "begin\\s+(?:a|an|the|their|its))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cueAfter(
        // (", which are expected to resume in September": a clause of its own, set off.)
        QStringLiteral("^(?:[^,;.]{0,40}?|[^;.]{0,60}?,\\s+which\\s+)\\b(?:(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?(?:scheduled|"
                       // "A new meeting at the prefecture is foreseen for Thursday" (a translation's word).
                       // (Not "and is expected back in Muscat": a return.)
                       "planned|expected|due|set|foreseen|envisaged)(?!\\s+back\\b)|"
                       "will\\s+(?:be held|take place|open|begin|start))\\b|"
                       // "at the summit … in Lilongwe in August, where he will
                       // take over the chair": what is done there is to come.
                       "^[^;.]{0,80}?,\\s+where\\s+(?:\\w+\\s+){1,3}?will\\s"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype windowStart = std::max(from, trigger.start - 100);
    const QStringView window = QStringView(t).mid(windowStart, trigger.start - windowStart);
    // Each way of the expressions holds one of these.
    static const ExpressionWords cueBeforeWords = {
        "will",       "would",     "plan",      "plans",       "planned",    "planning",    "expected",
        "set to",     "scheduled", "due to",    "proposed",    "propose",    "upcoming",    "forthcoming",
        "invitation", "invited",   "to hold",   "to meet",     "to visit",   "to attend",   "to host",
        "agreed to",  "is to",     "are to",    "to resume",   "to reopen",  "called for",  "calls for",
        "calling for", "urged",    "urges",     "urging",      "arrives",    "begins",      "travels",
        "heads",      "flies",     "floated",   "floats",      "mooted",     "suggested",   "suggests",   "begin",
        "promised",   "promises",  "pledged",   "pledges",     "vowed",      "vows",        "offered",
        "offers",     "hopes",     "hoped",     "intends",     "intended",   "wants",      "due at",
        "due in"};
    static const ExpressionWords cueAfterWords = {"scheduled", "planned", "expected", "due", "set", "will", "foreseen",
                                                  "envisaged"};
    QRegularExpressionMatchIterator cues =
        cueBeforeWords.foundIn(window) ? globalMatchIn(cueBefore, window) : noMatches();
    while (cues.hasNext()) {
        const QRegularExpressionMatch cue = cues.next();
        if (quoted(windowStart + cue.capturedStart()))
            continue;
        // "has promised to meet X": meant is only the verb right after
        // ("hopes to finish its talks" plans no talks).
        if (cue.captured().endsWith(QLatin1String("to")) && !cue.captured().startsWith(QLatin1String("to ")) &&
            windowStart + cue.capturedEnd() < trigger.start - 1 &&
            isOneOf(cue.captured().section(QLatin1Char(' '), 0, 0).toLower(),
                    {"promised", "promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "hopes", "hoped",
                     "intends", "intended", "wants"}))
            continue;
        // "July 16 — X flies to Bogotá and meets Y": in a timeline's entry
        // the present of a journey is the historic one.
        if (isOneOf(cue.captured(), {"arrives", "begins", "travels", "heads", "flies"}) && timelineEntry(int(&s - sentences.constData())))
            continue;
        // "would say when that meeting took place": the modal is the saying's.
        const int verb = text.tokenAtOrAfter(windowStart + cue.capturedEnd());
        if (verb < s.endToken && tokens[verb].start < trigger.start &&
            (gz.isSpeechVerb(tokens[verb].text) ||
             isOneOf(tokens[verb].text,
                     {"say", "tell", "comment", "confirm", "disclose", "reveal", "specify"})))
            continue;
        return true;
    }
    // "has called its parliamentary group to meet", "asked the two sides
    // to meet": someone asked to, to come.
    static const QRegularExpression askedTo(QStringLiteral(
        "\\b(?:called|calls|asked|asks|summoned|summons|instructed|instructs|convoked|convokes)\\s+"
        "(?:[\\w'\u2019-]+\\s+){1,5}?(?:to|back\\s+for\\s+(?:a|an|the))\\s+$"));
    static const ExpressionWords askedWords = {"called", "calls", "asked", "asks", "summon", "instruct", "convoke"};
    if (askedWords.foundIn(window) && matchIn(askedTo, window).hasMatch())
        return true;
    const QStringView rest = QStringView(t).mid(trigger.end, std::min<qsizetype>(120, s.end - trigger.end));
    if (cueAfterWords.foundIn(rest) && matchIn(cueAfter, rest).hasMatch())
        return true;
    // "The IOTC, whose annual session takes place in Mombasa in November":
    // the present of a session's taking place is its timetable (not a live
    // page's or a timeline's, whose present is the news of the moment).
    static const QRegularExpression takesPlace(QStringLiteral("^[^,;.]{0,40}?\\btakes?\\s+place\\b"));
    if (rest.contains(QLatin1String("place")) && matchIn(takesPlace, rest).hasMatch() &&
        !livePageEntry(int(&s - sentences.constData())) && !timelineEntry(int(&s - sentences.constData())))
        return true;
    // "Talks between A and B's Minister of Trade, C, are scheduled for
    // Thursday": the words open the sentence, its subject, and however
    // long the names and their titles, the first verb after them says
    // what is to come.
    if (k > s.firstToken + 1 || (k == s.firstToken + 1 && !isOneOf(tokens[k - 1].text, {"the", "fresh", "new"})))
        return false;
    for (int j = k + 1; j + 1 < std::min(s.endToken, k + 40); ++j) {
        const QString &word = tokens[j].text;
        if (word.front().isUpper() || !isOneOf(word, {"is", "are", "was", "were", "will", "has", "have", "had"}))
            continue;
        if (isOneOf(word, {"is", "are"}))
            return isOneOf(tokens[j + 1].text, {"scheduled", "planned", "expected", "due", "set", "to"});
        if (word == QLatin1String("will"))
            return isOneOf(tokens[j + 1].text, {"be", "take", "open", "begin", "start"});
        return false;
    }
    return false;
}

// "the talks", "this meeting", "their summit", "Monday's call": an event
// the text has named before (or names elsewhere).
bool EventFinder::definiteAt(const Trigger &trigger, const Sentence &s) const
{
    const int k = text.tokenAtOrAfter(trigger.start);
    // "discussed the spill by telephone": "the" is the verb's object's; a
    // trigger led by a preposition refers back to nothing.
    if (isOneOf(tokens[k].text, {"by", "on", "over"}))
        return false;
    // "Pillai told the tribunal in his closing submission on Thursday":
    // the tribunal, the committee, of the hearing told before.
    static const int hearing = [] {
        for (int i = 0; i < triggerTypes; ++i) {
            if (QLatin1String(triggerWords[i].label) == QLatin1String("Hearing"))
                return i;
        }
        return -1;
    }();
    if (trigger.type == hearing && (trigger.words.startsWith(QLatin1String("told the ")) ||
                                    trigger.words.contains(QLatin1String(" before the "))))
        return true;
    for (int j = k - 1; j >= std::max(s.firstToken, k - 3); --j) {
        if (text.commaBetween(j, j + 1))
            return false;
        // "the next round", "a new summit": another event of a series;
        // "the return trip", "a reciprocal visit": the other side's, another.
        if (isOneOf(tokens[j].text,
                    {"next", "new", "another", "second", "third", "fourth", "fifth", "latest", "return",
                     "reciprocal"}))
            return false;
        if (isOneOf(tokens[j].text, {"the", "this", "that", "these", "those", "its", "their", "his", "her"}))
            return true;
        if (j == k - 1 && tokens[j].end + 1 < t.size() && isApostrophe(t.at(tokens[j].end)) &&
            (t.at(tokens[j].end + 1) == QLatin1Char('s') || t.at(tokens[j].end + 1).isSpace()))
            return true;
        if (isOneOf(tokens[j].text, {"a", "an"}))
            return false;
    }
    return false;
}

int EventFinder::wordsBefore(int k, const Sentence &s) const
{
    const bool lengthOf = k - 2 >= s.firstToken && tokens[k - 1].text == QLatin1String("of") &&
                          isOneOf(tokens[k - 2].text, {"days", "weeks", "months", "hours", "rounds", "nights",
                                                       "sessions", "day", "week", "night"});
    return std::max(s.firstToken, k - (lengthOf ? 5 : 3));
}

// "…, ended on": the text [from, to) ends with a verb of an event's course
// ("ended", "began", "opened", "closed", "resumed", "broke down"), "on"
// after it or not.
bool EventFinder::endsWithCourseVerb(qsizetype from, qsizetype to) const
{
    static const QRegularExpression course(
        QStringLiteral("\\s(?:ended|began|opened|closed|resumed|started|concluded|broke down|collapsed)"
                       "(?:\\s+on)?\\s*$"));
    return matchIn(course, QStringView(t).mid(from, to - from)).hasMatch();
}

// A date phrase that dates an event, not a saying ("said on Monday"), nor
// a bound ("since Nov. 5", "until Friday", "by 2028").
bool EventFinder::dateGoverns(const ResolvedDate &d, const Sentence &s) const
{
    if (quoted(d.start))
        return false;
    // "SANTIAGO, April 9 (Andes Wire) —", "GDYNIA, Poland, May 9": the day of the dispatch.
    static const QRegularExpression dateline(QStringLiteral("^[\\p{Lu}\\s.'\u2019-]+,(?:[^,\n]{1,40},)?\\s*$"));
    if (d.start - s.start < 40 && QStringView(t).mid(s.start, d.start - s.start).contains(QLatin1Char(',')) &&
        matchIn(dateline, QStringView(t).mid(s.start, d.start - s.start)).hasMatch())
        return false;
    // "entered its third week on Friday": a day in its course, not when it happened.
    static const QRegularExpression course(
        QStringLiteral("\\b(?:entered|enters|entering|went into|goes into|is in|was in)\\s+its\\s+\\w+\\s+"
                       "(?:day|week|month|year)\\s+(?:on\\s+)?$"));
    if (const qsizetype from = std::max(s.start, d.start - 50);
        containsWord(QStringView(t).mid(from, d.start - from), u"its") &&
        matchIn(course, QStringView(t).mid(from, d.start - from)).hasMatch())
        return false;
    // "flew to Tehran on Thursday for talks … and is expected back in
    // Muscat on Saturday": the day of a return is the return's.
    if (const qsizetype from = std::max(s.start, d.start - 40);
        containsWord(QStringView(t).mid(from, d.start - from), u"back")) {
        static const QRegularExpression backOn(
            QStringLiteral("\\b(?:expected|due|set|scheduled)\\s+back\\b[^,;.]{0,30}$"));
        if (matchIn(backOn, QStringView(t).mid(from, d.start - from)).hasMatch())
            return false;
    }
    int k = text.tokenAtOrAfter(d.start) - 1;
    if (k < s.firstToken)
        return true;
    const QString &previous = tokens[k].text;
    // ("talks that concluded on Wednesday": the event's course, not a saying.)
    const bool itsCourse = k > s.firstToken && isOneOf(tokens[k - 1].text, {"that", "which"});
    if ((gz.isSpeechVerb(previous) && !itsCourse) || isOneOf(previous, {"reporters", "journalists", "statement"}))
        return false;
    if (isOneOf(previous, {"his", "her", "its", "their", "the"}) && k > s.firstToken)
        --k;
    // "since January 15", the start of what goes on since (datesIn).
    if (lowerEquals(tokens[k].text, u"since") && d.ongoing)
        return true;
    return !isOneOf(lowerCased(tokens[k].text), {"since", "until", "till", "by", "before"});
}

// The nearest heading above the sentence, from sentence `first` on: a
// paragraph of one sentence of at most `most` words, no full stop or colon
// at its end; -1 if there is none.
int EventFinder::headingAbove(int sentence, int first, int most) const
{
    for (int h = sentence - 1; h >= first && h >= 0; --h) {
        const Sentence &heading = sentences[h];
        if (heading.paragraph == sentences[sentence].paragraph)
            continue;
        const bool alone = (h == 0 || sentences[h - 1].paragraph != heading.paragraph) &&
                           (h + 1 >= sentences.size() || sentences[h + 1].paragraph != heading.paragraph);
        const QStringView words = QStringView(t).mid(heading.start, heading.end - heading.start).trimmed();
        if (!alone || heading.endToken - heading.firstToken > most || words.isEmpty() ||
            QStringView(u".!?:\"\u201d").contains(words.back()))
            continue;
        return h;
    }
    return -1;
}

// "UPCOMING", "The week ahead", "What to watch": the nearest heading
// above the sentence (of six words at most) says what follows it is to come.
bool EventFinder::upcomingSection(int sentence) const
{
    static const QRegularExpression ahead(
        QStringLiteral("\\b(?:upcoming|coming up|ahead|to come|to watch|next|forthcoming|diary|planned)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const int h = headingAbove(sentence, text.bodySentence, 6);
    return h >= 0 && matchIn(ahead, QStringView(t).mid(sentences[h].start, sentences[h].end - sentences[h].start).trimmed()).hasMatch();
}

// The nearest heading above the sentence (a paragraph of one short
// sentence with no full stop), if it names one day: "**Astana, 12 July**",
// "Tuesday, May 4", "## Monday". None when the nearest heading names no
// day, or the sentence is in its heading's paragraph.
ResolvedDate EventFinder::headingDay(int sentence)
{
    // "**Monday.** Wardhani spoke by phone with …": a day in bold that
    // opens the paragraph heads it (a week's diary, told day by day).
    {
        int first = sentence;
        while (first > 0 && sentences[first - 1].paragraph == sentences[sentence].paragraph)
            --first;
        qsizetype line = sentences[first].start;
        while (line > 0 && t.at(line - 1) != QLatin1Char('\n'))
            --line;
        // (Its bold may have gone with the markup: "Monday. Wardhani spoke …".)
        // ("**Wednesday, May 10 — Ho Chi Minh City.** Meeting with …": a
        // programme's day, its date and place with it.)
        static const QRegularExpression boldDay(QStringLiteral(
            "^(?:\\*\\*)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            "(?:,\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?(?:\\s+[\u2014\u2013-]\\s+[^.*\\n]{1,40})?"
            "(?:[.:](?:\\*\\*)?|\\*\\*[.:])\\s"));
        if ((t.at(line) == QLatin1Char('*') || t.at(line).isUpper()) &&
            matchIn(boldDay, QStringView(t).mid(line, std::min<qsizetype>(80, t.size() - line))).hasMatch()) {
            for (const ResolvedDate &d : datesIn(first, false)) {
                if (d.iso.size() == 10 && d.start - line <= 3)
                    return d;
            }
        }
    }
    // Lines that open the text (the headline's) count too, past the first;
    // one of them naming the article's own day is its dateline.
    const int h = headingAbove(sentence, 1, 8);
    if (h < 0)
        return {};
    for (const ResolvedDate &d : datesIn(h, false)) {
        if (d.iso.size() == 10 && (h >= text.bodySentence || d.iso != isoDate(date)))
            return d;
    }
    return {};
}

// A paragraph of a live page: opened by a clock time ("**08:10** —",
// "[14:05]", "0930 GMT:") in a text with three such paragraphs or more.
bool EventFinder::livePageEntry(int sentence) const
{
    static const QRegularExpression clock(QStringLiteral(
        "^[*_\\[(]{0,2}(?:[01]?\\d|2[0-3])[:.h]?[0-5]\\d(?:\\s*(?:GMT|UTC|[AaPp]\\.?[Mm]\\.?|local\\s+time))?"
        "[*_\\])]{0,2}\\s*(?:[\u2014\u2013:|-]|--)"));
    const auto opensWithClock = [&](int first) {
        const Sentence &s = sentences[first];
        qsizetype line = s.start;
        while (line > 0 && t.at(line - 1) != QLatin1Char('\n'))
            --line;
        if (s.start - line > 4)
            return false;
        const QChar c = t.at(line);
        if (!(c.isDigit() || c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('[') || c == QLatin1Char('(')))
            return false;
        return matchIn(clock, QStringView(t).mid(line, std::min<qsizetype>(32, t.size() - line))).hasMatch();
    };
    if (clockEntries < 0) {
        clockEntries = 0;
        for (int i = 0; i < sentences.size(); ++i) {
            if ((i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph) && opensWithClock(i))
                ++clockEntries;
        }
    }
    if (clockEntries < 3)
        return false;
    int first = sentence;
    while (first > 0 && sentences[first - 1].paragraph == sentences[sentence].paragraph)
        --first;
    return opensWithClock(first);
}

bool EventFinder::timelineEntry(int sentence) const
{
    // Under "UPCOMING": a diary of what is to come, no record of what happened.
    if (upcomingSection(sentence))
        return false;
    int first = sentence;
    while (first > 0 && sentences[first - 1].paragraph == sentences[sentence].paragraph)
        --first;
    const Sentence &s = sentences[first];
    // Most paragraphs open on no month: the first word first.
    const auto month = [](const QString &w) {
        return isOneOf(w, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"});
    };
    if (s.firstToken >= s.endToken || !startsUpper(tokens[s.firstToken].text))
        return false;
    if (const QString &w = tokens[s.firstToken].text;
        !month(w) && !(w.size() > 6 && w.contains(QLatin1Char('-')) && month(w.section(QLatin1Char('-'), -1))))
        return false;
    // A month, a day or days of it, or part of it, and the year or none,
    // then a dash: "January 14 —", "September 9–12 —", "Mid-July —",
    // "April —", "March 2025 —", "November 17-18, 2025 —".
    static const QRegularExpression heading(QStringLiteral(
        "^(?:(?:Early|Mid|Late)-)?(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December)(?:\\s+\\d{1,2}(?:\\s*[\u2013-]\\s*\\d{1,2})?)?(?:,?\\s+(?:19|20)\\d\\d)?\\s+(?:\u2014|\u2013|--|-)\\s"));
    return matchIn(heading, QStringView(t).mid(s.start, std::min<qsizetype>(40, s.end - s.start))).hasMatch();
}

// "By 2029 she was ready to step down", "has led it since 2030": the last
// year the sentence names after a word of time, which no date of its own
// reads; empty if none (what "that year" after it refers to).
QString EventFinder::yearNamedIn(int sentence) const
{
    static const QRegularExpression year(
        QStringLiteral("\\b(?:in|by|since|until|till|from|of|before|after)\\s+((?:19|20)\\d\\d)\\b(?![-\u2013/]?\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const Sentence &s = sentences[sentence];
    QString last;
    QRegularExpressionMatchIterator it = globalMatchIn(year, QStringView(t).mid(s.start, s.end - s.start));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!quoted(s.start + m.capturedStart(1)))
            last = m.captured(1);
    }
    return last;
}

// After ", and" (at `from`), one more of a list of people set off by
// commas, no clause of its own: "Iraq's minister, A, and Turkey's
// minister, B, met in Ankara" (the list ends on a comma right before the
// event's verb); "X met Japan's minister, B, and Australia's, C, in Puerto
// Princesa on Tuesday" (nothing after it but names, titles and where and
// when).
bool EventFinder::listGoesOn(qsizetype from, const Sentence &s, const QList<Trigger> &here) const
{
    const int first = text.tokenAtOrAfter(from);
    if (first >= s.endToken)
        return false;
    const auto nameOrTitle = [&](int j) {
        return mentionAtToken.contains(j) || gz.isTitle(tokens[j].text) || gz.startsTitle(tokens[j].text);
    };
    if (!nameOrTitle(first))
        return false;
    const auto next = std::find_if(here.cbegin(), here.cend(), [&](const Trigger &tr) { return tr.start >= from; });
    if (next != here.cend()) {
        // The subject's list: ", B, met".
        const QStringView before = QStringView(t).mid(from, next->start - from).trimmed();
        return before.endsWith(QLatin1Char(',')) && !before.contains(QLatin1Char(';')) &&
               text.tokenAtOrAfter(next->start) - first <= 14;
    }
    // The objects' list: only names, titles, capitalised words and the
    // small words of where and when up to the sentence's end.
    // (To the next clause: "…, in Puerto Princesa on Wednesday, and they agreed …".)
    for (int j = first; j < s.endToken; ++j) {
        const QString &w = tokens[j].text;
        if (j > first && isOneOf(w, {"and", "but"}) &&
            QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end).contains(QLatin1Char(',')))
            return true;
        if (w.front().isUpper() || w.front().isDigit() || mentionAtToken.contains(j))
            continue;
        if (!isOneOf(w, {"in", "on", "at", "the", "of", "and", "for", "a", "an", "its", "their", "his", "her", "here",
                         "there"}))
            return false;
    }
    return true;
}

// "began a joint exercise on Monday. The drill, which runs until
// September 18, …", "talks opened on Monday and run until Friday": from
// its day to the day it is said to run until, in its sentence after the
// words or in the next sentence of the paragraph when that one opens on
// it ("The drill", "It").
void EventFinder::runsUntil(const Trigger &trigger, int si, ResolvedDate *d)
{
    if (d->iso.size() != 10)
        return;
    static const QRegularExpression until(QStringLiteral(
        "\\b(?:runs|run|ran|lasts|last|lasted|continues|continue|continued|goes\\s+on|go\\s+on)\\s+"
        "(?:until|till|to|through)\\s+$"));
    static const QRegularExpression opensOnIt(QStringLiteral(
        "^(?:It|The\\s+(?:drill|drills|exercise|exercises|talks|summit|visit|strike|stoppage|walkout|session|"
        "meeting|conference|tour))\\b"));
    const auto endIn = [&](int sentence, qsizetype from) {
        for (const ResolvedDate &end : datesIn(sentence, true)) {
            if (end.start < from || end.iso.size() != 10 || end.iso <= d->iso || quoted(end.start))
                continue;
            const qsizetype look = std::max(from, end.start - 30);
            if (matchIn(until, QStringView(t).mid(look, end.start - look)).hasMatch())
                return end;
        }
        return ResolvedDate();
    };
    ResolvedDate end = endIn(si, trigger.end);
    if (end.iso.isEmpty() && si + 1 < sentences.size() && sentences[si + 1].paragraph == sentences[si].paragraph &&
        matchIn(opensOnIt, QStringView(t).mid(sentences[si + 1].start, 20)).hasMatch())
        end = endIn(si + 1, sentences[si + 1].start);
    if (end.iso.isEmpty() || QDate::fromString(end.iso, Qt::ISODate).addDays(-60) > QDate::fromString(d->iso, Qt::ISODate))
        return;
    d->iso += QLatin1Char('/') + end.iso;
    d->note += QStringLiteral(", until %1 (%2)").arg(end.iso, end.note);
}

int EventFinder::lastOrganizationBefore(qsizetype pos) const
{
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it) {
        if (it->start < pos && out.entities[it->entity].kind == NodeKind::Organization &&
            !isOwnOutlet(out.entities[it->entity]))
            return it->entity;
    }
    return -1;
}

int EventFinder::ledeSentence() const
{
    // Past an editor's note above it ("This article was first published in
    // Spanish by …", "Editor's note: …"); a reader has dropped its italics.
    static const QRegularExpression note(QStringLiteral(
        "^(?:This\\s+(?:article|story|report|piece|interview|translation)\\s+(?:was|has\\s+been|is)\\b|"
        "Editor[\u2019']?s\\s+note\\b|Translated\\s+from\\b|Originally\\s+published\\b)"));
    int lede = text.bodySentence;
    while (lede < sentences.size() &&
           matchIn(note, QStringView(t).mid(sentences[lede].start, sentences[lede].end - sentences[lede].start)).hasMatch()) {
        const int paragraph = sentences[lede].paragraph;
        while (lede < sentences.size() && sentences[lede].paragraph == paragraph)
            ++lede;
    }
    return std::min<int>(lede, int(sentences.size()) - 1);
}

ResolvedDate EventFinder::lastDayNamedBefore(int sentence, qsizetype upTo, int back)
{
    for (int at = sentence; at >= std::max(0, sentence - back); --at) {
        const QList<ResolvedDate> named = datesIn(at, false);
        for (auto d = named.crbegin(); d != named.crend(); ++d) {
            if (d->iso.size() == 10 && (at < sentence || d->end <= upTo) && !quoted(d->start))
                return *d;
        }
    }
    return {};
}

QList<ResolvedDate> EventFinder::datesIn(int sentence, bool future)
{
    // "July 16 — X meets Y": a timeline's entry tells what happened, its
    // present the historic one; its dates are of the past (see below).
    const bool timeline = timelineEntry(sentence);
    if (timeline)
        future = false;
    std::optional<QList<ResolvedDate>> &cached = (future ? futureDates : pastDates)[size_t(sentence)];
    if (cached)
        return *cached;
    const Sentence &s = sentences[sentence];
    // Most sentences name no date: a word that can start or end one first.
    static const WordSet dateWords = [] {
        WordSet set;
        for (const char *w :
             {"january",   "february", "march",     "april",    "may",    "june",     "july",   "august",
              "september", "october",  "november",  "december", "jan",    "feb",      "mar",    "apr",
              "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",    "dec",
              "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
              "today",     "tomorrow", "week",      "month",    "year",   "overnight", "weekend",
              "spring",    "summer",   "autumn",    "fall"}) {
            const QString word = QString::fromLatin1(w);
            set.insert(word);
            set.insert(word.front().toUpper() + word.mid(1));
            set.insert(word.front().toUpper() + word.mid(1) + QLatin1Char('.'));
        }
        return set;
    }();
    const bool maybe =
        std::any_of(tokens.cbegin() + s.firstToken, tokens.cbegin() + s.endToken, [](const Token &tok) {
            // "Mid-July", "early-March": one word, a month's part.
            const auto partOfAMonth = [&] {
                const qsizetype dash = tok.text.size() > 6 ? tok.text.indexOf(QLatin1Char('-'), 3) : -1;
                return dash >= 3 && dash <= 5 && isOneOf(tok.text.left(dash), {"mid", "early", "late"}) &&
                       dateWords.contains(tok.text.mid(dash + 1));
            };
            return tok.text.front().isDigit() || dateWords.contains(tok.text) || partOfAMonth();
        });
    if (!maybe) {
        cached = QList<ResolvedDate>();
        return {};
    }
    QList<ResolvedDate> dates = findDates(t, s.start, s.end, date, future);
    // "January 14 —" in an article of January 13: the last January 14, a
    // timeline's days all past (no week's leeway, as a report has).
    if (timeline && date.isValid()) {
        const QString today = isoDate(date);
        for (ResolvedDate &d : dates) {
            static const QRegularExpression year(QStringLiteral("\\b(?:19|20)\\d\\d\\b"));
            if (d.iso.size() < 7 || d.iso.left(10) <= today ||
                matchIn(year, QStringView(t).mid(d.start, d.end - d.start)).hasMatch())
                continue;
            const auto yearBefore = [](QString iso, qsizetype at) {
                if (iso.size() >= at + 4)
                    iso.replace(at, 4, QString::number(iso.mid(at, 4).toInt() - 1));
                return iso;
            };
            const qsizetype slash = d.iso.indexOf(QLatin1Char('/'));
            d.iso = yearBefore(d.iso, 0);
            if (slash > 0)
                d.iso = yearBefore(d.iso, slash + 1);
            d.note += QStringLiteral("; a timeline's entry, of the past: the year before");
        }
    }
    // "have been on strike since January 15": a day right after "since",
    // a present perfect ("has", "have") before it, begins what still goes
    // on, which it dates (CONVENTIONS.md [date]: an ongoing happening is
    // dated by its start; its end is not known). So does a day or month
    // after "began" with "and have" after it.
    if (!future && date.isValid()) {
        for (ResolvedDate &d : dates) {
            const int k = text.tokenAtOrAfter(d.start) - 1;
            if (k < s.firstToken || d.iso >= isoDate(date))
                continue;
            bool ongoing = false;
            if (lowerEquals(tokens[k].text, u"since") && d.iso.size() == 10) {
                ongoing = std::any_of(tokens.cbegin() + s.firstToken, tokens.cbegin() + k,
                                      [](const Token &tok) { return isOneOf(tok.text, {"has", "have"}); });
                // "Since Monday, some 600 employees … are on strike": a
                // stoppage told in the present since a day.
                for (int j = s.firstToken + 1; j < s.endToken && !ongoing; ++j)
                    ongoing = tokens[j].text == QLatin1String("strike") && tokens[j - 1].text == QLatin1String("on");
            } else if (isOneOf(tokens[k].text, {"began", "started"}) && (d.iso.size() == 7 || d.iso.size() == 10)) {
                // "The talks began in February and have moved on to price":
                // begun, and still going on, the present perfect right after says.
                const int next = text.tokenAtOrAfter(d.end);
                ongoing = next + 1 < s.endToken && tokens[next].text == QLatin1String("and") &&
                          isOneOf(tokens[next + 1].text, {"has", "have"});
            }
            if (!ongoing)
                continue;
            d.note = QStringLiteral("%1; begun then and still going on (\u201csince\u201d, or \u201cbegan\u201d "
                                    "and \u201chas\u201d or \u201chave\u201d): dated by its start")
                         .arg(d.note);
            d.ongoing = true;
        }
    }
    // "In May of that year": the month (or day) of the year the text named
    // last, in the six sentences before, not of the article's (inferred).
    for (ResolvedDate &d : dates) {
        if (d.iso.size() != 7 && d.iso.size() != 10)
            continue;
        const int k = text.tokenAtOrAfter(d.end);
        if (k + 2 >= s.endToken || tokens[k].text != QLatin1String("of") || tokens[k + 1].text != QLatin1String("that") ||
            tokens[k + 2].text != QLatin1String("year"))
            continue;
        static const QRegularExpression namedYear(QStringLiteral("\\b(?:19|20)\\d\\d\\b"));
        for (int before = sentence - 1; before >= std::max(0, sentence - 6); --before) {
            const QList<ResolvedDate> earlier = datesIn(before, future);
            const auto named = std::find_if(earlier.crbegin(), earlier.crend(), [&](const ResolvedDate &e) {
                return e.iso.size() >= 4 && e.start >= 0 &&
                       matchIn(namedYear, QStringView(t).mid(e.start, e.end - e.start)).hasMatch();
            });
            // "By 2029 …", "since 2030": a year named by a word no date reads.
            const QString bare = named == earlier.crend() ? yearNamedIn(before) : QString();
            if (named == earlier.crend() && bare.isEmpty())
                continue;
            const QString year = bare.isEmpty() ? named->iso.left(4) : bare;
            d.iso = year + d.iso.mid(4);
            d.stated = false;
            d.note = QStringLiteral("%1; \u201cof that year\u201d: of the year named before (%2)")
                         .arg(d.note, bare.isEmpty() ? named->note : year);
            d.end = tokens[k + 2].end;
            break;
        }
    }
    // "He became foreign minister in 1998. That year he met …": the year
    // the sentence before in its paragraph names, inferred.
    if (dates.isEmpty() && sentence > 0 && sentences[sentence - 1].paragraph == s.paragraph) {
        for (int k = s.firstToken; k + 1 < s.endToken; ++k) {
            if (tokens[k + 1].text != QLatin1String("year") || !text.adjacent(k, k + 1) ||
                tokens[k].text.compare(QLatin1String("that"), Qt::CaseInsensitive) != 0 || quoted(tokens[k].start))
                continue;
            const QList<ResolvedDate> before = datesIn(sentence - 1, future);
            if (const QString bare = before.isEmpty() ? yearNamedIn(sentence - 1) : QString(); !bare.isEmpty()) {
                ResolvedDate d;
                d.iso = bare;
                d.stated = false;
                d.note = QStringLiteral("inferred: \u201cthat year\u201d, the year the sentence before names (%1)").arg(bare);
                d.start = tokens[k].start;
                d.end = tokens[k + 1].end;
                dates.append(d);
            } else if (before.size() == 1 && before.first().iso.size() >= 4) {
                ResolvedDate d;
                d.iso = before.first().iso.left(4);
                d.stated = false;
                d.note = QStringLiteral("inferred: \u201cthat year\u201d, the year of the sentence before (%1)")
                             .arg(before.first().note);
                d.start = tokens[k].start;
                d.end = tokens[k + 1].end;
                dates.append(d);
            }
            break;
        }
    }
    // "on last year's sales", "this month's figures": a date in the
    // possessive dates the thing after it, not an event ("Monday's talks",
    // "last year's summit" still do).
    dates.removeIf([&](const ResolvedDate &d) {
        if (d.end + 3 >= t.size() || !isApostrophe(t.at(d.end)) || t.at(d.end + 1) != QLatin1Char('s') ||
            t.at(d.end + 2) != QLatin1Char(' '))
            return false;
        const int next = text.tokenAtOrAfter(d.end + 3);
        return next < tokens.size() && tokens[next].text.front().isLower() &&
               !triggerStarts().contains(tokens[next].text) &&
               !isOneOf(tokens[next].text, {"round", "session", "sessions", "conference", "vote", "election",
                                            "meeting", "meetings", "summit", "talks", "call", "visit", "hearing",
                                            "stoppage", "strike", "walkout", "exercise", "exercises"});
    });
    cached = dates;
    return dates;
}

// "a state visit", "her three-day visit", "a working visit": a trip the
// text presents as a visit (CONVENTIONS.md [trip]), listed beside the
// meetings held on it.
bool EventFinder::presentedAsVisit(qsizetype start, qsizetype end) const
{
    const QStringView words = QStringView(t).mid(start, end - start);
    if (words.startsWith(QLatin1String("state"), Qt::CaseInsensitive))
        return true;
    if (!words.startsWith(QLatin1String("visit"), Qt::CaseInsensitive))
        return false;
    const qsizetype from = std::max<qsizetype>(sentences[text.sentenceAt(start)].start, start - 40);
    const QList<QStringView> before = QStringView(t).mid(from, start - from).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype j = before.size() - 1; j >= std::max<qsizetype>(0, before.size() - 2); --j) {
        const QString w = before[j].toString();
        if (isOneOf(w, {"state", "official", "working"}) || w.endsWith(QLatin1String("-day")))
            return true;
    }
    return false;
}

} // namespace threadline::extract::detail
