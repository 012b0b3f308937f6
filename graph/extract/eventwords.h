#pragma once

// The words that name events, by type, and the small tests on words and
// dates the event steps share. Internal to graph/extract/.

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <string_view>
#include <utility>

#include "extractor.h"
#include "wordset.h"

namespace threadline::extract::detail {

struct TriggerWords
{
    const char *pattern;
    const char *type;  // the event type it proposes (several rows can share "other")
    const char *label; // what an event of these words is called
};

// By type; where words of two types name one event ("met for talks", "a
// summit meeting"), the earlier type in this list is the event's.
extern const TriggerWords triggerWords[];
extern const int triggerTypes;
int typeIndex(const char *type);
// The first words of the triggers, as written in lower case and capitalised.
const WordSet &triggerStarts();
// All triggers, one capture group a type, anchored with \G where matching starts.
const QRegularExpression &triggerExpression();
// What triggerExpression() matches in `text` at `at`: where it ends, and
// its type (the row of its group); an end of -1 where it does not match.
// Found by hand where it can be (the alternatives that can begin with the
// two letters there, made of letters and spaces only); by the expression
// where it cannot.
struct TriggerMatch
{
    qsizetype end = -1;
    int type = -1;
};
TriggerMatch matchTrigger(QStringView text, qsizetype at);

// word.compare(other, Qt::CaseInsensitive) == 0 for two of one length: by
// hand while both are ASCII, where Qt's call costs more than the comparing.
inline bool equalsCaseless(const QString &word, QLatin1String other)
{
    const auto fold = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t a = word[i].unicode();
        const char16_t b = uchar(other[i].toLatin1());
        if (a >= 0x80 || b >= 0x80)
            return word.compare(other, Qt::CaseInsensitive) == 0;
        if (fold(a) != fold(b))
            return false;
    }
    return true;
}

// Case aside. The length, then the first letter: most words are not of
// the list, and most of those differ from each of its words in length or
// in the first letter (an ASCII one; any other may fold to one, so it goes
// on to the comparison). The list is an array of its own length, so each
// call is unrolled and its words' lengths and first letters are constants
// when compiling: no list built on the stack, no loop over it. (Inline:
// it is asked of most words.)
namespace oneof {
// The whole comparison, once the length and first letter agree (rarely):
// out of line, so that each call's unrolled tests stay short.
[[gnu::noinline]] inline bool equals(const QString &word, const char *other)
{
    return equalsCaseless(word, QLatin1String(other, word.size()));
}
constexpr char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}
template <std::size_t N, std::size_t... I>
[[gnu::always_inline]] inline bool any(const QString &word, qsizetype size, bool ascii, char16_t lower,
                                       const std::string_view (&list)[N], std::index_sequence<I...>)
{
    return ((qsizetype(list[I].size()) == size &&
             (!ascii || foldAscii(char16_t(uchar(list[I][0]))) == lower) &&
             equals(word, list[I].data())) ||
            ...);
}
} // namespace oneof

template <std::size_t N>
[[gnu::always_inline]] inline bool isOneOf(const QString &word, const std::string_view (&list)[N])
{
    const qsizetype size = word.size();
    if (size == 0)
        return false;
    const char16_t first = word.front().unicode();
    return oneof::any(word, size, first < 0x80, oneof::foldAscii(first), list, std::make_index_sequence<N>{});
}

// Whether the text after a quotation says it was issued as a readout:
// "readout", "statement" or "communiqué" as a word (case as written)
// starting within its first 80 characters, no full stop or double
// quotation mark before it. `after` is the 100 characters after the
// quotation's close. By hand, as readoutAfterExpression() reads it when
// `after` holds no surrogate (see surrogateFree); by it when it does.
bool readoutNamedAfter(QStringView after);
const QRegularExpression &readoutAfterExpression();
// Whether a quotation speaks in the first person: "I", "we", "our", "us",
// "my" as a whole word (with "We", "Our", "My"), as
// firstPersonExpression() reads it.
bool saysFirstPerson(QStringView quotation);
const QRegularExpression &firstPersonExpression();

inline bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}
// The first and last days a resolved date covers ("2025-04", "2025-04-03/…").
QDate firstDay(const QString &iso);
QDate lastDay(const QString &iso);
// Two dates that can be one event's: either unknown, or the days they cover meet.
bool datesMeet(const QString &a, const QString &b);
// "meeting" names any meeting; "talks", "summit", "ministerial" say which kind.
bool typesMeet(int a, int b);
// Events that happen to one actor (taking office, an election): their
// participant is whoever the words are about, not everyone in the clause.
bool isPersonalRow(int row);
// Whether events of the row are listed (CONVENTIONS.md [scope], [other]):
// encounters, strikes and attacks; of `other` only a hearing. News
// conferences, matches, rulings, conferences, detentions, taking office
// and elections are found (their words keep other rules off them) but
// are no events.
bool isListedRow(int row);
// Events whose words name the actor too ("attending the World Economic Forum").
bool namesItsActor(int row);
// Two participants that are one: the same entity, or a minister and the
// country whose minister the text says they are.
bool sameActor(const QList<Entity> &entities, int a, int b);

} // namespace threadline::extract::detail
