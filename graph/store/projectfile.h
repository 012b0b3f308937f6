#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>

#include "graphio.h"
#include "knowledgegraph.h"

class QSqlDatabase;

namespace threadline {

// A project file, NAME.threadline: one SQLite database (written through Qt
// SQL) holding the documents with their full text, the nodes and edges
// under their own ids with their properties, the evidence spans, the view
// state, and an FTS5 index over the documents' and statements' text.
//
// Schema (version 1):
//   meta(key PRIMARY KEY, value)            format, version, id limits, revision,
//                                           view_state (the window's zoom, centre,
//                                           filter and focus: savedview.h)
//   documents(id PRIMARY KEY, ord, title, outlet, date, url, file, note, text)
//   nodes(id PRIMARY KEY, key UNIQUE, kind, label, aliases JSON, properties JSON)
//   edges(id PRIMARY KEY, key UNIQUE, source, target, relation, properties JSON)
//   evidence(owner_kind 0 node / 1 edge, owner, seq, document, start, end, text)
//   view(node PRIMARY KEY, x, y, pinned, hidden)
//   search USING fts5(text, owner, kind)     documents and statements
// Properties are JSON objects of [type, text] pairs, so 1 and 1.0 and "1"
// stay apart.
struct ProjectContent
{
    KnowledgeGraph graph;
    QHash<NodeId, QPointF> positions;
    QSet<NodeId> pinned;
    QSet<NodeId> hidden;
    quint64 revision = 0; // grows with every save; a project tells its saves apart
    // The window's view when it was last saved (zoom, centre: GraphView's
    // JSON; filter and focus: project::withLimits), meta key "view_state";
    // empty when none was saved.
    QString viewState;
};

namespace project {

inline constexpr int formatVersion = 1;
inline const QString suffix = QStringLiteral("threadline");

// Whether these first bytes are an SQLite database's.
bool looksLikeProject(const QByteArray &head);

// Reads a whole project. On failure `out` is untouched and the error names
// the file and what is wrong with it.
ReadResult read(const QString &path, ProjectContent &out);

// Writes a whole project to `path` atomically: into a new file beside it,
// then renamed over it. Whatever was at `path` stays intact on failure.
bool writeAll(const QString &path, const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const QSet<NodeId> &pinned, const QSet<NodeId> &hidden, quint64 revision, QString *error);
inline bool writeAll(const QString &path, const ProjectContent &content, QString *error)
{
    return writeAll(path, content.graph, content.positions, content.pinned, content.hidden, content.revision, error);
}

// Records the window's view (`json`, written by the canvas) in an existing
// project file, as one small transaction apart from the project's saves.
bool writeViewState(const QString &path, const QString &json, QString *error);

// ---- for Project's incremental saves --------------------------------------

// Opens a connection (unique name) to an existing project file; the caller
// removes it with closeDatabase.
bool openDatabase(const QString &path, QString *connection, QString *error);
void closeDatabase(const QString &connection);
// Writes a project's rows inside a transaction the caller has begun, with
// each statement prepared once. Each call writes one element's rows as the
// graph has them, or deletes them when the graph no longer has it. A
// `fresh` writer fills a new, empty file and skips the deletes.
class Writer
{
public:
    Writer(const QSqlDatabase &db, bool fresh);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    bool node(const KnowledgeGraph &graph, NodeId id);
    bool edge(const KnowledgeGraph &graph, EdgeId id);
    bool view(NodeId id, const QHash<NodeId, QPointF> &positions, const QSet<NodeId> &pinned,
              const QSet<NodeId> &hidden);
    bool document(const Document &document, int order);
    bool removeDocument(const QString &id);
    bool meta(const KnowledgeGraph &graph, quint64 revision);
    QString error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace project
} // namespace threadline
