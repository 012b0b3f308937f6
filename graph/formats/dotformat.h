#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "graphio.h"

namespace threadline {

class KnowledgeGraph;

// Graphviz DOT, for `dot`, `neato` and the tools built on them.
//
// Written: a digraph with quoted ids, the label, the
// kind (and a fill colour from it), aliases, every property and the evidence
// count on each node; the relation as each edge's label. Quotes, backslashes
// and line breaks are escaped. DOT has no place for evidence spans or
// documents: the warnings say so. A property named like a Graphviz attribute
// (color, shape, weight, …) would change the drawing, so it is written as
// "<name>_attribute".
//
// Read: the DOT language as Graphviz defines it (strict, graph/digraph,
// subgraphs and clusters, node/edge/graph attribute statements scoped to
// their subgraph, chained edges, subgraphs as edge ends, ports, quoted
// strings with "+" concatenation, HTML-like labels, comments). A node's
// label is its "label" attribute (an HTML label as its text, the markup kept
// in "label_html") or its id; an edge's relation is its "label" or
// "related_to"; every other attribute is a string property. A node keeps the
// innermost named subgraph it was first declared in as "subgraph". Graph
// attributes have no place in a Threadline graph: the warnings name them.
namespace dot {

// Reads into `out` only on success; on failure `out` is untouched.
// `onShape` is told the graph's shape before its edges are added.
ReadResult read(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                const ShapeObserver &onShape = {});
ReadResult readFile(const QString &path, KnowledgeGraph &out);

// `warnings` (may be null) receives what could not be written as it is.
QByteArray write(const KnowledgeGraph &graph, QStringList *warnings = nullptr);
// Atomic: the old file stays intact if anything fails.
bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               QStringList *warnings = nullptr);

// A DOT double-quoted string: "a \"b\" c\\d\n".
QString quoted(const QString &text);

} // namespace dot
} // namespace threadline
