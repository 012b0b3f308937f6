#pragma once

#include <QByteArray>
#include <QString>

#include "graphio.h"

namespace threadline {

class KnowledgeGraph;

// The Threadline interchange format (SPEC.md): Cytoscape.js-style elements
// with kinds, properties and evidence, plus the documents the evidence
// points into. Plain Cytoscape.js JSON (no "format" field, "elements" as an
// array or as {nodes, edges}) is read too.
namespace json {

// Reads into `out` only on success; on failure `out` is untouched.
// Document texts come from a "text" field where present, otherwise from the
// document's "file" resolved against baseDir. `onShape` is told the
// graph's shape before its edges are added.
ReadResult read(const QByteArray &data, const QString &fileName, const QString &baseDir,
                KnowledgeGraph &out, const ShapeObserver &onShape = {});
ReadResult readFile(const QString &path, KnowledgeGraph &out);

struct WriteOptions
{
    bool embedTexts = true; // write each document's text, so the file stands alone
    bool indented = true;
};

QByteArray write(const KnowledgeGraph &graph, const WriteOptions &options = {});
// Atomic: the old file stays intact if anything fails.
bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               const WriteOptions &options = {});

} // namespace json
} // namespace threadline
