#include "extractor.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "dates.h"
#include "gazetteer.h"

namespace threadline::extract {

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    int sentence = -1;
};

struct Sentence
{
    qsizetype start = 0;
    qsizetype end = 0;
    int firstToken = 0;
    int endToken = 0; // one past the last
    int paragraph = 0;
};

struct Quote
{
    qsizetype open = 0;  // the opening mark
    qsizetype close = 0; // the closing mark
    int sentence = -1;
    bool nested = false;
    bool scare = false; // a few words or a title: not a statement unless attributed
    bool title = false; // a name or a title in marks: never a statement
};

// Where the text names an entity.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1;
    int firstToken = 0;
    int endToken = 0;
};

bool isOpeningDouble(QChar c)
{
    return c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB);
}

bool isClosingDouble(QChar c)
{
    return c == QChar(0x201D) || c == QChar(0x00BB);
}

const QSet<QString> &commonCapitalised()
{
    // Words that start sentences or headlines without naming anything.
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "After", "Before", "But",
              "And", "Or", "However", "Meanwhile", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its",
              "According", "Earlier", "Later", "While", "When", "As", "For", "With", "Without", "If", "Asked", "Speaking",
              "Both", "All", "Some", "Many", "Most", "Several", "Other", "Others", "Such", "There", "Here", "Where",
              "What", "Who", "Why", "How", "Yet", "Still", "Also", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last",
              "Next", "Since", "Until", "During", "Despite", "Although", "Though", "Because", "By", "From", "To", "Of",
              "Under", "Over", "About", "Among", "Between", "Into", "Through", "Against", "Amid", "Ahead", "Even", "Only",
              "Not", "No", "Yes", "One", "Two", "Three", "First", "Second", "Third", "New", "Mr", "Ms", "Mrs", "Dr",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
              "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Follow", "Read",
              "Join", "More", "Latest", "Advertising", "Facts", "Photo", "Image", "Video", "Watch", "Subscribe",
              "Unlike", "Like", "Instead", "Once", "Each", "Every", "Any", "Nor", "So", "Thus", "Indeed", "Overall",
              "Nevertheless", "Furthermore", "Moreover", "Additionally", "Notably", "Separately", "Officials",
              "Analysts", "Critics", "Experts", "Observers", "Diplomats", "Leaders", "Talks", "Negotiations", "Sources"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Lower-case words inside a name ("Ministry of Defence", "Horn of Africa",
// "Ursula von der Leyen"). Not "and": "Japan and Australia" is two names.
const QSet<QString> &connectors()
{
    static const QSet<QString> words = {QStringLiteral("of"),  QStringLiteral("the"), QStringLiteral("for"),
                                        QStringLiteral("de"),  QStringLiteral("da"),  QStringLiteral("dos"),
                                        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("al"),
                                        QStringLiteral("bin"), QStringLiteral("der"), QStringLiteral("la"),
                                        QStringLiteral("le"),  QStringLiteral("du"),  QStringLiteral("del")};
    return words;
}

// Last words that make a name a place's ("Senkaku Islands", "Wall Street").
const QSet<QString> &placeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"Island", "Islands", "Sea", "Ocean", "Gulf", "Street", "Square", "House", "Guest", "Guesthouse", "Palace",
              "Hall", "Centre", "Center", "City", "Province", "Region", "Valley", "River", "Lake", "Mountains",
              "Highlands", "Bay", "Strait", "Straits", "Coast", "Park", "Airport", "Port", "Capitol", "Building",
              "Tower", "Bridge", "Corridor", "Peninsula", "Desert", "Plateau", "Basin", "Canal", "Harbour", "Harbor",
              "Avenue", "Road", "Camp", "Base", "Field", "Mine", "Plant", "Refinery", "Station", "Stadium", "Theatre",
              "Theater", "Museum", "Cathedral", "Mosque", "Temple", "County", "District", "State", "Territory",
              "Oblast", "Prefecture", "Governorate", "Heights", "Hills", "Forest", "Falls", "Reef", "Cape", "Sound",
              "Guesthouse", "Residence", "Villa", "Castle", "Embassy", "Consulate", "Compound", "Zone", "Sector",
              "North", "South", "East", "West", "Copperbelt"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// "said Tuesday", "said yesterday": a day between the verb and the clause.
bool isDayWord(const QString &word)
{
    static const QSet<QString> days = {QStringLiteral("Monday"),   QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"),
                                       QStringLiteral("Thursday"), QStringLiteral("Friday"),   QStringLiteral("Saturday"),
                                       QStringLiteral("Sunday"),   QStringLiteral("yesterday"), QStringLiteral("today")};
    return days.contains(word);
}

bool startsUpper(const QString &word)
{
    return !word.isEmpty() && word.front().isUpper();
}

bool isAcronym(const QString &word)
{
    if (word.size() < 2 || word.size() > 8)
        return false;
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != QLatin1Char('.') && !c.isDigit()) {
            return false;
        }
    }
    return letters >= 2;
}

QString pronounGender(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("he") || w == QLatin1String("him") || w == QLatin1String("his"))
        return QStringLiteral("m");
    if (w == QLatin1String("she") || w == QLatin1String("her") || w == QLatin1String("hers"))
        return QStringLiteral("f");
    return {};
}

class Pass
{
public:
    Pass(const QString &text, const QDate &documentDate, const Gazetteer &gazetteer)
        : t(text), date(documentDate), gz(gazetteer)
    {
    }

    Extraction run()
    {
        tokenize();
        splitSentences();
        findQuotes();
        findNames();
        findQuotedStatements();
        findReportedStatements();
        findEvents();
        return std::move(out);
    }

private:
    const QString &t;
    QDate date;
    const Gazetteer &gz;
    Extraction out;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<Quote> quotes;
    QList<Mention> mentions; // in text order
    QHash<int, int> mentionAtToken; // first token -> mention
    QHash<QString, int> byName;
    QHash<int, QString> gender; // person -> "m" / "f" once known
    QList<int> personMentionOrder;

    // --- text ------------------------------------------------------------------

    void tokenize()
    {
        static const QSet<QString> abbreviations = {
            QStringLiteral("Mr"),  QStringLiteral("Ms"),   QStringLiteral("Mrs"), QStringLiteral("Dr"),
            QStringLiteral("St"),  QStringLiteral("Gen"),  QStringLiteral("Sen"), QStringLiteral("Rep"),
            QStringLiteral("Prof"), QStringLiteral("Adm"), QStringLiteral("Col"), QStringLiteral("Lt"),
            QStringLiteral("Jr"),  QStringLiteral("Sr"),   QStringLiteral("Jan"), QStringLiteral("Feb"),
            QStringLiteral("Mar"), QStringLiteral("Apr"),  QStringLiteral("Jun"), QStringLiteral("Jul"),
            QStringLiteral("Aug"), QStringLiteral("Sep"),  QStringLiteral("Sept"), QStringLiteral("Oct"),
            QStringLiteral("Nov"), QStringLiteral("Dec"),  QStringLiteral("No"),  QStringLiteral("Gov")};
        // By hand, not by regular expression: this loop is most of the
        // extractor's time. Words are letters and digits joined by an
        // apostrophe or a hyphen; "U.S." is one word.
        const qsizetype n = t.size();
        const auto wordChar = [&](qsizetype i) { return i < n && t.at(i).isLetterOrNumber(); };
        qsizetype i = 0;
        while (i < n) {
            if (!wordChar(i)) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            qsizetype end = i;
            // Initials: "U.S.", "U.K." (a capital and a period, twice or more).
            qsizetype j = i;
            int initials = 0;
            while (j + 1 < n && t.at(j).isUpper() && t.at(j + 1) == QLatin1Char('.')) {
                j += 2;
                ++initials;
            }
            if (initials >= 2 && !wordChar(j)) {
                end = j;
            } else {
                while (true) {
                    while (wordChar(end))
                        ++end;
                    if (end + 1 < n && (t.at(end) == QLatin1Char('\'') || t.at(end) == QChar(0x2019) || t.at(end) == QLatin1Char('-'))
                        && wordChar(end + 1)) {
                        ++end;
                        continue;
                    }
                    break;
                }
            }
            Token tok{start, end, QString(), -1};
            // "Ribeiro's": the name without its possessive.
            if (end - start > 2 && t.at(end - 1) == QLatin1Char('s')
                && (t.at(end - 2) == QLatin1Char('\'') || t.at(end - 2) == QChar(0x2019)))
                tok.end -= 2;
            tok.text = t.mid(tok.start, tok.end - tok.start);
            if (tok.end < n && t.at(tok.end) == QLatin1Char('.') && abbreviations.contains(tok.text)) {
                ++tok.end;
                tok.text += QLatin1Char('.');
            }
            tokens.append(tok);
            i = end;
        }
    }

    bool insideToken(qsizetype pos) const
    {
        auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), pos,
                                   [](qsizetype p, const Token &tok) { return p < tok.start; });
        if (it == tokens.cbegin())
            return false;
        --it;
        return pos >= it->start && pos < it->end;
    }

    void splitSentences()
    {
        int paragraph = 0;
        qsizetype start = 0;
        const auto close = [&](qsizetype end) {
            while (start < end && t.at(start).isSpace())
                ++start;
            if (end > start)
                sentences.append(Sentence{start, end, 0, 0, paragraph});
            start = end;
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == QLatin1Char('\n')) {
                close(i);
                ++paragraph;
                continue;
            }
            if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && !insideToken(i)) {
                qsizetype end = i + 1;
                while (end < t.size() && (isClosingDouble(t.at(end)) || t.at(end) == QLatin1Char('"')
                                          || t.at(end) == QChar(0x2019) || t.at(end) == QLatin1Char('\'')
                                          || t.at(end) == QLatin1Char(')')))
                    ++end;
                if (end == t.size() || t.at(end).isSpace())
                    close(end);
            }
        }
        close(t.size());
        int s = 0;
        for (int k = 0; k < tokens.size(); ++k) {
            while (s + 1 < sentences.size() && tokens[k].start >= sentences[s + 1].start)
                ++s;
            tokens[k].sentence = s;
        }
        for (Sentence &sentence : sentences)
            sentence.firstToken = sentence.endToken = -1;
        for (int k = 0; k < tokens.size(); ++k) {
            Sentence &sentence = sentences[tokens[k].sentence];
            if (sentence.firstToken < 0)
                sentence.firstToken = k;
            sentence.endToken = k + 1;
        }
        for (Sentence &sentence : sentences) {
            if (sentence.firstToken < 0)
                sentence.firstToken = sentence.endToken = 0;
        }
    }

    int sentenceAt(qsizetype pos) const
    {
        auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                                   [](qsizetype p, const Sentence &s) { return p < s.start; });
        return it == sentences.cbegin() ? 0 : int(it - sentences.cbegin() - 1);
    }

    int tokenAtOrAfter(qsizetype pos) const
    {
        auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), pos,
                                   [](const Token &tok, qsizetype p) { return tok.end <= p; });
        return int(it - tokens.cbegin());
    }

    // Quotation marks, paragraph by paragraph: typographic pairs, straight
    // double quotes in turn, and single quotes that are not apostrophes.
    void findQuotes()
    {
        qsizetype paragraphStart = 0;
        while (paragraphStart <= t.size()) {
            qsizetype paragraphEnd = t.indexOf(QLatin1Char('\n'), paragraphStart);
            if (paragraphEnd < 0)
                paragraphEnd = t.size();
            findQuotesIn(paragraphStart, paragraphEnd);
            paragraphStart = paragraphEnd + 1;
        }
        std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.open < b.open; });
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            for (qsizetype j = 0; j < quotes.size(); ++j) {
                if (i != j && quotes[j].open < quotes[i].open && quotes[i].close < quotes[j].close)
                    quotes[i].nested = true;
            }
            quotes[i].sentence = sentenceAt(quotes[i].open);
            quotes[i].title = looksLikeTitle(t.mid(quotes[i].open + 1, quotes[i].close - quotes[i].open - 1));
            quotes[i].scare = quotes[i].title || isScareQuote(quotes[i]);
        }
    }

    void findQuotesIn(qsizetype from, qsizetype to)
    {
        QList<std::pair<qsizetype, qsizetype>> doubles;
        qsizetype open = -1;
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = t.at(i);
            if (open < 0 && (isOpeningDouble(c) || c == QLatin1Char('"'))) {
                open = i;
            } else if (open >= 0 && (c == QLatin1Char('"') || isClosingDouble(c))) {
                // Typographic and straight marks are mixed in copied text
                // ("“his leadership … strong\""): either closes either.
                if (i > open + 1)
                    doubles.append({open, i});
                open = -1;
            }
        }
        for (const auto &[o, c] : doubles)
            quotes.append(Quote{o, c});
        // Single quotes: an opening mark at a word's start, a closing one at
        // a word's end, not an apostrophe inside a word ("Russia's").
        const auto insideDouble = [&](qsizetype pos) {
            return std::any_of(doubles.cbegin(), doubles.cend(),
                               [&](const auto &d) { return pos > d.first && pos < d.second; });
        };
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = t.at(i);
            const bool typographic = c == QChar(0x2018);
            if (!typographic && c != QLatin1Char('\''))
                continue;
            const bool afterWord = i > from && t.at(i - 1).isLetterOrNumber();
            if (afterWord || i + 1 >= to || !t.at(i + 1).isLetterOrNumber())
                continue;
            for (qsizetype j = i + 2; j < to; ++j) {
                const QChar d = t.at(j);
                if (d == QLatin1Char('\n'))
                    break;
                if ((typographic ? d == QChar(0x2019) : d == QLatin1Char('\'')) && !t.at(j - 1).isSpace()
                    && (j + 1 >= to || !t.at(j + 1).isLetterOrNumber())) {
                    if (insideDouble(i) == insideDouble(j))
                        quotes.append(Quote{i, j});
                    i = j;
                    break;
                }
            }
        }
    }

    // --- names -----------------------------------------------------------------

    int addEntity(NodeKind kind, const QString &label, const QString &rule)
    {
        if (const auto it = byName.constFind(label); it != byName.constEnd())
            return *it;
        // "KITWE" in the dateline and "Kitwe" later are one place.
        if (kind != NodeKind::Person) {
            for (int i = 0; i < out.entities.size(); ++i) {
                if (out.entities[i].kind == kind && out.entities[i].label.compare(label, Qt::CaseInsensitive) == 0) {
                    // The way the text usually writes it, not the dateline's capitals.
                    if (out.entities[i].label.toUpper() == out.entities[i].label && label.toUpper() != label) {
                        out.entities[i].aliases.append(out.entities[i].label);
                        out.entities[i].label = label;
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

    void addAlias(int entity, const QString &alias)
    {
        Entity &e = out.entities[entity];
        if (alias != e.label && !e.aliases.contains(alias))
            e.aliases.append(alias);
        if (!byName.contains(alias))
            byName.insert(alias, entity);
    }

    void addMention(int entity, int first, int end)
    {
        Mention m{tokens[first].start, tokens[end - 1].end, entity, first, end};
        mentions.append(m);
        mentionAtToken.insert(first, int(mentions.size()) - 1);
        out.entities[entity].mentions.append(Span{m.start, m.end});
        if (out.entities[entity].kind == NodeKind::Person)
            personMentionOrder.append(int(mentions.size()) - 1);
    }

    QString words(int first, int end) const
    {
        return t.mid(tokens[first].start, tokens[end - 1].end - tokens[first].start);
    }

    // Only spaces (and a hyphen or a period of "U.S.") between two tokens.
    bool adjacent(int a, int b) const
    {
        for (qsizetype i = tokens[a].end; i < tokens[b].start; ++i) {
            if (t.at(i) != QLatin1Char(' '))
                return false;
        }
        return tokens[a].sentence == tokens[b].sentence;
    }

    // The person a last name or first name stands for.
    int personBySurname(const QString &name) const
    {
        for (int i = int(out.entities.size()) - 1; i >= 0; --i) {
            const Entity &e = out.entities[i];
            if (e.kind != NodeKind::Person)
                continue;
            const QStringList parts = e.label.split(QLatin1Char(' '));
            if (parts.size() > 1 && (parts.last() == name || parts.first() == name))
                return i;
        }
        return -1;
    }

    // Title words at [first, end): the longest title, and where it ends.
    int titleEnd(int first, int end) const
    {
        if (first >= end || !gz.startsTitle(tokens[first].text))
            return -1;
        int best = -1;
        for (int k = first + 1; k <= std::min(end, first + gz.longestTitleWords()); ++k) {
            if (gz.isTitle(words(first, k)))
                best = k;
        }
        return best;
    }

    void findNames()
    {
        int k = 0;
        while (k < tokens.size()) {
            if (!startsUpper(tokens[k].text) && !isAcronym(tokens[k].text)) {
                ++k;
                continue;
            }
            // The run of capitalised words, with "of", "the", "al-" … inside.
            int end = k + 1;
            while (end < tokens.size() && adjacent(end - 1, end)) {
                const QString &w = tokens[end].text;
                if (startsUpper(w) || isAcronym(w)) {
                    ++end;
                } else if (connectors().contains(w) && end + 1 < tokens.size() && adjacent(end, end + 1)
                           && startsUpper(tokens[end + 1].text)) {
                    end += 2;
                } else {
                    break;
                }
            }
            int first = k;
            // Sentence-initial words like "The", "After", "However".
            const auto common = [&](const QString &w) {
                return commonCapitalised().contains(w)
                       || (w.endsWith(QLatin1Char('.')) && commonCapitalised().contains(w.chopped(1)));
            };
            while (first < end && common(tokens[first].text)
                   && !(first + 1 < end && gz.isTitle(tokens[first].text)))
                ++first;
            if (first < end)
                classify(first, end);
            k = end;
        }
    }

    void classify(int first, int end)
    {
        const QString whole = words(first, end);
        // A country by any of its names (a demonym alone names nobody).
        if (const QString country = gz.country(whole); !country.isEmpty() && !gz.isDemonym(whole)) {
            const int e = addEntity(NodeKind::Country, country, QStringLiteral("ISO 3166 name"));
            if (whole != country)
                addAlias(e, whole);
            addMention(e, first, end);
            return;
        }
        // A name already known, whole.
        if (const auto it = byName.constFind(whole); it != byName.constEnd()) {
            addMention(*it, first, end);
            return;
        }
        // Qualifier, title, name: "Indian External Affairs Minister Rohan Mehta".
        int k = first;
        int qualifier = -1;
        int qualifierEnd = first;
        const bool countryFirst = gz.startsCountry(tokens[first].text);
        const bool acronymFirst = isAcronym(tokens[first].text);
        for (int q = std::min(end, first + 3); q > first && (countryFirst || acronymFirst); --q) {
            const QString w = words(first, q);
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
        // A qualifier the data does not know ("Uruguayan", "Kestrel"): the
        // title may start a word or two later.
        if (titleEnd(k, end) < 0) {
            for (int later = k + 1; later < std::min(end - 1, k + 3); ++later) {
                if (titleEnd(later, end) > later) {
                    const QString unknown = words(k, later);
                    bool organization = isAcronym(unknown);
                    for (int w = k; w < later && !organization; ++w)
                        organization = gz.isOrganizationWord(tokens[w].text);
                    if (organization) {
                        qualifier = addEntity(NodeKind::Organization, unknown, QStringLiteral("organisation before a title"));
                        addMention(qualifier, k, later);
                    }
                    k = later;
                    break;
                }
            }
        }
        int titleStop = k;
        for (int next = titleEnd(k, end); next > k; next = titleEnd(titleStop, end))
            titleStop = next;
        // "Minister of State for Petroleum Resources Adaeze Okafor": the
        // title goes on with "of …" and "for …"; the name is the last words.
        if (titleStop > k && titleStop < end && (end - titleStop > 4 || connectors().contains(tokens[titleStop].text))) {
            int nameStart = end - 2;
            if (nameStart > titleStop && connectors().contains(tokens[nameStart - 1].text))
                nameStart = end - 1;
            titleStop = std::max(titleStop, nameStart);
        }
        if (titleStop > k && titleStop < end && end - titleStop <= 4) {
            const QString title = words(k, titleStop);
            const QString name = words(titleStop, end);
            int person = byName.value(name, -1);
            if (person < 0 && end - titleStop == 1)
                person = personBySurname(name);
            if (person < 0) {
                person = addEntity(NodeKind::Person, name, QStringLiteral("name after a title"));
            } else if (out.entities[person].kind != NodeKind::Person) {
                return;
            }
            Entity &p = out.entities[person];
            const QString plainTitle = title.endsWith(QLatin1Char('.')) ? QString() : title;
            if (p.title.isEmpty() && !plainTitle.isEmpty()) {
                p.title = plainTitle;
                p.titleOf = qualifier;
            }
            const QString lower = title.toLower();
            if (lower == QLatin1String("mr.") || lower == QLatin1String("mr"))
                gender.insert(person, QStringLiteral("m"));
            else if (lower.startsWith(QLatin1String("ms")) || lower.startsWith(QLatin1String("mrs")))
                gender.insert(person, QStringLiteral("f"));
            addMention(person, titleStop, end);
            return;
        }
        if (titleStop > first && titleStop == end)
            return; // a title alone ("Foreign Minister"): a reference, resolved where it speaks
        const QString name = words(first, end);
        const int count = end - first;
        // "TOKYO (Pacific Wire) —": the dispatch's city, not an acronym.
        if (count <= 3 && isDateline(first) && name.toUpper() == name) {
            const int e = addEntity(NodeKind::Place, name, QStringLiteral("dateline"));
            addMention(e, first, end);
            return;
        }
        // An organisation: its words, or an acronym, or "Name (ACR)".
        bool organization = isAcronym(name);
        for (int w = first; w < end && !organization; ++w)
            organization = gz.isOrganizationWord(tokens[w].text);
        if (organization) {
            const int e = addEntity(NodeKind::Organization, name, isAcronym(name) ? QStringLiteral("acronym")
                                                                                  : QStringLiteral("organisation word"));
            addMention(e, first, end);
            // "the African Union (AU)": the acronym is another name of it.
            const qsizetype after = tokens[end - 1].end;
            if (end < tokens.size() && after + 1 < t.size() && t.at(after) == QLatin1Char(' ')
                && t.at(after + 1) == QLatin1Char('(') && isAcronym(tokens[end].text)
                && tokens[end].end < t.size() && t.at(tokens[end].end) == QLatin1Char(')'))
                addAlias(e, tokens[end].text);
            return;
        }
        // One word: the surname of someone known, or a place after "in".
        const QString before = first > 0 && tokens[first - 1].sentence == tokens[first].sentence
                                   ? tokens[first - 1].text.toLower()
                                   : QString();
        const bool placePreposition = before == QLatin1String("in") || before == QLatin1String("at")
                                      || before == QLatin1String("from") || before == QLatin1String("to")
                                      || before == QLatin1String("near") || before == QLatin1String("outside");
        if (count == 1) {
            const int person = personBySurname(name);
            if (person >= 0) {
                addAlias(person, name);
                addMention(person, first, end);
                return;
            }
            if (placePreposition || isDateline(first)) {
                const int e = addEntity(NodeKind::Place, name, QStringLiteral("capitalised word after \u201cin\u201d"));
                addMention(e, first, end);
            }
            return;
        }
        const bool placeWord = placeWords().contains(tokens[end - 1].text) || placeWords().contains(tokens[first].text);
        const bool hasConnector = std::any_of(tokens.cbegin() + first, tokens.cbegin() + end,
                                              [](const Token &tok) { return connectors().contains(tok.text); });
        if ((placePreposition && count <= 3) || placeWord || isDateline(first)) {
            const int e = addEntity(NodeKind::Place, name,
                                    placeWord ? QStringLiteral("name of a place (its last word)")
                                              : QStringLiteral("name after \u201cin\u201d"));
            addMention(e, first, end);
            return;
        }
        // Two to four capitalised words, none "of": a person's name, if
        // the text treats it as one (see dropUnconfirmedPeople).
        if (count <= 4 && !hasConnector && !std::any_of(tokens.cbegin() + first, tokens.cbegin() + end,
                                                        [](const Token &tok) { return isAcronym(tok.text); })) {
            const int e = addEntity(NodeKind::Person, name, QStringLiteral("capitalised name"));
            addMention(e, first, end);
        }
    }

    // "TOKYO (Pacific Wire) —": the city a dispatch comes from.
    bool isDateline(int token) const
    {
        const QString &w = tokens[token].text;
        if (w.size() < 3 || w.toUpper() != w)
            return false;
        const Sentence &s = sentences[tokens[token].sentence];
        return s.firstToken == token;
    }

    // --- who speaks ------------------------------------------------------------

    // The entity named by the words starting at token k ("Tanaka", "he",
    // "the minister", "Japan's foreign minister, Aiko Tanaka"), and where
    // those words end; -1 when they name no one.
    int speakerAt(int k, int limit, qsizetype at, Span *named, int *stop)
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
                const Mention &m = mentions[*found];
                const NodeKind kind = out.entities[m.entity].kind;
                if (kind == NodeKind::Place)
                    break;
                candidate = *found;
                if (kind == NodeKind::Person)
                    break;
                j = m.endToken - 1; // look on past the organisation
                continue;
            }
            const bool titleWord = gz.isTitle(tokens[j].text) || gz.isTitle(tokens[j].text.toLower());
            if ((!startsUpper(tokens[j].text) && !titleWord) || (j > k && !adjacent(j - 1, j)))
                break;
        }
        if (candidate >= 0) {
            const Mention &m = mentions[candidate];
            *named = Span{tokens[k].start, m.end};
            *stop = m.endToken;
            return m.entity;
        }
        const QString g = pronounGender(w);
        const QString lower = w.toLower();
        if (!g.isEmpty() && (lower == QLatin1String("he") || lower == QLatin1String("she"))) {
            const int person = resolvePronoun(g, std::min(at, tokens[k].start)); // who was named before the pronoun
            *named = Span{tokens[k].start, tokens[k].end};
            *stop = k + 1;
            return person;
        }
        // "the minister", "the NATO chief", "the secretary general": the
        // person who was given the longest title these words match.
        if (lower == QLatin1String("the")) {
            for (int e = std::min(limit, k + 5); e >= k + 2; --e) {
                const QString phrase = words(k + 1, e);
                const QString last = tokens[e - 1].text;
                int person = gz.isTitle(phrase) ? personWithTitle(phrase, at) : -1;
                if (person < 0 && gz.isTitle(last) && e == k + 2)
                    person = personWithTitle(last, at);
                if (person < 0 && gz.isTitle(last) && e > k + 2 && !gz.isTitle(phrase))
                    person = personWithTitle(last, at); // "the NATO chief"
                if (person >= 0) {
                    addAlias(person, words(k, e));
                    *named = Span{tokens[k].start, tokens[e - 1].end};
                    *stop = e;
                    return person;
                }
            }
        }
        return -1;
    }

    bool insideQuote(qsizetype pos) const
    {
        return std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &q) { return pos > q.open && pos < q.close; });
    }

    // "he" or "she": the subject of this sentence before the pronoun, else
    // of the sentences before it (newest first), else the last speaker;
    // never someone known to be of the other gender. Names inside
    // quotations do not count.
    int resolvePronoun(const QString &g, qsizetype at)
    {
        const auto fits = [&](int person) { return gender.value(person, g) == g; };
        const auto take = [&](int person) {
            gender.insert(person, g);
            return person;
        };
        const int here = sentenceAt(at);
        for (int si = here; si >= std::max(0, here - 3); --si) {
            const Sentence &s = sentences[si];
            // People named in this sentence: from the first at or after its start.
            auto first = std::lower_bound(personMentionOrder.cbegin(), personMentionOrder.cend(), s.start,
                                          [&](int index, qsizetype pos) { return mentions[index].start < pos; });
            for (auto it = first; it != personMentionOrder.cend() && mentions[*it].start < s.end; ++it) {
                const int index = *it;
                const Mention &m = mentions[index];
                if (m.start < s.start || m.start >= s.end || (si == here && m.start >= at) || insideQuote(m.start))
                    continue;
                if (fits(m.entity))
                    return take(m.entity);
                break; // the subject is of the other gender: look further back
            }
        }
        for (auto it = out.statements.crbegin(); it != out.statements.crend(); ++it) {
            if (it->evidence.start < at && it->speaker >= 0 && out.entities[it->speaker].kind == NodeKind::Person
                && fits(it->speaker))
                return take(it->speaker);
        }
        return -1;
    }

    int personWithTitle(const QString &titleWord, qsizetype at) const
    {
        for (auto it = personMentionOrder.crbegin(); it != personMentionOrder.crend(); ++it) {
            const Mention &m = mentions[*it];
            if (m.start >= at)
                continue;
            const Entity &e = out.entities[m.entity];
            if (e.title.contains(titleWord, Qt::CaseInsensitive))
                return m.entity;
        }
        return -1;
    }

    bool speechVerbAt(int k, int *stop) const
    {
        if (k >= tokens.size())
            return false;
        // Two-word verbs ("told reporters", "pointed out") start with a verb's word.
        const QString &w = tokens[k].text;
        if (w.isEmpty() || !w.front().isLetter() || w.front().isUpper()) {
            if (w.size() > 1 && gz.isSpeechVerb(w)) { // "Said", rarely
                *stop = k + 1;
                return true;
            }
            return false;
        }
        if (k + 1 < tokens.size() && gz.startsSpeechVerb(w) && gz.isSpeechVerb(words(k, k + 2)) && adjacent(k, k + 1)) {
            *stop = k + 2;
            return true;
        }
        if (gz.isSpeechVerb(tokens[k].text)) {
            *stop = k + 1;
            return true;
        }
        return false;
    }

    // After the closing mark: "…," Tanaka said / said Tanaka / he said /
    // the minister told reporters.
    int attributionAfter(const Quote &q, Span *who)
    {
        const int k = tokenAtOrAfter(q.close + 1);
        if (k >= tokens.size())
            return -1;
        // Only what follows in the same sentence, before any full stop.
        for (qsizetype i = q.close + 1; i < tokens[k].start; ++i) {
            const QChar c = t.at(i);
            if (c == QLatin1Char('.') || c == QLatin1Char('\n') || isOpeningDouble(c))
                return -1;
        }
        const int limit = std::min<int>(int(tokens.size()), k + 10);
        int stop = 0;
        if (speechVerbAt(k, &stop)) { // said Tanaka
            int end = 0;
            const int speaker = speakerAt(stop, limit, q.open, who, &end);
            return speaker;
        }
        int end = 0;
        const int speaker = speakerAt(k, limit, q.open, who, &end);
        if (speaker < 0 && !(end > 0))
            return -1;
        // "Tanaka, the foreign minister, said" / "Tanaka said".
        for (int v = end; v < std::min(limit, end + 6); ++v) {
            if (speechVerbAt(v, &stop))
                return speaker;
            if (t.mid(tokens[v - 1].end, tokens[v].start - tokens[v - 1].end).contains(QLatin1Char('.')))
                break;
        }
        return -1;
    }

    // Before the opening mark, in its sentence: Tanaka said: "…" / Tanaka
    // told reporters that "…" / according to Tanaka, "…".
    int attributionBefore(const Quote &q, Span *who)
    {
        const Sentence &s = sentences[q.sentence];
        int last = tokenAtOrAfter(q.open) - 1;
        if (last < s.firstToken)
            return -1;
        for (int v = last; v >= s.firstToken; --v) {
            // Not past another quotation.
            if (std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &o) {
                    return o.close < q.open && o.close > tokens[v].start && !o.nested;
                }))
                break;
            int stop = 0;
            if (tokens[v].text.compare(QLatin1String("according"), Qt::CaseInsensitive) == 0 && v + 2 <= last
                && tokens[v + 1].text == QLatin1String("to")) {
                int end = 0;
                return speakerAt(v + 2, last + 1, q.open, who, &end);
            }
            if (!speechVerbAt(v, &stop))
                continue;
            // "X congratulated Trump and said", "he answered … by saying": the
            // verb's subject is the sentence's, the first name or pronoun in it.
            const bool sentenceSubject = tokens[v].text.endsWith(QLatin1String("ing"))
                                         || (v > s.firstToken && tokens[v - 1].text == QLatin1String("and"));
            if (sentenceSubject) {
                for (int subject = s.firstToken; subject < v; ++subject) {
                    int end = 0;
                    Span span;
                    const int speaker = speakerAt(subject, v, q.open, &span, &end);
                    if (speaker >= 0 && out.entities[speaker].kind == NodeKind::Person) {
                        *who = span;
                        return speaker;
                    }
                }
            }
            // The subject: the nearest name, pronoun or title before the verb.
            for (int subject = v - 1; subject >= std::max(s.firstToken, v - 14); --subject) {
                int end = 0;
                Span span;
                const int speaker = speakerAt(subject, v, q.open, &span, &end);
                if (speaker >= 0) {
                    *who = span;
                    return speaker;
                }
            }
            return -1;
        }
        return -1;
    }

    bool isModifier(const Quote &q) const
    {
        static const QSet<QString> function = {
            QStringLiteral("to"),   QStringLiteral("in"),   QStringLiteral("on"),  QStringLiteral("at"),
            QStringLiteral("and"),  QStringLiteral("but"),  QStringLiteral("for"), QStringLiteral("from"),
            QStringLiteral("with"), QStringLiteral("that"), QStringLiteral("as"),  QStringLiteral("by"),
            QStringLiteral("of"),   QStringLiteral("or"),   QStringLiteral("if"),  QStringLiteral("than"),
            QStringLiteral("was"),  QStringLiteral("is"),   QStringLiteral("were"), QStringLiteral("are"),
            QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("the"), QStringLiteral("a")};
        if (q.close + 2 >= t.size() || t.at(q.close + 1) != QLatin1Char(' ') || !t.at(q.close + 2).isLower())
            return false;
        const QChar last = t.at(q.close - 1);
        if (last == QLatin1Char(',') || last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!'))
            return false;
        const int k = tokenAtOrAfter(q.close + 1);
        return k < tokens.size() && !function.contains(tokens[k].text);
    }

    bool isScareQuote(const Quote &q) const
    {
        const QString inner = t.mid(q.open + 1, q.close - q.open - 1);
        const int wordCount = int(inner.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        static const QRegularExpression titleCue(
            QStringLiteral("\\b(?:so-called|dubbed|called|titled|entitled|named|known as|"
                           "report|book|film|plan|initiative|campaign|operation|strategy|programme|program|"
                           "doctrine|slogan|term|phrase|word|words|label|motto|agreement|declaration|framework|"
                           "project|bill|act|paper|study|document)\\s*[,:]?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QString before = t.mid(std::max<qsizetype>(0, q.open - 30), std::min<qsizetype>(30, q.open));
        if (titleCue.match(before).hasMatch())
            return true;
        return wordCount <= 3;
    }

    // "Financial Times", "Grounded: The Real Cost of the Two-Tier Economy":
    // every longer word capitalised, no sentence inside: a name or a title.
    static bool looksLikeTitle(const QString &inner)
    {
        int words = 0;
        for (const QString &word : inner.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString letters = word.trimmed();
            if (letters.size() < 4 || !letters.front().isLetter())
                continue;
            if (!letters.front().isUpper())
                return false;
            ++words;
        }
        static const QRegularExpression sentenceInside(QStringLiteral("[.!?,;]\\s"));
        return words >= 1 && !sentenceInside.match(inner).hasMatch();
    }

    void findQuotedStatements()
    {
        int previousParagraphSpeaker = -1;
        int lastParagraph = -1;
        int paragraphSpeaker = -1;
        for (const Quote &q : std::as_const(quotes)) {
            if (q.nested)
                continue;
            const int paragraph = sentences[q.sentence].paragraph;
            if (paragraph != lastParagraph) {
                previousParagraphSpeaker = lastParagraph >= 0 && paragraph == lastParagraph + 1 ? paragraphSpeaker : -1;
                paragraphSpeaker = -1;
                lastParagraph = paragraph;
            }
            Statement s;
            s.text = Span{q.open + 1, q.close};
            s.evidence = Span{q.open, q.close + 1};
            s.direct = true;
            Span who{-1, -1};
            int speaker = attributionAfter(q, &who);
            s.rule = QStringLiteral("quotation, speaker after it");
            if (speaker < 0) {
                speaker = attributionBefore(q, &who);
                s.rule = QStringLiteral("quotation, speaker before it");
            }
            // "…," he said, "…": the second part has the first part's speaker.
            if (speaker < 0 && !out.statements.isEmpty()) {
                const Statement &prev = out.statements.constLast();
                const QString between = t.mid(prev.evidence.end, q.open - prev.evidence.end);
                const bool sameSentence = sentenceAt(prev.evidence.start) == q.sentence;
                const bool nobodyBetween = std::none_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
                    return m.start >= prev.evidence.end && m.start < q.open
                           && out.entities[m.entity].kind == NodeKind::Person;
                });
                if (prev.direct && prev.speaker >= 0 && between.size() < 80 && !between.contains(QLatin1Char('\n'))
                    && (between.trimmed().endsWith(QLatin1Char(',')) || (sameSentence && nobodyBetween))) {
                    speaker = prev.speaker;
                    who = prev.speakerMention;
                    s.rule = QStringLiteral("quotation split by its attribution");
                }
            }
            const bool scare = q.scare;
            if (speaker < 0 && scare)
                continue;
            // A name or a title in quotation marks is no statement, whoever is near.
            if (q.title)
                continue;
            // "the “ring vaccination” trial": a few quoted words before a noun qualify it.
            if (scare && isModifier(q))
                continue;
            if (speaker >= 0 && scare) {
                // A few quoted words need a speech verb right beside them.
                const QString inner = t.mid(q.open + 1, q.close - q.open - 1);
                if (inner.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2)
                    continue;
            }
            // A paragraph that goes on quoting: the same speaker.
            if (speaker < 0) {
                const int sameParagraph = paragraphSpeaker >= 0 ? paragraphSpeaker : -1;
                const bool opensParagraph = sentences[q.sentence].start == q.open
                                            && (q.sentence == 0 || sentences[q.sentence - 1].paragraph != paragraph);
                if (sameParagraph >= 0) {
                    speaker = sameParagraph;
                    s.rule = QStringLiteral("quotation continuing its paragraph's speaker");
                } else if (opensParagraph && previousParagraphSpeaker >= 0) {
                    speaker = previousParagraphSpeaker;
                    s.rule = QStringLiteral("quotation continuing the last paragraph's speaker");
                }
            }
            if (speaker < 0) {
                const QString inner = t.mid(q.open + 1, q.close - q.open - 1);
                if (inner.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 8)
                    continue;
                s.rule = QStringLiteral("quotation without a speaker");
            }
            s.speaker = speaker;
            s.speakerMention = who;
            if (speaker >= 0)
                paragraphSpeaker = speaker;
            out.statements.append(s);
        }
    }

    // --- reported speech -------------------------------------------------------

    void findReportedStatements()
    {
        for (int si = 0; si < sentences.size(); ++si) {
            const Sentence &s = sentences[si];
            // Sentences with a quotation of their own are covered above.
            if (std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &q) {
                    return !q.nested && q.open >= s.start && q.open < s.end && !q.scare;
                }))
                continue;
            for (int v = s.firstToken; v < s.endToken; ++v) {
                int stop = 0;
                Span who{-1, -1};
                int speaker = -1;
                int clauseFirst = -1;
                QString rule;
                if (tokens[v].text.compare(QLatin1String("according"), Qt::CaseInsensitive) == 0 && v + 2 < s.endToken
                    && tokens[v + 1].text == QLatin1String("to")) {
                    int end = 0;
                    speaker = speakerAt(v + 2, s.endToken, tokens[v].start, &who, &end);
                    if (speaker < 0)
                        continue;
                    rule = QStringLiteral("according to");
                    if (v == s.firstToken) {
                        clauseFirst = end; // According to X, CLAUSE.
                    } else {
                        // CLAUSE, according to X.
                        Statement st;
                        st.direct = false;
                        st.speaker = speaker;
                        st.speakerMention = who;
                        st.rule = rule;
                        qsizetype clauseEnd = tokens[v].start;
                        while (clauseEnd > s.start && (t.at(clauseEnd - 1).isSpace() || t.at(clauseEnd - 1) == QLatin1Char(',')))
                            --clauseEnd;
                        st.text = Span{s.start, clauseEnd};
                        st.evidence = Span{s.start, s.end};
                        if (countWords(st.text) >= 4)
                            out.statements.append(st);
                        break;
                    }
                } else if (speechVerbAt(v, &stop)) {
                    // The subject right before the verb.
                    for (int subject = v - 1; subject >= std::max(s.firstToken, v - 6) && speaker < 0; --subject) {
                        int end = 0;
                        Span span;
                        speaker = speakerAt(subject, v, tokens[v].start, &span, &end);
                        if (speaker >= 0)
                            who = span;
                    }
                    if (speaker < 0)
                        continue;
                    clauseFirst = stop;
                    // "told reporters", "said on Tuesday", "said that".
                    while (clauseFirst < s.endToken) {
                        const QString w = tokens[clauseFirst].text.toLower();
                        if (w == QLatin1String("that") || w == QLatin1String("reporters") || w == QLatin1String("journalists")
                            || w == QLatin1String("on") || w == QLatin1String("in") || w == QLatin1String("a")
                            || w == QLatin1String("statement") || w == QLatin1String("an") || w == QLatin1String("interview")) {
                            ++clauseFirst;
                            if (w == QLatin1String("that"))
                                break;
                        } else if (isDayWord(tokens[clauseFirst].text)) {
                            ++clauseFirst;
                        } else {
                            break;
                        }
                    }
                    rule = QStringLiteral("reported speech (%1)").arg(words(v, stop).toLower());
                } else {
                    continue;
                }
                if (clauseFirst < 0 || clauseFirst >= s.endToken)
                    break;
                Statement st;
                st.direct = false;
                st.speaker = speaker;
                st.speakerMention = who;
                st.rule = rule;
                qsizetype clauseEnd = s.end;
                while (clauseEnd > tokens[clauseFirst].start && !t.at(clauseEnd - 1).isLetterOrNumber()
                       && t.at(clauseEnd - 1) != QLatin1Char(')'))
                    --clauseEnd;
                st.text = Span{tokens[clauseFirst].start, clauseEnd};
                st.evidence = Span{s.start, s.end};
                if (countWords(st.text) >= 4)
                    out.statements.append(st);
                break;
            }
        }
        std::sort(out.statements.begin(), out.statements.end(),
                  [](const Statement &a, const Statement &b) { return a.evidence.start < b.evidence.start; });
    }

    int countWords(const Span &span) const
    {
        int words = 0;
        bool inWord = false;
        for (qsizetype i = span.start; i < span.end; ++i) {
            const bool space = t.at(i).isSpace();
            words += !space && !inWord;
            inWord = !space;
        }
        return words;
    }

    // --- events ----------------------------------------------------------------

    void findEvents()
    {
        struct Trigger
        {
            const char *pattern;
            const char *type;
        };
        static const Trigger triggers[] = {
            {"phone call|phone conversation|telephone call|spoke by phone|spoke by telephone|by phone|on the phone|"
             "phoned|call with",
             "phone_call"},
            {"summit", "summit"},
            {"ministerial|ministers' meeting|ministers\u2019 meeting|meeting of (?:the )?(?:\\w+ )?(?:\\w+ )?ministers|"
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
                list.append({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QString::fromUtf8(trigger.pattern)),
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
        static const QRegularExpression missileStrike(QStringLiteral("\\b(?:missile|air|drone|military)\\s+strikes?\\b"),
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
                if (type == QLatin1String("meeting") && m.captured().toLower().startsWith(QLatin1String("meet"))
                    && !meetsSomeone(s.start + m.capturedEnd(), s))
                    continue;
                Event e;
                e.type = type;
                e.rule = QStringLiteral("\u201c%1\u201d with the names in its sentence").arg(m.captured().toLower());
                e.evidence = Span{s.start + m.capturedStart(), s.start + m.capturedEnd()};
                for (const Mention &mention : std::as_const(mentions)) {
                    if (mention.start < s.start || mention.end > s.end || quoted(mention.start)
                        || inParentheses(mention.start, s))
                        continue;
                    const Entity &entity = out.entities[mention.entity];
                    if (entity.kind == NodeKind::Person || entity.kind == NodeKind::Organization
                        || entity.kind == NodeKind::Country) {
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
                const bool definite = before.endsWith(QLatin1String("the")) || before.endsWith(QLatin1String("that"))
                                      || before.endsWith(QLatin1String("this"));
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
                if (sentenceAt(e.evidence.start) == sentenceAt(st.evidence.start) && st.speaker >= 0
                    && e.participants.contains(st.speaker))
                    st.event = i;
            }
        }
    }

    // "met with X", "meet Rutte", "meet in Vienna": someone or somewhere
    // within a few words after the verb.
    bool meetsSomeone(qsizetype after, const Sentence &s) const
    {
        const int k = tokenAtOrAfter(after);
        for (int j = k; j < std::min(s.endToken, k + 4); ++j) {
            const QString w = tokens[j].text.toLower();
            if (w == QLatin1String("with") || w == QLatin1String("in") || w == QLatin1String("at")
                || w == QLatin1String("on") || w == QLatin1String("again") || w == QLatin1String("privately"))
                return true;
            if (mentionAtToken.contains(j))
                return out.entities[mentions[mentionAtToken.value(j)].entity].kind != NodeKind::Other;
            if (j == k && (w == QLatin1String("the") || w == QLatin1String("a") || w == QLatin1String("its")
                           || w == QLatin1String("their") || w == QLatin1String("our")))
                continue;
        }
        return false;
    }

    // "(Pacific Wire)", "(AU)": asides, not who took part.
    bool inParentheses(qsizetype pos, const Sentence &s) const
    {
        const qsizetype open = t.lastIndexOf(QLatin1Char('('), pos);
        if (open < s.start)
            return false;
        const qsizetype close = t.indexOf(QLatin1Char(')'), open);
        return close > pos && close <= s.end;
    }

    void merge(const Event &e)
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

    QString labelFor(const Event &e) const
    {
        static const QHash<QString, QString> names = {
            {QStringLiteral("phone_call"), QStringLiteral("Phone call")}, {QStringLiteral("summit"), QStringLiteral("Summit")},
            {QStringLiteral("ministerial"), QStringLiteral("Ministerial meeting")},
            {QStringLiteral("interview"), QStringLiteral("Interview")}, {QStringLiteral("visit"), QStringLiteral("Visit")},
            {QStringLiteral("strike"), QStringLiteral("Strike")}, {QStringLiteral("talks"), QStringLiteral("Talks")},
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
            label += QStringLiteral(" of ") + (who.size() == 1 ? who.first()
                                                                : who.mid(0, who.size() - 1).join(QStringLiteral(", "))
                                                                      + QStringLiteral(" and ") + who.last());
        if (e.place >= 0)
            label += QStringLiteral(" in ") + out.entities[e.place].label;
        return label;
    }
};

} // namespace

Extraction extractArticle(const QString &text, const QDate &documentDate, const Gazetteer &gazetteer)
{
    return Pass(text, documentDate, gazetteer).run();
}

Extraction extractArticle(const QString &text, const QDate &documentDate)
{
    return extractArticle(text, documentDate, Gazetteer::bundled());
}

} // namespace threadline::extract
