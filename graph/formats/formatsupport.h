#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

#include "graphio.h"
#include "ids.h"
#include "types.h"

#include "carriedtexts.h"
#include "propertyvalues.h"
#include "readerrors.h"
#include "writelosses.h"
#include "xmlguards.h"

class QXmlStreamReader;
class QXmlStreamWriter;

namespace threadline {

class KnowledgeGraph;

// The frame every reader shares (GraphML, GEXF, DOT, CSV, JSON): what it
// collected turned into a graph, its errors and notes, and the file around
// it. The parts the formats share besides are in their own headers,
// included here for the readers and writers.
namespace formats {

// ---- reading ---------------------------------------------------------------

// A value shortened for a message.
QString preview(const QString &text);

// Puts `value` under `name`, or under "<name>_attribute" when `reserved` (a
// name the JSON format gives to a member of its own) or when the name is
// taken, so nothing is lost; `renamed` collects the names given.
void insertProperty(QVariantMap &properties, QString name, const QVariant &value, bool reserved,
                    QSet<QString> &renamed);

// The notes every reader gives in the same words: undirected edges, and
// attributes renamed because Threadline uses their names itself (empty
// when there is nothing to say).
QString undirectedNote(qsizetype edges);
QString renamedNote(const QSet<QString> &names);

// ---- building the graph ---------------------------------------------------

struct NodeDraft
{
    NodeData data; // key, kind, label, aliases, properties, evidence
    int line = 0;
    int column = 0;
};

struct EdgeDraft
{
    EdgeData data; // key may be empty; source/target are filled by buildGraph
    QString source;
    QString target;
    int line = 0;
    int column = 0;
};

// Adds documents, nodes and edges in order. Throws for a duplicate node or
// document id and for an edge to a node that does not exist; an edge without
// an id gets a fresh one, a duplicate edge id is renamed with a warning.
// `onShape`, when set, is told the graph's shape once its nodes are added
// and before its edges are (see ShapeObserver).
void buildGraph(const QString &fileName, const QList<Document> &documents,
                QList<NodeDraft> &nodes, QList<EdgeDraft> &edges, KnowledgeGraph &graph,
                QStringList &warnings, const ShapeObserver &onShape = {});

// The ends of every reader: a Failure becomes the result's error; success
// moves the graph into `out` and adds the evidence check when the file
// carried evidence.
ReadResult failedRead(ReadResult result, const Failure &failure);
ReadResult finishRead(ReadResult result, KnowledgeGraph &graph, KnowledgeGraph &out);

// The frame of every reader: checks the input's size, lets `parse` fill a
// fresh graph (it throws Failure to stop), turns a Failure into the error,
// and on success moves the graph into `out`. `positions` (may be null)
// receives `byKey`, filled by `parse`, as positions of the nodes of `out`.
using ParseFunction = std::function<void(KnowledgeGraph &graph, QStringList &warnings,
                                         QHash<QString, QPointF> &byKey)>;
ReadResult readGuarded(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                       QHash<NodeId, QPointF> *positions, const ParseFunction &parse);

using ReadFunction = std::function<ReadResult(const QByteArray &, const QString &, KnowledgeGraph &)>;
// Opens `path`, refuses oversized files, and hands the bytes to `read`.
ReadResult readFileWith(const QString &path, KnowledgeGraph &out, const ReadFunction &read);
// Atomic (QSaveFile): the old file stays intact if anything fails.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace formats
} // namespace threadline
