#pragma once

#include <QStringList>

#include "types.h"

namespace threadline {

class KnowledgeGraph;

// Why a span does not match its document, or an empty string when it does.
QString checkSpan(const KnowledgeGraph &graph, const EvidenceSpan &span);

// Every problem with the graph's evidence, one line each: spans that do not
// match their document's text, spans into unknown documents, and nodes or
// edges (documents and their mentions aside) with no evidence at all.
QStringList verifyEvidence(const KnowledgeGraph &graph);

} // namespace threadline
