#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include "graphio.h"
#include "ids.h"
#include "projectfile.h"

namespace threadline {

class GraphDocument;

// A hit of the project's full-text index: a document or a statement node.
struct TextMatch
{
    enum class Kind { Document, Statement };
    Kind kind = Kind::Document;
    QString document; // Kind::Document: its id
    NodeId statement; // Kind::Statement: its node
    QString snippet;  // the matching words in context, matches in [brackets]
};

// The document's project file: where it is saved, whether it has unsaved
// changes, and the saves themselves.
//
// A save writes only what changed since the last one (the document's
// signals say what), in one SQLite transaction: a process killed at any
// moment leaves the file as it was before the save or after it. The first
// save of a graph that did not come from this file, and Save As, write the
// whole project to a new file that then takes the name.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(GraphDocument *document, QObject *parent = nullptr);
    ~Project() override;

    // Empty until the project is opened from or saved to a file.
    QString path() const { return m_path; }
    bool isModified() const;
    // How many times this file has been saved (kept in the file).
    quint64 savedRevision() const { return m_fileRevision; }

    // Reads a project file into the document. On failure nothing changes.
    ReadResult open(const QString &path);
    // The same, in two steps, for a read done off the GUI thread: `content`
    // is what project::read gave for `path`.
    bool take(const QString &path, ProjectContent content, QString *error);
    // The document holds what a recovery file kept of unsaved work, meant
    // for `path` (empty when it had none): unsaved, to be saved there.
    void takeRecovered(const QString &path);
    // The document now holds a graph from elsewhere (a graph file, the
    // bundled corpus): no file yet, nothing unsaved.
    void detach();
    // On failure (read-only file, full disk) the edits stay in memory, still
    // unsaved, and the error names the file.
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // Full-text search of the documents' and statements' text (SQLite FTS5
    // syntax: words, "phrases", prefix*), best first. Only what is saved.
    QList<TextMatch> searchText(const QString &query, int limit, QString *error = nullptr) const;
    // What a person types, as an FTS5 query that cannot be a syntax error:
    // each word a quoted prefix ("dire"* "thr"*), all of them required.
    // Empty when the text has no word.
    static QString queryForTyping(const QString &typed);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void markDirty();
    void clean();
    bool writeChanges(QString *error);
    void setPath(const QString &path);

    GraphDocument *m_document;
    QString m_path;
    QString m_connection;         // open on m_path while there is one
    bool m_needsWholeFile = false; // the document's content did not come from m_path
    bool m_loading = false;
    bool m_modified = false;
    quint64 m_fileRevision = 0;
    QSet<NodeId> m_nodes;         // written on the next save
    QSet<EdgeId> m_edges;
    QSet<NodeId> m_view;
    QSet<QString> m_savedDocuments;
    QSet<QString> m_editedDocuments; // metadata changed since the last save
};

} // namespace threadline
