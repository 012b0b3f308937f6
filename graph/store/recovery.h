#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>

#include "knowledgegraph.h"

namespace threadline {

// Unsaved work kept for after a crash. While a window has unsaved changes it
// writes a copy of its document now and then (autosave) into a recovery
// file of its own; a save, or closing without saving, removes it. Whatever
// recovery files remain at the next start were left by a crash, and are
// offered back.
struct RecoveryFile
{
    QString path;        // the recovery file itself (a project file)
    QString projectPath; // where the work belonged; empty for an unsaved graph
    QString title;       // what the window showed
    QDateTime written;
};

class Recovery
{
public:
    // Recovery files live in `directory` (default: the application's data
    // location, under "recovery").
    explicit Recovery(QString directory = {});
    ~Recovery();
    Recovery(const Recovery &) = delete;
    Recovery &operator=(const Recovery &) = delete;

    QString directory() const { return m_directory; }
    // This session's recovery file.
    QString path() const { return m_path; }

    // Writes the copy (whole project) and what it belongs to. Safe to call
    // off the GUI thread with copies of the document's content.
    bool write(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions, const QSet<NodeId> &pinned,
               const QSet<NodeId> &hidden, const QString &projectPath, const QString &title, QString *error) const;
    // Nothing unsaved any more.
    void discard() const;

    // Recovery files that sessions no longer running left behind, newest
    // first. (A running session holds a lock beside its file.)
    QList<RecoveryFile> leftBehind() const;
    static void remove(const RecoveryFile &file);

private:
    QString m_directory;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace threadline
