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

// GEXF (https://gexf.net), the format of Gephi.
//
// Written: GEXF 1.3 with typed attributes (kind, aliases joined with "|",
// every property, evidence as JSON text plus an evidence count; lists and
// maps as JSON text), the relation as the edge label, a property "weight" as
// the edge weight, viz:color from the node kind and viz:position from
// `positions` (y pointing up, as Gephi draws it). The documents travel as
// JSON text in a Threadline element inside <meta>, which other readers skip.
// Reading that back is lossless.
//
// Read besides: GEXF 1.1draft, 1.2draft and 1.3 and the pre-1.0 gephi.org
// namespace; attributes by for= or id=, defaults, list types, mixed
// directed/undirected edges (an edge whose direction differs from the
// graph's default keeps it in the property "directed"), weights (1 where an
// edge leaves it out), dynamic attribute values (the last one is kept, with a
// warning), hierarchy (the property "parent"), and viz data as viz_*
// properties.
namespace gexf {

// Reads into `out` only on success; on failure `out` is untouched.
// `positions` (may be null) receives the viz:position of each node that has
// one, y pointing down as on a Qt scene. `onShape` is told the graph's
// shape before its edges are added, unless the file places its nodes.
ReadResult read(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                QHash<NodeId, QPointF> *positions = nullptr, const ShapeObserver &onShape = {});
ReadResult readFile(const QString &path, KnowledgeGraph &out,
                    QHash<NodeId, QPointF> *positions = nullptr);

// The namespace and version written. 1.2draft holds everything Threadline
// writes too, for readers that stop there (networkx before 3.x, Gephi 0.8).
enum class Version { V1_3, V1_2draft };

// `warnings` (may be null) receives what could not be written as it is.
QByteArray write(const KnowledgeGraph &graph, QStringList *warnings = nullptr,
                 const QHash<NodeId, QPointF> *positions = nullptr, Version version = Version::V1_3);
// Atomic: the old file stays intact if anything fails.
bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               QStringList *warnings = nullptr, const QHash<NodeId, QPointF> *positions = nullptr,
               Version version = Version::V1_3);

} // namespace gexf
} // namespace threadline
