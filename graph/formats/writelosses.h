#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

#include "propertyvalues.h"
#include "types.h"

class QXmlStreamWriter;

namespace threadline {

class KnowledgeGraph;

// Writing to a format that cannot hold everything: the losses reported,
// the properties as they will be written, edge direction, node kinds, and
// text made safe for XML.
namespace formats {

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

} // namespace formats
} // namespace threadline
