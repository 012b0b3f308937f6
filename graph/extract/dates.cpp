#include "dates.h"
#include "text.h"
#include "wordset.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <bitset>

namespace threadline::extract {

namespace {

int monthOf(QStringView word)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    // Its first three letters in lower case, by hand when the word is ASCII
    // (as the pattern's month names are, but for a long s or a Kelvin sign):
    // no copy of it.
    if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        if (word.size() < 3)
            return 0;
        char first[3];
        for (int k = 0; k < 3; ++k) {
            const char16_t c = word[k].unicode();
            first[k] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
        }
        for (int i = 0; i < 12; ++i) {
            if (std::equal(first, first + 3, names[i]))
                return i + 1;
        }
        return 0;
    }
    const QString w = lowerCased(word.toString());
    for (int i = 0; i < 12; ++i) {
        if (w.startsWith(QLatin1String(names[i])))
            return i + 1;
    }
    return 0;
}

int weekdayOf(QStringView word)
{
    static const char *names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    // The length and the first letter before the comparing (caseless
    // equals are of one length; a first letter past ASCII may fold to one).
    const char16_t first = word.isEmpty() ? 0 : word.front().unicode();
    for (int i = 0; i < 7; ++i) {
        if (word.size() != qsizetype(qstrlen(names[i])) || (first < 0x80 && char16_t(first | 0x20) != names[i][0]))
            continue;
        if (word.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// As QDate::toString(Qt::ISODate) writes it, without its cost (a few
// thousand instructions a call, most of the date step's time).
QString iso(const QDate &d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 0 || year > 9999)
        return d.toString(Qt::ISODate);
    const char16_t digits[] = {char16_t(u'0' + year / 1000),        char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),     char16_t(u'0' + year % 10),
                               u'-',                                char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),         u'-',
                               char16_t(u'0' + day / 10),           char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(digits), 10);
}

// A month and day without a year: the one nearest the document date on the
// side the sentence speaks of. A sentence with no word of time to come may
// still speak of it: a day of this year up to two months after the
// document's is that one ("The summit on September 8 is the first since
// 2030", dated August 25), not last year's.
QDate withYear(int month, int day, const QDate &documentDate, bool future)
{
    QDate d(documentDate.year(), month, day);
    if (!d.isValid())
        return {};
    if (!future && d > documentDate.addDays(61))
        d = d.addYears(-1);
    else if (future && d < documentDate.addDays(-7))
        d = d.addYears(1);
    return d;
}

const QString monthPattern = QStringLiteral(
    "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|Jun\\.|July?|Jul\\.|Aug(?:ust|\\.)?|"
    "Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)");

} // namespace

const QRegularExpression &detail::datePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:"
                       // 1-4: Month D(-D)?(, YYYY)?
                       "(%1)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?"
                       // 5-8: D(-D)? Month( YYYY)?
                       "|(\\d{1,2})(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2}))?\\s+(%1)(?:,?\\s+(\\d{4}))?"
                       // 9-10: (in) Month YYYY / in Month / (in) early, mid-, late Month /
                       // before (by) the end (start, middle) of Month
                       "|(?:in\\s+|last\\s+|(?:in\\s+)?(?:early|mid|late)[-\\s]+|"
                       "(?:before|by|until|at|from)\\s+the\\s+(?:end|start|beginning|middle)\\s+of\\s+)(%1)(?:\\s+(\\d{4}))?"
                       // 11-12: weekday, with what comes before it, and 13: the
                       // weekday a range ends on ("Monday to Thursday")
                       "|(?:(last|next|this|on|on\\s+last|on\\s+next|from)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       "(?:\\s+(?:to|through|until|and)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                       // 14: relative words
                       "|(yesterday|today|tomorrow|last\\s+week|next\\s+week|this\\s+week|last\\s+month|next\\s+month|"
                       "this\\s+month|earlier\\s+this\\s+month|later\\s+this\\s+month|last\\s+year|next\\s+year|"
                       "(?:next|last)\\s+(?:spring|summer|autumn|fall)|earlier\\s+this\\s+week|overnight|(?:later|earlier)\\s+this\\s+year|(?:at|over)\\s+the\\s+weekend|this\\s+weekend|last\\s+weekend)"
                       // 15: a year alone ("in 2031"), or a season's ("in the spring of 2004")
                       "|in\\s+(?:the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?"
                       "((?:19|20)\\d\\d)(?![-\u2013/]?\\d)"
                       // 16: a day of the month alone ("arrives on the 14th for"),
                       // not an ordinal of something ("on the 14th floor"); 17:
                       // the month it is of ("since the 14th of last month")
                       // ("On the evening of the 20th", "on the 21st before her
                       // return flight": a part of the day, a clause of time after.)
                       "|(?:on\\s+the\\s+(?:morning|afternoon|evening|night)\\s+of|on|since)\\s+the\\s+"
                       "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
                       "(?:\\s+of\\s+(last|next|this)\\s+month\\b|"
                       "(?=\\s*[,.;:)]|\\s*$|\\s+(?:for|to|and|in|at|with|when|before|after|during|while|of\\s+(?:this|next|the)\\s+month)\\b))"
                       // 18-19: a month of the year after or before ("for March next year")
                       "|(%1)\\s+(next|last)\\s+year"
                       // 20-21: a month and its year with nothing before them
                       // ("**March 2025** — the ministers met"), a timeline's heading
                       "|(%1)\\s+((?:19|20)\\d\\d)(?![-\u2013/]?\\d)"
                       ")\\b")
            .arg(monthPattern),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

namespace {

// Where a match of datePattern() can start in `text` at or after `from`:
// none starts before the position returned (the text's size: none at all).
// Each holds a digit or a name (of a month, a day of the week, "yesterday",
// "today", "tomorrow", "week", "month", "year", "overnight") with at most
// five words before it ("in the early spring of 2004"), words of letters
// parted by white space or hyphens: the first such digit or name, so many
// words back. Matching from there, not from `from`, skips the long runs of
// a sentence with no date, where the pattern costs the most.
qsizetype dateCanStart(QStringView text, qsizetype from)
{
    // Letters as the caseless pattern reads them: ASCII ones, and the long
    // s and the Kelvin sign, which it takes for "s" and "k".
    const auto letter = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == 0x017F || c == 0x212A;
    };
    const auto lower = [](char16_t c) {
        return c == 0x017F ? u's' : c == 0x212A ? u'k' : c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    };
    // The pattern's \s, and the hyphen of "mid-March".
    const auto separator = [](char16_t c) { return detail::isPatternSpace(QChar(c)) || c == u'-'; };
    // The ASCII word characters of \b.
    const auto wordChar = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    // The first three letters of every name the dates hold, in lower case:
    // a bit for each three letters.
    static const std::bitset<26 * 26 * 26> names = [] {
        std::bitset<26 * 26 * 26> bits;
        for (const char *name :
             {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
              "tue", "wed", "thu", "fri", "sat", "sun", "yes", "tod", "tom", "wee", "yea", "ove"})
            bits.set(size_t(((name[0] - 'a') * 26 + (name[1] - 'a')) * 26 + (name[2] - 'a')));
        return bits;
    }();
    const auto nameAt = [&](qsizetype i) {
        if (i + 2 >= text.size())
            return false;
        size_t key = 0;
        for (qsizetype k = i; k < i + 3; ++k) {
            const char16_t c = lower(text[k].unicode());
            if (c < u'a' || c > u'z')
                return false;
            key = key * 26 + (c - u'a');
        }
        return bool(names[key]);
    };
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    qsizetype anchor = from;
    while (anchor < n) {
        const char16_t c = d[anchor];
        if (c >= u'0' && c <= u'9')
            break;
        if (!wordChar(c)) {
            // The long s and the Kelvin sign are no word characters: \b
            // falls on either side of them, and a name can start there.
            if (letter(c) && nameAt(anchor))
                break;
            ++anchor;
            continue;
        }
        // A name starts where \b can fall before a letter.
        if ((anchor == 0 || !wordChar(d[anchor - 1])) && nameAt(anchor))
            break;
        // The rest of a word of ASCII letters: \b falls nowhere in it.
        ++anchor;
        while (anchor < n && ((d[anchor] >= u'a' && d[anchor] <= u'z') ||
                              (d[anchor] >= u'A' && d[anchor] <= u'Z') || d[anchor] == u'_'))
            ++anchor;
    }
    if (anchor == n)
        return n;
    qsizetype start = anchor;
    for (int words = 0; words < 5; ++words) {
        qsizetype i = start;
        while (i > from && separator(d[i - 1]))
            --i;
        qsizetype j = i;
        while (j > from && letter(d[j - 1]))
            --j;
        if (i == start || j == i)
            break;
        start = j;
    }
    return start;
}

// datePattern() anchored where matching starts (\G, which the JIT compiles).
const QRegularExpression &anchoredDatePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\G") + detail::datePattern().pattern(),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Where a match of datePattern() can start, at `at` or after; the text's
// size where none can. Every alternative begins after \b with a word
// (ASCII letters, in any case) followed as it needs: a month or a day of
// the week by anything; "in" by a month, a year's digit, "early" … or by
// "the" and a season; "on" by a day of the week, or "the" and a digit;
// "by" by "the" and "end", "start" …; or with a day of one or two digits,
// a month or a range after it. For a text with no long s and no Kelvin
// sign (which the caseless pattern reads as "s" and "k").
qsizetype dateMayStart(QStringView text, qsizetype at)
{
    // What a word an alternative begins with needs after it (white space
    // between; or hyphens: "mid-March"): anything; one of some words, or a
    // digit; or a word (`via`: "the", "this") and one of some words, or a
    // digit, after that.
    struct Next
    {
        bool anything = false;
        WordSet words;
        bool digit = false;
        bool hyphens = false;
        QString via;
        WordSet viaWords;
        bool viaDigit = false;
    };
    const auto set = [](const QStringList &words) {
        WordSet made;
        for (const QString &w : words)
            made.insert(w);
        return made;
    };
    const auto list = [](const char *words) { return QString::fromLatin1(words).split(QLatin1Char(' ')); };
    // The months as "Jan(?:uary|\.)?", "June?", "Sept?(?:ember|\.)?" … write them.
    static const QStringList months = list("jan january feb february mar march apr april may jun june jul july aug "
                                           "august sep sept september sepember oct october nov november dec december");
    static const QStringList weekdays = list("monday tuesday wednesday thursday friday saturday sunday");
    static const WordSet monthWords = set(months);
    static const WordHash<Next> leads = [&] {
        WordHash<Next> made;
        const auto add = [&](const char *words, Next next) {
            for (const QString &w : list(words))
                made.insert(w, next);
        };
        Next any;
        any.anything = true;
        add("yesterday today tomorrow overnight", any);
        for (const QString &w : months + weekdays)
            made.insert(w, any);
        Next in;
        in.words = set(months + list("early mid late"));
        in.digit = true;
        in.via = QStringLiteral("the");
        in.viaWords = set(list("early late spring summer autumn fall winter"));
        add("in", in);
        Next part;
        part.words = set(months);
        part.hyphens = true;
        add("early mid late", part);
        Next last;
        last.words = set(months + weekdays + list("week month year weekend spring summer autumn fall"));
        add("last", last);
        Next next;
        next.words = set(weekdays + list("week month year spring summer autumn fall"));
        add("next", next);
        Next thisOne;
        thisOne.words = set(weekdays + list("week month weekend"));
        add("this", thisOne);
        Next on;
        on.words = set(weekdays + list("last next"));
        on.via = QStringLiteral("the");
        on.viaDigit = true;
        // ("on the evening of the 20th")
        on.viaWords = set(list("morning afternoon evening night"));
        add("on", on);
        Next since;
        since.via = QStringLiteral("the");
        since.viaDigit = true;
        add("since", since);
        Next from;
        from.words = set(weekdays);
        from.via = QStringLiteral("the");
        from.viaWords = set(list("end start beginning middle"));
        add("from", from);
        Next by;
        by.via = QStringLiteral("the");
        by.viaWords = set(list("end start beginning middle"));
        add("before by until", by);
        Next atThe;
        atThe.via = QStringLiteral("the");
        atThe.viaWords = set(list("end start beginning middle weekend"));
        add("at", atThe);
        Next over;
        over.via = QStringLiteral("the");
        over.viaWords = set(list("weekend"));
        add("over", over);
        Next earlier;
        earlier.via = QStringLiteral("this");
        earlier.viaWords = set(list("week month year"));
        add("earlier later", earlier);
        return made;
    }();
    const auto letter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const auto digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    // The first two letters of those words (each has two at least), a bit
    // each: most words are turned away by them, before a look at the rest.
    const auto twoLetters = [](char16_t a, char16_t b) { return size_t(((a | 0x20) - u'a') * 26 + ((b | 0x20) - u'a')); };
    static const std::bitset<26 * 26> leadStarts = [&] {
        std::bitset<26 * 26> bits;
        for (const QString &w : list("yesterday today tomorrow overnight in early mid late last next this on from "
                                     "before by until at over earlier later since") + months + weekdays)
            bits.set(twoLetters(w[0].unicode(), w[1].unicode()));
        return bits;
    }();
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    // The word of letters from i, in lower case into `buffer` (empty where
    // it is longer than any asked for).
    using Buffer = std::array<char16_t, 16>;
    const auto lowerWordAt = [&](qsizetype i, Buffer &buffer) {
        qsizetype end = i;
        while (end < n && letter(d[end]))
            ++end;
        if (end - i > qsizetype(buffer.size()))
            return QStringView();
        for (qsizetype k = i; k < end; ++k)
            buffer[size_t(k - i)] = char16_t(d[k] | 0x20);
        return QStringView(buffer.data(), end - i);
    };
    // Past white space (and hyphens) from i; i itself where there is none.
    const auto skipSpace = [&](qsizetype i, bool hyphens) {
        while (i < n && (detail::isPatternSpace(QChar(d[i])) || (hyphens && d[i] == u'-')))
            ++i;
        return i;
    };
    Buffer first, second, third;
    const auto startsHere = [&](qsizetype i) {
        if (digit(d[i])) {
            // (\d{1,2})(?:\s*(?:-|–|to|and)\s*(\d{1,2}))?\s+(month)
            qsizetype end = i + 1;
            if (end < n && digit(d[end]))
                ++end;
            if (end < n && digit(d[end]))
                return false; // three digits: none is a day
            const qsizetype range = skipSpace(end, false);
            const QStringView rest = text.sliced(range);
            if (rest.startsWith(u'-') || rest.startsWith(u'\u2013') || rest.startsWith(u"to", Qt::CaseInsensitive) ||
                rest.startsWith(u"and", Qt::CaseInsensitive))
                return true;
            const qsizetype month = skipSpace(end, false);
            return month > end && monthWords.contains(lowerWordAt(month, second));
        }
        if (i + 1 >= n || !letter(d[i]) || !letter(d[i + 1]) || !leadStarts[twoLetters(d[i], d[i + 1])])
            return false;
        const QStringView word = lowerWordAt(i, first);
        const Next *next = word.isEmpty() ? nullptr : leads.constFind(word);
        if (!next)
            return false;
        if (next->anything)
            return true;
        const qsizetype end = i + word.size();
        const qsizetype j = skipSpace(end, next->hyphens);
        if (j == end || j == n)
            return false;
        if (next->digit && digit(d[j]))
            return true;
        const QStringView following = lowerWordAt(j, second);
        if (following.isEmpty())
            return false;
        if (next->words.contains(following))
            return true;
        if (following != next->via)
            return false;
        const qsizetype k = skipSpace(j + following.size(), false);
        if (k == j + following.size() || k == n)
            return false;
        return (next->viaDigit && digit(d[k])) || next->viaWords.contains(lowerWordAt(k, third));
    };
    for (; at < n; ++at) {
        const char16_t c = d[at];
        if (!detail::isPatternWordChar(c) || (at > 0 && detail::isPatternWordChar(d[at - 1])))
            continue;
        if (startsHere(at))
            return at;
        // The rest of the word: \b falls nowhere in it.
        while (at + 1 < n && detail::isPatternWordChar(d[at + 1]))
            ++at;
    }
    return n;
}

// Whether dateMayStart can tell where a date starts in `subject`: a view
// into the text being read (see surrogateFree) with no long s and no
// Kelvin sign.
bool datesStartByHand(QStringView subject)
{
    return detail::surrogateFree(subject) && !subject.contains(QChar(0x017F)) && !subject.contains(QChar(0x212A));
}

// datePattern()'s next match at or after `from`, tried anchored only where
// one can start (see datesStartByHand): the first such place from which it
// matches is where the search would have found it.
QRegularExpressionMatch nextDateByHand(QStringView subject, qsizetype from)
{
    for (qsizetype at = dateMayStart(subject, from); at < subject.size(); at = dateMayStart(subject, at + 1)) {
        QRegularExpressionMatch m = detail::matchIn(anchoredDatePattern(), subject, at);
        if (m.hasMatch())
            return m;
    }
    return detail::noMatch();
}

} // namespace

namespace detail {

QRegularExpressionMatch nextDateMatch(QStringView subject, qsizetype from)
{
    return datesStartByHand(subject) ? nextDateByHand(subject, from) : matchIn(datePattern(), subject, from);
}

} // namespace detail

namespace {

// One match of datePattern() resolved into out (its words at from + the
// match's offsets); false when it gives no date.
bool resolveMatch(const QRegularExpressionMatch &m, const QString &text, qsizetype from, const QDate &documentDate,
                  bool future, ResolvedDate &out)
{
    // Month names are proper nouns: "may" and "march" in lower case are verbs.
    const auto monthWord = [&](int group) {
        const QStringView w = m.capturedView(group);
        return !w.isEmpty() && w.front().isUpper() ? monthOf(w) : 0;
    };
    out.start = from + m.capturedStart();
    out.end = from + m.capturedEnd();
    const QString words = m.captured().simplified();
    if (int month = monthWord(1); month || monthWord(7)) {
        const bool dayFirst = !month;
        if (dayFirst)
            month = monthWord(7);
        const int day = m.capturedView(dayFirst ? 5 : 2).toInt();
        const int lastDay = m.capturedView(dayFirst ? 6 : 3).toInt();
        const QStringView year = m.capturedView(dayFirst ? 8 : 4);
        QDate first;
        if (!year.isEmpty())
            first = QDate(year.toInt(), month, day);
        else if (documentDate.isValid())
            first = withYear(month, day, documentDate, future);
        if (!first.isValid())
            return false;
        out.stated = true;
        out.iso = iso(first);
        if (lastDay > day) {
            const QDate last(first.year(), month, lastDay);
            if (last.isValid())
                out.iso += QLatin1Char('/') + iso(last);
        }
        out.note = year.isEmpty() ? QStringLiteral("\u201c%1\u201d, the year from the article's date %2")
                                        .arg(words, iso(documentDate))
                                  : QStringLiteral("\u201c%1\u201d").arg(words);
        return true;
    }
    // "March next year", "in March last year": that month of the year
    // after (before) the article's.
    static const QRegularExpression yearAfter(QStringLiteral("^\\s+(next|last)\\s+year\\b"));
    const QRegularExpressionMatch ofYear =
        monthWord(9) && m.capturedView(10).isEmpty()
            ? detail::matchIn(yearAfter, QStringView(text).mid(out.end, std::min<qsizetype>(12, text.size() - out.end)))
            : detail::noMatch();
    if (const int month = monthWord(18) ? monthWord(18) : ofYear.hasMatch() ? monthWord(9) : 0) {
        if (!documentDate.isValid())
            return false;
        const bool next = (monthWord(18) ? m.captured(19) : ofYear.captured(1)).compare(QLatin1String("next"), Qt::CaseInsensitive) == 0;
        if (ofYear.hasMatch())
            out.end += ofYear.capturedEnd();
        out.stated = false;
        out.iso = QStringLiteral("%1-%2").arg(documentDate.year() + (next ? 1 : -1), 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
        out.note = QStringLiteral("\u201c%1\u201d in an article dated %2 \u2192 %3")
                       .arg(QStringView(text).mid(out.start, out.end - out.start).toString().simplified(), iso(documentDate), out.iso);
        return true;
    }
    if (const int month = monthWord(9) ? monthWord(9) : monthWord(20)) {
        const QStringView year = m.capturedView(monthWord(9) ? 10 : 21);
        int y = year.toInt();
        if (year.isEmpty()) {
            if (!documentDate.isValid())
                return false;
            y = documentDate.year();
            // "last November": the last such month before the article's.
            const bool last = m.capturedView().front().toLower() == QLatin1Char('l');
            if ((!future && month > documentDate.month() + 1) || (last && month >= documentDate.month()))
                --y;
            else if (future && !last && month < documentDate.month() - 1)
                ++y;
        }
        out.stated = !year.isEmpty();
        out.iso = QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
        out.note = year.isEmpty() ? QStringLiteral("\u201c%1\u201d in an article dated %2 \u2192 %3")
                                        .arg(words, iso(documentDate), out.iso)
                                  : QStringLiteral("\u201c%1\u201d").arg(words);
        return true;
    }
    // "in 2031", "in the spring of 2004": the year, as the text names it.
    if (const QStringView year = m.capturedView(15); !year.isEmpty()) {
        out.stated = true;
        out.iso = year.toString();
        out.note = QStringLiteral("\u201c%1\u201d").arg(words);
        return true;
    }
    if (!documentDate.isValid())
        return false;
    if (const int weekday = weekdayOf(m.capturedView(12))) {
        const QString before = lowerCased(m.captured(11).simplified());
        const bool forward = before.endsWith(QLatin1String("next")) || (future && !before.endsWith(QLatin1String("last")));
        QDate d = documentDate;
        if (forward) {
            // The next such day, the article's own day included (a paper
            // names today by its weekday too); "next Friday" is a day after
            // at least.
            if (before.endsWith(QLatin1String("next")))
                d = d.addDays(1);
            while (d.dayOfWeek() != weekday)
                d = d.addDays(1);
        } else {
            // The last such day, the article's own day included; "last
            // Friday" is at least a day before.
            if (before.endsWith(QLatin1String("last")))
                d = d.addDays(-1);
            while (d.dayOfWeek() != weekday)
                d = d.addDays(-1);
        }
        out.iso = iso(d);
        // "on Wednesday of last week": that week's (Monday to Sunday).
        static const QRegularExpression ofWeek(QStringLiteral("^\\s+of\\s+(last|next|this)\\s+week\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch of = detail::matchIn(ofWeek, QStringView(text).mid(out.end, std::min<qsizetype>(24, text.size() - out.end)));
            of.hasMatch() && m.capturedView(13).isEmpty()) {
            const QString which = of.captured(1).toLower();
            const QDate monday = documentDate.addDays(1 - documentDate.dayOfWeek())
                                     .addDays(which == QLatin1String("last") ? -7 : which == QLatin1String("next") ? 7 : 0);
            out.iso = iso(monday.addDays(weekday - 1));
            out.end += of.capturedEnd();
            out.note = QStringLiteral("\u201c%1\u201d in an article dated %2 (%3) \u2192 %4")
                           .arg(text.mid(out.start, out.end - out.start).simplified(), iso(documentDate),
                                documentDate.toString(QStringLiteral("dddd")), out.iso);
            return true;
        }
        // "Monday to Thursday": the range from that day to the next such weekday.
        if (const int lastDay = weekdayOf(m.capturedView(13))) {
            QDate last = d;
            while (last.dayOfWeek() != lastDay)
                last = last.addDays(1);
            if (!forward && last > documentDate) { // a past range ends by the article's day
                last = last.addDays(-7);
                d = d.addDays(-7);
                while (d > last)
                    d = d.addDays(-7);
            }
            if (last > d)
                out.iso = iso(d) + QLatin1Char('/') + iso(last);
            else
                out.iso = iso(d);
        }
        out.note = QStringLiteral("\u201c%1\u201d in an article dated %2 (%3) \u2192 %4")
                       .arg(words, iso(documentDate), documentDate.toString(QStringLiteral("dddd")), out.iso);
        return true;
    }
    // "on the 14th": that day of the article's month, else of the month
    // next to it on the side the sentence speaks of.
    if (const int day = m.capturedView(16).toInt()) {
        if (!documentDate.isValid())
            return false;
        QDate d(documentDate.year(), documentDate.month(), day);
        QString note;
        // "on the 3rd and 4th of this month": the days from one to the other.
        static const QRegularExpression toDay(QStringLiteral(
            "^\\s+(?:and|to)\\s+(?:the\\s+)?([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?:\\s+of\\s+(last|next|this)\\s+month\\b)?"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch range =
            m.captured(17).isEmpty()
                ? detail::matchIn(toDay, QStringView(text).mid(out.end, std::min<qsizetype>(40, text.size() - out.end)))
                : detail::noMatch();
        const int lastOfRange = range.hasMatch() && range.capturedView(1).toInt() > day ? range.capturedView(1).toInt() : 0;
        if (const QString of = lastOfRange ? range.captured(2).toLower() : m.captured(17).toLower(); !of.isEmpty()) {
            // "the 14th of last month": that month's, whatever the tense.
            const QDate month = documentDate.addMonths(of == QLatin1String("last") ? -1 : of == QLatin1String("next") ? 1 : 0);
            d = QDate(month.year(), month.month(), day);
            note = QStringLiteral("\u201c%1\u201d in an article dated %2").arg(words, iso(documentDate));
        } else {
            if (future && (!d.isValid() || d < documentDate))
                d = documentDate.addMonths(1);
            else if (!future && (!d.isValid() || d > documentDate))
                d = documentDate.addMonths(-1);
            if (d.month() != documentDate.month())
                d = QDate(d.year(), d.month(), day);
            note = QStringLiteral("\u201c%1\u201d, the month from the article's date %2").arg(words, iso(documentDate));
        }
        if (!d.isValid())
            return false;
        out.stated = true;
        out.iso = iso(d);
        if (lastOfRange) {
            const QDate last(d.year(), d.month(), lastOfRange);
            if (last.isValid()) {
                out.iso += QLatin1Char('/') + iso(last);
                out.end += range.capturedEnd();
            }
        }
        out.note = note;
        return true;
    }
    const QString relative = lowerCased(m.captured(14).simplified());
    if (relative.isEmpty())
        return false;
    // "Al-Ahram Today", "Good Morning Tomorrow": a capital inside a sentence makes a name.
    if (m.capturedView(14).front().isUpper()) {
        qsizetype before = from + m.capturedStart() - 1;
        while (before >= 0 && text.at(before) == QLatin1Char(' '))
            --before;
        if (before >= 0 && (text.at(before).isLetterOrNumber() || text.at(before) == QLatin1Char(',')))
            return false;
    }
    const QDate monday = documentDate.addDays(1 - documentDate.dayOfWeek());
    const auto month = [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); };
    if (relative == QLatin1String("yesterday"))
        out.iso = iso(documentDate.addDays(-1));
    else if (relative == QLatin1String("today"))
        out.iso = iso(documentDate);
    else if (relative == QLatin1String("overnight")) // the night before the article's day: the day it began (CONVENTIONS.md [date])
        out.iso = iso(documentDate.addDays(-1));
    else if (relative == QLatin1String("tomorrow"))
        out.iso = iso(documentDate.addDays(1));
    else if (relative == QLatin1String("last week"))
        out.iso = iso(monday.addDays(-7)) + QLatin1Char('/') + iso(monday.addDays(-1));
    else if (relative == QLatin1String("next week"))
        out.iso = iso(monday.addDays(7)) + QLatin1Char('/') + iso(monday.addDays(13));
    else if (relative == QLatin1String("earlier this week")) // from its Monday to the day before the article
        out.iso = documentDate.dayOfWeek() > 2 ? iso(monday) + QLatin1Char('/') + iso(documentDate.addDays(-1))
                                               : iso(monday);
    else if (relative.endsWith(QLatin1String("weekend"))) {
        // "at the weekend": the coming Saturday and Sunday, or of a past
        // thing ("over the weekend", "last weekend") the last ones.
        const bool last = relative.startsWith(QLatin1String("last"));
        QDate saturday = monday.addDays(5);
        if (last || (!future && saturday > documentDate))
            saturday = saturday.addDays(-7);
        out.iso = iso(saturday) + QLatin1Char('/') + iso(saturday.addDays(1));
    } else if (relative == QLatin1String("this week"))
        out.iso = iso(monday) + QLatin1Char('/') + iso(monday.addDays(6));
    else if (relative == QLatin1String("last month"))
        out.iso = month(documentDate.addMonths(-1));
    else if (relative == QLatin1String("next month"))
        out.iso = month(documentDate.addMonths(1));
    else if (relative.endsWith(QLatin1String("this month")) || relative == QLatin1String("this month"))
        out.iso = month(documentDate);
    else if (relative == QLatin1String("last year"))
        out.iso = QString::number(documentDate.year() - 1);
    else if (relative.endsWith(QLatin1String("this year"))) // "later this year", "earlier this year"
        out.iso = QString::number(documentDate.year());
    else if (relative == QLatin1String("next year"))
        out.iso = QString::number(documentDate.year() + 1);
    else if (relative.startsWith(QLatin1String("next ")) || relative.startsWith(QLatin1String("last "))) {
        // "next spring" in December: the coming one, of next year; "last
        // autumn" in June: of last year. (The northern seasons: spring from
        // March to May, summer June to August, autumn September to November.)
        const QStringView season = QStringView(relative).sliced(5);
        const int first = season == u"spring" ? 3 : season == u"summer" ? 6 : 9;
        const int y = documentDate.year();
        out.iso = QString::number(relative.startsWith(QLatin1String("next"))
                                      ? (documentDate.month() < first ? y : y + 1)
                                      : (documentDate.month() > first + 2 ? y : y - 1));
    }
    out.note = QStringLiteral("\u201c%1\u201d in an article dated %2 \u2192 %3").arg(words, iso(documentDate), out.iso);
    return true;
}

} // namespace

QString isoDate(const QDate &d)
{
    return iso(d);
}

ResolvedDate findDate(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate, bool future)
{
    ResolvedDate out;
    QRegularExpressionMatchIterator it = detail::globalMatchIn(detail::datePattern(), QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        if (resolveMatch(it.next(), text, from, documentDate, future, out))
            return out;
    }
    return ResolvedDate{};
}

QList<ResolvedDate> findDates(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate,
                              bool future)
{
    // One pass: each match is searched once, not again from every date
    // found; from where one can start (a subject with surrogates from its
    // start, as a global match would: PCRE2 checks it from the offset on).
    QList<ResolvedDate> all;
    const QStringView subject = QStringView(text).mid(from, to - from);
    const bool checked =
        detail::subjectOptions(subject) & QRegularExpression::DontCheckSubjectStringMatchOption;
    const bool byHand = checked && datesStartByHand(subject);
    qsizetype weekdayEnd = -1; // where the weekday found last ends, if it was the last date found
    for (qsizetype at = checked && !byHand ? dateCanStart(subject, 0) : 0; at < subject.size();) {
        const QRegularExpressionMatch m =
            byHand ? nextDateByHand(subject, at) : detail::matchIn(detail::datePattern(), subject, at);
        if (!m.hasMatch())
            break;
        ResolvedDate d;
        if (resolveMatch(m, text, from, documentDate, future, d)) {
            // "on Monday, February 4": the weekday names the calendar day
            // after it, one date, the stated one.
            const QStringView gap = subject.mid(weekdayEnd, m.capturedStart() - weekdayEnd);
            if (weekdayEnd >= 0 && (gap == QLatin1String(", ") || gap == QLatin1String(" ")) &&
                (m.capturedLength(1) > 0 || m.capturedLength(7) > 0)) {
                d.start = all.last().start;
                all.last() = d;
            } else {
                all.append(d);
            }
            weekdayEnd = m.capturedLength(12) > 0 && m.capturedLength(13) == 0 ? m.capturedEnd() : -1;
        } else {
            weekdayEnd = -1;
        }
        at = byHand ? m.capturedEnd() : dateCanStart(subject, m.capturedEnd()); // (nextDateByHand looks where one can start)
    }
    return all;
}

} // namespace threadline::extract
