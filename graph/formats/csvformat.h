#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace threadline {

class KnowledgeGraph;

// Two RFC 4180 CSV tables (UTF-8, CRLF line ends, fields quoted where they
// hold a comma, a quote or a line break), for spreadsheets, pandas and R.
//   nodes: id,kind,label,aliases,<each property>,evidence_count,evidence_json
//   edges: id,source,target,relation,<each property>,evidence_count,evidence_json
// Aliases are joined with "|" ("\" escapes); lists, maps and the evidence are
// JSON text. Written only. The documents have no table: the warnings say so.
namespace csv {

struct Tables
{
    QByteArray nodes;
    QByteArray edges;
};

// `warnings` (may be null) receives what could not be written as it is.
Tables write(const KnowledgeGraph &graph, QStringList *warnings = nullptr);

// "<base>.nodes.csv" and "<base>.edges.csv"; a ".csv" ending of base is dropped
// first, so "out.csv" gives out.nodes.csv and out.edges.csv.
QString nodesPath(const QString &base);
QString edgesPath(const QString &base);
// Writes both tables, each atomically: an old file stays intact if writing
// it fails.
bool writeFile(const QString &base, const KnowledgeGraph &graph, QString *error,
               QStringList *warnings = nullptr);

// One RFC 4180 field: quoted (with doubled quotes) only where needed.
QString field(const QString &text);

} // namespace csv
} // namespace threadline
