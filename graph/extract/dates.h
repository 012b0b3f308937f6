#pragma once

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace threadline::extract {

// A date the text gives, resolved against the document's own date.
struct ResolvedDate
{
    QString iso;         // "2025-04-24", "2025-04", "2025-04-03/2025-04-04"; empty when unresolved
    bool stated = false; // the text names the calendar date; else inferred from relative words
    QString note;        // how it was worked out
    qsizetype start = -1; // the words that give it, in the text searched
    qsizetype end = -1;
    // "on strike since January 15", "the talks began in February and have
    // …": the start of what still goes on, by which it is dated.
    bool ongoing = false;
};

// As QDate::toString(Qt::ISODate) writes a date, without its cost (a few
// thousand instructions a call).
QString isoDate(const QDate &d);

// Finds the first date expression in text[from, to) and resolves it:
// calendar dates ("Nov. 5", "5 November 2024", "April 3-4", "July 18,
// 2019"), months ("in March"), weekdays ("on Friday", "next Tuesday"),
// and relative words ("yesterday", "last week", "next month"). `future`
// says the sentence speaks of what is to come, so a weekday or a date
// without a year is the next one, not the last. Without a document date
// only calendar dates with a year resolve; nothing is guessed.
ResolvedDate findDate(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate, bool future);

// Every date expression in text[from, to) that resolves, in order.
QList<ResolvedDate> findDates(const QString &text, qsizetype from, qsizetype to, const QDate &documentDate,
                              bool future);

namespace detail {

// The pattern of every date expression (one alternative for each form).
const QRegularExpression &datePattern();
// datePattern()'s next match in `subject` at or after `from`, as
// datePattern().match(subject, from) finds it: where `subject` is a view
// into the text being read (see surrogateFree) with no long s or Kelvin
// sign, found by matching only where one can start.
QRegularExpressionMatch nextDateMatch(QStringView subject, qsizetype from);

} // namespace detail

} // namespace threadline::extract
