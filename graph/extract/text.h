#pragma once

// The extractor's view of an article's text: its words (tokens) and
// sentences, with the small lookups every later step asks of them. Internal
// to graph/extract/; the public interface is extractor.h.

#include <QList>
#include <QRegularExpression>
#include <QString>

#include "extractor.h"
#include "wordset.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace threadline::extract::detail {

// PCRE2 checks a subject for valid UTF-16 on every match, from the offset
// to its end: a good part of a short match's cost. A view into the text of
// an article that holds no surrogate at all (see Text) cannot be invalid,
// and is not checked again.
QRegularExpression::MatchOptions subjectOptions(QStringView subject);

// A pattern over a view of the text, without copying it: matchView and
// globalMatchView from Qt 6.5 (6.8 deprecates the QStringView overloads of
// match), those overloads before.
inline QRegularExpressionMatch matchIn(const QRegularExpression &pattern, QStringView text, qsizetype from = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.matchView(text, from, QRegularExpression::NormalMatch, subjectOptions(text));
#else
    return pattern.match(text, from, QRegularExpression::NormalMatch, subjectOptions(text));
#endif
}

// An expression's "no match" (and "no matches"), one shared: a match
// made for the purpose costs an allocation and its freeing.
inline const QRegularExpressionMatch &noMatch()
{
    static const QRegularExpressionMatch none;
    return none;
}

inline const QRegularExpressionMatchIterator &noMatches()
{
    static const QRegularExpressionMatchIterator none;
    return none;
}

inline QRegularExpressionMatchIterator globalMatchIn(const QRegularExpression &pattern, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.globalMatchView(text, 0, QRegularExpression::NormalMatch, subjectOptions(text));
#else
    return pattern.globalMatch(text, 0, QRegularExpression::NormalMatch, subjectOptions(text));
#endif
}

// What \s of a pattern matches (no Unicode properties): ASCII white space.
inline bool isPatternSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// What \w of a pattern matches, and so where \b falls (no Unicode
// properties): ASCII letters, digits and the underscore.
inline bool isPatternWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// Whether a view into the text of the Text being read holds no surrogate,
// so that a hand-written scan counting characters as UTF-16 units counts
// them as a pattern does (code points). Elsewhere, the pattern decides.
inline bool surrogateFree(QStringView subject)
{
    return subjectOptions(subject) & QRegularExpression::DontCheckSubjectStringMatchOption;
}

// The first position in [from, to) of `text` whose character `wanted`
// says yes to; `to` when there is none. For scans past characters most of
// which are not wanted: eight at a time are tested with no branch among
// them, which the compiler makes one vector test.
template <typename Wanted>
inline qsizetype firstWhere(QStringView text, qsizetype from, qsizetype to, Wanted wanted)
{
    const char16_t *const d = text.utf16();
    qsizetype i = from;
    for (; i + 8 <= to; i += 8) {
        unsigned any = 0;
        for (int k = 0; k < 8; ++k)
            any |= unsigned(wanted(d[i + k]));
        if (any)
            break;
    }
    while (i < to && !wanted(d[i]))
        ++i;
    return i;
}

// The first position in [from, to) of `text` where a quotation mark may
// stand ('"', '\'' or a character at U+00AB and beyond: every mark the
// extractor reads is one of those); `to` when there is none.
// Eight characters at a time by SSE2: three tests a block, and the place
// of the first mark in it from the comparison's mask (no second look at
// the block's characters one by one, as firstWhere takes).
inline qsizetype nextPossibleMark(QStringView text, qsizetype from, qsizetype to)
{
    const char16_t *const d = text.utf16();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi16(short(u'"'));
    const __m128i apostrophe = _mm_set1_epi16(short(u'\''));
    const __m128i belowMarks = _mm_set1_epi16(short(0xaa));
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= to; i += 8) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        // Two bits a character: a straight mark, or (its saturated
        // difference from U+00AA not zero) one at U+00AB or beyond.
        const int straight =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(c, quote), _mm_cmpeq_epi16(c, apostrophe)));
        const int low = _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_subs_epu16(c, belowMarks), zero));
        const int wanted = straight | (~low & 0xffff);
        if (wanted)
            return i + (__builtin_ctz(unsigned(wanted)) >> 1);
    }
#endif
    while (i < to && !(d[i] == u'"' || d[i] == u'\'' || d[i] >= 0xab))
        ++i;
    return i;
}

// The first position in [from, to) of `text` where a line or a sentence
// may end ('\n', '.', '!' or '?'); `to` when there is none. As
// nextPossibleMark: eight characters a step, the place from the mask.
inline qsizetype nextPossibleEnd(QStringView text, qsizetype from, qsizetype to)
{
    const char16_t *const d = text.utf16();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16(short(u'\n'));
    const __m128i stop = _mm_set1_epi16(short(u'.'));
    const __m128i exclamation = _mm_set1_epi16(short(u'!'));
    const __m128i question = _mm_set1_epi16(short(u'?'));
    for (; i + 8 <= to; i += 8) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const int wanted = _mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(c, newline), _mm_cmpeq_epi16(c, stop)),
                         _mm_or_si128(_mm_cmpeq_epi16(c, exclamation), _mm_cmpeq_epi16(c, question))));
        if (wanted)
            return i + (__builtin_ctz(unsigned(wanted)) >> 1);
    }
#endif
    while (i < to && !(d[i] == u'\n' || d[i] == u'.' || d[i] == u'!' || d[i] == u'?'))
        ++i;
    return i;
}

// text.contains(word), quicker for a word over a clause or a sentence: Qt
// hashes its way through every character, this looks only where one of
// the word's characters stands, found as one character is (with SIMD):
// its rarest by the frequency of letters in English text ("eve of" where
// a "v" stands, not at every "e").
inline bool containsWord(QStringView text, QStringView word)
{
    // A rank for each ASCII character, the commonest lowest; any other
    // character (a capital, a digit …) ranks as rarer than every letter.
    static constexpr std::array<quint8, 128> rank = [] {
        std::array<quint8, 128> ranks{};
        ranks.fill(255);
        const char *byFrequency = " etaoinshrdlcumwfgypbvkjxqz";
        for (quint8 r = 0; byFrequency[r]; ++r)
            ranks[size_t(byFrequency[r])] = r;
        return ranks;
    }();
    const auto rankOf = [](QChar c) { return c.unicode() < 128 ? rank[c.unicode()] : 255; };
    qsizetype pick = 0;
    for (qsizetype k = 1; k < word.size(); ++k) {
        if (rankOf(word[k]) > rankOf(word[pick]))
            pick = k;
    }
    const QChar rarest = word[pick];
    for (qsizetype at = text.indexOf(rarest, pick); at >= 0 && at - pick + word.size() <= text.size();
         at = text.indexOf(rarest, at + 1)) {
        if (text.sliced(at - pick, word.size()) == word)
            return true;
    }
    return false;
}

// Words (ASCII letters in lower case; or two of them parted by one space,
// "is to") one of which an expression needs, whole (no letter right before
// or after it), in any case. Where foundIn(text) says no, the expression
// cannot match: a test of some hundreds of instructions before one of
// some thousands (Qt's cost of a match, whatever the text). A long s or a
// Kelvin sign, which a caseless expression reads as "s" and "k", answers
// yes.
class ExpressionWords
{
public:
    ExpressionWords(std::initializer_list<const char *> words);
    bool foundIn(QStringView text) const;

private:
    static constexpr qsizetype longest = 15;
    static size_t key(char16_t first, qsizetype length) { return size_t((first | 0x20) - u'a') * 16 + size_t(length); }
    WordSet m_words;  // the words and the phrases
    WordSet m_starts; // the first words of the phrases
    std::bitset<26 * 16> m_keys; // a bit for the first letter and length of each word and first word
};

// QString::section(sep, 0, 0) and section(sep, -1), without the list
// section() builds to find them.
inline QStringView firstSection(QStringView s, QChar sep)
{
    const qsizetype at = s.indexOf(sep);
    return at < 0 ? s : s.first(at);
}

inline QStringView lastSection(QStringView s, QChar sep)
{
    return s.sliced(s.lastIndexOf(sep) + 1);
}

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

bool isOpeningDouble(QChar c);
bool isClosingDouble(QChar c);
// (Inline: it is asked of every word.)
inline bool startsUpper(const QString &word)
{
    return !word.isEmpty() && word.front().isUpper();
}
// word.toUpper() == word ("KITWE", "U.S."), without the copy.
bool isAllUpper(const QString &word);
// "NATO", "U.S.", "G7": two to eight capitals (digits and periods allowed).
// (Inline, its first test: it is asked of most words, and turns away at
// once those of another length or with a lower-case letter first.)
bool isAcronymOfLength(const QString &word);
inline bool isAcronym(const QString &word)
{
    if (word.size() < 2 || word.size() > 8 || (word.front() >= u'a' && word.front() <= u'z'))
        return false;
    return isAcronymOfLength(word);
}
// "said Tuesday", "said yesterday": a day between the verb and the clause.
bool isDayWord(const QString &word);
// word.toLower() == lower, without the copy when the word is ASCII (as
// most are; another goes through toLower).
bool lowerEquals(QStringView word, QStringView lower);
// "m" for he/him/his, "f" for she/her/hers, else empty.
QString pronounGender(const QString &word);

// Of some tokens, a number each (the mention a token starts): what a
// QHash<int, int> of them would hold, read with its calls (`constFind`,
// `!= constEnd()`, `*it`), kept as a list over the tokens: a look is an
// index, not a hash. Numbers are 0 or more; a token out of range has none.
class TokenIndex
{
public:
    explicit TokenIndex(qsizetype tokens) : m_values(size_t(tokens), -1) {}
    const int *constFind(qsizetype token) const
    {
        return token >= 0 && token < qsizetype(m_values.size()) && m_values[size_t(token)] >= 0
                   ? &m_values[size_t(token)]
                   : nullptr;
    }
    const int *constEnd() const { return nullptr; }
    bool contains(qsizetype token) const { return constFind(token) != nullptr; }
    void insert(qsizetype token, int value) { m_values.at(size_t(token)) = value; }
    void clear() { std::fill(m_values.begin(), m_values.end(), -1); }

private:
    std::vector<int> m_values;
};

// The article split into words and sentences, once.
class Text
{
public:
    explicit Text(const QString &text);
    ~Text();
    Text(const Text &) = delete;
    Text &operator=(const Text &) = delete;

private:
    QString m_text; // the text, a wrapped line's break made a space (same offsets)

public:
    // What the rules read: the text with each line break that wraps a line
    // (rather than ending a paragraph) made a space, so that a rule need not
    // know that "said\nKarimov" is "said Karimov". Offsets are the text's.
    const QString &t;
    QList<Token> tokens;
    // In order; a new line ends one, and starts a paragraph, unless the line
    // is wrapped or a quotation opened in the paragraph closes on a line to come.
    QList<Sentence> sentences;
    // The first sentence of the article's body: past the headline (and any
    // other short lines without a full stop that open the text), else 0.
    int bodySentence = 0;

    // The sentence holding a position (the one before it, between two).
    int sentenceAt(qsizetype pos) const;
    // The first token ending after a position.
    int tokenAtOrAfter(qsizetype pos) const
    {
        if (pos < 0)
            return 0;
        return pos < qsizetype(m_tokenAfter.size()) ? m_tokenAfter[size_t(pos)] : int(tokens.size());
    }
    bool insideToken(qsizetype pos) const;
    // The text of tokens [first, end), with what lies between them.
    QString words(int first, int end) const;
    // Only spaces between two tokens of one sentence.
    bool adjacent(int a, int b) const;
    // A comma between the end of token a and the start of token b (by hand:
    // the gap is a character or two, less than a search call costs).
    bool commaBetween(int a, int b) const
    {
        for (qsizetype i = tokens[a].end; i < tokens[b].start; ++i) {
            if (t.at(i) == u',')
                return true;
        }
        return false;
    }
    int countWords(const Span &span) const;

private:
    // tokenAtOrAfter of each position of the text, and of its end: asked
    // of nearly every rule, a look here rather than a binary search.
    std::vector<int> m_tokenAfter;

    void tokenize();
    void splitSentences();
    bool wrapsOnto(qsizetype lineStart, qsizetype lineEnd) const;
    bool isHardWrapped() const;
    bool runsOn(qsizetype lineStart, qsizetype lineEnd) const;
    qsizetype m_wrapWidth = 0; // of hard-wrapped text: its longest line
    static QChar quotationOpenAfter(QStringView line, QChar open);
    bool quotationClosesAhead(qsizetype lineEnd, QChar open) const;
    bool nextLineOpensQuotation(qsizetype lineEnd, QChar open) const;
    void findHeadline();
};

} // namespace threadline::extract::detail
