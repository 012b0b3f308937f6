#include "entities.h"
#include "eventwords.h"

#include <QSet>

#include <algorithm>

#include "gazetteer.h"
#include "quotes.h"

namespace threadline::extract::detail {

namespace {

const WordSet &commonCapitalised()
{
    // Words that start sentences or headlines without naming anything.
    static const WordSet words = wordSetOf(
        {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "After", "Before",
         "But", "And", "Or", "However", "Meanwhile", "This", "That", "These", "Those", "His", "Her", "Their",
         "Our", "Its", "According", "Earlier", "Later", "While", "When", "As", "For", "With", "Without", "If",
         "Asked", "Speaking", "Both", "All", "Some", "Many", "Most", "Several", "Other", "Others", "Such",
         "There", "Here", "Where", "What", "Who", "Why", "How", "Yet", "Still", "Also", "Then", "Now",
         "Today", "Yesterday", "Tomorrow", "Last", "Next", "Since", "Until", "During", "Despite", "Although",
         "Though", "Because", "By", "From", "To", "Of", "Under", "Over", "About", "Among", "Between", "Into",
         "Through", "Against", "Amid", "Ahead", "Even", "Only", "Not", "No", "Yes", "One", "Two", "Three",
         "First", "Second", "Third", "New", "Mr", "Ms", "Mrs", "Dr", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
         "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Follow", "Read", "Join", "More", "Latest",
         "Advertising", "Facts", "Photo", "Image", "Video", "Watch", "Subscribe", "Unlike", "Like", "Instead",
         "Once", "Each", "Every", "Any", "Nor", "So", "Thus", "Indeed", "Overall", "Nevertheless",
         "Furthermore", "Moreover", "Additionally", "Notably", "Separately", "Officials", "Analysts",
         "Critics", "Experts", "Observers", "Diplomats", "Leaders", "Talks", "Negotiations", "Sources",
         "Adds", "Updates", "Corrects", "Recasts", "Refiles",
         // "H.E. Sok Vannak": His (Her) Excellency, an honorific before the name;
         // "Hon. Rehema Mwakalinga", "the Rt. Hon.", "Capt.": the same.
         "H.E.", "HE", "Hon", "Rt", "Capt", "Maj", "Brig", "Rev", "Amb",
         // "Has Kenya backed down?": a question's auxiliary.
         "Has", "Have", "Had", "Is", "Are", "Was", "Does", "Did"});
    return words;
}

// Words of a portfolio or an office ("Development", "Affairs", "Water",
// "Public Relations"): alone, nobody's name.
const WordSet &portfolioWords()
{
    static const WordSet words = wordSetOf(
        {"Development",   "Affairs",        "Trade",          "Resources",   "Energy",    "Agriculture",
         "Fisheries",     "Irrigation",     "Water",          "Environment", "Finance",   "Health",
         "Education",     "Transport",      "Infrastructure", "Security",    "Defence",   "Defense",
         "Justice",       "Economy",        "Economic",       "Blue",        "Relations", "Public",
         "Procurement",   "Mining",         "Mines",          "Industry",    "Tourism",   "Culture",
         "Labour",        "Labor",          "Planning",       "Housing",     "Works",     "Lands",
         "Forestry",      "Communications", "Information",    "Sanitation",  "Interior",  "Foreign",
         "Social",        "Welfare",        "Youth",          "Sports",      "Commerce",  "Investment",
         "Budget",        "Treasury",       "National",       "Unit",        "Bilateral", "Political",
         "Consultations", "Ferry",          "Cooperation",    "Integration", "Climate",   "Maritime",
         "Regional",      "Rural",          "Natural",        "Food",        "Gender",    "Urban",
         "Local",         "Petroleum",      "Minerals",       "Technology",  "Science",   "Innovation",
         "Livestock",     "Aviation",       "Wildlife",       "Conservation", "Heritage", "Immigration"});
    return words;
}

// Lower-case words inside a name ("Ministry of Defence", "Horn of Africa",
// "Ursula von der Leyen"). Not "and": "Japan and Australia" is two names.
const WordSet &connectors()
{
    static const WordSet words = {
        QStringLiteral("of"),  QStringLiteral("the"), QStringLiteral("for"), QStringLiteral("de"),
        QStringLiteral("da"),  QStringLiteral("dos"), QStringLiteral("van"), QStringLiteral("von"),
        QStringLiteral("al"),  QStringLiteral("bin"), QStringLiteral("der"), QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("du"),  QStringLiteral("del"), QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("den"), QStringLiteral("di")};
    return words;
}

// Lower-case words inside a person's name ("Luís dos Reis", "Omar bin
// Said", "Anke van Dam", "Joost ter Brugge"): the connectors of names,
// not "of", "the", "for".
const WordSet &nameParticles()
{
    static const WordSet words = {QStringLiteral("de"),  QStringLiteral("da"),  QStringLiteral("dos"),
                                  QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("al"),
                                  QStringLiteral("bin"), QStringLiteral("der"), QStringLiteral("la"),
                                  QStringLiteral("le"),  QStringLiteral("du"),  QStringLiteral("del"),
                                  QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("den"),
                                  QStringLiteral("di")};
    return words;
}

// "al-Rawahi", "el-Sisi", "bin-Zayed": a lower-case particle joined by a
// hyphen to a capitalised word, a word of a name.
bool particleName(const QString &w)
{
    // Asked of every lower-case word: the hyphen's place first, no search.
    if (w.size() < 4)
        return false;
    const qsizetype hyphen = w.at(2) == QLatin1Char('-')                    ? 2
                             : w.at(3) == QLatin1Char('-')                  ? 3
                             : w.size() > 5 && w.at(4) == QLatin1Char('-') ? 4
                                                                            : -1;
    if (hyphen < 0 || hyphen + 1 >= w.size() || !w.at(hyphen + 1).isUpper() || !w.front().isLower())
        return false;
    static const QSet<QString> particles = {
        QStringLiteral("al"),  QStringLiteral("el"), QStringLiteral("ad"),  QStringLiteral("an"),
        QStringLiteral("ar"),  QStringLiteral("as"), QStringLiteral("ash"), QStringLiteral("at"),
        QStringLiteral("az"),  QStringLiteral("ud"), QStringLiteral("ul"),  QStringLiteral("bin"),
        QStringLiteral("ibn"), QStringLiteral("abu"), QStringLiteral("bint")};
    return particles.contains(w.first(hyphen));
}

// Last words that make a name a place's ("Senkaku Islands", "Wall Street").
const WordSet &placeWords()
{
    static const WordSet words = wordSetOf(
        {"Island",         "Islands",    "Sea",        "Ocean",   "Gulf",      "Street",    "Square",
         "House",          "Guest",      "Guesthouse", "Palace",  "Hall",      "Centre",    "Center",
         "City",           "Province",   "Region",     "Valley",  "River",     "Lake",      "Mountains",
         "Highlands",      "Bay",        "Strait",     "Straits", "Coast",     "Park",      "Airport",
         "Port",           "Capitol",    "Building",   "Tower",   "Bridge",    "Corridor",  "Peninsula",
         "Desert",         "Plateau",    "Basin",      "Canal",   "Harbour",   "Harbor",    "Avenue",
         "Road",           "Camp",       "Base",       "Field",   "Mine",      "Plant",     "Refinery",
         "Station",        "Stadium",    "Theatre",    "Theater", "Museum",    "Cathedral", "Mosque",
         "Temple",         "County",     "District",   "State",   "Territory", "Oblast",    "Prefecture",
         "Governorate",    "Heights",    "Hills",      "Forest",  "Falls",     "Reef",      "Cape",
         "Sound",          "Residence",  "Villa",   "Castle",    "Embassy",   "Consulate",
         "Compound",       "Zone",       "Sector",     "North",   "South",     "East",      "West",
         "Copperbelt",     "Delta",      "Estuary",    "Lagoon",  "Link",      "Cable",     "Pipeline",
         "Interconnector", "Lakes"});
    return words;
}

// "European Union": "EU", the first letters of its words, each a capital.
QString initialsOf(const QString &name)
{
    QString letters;
    bool wordStart = true;
    for (const QChar c : name) {
        if (wordStart) {
            if (!c.isUpper())
                return QString();
            letters += c;
        }
        wordStart = c == QLatin1Char(' ');
    }
    return letters;
}

} // namespace

EntityFinder::EntityFinder(const Text &source, const QList<Quote> &quoted, const Gazetteer &gazetteer,
                           Extraction &extraction)
    : mentionAtToken(source.tokens.size()), text(source), t(source.t), tokens(source.tokens),
      sentences(source.sentences), quotes(quoted), gz(gazetteer), out(extraction)
{
}

int EntityFinder::addEntity(NodeKind kind, const QString &label, const QString &rule)
{
    if (const auto it = byName.constFind(label); it != byName.constEnd())
        return *it;
    // "KITWE" in the dateline and "Kitwe" later are one place; "UN
    // Security Council" and "U.N. Security Council" one organisation.
    if (kind != NodeKind::Person) {
        const auto withoutPeriods = [](QString name) { return name.remove(QLatin1Char('.')); };
        const bool periods = label.contains(QLatin1Char('.'));
        const QString plain = periods ? withoutPeriods(label) : label;
        for (int i = 0; i < out.entities.size(); ++i) {
            const QString &other = std::as_const(out.entities)[i].label; // const: no detach check each time
            // (Caselessly equal strings are of one length: Qt folds each character to one.)
            if (std::as_const(out.entities)[i].kind == kind &&
                ((other.size() == label.size() && other.compare(label, Qt::CaseInsensitive) == 0) ||
                 ((periods || (other.size() > label.size() && other.contains(QLatin1Char('.')))) &&
                  withoutPeriods(other).compare(plain, Qt::CaseInsensitive) == 0))) {
                // The way the text usually writes it, not the dateline's capitals.
                if (isAllUpper(out.entities[i].label) && !isAllUpper(label)) {
                    out.entities[i].aliases.append(out.entities[i].label);
                    out.entities[i].label = label;
                } else if (other.compare(label, Qt::CaseInsensitive) != 0 &&
                           !out.entities[i].aliases.contains(label)) {
                    out.entities[i].aliases.append(label); // the name written with periods, or without
                }
                byName.insert(label, i);
                return i;
            }
        }
    }
    Entity e;
    e.kind = kind;
    e.label = label;
    e.rule = rule;
    out.entities.append(e);
    const int id = int(out.entities.size()) - 1;
    byName.insert(label, id);
    return id;
}

void EntityFinder::addAlias(int entity, const QString &alias)
{
    Entity &e = out.entities[entity];
    if (alias != e.label && !e.aliases.contains(alias))
        e.aliases.append(alias);
    if (!byName.contains(alias))
        byName.insert(alias, entity);
}

void EntityFinder::addMention(int entity, int first, int end)
{
    Mention m{tokens[first].start, tokens[end - 1].end, entity, first, end};
    mentions.append(m);
    mentionAtToken.insert(first, int(mentions.size()) - 1);
    out.entities[entity].mentions.append(Span{m.start, m.end});
    if (out.entities[entity].kind == NodeKind::Person)
        personMentionOrder.append(int(mentions.size()) - 1);
}

// The person a last name or first name stands for.
int EntityFinder::personBySurname(const QString &name) const
{
    const qsizetype n = name.size();
    // A name of two words or more is no label's one word, nor is one of
    // none; a name of one is looked for at the label's ends only, as the
    // first word (then a space) or the last (after one): no search for
    // the label's spaces (this is asked of every capitalised word).
    if (n > 0 && name.contains(QLatin1Char(' ')))
        return -1;
    if (n > 0) {
        const QStringView rest = QStringView(name).sliced(1);
        // "Eeva-Liisa Haapanen … Her daughter, Katri Haapanen, said …
        // Haapanen entered politics": of two with the surname, the one the
        // text has named more (the first named, on a tie), not the last.
        int found = -1;
        for (int i = int(out.entities.size()) - 1; i >= 0; --i) {
            const Entity &e = std::as_const(out.entities)[i];
            const qsizetype size = e.label.size();
            if (e.kind != NodeKind::Person || size <= n)
                continue;
            const QStringView label(e.label);
            bool match = false;
            if (label.at(size - n - 1) == u' ') {
                const QStringView last = label.sliced(size - n);
                // ("Al-Rawahi" opening a sentence is "al-Rawahi".)
                match = last == name || (last.front().isLower() && name.front().isUpper() &&
                                         last.front() == name.front().toLower() && last.sliced(1) == rest);
                if (match && found >= 0 && e.mentions.size() >= std::as_const(out.entities)[found].mentions.size())
                    found = i;
                else if (match && found < 0)
                    found = i;
                if (match)
                    continue;
            }
            if (label.at(n) == u' ' && label.first(n) == name && found < 0)
                return i;
        }
        return found;
    }
    for (int i = int(out.entities.size()) - 1; i >= 0; --i) {
        const Entity &e = std::as_const(out.entities)[i];
        // A label no longer than the name has no word of it and more (most are not).
        if (e.kind != NodeKind::Person || e.label.size() <= name.size())
            continue;
        // The label's first and last words, without splitting it (asked of every capitalised word).
        const qsizetype firstSpace = e.label.indexOf(QLatin1Char(' '));
        if (firstSpace < 0)
            continue;
        const QStringView label(e.label);
        const QStringView last = label.sliced(e.label.lastIndexOf(QLatin1Char(' ')) + 1);
        if (last == name || label.first(firstSpace) == name)
            return i;
        // "Al-Rawahi" opening a sentence is "al-Rawahi".
        if (last.size() == name.size() && last.front().isLower() && name.front().isUpper() &&
            last.front() == name.front().toLower() && last.sliced(1) == QStringView(name).sliced(1))
            return i;
    }
    return -1;
}

// "Arancibia said" after "Paula Arancibia Ortega": in Spanish and
// Portuguese names of a given name and two surnames, the first surname
// alone stands for the person. The second of three or more capitalised
// words, when one person's name alone has it there.
int EntityFinder::personByFirstOfTwoSurnames(const QString &name) const
{
    // The label's second word, between its first space and the next: no
    // such word has a space in it.
    const qsizetype n = name.size();
    if (name.contains(QLatin1Char(' ')))
        return -1;
    int found = -1;
    for (int i = 0; i < int(out.entities.size()); ++i) {
        const Entity &e = std::as_const(out.entities)[i];
        // (The name between two spaces at least: a shorter label is passed by before looking.)
        if (e.kind != NodeKind::Person || e.label.size() < n + 2)
            continue;
        // The name right after the first space, and a space right after it
        // (no counting of the label's spaces, nor a search for the second).
        const QStringView label(e.label);
        const qsizetype from = label.indexOf(u' ') + 1;
        if (from == 0 || from + n >= label.size() || label.at(from + n) != u' ' || label.sliced(from, n) != name)
            continue;
        if (found >= 0)
            return -1; // two people have it: neither is meant for sure
        found = i;
    }
    return found;
}

// The person whose name ends in these words and has more before them
// ("Salas Rivera" of "Hugo Salas Rivera").
int EntityFinder::personBySurnames(const QString &words) const
{
    for (int i = int(out.entities.size()) - 1; i >= 0; --i) {
        const Entity &e = std::as_const(out.entities)[i];
        if (e.kind == NodeKind::Person && e.label.size() > words.size() + 1 && e.label.endsWith(words) &&
            e.label.at(e.label.size() - words.size() - 1) == QLatin1Char(' '))
            return i;
    }
    return -1;
}

// Title words at [first, end): the longest title, and where it ends.
int EntityFinder::titleEnd(int first, int end) const
{
    // "Presidents Jean-Marc Ahoua and Ibrahim Zongo": a title's plural, in
    // capitals, right before names (the lower-case "presidents of A and B",
    // "the Council of Ministers of Finance of Central America" name nobody).
    // ("EAC Heads of State": "Head of State", with its words.)
    if (first + 1 < end) {
        const QString &w = tokens[first].text;
        if (w.size() > 3 && startsUpper(w) && w.endsWith(QLatin1Char('s')) && !gz.startsTitle(w)) {
            for (int k = std::min(end, first + 3); k > first + 1; --k) {
                if (gz.isTitle(w.chopped(1) + QLatin1Char(' ') + text.words(first + 1, k)))
                    return k;
            }
            if (startsUpper(tokens[first + 1].text) && gz.isTitle(QStringView(w).chopped(1)))
                return first + 1;
        }
    }
    if (first >= end || !gz.startsTitle(tokens[first].text))
        return -1;
    int best = -1;
    for (int k = first + 1; k <= std::min(end, first + gz.longestTitleWords()); ++k) {
        // text.words(first, k), not copied
        const QStringView phrase = QStringView(t).sliced(tokens[first].start, tokens[k - 1].end - tokens[first].start);
        if (gz.isTitle(phrase))
            best = k;
        if (!gz.startsLongerTitle(phrase))
            break; // no title goes on from these words: none longer to find
    }
    return best;
}

void EntityFinder::findNames()
{
    // A headline says "Rutte meets Trump" before the body has said who
    // Rutte and Trump are: its names are read after the body's.
    const int bodyStart = text.bodySentence > 0 ? sentences[text.bodySentence].firstToken : 0;
    findTranscriptLabels();
    findNamesIn(bodyStart, int(tokens.size()));
    // A live blog, newest first, or a lede that names someone by surname
    // before the paragraph that gives the full name: the surname read
    // before is that person's, when one person has it.
    bool later = false;
    for (const int k : std::as_const(laterSurnames)) {
        const QString &name = tokens[k].text;
        const int person = personBySurname(name);
        if (person < 0 || mentionAtToken.contains(k))
            continue;
        const QString surname = QLatin1Char(' ') + name;
        const auto same = std::count_if(out.entities.cbegin(), out.entities.cend(), [&](const Entity &e) {
            return e.kind == NodeKind::Person && e.label.endsWith(surname);
        });
        if (same != 1 || !std::as_const(out.entities)[person].label.endsWith(surname))
            continue;
        addAlias(person, name);
        addMention(person, k, k + 1);
        later = true;
    }
    if (bodyStart > 0 || later) {
        if (bodyStart > 0)
            findNamesIn(0, bodyStart);
        std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
        mentionAtToken.clear();
        personMentionOrder.clear();
        for (int i = 0; i < mentions.size(); ++i) {
            mentionAtToken.insert(mentions[i].firstToken, i);
            if (std::as_const(out.entities)[mentions[i].entity].kind == NodeKind::Person)
                personMentionOrder.append(i);
        }
        for (Entity &e : out.entities)
            std::sort(e.mentions.begin(), e.mentions.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    }
    mergeAcronymsDefinedLater();
    bodiesOfAcronyms();
    titlesSetOff();
    titlesInApposition();
    learnGenders();
}

// "the Prime Minister of Hungary, Zoltán Kerekes": a title of a country
// set off before a name is that person's, and the country the title's.
void EntityFinder::titlesSetOff()
{
    for (const int index : std::as_const(personMentionOrder)) {
        const Mention &m = std::as_const(mentions)[index];
        const int last = m.firstToken - 1; // the country's last word, the comma after it
        if (last < 4 || tokens[last].sentence != tokens[m.firstToken].sentence || !text.commaBetween(last, m.firstToken))
            continue;
        int of = last;
        while (of > 0 && last - of < 4 && startsUpper(tokens[of].text))
            --of;
        if (of == last || tokens[of].text != QLatin1String("of"))
            continue;
        const QString country = gz.country(text.words(of + 1, last + 1));
        if (country.isEmpty() || gz.isDemonym(text.words(of + 1, last + 1)))
            continue;
        // ("the Minister of Foreign Affairs and Trade of New Zealand": a
        // title word after "the" opens it, a portfolio may follow.)
        int titleStart = of;
        while (titleStart - 1 >= 0 && of - titleStart < 8 &&
               tokens[titleStart - 1].sentence == tokens[m.firstToken].sentence &&
               (startsUpper(tokens[titleStart - 1].text) || isOneOf(tokens[titleStart - 1].text, {"of", "and", "for"})))
            --titleStart;
        while (titleStart < of && !startsUpper(tokens[titleStart].text))
            ++titleStart;
        if (titleStart == of || titleStart < 1 || !lowerEquals(tokens[titleStart - 1].text, u"the"))
            continue;
        int titleWords = titleStart;
        while (titleWords < of && !gz.isTitle(text.words(titleStart, titleWords + 1)))
            ++titleWords;
        if (titleWords == of)
            continue;
        const QString title = text.words(titleStart, of);
        const int countryEntity = addEntity(NodeKind::Country, country, QStringLiteral("ISO 3166 name"));
        Entity &person = out.entities[m.entity];
        // Its title: this one, or the shorter one it was given ("Minister
        // Tautahi") now known to be of that country.
        if (person.title.isEmpty() || title.contains(person.title, Qt::CaseInsensitive)) {
            if (person.titleOf < 0)
                person.titleOf = countryEntity;
            if (person.titleOf == countryEntity)
                person.title = title;
        }
    }
}

// "the Minister of Agriculture, Forestry and Fisheries, H.E. Sok Vannak",
// "Thailand's Minister of Agriculture and Cooperatives, H.E. Wanchai
// Srisuk": a title set off before a name by a comma, opened by "the" or a
// country's possessive, is the person's (the country the title's), when
// the name brought none.
void EntityFinder::titlesInApposition()
{
    static const WordSet honorifics = {QStringLiteral("H.E."), QStringLiteral("Dr"),   QStringLiteral("Dr."),
                                       QStringLiteral("Mr"),   QStringLiteral("Mr."),  QStringLiteral("Ms"),
                                       QStringLiteral("Ms."),  QStringLiteral("Mrs"),  QStringLiteral("Mrs."),
                                       QStringLiteral("Prof."), QStringLiteral("Hon."), QStringLiteral("Hon")};
    // "Foreign Minister Elchin Gasimov of Azerbaijan": the country after
    // the name is the title's.
    for (const int index : std::as_const(personMentionOrder)) {
        const Mention &m = std::as_const(mentions)[index];
        const Entity &person = std::as_const(out.entities)[m.entity];
        if (person.title.isEmpty() || person.titleOf >= 0 || insideQuote(m.start) || m.endToken + 1 >= tokens.size() ||
            tokens[m.endToken].text != QLatin1String("of") || !text.adjacent(m.endToken - 1, m.endToken) ||
            !text.adjacent(m.endToken, m.endToken + 1))
            continue;
        for (int to = std::min<int>(int(tokens.size()), m.endToken + 4); to > m.endToken + 1; --to) {
            if (tokens[to - 1].sentence != tokens[m.endToken].sentence)
                continue;
            const QString words = text.words(m.endToken + 1, to);
            const QString name = gz.country(words);
            if (name.isEmpty() || gz.isDemonym(words))
                continue;
            const int country = addEntity(NodeKind::Country, name, QStringLiteral("ISO 3166 name"));
            out.entities[m.entity].titleOf = country;
            break;
        }
    }
    for (const int index : std::as_const(personMentionOrder)) {
        const Mention &m = std::as_const(mentions)[index];
        if (!std::as_const(out.entities)[m.entity].title.isEmpty() || insideQuote(m.start))
            continue;
        const int sentence = tokens[m.firstToken].sentence;
        int last = m.firstToken - 1;
        while (last > 0 && honorifics.contains(tokens[last].text) && text.adjacent(last, last + 1))
            --last;
        if (last < 2 || tokens[last].sentence != sentence || !text.commaBetween(last, last + 1))
            continue;
        // Back over the title's words: capitalised, or "of", "for", "and",
        // "the"; a comma only between two capitalised words.
        int opening = -1;
        for (int j = last; j >= 1 && last - j < 10 && tokens[j].sentence == sentence; --j) {
            const QString &w = tokens[j].text;
            if (!startsUpper(w) && !isOneOf(w, {"of", "for", "and", "the"}))
                break;
            if (j < last && !text.adjacent(j, j + 1) &&
                !(text.commaBetween(j, j + 1) && startsUpper(w) && startsUpper(tokens[j + 1].text)))
                break;
            if (!startsUpper(w) || !gz.startsTitle(w) || titleEnd(j, last + 1) < 0)
                continue;
            if ((lowerEquals(tokens[j - 1].text, u"the") && text.adjacent(j - 1, j)) || possessiveBefore(j))
                opening = j;
        }
        if (opening < 0)
            continue;
        int country = -1;
        if (!lowerEquals(tokens[opening - 1].text, u"the")) {
            const QString name = possessiveCountryBefore(opening);
            if (name.isEmpty())
                continue; // an organisation's, a person's: not read here
            country = addEntity(NodeKind::Country, name, QStringLiteral("ISO 3166 name"));
        } else {
            // "the Minister of Agriculture of the United Republic of
            // Tanzania,": the country the title ends with.
            for (int of = opening + 1; of < last && country < 0; ++of) {
                if (tokens[of].text != QLatin1String("of"))
                    continue;
                const QString name = gz.country(text.words(of + 1, last + 1));
                if (!name.isEmpty() && !gz.isDemonym(text.words(of + 1, last + 1)))
                    country = addEntity(NodeKind::Country, name, QStringLiteral("ISO 3166 name"));
            }
        }
        Entity &person = out.entities[m.entity];
        person.title = t.mid(tokens[opening].start, tokens[last].end - tokens[opening].start);
        person.titleOf = country;
    }
}

// "The ISA Council" after "the International Seabed Authority (ISA)": an
// organisation named by another's acronym and a word is known also by that
// one's full name and the word ("International Seabed Authority Council").
void EntityFinder::bodiesOfAcronyms()
{
    for (int i = 0; i < out.entities.size(); ++i) {
        Entity &body = out.entities[i];
        const qsizetype space = body.label.indexOf(QLatin1Char(' '));
        if (body.kind != NodeKind::Organization || space <= 0 || !isAcronym(body.label.left(space)))
            continue;
        const QString acronym = body.label.left(space);
        for (int j = 0; j < out.entities.size(); ++j) {
            const Entity &whole = out.entities[j];
            if (j == i || whole.kind != NodeKind::Organization || whole.label == acronym ||
                !whole.aliases.contains(acronym))
                continue;
            const QString full = whole.label + body.label.mid(space);
            if (!body.aliases.contains(full))
                body.aliases.append(full);
            break;
        }
    }
}

// "the JPC" paragraphs before "the … Joint Permanent Commission (JPC)": an
// acronym taken for an organisation of its own before the text defined it
// is the organisation it defines; its mentions go to that one, and it goes.
// So is one whose letters begin the words of the one organisation the text
// names so, its words all capitalised ("EU", "European Union").
void EntityFinder::mergeAcronymsDefinedLater()
{
    QList<int> into(out.entities.size(), -1);
    bool any = false;
    for (int a = 0; a < out.entities.size(); ++a) {
        const Entity &acronym = std::as_const(out.entities)[a];
        if (acronym.kind != NodeKind::Organization || !acronym.aliases.isEmpty() || !isAcronym(acronym.label))
            continue;
        int initialled = -1; // "EU" and "European Union": the one organisation of those initials
        bool twice = false;
        for (int b = 0; b < out.entities.size(); ++b) {
            const Entity &named = std::as_const(out.entities)[b];
            if (b == a || named.kind != NodeKind::Organization)
                continue;
            if (named.aliases.contains(acronym.label)) {
                into[a] = b;
                any = true;
                break;
            }
            if (named.label.size() > acronym.label.size() && named.label.count(QLatin1Char(' ')) + 1 == acronym.label.size() &&
                initialsOf(named.label) == acronym.label) {
                twice = initialled >= 0;
                initialled = b;
            }
        }
        if (into[a] < 0 && initialled >= 0 && !twice) {
            into[a] = initialled;
            out.entities[initialled].aliases.append(acronym.label);
            any = true;
        }
    }
    if (!any)
        return;
    // New indices: the merged ones gone, the rest in order.
    QList<int> renumber(out.entities.size(), -1);
    int next = 0;
    for (int i = 0; i < out.entities.size(); ++i) {
        if (into[i] < 0)
            renumber[i] = next++;
    }
    for (int i = 0; i < out.entities.size(); ++i) {
        if (into[i] >= 0) {
            renumber[i] = renumber[into[i]];
            out.entities[into[i]].mentions += out.entities[i].mentions;
        }
    }
    QList<Entity> kept;
    kept.reserve(next);
    for (int i = 0; i < out.entities.size(); ++i) {
        if (into[i] >= 0)
            continue;
        Entity e = std::move(out.entities[i]);
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
        if (e.titleOf >= 0)
            e.titleOf = renumber[e.titleOf];
        kept.append(std::move(e));
    }
    out.entities = std::move(kept);
    for (Mention &m : mentions)
        m.entity = renumber[m.entity];
    byName = WordHash<int>();
    for (int i = 0; i < out.entities.size(); ++i)
        byName.insert(out.entities[i].label, i);
    for (int i = 0; i < out.entities.size(); ++i) {
        for (const QString &alias : std::as_const(out.entities[i].aliases)) {
            if (!byName.contains(alias))
                byName.insert(alias, i);
        }
    }
}

// "Ruth Amani, on her second visit to the port, met …", "Solis said his
// ministry …": a possessive after a person, with nobody named between
// them in the sentence, is that person's, and says whether "he" or "she"
// can stand for them. Not "told her that", "thanked her for" (an object,
// someone else), nor a name after a preposition ("with Ruiz and her
// team" is too loose to say).
void EntityFinder::learnGenders()
{
    // "Mr Tolland", "Ms Brisk": an honorific (in the name's mention or
    // right before it) tells the gender first, surer than any possessive.
    const auto honorific = [&](int k) {
        const QString &w = tokens[k].text;
        if (w.size() < 2 || w.size() > 6 || !w.front().isUpper())
            return QString();
        if (isOneOf(w, {"Mr", "Sir", "Lord", "Monsieur"}))
            return QStringLiteral("m");
        if (isOneOf(w, {"Mrs", "Ms", "Miss", "Dame", "Lady", "Madame"}))
            return QStringLiteral("f");
        return QString();
    };
    for (const int index : std::as_const(personMentionOrder)) {
        const Mention &m = std::as_const(mentions)[index];
        if (gender.contains(m.entity))
            continue;
        QString g = honorific(m.firstToken);
        if (g.isEmpty() && m.firstToken > 0 && text.adjacent(m.firstToken - 1, m.firstToken))
            g = honorific(m.firstToken - 1);
        if (!g.isEmpty())
            gender.insert(m.entity, g);
    }
    // Then the pronouns of the sentences that name them: "Pires, who has
    // fished here for forty years, is not sure he wants either" and "Lund
    // said her ministry …" each count once, and the more told wins (the
    // first told on a tie): "Pires watched her convoy leave" does not
    // outvote all that came before.
    QHash<int, int> masculine; // person -> pronouns "he", "his" … less "she", "her" …
    QList<int> told;           // the persons in the order a pronoun first told of them
    QHash<int, bool> firstFeminine;
    auto next = personMentionOrder.cbegin();
    int last = -1; // the person mention nearest before the token
    for (int j = 0; j < tokens.size(); ++j) {
        while (next != personMentionOrder.cend() && std::as_const(mentions)[*next].start < tokens[j].start)
            last = *next++;
        const QString &w = tokens[j].text;
        if (last < 0 || w.size() < 2 || w.size() > 7 || (w.front() != QLatin1Char('h') && w.front() != QLatin1Char('s')) ||
            !isOneOf(w, {"his", "her", "himself", "herself", "he", "she"}))
            continue;
        const Mention &m = std::as_const(mentions)[last];
        if (tokens[m.firstToken].sentence != tokens[j].sentence || insideQuote(tokens[j].start) ||
            insideQuote(m.start) || notSubject(m))
            continue;
        // "Serkan Öztürk, her opposite number,": an aside's possessive right
        // after the name is someone else's.
        if (m.endToken == j && QStringView(t).mid(m.end, tokens[j].start - m.end) == QLatin1String(", "))
            continue;
        if (w == QLatin1String("her")) {
            // Possessive only: a word of its own follows, not a function word or a stop
            // ("answered her within the hour", "called her again": an object).
            if (j + 1 >= tokens.size() || tokens[j + 1].sentence != tokens[j].sentence || !text.adjacent(j, j + 1) ||
                isOneOf(tokens[j + 1].text, {"the", "a", "an", "that", "to", "and", "or", "but", "for", "with", "of",
                                             "in", "on", "at", "by", "about", "as", "if", "this", "it", "not", "so",
                                             "into", "from", "over", "after", "before", "when", "what", "how",
                                             "within", "during", "since", "until", "through", "across", "against",
                                             "without", "among", "again", "twice", "directly", "personally", "up",
                                             "off", "while", "because", "then", "too", "also", "yesterday", "today",
                                             "whether", "who", "why", "where"}))
                continue;
        }
        // "Boateng met Asante-Mensah and other union leaders at her
        // ministry": the one met, after the sentence's subject, is not
        // whose the possessive is.
        if (isObject(m)) {
            bool subjectBefore = false;
            for (auto it = std::prev(next); it != personMentionOrder.cbegin() && !subjectBefore;) {
                const Mention &before = std::as_const(mentions)[*--it];
                if (tokens[before.firstToken].sentence != tokens[j].sentence)
                    break;
                subjectBefore = before.entity != m.entity && !insideQuote(before.start) && !notSubject(before) &&
                                !isObject(before);
            }
            if (subjectBefore)
                continue;
        }
        // "he" or "she" only after a name that opens the sentence, its
        // subject ("Pires, who …, is not sure he wants either"); not "she
        // travelled with Sichilima to Abu Dhabi, where, she told the court".
        // Nor "Sichilima was in Johannesburg, she said": a saying set in
        // is the reporter's source's.
        if ((w == QLatin1String("he") || w == QLatin1String("she")) &&
            ((m.firstToken > 0 && tokens[m.firstToken - 1].sentence == tokens[m.firstToken].sentence) ||
             (j + 1 < tokens.size() && gz.isSpeechVerb(tokens[j + 1].text))))
            continue;
        if (gender.contains(m.entity))
            continue;
        const bool feminine = w.startsWith(QLatin1String("her")) || w == QLatin1String("she");
        if (!masculine.contains(m.entity)) {
            told.append(m.entity);
            firstFeminine.insert(m.entity, feminine);
        }
        masculine[m.entity] += feminine ? -1 : 1;
    }
    // "Lyberth said in a statement that …. He also warned that …": a
    // sentence opened by "He" or "She" right after one that opens with the
    // only person it names is about that person.
    for (int si = 1; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        const Sentence &before = sentences[si - 1];
        if (s.firstToken >= s.endToken || before.paragraph != s.paragraph ||
            !isOneOf(tokens[s.firstToken].text, {"He", "She"}) || insideQuote(tokens[s.firstToken].start))
            continue;
        auto it = std::lower_bound(personMentionOrder.cbegin(), personMentionOrder.cend(), before.start,
                                   [&](int index, qsizetype pos) { return std::as_const(mentions)[index].start < pos; });
        if (it == personMentionOrder.cend() || std::as_const(mentions)[*it].firstToken != before.firstToken)
            continue;
        const int person = std::as_const(mentions)[*it].entity;
        bool alone = true;
        for (; it != personMentionOrder.cend() && std::as_const(mentions)[*it].start < before.end && alone; ++it)
            alone = std::as_const(mentions)[*it].entity == person || insideQuote(std::as_const(mentions)[*it].start);
        if (!alone || gender.contains(person))
            continue;
        const bool feminine = tokens[s.firstToken].text == QLatin1String("She");
        if (!masculine.contains(person)) {
            told.append(person);
            firstFeminine.insert(person, feminine);
        }
        masculine[person] += feminine ? -1 : 1;
    }
    for (const int person : std::as_const(told)) {
        const int lead = masculine.value(person);
        const bool feminine = lead < 0 || (lead == 0 && firstFeminine.value(person));
        gender.insert(person, feminine ? QStringLiteral("f") : QStringLiteral("m"));
    }
}

// "RUDO CHIKWANHA, ANCHOR:", "SHARON MASVINGO, CROSS-BORDER TANKER
// DRIVERS' UNION (SOUNDBITE):": a transcript's speaker label names a person
// (in capitals, shown in the case of names); its role and its qualifier
// name no one of their own.
void EntityFinder::findTranscriptLabels()
{
    const QRegularExpression &label = transcriptLabel();
    for (qsizetype line = 0; line < t.size();) {
        qsizetype end = t.indexOf(QLatin1Char('\n'), line);
        if (end < 0)
            end = t.size();
        const QStringView opening = QStringView(t).mid(line, std::min<qsizetype>(120, end - line));
        if (mayOpenWithTranscriptLabel(opening)) {
            if (const QRegularExpressionMatch m = matchIn(label, opening); m.hasMatch()) {
                const int first = text.tokenAtOrAfter(line + m.capturedStart(1));
                const int nameEnd = text.tokenAtOrAfter(line + m.capturedEnd(1));
                const int labelEnd = text.tokenAtOrAfter(line + m.capturedEnd(0));
                const QString name = m.captured(1);
                // "CS KAMAU:": a title, then the surname the body names in
                // full; the whole label names no one of its own.
                const bool titled = labelNameWithoutTitle(name) != name;
                // One word ("HAUGLAND:") is a surname the body names in full,
                // and "A" the interviewee: no name of their own here.
                if (nameEnd - first >= 2 && isAllUpper(name) && !titled) {
                    QString shown = name.toLower();
                    for (qsizetype i = 0; i < shown.size(); ++i) {
                        if (i == 0 || shown.at(i - 1) == QLatin1Char(' ') || shown.at(i - 1) == QLatin1Char('-') ||
                            shown.at(i - 1) == QLatin1Char('\'') || shown.at(i - 1) == QChar(0x2019))
                            shown[i] = shown.at(i).toUpper();
                    }
                    labelNames.insert(first, {nameEnd, shown});
                }
                // (A one-word name is read as any name is; its role is skipped.)
                for (int k = nameEnd - first >= 2 || titled ? first : nameEnd; k < labelEnd; ++k)
                    labelUntil.insert(k, labelEnd);
            }
        }
        line = end + 1;
    }
}

void EntityFinder::findNamesIn(int from, int to)
{
    int k = from;
    while (k < to) {
        if (const auto named = labelNames.constFind(k); named != labelNames.constEnd()) {
            const int person = addEntity(NodeKind::Person, named->second, QStringLiteral("speaker label of a transcript"));
            addMention(person, k, named->first);
            k = labelUntil.value(k, named->first);
            continue;
        }
        if (const auto inLabel = labelUntil.constFind(k); inLabel != labelUntil.constEnd()) {
            k = *inLabel;
            continue;
        }
        if (!startsUpper(tokens[k].text) && !isAcronym(tokens[k].text) && !particleName(tokens[k].text)) {
            // "… dos Santos Lima said" after "Paulo dos Santos Lima": a
            // particle of names and the capitalised words after it that end
            // a known person's name are that person.
            // "… van der Meer said": two particles (the capital looked at first).
            int second = -1;
            if (k + 1 < to && startsUpper(tokens[k + 1].text))
                second = k + 1;
            else if (k + 2 < to && startsUpper(tokens[k + 2].text) && nameParticles().contains(tokens[k + 1].text) &&
                     text.adjacent(k + 1, k + 2))
                second = k + 2;
            if (second > 0 && text.adjacent(k, k + 1) && nameParticles().contains(tokens[k].text)) {
                int end = second + 1;
                while (end < to && text.adjacent(end - 1, end) && startsUpper(tokens[end].text))
                    ++end;
                const QString words = text.words(k, end);
                if (const int person = personBySurnames(words); person >= 0) {
                    addAlias(person, words);
                    addMention(person, k, end);
                    k = end;
                    continue;
                }
            }
            ++k;
            continue;
        }
        // The run of capitalised words, with "of", "the", "al-" … inside.
        int end = k + 1;
        // "Copperbelt Miners' Federation": a plural possessive inside a name.
        const auto pluralPossessive = [&](int a, int b) {
            const qsizetype gap = tokens[b].start - tokens[a].end;
            return gap == 2 && tokens[a].sentence == tokens[b].sentence &&
                   tokens[a].text.endsWith(QLatin1Char('s')) &&
                   (t.at(tokens[a].end) == QLatin1Char('\'') || t.at(tokens[a].end) == QChar(0x2019)) &&
                   t.at(tokens[a].end + 1) == QLatin1Char(' ') && startsUpper(tokens[b].text) && a > k;
        };
        // "Panhellenic Seamen's Federation", "Nordic Women's Council": so is an
        // irregular plural's ("-men", "People", "Children") with "'s".
        const auto irregularPossessive = [&](int a, int b) {
            const QString &w = tokens[a].text;
            const qsizetype at = tokens[a].end;
            return tokens[b].start - at == 3 && tokens[a].sentence == tokens[b].sentence && a > k &&
                   (w.endsWith(QLatin1String("men")) || w == QLatin1String("People") ||
                    w == QLatin1String("Children")) &&
                   (t.at(at) == QLatin1Char('\'') || t.at(at) == QChar(0x2019)) && t.at(at + 1) == QLatin1Char('s') &&
                   t.at(at + 2) == QLatin1Char(' ') && startsUpper(tokens[b].text);
        };
        // "Democratic Republic of the Congo": words from k (past an opening
        // "The") to `to` that are a country's name.
        const auto countryGoesOn = [&](int a, int b) {
            if (b > tokens.size() || !text.adjacent(b - 2, b - 1))
                return false;
            if (commonCapitalised().contains(tokens[a].text))
                ++a;
            return gz.startsCountry(tokens[a].text) && !gz.country(text.words(a, b)).isEmpty();
        };
        while (end < tokens.size() &&
               (text.adjacent(end - 1, end) || pluralPossessive(end - 1, end) || irregularPossessive(end - 1, end))) {
            const QString &w = tokens[end].text;
            if (startsUpper(w) || isAcronym(w) || particleName(w)) {
                ++end;
            } else if (isOneOf(tokens[end - 1].text, {"Local", "Lodge"}) && end - 1 > k &&
                       std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); })) {
                ++end; // "Amalgamated Transit Union Local 1505": a union's local by its number
                break;
            } else if (w == QLatin1String("of") && end + 1 < tokens.size() && text.adjacent(end, end + 1) &&
                       tokens[end + 1].text.front().isDigit() && gz.isOrganizationWord(tokens[end - 1].text) &&
                       std::all_of(tokens[end + 1].text.cbegin(), tokens[end + 1].text.cend(),
                                   [](QChar c) { return c.isDigit(); })) {
                end += 2; // "Group of 20": a number after "of" ends the name
            } else if (w == QLatin1String("of") && nameBeforeOfCountry(k, end)) {
                break; // "President Marta Quispe of Bolivia": the person, then the country
            } else if (w == QLatin1String("for") && nameBeforeForOrganization(k, end)) {
                break; // "spoke to Jane Doe for Harbour Radio": the person, then whom she works for
            } else if (connectors().contains(w) && end + 1 < tokens.size() && text.adjacent(end, end + 1) &&
                       startsUpper(tokens[end + 1].text)) {
                end += 2;
            } else if (w == QLatin1String("and") && end + 1 < tokens.size() && text.adjacent(end, end + 1) &&
                       gz.startsCountry(tokens[k].text) && startsUpper(tokens[end + 1].text) &&
                       !gz.country(text.words(k, end + 2)).isEmpty()) {
                end += 2; // "Bosnia and Herzegovina", "Trinidad and Tobago": one country
            } else if (w == QLatin1String("and") && end + 1 < tokens.size() && text.adjacent(end, end + 1) &&
                       gz.isOrganizationWord(tokens[end + 1].text) &&
                       !(end + 2 < tokens.size() && text.adjacent(end + 1, end + 2) &&
                         startsUpper(tokens[end + 2].text))) {
                end += 2; // "Tarnow Copper and Steel": a company's trade ends its name; not "Mines and
                          // Energy Minister"
            } else if (w == QLatin1String("and") && end - k >= 3 && portfolioWords().contains(tokens[end - 1].text) &&
                       [&] {
                           // "Council for Foreign and Community Relations", "Ministry of Foreign and European
                           // Affairs": a body's word, "for" or "of", then portfolio words on both sides of "and".
                           int of = end - 1;
                           while (of > k && portfolioWords().contains(tokens[of].text))
                               --of;
                           if (of <= k || !isOneOf(tokens[of].text, {"for", "of", "on"}) ||
                               !gz.isOrganizationWord(tokens[of - 1].text))
                               return false;
                           int j = end + 1;
                           while (j < tokens.size() && j - end <= 3 && text.adjacent(j - 1, j) &&
                                  startsUpper(tokens[j].text))
                               ++j;
                           return j - end >= 2 && portfolioWords().contains(tokens[j - 1].text) &&
                                  !(j < tokens.size() && text.adjacent(j - 1, j) && startsUpper(tokens[j].text));
                       }()) {
                end += 1;
                while (end < tokens.size() && text.adjacent(end - 1, end) && startsUpper(tokens[end].text))
                    ++end;
            } else if (w == QLatin1String("and") && end - k >= 2 && !gz.isTitle(tokens[end - 1].text) &&
                       [&] {
                           // "Takoradi Ports and Inland Waterways Authority": up to four capitalised words
                           // after "and", the last an organisation's word, then no other capital;
                           // a plural possessive among them ("… and Track Layers' Union").
                           int j = end + 1;
                           while (j < tokens.size() && j - end <= 4 &&
                                  (text.adjacent(j - 1, j) || (j > end + 1 && pluralPossessive(j - 1, j))) &&
                                  startsUpper(tokens[j].text))
                               ++j;
                           return j - end >= 3 && gz.isOrganizationWord(tokens[j - 1].text) &&
                                  !(j < tokens.size() && text.adjacent(j - 1, j) && startsUpper(tokens[j].text));
                       }()) {
                end += 1;
                while (end < tokens.size() && text.adjacent(end - 1, end) && startsUpper(tokens[end].text))
                    ++end;
            } else if (connectors().contains(w) && connectors().contains(tokens[end + 1].text) &&
                       end + 2 < tokens.size() && text.adjacent(end, end + 1) &&
                       text.adjacent(end + 1, end + 2) && startsUpper(tokens[end + 2].text) &&
                       !commonCapitalised().contains(tokens[end + 2].text) &&
                       (gz.isOrganizationWord(tokens[end - 1].text) || countryGoesOn(k, end + 3) ||
                        (nameParticles().contains(w) && nameParticles().contains(tokens[end + 1].text)))) {
                end += 3; // "Organization of the Petroleum Exporting Countries", "Democratic Republic of the
                          // Congo", "Pieter van der Meer" (two particles of names), not "Denise Okafor of
                          // the Union"
            } else {
                break;
            }
        }
        int first = k;
        // Sentence-initial words like "The", "After", "However".
        const auto common = [&](const QString &w) {
            return commonCapitalised().contains(w) ||
                   (w.endsWith(QLatin1Char('.')) && commonCapitalised().contains(w.chopped(1)));
        };
        // Not the first word of a country's or a place's name ("New
        // Zealand Prime Minister Helen Ward", "New Delhi").
        const auto namesCountryOrPlace = [&](int a) {
            if (!gz.startsCountry(tokens[a].text) && !tokens[a].text.startsWith(QLatin1String("New")))
                return false;
            for (int b = std::min(end, a + 4); b > a + 1; --b) {
                const QString words = text.words(a, b);
                if (!gz.country(words).isEmpty() || gz.isPlaceName(words))
                    return true;
            }
            return false;
        };
        while (first < end && common(tokens[first].text) &&
               !(first + 1 < end && gz.isTitle(tokens[first].text)) && !namesCountryOrPlace(first))
            ++first;
        // "Members of Amalgamated Transit Union Local 1505 walked off the
        // job": the members are of the organisation, not in its name.
        if (first + 2 < end && isOneOf(tokens[first].text, {"Members", "Workers", "Employees", "Staff", "Supporters"}) &&
            tokens[first + 1].text == QLatin1String("of"))
            first += 2;
        // "Minister of Youth and Sports Murat Aydoğan", "Minister for
        // Climate, Energy and the Environment Gráinne Sheehy": after "and"
        // (and "the"), the rest of a portfolio begun by a title and "of" or
        // "for"; of its words only the last two can be a name, and none of
        // two words or fewer ("… and Economic Relations,").
        // Not "… and Fathi al-Mabrouk, Libya's minister of water resources,":
        // words described after a comma by a title in lower case (after a
        // possessive, or "the", "a") are someone's name.
        const auto describedAfter = [&] {
            const qsizetype after = tokens[end - 1].end;
            if (end + 1 >= tokens.size() || tokens[end].sentence != tokens[end - 1].sentence ||
                QStringView(t).mid(after, tokens[end].start - after) != QLatin1String(", "))
                return false;
            const QString &next = tokens[end].text;
            if (isOneOf(next, {"the", "a", "an"})) {
                for (int j = end + 1; j < std::min<qsizetype>(tokens.size(), end + 5) && text.adjacent(j - 1, j) &&
                                      tokens[j].text.front().isLower();
                     ++j) {
                    if (gz.isTitle(tokens[j].text))
                        return true;
                }
                return false;
            }
            const qsizetype at = tokens[end].end;
            if (!startsUpper(next) || at + 2 >= t.size() || !isApostrophe(t.at(at)) || t.at(at + 1) != QLatin1Char('s'))
                return false;
            const int word = text.tokenAtOrAfter(at + 2);
            return word < tokens.size() && tokens[word].sentence == tokens[end].sentence &&
                   tokens[word].text.front().isLower() && gz.isTitle(tokens[word].text);
        };
        // "Minister of Fisheries and Coastal Resources Development, Jone
        // Nata,": the portfolio ends at a comma with a name set off by commas
        // after it, and none of its words is a name.
        const auto nameSetOffAfter = [&] {
            if (end >= tokens.size() || tokens[end].sentence != tokens[end - 1].sentence ||
                QStringView(t).mid(tokens[end - 1].end, tokens[end].start - tokens[end - 1].end) !=
                    QLatin1String(", "))
                return false;
            int j = end + 1;
            while (j < tokens.size() && j - end < 4 && text.adjacent(j - 1, j) && startsUpper(tokens[j].text))
                ++j;
            return j - end >= 2 && startsUpper(tokens[end].text) && tokens[j - 1].end < t.size() &&
                   t.at(tokens[j - 1].end) == QLatin1Char(',');
        };
        if (first < end && first == k && continuesPortfolio(first) && !describedAfter()) {
            if ((end - first <= 2 || nameSetOffAfter()) && byName.value(text.words(first, end), -1) < 0) {
                k = end;
                continue;
            }
            first = end - 2;
        }
        // "Sigrun Haaland of Nordvik Bank asked", "Kofi Asante of Gold Coast
        // Mining": two or three words of a name, none an organisation's, a
        // title, a country's or a place's, then "of" and an organisation's
        // name: someone of that organisation, not one name.
        if (const int of = first + 2 < end && tokens[first + 2].text == QLatin1String("of")       ? first + 2
                           : first + 3 < end && tokens[first + 3].text == QLatin1String("of") ? first + 3
                                                                                               : -1;
            of > 0) {
            bool name = true;
            for (int w = first; w < of && name; ++w) {
                const QString &word = tokens[w].text;
                name = startsUpper(word) && !gz.isOrganizationWord(word) && !gz.isTitle(word) &&
                       gz.country(word).isEmpty() && !gz.isDemonym(word) && !gz.isPlaceName(word);
            }
            bool organization = false;
            for (int w = of + 1; w < end && name && !organization; ++w)
                organization = gz.isOrganizationWord(tokens[w].text);
            if (name && organization && gz.country(text.words(first, of)).isEmpty() &&
                !gz.isPlaceName(text.words(first, of))) {
                classify(first, of);
                classify(of + 1, end);
                k = end;
                continue;
            }
        }
        // "Eoin Prendergast SC", "Rosa Vega MP": letters after a name (senior
        // counsel, member of parliament …) are no part of it.
        if (end - first >= 3 && isOneOf(tokens[end - 1].text, {"SC", "QC", "KC", "MP", "MEP", "MSP", "TD", "OBE",
                                                                 "MBE", "CBE", "KBE"}))
            classify(first, end - 1);
        else if (first < end)
            classify(first, end);
        k = end;
    }
}

// Tokens [k, of) are capitalised words and `of` is "of" followed by a
// country's name alone: "President Marta Quispe of Bolivia". True when the
// two words before "of" read as a name (no title, no organisation's word),
// none before is an organisation's word ("Association of … Carriers of
// Ukraine"), and the whole is no country's name ("Democratic Republic of
// Congo").
// "Jane Doe for Harbour Radio": two or three capitalised words that name
// nothing (no title, organisation's word, country or demonym among them),
// "for", then an organisation's name (its last word an organisation's
// word) are a person and whom she works for; not "Centre for Policy
// Studies" nor "Physicians for Human Rights".
bool EntityFinder::nameBeforeForOrganization(int k, int at) const
{
    if (at - k < 2 || at - k > 3 || at + 2 >= tokens.size() || !text.adjacent(at - 1, at) ||
        !text.adjacent(at, at + 1))
        return false;
    for (int j = k; j < at; ++j) {
        const QString &w = tokens[j].text;
        if (!startsUpper(w) || isAcronym(w) || gz.isTitle(w) || gz.isOrganizationWord(w) || gz.isDemonym(w) ||
            commonCapitalised().contains(w) || !gz.country(w).isEmpty())
            return false;
    }
    int end = at + 1;
    while (end < tokens.size() && end - at <= 4 && text.adjacent(end - 1, end) && startsUpper(tokens[end].text))
        ++end;
    return end - at >= 2 && gz.isOrganizationWord(tokens[end - 1].text) &&
           !(end < tokens.size() && text.adjacent(end - 1, end) && startsUpper(tokens[end].text));
}

bool EntityFinder::nameBeforeOfCountry(int k, int of) const
{
    if (of - k < 2 || of + 1 >= tokens.size() || !text.adjacent(of, of + 1) || !text.adjacent(of - 1, of))
        return false;
    if (of + 2 < tokens.size() && text.adjacent(of + 1, of + 2) && startsUpper(tokens[of + 2].text))
        return false;
    if (gz.country(tokens[of + 1].text).isEmpty() || gz.isDemonym(tokens[of + 1].text))
        return false;
    for (int j = of - 2; j < of; ++j) {
        const QString &w = tokens[j].text;
        if (!startsUpper(w) || isAcronym(w) || gz.isTitle(w) || gz.isOrganizationWord(w) || gz.isDemonym(w) ||
            commonCapitalised().contains(w) || !gz.country(w).isEmpty() ||
            isOneOf(w, {"Republic", "Kingdom", "Emirates", "States", "Islands", "Commonwealth", "Federation",
                        "Principality", "Duchy", "Sultanate", "Emirate"}))
            return false;
    }
    // "Association of International Road Carriers of Ukraine": an organisation's name.
    for (int j = k; j < of - 2; ++j) {
        if (gz.isOrganizationWord(tokens[j].text))
            return false;
    }
    return gz.country(text.words(k, of + 2)).isEmpty();
}

// Token `first` comes after "and" (or "and the") that follows a title,
// "of" or "for" and capitalised words (commas between them): "Minister of
// Youth and |Sports", "Minister for Climate, Energy and the |Environment";
// or after such words and a comma, with "and" after the word: "Minister
// for Climate, |Energy and …".
bool EntityFinder::continuesPortfolio(int first) const
{
    int j = first - 1;
    if (j > 0 && tokens[j].text == QLatin1String("the"))
        --j;
    if (j < 1 || tokens[j].sentence != tokens[first].sentence)
        return false;
    if (tokens[j].text != QLatin1String("and")) {
        // The comma's case: one word, "and" after it.
        j = first;
        if (j + 1 >= tokens.size() || tokens[j + 1].text != QLatin1String("and") || !text.adjacent(j, j + 1) ||
            QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end) != QLatin1String(", "))
            return false;
    }
    for (int b = j - 1; b >= 1 && b >= j - 8 && tokens[b].sentence == tokens[first].sentence; --b) {
        const QStringView gap = QStringView(t).mid(tokens[b].end, tokens[b + 1].start - tokens[b].end);
        if (gap != QLatin1String(" ") && gap != QLatin1String(", "))
            return false;
        if (connectors().contains(tokens[b].text))
            return text.adjacent(b - 1, b) && gz.isTitle(tokens[b - 1].text);
        if (!startsUpper(tokens[b].text))
            return false;
    }
    return false;
}

bool EntityFinder::actsAsGovernment(int first, int end) const
{
    const int sentence = tokens[first].sentence;
    const auto inSentence = [&](int k) { return k >= 0 && k < tokens.size() && tokens[k].sentence == sentence; };
    if (inSentence(first - 1) &&
        isOneOf(lowerCased(tokens[first - 1].text),
                {"in",       "at",     "from",   "to",   "into",    "near",    "outside",
                 "around",   "across", "via",    "of",   "visits",  "visited", "visit",
                 "visiting", "toured", "leaves", "left", "reached", "arrived"}))
        return false;
    // "Washington's position": whose position, the government's.
    const qsizetype after = tokens[end - 1].end;
    if (after + 1 < t.size() && isApostrophe(t.at(after)) && t.at(after + 1) == QLatin1Char('s')) {
        const int k = text.tokenAtOrAfter(after + 2);
        return inSentence(k) &&
               isOneOf(tokens[k].text, {"position", "stance", "decision", "response", "proposal", "offer", "plan",
                                        "demands", "demand", "policy", "support", "approach", "view", "concerns",
                                        "sanctions", "tariffs", "refusal", "objections", "terms", "request"});
    }
    // "Accra and Abidjan agreed": past the other names joined to it.
    int k = end;
    for (int hops = 0; inSentence(k) && hops < 4; ++hops) {
        const QString &w = tokens[k].text;
        if (w == QLatin1String("and") || w.front().isUpper())
            ++k;
        else
            break;
    }
    if (!inSentence(k))
        return false;
    // Its verb: said, has long argued, rejected, will not accept …
    for (int j = k; inSentence(j) && j < k + 4; ++j) {
        const QString &w = tokens[j].text;
        if (gz.isSpeechVerb(w) ||
            isOneOf(w, {"wants", "wanted", "accused", "rejected", "rejects", "denied", "denies", "refused", "refuses",
                        "agreed", "agree", "agrees", "responded", "demanded", "demands", "called", "calls", "backed",
                        "backs", "blamed", "blames", "condemned", "welcomed", "welcomes", "signalled", "signaled",
                        "hopes", "hoped", "fears", "feared", "expects", "expected", "sees", "views", "considers",
                        "promised", "promises", "pledged", "pledges", "offered", "offers", "threatened", "threatens",
                        "insisted", "insists", "argued", "argues", "weigh", "weighs", "weighed", "announced",
                        "approved", "imposed", "recalled", "summoned", "protested", "objected", "accept", "accepts",
                        "accepted", "reject", "refuse", "argue", "insist", "demand", "want", "expect", "oppose",
                        "opposes", "opposed"}))
            return true;
        // Auxiliaries and adverbs on the way: "has long argued", "will not accept".
        if (!isOneOf(w, {"has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "does",
                         "did", "long", "also", "not", "now", "still", "quickly", "swiftly", "repeatedly",
                         "reportedly", "already", "publicly", "privately", "firmly"}))
            break;
    }
    return false;
}

void EntityFinder::classify(int first, int end)
{
    // "**10:42 GMT** —", "at 09:10 CET": a time zone after a clock time is no one.
    if (const qsizetype at = tokens[first].start; end == first + 1 && at >= 5 && t.at(at - 1) == QLatin1Char(' ') &&
                                                  t.at(at - 2).isDigit() && t.at(at - 3).isDigit() &&
                                                  (t.at(at - 4) == QLatin1Char(':') || t.at(at - 4) == QLatin1Char('.')) &&
                                                  isAcronym(tokens[first].text))
        return;
    // "Mumbai-based Coral Bay Shipmanagement", "Chattogram-listed Sundarban
    // Logistics": a place's adjective of a firm is no part of its name, and
    // says the name is an organisation's (see groupKindBefore).
    const auto firmAdjective = [&](int k) {
        const QString &w = tokens[k].text;
        const qsizetype dash = w.lastIndexOf(QLatin1Char('-'));
        return dash > 0 && isOneOf(w.mid(dash + 1), {"based", "listed", "owned", "registered", "headquartered",
                                                     "flagged", "backed", "controlled"});
    };
    if (end > first + 1 && firmAdjective(first)) {
        classify(first + 1, end);
        return;
    }
    const QString whole = text.words(first, end);
    // "G20 finance ministers" after "the Group of 20 summit": a letter and
    // a number, the short name of the organisation named "Group of 20".
    if (end == first + 1 && whole.size() >= 2 && whole.size() <= 4 && whole.front().isUpper() &&
        std::all_of(whole.cbegin() + 1, whole.cend(), [](QChar c) { return c.isDigit(); })) {
        const QString number = QStringLiteral(" of ") + whole.mid(1);
        for (int e = 0; e < out.entities.size(); ++e) {
            const Entity &named = std::as_const(out.entities)[e];
            if (named.kind == NodeKind::Organization && named.label.front() == whole.front() &&
                named.label.endsWith(number) && !named.label.chopped(number.size()).contains(QLatin1Char(' '))) {
                addAlias(e, whole);
                addMention(e, first, end);
                return;
            }
        }
    }
    // "ROSARIO, Aug 3 (Pampas Morning Digest) —": the outlet that sends the
    // dispatch, an organisation whatever its words; so is the outlet the
    // article's metadata names ("told the Gambia River Post").
    // ("The Steppe Review": the name is read past its "The".)
    // "told the Herald" in the Eastern Caribbean Herald: its last word, a
    // word for a news outlet, after "the", is the article's outlet too.
    if (!outlet.isEmpty() && end == first + 1 && first > 0 && lowerEquals(tokens[first - 1].text, u"the") &&
        outlet.size() > whole.size() + 1 && outlet.endsWith(whole) && outlet.at(outlet.size() - whole.size() - 1) == u' ' &&
        isOneOf(whole, {"Herald", "Times", "Post", "Courier", "Monitor", "Gazette", "Journal", "Tribune", "Observer",
                        "Chronicle", "Telegraph", "Review", "Report", "Standard", "Nation", "Independent", "Guardian",
                        "Star", "Mail", "Express", "Mirror", "Dispatch", "Ledger", "Bulletin", "Record", "Sun"})) {
        const QString full = outlet.startsWith(QLatin1String("The ")) ? outlet.mid(4) : outlet;
        const int e = addEntity(NodeKind::Organization, full, QStringLiteral("the article's outlet, as its metadata names it"));
        addAlias(e, whole);
        addMention(e, first, end);
        return;
    }
    if (outletOfDateline(first, end) ||
        (!outlet.isEmpty() && (whole == outlet || (outlet.startsWith(QLatin1String("The ")) && whole == outlet.mid(4))))) {
        const int e = addEntity(NodeKind::Organization, whole,
                                outletOfDateline(first, end) ? QStringLiteral("news outlet in the dateline")
                                                             : QStringLiteral("the article's outlet, as its metadata names it"));
        addMention(e, first, end);
        return;
    }
    // A country by any of its names (a demonym alone names nobody, but
    // "Saudi officials", "Kenyan negotiators" speak for their country).
    // "Peruvian and Chilean mining officials": a second demonym after
    // "and", and up to two lower-case words, between. (Asked only of a
    // demonym: most names are none.)
    const auto forItsCountry = [&] {
        int j = end;
        if (j + 1 < tokens.size() && text.adjacent(j - 1, j) && tokens[j].text == QLatin1String("and") &&
            text.adjacent(j, j + 1) && gz.isDemonym(tokens[j + 1].text))
            j += 2;
        for (int lower = 0; lower <= 2 && j < tokens.size() && text.adjacent(j - 1, j); ++lower, ++j) {
            if (isOneOf(tokens[j].text, {"officials", "negotiators", "diplomats", "delegation", "delegates", "envoys",
                                         "authorities"}))
                return true;
            // "The Greek prime minister and the Turkish president will hold a
            // summit": the head of government or state, unnamed, for the country.
            if (first > 0 && tokens[first - 1].text.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) {
                int head = isOneOf(tokens[j].text, {"president", "premier", "chancellor", "government"}) ? j + 1 : -1;
                if (tokens[j].text == QLatin1String("prime") && j + 1 < tokens.size() &&
                    tokens[j + 1].text == QLatin1String("minister"))
                    head = j + 2;
                if (head > 0 && head < tokens.size() && text.adjacent(head - 1, head) &&
                    tokens[head].text.front().isLower())
                    return true;
            }
            if (!tokens[j].text.front().isLower() || isOneOf(tokens[j].text, {"and", "or", "of", "the", "to", "in"}))
                return false;
        }
        return false;
    };
    if (const QString country = gz.country(whole);
        !country.isEmpty() && (!gz.isDemonym(whole) || forItsCountry())) {
        const int e = addEntity(NodeKind::Country, country, QStringLiteral("ISO 3166 name"));
        if (whole != country)
            addAlias(e, whole);
        addMention(e, first, end);
        return;
    }
    // A capital: its city, or its government where the text makes it act.
    // Not a datelined capital ("TASHKENT, April 16"), nor someone's surname.
    if (const QString country = gz.capitalOf(whole);
        !country.isEmpty() && !isDateline(first) && personBySurname(whole) < 0) {
        if (actsAsGovernment(first, end)) {
            const int e = addEntity(NodeKind::Country, country, QStringLiteral("capital for its government"));
            addMention(e, first, end);
        } else {
            const int e = addEntity(NodeKind::Place, whole, QStringLiteral("capital city"));
            addMention(e, first, end);
        }
        return;
    }
    // "refrigerated cargo carrier Baltic Star Lines", "public
    // broadcaster Radio Tirana": a kind of company right before a name of
    // two words or more says whose name it is (not "letter carrier").
    // "the Oslo daily Nordlys Avis": a kind of publication likewise.
    const auto companyKindBefore = [&] {
        return end - first >= 2 && first > 0 && text.adjacent(first - 1, first) &&
               isOneOf(tokens[first - 1].text,
                       {"carrier", "firm", "company", "airline", "lender", "insurer", "reinsurer", "broadcaster",
                        "conglomerate", "manufacturer", "carmaker", "automaker", "retailer", "shipper", "shipowner",
                        "miner", "refiner", "utility", "consultancy", "think-tank", "thinktank", "bank",
                        "newspaper", "daily", "weekly", "tabloid", "broadsheet", "magazine"}) &&
               !(first > 1 && isOneOf(tokens[first - 2].text, {"mail", "letter", "aircraft"}));
    };
    // "the citizens' movement Ndugu Yetu", "the opposition party Nuevo
    // Rumbo": the kind of organisation in lower case right before the name.
    static const WordSet kinds = wordSetOf({"movement", "group", "party", "coalition", "alliance", "union", "association",
                              "organisation", "organization", "network", "collective", "campaign", "federation",
                              "syndicate", "confederation", "foundation", "charity", "ngo", "militia"});
    const auto groupKindBefore = [&] {
        return first > 0 && tokens[first - 1].sentence == tokens[first].sentence && text.adjacent(first - 1, first) &&
               (kinds.contains(tokens[first - 1].text) || firmAdjective(first - 1));
    };
    // A name already known, whole. Not a name taken for someone's by its
    // shape alone that the text now says is an organisation's ("a report
    // by Lindqvist Brandt" … "the consultancy Lindqvist Brandt"): on to
    // the organisations.
    if (const auto it = byName.constFind(whole); it != byName.constEnd()) {
        const Entity &known = std::as_const(out.entities)[*it];
        if (!(known.kind == NodeKind::Person && known.rule == QLatin1String("capitalised name") &&
              (companyKindBefore() || groupKindBefore() || describedAsOrganization(end)))) {
            addMention(*it, first, end);
            return;
        }
    }
    // "Gómez Ibarra" after "Rosa Gómez Ibarra", "Ould Cheikh" after
    // "Mohamed Ould Cheikh": a surname of several words is the person's.
    // "Van Dam said" after "Anke van Dam": a particle opening a sentence
    // is capitalised, and the words are still her surname.
    if (end - first >= 2) {
        int person = personBySurnames(whole);
        const QString &opening = tokens[first].text;
        if (person < 0 && opening.size() <= 3 && nameParticles().contains(lowerCased(opening)))
            person = personBySurnames(lowerCased(opening) + whole.sliced(opening.size()));
        if (person >= 0) {
            addAlias(person, whole);
            addMention(person, first, end);
            return;
        }
    }
    // Qualifier, title, name: "Indian External Affairs Minister Rohan Mehta".
    int k = first;
    int qualifier = -1;
    int qualifierEnd = first;
    const bool countryFirst = gz.startsCountry(tokens[first].text);
    const bool acronymFirst = isAcronym(tokens[first].text);
    for (int q = std::min(end, first + 3); q > first && (countryFirst || acronymFirst); --q) {
        const QString w = text.words(first, q);
        const QString country = gz.country(w);
        if (!country.isEmpty()) {
            qualifier = addEntity(NodeKind::Country, country, QStringLiteral("ISO 3166 name"));
            if (!gz.isDemonym(w)) {
                if (w != country)
                    addAlias(qualifier, w);
                addMention(qualifier, first, q);
            }
            qualifierEnd = q;
            break;
        }
        if (q == first + 1 && isAcronym(w) && titleEnd(q, end) > q) {
            qualifier = addEntity(NodeKind::Organization, w, QStringLiteral("acronym before a title"));
            addMention(qualifier, first, q);
            qualifierEnd = q;
            break;
        }
    }
    k = qualifierEnd;
    // "Deputy Foreign Minister Reza Nourbakhsh": a rank before a title is
    // the title's (a deputy's is not the minister's).
    int titleFrom = -1;
    // A qualifier the data does not know ("Uruguayan", "Kestrel"), or a
    // portfolio ("Foreign Affairs Cabinet Secretary"): the title may start
    // up to three words later.
    if (titleEnd(k, end) < 0) {
        for (int later = k + 1; later < std::min(end - 1, k + 4); ++later) {
            if (titleEnd(later, end) > later) {
                const QString unknown = text.words(k, later);
                bool organization = isAcronym(unknown);
                for (int w = k; w < later && !organization; ++w)
                    organization = gz.isOrganizationWord(tokens[w].text);
                if (organization) {
                    qualifier = addEntity(NodeKind::Organization, unknown,
                                          QStringLiteral("organisation before a title"));
                    addMention(qualifier, k, later);
                } else if (later == k + 1 &&
                           isOneOf(tokens[k].text, {"Deputy", "Vice", "Assistant", "Associate", "Junior", "Acting"})) {
                    titleFrom = k;
                }
                k = later;
                break;
            }
        }
    }
    int titleStop = k;
    for (int next = titleEnd(k, end); next > k; next = titleEnd(titleStop, end))
        titleStop = next;
    // A name of four words at most, or six with its particles ("Khalid bin
    // Rashid Al Khalifa").
    int nameWords = 4;
    // "Minister of State for Petroleum Resources Adaeze Okafor": the
    // title goes on with "of …" and "for …"; the name is the last words.
    if (titleStop > k && titleStop < end &&
        (end - titleStop > 4 || connectors().contains(tokens[titleStop].text))) {
        int nameStart = end - 2;
        if (nameStart > titleStop && connectors().contains(tokens[nameStart - 1].text))
            nameStart = end - 1;
        // "Sheikh Khalid bin Rashid Al Khalifa", "Minister of State Saeed Al
        // Nuaimi": a name's particles ("bin", "Al") hold the words around
        // them in it.
        const auto particle = [&](int j) {
            return isOneOf(tokens[j].text, {"bin", "bint", "ibn", "Al", "El", "al", "el", "Bin", "Ibn", "Abu", "Ould"});
        };
        while (nameStart - 1 > titleStop &&
               (particle(nameStart) || particle(nameStart - 1)) && startsUpper(tokens[nameStart - 1].text) &&
               !gz.isTitle(tokens[nameStart - 1].text))
            --nameStart;
        while (nameStart - 2 >= titleStop && particle(nameStart - 1) && startsUpper(tokens[nameStart - 2].text) &&
               !gz.isTitle(tokens[nameStart - 2].text))
            nameStart -= 2;
        for (int j = nameStart; j < end; ++j) {
            if (particle(j))
                nameWords = 6;
        }
        titleStop = std::max(titleStop, nameStart);
        // "Commissioner for Political Affairs, Peace and Security, Halima
        // Ouedraogo": one word left and the title going on after a comma is
        // no name, unless it is a known person's.
        // Nor "Minister of Foreign Trade and Economic Relations": going on after "and".
        const qsizetype after = tokens[end - 1].end;
        const bool goesOn = after < t.size() && t.at(after) == QLatin1Char(',');
        // "Minister for International Development and the Pacific, Daniel
        // Whitcombe": after "and the" too.
        const int andNext = end + 2 < tokens.size() && tokens[end + 1].text == QLatin1String("the") &&
                                    text.adjacent(end + 1, end + 2)
                                ? end + 2
                                : end + 1;
        const bool goesOnAnd = andNext < tokens.size() && tokens[end].text == QLatin1String("and") &&
                               text.adjacent(end - 1, end) && text.adjacent(end, end + 1) &&
                               startsUpper(tokens[andNext].text);
        if (nameStart == end - 1 && (goesOn || goesOnAnd) && personBySurname(tokens[end - 1].text) < 0)
            return;
    }
    // "the General Administration of Taxation": a title word before words
    // that name an organisation begins the organisation's name.
    // "Sweden's Minister for Energy, Business and Industry, Johanna Sandell":
    // a portfolio after "for" or "of" going on after a comma with another
    // capitalised word is no organisation's name.
    const bool portfolioGoesOn = titleStop > k && titleStop < end && connectors().contains(tokens[titleStop].text) &&
                                 end < tokens.size() && tokens[end].sentence == tokens[end - 1].sentence &&
                                 QStringView(t).mid(tokens[end - 1].end, tokens[end].start - tokens[end - 1].end) ==
                                     QLatin1String(", ") &&
                                 startsUpper(tokens[end].text);
    // "Angola's Minister of Energy and Water, Rosa Kiala": nor one going on
    // with "and" and another capitalised word.
    const bool portfolioGoesOnAnd = titleStop > k && titleStop < end && connectors().contains(tokens[titleStop].text) &&
                                    end + 1 < tokens.size() && tokens[end].text == QLatin1String("and") &&
                                    tokens[end + 1].sentence == tokens[end - 1].sentence &&
                                    text.adjacent(end - 1, end) && text.adjacent(end, end + 1) &&
                                    startsUpper(tokens[end + 1].text);
    if (portfolioGoesOn || portfolioGoesOnAnd)
        return;
    if (titleStop > k && titleStop < end && end - titleStop <= nameWords) {
        bool organization = false;
        for (int w = titleStop; w < end && !organization; ++w)
            organization = gz.isOrganizationWord(tokens[w].text);
        if (organization) {
            const int e = addEntity(NodeKind::Organization, text.words(k, end),
                                    QStringLiteral("organisation word after a title word"));
            addMention(e, k, end);
            return;
        }
        // "Minister for Forestry, Tom Reid": the title's words after
        // "for" or "of" are no name.
        if (connectors().contains(tokens[titleStop].text))
            return;
    }
    if (titleStop > k && titleStop < end && end - titleStop <= nameWords) {
        const QString title = text.words(titleFrom >= 0 ? titleFrom : k, titleStop);
        const QString name = text.words(titleStop, end);
        int person = byName.value(name, -1);
        if (person < 0 && end - titleStop == 1)
            person = personBySurname(name);
        // "Minister of State for Foreign Affairs": words of a portfolio
        // left after a shorter title are no one's name.
        if (person < 0 && std::all_of(tokens.cbegin() + titleStop, tokens.cbegin() + end, [](const Token &w) {
                return portfolioWords().contains(w.text) || connectors().contains(w.text);
            }))
            return;
        if (person < 0) {
            person = addEntity(NodeKind::Person, name, QStringLiteral("name after a title"));
        } else if (std::as_const(out.entities)[person].kind != NodeKind::Person) {
            return;
        }
        Entity &p = out.entities[person];
        // ("Presidents Ahoua and Zongo": each a President.)
        const QString plainTitle = title.endsWith(QLatin1Char('.')) ? QString()
                                   : title.size() > 3 && title.endsWith(QLatin1Char('s')) && gz.isTitle(title.chopped(1))
                                       ? title.chopped(1)
                                       : title;
        if (p.title.isEmpty() && !plainTitle.isEmpty()) {
            p.title = plainTitle;
            p.titleOf = qualifier;
        }
        const QString lower = lowerCased(title);
        if (lower == QLatin1String("mr.") || lower == QLatin1String("mr"))
            gender.insert(person, QStringLiteral("m"));
        else if (lower.startsWith(QLatin1String("ms")) || lower.startsWith(QLatin1String("mrs")))
            gender.insert(person, QStringLiteral("f"));
        addMention(person, titleStop, end);
        return;
    }
    if (titleStop > first && titleStop == end)
        return; // a title alone ("Foreign Minister"): a reference, resolved where it speaks
    const QString name = text.words(first, end);
    const int count = end - first;
    // "TOKYO (Pacific Wire) —": the dispatch's city, not an acronym.
    if (count <= 3 && isDateline(first) && isAllUpper(name)) {
        const int e = addEntity(NodeKind::Place, name, QStringLiteral("dateline"));
        addMention(e, first, end);
        return;
    }
    // "Cyclone Marisol", "Hurricane Imelda": a storm, no one and nothing
    // that takes part.
    if (count >= 2 && isOneOf(tokens[first].text, {"Hurricane", "Typhoon", "Cyclone", "Storm"}))
        return;
    // An organisation: its words, or an acronym, or "Name (ACR)", or what
    // the text says it is ("Harland Voss, the Oslo shipping firm").
    const bool kindBefore = companyKindBefore();
    const bool saysOutlet = !isAcronym(name) && describedAsOutlet(end);
    const bool described =
        !isAcronym(name) && (saysOutlet || describedAsOrganization(end) || ofItsPeople(first, end) || kindBefore);
    // "the Kestrel Cable Syndicate (KCS)": its initials after it in
    // parentheses make a name an organisation's, whatever its words.
    const qsizetype after = tokens[end - 1].end;
    const bool acronymAfter = end < tokens.size() && after + 1 < t.size() && t.at(after) == QLatin1Char(' ') &&
                              t.at(after + 1) == QLatin1Char('(') && isAcronym(tokens[end].text) &&
                              tokens[end].end < t.size() && t.at(tokens[end].end) == QLatin1Char(')');
    const auto initials = [&] {
        QString letters; // of its capitalised words: not "of", "the", "and"
        for (int w = first; w < end; ++w) {
            if (startsUpper(tokens[w].text))
                letters += tokens[w].text.front();
        }
        return letters;
    };
    const bool initialled = acronymAfter && !described && count >= 2 && initials() == tokens[end].text;
    // "Kenyan Water and Sanitation Minister Grace Banda", "Angolan Energy
    // and Water Minister": a demonym and the first words of a portfolio
    // ended by "and" and the title; no one's name, no organisation's.
    const auto demonymPortfolio = [&] {
        if (!gz.isDemonym(tokens[first].text) || end + 1 >= tokens.size() ||
            tokens[end].text != QLatin1String("and") || !text.adjacent(end - 1, end))
            return false;
        for (int j = end + 1; j < std::min<qsizetype>(tokens.size(), end + 5); ++j) {
            if (!text.adjacent(j - 1, j) || !startsUpper(tokens[j].text))
                return false;
            if (gz.isTitle(tokens[j].text))
                return true;
        }
        return false;
    };
    if (count >= 2 && demonymPortfolio())
        return;
    // "the Colombian government and the FCS …. ¶ Government and FCS
    // delegates meet": "Government" opening a sentence, alone, is the
    // government the text named last by its country's demonym; it acts for
    // that country.
    const auto opens = [&] {
        // The sentence's first word, or the first after a timeline's "January 14 —".
        if (text.sentences[tokens[first].sentence].firstToken == first)
            return true;
        const QStringView gap = QStringView(t).mid(tokens[first - 1].end, tokens[first].start - tokens[first - 1].end);
        return gap.contains(QChar(0x2014)) || gap.contains(QChar(0x2013));
    };
    if (count == 1 && first > 0 && tokens[first].text == QLatin1String("Government") && opens()) {
        for (int j = first - 1; j > 0; --j) {
            if (tokens[j].text != QLatin1String("government") || !text.adjacent(j - 1, j) ||
                !gz.isDemonym(tokens[j - 1].text))
                continue;
            if (const QString country = gz.country(tokens[j - 1].text); !country.isEmpty()) {
                const int e = addEntity(NodeKind::Country, country,
                                        QStringLiteral("the government its country's demonym named before"));
                addMention(e, first, end);
                return;
            }
        }
    }
    // "Hon. Esnart Chirwa, MP,": the letters after a person's name are
    // an office or an honour, no organisation.
    if (count == 1 && first > 0 && text.commaBetween(first - 1, first) && !mentions.isEmpty() &&
        mentions.back().endToken == first &&
        out.entities[mentions.back().entity].kind == NodeKind::Person &&
        isOneOf(name, {"MP", "MPs", "MLA", "MEP", "MNA", "MPP", "MHA", "QC", "KC", "SC", "SAN", "OBE", "MBE", "CBE",
                       "KBE", "PhD", "JP", "TD"}))
        return;
    const bool groupBefore = groupKindBefore();
    bool organization = isAcronym(name) || described || initialled || groupBefore;
    for (int w = first; w < end && !organization; ++w)
        organization = gz.isOrganizationWord(tokens[w].text);
    if (organization) {
        const int e = addEntity(NodeKind::Organization, name,
                                isAcronym(name) ? QStringLiteral("acronym")
                                : saysOutlet    ? QStringLiteral("a news outlet, as the text says")
                                : described     ? QStringLiteral("what the text says it is")
                                : initialled    ? QStringLiteral("name before its initials")
                                : groupBefore   ? QStringLiteral("the kind of organisation before it")
                                                : QStringLiteral("organisation word"));
        // "a report by Lindqvist Brandt" … "the consultancy Lindqvist
        // Brandt": what the text says it is outweighs the shape of the name
        // taken for someone's before.
        Entity &named = out.entities[e];
        if ((described || groupBefore) && named.kind == NodeKind::Person &&
            named.rule == QLatin1String("capitalised name")) {
            named.kind = NodeKind::Organization;
            named.rule = saysOutlet  ? QStringLiteral("a news outlet, as the text says")
                         : described ? QStringLiteral("what the text says it is")
                                     : QStringLiteral("the kind of organisation before it");
        }
        addMention(e, first, end);
        // "the African Union (AU)": the acronym is another name of it.
        if (acronymAfter)
            addAlias(e, tokens[end].text);
        return;
    }
    // One word: the surname of someone known, or a place after "in".
    const QString before = first > 0 && tokens[first - 1].sentence == tokens[first].sentence
                               ? lowerCased(tokens[first - 1].text)
                               : QString();
    // "spoke to Jane Doe", "wrote to Jane Doe": whom someone speaks or
    // writes to is a person, not where she goes; nor is the source cited
    // "according to Jane Doe".
    const bool spokenTo =
        before == QLatin1String("to") && first >= 2 && tokens[first - 2].sentence == tokens[first].sentence &&
        (gz.isSpeechVerb(tokens[first - 2].text) || lowerEquals(tokens[first - 2].text, u"according") ||
         isOneOf(tokens[first - 2].text, {"spoke", "speak", "speaks", "speaking", "talked", "talk", "talks",
                                          "talking", "write", "writes", "writing", "written"}));
    // "referring to Tiago Barros Lemos, who has chaired the board": a
    // place is no "who"; someone is.
    const bool whoAfter = end < tokens.size() && tokens[end].text == QLatin1String("who") &&
                          tokens[end].sentence == tokens[first].sentence &&
                          QStringView(t).mid(tokens[end - 1].end, tokens[end].start - tokens[end - 1].end) ==
                              QLatin1String(", ");
    // "hears evidence from Kagiso Modise": heard from someone, not somewhere.
    const bool heardFrom = before == QLatin1String("from") && count >= 2 && first >= 2 &&
                           isOneOf(tokens[first - 2].text, {"evidence", "testimony"});
    const bool placePreposition =
        !whoAfter && (before == QLatin1String("in") || before == QLatin1String("at") ||
                      (before == QLatin1String("from") && !heardFrom) || (before == QLatin1String("to") && !spokenTo) ||
                      before == QLatin1String("near") || before == QLatin1String("outside"));
    if (count == 1) {
        int person = personBySurname(name);
        if (person < 0)
            person = personByFirstOfTwoSurnames(name);
        if (person >= 0) {
            addAlias(person, name);
            addMention(person, first, end);
            return;
        }
        // "talks between Rask and …" after "Rask Heavy Industries": the
        // first word of a company's name named before, joined to another
        // party ("between", "with", "and"), stands for it. Not a word of
        // its kind ("National"), nor an adjective ("meet European standards").
        const bool joined =
            isOneOf(before, {"between", "with", "and"}) ||
            (end < tokens.size() && tokens[end].sentence == tokens[first].sentence &&
             tokens[end].text == QLatin1String("and"));
        if (joined && name.size() >= 3 && !commonCapitalised().contains(name) && !gz.isOrganizationWord(name) &&
            !gz.isDemonym(name) && gz.country(name).isEmpty()) {
            const QString firstWord = name + QLatin1Char(' ');
            for (auto m = mentions.crbegin(); m != mentions.crend(); ++m) {
                const Entity &org = std::as_const(out.entities)[m->entity];
                if (org.kind == NodeKind::Organization && org.label.startsWith(firstWord) &&
                    std::none_of(out.entities.cbegin(), out.entities.cend(), [&](const Entity &other) {
                        return &other != &org && other.label.startsWith(firstWord);
                    })) {
                    addAlias(m->entity, name);
                    addMention(m->entity, first, end);
                    return;
                }
            }
        }
        // "sat across the table from Ruairí Tobin" … "Tobin, the CRU's
        // chairperson, said": a name taken for a place after a preposition,
        // whose last word then stands alone before a title or a verb of
        // saying, was someone's.
        // ("He lost to Helena Nangolo by two votes" … "Nangolo, who was in
        // court, did not testify": a "who" likewise.)
        const bool asSomeone =
            end < tokens.size() && tokens[end].sentence == tokens[first].sentence &&
            ((t.at(tokens[end - 1].end) == QLatin1Char(',') && isOneOf(tokens[end].text, {"the", "a", "an", "who"})) ||
             (text.adjacent(end - 1, end) && gz.isSpeechVerb(tokens[end].text)));
        if (asSomeone) {
            const QString surname = QLatin1Char(' ') + name;
            for (int e = 0; e < out.entities.size(); ++e) {
                Entity &taken = out.entities[e];
                if (taken.kind == NodeKind::Place && taken.rule == QStringLiteral("name after \u201cin\u201d") &&
                    taken.label.endsWith(surname) && taken.label.count(QLatin1Char(' ')) == 1) {
                    taken.kind = NodeKind::Person;
                    taken.rule = QStringLiteral("name after a preposition, its last word someone's");
                    addAlias(e, name);
                    addMention(e, first, end);
                    return;
                }
            }
        }
        // "hosted her Indonesian counterpart, Wulandari, for talks", "the
        // foreign minister, Wulandari.": a single word set off by a comma
        // after a title in lower case (or "counterpart") is someone who
        // goes by one name.
        const bool setOffAfterTitle =
            first >= 1 && tokens[first - 1].sentence == tokens[first].sentence &&
            QStringView(t).mid(tokens[first - 1].end, tokens[first].start - tokens[first - 1].end) ==
                QLatin1String(", ") &&
            tokens[first - 1].text.front().isLower() &&
            (tokens[first - 1].text == QLatin1String("counterpart") || gz.isTitle(tokens[first - 1].text)) &&
            tokens[first].end < t.size() &&
            (t.at(tokens[first].end) == QLatin1Char(',') || t.at(tokens[first].end) == QLatin1Char('.'));
        if (setOffAfterTitle && name.size() >= 3 && !commonCapitalised().contains(name) &&
            !gz.isOrganizationWord(name) && !gz.isDemonym(name) && gz.country(name).isEmpty() &&
            !gz.isPlaceName(name) && !isAcronym(name)) {
            const int e = addEntity(NodeKind::Person, name, QStringLiteral("a single name set off after a title"));
            addMention(e, first, end);
            return;
        }
        if (placePreposition || isDateline(first)) {
            const int e =
                addEntity(NodeKind::Place, name, QStringLiteral("capitalised word after \u201cin\u201d"));
            addMention(e, first, end);
        } else if (!commonCapitalised().contains(name) && !gz.isTitle(name) &&
                   !(name.endsWith(QLatin1Char('s')) && gz.isTitle(name.chopped(1)))) {
            laterSurnames.append(first); // (not "Ministers")
        }
        return;
    }
    // "Southeast Asian", "East African", "Northern European", "Central
    // Asian": compass points before a demonym or a region's adjective
    // describe where people are from, whatever noun follows; no one's
    // name and no place.
    const bool compassBefore = std::all_of(tokens.cbegin() + first, tokens.cbegin() + end - 1, [](const Token &tok) {
        return isOneOf(tok.text, {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast",
                                  "Southwest", "North-East", "North-West", "South-East", "South-West", "Central",
                                  "Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern",
                                  "Southeastern", "Southwestern", "Sub-Saharan"});
    });
    const QString &lastWord = tokens[end - 1].text;
    // Adjective endings, not a bare "-an": "East Kalimantan", "South
    // Waziristan" are places; "North Atlantic", "South Pacific" too.
    const bool regionAdjective =
        gz.isDemonym(lastWord) || lastWord.endsWith(QLatin1String("ian")) ||
        lastWord.endsWith(QLatin1String("ean")) || lastWord.endsWith(QLatin1String("can")) ||
        lastWord.endsWith(QLatin1String("ese")) || isOneOf(lastWord, {"Arab", "Nordic", "Slavic", "Turkic"});
    if (count <= 3 && compassBefore && regionAdjective && lastWord.front().isUpper())
        return;
    // "Southeast Asia", "Central Europe", "West Africa": compass points
    // before a world region name a place, no one.
    if (count <= 3 && compassBefore &&
        isOneOf(lastWord, {"Asia", "Africa", "Europe", "America", "Americas", "Asia-Pacific", "Pacific", "Atlantic",
                           "Mediterranean", "Caribbean", "Balkans", "Caucasus", "Arctic", "Sahel"})) {
        const int e = addEntity(NodeKind::Place, name, QStringLiteral("compass point before a world region"));
        addMention(e, first, end);
        return;
    }
    // "Muay Thai", "Kung Fu", "Formula One": a sport, no one.
    if (count <= 3 && isOneOf(name, {"Muay Thai", "Kung Fu", "Tae Kwon Do", "Jiu Jitsu", "Formula One", "Formula 1",
                                     "Jai Alai", "Krav Maga", "Pencak Silat", "Sepak Takraw"}))
        return;
    // "South Korea's foreign minister, Park Min-jun,": a name set off after
    // a title in lower case is the holder's, whatever its first word.
    const bool afterTitle = first > 0 && tokens[first - 1].sentence == tokens[first].sentence &&
                            QStringView(t).mid(tokens[first - 1].end, tokens[first].start - tokens[first - 1].end) ==
                                QLatin1String(", ") &&
                            tokens[first - 1].text.front().isLower() && gz.isTitle(tokens[first - 1].text);
    // ("Park Jin-woo", "Park Seo-yeon": a family name, then a Korean given
    // name of two syllables joined by a hyphen, the second in lower case,
    // is someone's.)
    const auto koreanGivenName = [&](const QString &w) {
        const qsizetype hyphen = w.indexOf(QLatin1Char('-'));
        return hyphen >= 2 && hyphen + 2 < w.size() && w.front().isUpper() && w.at(hyphen + 1).isLower() &&
               w.size() <= 9;
    };
    const bool placeWord = placeWords().contains(tokens[end - 1].text) ||
                           (placeWords().contains(tokens[first].text) && !afterTitle &&
                            !(end == first + 2 && koreanGivenName(tokens[first + 1].text)));
    const bool hasConnector = std::any_of(tokens.cbegin() + first, tokens.cbegin() + end,
                                          [](const Token &tok) { return connectors().contains(tok.text); });
    // "Addis Ababa", "Kuala Lumpur", "Buenos Aires": a known place, wherever it stands.
    if (gz.isPlaceName(name)) {
        const int e = addEntity(NodeKind::Place, name, QStringLiteral("place name (ISO 3166-2, tz database)"));
        addMention(e, first, end);
        return;
    }
    // "the Paso Canoas border crossing", "the Cala Blanca port": the words
    // after the name say what kind of place it is.
    // "the Kara Tash coal field", "the Olon Bulag mine": a mine or a field,
    // a mineral between.
    const auto mineAt = [&](int j) {
        return j < tokens.size() && text.adjacent(j - 1, j) &&
               isOneOf(tokens[j].text, {"mine", "mines", "field", "fields", "coalfield", "deposit", "deposits",
                                        "gasfield", "quarry", "pit"});
    };
    // "the Agua Fria, Los Pinos and Tacuari crossings": each name of a list
    // before the plural of a kind of place is one of them.
    const auto placeListAfter = [&] {
        bool listed = false;
        int j = end;
        for (;
             j < std::min<qsizetype>(tokens.size(), end + 12) && tokens[j].sentence == tokens[first].sentence;
             ++j) {
            const QStringView gap =
                QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
            if (gap == QLatin1String(", ") && startsUpper(tokens[j].text)) {
                listed = true;
                continue;
            }
            if (gap != QLatin1String(" "))
                return false;
            if (tokens[j].text == QLatin1String("and")) {
                listed = true;
                continue;
            }
            if (!startsUpper(tokens[j].text))
                break;
        }
        return listed && j < tokens.size() && tokens[j - 1].text != QLatin1String("and") &&
               isOneOf(tokens[j].text, {"crossings", "border", "bridges", "ports", "airports", "dams",
                                        "rivers", "valleys", "provinces", "districts", "harbours", "harbors",
                                        "mines", "fields", "islands", "checkpoints", "terminals", "lakes"});
    };
    const bool placeNounAfter =
        (count <= 3 && placeListAfter()) ||
        (end < tokens.size() && text.adjacent(end - 1, end) &&
         (isOneOf(tokens[end].text, {"border",  "crossing",  "bridge",   "port",      "airport",  "dam",
                                     "dams",    "river",     "valley",   "basin",     "province", "district",
                                     "highway", "corridor",  "oilfield", "reservoir", "lagoon",   "harbour",
                                     "harbor",  "peninsula", "plateau",  "canal",     "strait",   "hotel",
                                     "stadium", "arena",     "palace"}) ||
          mineAt(end) ||
          (isOneOf(tokens[end].text,
                   {"coal", "copper", "gold", "gas", "oil", "iron", "lithium", "uranium", "diamond", "nickel",
                    "zinc", "potash", "silver", "salt", "cobalt", "bauxite", "phosphate"}) &&
           mineAt(end + 1))));
    // "outside the Four Courts", "at the Stone Halls,": a building; not "at
    // the Kvarna Marine Works yard" (a company's, the noun after says).
    const bool buildingAfter =
        before == QLatin1String("the") && first >= 2 && tokens[first - 2].sentence == tokens[first].sentence &&
        (isOneOf(tokens[first - 2].text, {"outside", "inside", "near"}) ||
         (tokens[first - 2].text == QLatin1String("at") &&
          !(end < tokens.size() && text.adjacent(end - 1, end) && tokens[end].text.front().isLower())));
    if (((placePreposition || buildingAfter) && count <= 3) || placeWord || placeNounAfter || isDateline(first)) {
        const int e = addEntity(NodeKind::Place, name,
                                placeWord        ? QStringLiteral("name of a place (its last word)")
                                : placeNounAfter ? QStringLiteral("name before the kind of place it is")
                                                 : QStringLiteral("name after \u201cin\u201d"));
        addMention(e, first, end);
        return;
    }
    // "Panama's Commerce Minister, Gabriela Ruiz": a title alone (its last
    // word one) is no name; "Costa Rican plants": nor is a demonym.
    if (gz.isTitle(lastWord) || gz.isDemonym(name))
        return;
    // "the Aegean Cup", "the Andes Championship": a competition, no one.
    if (isOneOf(lastWord, {"Cup", "Championship", "Championships", "Trophy", "Tournament", "Olympics"}))
        return;
    // Two to four capitalised words, none "of": a person's name, if
    // the text treats it as one (see dropUnconfirmedPeople).
    // Not inside a quoted title ("the Nairobi Declaration on Red Sea Security").
    const bool inTitle = std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &q) {
        return q.title && tokens[first].start > q.open && tokens[first].start < q.close;
    });
    // "Central Asian leaders", "Gulf Arab states": words that describe a
    // group of people or countries, not somebody's name.
    const bool describesAGroup = end < tokens.size() && tokens[end].sentence == tokens[first].sentence &&
                                 isOneOf(tokens[end].text, {"leaders", "officials", "countries", "nations", "states",
                                                            "governments", "ministers", "diplomats", "neighbours",
                                                            "neighbors", "partners", "economies", "producers",
                                                            "exporters", "republics", "allies", "forces", "troops"});
    // "Kenyan Roads, Housing and Water Minister Peter Mwangi": the first
    // words of a portfolio listed before a title, parted by commas and
    // ended by "and" and the title; no one's name.
    const auto startsPortfolio = [&] {
        if (tokens[end - 1].end >= t.size() || t.at(tokens[end - 1].end) != QLatin1Char(','))
            return false;
        // Not "Kenji Morimoto, and India's Trade Minister": a portfolio's
        // words go on at once, with nothing but a space or ", " between.
        if (end >= tokens.size() || !startsUpper(tokens[end].text))
            return false;
        bool sawAnd = false;
        for (int j = end; j < std::min<qsizetype>(tokens.size(), end + 8); ++j) {
            const QStringView gap = QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
            if (tokens[j].sentence != tokens[first].sentence ||
                (gap != QLatin1String(" ") && gap != QLatin1String(", ")))
                return false;
            if (tokens[j].text == QLatin1String("and")) {
                sawAnd = true;
                continue;
            }
            if (!startsUpper(tokens[j].text))
                return false;
            if (gz.isTitle(tokens[j].text))
                return sawAnd;
        }
        return false;
    };
    // "Luís dos Reis Morais", "Omar bin Said Al-Harthi": up to four
    // capitalised words with particles of names between them (never "of",
    // "the" or "for") are a person's name too, where a name stands: at the
    // start of a sentence or a clause, or after a title or a verb of saying
    // ("spokesman Luís dos Reis"); not after "the" or another word ("at the
    // Casa de Campo", "the think tank Centro de Estudios").
    const auto whereANameStands = [&] {
        if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence)
            return true;
        const QString &w = tokens[first - 1].text;
        const qsizetype gap = tokens[first].start - tokens[first - 1].end;
        if (!QStringView(t).mid(tokens[first - 1].end, gap).trimmed().isEmpty())
            return true; // ", Omar bin Said,", "(Omar bin Said)"
        return w.front().isLower() && (gz.isTitle(w) || gz.isSpeechVerb(w));
    };
    const auto isParticle = [](const Token &tok) { return nameParticles().contains(tok.text); };
    const int particles =
        hasConnector ? int(std::count_if(tokens.cbegin() + first, tokens.cbegin() + end, isParticle)) : 0;
    const bool particlesOnly =
        hasConnector && count - particles <= 4 && particles <= 2 &&
        std::none_of(tokens.cbegin() + first, tokens.cbegin() + end,
                     [](const Token &tok) {
                         return connectors().contains(tok.text) && !nameParticles().contains(tok.text);
                     }) &&
        // ("talks with Yousef bin Ahmed Al Khalifa": "bin" is a name's
        // wherever it stands; no place or body is named so.)
        (whereANameStands() || std::any_of(tokens.cbegin() + first + 1, tokens.cbegin() + end - 1,
                                           [](const Token &tok) { return tok.text == QLatin1String("bin"); }));
    // "the plan, “North Star”, …" and "without naming North Star": words
    // the text gave alone in quotation marks name a plan, a film or a
    // ship, not a person.
    const auto quotedAlone = [&] {
        return std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &q) {
            if (q.close - q.open - 1 < name.size() || q.close - q.open - 1 > name.size() + 1)
                return false;
            const QStringView inside = QStringView(t).mid(q.open + 1, q.close - q.open - 1);
            return inside.startsWith(name) && (inside.size() == name.size() || inside.back() == QLatin1Char(','));
        });
    };
    // "Water Development", "Public Relations Unit", "National Treasury",
    // "Blue Economy": words of a portfolio or an office alone are nobody's
    // name.
    const auto portfolioAlone = [&] {
        const WordSet &words = portfolioWords();
        return std::all_of(tokens.cbegin() + first, tokens.cbegin() + end, [&](const Token &tok) {
            return words.contains(tok.text) || connectors().contains(tok.text);
        });
    };
    // "the Lower Songwe irrigation scheme", "Greater Accra": a place's part.
    const bool partOfAPlace = isOneOf(tokens[first].text, {"Lower", "Upper", "Greater"});
    if (count - particles <= 4 && (!hasConnector || particlesOnly) && !inTitle && !describesAGroup &&
        !startsPortfolio() && !demonymPortfolio() && !portfolioAlone() && !partOfAPlace &&
        !std::any_of(tokens.cbegin() + first, tokens.cbegin() + end,
                     [](const Token &tok) { return isAcronym(tok.text); }) &&
        !quotedAlone()) {
        const int e = addEntity(NodeKind::Person, name,
                                particlesOnly ? QStringLiteral("capitalised name with particles")
                                              : QStringLiteral("capitalised name"));
        addMention(e, first, end);
    }
}

// ", the Oslo shipping firm chartering …", ", Malawi's biggest tea
// exporter,", ", a Geneva commodity trader, which …": what follows the
// name says it is a company (", a ferry operator", not ", a crane operator"). The kind comes before any "at",
// "of" … (not
// ", a partner at the law firm"), and "which" is never a person's.
bool EntityFinder::describedAsOrganization(int end) const
{
    const qsizetype after = tokens[end - 1].end;
    if (after >= t.size() || t.at(after) != QLatin1Char(',') || end >= tokens.size() ||
        tokens[end].sentence != tokens[end - 1].sentence)
        return false;
    // Most names with a comma after them are followed by none of these: no expression to try.
    if (!isOneOf(tokens[end].text, {"the", "a", "an", "which"}) && !startsUpper(tokens[end].text))
        return false;
    static const QRegularExpression described(
        QStringLiteral("^,\\s+(?:which\\b|(?:(?:the|a|an)\\s+|(?:\\p{Lu}[\\w.-]*\\s+){0,3}\\p{Lu}[\\w.-]*['\u2019]s\\s+)"
                       "(?:(?!(?:at|of|for|in|with|to|from|on|by|who|whose|which|that|and|or)\\b)[\\w'\u2019-]+\\s+){0,5}?"
                       "(?:(?:firm|company|consortium|venture|group|bank|lender|insurer|reinsurer|"
                       // "a ferry operator", not "a crane operator": one who works a machine
                       "(?<!crane\\s|forklift\\s|machine\\s|camera\\s|radio\\s|drill\\s|excavator\\s|"
                       "switchboard\\s|winch\\s|lathe\\s)operator|manufacturer|"
                       "carrier|airline|utility|conglomerate|subsidiary|contractor|refiner|cooperative|co-operative|"
                       "charity|agency|consultancy|start-up|startup|retailer|partnership|corporation|multinational|"
                       "exporter|importer)s?\\b|[\\w'\u2019-]+,\\s+which\\b))"));
    // Each way of the expression needs one of these words whole: "which",
    // a kind of company (or its plural with an "s"), "start" of "start-up",
    // "operative" of "co-operative".
    static const ExpressionWords kindWords = {
        "which",         "firm",          "firms",        "company",       "companys",     "consortium",
        "consortiums",   "venture",       "ventures",     "group",         "groups",       "bank",
        "banks",         "lender",        "lenders",      "insurer",       "insurers",     "reinsurer",
        "reinsurers",    "operator",      "operators",    "manufacturer",  "manufacturers", "carrier",
        "carriers",      "airline",       "airlines",     "utility",       "utilitys",     "conglomerate",
        "conglomerates", "subsidiary",    "subsidiarys",  "contractor",    "contractors",  "refiner",
        "refiners",      "cooperative",   "cooperatives", "operative",     "operatives",   "charity",
        "charitys",      "agency",        "agencys",      "consultancy",   "consultancys", "start",
        "startup",       "startups",      "retailer",     "retailers",     "partnership",  "partnerships",
        "corporation",   "corporations",  "multinational", "multinationals", "exporter",   "exporters",
        "importer",      "importers"};
    const Sentence &s = sentences[tokens[end - 1].sentence];
    const QStringView rest = QStringView(t).mid(after, std::min<qsizetype>(140, s.end - after));
    if (!kindWords.foundIn(rest))
        return false; // no match to try
    const QRegularExpressionMatch m = matchIn(described, rest);
    // "the Gulf, which Qatar fears …": a name ending in a word of places
    // is a place, whatever "which" follows; only a kind of company makes it one.
    if (m.hasMatch() && placeWords().contains(tokens[end - 1].text) && m.capturedView(0).endsWith(QLatin1String("which")))
        return false;
    return m.hasMatch();
}

// "La Voz de la Línea, a regional newspaper in …", "Radio Kestia, the
// island's only broadcaster": what follows the name says it is a news
// outlet (not ", a newspaper columnist", someone who writes for one).
bool EntityFinder::describedAsOutlet(int end) const
{
    const qsizetype after = tokens[end - 1].end;
    if (after >= t.size() || t.at(after) != QLatin1Char(',') || end >= tokens.size() ||
        tokens[end].sentence != tokens[end - 1].sentence || !isOneOf(tokens[end].text, {"the", "a", "an"}))
        return false;
    for (int j = end + 1; j < std::min<qsizetype>(tokens.size(), end + 6); ++j) {
        if (tokens[j].sentence != tokens[end].sentence || isOneOf(tokens[j].text, {"at", "of", "for", "who", "whose"}) ||
            (j > end + 1 && !text.adjacent(j - 1, j)))
            return false;
        if (isOneOf(tokens[j].text, {"newspaper", "broadcaster", "magazine", "tabloid", "broadsheet", "newsweekly"}) ||
            ((tokens[j].text == QLatin1String("station") || tokens[j].text == QLatin1String("channel")) &&
             isOneOf(tokens[j - 1].text, {"radio", "television", "TV", "news"})) ||
            (tokens[j].text == QLatin1String("agency") && tokens[j - 1].text == QLatin1String("news")))
            return j + 1 >= tokens.size() || tokens[j + 1].sentence != tokens[j].sentence ||
                   !isOneOf(tokens[j + 1].text, {"columnist", "editor", "reporter", "correspondent", "journalist",
                                                 "photographer", "critic", "owner"});
    }
    return false;
}

// "engineers from Tindra Hydro", "the board of Saltfjell Kraft",
// "executives at …": a name of two words or more whose people these are
// is their company, not a place or a person (a known place stays one).
bool EntityFinder::ofItsPeople(int first, int end) const
{
    const int k = first - 1;
    if (end - first < 2 || k < 1 || tokens[k - 1].sentence != tokens[first].sentence ||
        !isOneOf(tokens[k].text, {"from", "of", "at"}) ||
        !isOneOf(tokens[k - 1].text, {"engineers", "officials", "executives", "staff", "workers", "employees",
                                      "representatives", "delegates", "lawyers", "experts", "heads", "head", "board",
                                      "members", "managers", "bankers", "scientists", "technicians", "chiefs",
                                      "directors", "shareholders", "negotiators"}))
        return false;
    const QString name = text.words(first, end);
    return !gz.isPlaceName(name) && !placeWords().contains(tokens[end - 1].text) &&
           !placeWords().contains(tokens[first].text);
}

// Words alone in parentheses right before the dash of a dateline
// ("TOKYO, May 2 (Pacific Wire) —", "MENDOZA (Cuyo Valley Today) -").
bool EntityFinder::outletOfDateline(int first, int end) const
{
    const qsizetype open = tokens[first].start - 1;
    qsizetype after = tokens[end - 1].end;
    if (open < 0 || t.at(open) != QLatin1Char('(') || after >= t.size() || t.at(after) != QLatin1Char(')'))
        return false;
    ++after;
    while (after < t.size() && t.at(after) == QLatin1Char(' '))
        ++after;
    if (after >= t.size() || !(t.at(after) == QLatin1Char('-') || t.at(after) == QChar(0x2014) || t.at(after) == QChar(0x2013)))
        return false;
    return isDateline(sentences[tokens[first].sentence].firstToken);
}

// "TOKYO (Pacific Wire) —": the city a dispatch comes from.
bool EntityFinder::isDateline(int token) const
{
    const QString &w = tokens[token].text;
    if (w.size() < 3 || !isAllUpper(w))
        return false;
    const Sentence &s = sentences[tokens[token].sentence];
    if (s.firstToken != token)
        return false;
    // "KITWE, Zambia —", "TOKYO (Pacific Wire) —", "NEW DELHI, Sept 26": the
    // capitals end at a comma, a parenthesis or a dash; not "NATO's chief".
    int last = token;
    while (last + 1 < s.endToken && text.adjacent(last, last + 1) &&
           isAllUpper(tokens[last + 1].text))
        ++last;
    qsizetype after = tokens[last].end;
    while (after < t.size() && t.at(after) == QLatin1Char(' '))
        ++after;
    if (after >= t.size())
        return false;
    const QChar c = t.at(after);
    return c == QLatin1Char(',') || c == QLatin1Char('(') || c == QLatin1Char('-') || c == QChar(0x2014) ||
           c == QChar(0x2013);
}

// The entity named by the words starting at token k ("Tanaka", "he",
// "the minister", "Japan's foreign minister, Aiko Tanaka"), and where
// those words end; -1 when they name no one.
int EntityFinder::speakerAt(int k, int limit, qsizetype at, Span *named, int *stop)
{
    if (k >= limit)
        return -1;
    const QString w = tokens[k].text;
    // A name here, or after title words ("Foreign Minister Aiko Tanaka");
    // an organisation or country before a title is the person's
    // ("OPEC Secretary General Karim Belhadj", "EU chief negotiator X").
    int candidate = -1;
    for (int j = k; j < std::min(limit, k + gz.longestTitleWords() + 4); ++j) {
        const auto found = mentionAtToken.constFind(j);
        if (found != mentionAtToken.constEnd()) {
            const Mention &m = std::as_const(mentions)[*found];
            const NodeKind kind = std::as_const(out.entities)[m.entity].kind;
            if (kind == NodeKind::Place)
                break;
            candidate = *found;
            if (kind == NodeKind::Person)
                break;
            j = m.endToken - 1; // look on past the organisation
            continue;
        }
        const bool titleWord = gz.isTitle(tokens[j].text); // lower-cased to look up
        if ((!startsUpper(tokens[j].text) && !titleWord) || (j > k && !text.adjacent(j - 1, j)))
            break;
    }
    // "Fiji's Minister of Forests and Fisheries, Jone Nata, said", "Fiji's
    // foreign minister, Jone Nata, wrote": past a country's (an
    // organisation's) title, with up to two words before it, and its
    // portfolio, the person set off by a comma after them is the one these
    // words name.
    if (candidate >= 0 && out.entities[std::as_const(mentions)[candidate].entity].kind != NodeKind::Person) {
        bool titled = false;
        for (int j = std::as_const(mentions)[candidate].endToken; j < limit; ++j) {
            const QStringView gap =
                QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
            const bool possessive = gap.size() == 3 && isApostrophe(gap.at(0)) &&
                                    gap.at(1) == QLatin1Char('s') && gap.at(2) == QLatin1Char(' ');
            if (gap != QLatin1String(" ") && gap != QLatin1String(", ") &&
                !(possessive && j == std::as_const(mentions)[candidate].endToken))
                break;
            if (const auto found = mentionAtToken.constFind(j); found != mentionAtToken.constEnd()) {
                if (titled && gap == QLatin1String(", ") &&
                    out.entities[std::as_const(mentions)[*found].entity].kind == NodeKind::Person)
                    candidate = *found;
                break;
            }
            const QString &word = tokens[j].text;
            if (gz.isTitle(word))
                titled = true;
            else if (titled ? !startsUpper(word) && !isOneOf(word, {"of", "for", "and", "the"})
                            : j - std::as_const(mentions)[candidate].endToken >= 2)
                break;
        }
    }
    if (candidate >= 0) {
        const Mention &m = std::as_const(mentions)[candidate];
        *named = Span{tokens[k].start, m.end};
        *stop = m.endToken;
        return m.entity;
    }
    const QString g = pronounGender(w);
    if (!g.isEmpty() && (lowerEquals(w, u"he") || lowerEquals(w, u"she"))) {
        const int person =
            resolvePronoun(g, std::min(at, tokens[k].start)); // who was named before the pronoun
        *named = Span{tokens[k].start, tokens[k].end};
        *stop = k + 1;
        return person;
    }
    // "the minister", "the NATO chief", "the secretary general": the
    // person who was given the longest title these words match.
    if (lowerEquals(w, u"the")) {
        for (int e = std::min(limit, k + 5); e >= k + 2; --e) {
            // The words of one sentence ("the Minister said.\n\nMinister"
            // is no title).
            if (tokens[e - 1].sentence != tokens[k].sentence)
                continue;
            const QString phrase = text.words(k + 1, e);
            const QString last = tokens[e - 1].text;
            int person = gz.isTitle(phrase) ? personWithTitle(phrase, at) : -1;
            if (person < 0 && gz.isTitle(last) && e == k + 2)
                person = personWithTitle(last, at);
            if (person < 0 && gz.isTitle(last) && e > k + 2)
                person = personWithTitleFor(text.words(k + 1, e - 1), last, at); // "the Brazilian leader"
            if (person < 0 && gz.isTitle(last) && e > k + 2 && !gz.isTitle(phrase)) {
                person = personWithTitle(last, at); // "the NATO chief"
                // Not another country's ("the Burkinabè minister" is not Togo's).
                const QString country = gz.country(text.words(k + 1, e - 1));
                if (person >= 0 && !country.isEmpty()) {
                    const int of = std::as_const(out.entities)[person].titleOf;
                    if (of >= 0 && std::as_const(out.entities)[of].kind == NodeKind::Country &&
                        std::as_const(out.entities)[of].label != country)
                        person = -1;
                }
            }
            if (person < 0 && e == k + 3 && !startsUpper(tokens[k + 1].text) &&
                isOneOf(last, {"leader", "chief", "head", "chairman", "chairwoman", "president"}))
                person = personHeading(tokens[k + 1].text, at); // "the union leader"
            // "“…,” the minister told the hall before she left": not a
            // holder of the other gender when another holder fits.
            if (person >= 0 && gender.contains(person)) {
                QString said;
                for (int j = e; j < std::min<int>(int(tokens.size()), e + 12) && said.isEmpty(); ++j) {
                    if (tokens[j].sentence != tokens[k].sentence || insideQuote(tokens[j].start))
                        break;
                    if (lowerEquals(tokens[j].text, u"he") || lowerEquals(tokens[j].text, u"she"))
                        said = pronounGender(tokens[j].text);
                }
                if (!said.isEmpty() && gender.value(person) != said) {
                    const QString &word = tokens[e - 1].text;
                    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
                        const Mention &m = mentions[*it];
                        const Entity &other = std::as_const(out.entities)[m.entity];
                        if (m.start < at && m.entity != person && gender.value(m.entity, said) == said &&
                            other.title.contains(word, Qt::CaseInsensitive)) {
                            person = m.entity;
                            break;
                        }
                    }
                }
            }
            if (person >= 0) {
                addAlias(person, text.words(k, e));
                *named = Span{tokens[k].start, tokens[e - 1].end};
                *stop = e;
                return person;
            }
        }
    }
    return -1;
}

bool EntityFinder::insideQuote(qsizetype pos) const
{
    return std::any_of(quotes.cbegin(), quotes.cend(),
                       [&](const Quote &q) { return pos > q.open && pos < q.close; });
}

// "he" or "she": the subject of this sentence before the pronoun, else
// of the sentences before it (newest first), else the last speaker;
// never someone known to be of the other gender. Names inside
// quotations do not count.
// "with Mendes Ribeiro's team", "a pledge by Power Minister Sunil
// Kathuria": a name after a preposition, or a possessive, is no subject
// for a pronoun to stand for.
bool EntityFinder::notSubject(const Mention &m) const
{
    static const WordSet prepositions = {
        QStringLiteral("by"),    QStringLiteral("with"), QStringLiteral("of"),      QStringLiteral("to"),
        QStringLiteral("from"),  QStringLiteral("for"),  QStringLiteral("against"), QStringLiteral("between"),
        QStringLiteral("about"), QStringLiteral("on"),   QStringLiteral("at"),
        // "Giving evidence before Judge Maria Amukwaya, Shikongo said": whom
        // someone stands before or under is no subject either.
        QStringLiteral("before"), QStringLiteral("under"), QStringLiteral("alongside"), QStringLiteral("beside")};
    if (m.end + 1 < t.size() && (t.at(m.end) == QLatin1Char('\'') || t.at(m.end) == QChar(0x2019)) &&
        t.at(m.end + 1) == QLatin1Char('s'))
        return true;
    const Sentence &s = sentences[tokens[m.firstToken].sentence];
    // "Asked whether El Ouardi had chosen Riyadh, he laughed": a name in
    // the question, before the comma that ends it, is not the one asked.
    if (m.firstToken > s.firstToken && isOneOf(tokens[s.firstToken].text, {"Asked", "Pressed", "Questioned"}) &&
        !QStringView(t).mid(s.start, m.start - s.start).contains(QLatin1Char(',')))
        return true;
    for (int k = m.firstToken - 1; k >= std::max(s.firstToken, m.firstToken - 5); --k) {
        if (text.commaBetween(k, k + 1)) {
            // "questioning from the lead prosecutor, Chanda Mukuka,": a name
            // set off after a preposition's "the" and a lower-case title is
            // that preposition's object too.
            if (k != m.firstToken - 1 || startsUpper(tokens[k].text) ||
                !(gz.isTitle(tokens[k].text) || (m.end < t.size() && t.at(m.end) == QLatin1Char(','))))
                return false;
            // (Not the end of a clause of place or time before the
            // subject: "At the estate, where workers sat in the shade of the
            // factory walls, Selvi Ramasamy said".)
            const auto inOpeningClause = [&] {
                for (int c = k; c >= s.firstToken; --c) {
                    if (c < k && text.commaBetween(c, c + 1))
                        return false;
                    if (isOneOf(tokens[c].text, {"where", "when", "while", "although", "because", "since", "whereas"}))
                        return true;
                }
                return false;
            };
            for (int j = k - 1; j >= std::max(s.firstToken, k - 3); --j) {
                if (lowerEquals(tokens[j].text, u"the"))
                    return j > s.firstToken && prepositions.contains(tokens[j - 1].text) && !inOpeningClause();
                if (startsUpper(tokens[j].text) || !text.adjacent(j, j + 1))
                    return false;
            }
            return false;
        }
        const QString &w = tokens[k].text;
        if (startsUpper(w) || isAcronym(w))
            continue; // a title or a qualifier before the name
        return prepositions.contains(w);
    }
    return false;
}

int EntityFinder::resolvePronoun(const QString &g, qsizetype at, int chained)
{
    const auto fits = [&](int person) { return gender.value(person, g) == g; };
    const auto take = [&](int person) {
        gender.insert(person, g);
        return person;
    };
    const int here = text.sentenceAt(at);
    const int oldest = std::max(0, here - 3);
    const auto possessive = [&](const Mention &m) {
        return m.end + 1 < t.size() && (t.at(m.end) == QLatin1Char('\'') || t.at(m.end) == QChar(0x2019)) &&
               t.at(m.end + 1) == QLatin1Char('s');
    };
    // "Haddad: I met my counterpart …": a one-word label, read as any
    // name, is who speaks the turn (its "I", never a "he").
    const auto opensTurn = [&](const Mention &m) {
        if (m.end >= t.size() || t.at(m.end) != QLatin1Char(':') || (m.start > 0 && t.at(m.start - 1) != QLatin1Char('\n')))
            return false;
        const QStringView opening = QStringView(t).mid(m.start, std::min<qsizetype>(120, t.size() - m.start));
        if (!mayOpenWithTranscriptLabel(opening))
            return false;
        const QRegularExpressionMatch label = matchIn(transcriptLabel(), opening);
        return label.hasMatch() && m.start + label.capturedEnd(1) == m.end;
    };
    // The person mentions of sentence si that may be its subjects, in order.
    const auto subjectsOf = [&](int si) {
        const Sentence &s = sentences[si];
        QList<int> found;
        auto first = std::lower_bound(
            personMentionOrder.cbegin(), personMentionOrder.cend(), s.start,
            [&](int index, qsizetype pos) { return std::as_const(mentions)[index].start < pos; });
        int opening = -1; // "Khanal's last word was …": a possessive opening the sentence
        for (auto it = first;
             it != personMentionOrder.cend() && std::as_const(mentions)[*it].start < std::min(s.end, at);
             ++it) {
            const Mention &m = std::as_const(mentions)[*it];
            // (Nor a transcript's label: who speaks a turn is its "I",
            // never its "he".)
            if (insideQuote(m.start) || labelNames.contains(m.firstToken) || opensTurn(m))
                continue;
            if (!notSubject(m))
                found.append(*it);
            else if (m.firstToken == s.firstToken && opening < 0)
                opening = *it;
            else
                opening = -2; // someone else named: not about the one
        }
        // With nobody else named, the sentence is about its possessor, who
        // may speak next.
        if (found.isEmpty() && opening >= 0 && possessive(std::as_const(mentions)[opening]))
            found.append(opening);
        // "… was with Zoltan Brandl. The Hungarian prime minister, who …,
        // refused": a sentence opened by "The" and a title, naming nobody,
        // is about the person the sentence before it named last.
        if (found.isEmpty() && opening == -1 && si > 0 && s.firstToken + 1 < s.endToken &&
            lowerEquals(tokens[s.firstToken].text, u"the") && sentences[si - 1].paragraph == s.paragraph) {
            bool titled = false;
            for (int k = s.firstToken + 1; k < std::min(s.endToken, s.firstToken + 4) && !titled; ++k)
                titled = gz.isTitle(tokens[k].text);
            if (titled) {
                const Sentence &before = sentences[si - 1];
                auto last = std::lower_bound(
                    personMentionOrder.cbegin(), personMentionOrder.cend(), before.end,
                    [&](int index, qsizetype pos) { return std::as_const(mentions)[index].start < pos; });
                while (last != personMentionOrder.cbegin()) {
                    const int index = *--last;
                    if (std::as_const(mentions)[index].start < before.start)
                        break;
                    if (!insideQuote(std::as_const(mentions)[index].start)) {
                        found.append(index);
                        break;
                    }
                }
            }
        }
        // "The Minister has asked the governors …. “…,” he said": a sentence
        // opened by "The" and a title, naming nobody, is about the one who
        // holds that title, when one does.
        if (found.isEmpty() && opening == -1 && s.firstToken + 1 < s.endToken &&
            lowerEquals(tokens[s.firstToken].text, u"the") && startsUpper(tokens[s.firstToken + 1].text) &&
            gz.isTitle(tokens[s.firstToken + 1].text)) {
            const int holder = personWithTitle(tokens[s.firstToken + 1].text, s.start);
            for (auto it = personMentionOrder.crbegin(); holder >= 0 && it != personMentionOrder.crend(); ++it) {
                const Mention &m = std::as_const(mentions)[*it];
                if (m.entity == holder && m.start < s.start && !insideQuote(m.start)) {
                    found.append(*it);
                    break;
                }
            }
        }
        return found;
    };
    // "A, on her first trip, met B. B said …. “…,” she said": B, of no
    // known gender, was met by A, known to be of the pronoun's: A, the
    // one who did the meeting, not the one met. (Not "A and his
    // counterpart, B,": B is a subject there too.)
    const auto knownPartnerOf = [&](int person, int from) {
        for (int sj = from; sj >= oldest; --sj) {
            const Sentence &s = sentences[sj];
            int partner = -1;
            auto first = std::lower_bound(
                personMentionOrder.cbegin(), personMentionOrder.cend(), s.start,
                [&](int index, qsizetype pos) { return std::as_const(mentions)[index].start < pos; });
            for (auto it = first;
                 it != personMentionOrder.cend() && std::as_const(mentions)[*it].start < std::min(s.end, at);
                 ++it) {
                const Mention &m = std::as_const(mentions)[*it];
                if (insideQuote(m.start))
                    continue;
                if (m.entity == person && partner >= 0 && isObject(m))
                    return partner;
                if (partner < 0 && m.entity != person && gender.value(m.entity) == g && !notSubject(m))
                    partner = m.entity;
            }
        }
        return -1;
    };
    // "Last week she called A, and on Friday she hosted B. … She said": a
    // pronoun of the same gender before anyone named in a sentence is its
    // subject, the one it stands for.
    const auto pronounFirst = [&](int si, const QList<int> &subjects) {
        const Sentence &s = sentences[si];
        const qsizetype named = subjects.isEmpty() ? s.end : std::as_const(mentions)[subjects.first()].start;
        for (int k = s.firstToken; k < s.endToken && tokens[k].start < std::min(named, at); ++k) {
            const QString &w = tokens[k].text;
            if (w.size() <= 3 && (lowerEquals(w, u"he") || lowerEquals(w, u"she")) && pronounGender(w) == g &&
                !insideQuote(tokens[k].start))
                return tokens[k].start;
        }
        return qsizetype(-1);
    };
    // "Sichilima was in Johannesburg, she said, and …": a pronoun saying
    // the words in an aside after a clause is not that clause's subject
    // (else it would read "Sichilima said"); not after "that" ("a call
    // that, she said, she still remembers").
    static const WordSet asideVerbs = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"),
                                       QStringLiteral("added"), QStringLiteral("recalled"),
                                       QStringLiteral("testified")};
    const auto asideAt = [&](int k) {
        const QString &w = tokens[k].text;
        if (w.size() > 3 || !(lowerEquals(w, u"he") || lowerEquals(w, u"she")) || k == 0 || k + 1 >= tokens.size() ||
            tokens[k - 1].sentence != tokens[k].sentence || !asideVerbs.contains(tokens[k + 1].text) ||
            isOneOf(tokens[k - 1].text, {"that", "which", "who", "where", "when"}) || insideQuote(tokens[k].start))
            return false;
        const QStringView gap = QStringView(t).mid(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
        return gap.trimmed() == QLatin1String(",");
    };
    const int atToken = text.tokenAtOrAfter(at);
    const bool aside = atToken < tokens.size() && tokens[atToken].start == at && asideAt(atToken);
    // The pronoun of an earlier sentence's aside: whom it stood for.
    const auto asideIn = [&](int si) {
        const Sentence &s = sentences[si];
        for (int k = s.firstToken + 1; k < s.endToken; ++k) {
            if (asideAt(k) && pronounGender(tokens[k].text) == g)
                return tokens[k].start;
        }
        return qsizetype(-1);
    };
    for (int si = here; si >= oldest; --si) {
        bool firstSubject = true;
        const QList<int> subjects = subjectsOf(si);
        if (const qsizetype before = chained < 3 ? pronounFirst(si, subjects) : -1; before >= 0)
            return resolvePronoun(g, before, chained + 1);
        if (si == here && aside)
            continue;
        if (const qsizetype before = si < here && chained < 3 ? asideIn(si) : -1; before >= 0)
            return resolvePronoun(g, before, chained + 1);
        for (int index : subjects) {
            const Mention &m = std::as_const(mentions)[index];
            // "Cavalcanti, she said, had …": a pronoun in an aside right after
            // a name is someone else (else it would read "Cavalcanti said").
            if (si == here && QStringView(t).mid(m.end, at - m.end).trimmed() == QLatin1String(","))
                continue;
            // "He will meet President Sofia Herrera …, and both he and …":
            // the one met, earlier in the pronoun's own sentence, is not
            // who the pronoun stands for.
            if (si == here && isObject(m) && !afterSubordinator(m))
                continue;
            // Past the sentence's subject, only one joined to it by "and"
            // ("A and B held talks") is a subject too.
            if (!firstSubject && !joinedByAnd(m))
                break;
            firstSubject = false;
            if (!fits(m.entity))
                continue; // of the other gender: look on to a subject beside it, then further back
            // (Not when B is the subject in the pronoun's own paragraph: "B
            // said …. “…,” he told …" goes on about B.)
            if (!gender.contains(m.entity) && sentences[si].paragraph != sentences[here].paragraph) {
                if (const int partner = knownPartnerOf(m.entity, si); partner >= 0)
                    return take(partner);
            }
            return take(m.entity);
        }
    }
    for (auto it = out.statements.crbegin(); it != out.statements.crend(); ++it) {
        if (it->evidence.start < at && it->speaker >= 0 &&
            std::as_const(out.entities)[it->speaker].kind == NodeKind::Person && fits(it->speaker))
            return take(it->speaker);
    }
    // An interview's "she said" paragraphs after the one naming her: the
    // last one named whom the text made of that gender, if everyone named
    // since is known to be of the other (else no one: not a guess).
    auto before = std::lower_bound(
        personMentionOrder.cbegin(), personMentionOrder.cend(), at,
        [&](int index, qsizetype pos) { return std::as_const(mentions)[index].start < pos; });
    while (before != personMentionOrder.cbegin()) {
        const Mention &m = std::as_const(mentions)[*--before];
        if (insideQuote(m.start))
            continue;
        if (!gender.contains(m.entity))
            return -1;
        if (gender.value(m.entity) == g)
            return m.entity;
    }
    return -1;
}

// "met Transport Minister Joel Kiptoo", "talks with Ruiz": right
// after a word of the sentence's own (a verb, a preposition), past its
// title and qualifier; not after "and", a possessive or a comma.
bool EntityFinder::isObject(const Mention &m) const
{
    const int sentence = tokens[m.firstToken].sentence;
    for (int k = m.firstToken - 1; k >= std::max(0, m.firstToken - 6) && tokens[k].sentence == sentence; --k) {
        if (!text.adjacent(k, k + 1))
            return false;
        if (!startsUpper(tokens[k].text))
            return !isOneOf(tokens[k].text, {"and", "or", "his", "her", "their", "its", "our", "as"});
    }
    return false;
}

// "when Ruiz arrived", "after Ruiz said": the name opens a clause of its
// own (a subject there), past its title and qualifier.
bool EntityFinder::afterSubordinator(const Mention &m) const
{
    const int sentence = tokens[m.firstToken].sentence;
    for (int k = m.firstToken - 1; k >= std::max(0, m.firstToken - 6) && tokens[k].sentence == sentence; --k) {
        if (!startsUpper(tokens[k].text))
            return isOneOf(tokens[k].text, {"when", "after", "before", "while", "since", "as", "because", "if", "that",
                                            "where", "though", "although", "until", "once", "but", "so", "whereas"});
    }
    return false;
}

// "Health Minister Lina Perez and Labour Minister Tomas Ruiz held talks":
// the name comes after "and", past its title and qualifier.
bool isLeaderTitle(const QString &title)
{
    static const QRegularExpression words(QStringLiteral("[\\s-]+"));
    const QStringList w = title.toLower().split(words, Qt::SkipEmptyParts);
    for (const QString &word : w) {
        if (isOneOf(word, {"vice", "deputy", "assistant", "associate", "junior", "former", "ex", "elect"}))
            return false;
    }
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QString next = i + 1 < w.size() ? w[i + 1] : QString();
        if (isOneOf(w[i], {"president", "premier", "king", "queen", "emir", "sultan", "monarch"}))
            return true;
        if (w[i] == QLatin1String("chancellor") && next != QLatin1String("of"))
            return true;
        if (w[i] == QLatin1String("prime") && next == QLatin1String("minister"))
            return true;
        if (w[i] == QLatin1String("head") && next == QLatin1String("of") && i + 2 < w.size() &&
            isOneOf(w[i + 2], {"state", "government"}))
            return true;
    }
    return false;
}

bool isOwnOutlet(const Entity &e)
{
    return e.rule == QLatin1String("news outlet in the dateline") ||
           e.rule == QLatin1String("the article's outlet, as its metadata names it");
}

bool isMinisterTitle(const QString &title)
{
    if (title.contains(QLatin1String("minister"), Qt::CaseInsensitive))
        return !isLeaderTitle(title);
    // "Defense Secretary", "Foreign Secretary", "Secretary of State": a
    // government's secretary of a portfolio, not a body's officer.
    static const QRegularExpression words(QStringLiteral("[\\s-]+"));
    const QStringList w = title.toLower().split(words, Qt::SkipEmptyParts);
    if (!w.contains(QLatin1String("secretary")))
        return false;
    for (const QString &word : w) {
        if (isOneOf(word, {"general", "permanent", "press", "principal", "deputy", "under", "assistant", "executive",
                           "cabinet", "parliamentary", "private", "party", "union", "former", "company", "board"}))
            return false;
    }
    return w.size() >= 2;
}

bool EntityFinder::joinedByAnd(const Mention &m) const
{
    const int sentence = tokens[m.firstToken].sentence;
    for (int k = m.firstToken - 1; k >= std::max(0, m.firstToken - 6) && tokens[k].sentence == sentence; --k) {
        if (!text.adjacent(k, k + 1))
            return false;
        if (tokens[k].text == QLatin1String("and"))
            return true;
        if (!startsUpper(tokens[k].text))
            return false;
    }
    return false;
}

// "the Brazilian leader", "the Kenyan minister": the person named last
// before `at` whose title the text gave for that country ("Brazilian
// President Lucas Andrade"); a leader is its president, prime minister
// or monarch.
int EntityFinder::personWithTitleFor(const QString &qualifier, const QString &titleWord, qsizetype at) const
{
    const QString country = gz.country(qualifier);
    if (country.isEmpty())
        return -1;
    const bool leader = titleWord.compare(QLatin1String("leader"), Qt::CaseInsensitive) == 0;
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        if (m.start >= at)
            continue;
        const Entity &e = std::as_const(out.entities)[m.entity];
        if (e.titleOf < 0 || std::as_const(out.entities)[e.titleOf].kind != NodeKind::Country ||
            std::as_const(out.entities)[e.titleOf].label != country)
            continue;
        if (leader ? isLeaderTitle(e.title) : e.title.contains(titleWord, Qt::CaseInsensitive))
            return m.entity;
    }
    // "Burkina Faso's Issouf Sawadogo … the Burkinabè minister": no one has
    // the title of that country; the last one named as the country's, with
    // no other title, is the one it stands for.
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        if (m.start < at && !insideQuote(m.start) && std::as_const(out.entities)[m.entity].title.isEmpty() &&
            possessiveCountryBefore(m.firstToken) == country)
            return m.entity;
    }
    return -1;
}

// Whether token k follows a possessive ("Thailand's Minister").
bool EntityFinder::possessiveBefore(int k) const
{
    if (k < 1)
        return false;
    const QStringView gap = QStringView(t).mid(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
    return gap.size() == 3 && isApostrophe(gap.at(0)) && gap.at(1) == QLatin1Char('s');
}

// The country whose possessive, in up to three words, stands right before
// token k ("Burkina Faso's Issouf Sawadogo"); empty if none.
QString EntityFinder::possessiveCountryBefore(int k) const
{
    if (!possessiveBefore(k))
        return {};
    // (The longest first: "South Sudan's", not "Sudan's".)
    for (int from = std::max(0, k - 3); from < k; ++from) {
        bool joined = true;
        for (int j = from; j + 1 < k && joined; ++j)
            joined = text.adjacent(j, j + 1);
        const QString name = joined ? gz.country(text.words(from, k)) : QString();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

// "the union leader": the last one named before `at` with a head's title
// in lower case between an organisation whose name has that word and his
// name ("DLU chairman Rui Matos", of the Douro Labour Union).
int EntityFinder::personHeading(const QString &kind, qsizetype at) const
{
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        const int f = m.firstToken;
        if (m.start >= at || *it == 0 || f < 2 || mentions[*it - 1].endToken != f - 1)
            continue;
        const Entity &org = std::as_const(out.entities)[mentions[*it - 1].entity];
        if (org.kind != NodeKind::Organization || !text.adjacent(f - 2, f - 1) || !text.adjacent(f - 1, f) ||
            !isOneOf(tokens[f - 1].text, {"chairman", "chairwoman", "chair", "president", "leader", "head", "chief",
                                          "director"}))
            continue;
        for (const QStringView word : QStringView(org.label).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.compare(kind, Qt::CaseInsensitive) == 0)
                return m.entity;
        }
    }
    return -1;
}

int EntityFinder::personWithTitle(const QString &titleWord, qsizetype at) const
{
    // "the minister", after "Foreign Minister A" and "Deputy Minister B":
    // a bare title is the full one's; a deputy's only when no one holds it.
    const auto subordinate = [](const QString &title) {
        const qsizetype space = title.indexOf(QLatin1Char(' '));
        return space > 0 && isOneOf(title.left(space), {"deputy", "vice", "assistant", "associate", "junior"});
    };
    const bool rankGiven = subordinate(titleWord);
    int deputy = -1;
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        if (m.start >= at)
            continue;
        const Entity &e = std::as_const(out.entities)[m.entity];
        if (!e.title.contains(titleWord, Qt::CaseInsensitive))
            continue;
        // "Prime Minister Holub … the Prime Minister of Hungary, Kerekes …
        // the Prime Minister said": a holder whose title names a country
        // yields the bare title to one named with it alone, the home one.
        if ((rankGiven || !subordinate(e.title)) && e.titleOf >= 0 &&
            std::as_const(out.entities)[e.titleOf].kind == NodeKind::Country) {
            for (auto home = it + 1; home != personMentionOrder.crend(); ++home) {
                const Entity &h = std::as_const(out.entities)[mentions[*home].entity];
                if (mentions[*home].entity != m.entity && h.titleOf < 0 &&
                    h.title.contains(titleWord, Qt::CaseInsensitive) && !subordinate(h.title))
                    return mentions[*home].entity;
            }
        }
        if (rankGiven || !subordinate(e.title))
            return m.entity;
        if (deputy < 0)
            deputy = m.entity;
    }
    if (deputy >= 0)
        return deputy;
    // The two expressions below, made once per title word and thread: made
    // anew on every call they were a twentieth of all extraction.
    struct TitleExpressions
    {
        QRegularExpression given;
        QRegularExpression aside;
    };
    thread_local QHash<QString, TitleExpressions> made;
    auto found = made.find(titleWord);
    if (found == made.end()) {
        const QString escaped = QRegularExpression::escape(titleWord);
        found = made.insert(
            titleWord,
            TitleExpressions{
                QRegularExpression(QStringLiteral("^\\s+(?:has been|had been|is|was|became|is now)\\s+(?:the\\s+)?") +
                                       escaped + QStringLiteral("\\s+(?:of|at|for)\\s"),
                                   QRegularExpression::CaseInsensitiveOption),
                // ("the federal Minister of Mobility, Sophie Deprez": a word
                // or two in lower case may qualify the title.)
                // "Australia's Minister for International Development and
                // the Pacific, Daniel Whitcombe": a country's, too.
                // (Case is ignored only where it is written (?i:…): PCRE2
                // 10.45, Debian 13's, matches \p{Ll} with capitals too when
                // the whole expression ignores case, and "the Dutch Minister
                // of Infrastructure" would qualify.)
                QRegularExpression(QStringLiteral("(?:\\b(?i:the|its|their|his|her)|\\b\\p{Lu}[\\w.-]*['\u2019]s)\\s+(?:\\p{Ll}[\\w-]*\\s+){0,2}(?i:") + escaped +
                                       // "the Minister of Agrarian Development and Irrigation,"
                                       QStringLiteral(")(?:\\s+(?i:of|for)\\s+\\p{Lu}[^\\s,]*(?:\\s+(?:(?i:and|of|for|the)\\s+){0,2}\\p{Lu}[^\\s,]*)*)?,\\s*$"))});
    }
    // "Otieno has been director-general of the board": a title the verb
    // after the name gives, without capitals.
    const QRegularExpression &given = found->given;
    // The expression only after white space and one of its verbs.
    static const ExpressionWords verbs = {"has", "had", "is", "was", "became"};
    const auto mayBeGiven = [&](QStringView after) {
        qsizetype j = 0;
        while (j < after.size() && isPatternSpace(after[j]))
            ++j;
        return j > 0 && verbs.foundIn(after.sliced(j, std::min<qsizetype>(8, after.size() - j)));
    };
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        const QStringView after = QStringView(t).mid(m.end, std::min<qsizetype>(60, t.size() - m.end));
        if (m.start < at && !insideQuote(m.start) && mayBeGiven(after) && matchIn(given, after).hasMatch())
            return m.entity;
    }
    // "… and the mayor of Goražde, Senad Bešlija": an aside before the
    // name gives it, without capitals.
    const QRegularExpression &aside = found->aside;
    for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
        const Mention &m = mentions[*it];
        const qsizetype from = std::max<qsizetype>(0, m.start - 90);
        // (It ends with a comma, and white space at most.)
        QStringView before = QStringView(t).mid(from, m.start - from);
        while (!before.isEmpty() && isPatternSpace(before.back()))
            before.chop(1);
        if (m.start < at && !insideQuote(m.start) && before.endsWith(QLatin1Char(',')) &&
            matchIn(aside, QStringView(t).mid(from, m.start - from)).hasMatch())
            return m.entity;
    }
    return -1;
}

} // namespace threadline::extract::detail
