#pragma once

// Names: people (with their titles), organisations (with acronyms),
// countries (ISO 3166 names, abbreviations, demonyms) and places, each one
// entity across its mentions; and what a phrase refers to ("Tanaka", "he",
// "the minister"). Internal to graph/extract/; the public interface is
// extractor.h.

#include <QHash>
#include <QList>
#include <QString>

#include "extractor.h"
#include "quotes.h"
#include "text.h"
#include "wordset.h"

namespace threadline::extract::detail {

// A leader's title: a head of state's or government's ("President", "Prime
// Minister", "Premier", "Chancellor", "King", "Emir"), whatever words come
// before it ("Acting President"), not a deputy's or a former holder's ("Vice
// President", "Deputy Prime Minister", "former President") nor "Chancellor of
// the Exchequer". One definition for every rule that asks.
bool isLeaderTitle(const QString &title);
// The outlet that sent the article: named in its dateline ("ROSARIO, Aug 3
// (Pampas Morning Digest) —") or in its metadata.
bool isOwnOutlet(const Entity &e);
// A minister of a government, by another name too ("Defense Secretary").
bool isMinisterTitle(const QString &title);

// Where the text names an entity.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1;
    int firstToken = 0;
    int endToken = 0;
};

class EntityFinder
{
public:
    EntityFinder(const Text &source, const QList<Quote> &quotes, const Gazetteer &gazetteer, Extraction &out);

    // The outlet that published the article, as its metadata names it
    // ("Gambia River Post"; empty when unknown): where the text names it,
    // an organisation and a news outlet, whatever its words.
    QString outlet;

    // Every name in the text, into out.entities and mentions.
    void findNames();

    // The entity named by the words starting at token k ("Tanaka", "he",
    // "the minister", "Japan's foreign minister, Aiko Tanaka"), and where
    // those words end; -1 when they name no one.
    int speakerAt(int k, int limit, qsizetype at, Span *named, int *stop);
    // The person who holds this title, named before `at` ("the Spokesperson").
    int holderOfTitle(const QString &titleWord, qsizetype at) const { return personWithTitle(titleWord, at); }
    // "She spoke to Levant Weekly": the person a "he" or "she" at `at`
    // stands for; -1 if none.
    int personForPronoun(const QString &word, qsizetype at)
    {
        const QString g = pronounGender(word);
        return g.isEmpty() ? -1 : resolvePronoun(g, at);
    }
    void addAlias(int entity, const QString &alias);

    QList<Mention> mentions;        // in text order
    // One capitalised word that named no one known when it was read
    // ("to meet Baptiste" above "Prime Minister Kendrick Baptiste"): its
    // first token, looked up again once every name is known.
    QList<int> laterSurnames;
    TokenIndex mentionAtToken; // first token -> mention
    QList<int> personMentionOrder;

private:
    void findNamesIn(int from, int to);
    void learnGenders();
    void titlesSetOff();
    void titlesInApposition();
    void findTranscriptLabels();
    // Transcript labels: at a name's first token, its end and its name as
    // shown; at each token of a label, the label's end.
    QHash<int, std::pair<int, QString>> labelNames;
    QHash<int, int> labelUntil;
    void mergeAcronymsDefinedLater();
    // "The ISA Council": known also as the full name's council.
    void bodiesOfAcronyms();
    int addEntity(NodeKind kind, const QString &label, const QString &rule);
    void addMention(int entity, int first, int end);
    int personBySurname(const QString &name) const;
    int personBySurnames(const QString &words) const;
    int personByFirstOfTwoSurnames(const QString &name) const;
    int titleEnd(int first, int end) const;
    void classify(int first, int end);
    bool isDateline(int token) const;
    bool outletOfDateline(int first, int end) const;
    bool describedAsOrganization(int end) const;
    bool describedAsOutlet(int end) const;
    bool ofItsPeople(int first, int end) const;
    // The capital at [first, end) stands for its government: it acts
    // ("Moscow rejected", "Accra and Abidjan agreed", "Washington's
    // position"), and is not where something is ("in Moscow").
    bool continuesPortfolio(int first) const;
    bool nameBeforeOfCountry(int k, int of) const;
    bool nameBeforeForOrganization(int k, int at) const;
    bool actsAsGovernment(int first, int end) const;
    bool insideQuote(qsizetype pos) const;
    // `chained`: how many pronouns before this one were followed back to
    // get here (a few at most, or a long interview costs its square).
    int resolvePronoun(const QString &g, qsizetype at, int chained = 0);
    bool notSubject(const Mention &m) const;
    bool joinedByAnd(const Mention &m) const;
    bool isObject(const Mention &m) const;
    bool afterSubordinator(const Mention &m) const;
    int personWithTitle(const QString &titleWord, qsizetype at) const;
    int personHeading(const QString &kind, qsizetype at) const;
    int personWithTitleFor(const QString &qualifier, const QString &titleWord, qsizetype at) const;
    bool possessiveBefore(int k) const;
    QString possessiveCountryBefore(int k) const;

    const Text &text;
    const QString &t;
    const QList<Token> &tokens;
    const QList<Sentence> &sentences;
    const QList<Quote> &quotes;
    const Gazetteer &gz;
    Extraction &out;
    WordHash<int> byName;
    QHash<int, QString> gender; // person -> "m" / "f" once known
};

} // namespace threadline::extract::detail
