#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "types.h"

namespace threadline::extract {

class Gazetteer;

// One span of the document's text (UTF-16 offsets; text is the slice).
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// What the extractor proposes from one article. Every item says which rule
// made it and where in the text it stands, so a person can check it.
struct Entity
{
    NodeKind kind = NodeKind::Person;
    QString label;       // the fullest name the text gives
    QStringList aliases; // other names it uses ("Rutte", "the NATO chief", "AU")
    QList<Span> mentions;
    QString rule;
    QString title;       // a person's title ("Foreign Minister"), if any
    int titleOf = -1;    // the organisation or country of that title, an entity index
};

struct Statement
{
    Span text;            // the words: inside the quote marks, or the reported clause
    Span evidence;        // the quotation with its marks, or the sentence
    bool direct = true;   // a quotation; false for a reported statement
    int speaker = -1;     // entity index; -1 when no speaker was found
    Span speakerMention;  // the words that name the speaker (a name, "he", "the minister")
    QString rule;
    int event = -1;       // the event it was made at, if the sentence names one
};

struct Event
{
    QString type;         // meeting, phone_call, summit, ministerial, talks, interview, visit, strike, other
    QString label;
    QList<int> participants;
    int place = -1;
    QString date;         // ISO 8601, empty when the text does not say
    bool dateStated = false;
    QString dateNote;
    Span dateEvidence{-1, -1};
    bool planned = false;
    Span evidence;        // the words that name the event (its first mention)
    QList<Span> mentions; // every mention of it ("a meeting" … "the meeting"), evidence among them
    QString rule;
};

struct Extraction
{
    QList<Entity> entities;
    QList<Statement> statements;
    QList<Event> events;
};

// Rules, not a model: deterministic, explainable, Qt Core only. Finds the
// people (with titles), organisations (with acronyms), countries (ISO 3166
// names, abbreviations and demonyms) and places an article names; its
// direct quotations with their speakers, whether the attribution comes
// before, after or inside the quotation, by name, pronoun or title; its
// reported statements ("X said that …", "according to X"); and the
// meetings, calls, summits, talks, interviews, visits and strikes it
// reports, with participants, place and date resolved against the
// document's date. Scare quotes and quoted titles are not statements.
Extraction extractArticle(const QString &text, const QDate &documentDate, const Gazetteer &gazetteer,
                          const QString &outlet = QString());
Extraction extractArticle(const QString &text, const QDate &documentDate);
// With the outlet the article's metadata names ("Gambia River Post"): the
// text's mentions of it are that outlet ("told the Gambia River Post").
Extraction extractArticle(const QString &text, const QDate &documentDate, const QString &outlet);

} // namespace threadline::extract
