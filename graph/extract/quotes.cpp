#include "quotes.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

#include "entities.h"
#include "eventwords.h"
#include "gazetteer.h"
#include "wordset.h"

namespace threadline::extract::detail {

namespace {

// The words of a quotation, as split at spaces (no list made).
int spaceSeparatedWords(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool space = c == QLatin1Char(' ');
        words += !space && !inWord;
        inWord = !space;
    }
    return words;
}

// Whether `before` may end as isScareQuote's titleCue asks: with one of
// its words, then white space and a comma or a colon at most. Its last
// word of ASCII letters, in lower case, is one of them (the first word of
// "known as" and "so-called" aside); one with a long s or a Kelvin sign,
// which the caseless expression reads as "s" and "k", may be too.
bool mayEndWithTitleCue(QStringView before)
{
    static const WordSet lastWords = {
        QStringLiteral("called"),    QStringLiteral("dubbed"),      QStringLiteral("titled"),
        QStringLiteral("entitled"),  QStringLiteral("named"),       QStringLiteral("as"),
        QStringLiteral("report"),    QStringLiteral("book"),        QStringLiteral("film"),
        QStringLiteral("plan"),      QStringLiteral("initiative"),  QStringLiteral("campaign"),
        QStringLiteral("operation"), QStringLiteral("strategy"),    QStringLiteral("programme"),
        QStringLiteral("program"),   QStringLiteral("doctrine"),    QStringLiteral("slogan"),
        QStringLiteral("term"),      QStringLiteral("phrase"),      QStringLiteral("word"),
        QStringLiteral("words"),     QStringLiteral("label"),       QStringLiteral("motto"),
        QStringLiteral("agreement"), QStringLiteral("declaration"), QStringLiteral("framework"),
        QStringLiteral("project"),   QStringLiteral("bill"),        QStringLiteral("act"),
        QStringLiteral("paper"),     QStringLiteral("study"),       QStringLiteral("document")};
    qsizetype end = before.size();
    while (end > 0 && isPatternSpace(before[end - 1]))
        --end;
    if (end > 0 && (before[end - 1] == u',' || before[end - 1] == u':'))
        --end;
    while (end > 0 && isPatternSpace(before[end - 1]))
        --end;
    const auto asciiLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    qsizetype start = end;
    while (start > 0 && asciiLetter(before[start - 1]))
        --start;
    if (start > 0 && (before[start - 1] == QChar(0x017F) || before[start - 1] == QChar(0x212A)))
        return true;
    QString word = before.sliced(start, end - start).toString();
    for (QChar &c : word)
        c = QChar(c.unicode() | 0x20); // an ASCII letter in lower case
    return lastWords.contains(word);
}

// Finds the quotation marks of a text and tells quotations from scare
// quotes and titles.
class QuoteMarks
{
public:
    explicit QuoteMarks(const Text &source) : text(source), t(source.t) {}

    void findQuotes();

    QList<Quote> quotes;

private:
    void findQuotesIn(qsizetype from, qsizetype to);
    void findDialogue();
    bool dialogueLine(qsizetype from, qsizetype to, QList<Quote> *found) const;
    bool isScareQuote(const Quote &q) const;
    static bool looksLikeTitle(QStringView inner, bool commas = false);
    bool namedBefore(const Quote &q) const;
    bool opensSplitQuotation(qsizetype i) const;

    const Text &text;
    const QString &t;
};

// Quotation marks, paragraph by paragraph: typographic pairs, straight
// double quotes in turn, and single quotes that are not apostrophes.
void QuoteMarks::findQuotes()
{
    qsizetype paragraphStart = 0;
    while (paragraphStart <= t.size()) {
        qsizetype paragraphEnd = t.indexOf(QLatin1Char('\n'), paragraphStart);
        if (paragraphEnd < 0)
            paragraphEnd = t.size();
        findQuotesIn(paragraphStart, paragraphEnd);
        paragraphStart = paragraphEnd + 1;
    }
    findDialogue();
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.open < b.open; });
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        for (qsizetype j = 0; j < quotes.size(); ++j) {
            if (i != j && quotes[j].open < quotes[i].open && quotes[i].close < quotes[j].close)
                quotes[i].nested = true;
        }
        quotes[i].sentence = text.sentenceAt(quotes[i].open);
        const QStringView inner = QStringView(t).mid(quotes[i].open + 1, quotes[i].close - quotes[i].open - 1);
        // Leaflets titled “Fair Milk, Fair Price”: after "titled",
        // "called" … a title may hold a comma.
        quotes[i].title = looksLikeTitle(inner) || (looksLikeTitle(inner, true) && namedBefore(quotes[i]));
        if (quotes[i].dialogueRun >= 0)
            continue; // a line said, whatever its length
        quotes[i].scare = quotes[i].title || isScareQuote(quotes[i]);
        if (quotes[i].scare && opensSplitQuotation(i))
            quotes[i].title = quotes[i].scare = false;
    }
}

// The speech of one line from..to opened by a dash, as found: the words up
// to an attribution (a comma, question or exclamation mark, then a few
// words holding a verb of saying, up to a full stop: ", Rakotomalala
// said.", "? she asked.") and the words after it, or the whole line when
// it has none. True when it has one.
bool QuoteMarks::dialogueLine(qsizetype from, qsizetype to, QList<Quote> *found) const
{
    static const WordSet verbs = {
        QStringLiteral("said"),      QStringLiteral("says"),      QStringLiteral("replied"),
        QStringLiteral("replies"),   QStringLiteral("answered"),  QStringLiteral("answers"),
        QStringLiteral("asked"),     QStringLiteral("asks"),      QStringLiteral("added"),
        QStringLiteral("adds"),      QStringLiteral("insisted"),  QStringLiteral("retorted"),
        QStringLiteral("sighed"),    QStringLiteral("continued"), QStringLiteral("explained"),
        QStringLiteral("protested"), QStringLiteral("objected"),  QStringLiteral("conceded"),
        QStringLiteral("admitted"),  QStringLiteral("interjected"), QStringLiteral("shouted"),
        QStringLiteral("snapped"),   QStringLiteral("whispered"), QStringLiteral("countered"),
        QStringLiteral("recalled"),  QStringLiteral("laughed"),   QStringLiteral("cut")};
    qsizetype start = from + 1;
    while (start < to && t.at(start).isSpace())
        ++start;
    qsizetype end = to;
    while (end > start && t.at(end - 1).isSpace())
        --end;
    if (end - start < 2 || end >= t.size())
        return false;
    const qsizetype dash = from;
    for (qsizetype c = start + 1; c + 2 < end; ++c) {
        const QChar ch = t.at(c);
        if ((ch != QLatin1Char(',') && ch != QLatin1Char('?') && ch != QLatin1Char('!')) || t.at(c + 1) != QLatin1Char(' '))
            continue;
        // The attribution: up to its full stop, a few words, one a verb of saying.
        qsizetype stop = c + 2;
        while (stop < end && t.at(stop) != QLatin1Char('.') && t.at(stop) != QLatin1Char('!') &&
               t.at(stop) != QLatin1Char('?') && t.at(stop) != QLatin1Char(','))
            ++stop;
        if (stop < end && t.at(stop) == QLatin1Char(','))
            continue;
        // (Not "? No." — a capital after a question mark is more speech.)
        if (ch != QLatin1Char(',') && t.at(c + 2).isUpper())
            continue;
        const QStringList words = t.mid(c + 2, stop - c - 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 6 ||
            std::none_of(words.cbegin(), words.cend(), [](const QString &w) { return verbs.contains(w); }))
            continue;
        found->append(Quote{start - 1, c + 1});
        found->last().dash = dash;
        qsizetype rest = stop + 1;
        while (rest < end && t.at(rest).isSpace())
            ++rest;
        if (rest + 1 < end)
            found->append(Quote{rest - 1, end});
        return true;
    }
    found->append(Quote{start - 1, end});
    found->last().dash = dash;
    return false;
}

// Dialogue set out as lines opened by a dash, as French, Spanish or
// Russian text and its translations set it ("— It will be written."): a
// run of such paragraphs, one of them with an attribution ("— We will
// not sell at that price, Rakotomalala said."), is speech, line by line.
// (A run with no attribution may be a list.)
void QuoteMarks::findDialogue()
{
    QList<Quote> run;
    bool attributed = false;
    int turn = 0;
    int runs = 0;
    const auto endRun = [&] {
        if (attributed) {
            for (Quote &q : run)
                quotes.append(q);
            ++runs;
        }
        run.clear();
        attributed = false;
        turn = 0;
    };
    qsizetype from = 0;
    while (from < t.size()) {
        qsizetype to = t.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = t.size();
        qsizetype first = from;
        while (first < to && (t.at(first) == QLatin1Char(' ') || t.at(first) == QChar(0x00A0)))
            ++first;
        if (first == to) { // a blank line parts no run
            from = to + 1;
            continue;
        }
        const QChar c = t.at(first);
        const bool dashed = (c == QChar(0x2014) || c == QChar(0x2013) || c == QChar(0x2015)) && first + 1 < to &&
                            (t.at(first + 1) == QLatin1Char(' ') || t.at(first + 1) == QChar(0x00A0));
        // (Not a line that holds quotation marks of its own: a list item quoting someone.)
        const bool marked = std::any_of(quotes.cbegin(), quotes.cend(),
                                        [&](const Quote &q) { return q.open >= first && q.open < to; });
        QList<Quote> line;
        const bool saidBy = dashed && !marked && dialogueLine(first, to, &line);
        if (line.isEmpty()) {
            endRun();
            from = to + 1;
            continue;
        }
        attributed = attributed || saidBy;
        for (Quote &q : line) {
            q.dialogueRun = runs;
            q.dialogueTurn = turn;
            run.append(q);
        }
        ++turn;
        from = to + 1;
    }
    endRun();
}

// "“That,” shouted X, from the far end of the table, “is exactly the
// problem!”", "“Because,” the minister said, “we check.”": a short
// opening of a sentence, its comma inside the marks, that the words after
// the attribution go on in lower case, in the same sentence, is words said.
bool QuoteMarks::opensSplitQuotation(qsizetype i) const
{
    const Quote &q = quotes[i];
    if (q.close - q.open < 3 || t.at(q.close - 1) != QLatin1Char(',') || !t.at(q.open + 1).isUpper() ||
        i + 1 >= quotes.size())
        return false;
    qsizetype b = q.open - 1;
    while (b >= 0 && t.at(b) == QLatin1Char(' '))
        --b;
    if (b >= 0 && t.at(b) != QLatin1Char('\n') && t.at(b) != QLatin1Char('.') && t.at(b) != QLatin1Char('!') &&
        t.at(b) != QLatin1Char('?'))
        return false;
    const Quote &next = quotes[i + 1];
    return next.open > q.close && next.close - next.open > 2 && t.at(next.open + 1).isLower() &&
           next.open - q.close < 200 && text.sentenceAt(next.open) == text.sentenceAt(q.open);
}

void QuoteMarks::findQuotesIn(qsizetype from, qsizetype to)
{
    // Where a mark may stand, in one quick pass: the passes below look only
    // there, not at every character of the paragraph.
    QVarLengthArray<qsizetype, 64> marks;
    for (qsizetype i = nextPossibleMark(t, from, to); i < to; i = nextPossibleMark(t, i + 1, to))
        marks.append(i);
    QList<std::pair<qsizetype, qsizetype>> doubles;
    qsizetype open = -1;
    qsizetype inner = -1; // "« … “Trust me.” … »": a quotation inside guillemets
    for (const qsizetype i : marks) {
        const QChar c = t.at(i);
        if (c != QLatin1Char('"') && c.unicode() < 0xab)
            continue; // no double mark: every one is '"' or at U+00AB and beyond
        // Guillemets close only by their own mark; the curly marks between
        // them quote inside the quotation. So do corner brackets, 「…」,
        // with 『…』 inside.
        if (open >= 0 && t.at(open) == QChar(0x00AB) && c != QChar(0x00BB)) {
            if (inner < 0 && (c == QChar(0x201C) || c == QChar(0x201E) || c == QLatin1Char('"')))
                inner = i;
            else if (inner >= 0 && (c == QChar(0x201D) || c == QChar(0x201C) || c == QLatin1Char('"'))) {
                if (i > inner + 1)
                    doubles.append({inner, i});
                inner = -1;
            }
            continue;
        }
        if (open >= 0 && t.at(open) == QChar(0x300C) && c != QChar(0x300D)) {
            if (inner < 0 && c == QChar(0x300E))
                inner = i;
            else if (inner >= 0 && c == QChar(0x300F)) {
                if (i > inner + 1)
                    doubles.append({inner, i});
                inner = -1;
            }
            continue;
        }
        inner = -1;
        if (open < 0 && (isOpeningDouble(c) || c == QLatin1Char('"'))) {
            open = i;
        } else if (open >= 0 && (c == QLatin1Char('"') || isClosingDouble(c) ||
                                 // „German, Georgian, Czech“: opened low, closed by U+201C.
                                 (c == QChar(0x201C) && t.at(open) == QChar(0x201E)))) {
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
    // (The paragraph holds no line break, and every closing mark is among the marks.)
    for (qsizetype m = 0; m < marks.size(); ++m) {
        const qsizetype i = marks[m];
        const QChar c = t.at(i);
        const bool typographic = c == QChar(0x2018);
        if (!typographic && c != QLatin1Char('\''))
            continue;
        const bool afterWord = i > from && t.at(i - 1).isLetterOrNumber();
        if (afterWord || i + 1 >= to || !t.at(i + 1).isLetterOrNumber())
            continue;
        for (qsizetype n = m + 1; n < marks.size(); ++n) {
            const qsizetype j = marks[n];
            if (j < i + 2)
                continue;
            const QChar d = t.at(j);
            if ((typographic ? d == QChar(0x2019) : d == QLatin1Char('\'')) && !t.at(j - 1).isSpace() &&
                (j + 1 >= to || !t.at(j + 1).isLetterOrNumber())) {
                if (insideDouble(i) == insideDouble(j))
                    quotes.append(Quote{i, j});
                m = n;
                break;
            }
        }
    }
}

bool QuoteMarks::isScareQuote(const Quote &q) const
{
    const int wordCount = spaceSeparatedWords(QStringView(t).mid(q.open + 1, q.close - q.open - 1));
    static const QRegularExpression titleCue(
        QStringLiteral("\\b(?:so-called|dubbed|called|titled|entitled|named|known as|"
                       "report|book|film|plan|initiative|campaign|operation|strategy|programme|program|"
                       "doctrine|slogan|term|phrase|word|words|label|motto|agreement|declaration|framework|"
                       "project|bill|act|paper|study|document)\\s*[,:]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // "“We came to listen,” she said. “We have listened.”": a short
    // quotation that is a whole sentence of its own (a capital first, its
    // full stop inside the marks, a sentence ended before it) is words said.
    if (wordCount <= 3 && q.close - q.open > 2) {
        const QChar first = t.at(q.open + 1);
        const QChar last = t.at(q.close - 1);
        qsizetype b = q.open - 1;
        while (b >= 0 && t.at(b) == QLatin1Char(' '))
            --b;
        const bool sentenceBefore =
            b < 0 || t.at(b) == QLatin1Char('\n') || t.at(b) == QLatin1Char('.') || t.at(b) == QLatin1Char('!') ||
            t.at(b) == QLatin1Char('?') ||
            ((t.at(b) == QChar(0x201D) || t.at(b) == QLatin1Char('"')) && b > 0 &&
             (t.at(b - 1) == QLatin1Char('.') || t.at(b - 1) == QLatin1Char('!') || t.at(b - 1) == QLatin1Char('?')));
        if (first.isUpper() && (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')) &&
            sentenceBefore)
            return false;
        // "“No,” he said.": the comma inside the marks, then "he (she) said".
        if (first.isUpper() && last == QLatin1Char(',') && sentenceBefore) {
            const int k = text.tokenAtOrAfter(q.close);
            if (k + 1 < text.tokens.size() && isOneOf(text.tokens[k].text, {"he", "she"}) &&
                isOneOf(text.tokens[k + 1].text, {"said", "says", "replied", "added", "answered"}))
                return false;
        }
    }
    if (wordCount <= 3)
        return true; // short: scare quotes whatever comes before
    const QStringView before = QStringView(t).mid(std::max<qsizetype>(0, q.open - 30), std::min<qsizetype>(30, q.open));
    return mayEndWithTitleCue(before) && matchIn(titleCue, before).hasMatch();
}

// "titled “…”", "a campaign called '…'", "dubbed": a verb of
// naming right before the marks.
bool QuoteMarks::namedBefore(const Quote &q) const
{
    static const QRegularExpression naming(
        QStringLiteral("\\b(?:titled|entitled|called|dubbed|headlined|named|reading)\\s*[,:]?\\s*$"));
    const qsizetype from = std::max<qsizetype>(0, q.open - 20);
    return matchIn(naming, QStringView(t).mid(from, q.open - from)).hasMatch();
}

// "Financial Times", "Grounded: The Real Cost of the Two-Tier Economy":
// every longer word capitalised, no sentence inside: a name or a title.
// With `commas`, a comma may part its words ("Fair Milk, Fair Price").
bool QuoteMarks::looksLikeTitle(QStringView inner, bool commas)
{
    int words = 0;
    for (const QStringView word : inner.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringView letters = word.trimmed();
        if (letters.size() < 4 || !letters.front().isLetter())
            continue;
        if (!letters.front().isUpper())
            return false;
        ++words;
    }
    // No sentence inside: no ".", "!", "?", "," or ";" before a space.
    for (qsizetype i = 0; i + 1 < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
             (c == QLatin1Char(',') && !commas) || c == QLatin1Char(';')) &&
            inner.at(i + 1).isSpace())
            return false;
    }
    return words >= 1;
}

} // namespace

QList<Quote> findQuotationMarks(const Text &text)
{
    QuoteMarks marks(text);
    marks.findQuotes();
    return marks.quotes;
}

StatementFinder::StatementFinder(const Text &source, const QList<Quote> &quoted, EntityFinder &names,
                                 const Gazetteer &gazetteer, Extraction &extraction)
    : text(source), t(source.t), tokens(source.tokens), sentences(source.sentences), quotes(quoted),
      entities(names), gz(gazetteer), out(extraction)
{
}

// "statement", "readout", "communique": words for what an institution issues.
bool StatementFinder::isDocumentWord(const QString &word)
{
    static const WordSet words = {QStringLiteral("statement"),  QStringLiteral("readout"),
                                        QStringLiteral("communique"), QStringLiteral("communiqu\u00e9"),
                                        QStringLiteral("release"),    QStringLiteral("post")};
    return words.contains(word);
}

// "the statement", "the readout" at token k: who issued it.
int StatementFinder::statementAuthor(int k, int limit, qsizetype at, Span *who) const
{
    if (k + 1 >= limit || tokens[k].text.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0)
        return -1;
    int word = k + 1;
    if (!isDocumentWord(tokens[word].text) && word + 1 < limit && isDocumentWord(tokens[word + 1].text))
        ++word; // "the brief statement", "the NATO statement"
    if (!isDocumentWord(tokens[word].text))
        return -1;
    // "the Norwegian readout": the country of the adjective issued it.
    int issuer = word > k + 1 ? countryOfAdjective(word - 1) : -1;
    if (issuer < 0)
        issuer = issuerBefore(at);
    if (issuer >= 0)
        *who = Span{tokens[k].start, tokens[word].end};
    return issuer;
}

// The organisation or country named in the last sentence before `at` (of
// the four before it) that speaks of a statement: "In a brief statement,
// NATO said …", "the NATO statement said".
int StatementFinder::issuerBefore(qsizetype at) const
{
    const int here = text.sentenceAt(at);
    for (int si = here; si >= std::max(0, here - 3); --si) {
        const Sentence &s = sentences[si];
        qsizetype word = -1;
        for (int j = s.firstToken; j < s.endToken && word < 0; ++j) {
            if (tokens[j].start < at && isDocumentWord(tokens[j].text))
                word = tokens[j].start;
        }
        if (word < 0)
            continue;
        // The organisation or country nearest the word ("the NATO statement").
        int issuer = -1;
        qsizetype distance = 0;
        for (const Mention &m : entities.mentions) {
            if (m.start < s.start || m.start >= std::min(s.end, at))
                continue;
            const NodeKind kind = std::as_const(out.entities)[m.entity].kind;
            const qsizetype d = std::abs(m.start - word);
            if ((kind == NodeKind::Organization || kind == NodeKind::Country) &&
                (issuer < 0 || d < distance)) {
                issuer = m.entity;
                distance = d;
            }
        }
        if (issuer >= 0)
            return issuer;
    }
    return -1;
}

// "the ministry" at token k, "the" then a word in lower case: the
// organisation named last before `at` (in its sentence or the three
// before it) whose name opens or ends with that word ("Sudan's Ministry
// of Foreign Affairs … the ministry said"); -1 if none.
int StatementFinder::organisationByWord(int k, qsizetype at, Span *who) const
{
    if (k + 1 >= tokens.size() || !lowerEquals(tokens[k].text, u"the") || tokens[k + 1].text.isEmpty() ||
        !tokens[k + 1].text.front().isLower() || !text.adjacent(k, k + 1))
        return -1;
    const QString &word = tokens[k + 1].text;
    const qsizetype oldest = sentences[std::max(0, text.sentenceAt(at) - 3)].start;
    auto it = std::lower_bound(entities.mentions.cbegin(), entities.mentions.cend(), tokens[k].start,
                               [](const Mention &m, qsizetype pos) { return m.start < pos; });
    while (it != entities.mentions.cbegin()) {
        const Mention &m = *--it;
        if (m.start < oldest)
            break;
        const Entity &e = std::as_const(out.entities)[m.entity];
        if (e.kind != NodeKind::Organization)
            continue;
        const qsizetype space = e.label.indexOf(QLatin1Char(' '));
        if (space < 0)
            continue;
        const QStringView first = QStringView(e.label).first(space);
        const QStringView last = QStringView(e.label).sliced(e.label.lastIndexOf(QLatin1Char(' ')) + 1);
        if (first.compare(word, Qt::CaseInsensitive) == 0 || last.compare(word, Qt::CaseInsensitive) == 0) {
            *who = Span{tokens[k].start, tokens[k + 1].end};
            return m.entity;
        }
    }
    return -1;
}

// "the official Varnia Press Agency", "the state-run Ostland Herald": from
// token k, past "the" (or "a") and up to two words in lower case, the
// capitalised name they qualify; k itself when the words are not so.
int StatementFinder::pastModifiers(int k, int limit) const
{
    if (k >= limit || !isOneOf(tokens[k].text, {"the", "a", "an"}))
        return k;
    for (int j = k + 1; j < std::min(limit, k + 4); ++j) {
        if (!text.adjacent(j - 1, j) || tokens[j].text.isEmpty())
            return k;
        if (tokens[j].text.front().isUpper())
            return j > k + 1 ? j : k;
        if (!tokens[j].text.front().isLower() || gz.isTitle(tokens[j].text))
            return k;
    }
    return k;
}

// "An Emirati statement", "the Norwegian readout": the country whose
// adjective token k is, when the text names that country; -1 if none.
int StatementFinder::countryOfAdjective(int k) const
{
    if (!startsUpper(tokens[k].text) || !gz.isDemonym(tokens[k].text))
        return -1;
    const QString country = gz.country(tokens[k].text);
    for (int e = 0; e < out.entities.size(); ++e) {
        if (std::as_const(out.entities)[e].kind == NodeKind::Country &&
            std::as_const(out.entities)[e].label == country)
            return e;
    }
    return -1;
}

// "it" at token k, as a speaker: the organisation (or country) that opens
// the last sentence naming one at its start ("The council met …. “…,” it
// said"), among the quotation's sentence and the two before it; -1 if none.
int StatementFinder::organisationForIt(int k, qsizetype at, Span *who) const
{
    if (!lowerEquals(tokens[k].text, u"it"))
        return -1;
    const int here = tokens[k].sentence;
    for (int si = here; si >= std::max(0, here - 2); --si) {
        const Sentence &s = sentences[si];
        int first = s.firstToken;
        if (first < s.endToken && lowerEquals(tokens[first].text, u"the"))
            ++first;
        const auto found = entities.mentionAtToken.constFind(first);
        if (found == entities.mentionAtToken.constEnd() || entities.mentions[*found].start >= at)
            continue;
        const NodeKind kind = std::as_const(out.entities)[entities.mentions[*found].entity].kind;
        if (kind == NodeKind::Person)
            return -1; // someone else is the subject since
        if (kind == NodeKind::Organization || kind == NodeKind::Country) {
            *who = Span{tokens[k].start, tokens[k].end};
            return entities.mentions[*found].entity;
        }
    }
    return -1;
}

bool StatementFinder::speechVerbAt(int k, int *stop) const
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
    if (k + 1 < tokens.size() && gz.startsSpeechVerb(w) && gz.isSpeechVerb(text.words(k, k + 2)) &&
        text.adjacent(k, k + 1)) {
        *stop = k + 2;
        return true;
    }
    if (gz.isSpeechVerb(tokens[k].text)) {
        // "the six Gulf Cooperation Council states agreed": a plural noun,
        // the verb after it the sentence's.
        if (w.endsWith(QLatin1Char('s')) && k + 1 < tokens.size() && text.adjacent(k, k + 1) &&
            (tokens[k + 1].text.endsWith(QLatin1String("ed")) ||
             isOneOf(tokens[k + 1].text, {"met", "will", "have", "had", "are", "were", "would", "could", "can",
                                          "must", "should", "did", "do"})))
            return false;
        *stop = k + 1;
        return true;
    }
    return false;
}

// "called the deal “…”", "branded it “…”", "hailed the talks as “…”": a
// verb of naming whose short object runs, with no comma or full stop,
// up to the opening mark; the quotation is the subject's words. At least
// one word between, so "a plan called “Shared Horizons”" is not one; and
// a few words ("calls a “red line”", "call the “port question”") are the
// writer's scare quotes, not anybody's statement.
bool StatementFinder::namesWhatFollows(int v, int last, const Quote &q) const
{
    if (q.scare || last <= v || last - v > 6 ||
        !isOneOf(tokens[v].text, {"called", "calls", "call", "calling", "termed", "terms", "dubbed", "dubs",
                                  "labelled", "labeled", "labels", "branded", "brands", "hailed", "hails", "deemed"}))
        return false;
    const QStringView between = QStringView(t).mid(tokens[v].end, q.open - tokens[v].end);
    return !std::any_of(between.cbegin(), between.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char(':');
    });
}

// After the closing mark: "…," Tanaka said / said Tanaka / he said /
// the minister told reporters.
int StatementFinder::attributionAfter(const Quote &q, Span *who)
{
    const int k = text.tokenAtOrAfter(q.close + 1);
    if (k >= tokens.size())
        return -1;
    // "“…” — Marta Quell, to the committee": a dash, then the person
    // whose words they are.
    const QStringView dashed = QStringView(t).mid(q.close + 1, tokens[k].start - q.close - 1).trimmed();
    if (dashed == QStringView(u"\u2014") || dashed == QStringView(u"\u2013")) {
        Span named;
        int end = 0;
        const int signer = entities.speakerAt(k, std::min<int>(int(tokens.size()), k + 6), q.open, &named, &end);
        if (signer >= 0 && std::as_const(out.entities)[signer].kind == NodeKind::Person &&
            named.start == tokens[k].start) {
            *who = named;
            return signer;
        }
        return -1;
    }
    // Only what follows in the same sentence, before any full stop.
    for (qsizetype i = q.close + 1; i < tokens[k].start; ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('\n') || isOpeningDouble(c))
            return -1;
    }
    // "…a decision." He noted that …: a quotation that ends its sentence
    // inside its marks, then a sentence of its own that goes on past a
    // few words: that sentence says something else, not who said this.
    const QChar closing = t.at(q.close - 1);
    if ((closing == QLatin1Char('.') || closing == QLatin1Char('!') || closing == QLatin1Char('?')) &&
        startsUpper(tokens[k].text) && sentences[tokens[k].sentence].endToken - k > 6 &&
        tokens[k].sentence != q.sentence)
        return -1;
    const int limit = std::min<int>(int(tokens.size()), k + 10);
    // "…," according to Jimenez's spokeswoman, Carla Mora: the last person
    // the phrase names (the one it cites), else whoever it names.
    if (tokens[k].text == QLatin1String("according") && k + 2 < limit && tokens[k + 1].text == QLatin1String("to")) {
        int cited = -1;
        for (int j = k + 2; j < limit && tokens[j].sentence == tokens[k].sentence; ++j) {
            const auto found = entities.mentionAtToken.constFind(j);
            if (found != entities.mentionAtToken.constEnd() &&
                std::as_const(out.entities)[entities.mentions[*found].entity].kind == NodeKind::Person)
                cited = *found;
        }
        if (cited >= 0) {
            *who = Span{entities.mentions[cited].start, entities.mentions[cited].end};
            return entities.mentions[cited].entity;
        }
        int end = 0;
        return entities.speakerAt(pastModifiers(k + 2, limit), limit, q.open, who, &end);
    }
    int stop = 0;
    if (speechVerbAt(k, &stop)) { // said Tanaka
        int end = 0;
        // "confirmed a brief statement by NATO spokesperson Farah Dakhlallah":
        // the statement's author.
        int from = stop;
        for (int j = stop; j < std::min(limit, stop + 5); ++j) {
            if (isDocumentWord(tokens[j].text) && j + 1 < limit &&
                (tokens[j + 1].text == QLatin1String("by") || tokens[j + 1].text == QLatin1String("from"))) {
                from = j + 2;
                break;
            }
        }
        const int speaker = entities.speakerAt(from, limit, q.open, who, &end);
        if (speaker >= 0 || from != stop)
            return speaker;
        // "…," said the guild's treasurer, Oskar Lindgren: a description
        // of the speaker, a comma, then the name.
        if (const int described = describedSpeakerAfter(stop - 1, who, false); described >= 0)
            return described;
        // "…," said union chair Hana Rusek: words in lower case that end in
        // a title, then the person's name.
        for (int j = stop + 1; j < std::min(limit, stop + 4); ++j) {
            const QString &w = tokens[j - 1].text;
            if (!text.adjacent(j - 1, j) || w.isEmpty() || !w.front().isLower() ||
                isOneOf(w, {"the", "a", "an", "he", "she", "they", "it", "we", "who", "which", "and", "but", "as",
                            "that", "on", "in", "at", "to", "of", "for", "by", "with"}))
                break;
            const auto found = entities.mentionAtToken.constFind(j);
            if (found == entities.mentionAtToken.constEnd())
                continue;
            const Mention &m = entities.mentions[*found];
            if (std::as_const(out.entities)[m.entity].kind == NodeKind::Person && gz.isTitle(w)) {
                *who = Span{tokens[stop].start, m.end};
                return m.entity;
            }
            break;
        }
        // "…," the statement said.
        return statementAuthor(stop, limit, q.open, who);
    }
    int end = 0;
    int speaker = entities.speakerAt(k, limit, q.open, who, &end);
    if (speaker < 0 && !(end > 0)) {
        // "…," it said: the organisation the sentences before are about.
        if (k + 1 < limit && speechVerbAt(k + 1, &stop)) {
            if (const int named = organisationForIt(k, q.open, who); named >= 0)
                return named;
        }
        // "…," the Nordic Fisheries Council said: "the", then an
        // organisation, then the speech verb.
        if (lowerEquals(tokens[k].text, u"the") && k + 1 < limit) {
            if (const auto found = entities.mentionAtToken.constFind(k + 1);
                found != entities.mentionAtToken.constEnd()) {
                const Mention &m = entities.mentions[*found];
                const NodeKind kind = std::as_const(out.entities)[m.entity].kind;
                if ((kind == NodeKind::Organization || kind == NodeKind::Country) && m.endToken < tokens.size() &&
                    tokens[m.endToken].sentence == tokens[k].sentence && speechVerbAt(m.endToken, &stop)) {
                    *who = Span{tokens[k].start, m.end};
                    return m.entity;
                }
            }
        }
        // "…," opposition leader Jane Doe told reporters.
        if (const int titled = titledSpeakerAfter(k, limit, who); titled >= 0)
            return titled;
        // "…," the union's general secretary, Kwabena Mensah, told a rally.
        if (const int described = describedSpeakerAfter(k, who); described >= 0)
            return described;
        // "…," the ministry said: an organisation named just before by that word.
        if (int named = k + 2 < limit && speechVerbAt(k + 2, &stop) ? organisationByWord(k, q.open, who) : -1;
            named >= 0)
            return named;
        // "…," the statement said / the readout said: who issued it.
        speaker = statementAuthor(k, limit, q.open, who);
        if (speaker < 0)
            return -1;
        end = k + 2;
        for (int v = k; v < std::min(limit, k + 5); ++v) {
            if (speechVerbAt(v, &stop))
                return speaker;
        }
        return -1;
    }
    // "Tanaka, the foreign minister, said" / "Tanaka said".
    for (int v = end; v < std::min(limit, end + 6); ++v) {
        if (speechVerbAt(v, &stop))
            return speaker;
        if (QStringView(t).mid(tokens[v - 1].end, tokens[v].start - tokens[v - 1].end).contains(QLatin1Char('.')))
            break;
    }
    // "…," Rutte is convinced: a quotation that ends in a comma and is
    // followed at once by a name has that name for its speaker, whatever
    // the verb.
    const QChar last = t.at(q.close - 1);
    if (speaker >= 0 && end > k &&
        (last == QLatin1Char(',') || t.mid(q.close + 1, 1) == QLatin1String(",")) &&
        who->start == tokens[k].start && std::as_const(out.entities)[speaker].kind == NodeKind::Person)
        return speaker;
    return -1;
}

// "…," opposition leader Jane Doe told reporters: a title in lower case
// (its last word one of the titles, a few words at most, none a function
// word), the name of a person, then the speech verb.
int StatementFinder::titledSpeakerAfter(int k, int limit, Span *who) const
{
    for (int j = k + 1; j < std::min(limit, k + 4); ++j) {
        const QString &w = tokens[j - 1].text;
        if (!text.adjacent(j - 1, j) || w.isEmpty() || !w.front().isLower() ||
            isOneOf(w, {"the", "a", "an", "he", "she", "they", "it", "we", "who", "which", "and", "but", "as"}))
            return -1;
        int stop = 0;
        if (speechVerbAt(j - 1, &stop))
            return -1;
        const auto found = entities.mentionAtToken.constFind(j);
        if (found == entities.mentionAtToken.constEnd())
            continue;
        const Mention &m = entities.mentions[*found];
        if (std::as_const(out.entities)[m.entity].kind != NodeKind::Person || !gz.isTitle(w) ||
            m.endToken >= limit || !text.adjacent(m.endToken - 1, m.endToken) ||
            !speechVerbAt(m.endToken, &stop))
            return -1;
        *who = Span{tokens[k].start, m.end};
        return m.entity;
    }
    return -1;
}

// "…," the alliance's general secretary, Kwabena Mensah, told a rally /
// "…," a senior adviser to the mayor, Tomas Berg, said: words that describe
// the speaker, a comma, the speaker's name, a comma, the speech verb. The
// description holds no other name of a person and no full stop.
// With `verbAfter` false, the verb came first ("…," said the guild's
// treasurer, Oskar Lindgren): the name ends the clause, or a comma or a
// preposition follows it.
int StatementFinder::describedSpeakerAfter(int k, Span *who, bool verbAfter) const
{
    const int sentence = tokens[k].sentence;
    const int limit = std::min<int>(int(tokens.size()), k + 14);
    for (int j = k + 1; j < limit && tokens[j].sentence == sentence; ++j) {
        const QStringView gap = QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
        if (gap.contains(QLatin1Char('.')) || gap.contains(QLatin1Char(';')) ||
            std::any_of(gap.cbegin(), gap.cend(), [](QChar c) { return isOpeningDouble(c) || isClosingDouble(c) ||
                                                                          c == QLatin1Char('"'); }))
            return -1;
        const auto found = entities.mentionAtToken.constFind(j);
        if (found == entities.mentionAtToken.constEnd())
            continue;
        const Mention &m = entities.mentions[*found];
        if (std::as_const(out.entities)[m.entity].kind != NodeKind::Person)
            continue; // "the alliance's", "a senior adviser to the mayor of Brest": part of the description
        // The name must stand after a comma and be followed by one, then the verb.
        if (!gap.trimmed().endsWith(QLatin1Char(',')))
            return -1;
        if (m.endToken >= tokens.size()) {
            if (verbAfter || !isOneOf(tokens[k + 1].text, {"the", "a", "an", "its", "his", "her", "their"}))
                return -1;
            *who = Span{m.start, m.end};
            return m.entity;
        }
        const QStringView after =
            QStringView(t).mid(tokens[m.endToken - 1].end, tokens[m.endToken].start - tokens[m.endToken - 1].end);
        int stop = 0;
        if (!verbAfter) {
            // The description opens with a determiner or a possessive ("the", "a", "its").
            if (!isOneOf(tokens[k + 1].text, {"the", "a", "an", "its", "his", "her", "their"}) ||
                !(tokens[m.endToken].sentence != sentence || after.trimmed() == QLatin1String(",") ||
                  isOneOf(tokens[m.endToken].text, {"at", "in", "on", "of", "to", "after", "before", "during"})))
                return -1;
        } else if (after.trimmed() != QLatin1String(",") || tokens[m.endToken].sentence != sentence ||
                   !speechVerbAt(m.endToken, &stop))
            return -1;
        *who = Span{m.start, m.end};
        return m.entity;
    }
    return -1;
}

// The person named in the few words before token k of sentence s (-1
// when the name there is not a person's, or there is none).
int StatementFinder::personNamedBefore(const Sentence &s, int k, qsizetype at, Span *who)
{
    for (int subject = k - 1; subject >= std::max(s.firstToken, k - 6); --subject) {
        int end = 0;
        Span span;
        const int speaker = entities.speakerAt(subject, k, at, &span, &end);
        if (speaker < 0)
            continue;
        if (std::as_const(out.entities)[speaker].kind != NodeKind::Person)
            return -1;
        *who = span;
        return speaker;
    }
    return -1;
}

// "Mark Rutte, after meeting with Donald Trump, stated that …": a verb
// right after an aside set off by commas, one that opens with a
// preposition or a participle, is said by the one named before the
// aside, not by a name inside it; -1 when the verb at v follows no such aside.
int StatementFinder::subjectBeforeAside(const Sentence &s, int v, qsizetype at, Span *who)
{
    const auto commaBefore = [&](int k) { return k > s.firstToken && text.commaBetween(k - 1, k); };
    if (!commaBefore(v))
        return -1;
    int reach = v - 14;
    for (int c = v - 2; c > s.firstToken && c >= reach; --c) {
        if (!commaBefore(c))
            continue;
        const QString &opener = tokens[c].text;
        // "Karim Ismaël, president of the Vanilla Exporters' Group (GEV),
        // which brings together the main houses, warned": past a relative
        // clause to the apposition before it, a title in lower case.
        if (isOneOf(opener, {"which", "who"}) && reach == v - 14) {
            reach = c - 14;
            continue;
        }
        if (reach != v - 14 && !(gz.isTitle(opener) && !startsUpper(opener)) && !isOneOf(opener, {"a", "an", "the"}))
            return -1;
        if (gz.isTitle(opener) && !startsUpper(opener))
            return personNamedBefore(s, c, at, who);
        // "Mariam Ouattara, a researcher at the Institute for Security
        // Studies in Dakar, said": an apposition right after the name.
        if (isOneOf(opener, {"a", "an", "the"})) {
            for (int j = c - 1; j >= std::max(s.firstToken, c - 4); --j) {
                const auto found = entities.mentionAtToken.constFind(j);
                if (found == entities.mentionAtToken.constEnd())
                    continue;
                const Mention &m = entities.mentions[*found];
                if (m.endToken != c || std::as_const(out.entities)[m.entity].kind != NodeKind::Person)
                    return -1;
                *who = Span{m.start, m.end};
                return m.entity;
            }
            return -1;
        }
        if (!isOneOf(opener, {"after", "before", "during", "following", "while", "when", "despite", "in", "at",
                              "on"}) &&
            !(opener.size() > 4 && opener.endsWith(QLatin1String("ing"))))
            return -1;
        return personNamedBefore(s, c, at, who);
    }
    return -1;
}

// Before the opening mark, in its sentence: Tanaka said: "…" / Tanaka
// told reporters that "…" / according to Tanaka, "…".
int StatementFinder::attributionBefore(const Quote &q, Span *who)
{
    const Sentence &s = sentences[q.sentence];
    int last = text.tokenAtOrAfter(q.open) - 1;
    if (last < s.firstToken)
        return -1;
    // The subject of the word at v: the nearest name, pronoun or title
    // before it, within a few words; -1 if none.
    const auto nearestSubject = [&](int v) {
        // "Kanda of the Fisheries Agency, who said": "who" is somebody, not
        // the organisation named last.
        const bool relative = v > s.firstToken && tokens[v - 1].text == QLatin1String("who");
        // "It said in a statement that “…”": the organisation it stands for.
        if (v > s.firstToken) {
            if (const int named = organisationForIt(v - 1, q.open, who); named >= 0)
                return named;
        }
        // "the ministry said": an organisation named just before by that word.
        if (v >= s.firstToken + 2) {
            if (const int named = organisationByWord(v - 2, q.open, who); named >= 0)
                return named;
        }
        for (int subject = v - 1; subject >= std::max(s.firstToken, v - 14); --subject) {
            int end = 0;
            Span span;
            int speaker = entities.speakerAt(subject, v, q.open, &span, &end);
            // "the Egyptian president replied": the country's adjective
            // qualifies a title; the whole phrase names the person.
            if (speaker >= 0 && std::as_const(out.entities)[speaker].kind == NodeKind::Country &&
                subject > s.firstToken && lowerEquals(tokens[subject - 1].text, u"the")) {
                Span titled;
                int titledEnd = 0;
                const int person = entities.speakerAt(subject - 1, v, q.open, &titled, &titledEnd);
                if (person >= 0 && std::as_const(out.entities)[person].kind == NodeKind::Person) {
                    speaker = person;
                    span = titled;
                }
            }
            if (speaker >= 0 &&
                (!relative || std::as_const(out.entities)[speaker].kind == NodeKind::Person)) {
                *who = span;
                return speaker;
            }
        }
        return -1;
    };
    const auto commaBefore = [&](int k) {
        return k > s.firstToken &&
               text.commaBetween(k - 1, k);
    };
    const auto personRightBefore = [&](int k) { return personNamedBefore(s, k, q.open, who); };
    const auto subjectBeforeClause = [&](int v) {
        if (!commaBefore(v))
            return -1;
        for (int j = v - 1; j > s.firstToken && j >= v - 30; --j) {
            if (tokens[j].text != QLatin1String("who"))
                continue;
            // "Aroha Te Kani, the New Zealander who heads the UN mission,
            // tells …": the clause qualifies an apposition that an article
            // opens right after the comma; the name is before that.
            int clause = j;
            if (!commaBefore(j)) {
                for (int c = j - 1; c > s.firstToken && c >= j - 5 && clause == j; --c) {
                    if (commaBefore(c) && isOneOf(tokens[c].text, {"the", "a", "an"}))
                        clause = c;
                }
            }
            // "…, according to two people who were there, told": a "who"
            // not set off by a comma is inside an aside; the clause that
            // qualifies the subject may open earlier.
            if (!commaBefore(clause))
                continue;
            return personRightBefore(clause);
        }
        return -1;
    };
    for (int v = last; v >= s.firstToken; --v) {
        // Not past another quotation.
        if (std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &o) {
                return o.close < q.open && o.close > tokens[v].start && !o.nested;
            }))
            break;
        int stop = 0;
        if (isOneOf(tokens[v].text, {"according"}) && v + 2 <= last &&
            tokens[v + 1].text == QLatin1String("to")) {
            // Inside a clause ("Tam, who according to the government agreed
            // that “…”", "Haddad agreed, according to his office, that “…”")
            // it cites the report's source; the words are the clause's
            // subject's, the nearest name or pronoun before it. Opening the
            // sentence, or with nobody before it ("The plan, according to
            // Haddad, “…”"), the one it cites is the speaker.
            if (const int speaker = nearestSubject(v); speaker >= 0)
                return speaker;
            int end = 0;
            return entities.speakerAt(pastModifiers(v + 2, last + 1), last + 1, q.open, who, &end);
        }
        if (!speechVerbAt(v, &stop) && !namesWhatFollows(v, last, q))
            continue;
        // "X congratulated Trump and said", "he answered … by saying": the
        // verb's subject is the sentence's, the first name or pronoun in it.
        // ("X said he had called Y and had told him": past an auxiliary too.)
        // ("Boateng met Asante-Mensah …, but said afterwards": "but" too.)
        const bool joined =
            (v > s.firstToken && isOneOf(tokens[v - 1].text, {"and", "but"})) ||
            (v > s.firstToken + 1 && isOneOf(tokens[v - 2].text, {"and", "but"}) &&
             isOneOf(tokens[v - 1].text, {"had", "has", "have", "would", "will", "then", "also", "later"}));
        const bool sentenceSubject = tokens[v].text.endsWith(QLatin1String("ing")) || joined;
        if (sentenceSubject) {
            // "…, their chairman, Emil Varga, said on Thursday, adding that":
            // a verb of saying before it in the sentence has the subject.
            for (int before = v - 1; before >= s.firstToken; --before) {
                int beforeStop = 0;
                if (!speechVerbAt(before, &beforeStop) || beforeStop > v)
                    continue;
                if (const int speaker = nearestSubject(before); speaker >= 0)
                    return speaker;
                break;
            }
            for (int subject = s.firstToken; subject < v; ++subject) {
                int end = 0;
                Span span;
                const int speaker = entities.speakerAt(subject, v, q.open, &span, &end);
                if (speaker >= 0 && std::as_const(out.entities)[speaker].kind == NodeKind::Person) {
                    *who = span;
                    return speaker;
                }
            }
        }
        // "Sabah, who flew to Doha to offer Kuwait's help, said that …": a
        // verb right after a relative clause set off by commas is said by
        // the person named before the clause, not by a name inside it.
        if (const int speaker = subjectBeforeClause(v); speaker >= 0)
            return speaker;
        if (const int speaker = subjectBeforeAside(s, v, q.open, who); speaker >= 0)
            return speaker;
        // The subject: the nearest name, pronoun or title before the verb.
        if (const int speaker = nearestSubject(v); speaker >= 0)
            return speaker;
        // "The military alliance issued a readout …, saying that …": an
        // issuer the text does not name here is the one of the statement
        // spoken of before.
        // (The statement nearest the verb: "The Bolivian statement says …,
        // and the Brazilian readout says …".)
        for (int j = v - 1; j >= s.firstToken; --j) {
            if (isDocumentWord(tokens[j].text)) {
                int issuer = j > s.firstToken ? countryOfAdjective(j - 1) : -1;
                if (issuer >= 0) {
                    *who = Span{tokens[j - 1].start, tokens[j].end};
                    return issuer;
                }
                issuer = issuerBefore(s.start);
                if (issuer >= 0) {
                    *who = Span{tokens[j].start, tokens[j].end};
                    return issuer;
                }
                break;
            }
        }
        return -1;
    }
    // "Standing on the quay …, Berg gave the crews a blunt reply: “…”": no
    // verb of saying, but a colon right before the quotation ends a
    // sentence whose subject is someone: the first person named in it.
    if (QStringView(t).mid(tokens[last].end, q.open - tokens[last].end).trimmed() == QLatin1String(":")) {
        for (int subject = s.firstToken; subject < last; ++subject) {
            int end = 0;
            Span span;
            const int speaker = entities.speakerAt(subject, last + 1, q.open, &span, &end);
            if (speaker >= 0 && std::as_const(out.entities)[speaker].kind == NodeKind::Person) {
                *who = span;
                return speaker;
            }
            if (speaker >= 0)
                break; // an organisation, a country first: not a person's words
        }
    }
    return -1;
}

bool StatementFinder::isModifier(const Quote &q) const
{
    static const WordSet function = {
        QStringLiteral("to"),    QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),
        QStringLiteral("and"),   QStringLiteral("but"),  QStringLiteral("for"),  QStringLiteral("from"),
        QStringLiteral("with"),  QStringLiteral("that"), QStringLiteral("as"),   QStringLiteral("by"),
        QStringLiteral("of"),    QStringLiteral("or"),   QStringLiteral("if"),   QStringLiteral("than"),
        QStringLiteral("was"),   QStringLiteral("is"),   QStringLiteral("were"), QStringLiteral("are"),
        QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("the"),  QStringLiteral("a"),
        // "would not “give up” their land": a determiner after the words opens
        // their object; a noun they qualified would follow them at once.
        QStringLiteral("an"),    QStringLiteral("their"), QStringLiteral("its"), QStringLiteral("his"),
        QStringLiteral("her"),   QStringLiteral("our"),   QStringLiteral("my"),  QStringLiteral("your"),
        QStringLiteral("this"),  QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("any"),
        // "would be tempted to “sign something, anything” before the
        // campaign peaks": a clause of time after the words ends what the
        // verb quoted does; nothing they qualify.
        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("until"), QStringLiteral("unless"),
        QStringLiteral("because")};
    if (q.close + 2 >= t.size() || t.at(q.close + 1) != QLatin1Char(' ') || !t.at(q.close + 2).isLower())
        return false;
    const QChar last = t.at(q.close - 1);
    if (last == QLatin1Char(',') || last == QLatin1Char('.') || last == QLatin1Char('?') ||
        last == QLatin1Char('!'))
        return false;
    const int k = text.tokenAtOrAfter(q.close + 1);
    return k < tokens.size() && !function.contains(tokens[k].text);
}

// A quotation that is a whole paragraph of its own, right after a
// paragraph that asks a question ("**Is the ceasefire holding?**",
// emphasis or none): an answer in a question-and-answer transcript.
bool StatementFinder::answersQuestion(const Quote &q) const
{
    const auto isSpaceOrEmphasis = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('*') || c == QLatin1Char('_');
    };
    qsizetype after = q.close + 1;
    while (after < t.size() && isSpaceOrEmphasis(t.at(after)))
        ++after;
    if (after < t.size() && t.at(after) != QLatin1Char('\n'))
        return false;
    qsizetype before = q.open - 1;
    int breaks = 0;
    while (before >= 0 && (isSpaceOrEmphasis(t.at(before)) || t.at(before) == QLatin1Char('\n'))) {
        breaks += t.at(before) == QLatin1Char('\n');
        --before;
    }
    return breaks > 0 && before > 0 && t.at(before) == QLatin1Char('?');
}

// Who answers in a transcript: the person its introduction, before the
// first question, says spoke to someone ("The minister, Jane Doe, spoke to
// our correspondent", "Jane Doe talked with …", "Jane Doe was
// interviewed by …"), or whom it says was interviewed or spoken to ("an
// interview with Jane Doe", "host X talks to the engineer Jane Doe"), a
// host, presenter or interviewer never; -1 if it names nobody so.
int StatementFinder::interviewee(qsizetype before) const
{
    static const QRegularExpression spoke(
        QStringLiteral("^(?:,[^,.;:\\n]{1,60},)?,?\\s+(?:(?:spoke|speaks|talked|talks)\\s+(?:to|with)|(?:was|is)\\s+interviewed|"
                       "sat\\s+down\\s+with)\\b"));
    // "host Mira Oduya talks to the engineer Tomas Okafor": the guest
    // spoken to answers, not the host who speaks to them.
    static const QRegularExpression interviewed(QStringLiteral(
        "\\b(?:interview\\s+with|interviewed|(?:spoke|speaks|talked|talks|sat\\s+down|sits\\s+down)\\s+(?:to|with)"
        "(?:\\s+(?:the|a|an)(?:\\s+[\\w-]+){1,2})?)\\s+$"));
    static const QRegularExpression asker(QStringLiteral(
        "\\b(?:host|hosts|presenter|anchor|interviewer|moderator|correspondent|reporter)\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Mention &m : std::as_const(entities.mentions)) {
        if (m.start >= before)
            break;
        if (std::as_const(out.entities)[m.entity].kind != NodeKind::Person)
            continue;
        if (const qsizetype from = std::max<qsizetype>(0, m.start - 16);
            matchIn(asker, QStringView(t).mid(from, m.start - from)).hasMatch())
            continue; // the one who asks
        if (matchIn(spoke, QStringView(t).mid(m.end, std::min<qsizetype>(100, t.size() - m.end))).hasMatch())
            return m.entity;
        const qsizetype from = std::max<qsizetype>(0, m.start - 30);
        if (matchIn(interviewed, QStringView(t).mid(from, m.start - from)).hasMatch())
            return m.entity;
    }
    // "Lake Basin Weekly's Brian Ochieng interviewed her at City Hall": the
    // one the pronoun stands for.
    static const QRegularExpression pronoun(QStringLiteral("\\b(?:interviewed|(?:spoke|talked)\\s+(?:to|with))\\s+(her|him)\\b"));
    const QStringView head = QStringView(t).first(std::min(before, t.size()));
    if (head.contains(QLatin1String("her")) || head.contains(QLatin1String("him"))) {
        if (const QRegularExpressionMatch m = matchIn(pronoun, head); m.hasMatch()) {
            // (Who the sentences before are about: not the one who asked,
            // this sentence's subject.)
            const QString word = m.captured(1) == QLatin1String("her") ? QStringLiteral("she") : QStringLiteral("he");
            return entities.personForPronoun(word, sentences[text.sentenceAt(m.capturedStart(1))].start);
        }
    }
    return -1;
}

void StatementFinder::findQuotedStatements()
{
    int answering = -2; // the transcript's interviewee, once looked for
    int previousParagraphSpeaker = -1;
    QMap<std::pair<int, int>, int> dialogueSpeakers; // (run, turn) -> the speaker of that line of dialogue
    int lastParagraph = -1;
    int paragraphSpeaker = -1;
    // The letters and digits of a quotation, in lower case: its words
    // whatever the punctuation between them.
    // (Written in place: an append a character cost more than the character.)
    const auto lettersOf = [&](const Quote &q) {
        QString letters(q.close - q.open, Qt::Uninitialized);
        QChar *end = letters.data();
        for (qsizetype i = q.open + 1; i < q.close; ++i) {
            const QChar c = t.at(i);
            if (c.isLetterOrNumber())
                *end++ = c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 32) : c.unicode() < 0x80 ? c : c.toLower();
        }
        letters.truncate(end - letters.constData());
        return letters;
    };
    QStringList bodyQuotations; // their letters, once a headline quotes
    // A quotation that ends its sentence: a full stop (or "!", "?") inside
    // its marks, then the paragraph's end or another sentence.
    const auto wholeSentence = [&](const Quote &q) {
        const QChar last = t.at(q.close - 1);
        if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?'))
            return false;
        qsizetype after = q.close + 1;
        while (after < t.size() && t.at(after) == QLatin1Char(' '))
            ++after;
        return after >= t.size() || t.at(after) == QLatin1Char('\n') || t.at(after).isUpper() ||
               isOpeningDouble(t.at(after)) || t.at(after) == QLatin1Char('"');
    };
    for (const Quote &q : std::as_const(quotes)) {
        if (q.nested)
            continue;
        // "# ‘We came for lithium’: …" over a body that quotes the words
        // again: the headline repeats the body's statement.
        if (q.sentence < text.bodySentence) {
            if (bodyQuotations.isEmpty()) {
                for (const Quote &b : std::as_const(quotes)) {
                    if (b.sentence >= text.bodySentence && !b.nested)
                        bodyQuotations.append(lettersOf(b));
                }
            }
            const QString letters = lettersOf(q);
            if (letters.size() >= 6 && std::any_of(bodyQuotations.cbegin(), bodyQuotations.cend(),
                                                  [&](const QString &b) { return b.contains(letters); }))
                continue;
        }
        const int paragraph = sentences[q.sentence].paragraph;
        if (paragraph != lastParagraph) {
            previousParagraphSpeaker =
                lastParagraph >= 0 && paragraph == lastParagraph + 1 ? paragraphSpeaker : -1;
            paragraphSpeaker = -1;
            lastParagraph = paragraph;
        }
        Statement s;
        s.text = Span{q.open + 1, q.close};
        s.evidence = q.dialogueRun < 0 ? Span{q.open, q.close + 1} : Span{q.dash >= 0 ? q.dash : q.open + 1, q.close};
        s.direct = true;
        Span who{-1, -1};
        // "when the general told X that “…,” the president replied": words
        // a verb before reports with "that" are that verb's subject's, not
        // those of a reply that follows them.
        const int previous = text.tokenAtOrAfter(q.open) - 1;
        const bool reported = previous >= sentences[q.sentence].firstToken &&
                              tokens[previous].text == QLatin1String("that") &&
                              QStringView(t).mid(tokens[previous].end, q.open - tokens[previous].end).trimmed().isEmpty();
        int speaker = -1;
        if (reported) {
            speaker = attributionBefore(q, &who);
            s.rule = QStringLiteral("quotation, speaker before it");
        }
        if (speaker < 0) {
            speaker = attributionAfter(q, &who);
            s.rule = QStringLiteral("quotation, speaker after it");
        }
        if (speaker < 0 && !reported) {
            speaker = attributionBefore(q, &who);
            s.rule = QStringLiteral("quotation, speaker before it");
        }
        // "— Then write it in the decree, madam minister." "— It will be
        // written.": a line of dialogue with no attribution answers the
        // one before it, so its speaker is the one of the line before that.
        if (q.dialogueRun >= 0 && q.dash >= 0) {
            if (speaker < 0 && q.dialogueTurn >= 2) {
                const int last = dialogueSpeakers.value({q.dialogueRun, q.dialogueTurn - 1}, -1);
                const int before = dialogueSpeakers.value({q.dialogueRun, q.dialogueTurn - 2}, -1);
                if (last >= 0 && before >= 0 && last != before) {
                    speaker = before;
                    s.rule = QStringLiteral("line of dialogue answering the one before it");
                }
            }
            if (speaker >= 0)
                dialogueSpeakers.insert({q.dialogueRun, q.dialogueTurn}, speaker);
        }
        // "Ruzicka said:" ending a paragraph, then "“…”" opening the next:
        // the colon hands the words to the paragraph before.
        if (speaker < 0 && q.sentence > 0 && sentences[q.sentence].start == q.open &&
            sentences[q.sentence - 1].paragraph != paragraph) {
            qsizetype end = sentences[q.sentence - 1].end;
            while (end > 0 && (t.at(end - 1).isSpace() || t.at(end - 1) == QLatin1Char('*') ||
                               t.at(end - 1) == QLatin1Char('_')))
                --end;
            if (end > 0 && t.at(end - 1) == QLatin1Char(':')) {
                Quote introduced = q;
                introduced.sentence = q.sentence - 1;
                introduced.open = end;
                speaker = attributionBefore(introduced, &who);
                s.rule = QStringLiteral("quotation after a paragraph ending in a colon");
            }
        }
        // "“We are not in a hurry.” That was how Delacroix summed up his
        // position": the sentence after names who said it.
        if (speaker < 0) {
            static const QRegularExpression thatWasHow(
                QStringLiteral("^\\s+(?:That|This|Such)\\s+(?:was|is)\\s+how\\s+"));
            const QRegularExpressionMatch how =
                matchIn(thatWasHow, QStringView(t).mid(q.close + 1, std::min<qsizetype>(30, t.size() - q.close - 1)));
            if (how.hasMatch()) {
                const qsizetype at = q.close + 1 + how.capturedEnd();
                const auto named = std::find_if(entities.mentions.cbegin(), entities.mentions.cend(),
                                                [&](const Mention &m) { return m.start == at; });
                if (named != entities.mentions.cend() &&
                    std::as_const(out.entities)[named->entity].kind == NodeKind::Person) {
                    speaker = named->entity;
                    who = Span{named->start, named->end};
                    s.rule = QStringLiteral("quotation, \u201cthat was how\u201d its speaker put it after it");
                }
            }
        }
        // "…," he said, "…": the second part has the first part's speaker.
        if (speaker < 0 && !out.statements.isEmpty()) {
            const Statement &prev = out.statements.constLast();
            const QStringView between = QStringView(t).mid(prev.evidence.end, q.open - prev.evidence.end);
            const bool sameSentence = text.sentenceAt(prev.evidence.start) == q.sentence;
            const bool nobodyBetween =
                std::none_of(entities.mentions.cbegin(), entities.mentions.cend(), [&](const Mention &m) {
                    return m.start >= prev.evidence.end && m.start < q.open &&
                           std::as_const(out.entities)[m.entity].kind == NodeKind::Person;
                });
            if (prev.direct && prev.speaker >= 0 && between.size() < 80 &&
                !between.contains(QLatin1Char('\n')) &&
                (between.trimmed().endsWith(QLatin1Char(',')) || (sameSentence && nobodyBetween))) {
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
            if (spaceSeparatedWords(QStringView(t).mid(q.open + 1, q.close - q.open - 1)) < 2)
                continue;
            // "warns of 'dark fleets'", "said the 'dark fleets' of …": opened by
            // a definite determiner or "of", they name something known;
            // nobody's words ("would face a “dire threat”" may be).
            const int before = text.tokenAtOrAfter(q.open) - 1;
            const int first = sentences[q.sentence].firstToken;
            if (before >= first &&
                isOneOf(tokens[before].text, {"the", "of", "its", "their", "his", "her", "this", "these", "those",
                                              "our", "so-called"}))
                continue;
            // "what it calls 'ghost nets'", "call a 'red line'", "warns of a
            // 'toll'": the object of a verb of naming, or something "of a"
            // kind, is the writer's name for it ("would face a 'slow death'"
            // may be someone's words).
            // A verb, not the noun after a determiner ("the call 'went nowhere'").
            const auto naming = [&](int k) {
                return k >= first &&
                       isOneOf(tokens[k].text, {"call", "calls", "called", "calling", "dub", "dubs", "dubbed",
                                                "term", "terms", "termed", "label", "labels", "labelled", "labeled",
                                                "brand", "brands", "branded"}) &&
                       !(k > first && isOneOf(tokens[k - 1].text.toLower(),
                                              {"the", "a", "an", "this", "that", "his", "her", "its", "their",
                                               "our", "phone", "video", "first", "last", "latest"}));
            };
            if (naming(before) || (before > first && isOneOf(tokens[before].text, {"a", "an"}) &&
                                   (tokens[before - 1].text == QLatin1String("of") || naming(before - 1))))
                continue;
            // "describes its use of temps as 'agile hiring'", "refers to
            // them as …", "described the cuts as a 'fresh start'": what it is
            // described as, its own term, not words said.
            const int as = before > first && isOneOf(tokens[before].text, {"a", "an"}) ? before - 1 : before;
            if (as > first && tokens[as].text == QLatin1String("as")) {
                bool describes = false;
                for (int k = as - 1; k >= std::max(first, as - 7) && !describes; --k)
                    describes = isOneOf(tokens[k].text, {"describe", "describes", "described", "describing", "refer",
                                                         "refers", "referred", "referring"});
                if (describes)
                    continue;
            }
        }
        // "“…,” a spokeswoman for the ministry said." … "The ministry
        // spokeswoman, Linnea Ek, later told …": a spokesperson not named
        // where she speaks is the one the text names later by that word.
        if (speaker < 0) {
            static const QRegularExpression unnamedSpokesperson(
                QStringLiteral("^\\W{0,3}\\s*an?\\s+(spokes(?:wo)?man|spokesperson)\\b[^.\n\"\u201c]{0,80}?\\b"
                               "(?:said|says|told|added)\\b"));
            const qsizetype end = sentences[q.sentence].end;
            const QStringView after = QStringView(t).mid(q.close + 1, std::max<qsizetype>(0, end - q.close - 1));
            // ("pokes" of "spokes…": a rarer letter to search from.)
            const QRegularExpressionMatch m = containsWord(after, u"pokes") ? matchIn(unnamedSpokesperson, after)
                                                                             : noMatch();
            if (m.hasMatch()) {
                const QString noun = m.captured(1);
                for (const Mention &later : entities.mentions) {
                    if (later.start <= q.close ||
                        std::as_const(out.entities)[later.entity].kind != NodeKind::Person)
                        continue;
                    QStringView before = QStringView(t).mid(0, later.start).trimmed();
                    if (before.endsWith(QLatin1Char(',')))
                        before.chop(1);
                    if (before.endsWith(noun)) {
                        speaker = later.entity;
                        s.rule = QStringLiteral("quotation of a spokesperson named later");
                        break;
                    }
                }
            }
        }
        // "An Algerian official who asked not to be named said …" / "“…,” the
        // official said": words of someone the text will not name, in the
        // quotation's sentence or the two before it, are nobody's statement,
        // nor the last speaker's.
        if (speaker < 0) {
            static const QRegularExpression anonymous(
                QStringLiteral("\\b(?:(?:asked|declined|requested) not to be (?:named|identified)|"
                               "on (?:the )?condition of anonymity|speaking anonymously|"
                               "(?:was|were) not authori[sz]ed to (?:speak|talk|comment)|"
                               // "A passenger, who did not wish to give her name, was more blunt: «…»"
                               "(?:did not|didn['\u2019]t|would not) (?:wish|want) to (?:give (?:his|her|their) "
                               "(?:full )?names?|be (?:named|identified)))"));
            // Not one before the paragraph, once the paragraph has named
            // who speaks in it ("“…,” Ruzicka told reporters. “But …”").
            int first = std::max(0, q.sentence - 2);
            while (paragraphSpeaker >= 0 && first < q.sentence && sentences[first].paragraph != paragraph)
                ++first;
            const qsizetype from = sentences[first].start;
            const qsizetype to = sentences[q.sentence].end;
            // (Each of its ways holds one of these, each searched from a
            // letter rarer than the first of its words.)
            const QStringView around = QStringView(t).mid(from, to - from);
            if ((containsWord(around, u"be named") || containsWord(around, u"be identified") ||
                 containsWord(around, u"ymity") || containsWord(around, u"ymous") ||
                 containsWord(around, u"uthori") || containsWord(around, u"wish to") ||
                 containsWord(around, u"want to")) &&
                matchIn(anonymous, around).hasMatch())
                continue;
        }
        // A paragraph that goes on quoting: the same speaker. (Not a line of
        // dialogue: the next line is the other's.)
        if (speaker < 0 && !(q.dialogueRun >= 0 && q.dash >= 0)) {
            const int sameParagraph = paragraphSpeaker >= 0 ? paragraphSpeaker : -1;
            const bool opensParagraph = sentences[q.sentence].start == q.open &&
                                        (q.sentence == 0 || sentences[q.sentence - 1].paragraph != paragraph);
            if (sameParagraph >= 0) {
                speaker = sameParagraph;
                s.rule = QStringLiteral("quotation continuing its paragraph's speaker");
            } else if (opensParagraph && previousParagraphSpeaker >= 0) {
                speaker = previousParagraphSpeaker;
                s.rule = QStringLiteral("quotation continuing the last paragraph's speaker");
            } else if (!opensParagraph && sentences[q.sentence].start == q.open && q.sentence > 0 &&
                       wholeSentence(q)) {
                // "Fisheries Minister Ivo Marsh was blunt. “…”": a quotation
                // that is a sentence of its own, after a sentence of its
                // paragraph whose subject, opening it, is a person.
                const Sentence &before = sentences[q.sentence - 1];
                int end = 0;
                Span named;
                const int subject = entities.speakerAt(before.firstToken, before.endToken, before.start, &named, &end);
                if (subject >= 0 && std::as_const(out.entities)[subject].kind == NodeKind::Person) {
                    speaker = subject;
                    who = named;
                    s.rule = QStringLiteral("quotation after a sentence about its speaker");
                }
            }
        }
        // "**Is the ceasefire holding?**" then "“It is holding …”": an
        // answer in a transcript, the words of the interviewee its
        // introduction names.
        if (speaker < 0 && answersQuestion(q)) {
            if (answering == -2)
                answering = interviewee(q.open);
            if (answering >= 0) {
                speaker = answering;
                s.rule = QStringLiteral("answer in an interview transcript");
            }
        }
        if (speaker < 0) {
            if (spaceSeparatedWords(QStringView(t).mid(q.open + 1, q.close - q.open - 1)) < 8)
                continue;
            s.rule = QStringLiteral("quotation without a speaker");
        }
        s.speaker = speaker;
        s.speakerMention = who;
        if (speaker >= 0)
            paragraphSpeaker = speaker;
        out.statements.append(s);
    }
    findTranscriptTurns();
}

// "**KHANAL:** The first time …", "Rakhmatullaev: Nothing went wrong …",
// "RAMON VILLANUEVA, DEFENSE SECRETARY (SOUNDBITE): …", "A: Closer than
// ever.": a transcript's turn, a paragraph opened by a speaker's name (in
// capitals or not, with a role or none) or by "A" and a colon, is the
// words of the person the text names so (by surname or whole name), or of
// the interviewee for "A". Captures: the name, the role.
const QRegularExpression &transcriptLabel()
{
    static const QRegularExpression label(QStringLiteral(
        "^[ \t]*[*_]{0,2}((?:\\p{Lu}[\\p{L}'\u2019-]+|\\p{Lu}\\.)(?: (?:\\p{Lu}[\\p{L}'\u2019-]+|\\p{Lu}\\.)){0,3}|A)"
        "(?:,[ \t]+([A-Z][A-Z .,&/'\u2019-]{0,59}))?(?:[ \t]+\\([A-Z][A-Z /-]{1,20}\\))?[*_]{0,2}:[*_]{0,2}[ \t]+"));
    return label;
}

bool inTranscriptTurn(QStringView text, qsizetype pos)
{
    qsizetype line = pos;
    while (line > 0 && text.at(line - 1) != QLatin1Char('\n'))
        --line;
    const QStringView opening = text.mid(line, std::min<qsizetype>(120, text.size() - line));
    return mayOpenWithTranscriptLabel(opening) && matchIn(transcriptLabel(), opening).hasMatch();
}

QString labelNameWithoutTitle(const QString &name)
{
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return name;
    QString first = name.left(space).toUpper();
    if (first.endsWith(QLatin1Char('.')))
        first.chop(1);
    static const WordSet titles = wordSetOf({"CS",       "CAS",      "PS",       "MP",       "PM",        "VP",
                                             "DR",       "MR",       "MS",       "MRS",      "PROF",      "SEN",
                                             "REP",      "GOV",      "AMB",      "HON",      "GEN",       "COL",
                                             "CAPT",     "JUDGE",    "JUSTICE",  "MINISTER", "PRESIDENT", "GOVERNOR",
                                             "SENATOR",  "MAYOR",    "CHAIR",    "CHAIRMAN", "CHAIRPERSON", "SECRETARY",
                                             "AMBASSADOR", "SPOKESPERSON"});
    return titles.contains(first) ? name.mid(space + 1) : name;
}

// Most paragraphs open with no label: a colon within the first words,
// before any full stop, first.
bool mayOpenWithTranscriptLabel(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && (line[at] == u' ' || line[at] == u'\t' || line[at] == u'*' || line[at] == u'_'))
        ++at;
    // (Not "Q: …", a question.)
    if (at >= line.size() || !line[at].isUpper() || (line[at] == u'Q' && at + 1 < line.size() && line[at + 1] == u':'))
        return false;
    for (qsizetype i = at + 1; i < std::min<qsizetype>(line.size(), at + 120); ++i) {
        const QChar c = line[i];
        if (c == u':')
            return true;
        if (c == u'\n' || c == u'?' || c == u'!' || c == u'"' || c == QChar(0x201C))
            return false;
        // (Not a title's "Dr." or an initial's "J.": a full stop then a space and lower case ends it.)
        if (c == u'.' && i + 2 < line.size() && line[i + 1] == u' ' && line[i + 2].isLower())
            return false;
    }
    return false;
}

void StatementFinder::findTranscriptTurns()
{
    const qsizetype before = out.statements.size();
    const QRegularExpression &label = transcriptLabel();
    // "CARMINA ESGUERRA-LIM, ANCHOR:", "DIMACULANGAN, CORRESPONDENT:": who
    // asks and reports; none of their turns is a statement.
    static const QRegularExpression asks(QStringLiteral(
        "\\b(?:anchor|host|co-host|presenter|correspondent|reporter|interviewer|moderator|newsreader)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<int> askers;
    int answering = -2; // the interviewee, once looked for
    // (Not a headline's "Rutte: Support for Ukraine on the agenda", a
    // headline's way of saying what someone's news is.)
    for (int i = text.bodySentence; i < sentences.size(); ++i) {
        const Sentence &first = sentences[i];
        if (i > 0 && sentences[i - 1].paragraph == first.paragraph)
            continue;
        const qsizetype line = t.lastIndexOf(QLatin1Char('\n'), std::max<qsizetype>(0, first.start - 1)) + 1;
        if (first.start - line > 4)
            continue;
        const QStringView opening = QStringView(t).mid(line, std::min<qsizetype>(120, first.end - line));
        if (!mayOpenWithTranscriptLabel(opening))
            continue; // most paragraphs: no match to try
        const QRegularExpressionMatch m = matchIn(label, opening);
        if (!m.hasMatch())
            continue;
        // ("CS KAMAU:": Cabinet Secretary Kamau, named in full before.)
        const QString name = labelNameWithoutTitle(m.captured(1));
        int speaker = -1;
        if (name == QLatin1String("A")) {
            // "Q: …?" then "A: …": the interviewee's answer.
            if (answering == -2)
                answering = interviewee(line);
            speaker = answering;
        } else {
            for (int e = 0; e < out.entities.size() && speaker < 0; ++e) {
                const QString &whole = std::as_const(out.entities)[e].label;
                if (std::as_const(out.entities)[e].kind == NodeKind::Person && whole.size() >= name.size() &&
                    whole.endsWith(name, Qt::CaseInsensitive) &&
                    (whole.size() == name.size() || whole.at(whole.size() - name.size() - 1) == QLatin1Char(' ')))
                    speaker = e;
            }
        }
        // "SPOKESPERSON: …" after "the briefing given by the Spokesperson,
        // Zara Imtiaz": a label that is a title is the one who holds it.
        if (speaker < 0 && name != QLatin1String("A") && !name.contains(QLatin1Char(' ')) && gz.isTitle(name))
            speaker = entities.holderOfTitle(name, line);
        if (speaker < 0)
            continue;
        int last = i;
        while (last + 1 < sentences.size() && sentences[last + 1].paragraph == first.paragraph)
            ++last;
        const qsizetype from = line + m.capturedEnd(0);
        qsizetype to = sentences[last].end;
        while (to > from && (t.at(to - 1).isSpace() || t.at(to - 1) == QLatin1Char('*') || t.at(to - 1) == QLatin1Char('_')))
            --to;
        if (to <= from)
            continue;
        // Whoever's role says they ask, or whose turn ends on a question
        // ("Carla Villarroel: You came back without a vote. Is that a
        // victory?"), is the interviewer: none of their turns is a statement.
        if ((!m.captured(2).isEmpty() && matchIn(asks, m.capturedView(2)).hasMatch()) ||
            t.at(to - 1) == QLatin1Char('?'))
            askers.insert(speaker);
        if (askers.contains(speaker))
            continue;
        // Quotation marks inside the turn already made their statements:
        // a turn that is mostly one quotation is that one; one that quotes
        // someone in passing is still the speaker's own words.
        qsizetype quotedInside = 0;
        for (const Statement &st : std::as_const(out.statements)) {
            if (st.evidence.start >= from && st.evidence.start < to)
                quotedInside += std::min(st.text.end, to) - st.text.start;
        }
        if (quotedInside * 2 > to - from)
            continue;
        Statement s;
        s.text = Span{from, to};
        s.evidence = Span{line, to};
        s.direct = true;
        s.speaker = speaker;
        s.speakerMention = name == QLatin1String("A") ? Span{line + m.capturedStart(1), line + m.capturedEnd(1)}
                                                      : Span{line + m.capturedStart(1), line + m.capturedEnd(1)};
        s.rule = name == QLatin1String("A") ? QStringLiteral("answer in an interview transcript")
                                            : QStringLiteral("transcript turn");
        out.statements.append(s);
    }
    if (out.statements.size() > before)
        std::stable_sort(out.statements.begin(), out.statements.end(),
                         [](const Statement &a, const Statement &b) { return a.evidence.start < b.evidence.start; });
}

// Where a clause of its own begins after token `from` in sentence s: after
// a comma or a semicolon (and "yet", "but", "while"), a pronoun or a name
// and, within a few words, a speech verb ("…, yet he insists that …");
// -1 if none does.
int StatementFinder::nextSaying(int from, const Sentence &s) const
{
    for (int j = from + 1; j < s.endToken; ++j) {
        // (By hand: the gap between two words is mostly one space, shorter than a search call.)
        const QStringView gap = QStringView(t).mid(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
        if (std::none_of(gap.cbegin(), gap.cend(), [](QChar c) { return c == u',' || c == u';'; }))
            continue;
        int k = j;
        if (k < s.endToken && isOneOf(tokens[k].text, {"yet", "but", "while", "whereas"}))
            ++k;
        if (k >= s.endToken || !(isOneOf(tokens[k].text, {"he", "she", "they"}) || entities.mentionAtToken.contains(k)))
            continue;
        for (int w = k + 1; w < std::min(s.endToken, k + 5); ++w) {
            int stop = 0;
            if (speechVerbAt(w, &stop))
                return j;
            if (text.commaBetween(w - 1, w))
                break;
        }
    }
    return -1;
}

void StatementFinder::findReportedStatements()
{
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        // Sentences with a quotation of their own are covered above; those
        // inside one (the second sentence of a quotation, "“… She asked me
        // …”") are someone's words, with their own "she said".
        if (std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &q) {
                return !q.nested && !q.scare && ((q.open >= s.start && q.open < s.end) ||
                                                 (q.open < s.start && q.close > s.start));
            }))
            continue;
        for (int v = s.firstToken; v < s.endToken; ++v) {
            int stop = 0;
            Span who{-1, -1};
            int speaker = -1;
            int clauseFirst = -1;
            QString rule;
            if (isOneOf(tokens[v].text, {"according"}) &&
                v + 2 < s.endToken && tokens[v + 1].text == QLatin1String("to")) {
                int end = 0;
                speaker = entities.speakerAt(v + 2, s.endToken, tokens[v].start, &who, &end);
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
                    while (clauseEnd > s.start &&
                           (t.at(clauseEnd - 1).isSpace() || t.at(clauseEnd - 1) == QLatin1Char(',')))
                        --clauseEnd;
                    st.text = Span{s.start, clauseEnd};
                    st.evidence = Span{s.start, s.end};
                    if (text.countWords(st.text) >= 4)
                        out.statements.append(st);
                    break;
                }
            } else if (speechVerbAt(v, &stop)) {
                // "Asante-Mensah, speaking to Harbour FM on Thursday
                // morning, accused": the one named before such an aside.
                speaker = subjectBeforeAside(s, v, tokens[v].start, &who);
                // The subject right before the verb.
                for (int subject = v - 1; subject >= std::max(s.firstToken, v - 6) && speaker < 0;
                     --subject) {
                    int end = 0;
                    Span span;
                    speaker = entities.speakerAt(subject, v, tokens[v].start, &span, &end);
                    if (speaker >= 0)
                        who = span;
                }
                if (speaker < 0)
                    continue;
                clauseFirst = stop;
                // "told reporters", "said on Tuesday", "said that".
                while (clauseFirst < s.endToken) {
                    const QString w = tokens[clauseFirst].text.toLower();
                    if (w == QLatin1String("that") || w == QLatin1String("reporters") ||
                        w == QLatin1String("journalists") || w == QLatin1String("on") ||
                        w == QLatin1String("in") || w == QLatin1String("a") ||
                        w == QLatin1String("statement") || w == QLatin1String("an") ||
                        w == QLatin1String("interview")) {
                        ++clauseFirst;
                        if (w == QLatin1String("that"))
                            break;
                    } else if (isDayWord(tokens[clauseFirst].text)) {
                        ++clauseFirst;
                    } else if (w == QLatin1String("the") && clauseFirst + 2 < s.endToken &&
                               tokens[clauseFirst + 2].text == QLatin1String("that") &&
                               isOneOf(tokens[clauseFirst + 1].text,
                                       {"meeting", "summit", "talks", "session", "conference", "cabinet", "council",
                                        "committee", "assembly", "parliament", "delegates", "gathering"})) {
                        // "told the meeting that …": whom the words were told.
                        clauseFirst += 2;
                    } else if (w == QLatin1String("briefing") || w == QLatin1String("conference") ||
                               ((w == QLatin1String("news") || w == QLatin1String("press")) &&
                                clauseFirst + 1 < s.endToken &&
                                isOneOf(tokens[clauseFirst + 1].text, {"conference", "briefing"}))) {
                        // "told a news conference on Friday that …": whom the words were told.
                        clauseFirst += w == QLatin1String("news") || w == QLatin1String("press") ? 2 : 1;
                    } else {
                        break;
                    }
                }
                rule = QStringLiteral("reported speech (%1)").arg(text.words(v, stop).toLower());
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
            // "Rutte noted that …, yet he insists that …": a clause after a
            // comma with a speaker and a speech verb of its own is another
            // statement; this one ends before it.
            const int next = nextSaying(clauseFirst, s);
            qsizetype clauseEnd = next >= 0 ? tokens[next - 1].end : s.end;
            while (clauseEnd > tokens[clauseFirst].start && !t.at(clauseEnd - 1).isLetterOrNumber() &&
                   t.at(clauseEnd - 1) != QLatin1Char(')'))
                --clauseEnd;
            st.text = Span{tokens[clauseFirst].start, clauseEnd};
            st.evidence = Span{s.start, s.end};
            if (text.countWords(st.text) >= 4)
                out.statements.append(st);
            if (next < 0)
                break;
            v = next - 1; // the next clause's verb, with its own subject
        }
    }
    std::sort(out.statements.begin(), out.statements.end(),
              [](const Statement &a, const Statement &b) { return a.evidence.start < b.evidence.start; });
}

} // namespace threadline::extract::detail
