#pragma once

#include <QStringList>

#include "types.h"

namespace threadline {

class KnowledgeGraph;

// Why a span does not match its document, or an empty string when it does.
QString checkSpan(const KnowledgeGraph &graph, const EvidenceSpan &span);

// Every problem with the graph's evidence, one line each: spans that do not
// match their document's text, spans into unknown documents, and nodes or
// edges (documents and their mentions aside) with no evidence at all. The
// same problem of more than three elements is one line that counts them and
// names the first three ("274,788 elements: the text of document … is not
// available (node n0, node n1, node n2 and 274,785 more)").
QStringList verifyEvidence(const KnowledgeGraph &graph);

} // namespace threadline
