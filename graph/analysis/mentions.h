#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "ids.h"

namespace threadline {

class KnowledgeGraph;

// A place in a text where a known entity is named.
struct Mention
{
    qsizetype start = 0; // UTF-16 offsets into the text, as evidence spans
    qsizetype end = 0;
    NodeId node;

    friend bool operator==(const Mention &, const Mention &) = default;
};

// Finds where a text names the graph's people, organisations, countries and
// places, by label or alias. A name matches as whole words ("US" is not
// found in "USA" or "focus"), exactly, except that its first letter may
// differ in case ("the NATO chief" at the start of a sentence). Where names
// overlap the longest wins ("Mark Rutte" over "Rutte"), then the earliest.
// A name two nodes share goes to the one with more evidence, then the
// lower id. Names shorter than two characters are ignored.
//
// Built once from a graph (linear in its names) and asked many times: each
// search looks at every word start of the text and only the names that
// begin with that word.
class MentionIndex
{
public:
    MentionIndex() = default;
    explicit MentionIndex(const KnowledgeGraph &graph);

    QList<Mention> find(const QString &text) const;
    bool isEmpty() const { return m_byFirstWord.isEmpty(); }

private:
    struct Name
    {
        QString text;
        NodeId node;
    };
    QHash<QString, QList<Name>> m_byFirstWord; // lower-case first word -> names, longest first
};

} // namespace threadline
