#pragma once

#include <QSet>
#include <QStringList>

#include <memory>

#include "extractor.h"

namespace threadline {

class CompositeEdit;
class GraphDocument;
struct Document;

namespace extract {

// What applying an article's extraction did.
struct ApplySummary
{
    int people = 0;
    int organizations = 0;
    int countries = 0;
    int places = 0;
    int events = 0;
    int quotes = 0;     // direct statements
    int statements = 0; // reported statements
    QStringList merged; // existing nodes that took new evidence, by label
};

// Adds what the extractor found in `article` (already in the document) as
// one undoable step: every entity, event and statement with its evidence
// spans in the article, the relationships (said, participated_in,
// located_in, made_at, role) with theirs. An entity the project already
// has (same kind, same name or alias, case aside) is linked and given the
// new evidence, never duplicated; so is an event of the same type and date
// with a participant in common, and a statement with the same words. Done
// on construction; nullptr when there was nothing to add.
// Only the chosen proposals (by index), the references between them kept:
// a statement whose speaker was left out has no speaker, an event keeps the
// participants that stay, a title's organisation that goes drops the title.
Extraction selected(const Extraction &extraction, const QSet<int> &entities, const QSet<int> &events,
                    const QSet<int> &statements);

std::unique_ptr<CompositeEdit> applyExtraction(GraphDocument &document, const Document &article,
                                               const Extraction &extraction, ApplySummary *summary = nullptr);

} // namespace extract
} // namespace threadline
