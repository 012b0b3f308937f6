#pragma once

#include <QString>

#include "ids.h"
#include "types.h"

namespace threadline {

class KnowledgeGraph;

// A quotation as a reader cites it: the words, who said them (when the
// element is a statement with a speaker), and the source's title, outlet,
// date and URL, as plain text and as Markdown.
struct Citation
{
    QString plain;
    QString markdown;
};

// `owner` is the node the span is evidence for (invalid when it is an
// edge's): a statement's speaker is named.
Citation citationFor(const KnowledgeGraph &graph, const EvidenceSpan &span, NodeId owner = {});

} // namespace threadline
