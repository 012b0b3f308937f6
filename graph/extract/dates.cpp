#include "dates.h"
#include "text.h"

#include <QRegularExpression>

namespace threadline::extract {

namespace {

int monthOf(const QString &word)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString w = word.toLower();
    for (int i = 0; i < 12; ++i) {
        if (w.startsWith(QLatin1String(names[i])))
            return i + 1;
    }
    return 0;
}

int weekdayOf(const QString &word)
{
    static const char *names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
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
// side the sentence speaks of.
QDate withYear(int month, int day, const QDate &documentDate, bool future)
{
    QDate d(documentDate.year(), month, day);
    if (!d.isValid())
        return {};
    if (!future && d > documentDate.addDays(7))
        d = d.addYears(-1);
    else if (future && d < documentDate.addDays(-7))
        d = d.addYears(1);
    return d;
}

const QString monthPattern = QStringLiteral(
    "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|Jun\\.|July?|Jul\\.|Aug(?:ust|\\.)?|"
    "Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)");

const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:"
                       // 1-4: Month D(-D)?(, YYYY)?
                       "(%1)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?"
                       // 5-8: D(-D)? Month( YYYY)?
                       "|(\\d{1,2})(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2}))?\\s+(%1)(?:,?\\s+(\\d{4}))?"
                       // 9-10: (in) Month YYYY / in Month / (in) early, mid-, late Month
                       "|(?:in\\s+|last\\s+|(?:in\\s+)?(?:early|mid|late)[-\\s]+)(%1)(?:\\s+(\\d{4}))?"
                       // 11-12: weekday, with what comes before it, and 13: the
                       // weekday a range ends on ("Monday to Thursday")
                       "|(?:(last|next|this|on|on\\s+last|on\\s+next|from)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       "(?:\\s+(?:to|through|until|and)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                       // 14: relative words
                       "|(yesterday|today|tomorrow|last\\s+week|next\\s+week|this\\s+week|last\\s+month|next\\s+month|"
                       "this\\s+month|earlier\\s+this\\s+month|later\\s+this\\s+month|last\\s+year|next\\s+year|"
                       "earlier\\s+this\\s+week|overnight)"
                       // 15: a year alone ("in 2031"), or a season's ("in the spring of 2004")
                       "|in\\s+(?:the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?"
                       "((?:19|20)\\d\\d)(?![-\u2013/]?\\d)"
                       // 16: a day of the month alone ("arrives on the 14th for"),
                       // not an ordinal of something ("on the 14th floor")
                       "|on\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
                       "(?=\\s*[,.;:)]|\\s*$|\\s+(?:for|to|and|in|at|with|when|of\\s+(?:this|next|the)\\s+month)\\b)"
                       ")\\b")
            .arg(monthPattern),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// One match of datePattern() resolved into out (its words at from + the
// match's offsets); false when it gives no date.
bool resolveMatch(const QRegularExpressionMatch &m, const QString &text, qsizetype from, const QDate &documentDate,
                  bool future, ResolvedDate &out)
{
    // Month names are proper nouns: "may" and "march" in lower case are verbs.
    const auto monthWord = [&](int group) {
        const QString w = m.captured(group);
        return !w.isEmpty() && w.front().isUpper() ? monthOf(w) : 0;
    };
    out.start = from + m.capturedStart();
    out.end = from + m.capturedEnd();
    const QString words = m.captured().simplified();
    if (int month = monthWord(1); month || monthWord(7)) {
        const bool dayFirst = !month;
        if (dayFirst)
            month = monthWord(7);
        const int day = m.captured(dayFirst ? 5 : 2).toInt();
        const int lastDay = m.captured(dayFirst ? 6 : 3).toInt();
        const QString year = m.captured(dayFirst ? 8 : 4);
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
    if (const int month = monthWord(9)) {
        const QString year = m.captured(10);
        int y = year.toInt();
        if (year.isEmpty()) {
            if (!documentDate.isValid())
                return false;
            y = documentDate.year();
            // "last November": the last such month before the article's.
            const bool last = m.captured().front().toLower() == QLatin1Char('l');
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
    if (const QString year = m.captured(15); !year.isEmpty()) {
        out.stated = true;
        out.iso = year;
        out.note = QStringLiteral("\u201c%1\u201d").arg(words);
        return true;
    }
    if (!documentDate.isValid())
        return false;
    if (const int weekday = weekdayOf(m.captured(12))) {
        const QString before = m.captured(11).simplified().toLower();
        const bool forward = before.endsWith(QLatin1String("next")) || (future && !before.endsWith(QLatin1String("last")));
        QDate d = documentDate;
        if (forward) {
            do
                d = d.addDays(1);
            while (d.dayOfWeek() != weekday);
        } else {
            // The last such day, the article's own day included; "last
            // Friday" is at least a day before.
            if (before.endsWith(QLatin1String("last")))
                d = d.addDays(-1);
            while (d.dayOfWeek() != weekday)
                d = d.addDays(-1);
        }
        out.iso = iso(d);
        // "Monday to Thursday": the range from that day to the next such weekday.
        if (const int lastDay = weekdayOf(m.captured(13))) {
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
    if (const int day = m.captured(16).toInt()) {
        if (!documentDate.isValid())
            return false;
        QDate d(documentDate.year(), documentDate.month(), day);
        if (future && (!d.isValid() || d < documentDate))
            d = documentDate.addMonths(1);
        else if (!future && (!d.isValid() || d > documentDate))
            d = documentDate.addMonths(-1);
        if (d.month() != documentDate.month())
            d = QDate(d.year(), d.month(), day);
        if (!d.isValid())
            return false;
        out.stated = true;
        out.iso = iso(d);
        out.note = QStringLiteral("\u201c%1\u201d, the month from the article's date %2").arg(words, iso(documentDate));
        return true;
    }
    const QString relative = m.captured(14).simplified().toLower();
    if (relative.isEmpty())
        return false;
    // "Al-Ahram Today", "Good Morning Tomorrow": a capital inside a sentence makes a name.
    if (m.captured(14).front().isUpper()) {
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
    else if (relative == QLatin1String("overnight")) // the night before the article's day: both days
        out.iso = iso(documentDate.addDays(-1)) + QLatin1Char('/') + iso(documentDate);
    else if (relative == QLatin1String("tomorrow"))
        out.iso = iso(documentDate.addDays(1));
    else if (relative == QLatin1String("last week"))
        out.iso = iso(monday.addDays(-7)) + QLatin1Char('/') + iso(monday.addDays(-1));
    else if (relative == QLatin1String("next week"))
        out.iso = iso(monday.addDays(7)) + QLatin1Char('/') + iso(monday.addDays(13));
    else if (relative == QLatin1String("earlier this week")) // from its Monday to the day before the article
        out.iso = documentDate.dayOfWeek() > 2 ? iso(monday) + QLatin1Char('/') + iso(documentDate.addDays(-1))
                                               : iso(monday);
    else if (relative == QLatin1String("this week"))
        out.iso = iso(monday) + QLatin1Char('/') + iso(monday.addDays(6));
    else if (relative == QLatin1String("last month"))
        out.iso = month(documentDate.addMonths(-1));
    else if (relative == QLatin1String("next month"))
        out.iso = month(documentDate.addMonths(1));
    else if (relative.endsWith(QLatin1String("this month")) || relative == QLatin1String("this month"))
        out.iso = month(documentDate);
    else if (relative == QLatin1String("last year"))
        out.iso = QString::number(documentDate.year() - 1);
    else if (relative == QLatin1String("next year"))
        out.iso = QString::number(documentDate.year() + 1);
    out.note = QStringLiteral("\u201c%1\u201d in an article dated %2 \u2192 %3").arg(words, iso(documentDate), out.iso);
    return true;
}

} // namespace

ResolvedDate findDate(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate, bool future)
{
    ResolvedDate out;
    QRegularExpressionMatchIterator it = detail::globalMatchIn(datePattern(), QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        if (resolveMatch(it.next(), text, from, documentDate, future, out))
            return out;
    }
    return ResolvedDate{};
}

QList<ResolvedDate> findDates(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate,
                              bool future)
{
    // One pass: each match is searched once, not again from every date found.
    QList<ResolvedDate> all;
    QRegularExpressionMatchIterator it = detail::globalMatchIn(datePattern(), QStringView(text).mid(from, to - from));
    while (it.hasNext()) {
        ResolvedDate d;
        if (resolveMatch(it.next(), text, from, documentDate, future, d))
            all.append(d);
    }
    return all;
}

} // namespace threadline::extract
