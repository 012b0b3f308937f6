#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "graphio.h"
#include "ids.h"

namespace threadline {

class KnowledgeGraph;

// GraphML (http://graphml.graphdrawing.org), readable by yEd, Gephi,
// Cytoscape, networkx and igraph.
//
// Written: one typed <key> per attribute (attr.name/attr.type): node kind,
// label, aliases (joined with "|", "\" escaping), every property typed
// boolean/int/long/double/string, lists and maps as JSON text (their key
// marked threadline.type="json"), evidence as JSON text plus an evidence
// count; edge relation and properties the same; the documents as graph-level
// JSON text. Reading that back is lossless.
//
// Read besides: GraphML from other tools (yEd desktop, yFiles for HTML,
// igraph, networkx, TinkerPop). Nested graphs are flattened (a node keeps
// its enclosing node in the property "parent"); labels come from a
// label/name/labelV key or a yEd label, relations from a relation/label/
// labelE key or a yEd edge label; key defaults apply; what cannot be kept
// (graphics, ports, graph attributes, hyperedges) is listed in the warnings.
namespace graphml {

// Reads into `out` only on success; on failure `out` is untouched.
// `positions` (may be null) receives the centre of each node yEd (y:Geometry)
// or yFiles for HTML (y:RectD) drew, y pointing down as on a Qt scene.
// `onShape` is told the graph's shape before its edges are added, unless
// the file draws its nodes.
ReadResult read(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                QHash<NodeId, QPointF> *positions = nullptr, const ShapeObserver &onShape = {});
ReadResult readFile(const QString &path, KnowledgeGraph &out, QHash<NodeId, QPointF> *positions = nullptr);

// `warnings` (may be null) receives what could not be written as it is.
QByteArray write(const KnowledgeGraph &graph, QStringList *warnings = nullptr);
// Atomic: the old file stays intact if anything fails.
bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               QStringList *warnings = nullptr);

} // namespace graphml
} // namespace threadline
