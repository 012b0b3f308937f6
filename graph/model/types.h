#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

#include "ids.h"

namespace threadline {

enum class NodeKind {
    Person,
    Organization,
    Country,
    Place,
    Event,
    Statement,
    Topic,
    Document,
    Other, // foreign graphs whose kind Threadline does not know
};

inline constexpr NodeKind allNodeKinds[] = {
    NodeKind::Person, NodeKind::Organization, NodeKind::Country, NodeKind::Place,
    NodeKind::Event,  NodeKind::Statement,    NodeKind::Topic,   NodeKind::Document,
    NodeKind::Other,
};

QString kindName(NodeKind kind);                         // "person", …
std::optional<NodeKind> kindFromName(const QString &name); // nullopt if unknown
QString kindDisplayName(NodeKind kind);                  // "Person", …

// The relations of SPEC.md. Relations are strings so that foreign graphs keep
// theirs; these are the ones Threadline itself produces.
namespace relation {
inline const QString participatedIn = QStringLiteral("participated_in");
inline const QString locatedIn = QStringLiteral("located_in");
inline const QString said = QStringLiteral("said");
inline const QString madeAt = QStringLiteral("made_at");
inline const QString about = QStringLiteral("about");
inline const QString role = QStringLiteral("role");
inline const QString memberOf = QStringLiteral("member_of");
inline const QString mentions = QStringLiteral("mentions");
} // namespace relation

// The relations above, in that order.
QStringList modelRelations();
// Whether the model lets `relation` run from a node of kind `source` to one
// of kind `target` (SPEC.md: participated_in runs actor -> event, and so on).
// Relations the model does not name fit anything.
bool relationFits(const QString &relation, NodeKind source, NodeKind target);

// Human phrase for a relation seen from the source ("took part in") or from
// the target ("had participant").
QString relationPhrase(const QString &relation, bool fromSource);

// A span of a document's text: offsets count UTF-16 code units (QString
// indices); text is that slice exactly.
struct EvidenceSpan
{
    QString document;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;

    friend bool operator==(const EvidenceSpan &, const EvidenceSpan &) = default;
};

struct NodeData
{
    QString key; // the interchange id, unique in the graph
    NodeKind kind = NodeKind::Other;
    QString label;
    QStringList aliases;
    QVariantMap properties;
    QList<EvidenceSpan> evidence;

    friend bool operator==(const NodeData &, const NodeData &) = default;
};

// The group a node of a kind Threadline does not know belongs to in the
// file it came from: its property "kind" (the foreign kind), TinkerPop's
// vertex label "labelV", a "type" or "category" attribute, or the DOT
// subgraph it was declared in, as text. Empty
// for Threadline's own kinds and for nodes without one.
QString foreignCategory(const NodeData &node);

struct EdgeData
{
    QString key;
    NodeId source;
    NodeId target;
    QString relation;
    QVariantMap properties;
    QList<EvidenceSpan> evidence;

    friend bool operator==(const EdgeData &, const EdgeData &) = default;

    // Relationships run from source to target, unless an imported file said
    // the edge has no direction (the property "directed" is false).
    bool isDirected() const { return properties.value(QStringLiteral("directed"), true).toBool(); }
};

// What a layout needs of an edge: its ends and its relation (a view can
// hide relations), known before the edge itself is built.
struct EdgeEnds
{
    NodeId source;
    NodeId target;
    QString relation;
};

struct Document
{
    QString id;
    QString title;
    QString outlet;
    QString date;
    QString url;
    QString file;
    QString note;
    QString text; // empty when the text could not be found

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace threadline
