#include "eventwords.h"

#include "text.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace threadline::extract::detail {

// The words that name an event, by type. Where words of two types name one
// event ("met for talks", "a summit meeting"), the earlier type in this
// list is the event's: "meeting" is the most general, so it is last.
const TriggerWords triggerWords[] = {
    {"phone call|phone conversation|telephone call|telephone conversation|spoke by phone|spoke by telephone|"
     // "called Sultanaliev on Sunday": only someone, then when (see mentionsIn).
     // Each verb in all its forms: "telephoned", "phones", "telephones".
     "by phone|by telephone|on the phone|on the telephone|phoned|phones|telephoned|telephones|call with|called|"
     // "held a video call with", "phone calls with", "rang X on Monday" (only someone, then when: see mentionsIn).
     "video call|video calls|spoke by video|phone calls|telephone calls|calls with|rang|"
     // "held a video conference with", "speaks by video link with" (a week ahead's present).
     "video conference|video conferences|videoconference|speaks by video|speaks by phone|speaks by telephone|"
     // "spoke over the phone with X", "a call between X and Y".
     "over the phone|over the telephone|call between|calls between|"
     // "held a call this morning with X".
     "held a call|had a call|holds a call|has held a call|held calls|had calls",
     "phone_call", "Phone call"},
    // "the leaders' meeting" of a bloc is its summit.
    // "the leaders' retreat" of a bloc: its summit, informal.
    {"summit|summits|leaders' meeting|leaders\u2019 meeting|leaders' retreat|leaders\u2019 retreat", "summit", "Summit"},
    {"ministerial|ministers' meeting|ministers\u2019 meeting|meeting of (?:the )?(?:\\w+(?:'|\u2019)s )?(?:\\w+ )?"
     "(?:\\w+ )?ministers|"
     // "the meeting of Southern African Development Community (SADC)
     // Ministers responsible for Agriculture": a bloc's name, capitalised
     // (case is kept inside (?-i:…)), its initials after it.
     "meeting of (?:the )?(?:(?-i:\\p{Lu})[\\w'\u2019-]* ){2,6}(?:\\((?-i:\\p{Lu}{2,8})\\) )?ministers|"
     "meeting of the heads of (?:\\w+ )?(?:\\w+ )?(?:departments|ministries)",
     "ministerial", "Ministerial meeting"},
    // "A missile struck a fuel depot", "drones hit the port": a strike told by its verb.
    {"missile strikes?|air ?strikes?|drone strikes?|shelling|bombardment|bombing|"
     "(?:missiles?|drones?|rockets?) (?:struck|hit|slammed into)|"
     "(?:launched|fired) (?:[\\w-]+ ){0,3}(?:missiles?|rockets?)|intercepted|"
     // "Kyrgyz and Tajik forces fired on each other's positions", "troops
     // exchanged fire": shooting between forces (only by forces: see mentionsIn).
     "fired on (?:each other(?:'s|\u2019s)?|one another(?:'s|\u2019s)?) (?:positions|posts|outposts|troops|forces)|"
     "exchanged (?:heavy |sporadic )?(?:fire|gunfire|artillery fire)",
     "military_action", "Military action"},
    // "spoke to Jane Doe for Harbour Radio": an interview given (see mentionsIn).
    // "was interviewed by": the verb's passive, the outlet after it.
    {"interview|interviewed by|spoke to|talked to", "interview", "Interview"},
    // "is due to arrive in Colombo on July 10": a visit to come. "toured
    // the works": a tour of a site is a visit to it; so is a team's
    // travelling to a place (see mentionsIn).
    // "flew over the burning peat": a tour by air; "had flown to Rome":
    // travelling there by air.
    // "is expected to stop in Rabat on the way": a stop on a journey, planned.
    // "has arrived in Manila": an arrival just told (see mentionsIn) is a visit under way.
    {"state visit|visited|visiting|visit to|visit|visits|(?:due|expected|scheduled|set) to (?:arrive|stop in)|"
     "arrived in|toured|touring|tours|tour|"
     // "made a trip to Narva", "a two-day trip to Lima": a journey named so.
     "trip to|trips to|"
     // "landed in Lima", "went back to the site": an arrival or a return told by its verb.
     "landed in|went back to|"
     // "inspected the flood defences at Kalmar": a site seen in person.
     "inspected|inspecting|inspects|"
     "flew over|"
     // "travelled with Sichilima to Abu Dhabi": company on the way.
     "(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flown|flying) "
     "(?:with (?:[\\w'\u2019.-]+ ){1,4}?)?to",
     "visit", "Visit"},
    // "stayed off work from March 10 to 12", "downed tools": a strike without the word.
    // "stopped work for 24 hours": a stoppage in so many words.
    {"went on strike|on strike|strike action|walkout|walked out|walked off the job|stayed off work|"
     "stopped work|stop work|stops work|stopping work|"
     "stayed away from work|downed tools|strikes|strike|"
     // "a work stoppage", "took industrial action": the same stoppage in other words.
     "work stoppage|work stoppages|industrial action|walkouts|downing tools|"
     // "on the second day of the stoppage": the strike told before (a
     // labour dispute by its sentence's words or that one).
     "stoppage|"
     // "striking dock workers", "the strikers": those on strike tell it.
     "strikers|striking (?:[\\w-]+ ){0,2}?(?:workers|miners|dockers|drivers|nurses|teachers|doctors|staff|"
     "employees|farmers|pilots|members)",
     "strike", "Strike"},
    // "An earlier round in May", "a third round of talks": a round of a
    // series (see mentionsIn: not a round of something else).
    // "to negotiate with", "held discussions with": the same in other forms (not "in discussions with", loose).
    {"talks|negotiations|negotiated|negotiating|consultations|negotiate with|negotiates with|"
     "held discussions|dialogue with|dialogue between|"
     // "France and Vanuatu sat down on Tuesday to discuss the islets": to
     // sit down to discuss is to hold talks ("sat down with X" is a meeting).
     "sat down(?= (?:on [\\w-]+ |together |again |formally )?(?:to (?:discuss|talk|negotiate)|for talks))|"
     // "would return to the table next Tuesday", "will sit down again on
     // Monday": another round of the talks told.
     "return to the table|return to the negotiating table|"
     "returns to the table|returns to the negotiating table|"
     "returned to the table|returned to the negotiating table|"
     "returning to the table|returning to the negotiating table|"
     "go back to the table|go back to the negotiating table|"
     "went back to the table|went back to the negotiating table|"
     "come back to the table|come back to the negotiating table|"
     "came back to the table|came back to the negotiating table|"
     "sit down again|sits down again|sat down again|sitting down again|"
     "(?:next|new|formal|negotiating|latest|first|second|third|fourth|fifth|earlier|previous|another|final) round",
     "talks", "Talks"},
    {"press conference|news conference|joint briefing|briefing|press briefing", "other", "Briefing"},
    // "Kenya beat Somalia 2-1 in a friendly at Kasarani Stadium": a match
    // told by its result; "the return fixture": the match played again.
    {"(?:beat|beats|defeated|defeats|edged|edges|drew with|draws with|lost to|loses to) "
     "(?:[\\w'\u2019.-]+ ){1,4}?(?:\\d{1,2}-\\d{1,2} )?in (?:a|an|the|their) (?:[\\w-]+ ){0,2}?"
     "(?:friendly|match|final|semi-final|quarter-final|qualifier|derby)|"
     "return fixture|return match|return leg",
     "other", "Match"},
    // "after the International Court of Justice ruled on it in 2021": a
    // court's ruling (only a court's: see mentionsIn).
    {"ruled", "other", "Ruling"},
    // "will co-host an international donors' conference in Bishkek next
    // month": a conference held to raise money or make peace.
    {"donors' conference|donors\u2019 conference|donor conference|pledging conference|reconstruction conference|"
     "peace conference|investment conference|donors' summit|donors\u2019 summit",
     "other", "Conference"},
    // "The hearing resumes on Thursday", "held a public hearing": a court's
    // or a committee's sitting.
    // "told a Lusaka court on Tuesday", "will appear before the committee":
    // someone heard by a court or a committee (dated only: see mentionsIn).
    // "told lawmakers on Tuesday", "testified before the senate": an
    // appearance before a parliament (CONVENTIONS.md [other]).
    {"public hearing|hearing|hearings|"
     "(?:told|tells|telling) (?:lawmakers|legislators|parliamentarians|senators|MPs)|"
     // "told parliament", "testified before Congress": a body named without an article.
     "(?:told|tells|testified before|testifies before|appeared before|appears before|appear before|"
     "appearing before|gave evidence to|give evidence to|giving evidence to) (?:parliament|congress)|"
     // ("appeared on Monday before the Energy Committee": a day between.)
     "(?:told|tells|telling|testified (?:before|to)|testifies (?:before|to)|"
     // ("appeared behind closed doors before Commission I": in private.)
     "appeared (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) |behind closed doors )?before|"
     "appears before|appear before|"
     "summoned before|was summoned before|were summoned before|"
     // "Pillai and Goh will be back before the Singapore High Court on June 12".
     "back before|"
     // "appeared before the economic and finance committee", "before the
     // Assembly of the Republic's Committee on …": a few words describing it.
     // "before council's public works committee": a possessive for the article.
     "appearing before|gave evidence to|give evidence to|giving evidence to) (?:a|an|the|[\\w-]+['\u2019]s) (?:[\\w'\u2019-]+ ){0,4}?"
     "(?:court|committee|tribunal|inquiry|parliament|senate|house|assembly|chamber|commission|regulator)|"
     // "has summoned X to appear": a body calling someone to account (only
     // a body named before: see mentionsIn; "summoned before the
     // committee" is read above).
     "summoned|summons|"
     // "were questioned for more than three hours on Wednesday by the
     // Scottish Parliament's Rural Affairs and Islands Committee".
     // (Only by a body of a parliament: see mentionsIn.)
     "(?:was|were) questioned|"
     // "it was Lemaire's turn to face the mobility committee of the
     // Chamber": questioned by a committee (not "face the court's fine").
     "(?:face|faced|faces|facing) (?:the|a) (?:[\\w-]+ ){0,3}?(?:committee|tribunal|inquiry)|"
     // "the Land and Environment Court in Umeå heard the herders' appeal":
     // a court hearing a case (only a court named right before: see mentionsIn).
     "heard (?:the|a|an|[\\w-]+['\u2019]s?) (?:[\\w'\u2019-]+ ){0,3}?(?:appeal|appeals|case|arguments|petition|challenge|evidence|testimony|application|applications|motion|complaint|suit|lawsuit|submissions)|"
     // "The Public Accounts Committee hears evidence from X", "would call
     // X to give evidence next Tuesday": a body hearing someone (only a
     // body named before: see mentionsIn).
     "(?:hears|hear|heard|hearing) (?:evidence )?from|to give evidence(?! (?:to|before))|to testify(?! (?:to|before))|"
     // "testified on Wednesday that …" at a trial, "is due to testify in
     // X's trial" (only with a court or a trial told: see mentionsIn).
     "testified|testifies|testify|testifying",
     "other", "Hearing"},
    // "began their annual joint exercise off Liepaja", "joint naval drills":
    // a joint military drill or exercise (CONVENTIONS.md [other]).
    {"joint exercise|joint exercises|joint drill|joint drills|"
     "joint (?:military|naval|air|air force|army|maritime|border|counter-terrorism|amphibious) (?:exercise|exercises|drill|drills)|"
     "(?:military|naval|maritime|amphibious) (?:exercise|exercises|drill|drills)|war games",
     "other", "Exercise"},
    // "their trawler was detained by a patrol boat off Bioko on April 22": a
    // detention, of whoever made it (see mentionsIn).
    {"detained|seized|arrested|impounded", "other", "Detention"},
    // Taking office: sworn in, inaugurated, "became the 47th US president".
    {"sworn in|was inaugurated|were inaugurated|inauguration|took office|taking office|takes office|"
     "take office|took the oath of office|"
     // "his first day heading NATO", "Lind's first day in office", "her first day as foreign minister".
     "first day in office|first day on the job|first day heading|first day leading|first day at the helm|"
     "first day as (?:the )?(?:[\\w.'\u2019-]+ ){0,3}?(?:president|prime minister|chancellor|premier|minister|"
     "secretary|chief|head|leader|director|governor|mayor|king|queen)|"
     "became (?:the )?(?:[\\w.'\u2019-]+ ){0,2}(?:president|prime minister|chancellor|premier|king|queen|governor|mayor)",
     "other", "Taking office"},
    {"presidential election|general election|parliamentary election|election|elections|re-election|"
     "reelection|was elected|were elected|was re-elected",
     "other", "Election"},
    // "attending the Davos World Economic Forum", "will attend the Pacific Islands Forum".
    {"(?:attend|attends|attended|attending) (?:the )?(?:[\\w'\u2019.-]+ ){0,5}?"
     "(?:Forum|Conference|Congress|Assembly|Convention|Expo|Games|Olympics)",
     "other", "Attendance"},
    // "at a dinner in Oslo", "invited X to a working lunch": a meal with
    // someone is a meeting with them.
    // "discussed" only after "ministers" (see mentionsIn).
    // "an OSCE expert group session": a session only of an organisation (see mentionsIn).
    // "received X, the mayor of …": only someone (see mentionsIn).
    // "when they last gathered": the time before, as "met".
    // Each verb in all its forms: "will sit down with", "is expected to receive".
    // "hosted a forum", "held a two-day retreat": a gathering someone holds.
    // "held two workshops", "hosted its annual forum": any determiner, either number.
    {"(?:hosted|hosts|host|hosting|held|holds|hold|holding|organised|organized|organises|organizes) "
     "(?:a|an|the|its|their|his|her|two|three|four|several) "
     "(?:[\\w'\u2019-]+ ){0,2}?(?:forums?|workshops?|seminars?|roundtables?|round tables?|retreats?)|"
     "met with|met|meet|meets|meeting|meetings|sat down with|sit down with|sits down with|sitting down with|"
     // "conferred with X", "welcomed X to Tallinn", "hosts X" (only someone: see mentionsIn).
     "conferred with|confers with|conferring with|confer with|welcomed|welcomes|welcoming|hosts|hosting|"
     // "granted an audience to", "paid a courtesy call on", "huddled with".
     "audience with|audience to|courtesy call|courtesy calls|huddled with|"
     "last gathered|hosted|received|receives|receive|receiving|session with|sessions with|session|dinner|lunch|luncheon|breakfast|"
     // "the council held an open debate": only an organisation's (see mentionsIn).
     "debate|sitting|plenary|"
     // "the two-day congress of the Independent Metalworkers' Union": a
     // body's congress (only an organisation's: see mentionsIn).
     "congress|"
     // "to convene a joint economic commission": only a joint body (see mentionsIn).
     "convene|convenes|convened|convening|"
     "discussed|"
     // "briefed Prime Minister X": only someone right after (see mentionsIn).
     // ("to brief President X on the talks": to come, the same.)
     "briefed|brief|briefs|"
     // "the city council voted": only a body right before (see mentionsIn).
     "voted",
     "meeting",
     "Meeting"},
};
const int triggerTypes = int(sizeof(triggerWords) / sizeof(triggerWords[0]));

int typeIndex(const char *type)
{
    for (int i = 0; i < triggerTypes; ++i) {
        if (qstrcmp(triggerWords[i].type, type) == 0)
            return i;
    }
    return -1;
}

// The first words of the triggers above, as written in lower case and
// capitalised: only where one stands is the expression tried.
const WordSet &triggerStarts()
{
    static const WordSet words = [] {
        WordSet set;
        for (const char *w :
             {"phone",       "telephone", "spoke",     "by",          "on",           "phoned",      "phones",
              "telephoned",  "telephones", "briefed",     "voted",      "video",      "rang",       "back",
              "work",        "industrial", "downing",    "strikers",   "striking",   "stoppage",
              "face",        "faced",      "faces",      "facing",
              "trip",        "trips",      "host",       "hosts",      "hosting",    "held",       "holds",
              "hold",        "holding",    "organised",  "organized",  "organises",  "organizes",  "conferred",
              "confers",     "conferring", "confer",     "welcomed",   "welcomes",   "welcoming",  "walkouts",
              "interviewed", "negotiate",  "negotiates", "dialogue",   "over",
              "landed",      "inspected",  "inspecting", "inspects",   "audience",   "courtesy",   "huddled",
              "call",        "summit",    "summits",   "ministerial", "ministers",    "meeting",
              "missile",     "missiles",   "drones",     "rocket",     "rockets",    "air",       "airstrike", "airstrikes",  "drone",        "shelling",
              "bombardment", "bombing",   "launched",  "fired",       "intercepted", "interview",    "state",
              "visited",     "visiting",  "visit",     "visits",      "went",         "strike",
              "strikes",     "walkout",   "walked",    "talks",       "negotiations", "negotiated", "consultations",
              "negotiating", "next",      "new",       "formal",      "latest",       "press",
              "news",        "joint",     "briefing",  "met",         "meet",         "meets",
              "meetings",    "sat",       "hosted",    "received",    "brief",       "briefs",
              "returns",     "returned",  "returning", "go",          "come",        "came",    "session",     "sessions",    "leaders",
              "sworn",       "was",       "were",      "inauguration", "took",       "taking",
              "takes",       "take",      "became",    "presidential", "general",    "parliamentary",
              "election",    "elections", "re-election", "reelection", "attend",     "attends",
              "attended",    "attending",  "first",      "dinner",     "lunch",      "luncheon",   "breakfast",     "due",        "expected",
              "scheduled",   "set",        "discussed",  "toured",     "touring",    "travel",
              "travels",     "travelled",  "traveled",   "travelling", "traveling", "flew",       "talked",
              "fly",         "flies",      "flown",      "flying",
              "second",      "third",      "fourth",     "fifth",      "earlier",    "previous",   "another",
              "final",       "tour",       "tours",      "sit",        "sits",       "sitting",    "receive",
              "receives",    "receiving",
              "stayed",      "downed",     "arrived",    "last",       "called",     "donors",     "beat",       "beats",      "defeated",   "defeats",
              "edged",       "edges",      "drew",       "draws",      "lost",       "loses",      "return",     "ruled",
              "donor",       "pledging",   "reconstruction", "peace",  "investment",
              "public",      "hearing",    "hearings",   "heard",      "summoned",   "summons",   "told",       "tells",      "testified",  "testifies",
              "appeared",    "appears",    "appear",     "appearing",  "gave",       "give",       "giving",
              "debate",      "sitting",    "plenary",    "convene",    "convenes",   "convened",
              "convening",   "detained",   "seized",     "arrested",   "impounded",  "military",   "naval",
              "maritime",    "amphibious", "war",        "stopped",    "stop",       "stops",      "stopping",
              "hears",       "hear",       "to",         "videoconference", "speaks",  "testify",    "testifying",
              "telling",     "exchanged",  "congress"}) {
            const QString word = QString::fromLatin1(w);
            set.insert(word);
            set.insert(word.front().toUpper() + word.mid(1));
            set.insert(word.toUpper());
        }
        return set;
    }();
    return words;
}

// One expression for all of them, one capture group a type: one pass over
// the text finds every trigger and its type.
const QRegularExpression &triggerExpression()
{
    static const QRegularExpression expression = [] {
        QStringList groups;
        for (const TriggerWords &words : triggerWords)
            // Words apart by any white space: a wrapped line breaks "took\noffice".
            groups.append(QStringLiteral("(%1)").arg(QString::fromUtf8(words.pattern).replace(QLatin1Char(' '), QStringLiteral("\\s+"))));
        // \G: anchored where the search starts (a word's start), which the
        // JIT compiles; matching with AnchorAtOffsetMatchOption would not be.
        return QRegularExpression(QStringLiteral("\\G(?:%1)\\b").arg(groups.join(QLatin1Char('|'))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return expression;
}

namespace {

// A pattern's alternatives: split at each "|" outside parentheses and
// character classes.
QList<QStringView> alternativesOf(QStringView pattern)
{
    QList<QStringView> found;
    int depth = 0;
    bool inClass = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\')
            ++i;
        else if (inClass)
            inClass = c != u']';
        else if (c == u'[')
            inClass = true;
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u'|' && depth == 0) {
            found.append(pattern.sliced(from, i - from));
            from = i + 1;
        }
    }
    found.append(pattern.sliced(from));
    return found;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Two ASCII letters, caseless, as a number below 26 * 26.
int startKey(char16_t a, char16_t b)
{
    return ((a | 0x20) - u'a') * 26 + ((b | 0x20) - u'a');
}

bool isQuantifier(QChar c)
{
    return c == u'?' || c == u'*' || c == u'+' || c == u'{';
}

// A character of a pattern that stands for itself (a letter, caseless, an
// apostrophe, a hyphen) or, a space, for \s+ (see triggerExpression).
bool isPlain(QChar c)
{
    return isAsciiLetter(c.unicode()) || c == u' ' || c == u'\'' || c == u'\u2019' || c == u'-';
}

// The end of the group an alternative opens with ("(?:" at 0): the
// position of its ")"; the alternative's size where it does not close.
qsizetype groupEnd(QStringView alternative)
{
    qsizetype close = 3;
    for (int depth = 1; close < alternative.size(); ++close) {
        if (alternative[close] == u'\\')
            ++close;
        else if (alternative[close] == u'(')
            ++depth;
        else if (alternative[close] == u')' && --depth == 0)
            break;
    }
    return std::min(close, alternative.size());
}

// The two letters (as startKey) every match of an alternative begins with,
// one of them where it opens with a group of alternatives ("(?:missiles?|
// drones?) …"); none (an empty list) where that is not plain from its
// letters: it may begin with anything.
QList<int> startsOf(QStringView alternative)
{
    if (alternative.size() >= 2 && isAsciiLetter(alternative[0].unicode()) && isAsciiLetter(alternative[1].unicode()) &&
        (alternative.size() == 2 || !isQuantifier(alternative[2])))
        return {startKey(alternative[0].unicode(), alternative[1].unicode())};
    if (!alternative.startsWith(u"(?:"))
        return {};
    const qsizetype close = groupEnd(alternative);
    if (close == alternative.size() || (close + 1 < alternative.size() && isQuantifier(alternative[close + 1])))
        return {};
    QList<int> keys;
    for (const QStringView inner : alternativesOf(alternative.sliced(3, close - 3))) {
        const QList<int> innerKeys = startsOf(inner);
        if (innerKeys.isEmpty())
            return {};
        keys += innerKeys;
    }
    return keys;
}

// Plain beginnings (see isPlain) one of which every match of an
// alternative begins with: its plain characters before the first that is
// not (less a letter a quantifier makes optional); where it opens with a
// group of alternatives, each of theirs, followed by what comes after the
// group where one is plain whole ("(?:next|new) round": "next round",
// "new round"). An empty one where nothing is plain.
QStringList plainStarts(QStringView alternative)
{
    qsizetype plain = 0;
    while (plain < alternative.size() && isPlain(alternative[plain]))
        ++plain;
    if (plain == alternative.size())
        return {alternative.toString()};
    if (plain > 0)
        return {alternative.first(isQuantifier(alternative[plain]) ? plain - 1 : plain).toString()};
    if (!alternative.startsWith(u"(?:"))
        return {QString()};
    const qsizetype close = groupEnd(alternative);
    if (close == alternative.size() || (close + 1 < alternative.size() && isQuantifier(alternative[close + 1])))
        return {QString()};
    const QStringList after = plainStarts(alternative.sliced(close + 1));
    QStringList starts;
    for (const QStringView inner : alternativesOf(alternative.sliced(3, close - 3))) {
        if (std::all_of(inner.cbegin(), inner.cend(), isPlain)) {
            for (const QString &rest : after)
                starts.append(inner.toString() + rest);
        } else {
            starts += plainStarts(inner);
        }
    }
    return starts;
}

// An alternative of the trigger expression as matched by hand: the plain
// beginnings one of which its matches begin with, and whether it is plain
// whole (its one beginning all of it).
struct Alternative
{
    QStringList plain;
    bool whole = false;
    int type = 0;
};

// The alternatives, in the expression's order, that can match where a word
// begins with two letters (by startKey); those that can begin with
// anything in each list.
struct TriggerAlternatives
{
    std::array<QList<Alternative>, 26 * 26> byStart;
};

const TriggerAlternatives &triggerAlternatives()
{
    static const TriggerAlternatives alternatives = [] {
        TriggerAlternatives made;
        for (int type = 0; type < triggerTypes; ++type) {
            const QString pattern = QString::fromUtf8(triggerWords[type].pattern);
            for (const QStringView alternative : alternativesOf(pattern)) {
                Alternative a;
                a.type = type;
                a.plain = plainStarts(alternative);
                a.whole = !alternative.isEmpty() && std::all_of(alternative.cbegin(), alternative.cend(), isPlain);
                const QList<int> starts = startsOf(alternative);
                for (int key = 0; key < 26 * 26; ++key) {
                    if (starts.isEmpty() || starts.contains(key))
                        made.byStart[size_t(key)].append(a);
                }
            }
        }
        return made;
    }();
    return alternatives;
}

} // namespace

TriggerMatch matchTrigger(QStringView text, qsizetype at)
{
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    const auto byExpression = [&] {
        const QRegularExpressionMatch m = matchIn(triggerExpression(), text, at);
        TriggerMatch found;
        if (m.hasMatch()) {
            found.end = m.capturedEnd();
            for (int g = 1; g <= triggerTypes && found.type < 0; ++g) {
                if (m.capturedStart(g) >= 0)
                    found.type = g - 1;
            }
        }
        return found;
    };
    if (at + 1 >= n || !isAsciiLetter(d[at]) || !isAsciiLetter(d[at + 1]))
        return byExpression();
    // Each alternative that can begin here, in order: where its plain
    // characters do not match, neither does it; where they do, and are all
    // of it, with \b after them, it is the match; where they are not all
    // of it, the expression decides. So does a character past ASCII where
    // a letter is looked for (caseless, the Kelvin sign is a "k").
    enum { No = -1, Unsure = -2 };
    const auto plainEnd = [&](const QString &plain) -> qsizetype {
        qsizetype i = at;
        for (const QChar p : plain) {
            if (p == u' ') {
                if (i >= n || !isPatternSpace(QChar(d[i])))
                    return No;
                while (i < n && isPatternSpace(QChar(d[i])))
                    ++i;
                continue;
            }
            if (i >= n)
                return No;
            const char16_t c = d[i++];
            if (isAsciiLetter(p.unicode())) {
                if (c >= 0x80)
                    return Unsure;
                if ((c | 0x20) != (p.unicode() | 0x20))
                    return No;
            } else if (c != p.unicode()) {
                return No;
            }
        }
        return i;
    };
    for (const Alternative &a : triggerAlternatives().byStart[size_t(startKey(d[at], d[at + 1]))]) {
        for (const QString &plain : a.plain) {
            const qsizetype end = plainEnd(plain);
            if (end == Unsure || (end >= 0 && !a.whole))
                return byExpression();
            if (end >= 0 && isPatternWordChar(d[end - 1]) != (end < n && isPatternWordChar(d[end])))
                return TriggerMatch{end, a.type};
        }
    }
    return {};
}

const QRegularExpression &readoutAfterExpression()
{
    static const QRegularExpression expression(
        QStringLiteral("^[^.\u201c\u201d\"]{0,80}\\b(?:readout|statement|communiqu\u00e9)\\b"));
    return expression;
}

bool readoutNamedAfter(QStringView after)
{
    if (!surrogateFree(after))
        return matchIn(readoutAfterExpression(), after).hasMatch();
    const qsizetype n = after.size();
    const char16_t *const d = after.utf16();
    // \b: a word character on one side only (none before the start or
    // past the end). The "é" of "communiqué" is none, so a word character
    // must follow it.
    const auto boundary = [&](qsizetype at) {
        return (at > 0 && isPatternWordChar(d[at - 1])) != (at < n && isPatternWordChar(d[at]));
    };
    // The word may start up to the 80th character, and at the first full
    // stop or mark at the latest (it is none).
    const qsizetype stop = firstWhere(after, 0, n, [](char16_t c) { return c == u'.' || c == u'"' || c == 0x201c || c == 0x201d; });
    const qsizetype last = std::min<qsizetype>({80, stop, n - 1});
    for (qsizetype at = 0; at <= last; ++at) {
        at = firstWhere(after, at, last + 1, [](char16_t c) { return c == u'r' || c == u's' || c == u'c'; });
        if (at > last || !boundary(at))
            continue;
        for (const QStringView word : {u"readout", u"statement", u"communiqu\u00e9"}) {
            if (after.sliced(at).startsWith(word) && boundary(at + word.size()))
                return true;
        }
    }
    return false;
}

const QRegularExpression &firstPersonExpression()
{
    static const QRegularExpression expression(QStringLiteral("\\b(?:I|we|We|our|Our|us|my|My)\\b"));
    return expression;
}

bool saysFirstPerson(QStringView quotation)
{
    if (!surrogateFree(quotation))
        return matchIn(firstPersonExpression(), quotation).hasMatch();
    // Each whole word (a run of word characters: \b on both sides), compared.
    const qsizetype n = quotation.size();
    const char16_t *const d = quotation.utf16();
    for (qsizetype at = 0; at < n;) {
        if (!isPatternWordChar(d[at])) {
            ++at;
            continue;
        }
        qsizetype end = at + 1;
        while (end < n && isPatternWordChar(d[end]))
            ++end;
        if (end - at <= 3) {
            const QStringView word = quotation.sliced(at, end - at);
            for (const QStringView person : {u"I", u"we", u"We", u"our", u"Our", u"us", u"my", u"My"}) {
                if (word == person)
                    return true;
            }
        }
        at = end;
    }
    return false;
}

bool isPersonalRow(int row)
{
    const QLatin1String label(triggerWords[row].label);
    return label == QLatin1String("Taking office") || label == QLatin1String("Election");
}

bool isListedRow(int row)
{
    const QLatin1String label(triggerWords[row].label);
    return qstrcmp(triggerWords[row].type, "other") != 0 || label == QLatin1String("Hearing") ||
           label == QLatin1String("Exercise") || isPersonalRow(row) ||
           namesItsActor(row);
}

bool namesItsActor(int row)
{
    return QLatin1String(triggerWords[row].label) == QLatin1String("Attendance");
}

namespace {

// "2025-04-03" (and "2025-04" with day 1) as QDate::fromString(…,
// Qt::ISODate) reads it, without its cost: it is asked of every pair of
// event dates compared. Anything but digits in their places goes to it.
QDate isoDay(QStringView s)
{
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if ((s.size() == 10 || s.size() == 7) && s.at(4) == QLatin1Char('-') && (s.size() == 7 || s.at(7) == QLatin1Char('-'))) {
        const int year = number(0, 4), month = number(5, 2), day = s.size() == 10 ? number(8, 2) : 1;
        if (year > 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(s.size() == 7 ? s.toString() + QStringLiteral("-01") : s.toString(), Qt::ISODate);
}

} // namespace

// The first day a resolved date covers ("2025-04", "2025-04-03/…").
QDate firstDay(const QString &iso)
{
    const QStringView first = firstSection(iso, QLatin1Char('/'));
    if (first.size() == 10 || first.size() == 7)
        return isoDay(first);
    if (first.size() == 4)
        return QDate(first.toInt(), 1, 1);
    return {};
}

QDate lastDay(const QString &iso)
{
    const QStringView last = lastSection(iso, QLatin1Char('/'));
    if (last.size() == 10)
        return isoDay(last);
    if (last.size() == 7) {
        const QDate d = isoDay(last);
        return d.isValid() ? d.addMonths(1).addDays(-1) : d;
    }
    if (last.size() == 4)
        return QDate(last.toInt(), 12, 31);
    return {};
}

// Two dates that can be one event's: either unknown, or the days they cover meet.
bool datesMeet(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    const QDate a0 = firstDay(a), a1 = lastDay(a), b0 = firstDay(b), b1 = lastDay(b);
    return a0.isValid() && b0.isValid() && a0 <= b1 && b0 <= a1;
}

// "meeting" names any meeting; "talks", "summit", "ministerial" say which kind.
bool typesMeet(int a, int b)
{
    static const int meeting = typeIndex("meeting");
    static const int talks = typeIndex("talks");
    static const int summit = typeIndex("summit");
    static const int ministerial = typeIndex("ministerial");
    if (a == b)
        return true;
    const auto meets = [&](int type) {
        return type == meeting || type == talks || type == summit || type == ministerial;
    };
    // Talks and a summit are two events; a meeting or a ministerial can be either.
    return meets(a) && meets(b) && !((a == talks && b == summit) || (a == summit && b == talks));
}

// Two participants that are one: the same entity, or a minister and the
// country whose minister the text says they are.
bool sameActor(const QList<Entity> &entities, int a, int b)
{
    return a == b || entities[a].titleOf == b || entities[b].titleOf == a;
}

} // namespace threadline::extract::detail
