#include "text.h"

#include <QSet>

#include "wordset.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace threadline::extract::detail {

namespace {

// A token's word, shared with the same word of the articles read before on
// this thread: most words of an article ("the", "said", its names) are
// words of the ones before it, and a shared string costs a look where a
// new one costs an allocation and its freeing (a tenth of the extractor's
// time went to those). A cache of 16,384 words (a fifth of the words of
// the 49 bench articles missed one of 4,096), a slot by a cheap hash of
// the word: a word whose slot holds another takes it over.
QString sharedWord(QStringView word)
{
    thread_local std::array<QString, 16384> words;
    QString &slot = words[wordHash(word) >> 50]; // the top 14 bits
    if (slot.size() != word.size() ||
        !sameCharacters(reinterpret_cast<const char16_t *>(slot.constData()), word.utf16(), size_t(word.size())))
        slot = word.toString();
    return slot;
}

// The token list and the position index of the Text read last on this
// thread, emptied and kept for the next one: an article's are tens of
// kilobytes, and allocating them anew for each article made malloc merge
// its freed small blocks (malloc_consolidate) every time.
thread_local QList<Token> spareTokens;
thread_local std::vector<int> spareTokenAfter;

// The text of the Text being read on this thread, when it holds no
// surrogate (see subjectOptions).
thread_local const QChar *surrogateFreeBegin = nullptr;
thread_local const QChar *surrogateFreeEnd = nullptr;

} // namespace

QRegularExpression::MatchOptions subjectOptions(QStringView subject)
{
    if (surrogateFreeBegin && subject.data() >= surrogateFreeBegin && subject.data() + subject.size() <= surrogateFreeEnd)
        return QRegularExpression::DontCheckSubjectStringMatchOption;
    return QRegularExpression::NoMatchOption;
}

ExpressionWords::ExpressionWords(std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        const QString word = QString::fromLatin1(w);
        m_words.insert(word);
        const QString first = firstSection(word, QLatin1Char(' ')).toString();
        Q_ASSERT(first.size() <= longest && word.size() - first.size() - 1 <= longest);
        if (first.size() < word.size())
            m_starts.insert(first);
        m_keys.set(key(first.front().unicode(), first.size()));
    }
}

bool ExpressionWords::foundIn(QStringView text) const
{
    const auto letter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    std::array<char16_t, 2 * longest + 1> buffer;
    // The word of letters at `at`, in lower case into the buffer after
    // `used` characters (when it fits); its end.
    const auto wordAt = [&](qsizetype at, qsizetype used) {
        qsizetype end = at;
        while (end < n && letter(d[end]))
            ++end;
        if (end - at <= longest) {
            for (qsizetype i = at; i < end; ++i)
                buffer[size_t(used + i - at)] = char16_t(d[i] | 0x20);
        }
        return end;
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = d[i];
        if (c == 0x017F || c == 0x212A)
            return true;
        if (!letter(c)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && letter(d[end]))
            ++end;
        const qsizetype length = end - i;
        if (length <= longest && m_keys.test(key(c, length))) {
            wordAt(i, 0);
            const QStringView word(buffer.data(), length);
            if (m_words.contains(word))
                return true;
            // The first of two words parted by one space.
            if (end + 1 < n && d[end] == u' ' && letter(d[end + 1]) && m_starts.contains(word)) {
                buffer[size_t(length)] = u' ';
                const qsizetype secondEnd = wordAt(end + 1, length + 1);
                if (secondEnd - end - 1 <= longest &&
                    m_words.contains(QStringView(buffer.data(), length + secondEnd - end)))
                    return true;
            }
        }
        i = end;
    }
    return false;
}

bool isOpeningDouble(QChar c)
{
    // (「…」: the corner brackets of Japanese and Chinese text, in translation too.)
    return c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB) || c == QChar(0x300C);
}

bool isClosingDouble(QChar c)
{
    return c == QChar(0x201D) || c == QChar(0x00BB) || c == QChar(0x300D);
}

bool isAllUpper(const QString &word)
{
    // Most words have a lower-case ASCII letter: no upper-case copy to compare with.
    for (QChar c : word) {
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            return false;
        if (c.unicode() >= 0x80)
            return word.toUpper() == word;
    }
    return true;
}

bool isAcronymOfLength(const QString &word)
{
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

// "said Tuesday", "said yesterday": a day between the verb and the clause.
bool isDayWord(const QString &word)
{
    static const WordSet days = {
        QStringLiteral("Monday"),   QStringLiteral("Tuesday"),   QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"), QStringLiteral("Friday"),    QStringLiteral("Saturday"),
        QStringLiteral("Sunday"),   QStringLiteral("yesterday"), QStringLiteral("today")};
    return days.contains(word);
}

bool lowerEquals(QStringView word, QStringView lower)
{
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            return word.toString().toLower() == lower;
    }
    if (word.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if ((c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) != lower[i].unicode())
            return false;
    }
    return true;
}

QString pronounGender(const QString &word)
{
    if (word.size() < 2 || word.size() > 4)
        return {};
    if (lowerEquals(word, u"he") || lowerEquals(word, u"him") || lowerEquals(word, u"his"))
        return QStringLiteral("m");
    if (lowerEquals(word, u"she") || lowerEquals(word, u"her") || lowerEquals(word, u"hers"))
        return QStringLiteral("f");
    return {};
}

Text::Text(const QString &text) : m_text(text), t(m_text)
{
    tokens.swap(spareTokens);
    m_tokenAfter.swap(spareTokenAfter);
    tokenize();
    splitSentences();
    findHeadline();
    // Read after splitSentences, which may have written to (and so moved) the text.
    const bool surrogates = std::any_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return c.isSurrogate(); });
    if (!surrogates) {
        surrogateFreeBegin = m_text.constData();
        surrogateFreeEnd = m_text.constData() + m_text.size();
    }
}

Text::~Text()
{
    if (surrogateFreeBegin == m_text.constData()) {
        surrogateFreeBegin = nullptr;
        surrogateFreeEnd = nullptr;
    }
    tokens.clear(); // (keeps its room)
    m_tokenAfter.clear();
    spareTokens.swap(tokens);
    spareTokenAfter.swap(m_tokenAfter);
}

// "Rutte meets Trump at White House" above the body: a line of its own,
// short, without a full stop. Only lines that open the text, and only
// when a body follows them.
void Text::findHeadline()
{
    int s = 0;
    while (s < sentences.size() && s < 3) {
        const Sentence &line = sentences[s];
        const bool ownParagraph = (s + 1 >= sentences.size() || sentences[s + 1].paragraph != line.paragraph) &&
                                  (s == 0 || sentences[s - 1].paragraph != line.paragraph);
        qsizetype last = line.end - 1;
        while (last > line.start && (isClosingDouble(t.at(last)) || t.at(last) == QLatin1Char('"') ||
                                     t.at(last) == QChar(0x2019) || t.at(last) == QLatin1Char('\'') ||
                                     t.at(last).isSpace()))
            --last;
        const QChar c = t.at(last);
        const bool stops = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
                           c == QLatin1Char(':') || c == QLatin1Char(',') || c == QLatin1Char(';');
        const int words = line.endToken - line.firstToken;
        if (!ownParagraph || stops || words > 25)
            break;
        ++s;
    }
    bodySentence = s < sentences.size() ? s : 0;
}

void Text::tokenize()
{
    static const WordSet abbreviations = {
        QStringLiteral("Mr"),   QStringLiteral("Ms"),  QStringLiteral("Mrs"),  QStringLiteral("Dr"),
        QStringLiteral("St"),   QStringLiteral("Gen"), QStringLiteral("Sen"),  QStringLiteral("Rep"),
        QStringLiteral("Prof"), QStringLiteral("Adm"), QStringLiteral("Col"),  QStringLiteral("Lt"),
        QStringLiteral("Jr"),   QStringLiteral("Sr"),  QStringLiteral("Jan"),  QStringLiteral("Feb"),
        QStringLiteral("Mar"),  QStringLiteral("Apr"), QStringLiteral("Jun"),  QStringLiteral("Jul"),
        QStringLiteral("Aug"),  QStringLiteral("Sep"), QStringLiteral("Sept"), QStringLiteral("Oct"),
        QStringLiteral("Nov"),  QStringLiteral("Dec"), QStringLiteral("No"),   QStringLiteral("Gov"),
        // "Hon. Dr. Tiyamike Mkandawire", "the Rt. Hon. …", "Amb. …", "Capt. …".
        QStringLiteral("Hon"),  QStringLiteral("Rt"),  QStringLiteral("Amb"),  QStringLiteral("Capt"),
        QStringLiteral("Maj"),  QStringLiteral("Brig"), QStringLiteral("Rev")};
    // By hand, not by regular expression: this loop is most of the
    // extractor's time. Words are letters and digits joined by an
    // apostrophe or a hyphen; "U.S." is one word.
    const qsizetype n = t.size();
    // About one word in six characters of news text: one allocation, not a
    // dozen regrowths. The tokens are written in place and the list cut to
    // those found at the end: an append costs more than the word (a check
    // for sharing and for room, and a move, for each).
    tokens.resize(n / 6 + 16);
    Token *out = tokens.data();
    qsizetype count = 0;
    // The characters through a pointer of our own: with the tokens written
    // in the loop, the compiler would read t's data pointer again each time.
    const QChar *const d = t.constData();
    const auto wordChar = [&](qsizetype i) { return i < n && d[i].isLetterOrNumber(); };
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
        while (j + 1 < n && d[j].isUpper() && d[j + 1] == QLatin1Char('.')) {
            j += 2;
            ++initials;
        }
        if (initials >= 2 && !wordChar(j)) {
            end = j;
        } else {
            while (true) {
                while (wordChar(end))
                    ++end;
                if (end + 1 < n &&
                    (d[end] == QLatin1Char('\'') || d[end] == QChar(0x2019) ||
                     d[end] == QLatin1Char('-')) &&
                    wordChar(end + 1)) {
                    ++end;
                    continue;
                }
                break;
            }
        }
        if (count == tokens.size()) {
            tokens.resize(count * 2);
            out = tokens.data();
        }
        Token &tok = out[count++];
        tok.start = start;
        tok.end = end;
        // "Ribeiro's": the name without its possessive.
        if (end - start > 2 && d[end - 1] == QLatin1Char('s') &&
            (d[end - 2] == QLatin1Char('\'') || d[end - 2] == QChar(0x2019)))
            tok.end -= 2;
        tok.text = sharedWord(QStringView(t).mid(tok.start, tok.end - tok.start));
        if (tok.end < n && d[tok.end] == QLatin1Char('.') && abbreviations.contains(tok.text)) {
            ++tok.end;
            tok.text = sharedWord(QStringView(t).mid(tok.start, tok.end - tok.start));
        }
        i = end;
    }
    tokens.resize(count);
    // The positions up to each token's end (from the one before's) have it
    // as the first token ending after them; those past the last have none.
    m_tokenAfter.resize(size_t(n) + 1);
    int *const after = m_tokenAfter.data();
    qsizetype at = 0;
    for (qsizetype k = 0; k < count; ++k) {
        for (; at < out[k].end; ++at)
            after[at] = int(k);
    }
    for (; at <= n; ++at)
        after[at] = int(count);
}

bool Text::insideToken(qsizetype pos) const
{
    const int k = tokenAtOrAfter(pos);
    return k < tokens.size() && tokens[k].start <= pos;
}

void Text::splitSentences()
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
    qsizetype lineStart = 0;
    QChar quoting; // the mark of a quotation the paragraph has opened and not closed
    const bool hardWrapped = isHardWrapped();
    if (hardWrapped) {
        for (qsizetype start = 0; start < t.size();) {
            qsizetype end = t.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = t.size();
            // (Not a heading's, nor one of the few long lines a wrapped text
            // may keep whole: a table row, an address.)
            if (end - start <= 100 && (end == start || t.at(start) != QLatin1Char('#')))
                m_wrapWidth = std::max(m_wrapWidth, end - start);
            start = end + 1;
        }
    }
    for (qsizetype i = 0; i < t.size(); ++i) {
        // Most characters end nothing: past them first, without the tests below.
        i = nextPossibleEnd(t, i, t.size());
        if (i == t.size())
            break;
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n')) {
            quoting = quotationOpenAfter(QStringView(t).sliced(lineStart, i - lineStart), quoting);
            // A quotation left open for the next line's opening mark runs over
            // paragraphs: that line begins one.
            const bool reopened = !quoting.isNull() && nextLineOpensQuotation(i, quoting);
            const bool wrapped = (!quoting.isNull() && quotationClosesAhead(i, quoting)) ||
                                 (!reopened && ((hardWrapped && runsOn(lineStart, i)) || wrapsOnto(lineStart, i)));
            lineStart = i + 1;
            if (wrapped) {
                m_text[i] = QLatin1Char(' '); // a hard-wrapped line: the sentence (or the quotation) goes on
                continue;
            }
            quoting = QChar();
            close(i);
            ++paragraph;
            continue;
        }
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && !insideToken(i)) {
            qsizetype end = i + 1;
            while (end < t.size() && (isClosingDouble(t.at(end)) || t.at(end) == QLatin1Char('"') ||
                                      t.at(end) == QChar(0x2019) || t.at(end) == QLatin1Char('\'') ||
                                      t.at(end) == QLatin1Char(')')))
                ++end;
            // "Othón P. Blanco", "George W. Bush": a capital alone between
            // two capitalised words is a middle initial, no sentence's end.
            const bool initial = c == QLatin1Char('.') && end == i + 1 && i >= 3 && t.at(i - 1).isUpper() &&
                                 t.at(i - 2) == QLatin1Char(' ') && t.at(i - 3).isLetter() &&
                                 end + 1 < t.size() && t.at(end) == QLatin1Char(' ') && t.at(end + 1).isUpper() &&
                                 [&] {
                                     qsizetype w = i - 3;
                                     while (w > 0 && t.at(w - 1).isLetter())
                                         --w;
                                     return t.at(w).isUpper();
                                 }();
            if ((end == t.size() || t.at(end).isSpace()) && !initial)
                close(end);
        }
    }
    close(t.size());
    // One pass over the tokens for both (through data(): the lists are not shared).
    Token *token = tokens.data();
    Sentence *sentence = sentences.data();
    for (Sentence &each : sentences)
        each.firstToken = each.endToken = -1;
    int s = 0;
    for (int k = 0; k < tokens.size(); ++k) {
        while (s + 1 < sentences.size() && token[k].start >= sentence[s + 1].start)
            ++s;
        token[k].sentence = s;
        if (sentence[s].firstToken < 0)
            sentence[s].firstToken = k;
        sentence[s].endToken = k + 1;
    }
    for (Sentence &each : sentences) {
        if (each.firstToken < 0)
            each.firstToken = each.endToken = 0;
    }
}

// Whether the line [lineStart, lineEnd) goes on in the next one, in
// hard-wrapped text ("… since former President\nDonald Trump took office"):
// it ends with no stop, and the next line starts in lower case ("took\n
// office"), or it is longer than a headline or a section title runs (those
// of the articles here have 17 words at most; a wrapped line of a long
// sentence before a name has more than 18). A blank line or a stop ends
// the paragraph. Shorter wrapped lines before a capital stay apart: a
// headline over its first paragraph looks the same.
bool Text::wrapsOnto(qsizetype lineStart, qsizetype lineEnd) const
{
    qsizetype last = lineEnd - 1;
    while (last >= lineStart && (t.at(last) == QLatin1Char(' ') || t.at(last) == QLatin1Char('\t')))
        --last;
    qsizetype next = lineEnd + 1;
    while (next < t.size() && (t.at(next) == QLatin1Char(' ') || t.at(next) == QLatin1Char('\t')))
        ++next;
    if (last < lineStart || next >= t.size() || !t.at(last).isLetterOrNumber() || !t.at(next).isLetterOrNumber())
        return false;
    return t.at(next).isLower() || t.at(next).isDigit() || countWords(Span{lineStart, lineEnd}) > 18;
}

namespace {

// A mark that opens a quotation: a double one, or a typographic single one
// at a word's start.
bool opensQuotation(QStringView s, qsizetype i)
{
    const QChar c = s.at(i);
    if (isOpeningDouble(c))
        return true;
    if (c == QLatin1Char('"')) // not after a word or a stop: "(\"We", " \"We"
        return i == 0 || !(s.at(i - 1).isLetterOrNumber() || QStringView(u".,;:!?)").contains(s.at(i - 1)));
    return c == QChar(0x2018) && (i == 0 || !s.at(i - 1).isLetterOrNumber()) && i + 1 < s.size() &&
           s.at(i + 1).isLetterOrNumber();
}

// Whether `mark` opens a quotation of the kind `open` did: single
// (typographic) or double. A wrapped line may begin with a quotation
// inside the one left open (“… Ours says\n‘concern’ because …”), which
// does not reopen it for a new paragraph.
bool sameKindOfMark(QChar open, QChar mark)
{
    return (open == QChar(0x2018)) == (mark == QChar(0x2018));
}

// A mark that closes the quotation `open` began (straight and typographic
// double marks close each other, as copied text mixes them).
bool closesQuotation(QStringView s, qsizetype i, QChar open)
{
    const QChar c = s.at(i);
    if (open == QChar(0x2018))
        return c == QChar(0x2019) && i > 0 && !s.at(i - 1).isSpace() && (i + 1 >= s.size() || !s.at(i + 1).isLetterOrNumber());
    return isClosingDouble(c) || (c == QLatin1Char('"') && i > 0 && !s.at(i - 1).isSpace());
}

} // namespace

// The mark of the quotation still open at the end of `line`, given the one
// open at its start (null for none).
QChar Text::quotationOpenAfter(QStringView line, QChar open)
{
    for (qsizetype i = nextPossibleMark(line, 0, line.size()); i < line.size();
         i = nextPossibleMark(line, i + 1, line.size())) {
        const QChar c = line.at(i);
        if (c != QLatin1Char('"') && c.unicode() < 0xab)
            continue; // an apostrophe: every double mark is '"' or at U+00AB and beyond
        if (open.isNull()) {
            if (opensQuotation(line, i))
                open = c;
        } else if (closesQuotation(line, i, open)) {
            open = QChar();
        }
    }
    return open;
}

bool Text::nextLineOpensQuotation(qsizetype lineEnd, QChar open) const
{
    qsizetype next = lineEnd + 1;
    while (next < t.size() && (t.at(next) == QLatin1Char(' ') || t.at(next) == QLatin1Char('\t')))
        ++next;
    return next < t.size() && opensQuotation(QStringView(t), next) && sameKindOfMark(open, t.at(next));
}

// Whether the quotation open at the line ending at lineEnd closes on a
// line to come: the next lines, up to a blank one, go on without opening
// a quotation of their own (as a paragraph does that carries a quotation
// over to the next), and one of them has the closing mark.
bool Text::quotationClosesAhead(qsizetype lineEnd, QChar open) const
{
    const QStringView rest = QStringView(t).sliced(lineEnd, std::min<qsizetype>(t.size() - lineEnd, 2000));
    bool lineStarts = true;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == QLatin1Char('\n')) {
            if (!lineStarts || i == 0)
                lineStarts = true;
            else
                return false; // a blank line
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
            continue;
        // (A single mark inside a double quotation quotes within it.)
        const bool opens = opensQuotation(rest, i) && sameKindOfMark(open, rest.at(i));
        if (lineStarts && opens)
            return false; // the next paragraph opens its own
        lineStarts = false;
        if (closesQuotation(rest, i, open))
            return true;
        if (opens)
            return false;
    }
    return false;
}

// Whether the whole text is hard-wrapped (a plain-text feed, an e-mail):
// blank lines part its paragraphs, and most of its lines run on into the
// next, none of them long. Then a line break inside a paragraph is a space,
// wherever it falls ("… said\nKarimov"). A paragraph a line, with or
// without blank lines between, is not.
bool Text::isHardWrapped() const
{
    int lines = 0, blank = 0, runningOn = 0, longLines = 0;
    bool lastBlank = true;
    for (qsizetype start = 0; start < t.size();) {
        qsizetype end = t.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = t.size();
        const bool isBlank = QStringView(t).sliced(start, end - start).trimmed().isEmpty();
        if (isBlank) {
            ++blank;
        } else {
            ++lines;
            runningOn += !lastBlank;
            longLines += end - start > 100;
        }
        lastBlank = isBlank;
        start = end + 1;
    }
    return blank > 0 && lines >= 4 && runningOn * 2 >= lines && longLines * 10 <= lines;
}

// In hard-wrapped text, whether the line [lineStart, lineEnd) runs on into
// the next: that one is not blank, and neither is a heading, a list item,
// a block quote or a table row; nor is this one a heading or a table row,
// which keep to their line. A list item or a block quote wraps as a
// paragraph does ("* June 9 - Koror: … receives Fijian Prime\nMinister
// …").
bool Text::runsOn(qsizetype lineStart, qsizetype lineEnd) const
{
    const auto keepsToItsLine = [&](qsizetype from, qsizetype to) {
        while (from < to && (t.at(from) == QLatin1Char(' ') || t.at(from) == QLatin1Char('\t')))
            ++from;
        return from >= to || t.at(from) == QLatin1Char('#') || t.at(from) == QLatin1Char('|');
    };
    const auto startsBlock = [&](qsizetype from, qsizetype to) {
        while (from < to && (t.at(from) == QLatin1Char(' ') || t.at(from) == QLatin1Char('\t')))
            ++from;
        if (from >= to)
            return true; // blank
        const QChar c = t.at(from);
        if (c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('|') || c == QChar(0x2022))
            return true;
        const bool bullet = (c == QLatin1Char('-') || c == QLatin1Char('*')) && from + 1 < to && t.at(from + 1) == QLatin1Char(' ');
        qsizetype digits = from;
        while (digits < to && t.at(digits).isDigit())
            ++digits;
        const bool numbered = digits > from && digits + 1 < to && t.at(digits) == QLatin1Char('.') && t.at(digits + 1) == QLatin1Char(' ');
        return bullet || numbered;
    };
    qsizetype nextEnd = t.indexOf(QLatin1Char('\n'), lineEnd + 1);
    if (nextEnd < 0)
        nextEnd = t.size();
    // "Public Relations Unit\nMinistry of …\nLilongwe": a line the next
    // line's first word would have fitted on was broken on purpose (a
    // sign-off, an address), not wrapped.
    qsizetype word = lineEnd + 1;
    while (word < nextEnd && t.at(word) == QLatin1Char(' '))
        ++word;
    const qsizetype wordStart = word;
    while (word < nextEnd && t.at(word) != QLatin1Char(' '))
        ++word;
    if (m_wrapWidth > 0 && (lineEnd - lineStart) + 1 + (word - wordStart) <= m_wrapWidth - 2)
        return false;
    return !keepsToItsLine(lineStart, lineEnd) && !startsBlock(lineEnd + 1, nextEnd);
}

int Text::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](qsizetype p, const Sentence &s) { return p < s.start; });
    return it == sentences.cbegin() ? 0 : int(it - sentences.cbegin() - 1);
}

QString Text::words(int first, int end) const
{
    if (end == first + 1)
        return tokens[first].text; // the same characters, shared rather than copied
    return t.mid(tokens[first].start, tokens[end - 1].end - tokens[first].start);
}

// Only spaces (and a hyphen or a period of "U.S.") between two tokens.
bool Text::adjacent(int a, int b) const
{
    for (qsizetype i = tokens[a].end; i < tokens[b].start; ++i) {
        if (t.at(i) != QLatin1Char(' '))
            return false;
    }
    return tokens[a].sentence == tokens[b].sentence;
}

int Text::countWords(const Span &span) const
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

} // namespace threadline::extract::detail
