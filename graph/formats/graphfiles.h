#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

#include "gexf.h"
#include "graphio.h"
#include "ids.h"

namespace threadline {

class KnowledgeGraph;

// Every graph file format Threadline reads or writes, and the one place that
// picks the reader or writer for a file.
enum class GraphFormat { Json, GraphML, Gexf, Dot, Csv };

// "json", "graphml", "gexf", "dot", "csv".
QString graphFormatName(GraphFormat format);
std::optional<GraphFormat> graphFormatFromName(const QString &name);
// The usual file ending, without the dot: "json", "graphml", "gexf", "dot", "csv".
QString graphFormatSuffix(GraphFormat format);
// "GraphML (*.graphml)", for file dialogs.
QString graphFormatFilter(GraphFormat format);
bool canRead(GraphFormat format);

// The formats that can be read, as one file-dialog filter line and each
// alone: "Graph files (*.json *.graphml …)".
QStringList readableFilters();

// What a file holds, from its first bytes (XML root element, JSON, "graph" or
// "digraph"), falling back on its name's ending. nullopt when neither tells.
std::optional<GraphFormat> detectGraphFormat(const QString &path, const QByteArray &head);

// Reads any readable format into `out` (untouched on failure). `positions`
// (may be null) receives positions the file carries (GEXF viz:position, the
// node geometry yEd and yFiles write into GraphML).
// An unknown format is an error naming the file. `onShape` is told a
// graph's shape before its edges are added (see ShapeObserver; not for a
// project, nor for a file that places its nodes).
// `onSkimmedShape`, when set, is told the shape a skim of the bytes finds
// (GraphML and JSON: see shapeskim.h), on another thread while the reader reads, when
// the skim follows the file; always before `onShape`. It may differ from
// the reader's: work started from it is to be checked when `onShape` comes.
ReadResult readGraphFile(const QString &path, KnowledgeGraph &out, QHash<NodeId, QPointF> *positions = nullptr,
                         const ShapeObserver &onShape = {}, const ShapeObserver &onSkimmedShape = {});

// A file's bytes, ready to be saved.
struct SerializedFile
{
    QString path;
    QByteArray bytes;
};

// The files `format` makes of `graph` (CSV: two tables beside `path`),
// without touching the disk; see writeGraphFile for the arguments.
QList<SerializedFile> serializeGraph(const QString &path, GraphFormat format, const KnowledgeGraph &graph,
                                    QStringList *warnings = nullptr,
                                    const QHash<NodeId, QPointF> *positions = nullptr,
                                    gexf::Version gexfVersion = gexf::Version::V1_3);
// Saves each atomically (an old file stays whole if writing fails); the
// paths written, or an empty list with *error set.
QStringList saveSerialized(const QList<SerializedFile> &files, QString *error);

// Writes `graph` as `format` (CSV: two tables beside `path`, see csvformat.h).
// `positions` (may be null) go into formats that hold them (GEXF).
// `warnings` (may be null) receive what the format could not hold.
// Returns the paths written, or an empty list with *error set.
QStringList writeGraphFile(const QString &path, GraphFormat format, const KnowledgeGraph &graph, QString *error,
                           QStringList *warnings = nullptr, const QHash<NodeId, QPointF> *positions = nullptr,
                           gexf::Version gexfVersion = gexf::Version::V1_3);

} // namespace threadline
