#include "project.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "graphdocument.h"
#include "projectfile.h"

namespace threadline {

Project::Project(GraphDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    const auto nodes = [this](const QList<NodeId> &ids) {
        for (NodeId id : ids) {
            m_nodes.insert(id);
            m_view.insert(id);
        }
        markDirty();
    };
    const auto view = [this](const QList<NodeId> &ids) {
        for (NodeId id : ids)
            m_view.insert(id);
        markDirty();
    };
    const auto edges = [this](const QList<EdgeId> &ids) {
        for (EdgeId id : ids)
            m_edges.insert(id);
        markDirty();
    };
    connect(document, &GraphDocument::nodesAdded, this, nodes);
    connect(document, &GraphDocument::nodesRemoved, this, nodes);
    connect(document, &GraphDocument::nodesChanged, this, nodes);
    connect(document, &GraphDocument::edgesAdded, this, edges);
    connect(document, &GraphDocument::edgesRemoved, this, edges);
    connect(document, &GraphDocument::edgesChanged, this, edges);
    connect(document, &GraphDocument::positionsChanged, this, view);
    connect(document, &GraphDocument::pinnedChanged, this, view);
    connect(document, &GraphDocument::hiddenChanged, this, view);
    connect(document, &GraphDocument::documentsChanged, this, &Project::markDirty);
    connect(document, &GraphDocument::documentEdited, this, [this](const QString &id) {
        m_editedDocuments.insert(id);
        markDirty();
    });
    connect(document, &GraphDocument::wasReset, this, [this] {
        if (m_loading)
            return;
        // Another graph: only a whole new file can hold it.
        m_needsWholeFile = true;
        markDirty();
    });
}

Project::~Project()
{
    if (!m_connection.isEmpty())
        project::closeDatabase(m_connection);
}

bool Project::isModified() const
{
    return m_modified;
}

void Project::markDirty()
{
    if (m_loading || m_modified)
        return;
    m_modified = true;
    Q_EMIT modifiedChanged(true);
}

void Project::clean()
{
    m_nodes.clear();
    m_edges.clear();
    m_view.clear();
    m_editedDocuments.clear();
    m_savedDocuments.clear();
    for (const Document &doc : m_document->graph().documents())
        m_savedDocuments.insert(doc.id);
    m_needsWholeFile = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
}

void Project::setPath(const QString &path)
{
    if (!m_connection.isEmpty()) {
        project::closeDatabase(m_connection);
        m_connection.clear();
    }
    const bool changed = path != m_path;
    m_path = path;
    if (changed)
        Q_EMIT pathChanged(path);
}

ReadResult Project::open(const QString &path)
{
    ProjectContent content;
    ReadResult result = project::read(path, content);
    if (result.ok && !take(path, std::move(content), &result.error.message)) {
        result.ok = false;
        result.error.file = path;
    }
    return result;
}

bool Project::take(const QString &path, ProjectContent content, QString *error)
{
    QString connection;
    if (!project::openDatabase(path, &connection, error))
        return false;
    setPath(QFileInfo(path).absoluteFilePath());
    m_connection = connection;
    m_fileRevision = content.revision;
    m_loading = true;
    m_document->reset(std::move(content.graph), std::move(content.positions), std::move(content.pinned),
                      std::move(content.hidden));
    m_loading = false;
    clean();
    return true;
}

void Project::takeRecovered(const QString &path)
{
    setPath(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    m_fileRevision = 0;
    clean();
    // Nothing of it is in a file yet: the next save writes it whole.
    m_needsWholeFile = true;
    markDirty();
}

void Project::detach()
{
    setPath(QString());
    m_fileRevision = 0;
    clean();
}

bool Project::save(QString *error)
{
    if (m_path.isEmpty()) {
        *error = tr("The project has no file yet: use Save As.");
        return false;
    }
    if (m_needsWholeFile || m_connection.isEmpty())
        return saveAs(m_path, error);
    if (!m_modified)
        return true;
    if (!writeChanges(error))
        return false;
    clean();
    return true;
}

bool Project::writeChanges(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const KnowledgeGraph &graph = m_document->graph();
    const auto fail = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = QStringLiteral("%1: could not save: %2").arg(m_path, message);
        return false;
    };
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(begin.lastError().text());
    {
        project::Writer writer(db, false);
        bool ok = true;
        for (NodeId id : std::as_const(m_nodes))
            ok = ok && writer.node(graph, id);
        for (NodeId id : std::as_const(m_view))
            ok = ok && writer.view(id, m_document->positions(), m_document->pinned(), m_document->hidden());
        for (EdgeId id : std::as_const(m_edges))
            ok = ok && writer.edge(graph, id);
        // Documents are added, taken out or given new metadata; their rows
        // are keyed by their place in the list, so a removal rewrites the
        // ones after it.
        const QList<Document> &documents = graph.documents();
        bool shifted = false;
        for (const QString &id : std::as_const(m_savedDocuments)) {
            if (ok && !graph.document(id)) {
                ok = writer.removeDocument(id);
                shifted = true;
            }
        }
        for (qsizetype i = 0; ok && i < documents.size(); ++i) {
            const QString &id = documents.at(i).id;
            if (shifted || !m_savedDocuments.contains(id) || m_editedDocuments.contains(id))
                ok = writer.removeDocument(documents.at(i).id) && writer.document(documents.at(i), int(i));
        }
        ok = ok && writer.meta(graph, m_fileRevision + 1);
        if (!ok)
            return fail(writer.error());
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit.lastError().text());
    ++m_fileRevision;
    return true;
}

bool Project::saveAs(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The connection to the old file goes first: the new file may take its name.
    if (!m_connection.isEmpty()) {
        project::closeDatabase(m_connection);
        m_connection.clear();
    }
    const quint64 revision = absolute == m_path ? m_fileRevision + 1 : 1;
    if (!project::writeAll(absolute, m_document->graph(), m_document->positions(), m_document->pinned(),
                           m_document->hidden(), revision, error)) {
        if (!m_path.isEmpty()) { // keep saving to the old file
            QString ignored;
            project::openDatabase(m_path, &m_connection, &ignored);
        }
        return false;
    }
    setPath(absolute);
    QString connection;
    if (!project::openDatabase(absolute, &connection, error))
        return false;
    m_connection = connection;
    m_fileRevision = revision;
    clean();
    return true;
}

QString Project::queryForTyping(const QString &typed)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(QStringLiteral("\"%1\"*").arg(word));
        word.clear();
    };
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QList<TextMatch> Project::searchText(const QString &query, int limit, QString *error) const
{
    QList<TextMatch> matches;
    if (m_connection.isEmpty())
        return matches;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, owner, snippet(search, 0, '[', ']', '…', 12) FROM search "
                             "WHERE search MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return matches;
    }
    while (q.next()) {
        TextMatch match;
        if (q.value(0).toString() == QLatin1String("statement")) {
            match.kind = TextMatch::Kind::Statement;
            match.statement = NodeId(q.value(1).toUInt());
        } else {
            match.document = q.value(1).toString();
        }
        match.snippet = q.value(2).toString();
        matches.append(match);
    }
    return matches;
}

} // namespace threadline
