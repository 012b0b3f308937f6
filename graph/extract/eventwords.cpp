#include "eventwords.h"

#include "text.h"

#include <algorithm>

namespace threadline::extract::detail {

// The words that name an event, by type. Where words of two types name one
// event ("met for talks", "a summit meeting"), the earlier type in this
// list is the event's: "meeting" is the most general, so it is last.
const TriggerWords triggerWords[] = {
    {"phone call|phone conversation|telephone call|telephone conversation|spoke by phone|spoke by telephone|"
     // "called Sultanaliev on Sunday": only someone, then when (see mentionsIn).
     "by phone|by telephone|on the phone|phoned|call with|called",
     "phone_call", "Phone call"},
    // "the leaders' meeting" of a bloc is its summit.
    {"summit|summits|leaders' meeting|leaders\u2019 meeting", "summit", "Summit"},
    {"ministerial|ministers' meeting|ministers\u2019 meeting|meeting of (?:the )?(?:\\w+(?:'|\u2019)s )?(?:\\w+ )?"
     "(?:\\w+ )?ministers|"
     "meeting of the heads of (?:\\w+ )?(?:\\w+ )?(?:departments|ministries)",
     "ministerial", "Ministerial meeting"},
    // "A missile struck a fuel depot", "drones hit the port": a strike told by its verb.
    {"missile strikes?|air ?strikes?|drone strikes?|shelling|bombardment|bombing|"
     "(?:missiles?|drones?|rockets?) (?:struck|hit|slammed into)|"
     "(?:launched|fired) (?:[\\w-]+ ){0,3}(?:missiles?|rockets?)|intercepted",
     "military_action", "Military action"},
    // "spoke to Jane Doe for Harbour Radio": an interview given (see mentionsIn).
    {"interview|spoke to|talked to", "interview", "Interview"},
    // "is due to arrive in Colombo on July 10": a visit to come. "toured
    // the works": a tour of a site is a visit to it; so is a team's
    // travelling to a place (see mentionsIn).
    // "flew over the burning peat": a tour by air; "had flown to Rome":
    // travelling there by air.
    // "is expected to stop in Rabat on the way": a stop on a journey, planned.
    // "has arrived in Manila": an arrival just told (see mentionsIn) is a visit under way.
    {"state visit|visited|visiting|visit to|visit|visits|(?:due|expected|scheduled|set) to (?:arrive|stop in)|"
     "arrived in|toured|touring|tours|tour|"
     "flew over|"
     // "travelled with Sichilima to Abu Dhabi": company on the way.
     "(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flown|flying) "
     "(?:with (?:[\\w'\u2019.-]+ ){1,4}?)?to",
     "visit", "Visit"},
    // "stayed off work from March 10 to 12", "downed tools": a strike without the word.
    {"went on strike|on strike|strike action|walkout|walked out|walked off the job|stayed off work|"
     "stayed away from work|downed tools|strikes|strike",
     "strike", "Strike"},
    // "An earlier round in May", "a third round of talks": a round of a
    // series (see mentionsIn: not a round of something else).
    {"talks|negotiations|negotiated|negotiating|consultations|"
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
     "(?:told|tells) (?:lawmakers|legislators|parliamentarians|senators|MPs)|"
     "(?:told|tells|testified (?:before|to)|testifies (?:before|to)|appeared before|appears before|appear before|"
     "appearing before|gave evidence to|give evidence to|giving evidence to) (?:a|an|the) (?:[\\w-]+ ){0,2}?"
     "(?:court|committee|tribunal|inquiry|parliament|senate)",
     "other", "Hearing"},
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
    {"met with|met|meet|meets|meeting|meetings|sat down with|sit down with|sits down with|sitting down with|"
     "last gathered|hosted|received|receives|receive|receiving|session with|sessions with|session|dinner|lunch|luncheon|breakfast|"
     // "the council held an open debate": only an organisation's (see mentionsIn).
     "debate|sitting|plenary|"
     // "to convene a joint economic commission": only a joint body (see mentionsIn).
     "convene|convenes|convened|convening|"
     "discussed",
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
             {"phone",       "telephone", "spoke",     "by",          "on",           "phoned",
              "call",        "summit",    "summits",   "ministerial", "ministers",    "meeting",
              "missile",     "missiles",   "drones",     "rocket",     "rockets",    "air",       "airstrike", "airstrikes",  "drone",        "shelling",
              "bombardment", "bombing",   "launched",  "fired",       "intercepted", "interview",    "state",
              "visited",     "visiting",  "visit",     "visits",      "went",         "strike",
              "strikes",     "walkout",   "walked",    "talks",       "negotiations", "negotiated", "consultations",
              "negotiating", "next",      "new",       "formal",      "latest",       "press",
              "news",        "joint",     "briefing",  "met",         "meet",         "meets",
              "meetings",    "sat",       "hosted",    "received",    "session",     "sessions",    "leaders",
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
              "public",      "hearing",    "hearings",   "told",       "tells",      "testified",  "testifies",
              "appeared",    "appears",    "appear",     "appearing",  "gave",       "give",       "giving",
              "debate",      "sitting",    "plenary",    "convene",    "convenes",   "convened",
              "convening",   "detained",   "seized",     "arrested",   "impounded"}) {
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

bool isPersonalRow(int row)
{
    const QLatin1String label(triggerWords[row].label);
    return label == QLatin1String("Taking office") || label == QLatin1String("Election");
}

bool isListedRow(int row)
{
    const QLatin1String label(triggerWords[row].label);
    return qstrcmp(triggerWords[row].type, "other") != 0 || label == QLatin1String("Hearing") || isPersonalRow(row) ||
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
