#pragma once

// Events: the meetings, calls, summits, ministerials, talks, interviews,
// visits and strikes an article reports, with participants, place and
// date (resolved against the document's date), planned or not. Internal to
// graph/extract/; the public interface is extractor.h.

#include <QDate>
#include <QList>

#include "entities.h"
#include "extractor.h"
#include "text.h"

namespace threadline::extract::detail {

class EventFinder
{
public:
    EventFinder(const Text &source, const QList<Quote> &quotes, const EntityFinder &entities,
                const QDate &documentDate, Extraction &out);

    // Events into out.events, and each statement tied to the event its sentence reports.
    void findEvents();

private:
    bool meetsSomeone(qsizetype after, const Sentence &s) const;
    bool inParentheses(qsizetype pos, const Sentence &s) const;
    void merge(const Event &e);
    QString labelFor(const Event &e) const;

    const Text &text;
    const QString &t;
    const QList<Token> &tokens;
    const QList<Sentence> &sentences;
    const QList<Quote> &quotes;
    const QList<Mention> &mentions;
    const QHash<int, int> &mentionAtToken;
    QDate date;
    Extraction &out;
};

} // namespace threadline::extract::detail
