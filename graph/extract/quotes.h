#pragma once

// Quotation marks, and the statements an article reports: direct
// quotations with their speakers (before, after or inside the quotation,
// by name, pronoun or title) and reported speech ("X said that …",
// "according to X, …"). Scare quotes and quoted titles are not statements.
// Internal to graph/extract/; the public interface is extractor.h.

#include <QList>
#include <QRegularExpression>

#include "extractor.h"
#include "text.h"

namespace threadline::extract {
class Gazetteer;
}

namespace threadline::extract::detail {

class EntityFinder;

struct Quote
{
    qsizetype open = 0;  // the opening mark
    qsizetype close = 0; // the closing mark
    int sentence = -1;
    bool nested = false;
    bool scare = false; // a few words or a title: not a statement unless attributed
    bool title = false; // a name or a title in marks: never a statement
    // A line of dialogue opened by a dash, no closing mark ("— We will not
    // sell, Rakotomalala said. Below that, …"): open is the character
    // before its words, close the one after them. Its run of dialogue
    // lines and its turn in the run; dash the dash that opens its line, -1
    // for the words after an attribution.
    int dialogueRun = -1;
    int dialogueTurn = -1;
    qsizetype dash = -1;
};

// Quotation marks, paragraph by paragraph: typographic pairs, straight
// double quotes in turn, and single quotes that are not apostrophes. In
// text order, each marked nested, scare or title.
QList<Quote> findQuotationMarks(const Text &text);

// A transcript's speaker label opening a line ("KALNINA:", "**Q:**"), and
// its name in the first group.
const QRegularExpression &transcriptLabel();
// The label's name without a title or honorific that opens it ("CS KAMAU",
// "DR. OTIENO", "MINISTER HADDAD": "KAMAU", "OTIENO", "HADDAD"); the name
// itself when none does.
QString labelNameWithoutTitle(const QString &name);
// Whether a line (its first 80 characters) can match transcriptLabel(), by
// its first letters: after white space and up to two of '*' and '_', a
// capital and a capital, an apostrophe or a hyphen. False says it cannot,
// at the cost of a few tests rather than a match.
bool mayOpenWithTranscriptLabel(QStringView line);
// Whether the line of `text` that holds `pos` opens with a transcript's
// speaker label: `pos` is in a turn of a transcript.
bool inTranscriptTurn(QStringView text, qsizetype pos);

// Direct quotations and reported statements, appended to out.statements
// (in text order once both have run).
class StatementFinder
{
public:
    StatementFinder(const Text &source, const QList<Quote> &quotes, EntityFinder &entities,
                    const Gazetteer &gazetteer, Extraction &out);

    void findQuotedStatements();
    void findReportedStatements();

private:
    bool speechVerbAt(int k, int *stop) const;
    int nextSaying(int from, const Sentence &s) const;
    bool namesWhatFollows(int v, int last, const Quote &q) const;
    static bool isDocumentWord(const QString &word);
    int statementAuthor(int k, int limit, qsizetype at, Span *who) const;
    int issuerBefore(qsizetype at) const;
    int organisationByWord(int k, qsizetype at, Span *who) const;
    int pastModifiers(int k, int limit) const;
    int countryOfAdjective(int k) const;
    int organisationForIt(int k, qsizetype at, Span *who) const;
    int attributionAfter(const Quote &q, Span *who);
    int describedSpeakerAfter(int k, Span *who, bool verbAfter = true) const;
    int titledSpeakerAfter(int k, int limit, Span *who) const;
    int personNamedBefore(const Sentence &s, int k, qsizetype at, Span *who);
    int subjectBeforeAside(const Sentence &s, int v, qsizetype at, Span *who);
    int attributionBefore(const Quote &q, Span *who);
    bool isModifier(const Quote &q) const;
    bool answersQuestion(const Quote &q) const;
    int interviewee(qsizetype before) const;
    void findTranscriptTurns();

    const Text &text;
    const QString &t;
    const QList<Token> &tokens;
    const QList<Sentence> &sentences;
    const QList<Quote> &quotes;
    EntityFinder &entities;
    const Gazetteer &gz;
    Extraction &out;
};

} // namespace threadline::extract::detail
