#include "recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#include "projectfile.h"

namespace threadline {

namespace {

QString notePath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".json");
}

QString lockPath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

} // namespace

Recovery::Recovery(QString directory) : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    m_path = m_directory + QStringLiteral("/") + QUuid::createUuid().toString(QUuid::WithoutBraces)
             + QStringLiteral(".") + project::suffix;
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(lockPath(m_path));
    m_lock->setStaleLockTime(0); // only a dead process's lock is stale
    m_lock->tryLock(0);
}

Recovery::~Recovery() = default;

bool Recovery::write(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions, const QSet<NodeId> &pinned,
                     const QSet<NodeId> &hidden, const QString &projectPath, const QString &title,
                     QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("%1: cannot make the folder").arg(m_directory);
        return false;
    }
    if (!project::writeAll(m_path, graph, positions, pinned, hidden, 0, error))
        return false;
    // The note goes second: a recovery file without one is still offered.
    QSaveFile note(notePath(m_path));
    const QJsonObject object{{QStringLiteral("project"), projectPath},
                             {QStringLiteral("title"), title},
                             {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!note.open(QIODevice::WriteOnly) || note.write(QJsonDocument(object).toJson()) < 0 || !note.commit()) {
        *error = QStringLiteral("%1: %2").arg(note.fileName(), note.errorString());
        return false;
    }
    return true;
}

void Recovery::discard() const
{
    QFile::remove(m_path);
    QFile::remove(notePath(m_path));
}

QList<RecoveryFile> Recovery::leftBehind() const
{
    QList<RecoveryFile> files;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.") + project::suffix}, QDir::Files)) {
        if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
            continue;
        QLockFile lock(lockPath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        RecoveryFile file;
        file.path = info.absoluteFilePath();
        file.written = info.lastModified();
        QFile note(notePath(file.path));
        if (note.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(note.readAll()).object();
            file.projectPath = object.value(QStringLiteral("project")).toString();
            file.title = object.value(QStringLiteral("title")).toString();
            const QDateTime written = QDateTime::fromString(object.value(QStringLiteral("written")).toString(), Qt::ISODate);
            if (written.isValid())
                file.written = written;
        }
        files.append(file);
    }
    std::sort(files.begin(), files.end(), [](const RecoveryFile &a, const RecoveryFile &b) { return a.written > b.written; });
    return files;
}

void Recovery::remove(const RecoveryFile &file)
{
    QFile::remove(file.path);
    QFile::remove(notePath(file.path));
    QFile::remove(lockPath(file.path));
}

} // namespace threadline
