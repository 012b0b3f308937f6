#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "types.h"

namespace threadline {

// What formats without a place for them carry as text: aliases joined with
// "|", evidence spans and documents as compact JSON, and the names the JSON
// format keeps for itself.
namespace formats {

// Aliases joined with "|"; a "|" or "\" inside an alias is escaped with "\".
QString joinAliases(const QStringList &aliases);
QStringList splitAliases(const QString &text);

// Spans as the JSON format writes them: [{document, start, end, text}, …].
QJsonArray evidenceToJson(const QList<EvidenceSpan> &spans);
QString evidenceToText(const QList<EvidenceSpan> &spans); // the same, as compact JSON text
// Sets *error (and returns nothing) when the text is not a valid span list.
QList<EvidenceSpan> evidenceFromText(const QString &text, QString *error);
QString documentsToText(const QList<Document> &documents); // compact JSON array
QList<Document> documentsFromText(const QString &text, QString *error);

// Names the JSON format gives to node and edge members of its own; a foreign
// attribute with such a name is renamed "<name>_attribute" so it survives.
bool isReservedNodeName(const QString &name);
bool isReservedEdgeName(const QString &name);

} // namespace formats
} // namespace threadline
