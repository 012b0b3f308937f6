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

class QXmlStreamReader;
class QXmlStreamWriter;

namespace threadline {

class KnowledgeGraph;

// What the GraphML, GEXF, DOT and CSV formats share: typing of property
// values, the JSON texts that carry evidence and documents through formats
// that have no place for them, the guards of the XML readers, and the step
// that turns what a reader collected into a graph.
namespace formats {

// Beyond these a reader refuses: a whole file, and one attribute value or
// text (a 16 Mi-character label is an attack or a broken file, not data).
inline constexpr qint64 maxInputBytes = qint64(1) << 30;
inline constexpr qsizetype maxValueChars = qsizetype(16) << 20;

// Thrown inside readers only; turned into a ReadResult at the boundary.
struct Failure
{
    int line = 0;
    int column = 0;
    QString message;
    QString field;
};

[[noreturn]] void fail(int line, int column, const QString &message, const QString &field = {});

// "file:12: message", or "file: message" without a line.
QString located(const QString &file, int line, const QString &message);

// ---- property values ----------------------------------------------------

// How a property value is written to a typed format. Json covers what no
// scalar type holds (lists, maps, null): it travels as JSON text.
enum class ValueType { Boolean, Int, Long, Double, String, Json };

// nullopt for a type no format can hold (the caller reports it).
std::optional<ValueType> valueTypeOf(const QVariant &value);
QString valueToText(const QVariant &value, ValueType type);
// nullopt when `text` is not a value of `type`; empty text of a non-string
// type means "no value" and is left to the caller.
std::optional<QVariant> valueFromText(const QString &text, ValueType type);
QString typeDescription(ValueType type); // "a boolean", … for error messages

std::optional<bool> parseBoolean(QStringView text);   // true/false/1/0, any case, trimmed
std::optional<double> parseDouble(QStringView text);  // also INF, -INF, NaN, Infinity
std::optional<qlonglong> parseInteger(QStringView text);

QString jsonText(const QVariant &value); // compact JSON of any property value
std::optional<QVariant> variantFromJsonText(const QString &text);

// ---- aliases, evidence, documents ---------------------------------------

// Aliases joined with "|"; a "|" or "\" inside an alias is escaped with "\".
QString joinAliases(const QStringList &aliases);
QStringList splitAliases(const QString &text);

QString evidenceToText(const QList<EvidenceSpan> &spans); // compact JSON array
// Sets *error (and returns nothing) when the text is not a valid span list.
QList<EvidenceSpan> evidenceFromText(const QString &text, QString *error);
QString documentsToText(const QList<Document> &documents); // compact JSON array
QList<Document> documentsFromText(const QString &text, QString *error);

// Names the JSON format gives to node and edge members of its own; a foreign
// attribute with such a name is renamed "<name>_attribute" so it survives.
bool isReservedNodeName(const QString &name);
bool isReservedEdgeName(const QString &name);

// ---- writing: what a format cannot hold ---------------------------------

// Collects losses by kind and names a few elements of each, so a writer's
// warnings stay short on a 100k-node graph.
class LossReport
{
public:
    void add(const QString &what, const QString &element);
    void addNote(const QString &line) { m_notes.append(line); }
    void flush(QStringList *warnings) const;

private:
    QMap<QString, QStringList> m_elements;
    QMap<QString, qsizetype> m_counts;
    QStringList m_notes;
};

// A property as a writer will put it: its name (renamed "<name>_attribute"
// when the format's own attributes take it) and its type.
struct PropertyOut
{
    QString name;
    ValueType type;
    QVariant value;
};

// The properties of one element as they will be written, every loss
// reported: types no format holds, names taken by the format's own
// attributes (`fixed`). With skipKind, "kind" is left out: the writer puts
// it as the kind of a node of kind Other, as the JSON format does.
QList<PropertyOut> propertiesToWrite(const QVariantMap &properties, const QStringList &fixed,
                                     const QString &element, bool skipKind, LossReport &losses);
// An edge's boolean "directed" property, which GraphML and GEXF write in
// their own place for an edge's direction (directed="false",
// type="undirected") rather than as an attribute; nullopt when there is none.
std::optional<bool> edgeDirection(const EdgeData &edge);
// The properties without that boolean "directed".
QVariantMap withoutDirection(const QVariantMap &properties);
// True when the graph has edges and every one says it has no direction: the
// writers then make undirected the graph's default.
bool allEdgesUndirected(const KnowledgeGraph &graph);

// The kind a writer puts for a node: its kind's name, or for kind Other the
// foreign kind kept in its "kind" property.
QString kindText(const NodeData &node);

// The characters XML 1.0 cannot hold (most controls, U+FFFE/U+FFFF, lone
// surrogates) become U+FFFD; *replaced says whether any did.
QString xmlSafe(const QString &text, bool *replaced);
// Element text keeping a carriage return (written &#13;, which XML would
// otherwise turn into a line feed on reading).
void writeXmlText(QXmlStreamWriter &writer, const QString &text);

// ---- reading XML ---------------------------------------------------------

// Throws for the token the reader stands on when it declares entities (no
// expansion bombs, no external entities) or carries an oversized attribute.
void checkXmlToken(const QXmlStreamReader &reader);
// Appends character data, throwing once it grows beyond maxValueChars.
void appendText(QString &to, QStringView text, const QXmlStreamReader &reader);
[[noreturn]] void failXml(const QXmlStreamReader &reader);
// Empty input, oversized input: an error before any parsing.
void checkInputSize(const QByteArray &data);

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
void buildGraph(const QString &fileName, const QList<Document> &documents,
                QList<NodeDraft> &nodes, QList<EdgeDraft> &edges, KnowledgeGraph &graph,
                QStringList &warnings);

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
