#include "extractor.h"

#include "entities.h"
#include "events.h"
#include "gazetteer.h"
#include "quotes.h"
#include "text.h"

// The extractor in steps, each in its own file:
//   text.cpp      words (tokens) and sentences
//   quotes.cpp    quotation marks; direct quotations and reported statements
//   entities.cpp  names of people, organisations, countries, places; pronouns and titles that refer to them
//   events.cpp    events: the mentions that name one event joined into it (eventmentions.cpp finds
//                 each sentence's mentions: participants, place, date, planned; eventwords.cpp
//                 holds the words that name events)
//   dates.cpp     date phrases resolved against the document's date
// Each step reads what the ones before it found.

namespace threadline::extract {

Extraction extractArticle(const QString &text, const QDate &documentDate, const Gazetteer &gazetteer,
                          const QString &outlet)
{
    Extraction out;
    const detail::Text words(text);
    const QList<detail::Quote> quotes = detail::findQuotationMarks(words);
    detail::EntityFinder entities(words, quotes, gazetteer, out);
    entities.outlet = outlet.simplified();
    entities.findNames();
    detail::StatementFinder statements(words, quotes, entities, gazetteer, out);
    statements.findQuotedStatements();
    statements.findReportedStatements();
    detail::EventFinder(words, quotes, entities, gazetteer, documentDate, out).findEvents();
    return out;
}

Extraction extractArticle(const QString &text, const QDate &documentDate)
{
    return extractArticle(text, documentDate, Gazetteer::bundled());
}

Extraction extractArticle(const QString &text, const QDate &documentDate, const QString &outlet)
{
    return extractArticle(text, documentDate, Gazetteer::bundled(), outlet);
}

} // namespace threadline::extract
