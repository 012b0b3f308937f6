#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace threadline {

class KnowledgeGraph;

// Graphviz DOT, for `dot`, `neato` and the tools built on them. Written only
// (reading DOT is not supported): a digraph with quoted ids, the label, the
// kind (and a fill colour from it), aliases, every property and the evidence
// count on each node; the relation as each edge's label. Quotes, backslashes
// and line breaks are escaped. DOT has no place for evidence spans or
// documents: the warnings say so. A property named like a Graphviz attribute
// (color, shape, weight, …) would change the drawing, so it is written as
// "<name>_attribute".
namespace dot {

// `warnings` (may be null) receives what could not be written as it is.
QByteArray write(const KnowledgeGraph &graph, QStringList *warnings = nullptr);
// Atomic: the old file stays intact if anything fails.
bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               QStringList *warnings = nullptr);

// A DOT double-quoted string: "a \"b\" c\\d\n".
QString quoted(const QString &text);

} // namespace dot
} // namespace threadline
