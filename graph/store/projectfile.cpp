#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "evidence.h"
#include "formatsupport.h"

namespace threadline::project {

using namespace formats;

namespace {

const QString formatName = QStringLiteral("threadline-project");

const char *const schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE documents(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL,"
    " date TEXT NOT NULL, url TEXT NOT NULL, file TEXT NOT NULL, note TEXT NOT NULL, text TEXT NOT NULL)",
    "CREATE TABLE nodes(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, label TEXT NOT NULL,"
    " aliases TEXT NOT NULL, properties TEXT NOT NULL)",
    "CREATE TABLE edges(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, source INTEGER NOT NULL,"
    " target INTEGER NOT NULL, relation TEXT NOT NULL, properties TEXT NOT NULL)",
    "CREATE TABLE evidence(owner_kind INTEGER NOT NULL, owner INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " document TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,"
    " PRIMARY KEY(owner_kind, owner, seq)) WITHOUT ROWID",
    "CREATE INDEX evidence_by_document ON evidence(document)",
    "CREATE TABLE view(node INTEGER PRIMARY KEY, x REAL, y REAL, pinned INTEGER NOT NULL, hidden INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE search USING fts5(text, owner UNINDEXED, kind UNINDEXED)",
};

// Text columns are NOT NULL: a null QString would bind as NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// ---- property values as JSON objects of [type, text] ------------------------

QString typeName(ValueType type)
{
    switch (type) {
    case ValueType::Boolean: return QStringLiteral("bool");
    case ValueType::Int: return QStringLiteral("int");
    case ValueType::Long: return QStringLiteral("long");
    case ValueType::Double: return QStringLiteral("double");
    case ValueType::String: return QStringLiteral("string");
    case ValueType::Json: return QStringLiteral("json");
    }
    return QStringLiteral("string");
}

std::optional<ValueType> typeFromName(const QString &name)
{
    for (ValueType t : {ValueType::Boolean, ValueType::Int, ValueType::Long, ValueType::Double, ValueType::String,
                        ValueType::Json}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString propertiesText(const QVariantMap &properties)
{
    QJsonObject object;
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const ValueType type = valueTypeOf(it.value()).value_or(ValueType::Json);
        object.insert(it.key(), QJsonArray{typeName(type), valueToText(it.value(), type)});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool propertiesFromText(const QString &text, QVariantMap &out, QString *error)
{
    if (text == QLatin1String("{}"))
        return true; // most elements: no JSON to parse
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const std::optional<ValueType> type = typeFromName(pair.at(0).toString());
        const std::optional<QVariant> value = type ? valueFromText(pair.at(1).toString(), *type) : std::nullopt;
        if (pair.size() != 2 || !value) {
            *error = QStringLiteral("property \"%1\" is not a typed value").arg(it.key());
            return false;
        }
        out.insert(it.key(), *value);
    }
    return true;
}

QString aliasesText(const QStringList &aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromText(const QString &text)
{
    QStringList aliases;
    if (text == QLatin1String("[]"))
        return aliases;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        aliases.append(v.toString());
    return aliases;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

// The statements' searchable text: what was said, else the label.
QString statementText(const NodeData &node)
{
    const QString text = node.properties.value(QStringLiteral("text")).toString();
    return text.isEmpty() ? node.label : text;
}

// Opens `path` as an SQLite connection named `name`, with the settings every
// connection uses: a rollback journal (the project stays one file between
// saves) and full syncs (a save is on disk when it returns).
bool openConnection(const QString &path, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QString e;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), &e)
        || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &e)) {
        *error = e;
        return false;
    }
    return true;
}

QString uniqueConnectionName()
{
    return QStringLiteral("threadline-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Flushes a file (or directory) to disk.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool looksLikeProject(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

bool openDatabase(const QString &path, QString *connection, QString *error)
{
    *connection = uniqueConnectionName();
    if (openConnection(path, *connection, error))
        return true;
    closeDatabase(*connection);
    return false;
}

void closeDatabase(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

struct Writer::Private
{
    explicit Private(const QSqlDatabase &database) : db(database) {}

    QSqlDatabase db;
    bool fresh = false;
    QString error;
    QHash<QString, QSqlQuery> statements;

    // The statement for `sql`, prepared on first use.
    QSqlQuery *statement(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db);
            if (!query.prepare(sql)) {
                error = sqlError(query);
                return nullptr;
            }
            it = statements.insert(sql, query);
        }
        return &*it;
    }

    bool exec(const QString &sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery *query = statement(sql);
        if (!query)
            return false;
        int i = 0;
        for (const QVariant &value : values)
            query->bindValue(i++, value);
        if (query->exec())
            return true;
        error = sqlError(*query);
        return false;
    }

    bool evidence(int ownerKind, quint32 owner, const QList<EvidenceSpan> &spans)
    {
        if (!fresh
            && !exec(QStringLiteral("DELETE FROM evidence WHERE owner_kind = ? AND owner = ?"), {ownerKind, owner}))
            return false;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const EvidenceSpan &span = spans.at(i);
            if (!exec(QStringLiteral("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {ownerKind, owner, qlonglong(i), notNull(span.document), qlonglong(span.start),
                       qlonglong(span.end), notNull(span.text)}))
                return false;
        }
        return true;
    }
};

Writer::Writer(const QSqlDatabase &db, bool fresh) : d(std::make_unique<Private>(db))
{
    d->fresh = fresh;
}

Writer::~Writer() = default;

QString Writer::error() const
{
    return d->error;
}

bool Writer::node(const KnowledgeGraph &graph, NodeId id)
{
    // A statement's row in the index is keyed by its id (rowid id + 1), so
    // that replacing it is a look-up, not a scan.
    const qlonglong searchRow = qlonglong(id.value()) + 1;
    if (!d->fresh && !d->exec(QStringLiteral("DELETE FROM search WHERE rowid = ?"), {searchRow}))
        return false;
    if (!graph.contains(id)) {
        return d->exec(QStringLiteral("DELETE FROM nodes WHERE id = ?"), {id.value()})
               && d->evidence(0, id.value(), {});
    }
    const NodeData &node = graph.node(id);
    if (!d->exec(QStringLiteral("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?)"),
                 {id.value(), node.key, kindName(node.kind), notNull(node.label), aliasesText(node.aliases),
                  propertiesText(node.properties)})
        || !d->evidence(0, id.value(), node.evidence))
        return false;
    if (node.kind != NodeKind::Statement)
        return true;
    return d->exec(QStringLiteral("INSERT INTO search(rowid, text, owner, kind) VALUES (?, ?, ?, 'statement')"),
                   {searchRow, notNull(statementText(node)), QString::number(id.value())});
}

bool Writer::edge(const KnowledgeGraph &graph, EdgeId id)
{
    if (!graph.contains(id)) {
        return d->exec(QStringLiteral("DELETE FROM edges WHERE id = ?"), {id.value()})
               && d->evidence(1, id.value(), {});
    }
    const EdgeData &edge = graph.edge(id);
    return d->exec(QStringLiteral("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?, ?, ?)"),
                   {id.value(), edge.key, edge.source.value(), edge.target.value(), notNull(edge.relation),
                    propertiesText(edge.properties)})
           && d->evidence(1, id.value(), edge.evidence);
}

bool Writer::view(NodeId id, const QHash<NodeId, QPointF> &positions, const QSet<NodeId> &pinned,
                  const QSet<NodeId> &hidden)
{
    const auto at = positions.constFind(id);
    const bool pin = pinned.contains(id);
    const bool hide = hidden.contains(id);
    if (at == positions.constEnd() && !pin && !hide)
        return d->fresh || d->exec(QStringLiteral("DELETE FROM view WHERE node = ?"), {id.value()});
    return d->exec(QStringLiteral("INSERT OR REPLACE INTO view VALUES (?, ?, ?, ?, ?)"),
                   {id.value(), at == positions.constEnd() ? QVariant() : QVariant(at->x()),
                    at == positions.constEnd() ? QVariant() : QVariant(at->y()), int(pin), int(hide)});
}

bool Writer::document(const Document &document, int order)
{
    // A document's row in the index is keyed by its place (rowid -(order + 1)).
    const qlonglong searchRow = -qlonglong(order) - 1;
    return d->exec(QStringLiteral("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {document.id, order, notNull(document.title), notNull(document.outlet), notNull(document.date),
                    notNull(document.url), notNull(document.file), notNull(document.note), notNull(document.text)})
           && (d->fresh || d->exec(QStringLiteral("DELETE FROM search WHERE rowid = ?"), {searchRow}))
           && d->exec(QStringLiteral("INSERT INTO search(rowid, text, owner, kind) VALUES (?, ?, ?, 'document')"),
                      {searchRow, document.title + QLatin1Char('\n') + document.text, document.id});
}

bool Writer::removeDocument(const QString &id)
{
    return d->exec(QStringLiteral("DELETE FROM search WHERE rowid = (SELECT -ord - 1 FROM documents WHERE id = ?)"), {id})
           && d->exec(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id});
}

bool Writer::meta(const KnowledgeGraph &graph, quint64 revision)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), QString::number(formatVersion)},
        {QStringLiteral("node_id_limit"), QString::number(graph.nodeIdLimit())},
        {QStringLiteral("edge_id_limit"), QString::number(graph.edgeIdLimit())},
        {QStringLiteral("revision"), QString::number(revision)},
    };
    for (const auto &[key, value] : values) {
        if (!d->exec(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"), {key, value}))
            return false;
    }
    return true;
}

bool writeViewState(const QString &path, const QString &json, QString *error)
{
    QString connection;
    if (!openDatabase(path, &connection, error))
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES ('view_state', ?)"));
        query.addBindValue(json);
        ok = query.exec();
        if (!ok && error)
            *error = QStringLiteral("%1: could not record the view: %2").arg(path, query.lastError().text());
    }
    closeDatabase(connection);
    return ok;
}

bool writeAll(const QString &path, const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const QSet<NodeId> &pinned, const QSet<NodeId> &hidden, quint64 revision, QString *error)
{
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".saving-")
                         + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temp);
    const QString connection = uniqueConnectionName();
    QString e;
    bool ok = openConnection(temp, connection, &e);
    if (ok) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        ok = exec(db, QStringLiteral("BEGIN"), &e);
        for (const char *statement : schema)
            ok = ok && exec(db, QString::fromUtf8(statement), &e);
        {
            Writer writer(db, true);
            const QList<Document> &documents = graph.documents();
            for (qsizetype i = 0; ok && i < documents.size(); ++i)
                ok = writer.document(documents.at(i), int(i));
            for (NodeId id : graph.nodes()) {
                if (!ok)
                    break;
                ok = writer.node(graph, id) && writer.view(id, positions, pinned, hidden);
            }
            for (EdgeId id : graph.edges()) {
                if (!ok)
                    break;
                ok = writer.edge(graph, id);
            }
            ok = ok && writer.meta(graph, revision);
            if (!ok && e.isEmpty())
                e = writer.error();
        }
        ok = ok && exec(db, QStringLiteral("COMMIT"), &e);
    }
    closeDatabase(connection);
    // On disk before it takes the name; then the name, atomically.
    if (ok && !syncPath(temp)) {
        e = QStringLiteral("could not flush the new file to disk: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    if (ok && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        e = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    if (!ok) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        *error = QStringLiteral("%1: could not save the project: %2").arg(path, e);
        return false;
    }
    syncPath(target.absolutePath());
    return true;
}

namespace {

// Reads the tables of an open project into `content`; false with `error`.
bool readTables(QSqlDatabase &db, ProjectContent &content, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString e;
    const auto failed = [&](const QString &message) {
        *error = message;
        return false;
    };
    QHash<QString, QString> meta;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return failed(QStringLiteral("not a Threadline project (%1)").arg(sqlError(q)));
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("format")) != formatName)
        return failed(QStringLiteral("not a Threadline project (no project format marker)"));
    const int version = meta.value(QStringLiteral("version")).toInt();
    if (version > formatVersion)
        return failed(QStringLiteral("written by a newer Threadline (project format %1; this one reads up to %2)")
                          .arg(version)
                          .arg(formatVersion));
    content.revision = meta.value(QStringLiteral("revision")).toULongLong();
    content.viewState = meta.value(QStringLiteral("view_state"));

    if (!q.exec(QStringLiteral("SELECT id, title, outlet, date, url, file, note, text FROM documents ORDER BY ord")))
        return failed(sqlError(q));
    while (q.next()) {
        Document doc;
        doc.id = q.value(0).toString();
        doc.title = q.value(1).toString();
        doc.outlet = q.value(2).toString();
        doc.date = q.value(3).toString();
        doc.url = q.value(4).toString();
        doc.file = q.value(5).toString();
        doc.note = q.value(6).toString();
        doc.text = q.value(7).toString();
        if (!content.graph.addDocument(doc))
            return failed(QStringLiteral("document \"%1\" appears twice").arg(doc.id));
    }

    // Evidence first, by owner, so each element is complete when it goes in.
    QHash<quint32, QList<EvidenceSpan>> nodeSpans, edgeSpans;
    if (!q.exec(QStringLiteral("SELECT owner_kind, owner, document, span_start, span_end, text FROM evidence "
                               "ORDER BY owner_kind, owner, seq")))
        return failed(sqlError(q));
    while (q.next()) {
        EvidenceSpan span{q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                          q.value(5).toString()};
        (q.value(0).toInt() == 0 ? nodeSpans : edgeSpans)[q.value(1).toUInt()].append(std::move(span));
    }

    if (!q.exec(QStringLiteral("SELECT id, key, kind, label, aliases, properties FROM nodes ORDER BY id")))
        return failed(sqlError(q));
    while (q.next()) {
        const quint32 id = q.value(0).toUInt();
        NodeData node;
        node.key = q.value(1).toString();
        node.kind = kindFromName(q.value(2).toString()).value_or(NodeKind::Other);
        node.label = q.value(3).toString();
        node.aliases = aliasesFromText(q.value(4).toString());
        if (!propertiesFromText(q.value(5).toString(), node.properties, &e))
            return failed(QStringLiteral("node %1 (%2): %3").arg(id).arg(node.key, e));
        node.evidence = nodeSpans.take(id);
        const QString key = node.key;
        if (!content.graph.restoreNode(NodeId(id), std::move(node)))
            return failed(QStringLiteral("node %1 (%2) clashes with another node").arg(id).arg(key));
    }
    if (!q.exec(QStringLiteral("SELECT id, key, source, target, relation, properties FROM edges ORDER BY id")))
        return failed(sqlError(q));
    while (q.next()) {
        const quint32 id = q.value(0).toUInt();
        EdgeData edge;
        edge.key = q.value(1).toString();
        edge.source = NodeId(q.value(2).toUInt());
        edge.target = NodeId(q.value(3).toUInt());
        edge.relation = q.value(4).toString();
        if (!propertiesFromText(q.value(5).toString(), edge.properties, &e))
            return failed(QStringLiteral("edge %1 (%2): %3").arg(id).arg(edge.key, e));
        edge.evidence = edgeSpans.take(id);
        const QString key = edge.key;
        if (!content.graph.restoreEdge(EdgeId(id), std::move(edge)))
            return failed(QStringLiteral("edge %1 (%2) has a missing end or clashes with another edge").arg(id).arg(key));
    }
    content.graph.reserveIds(meta.value(QStringLiteral("node_id_limit")).toUInt(),
                             meta.value(QStringLiteral("edge_id_limit")).toUInt());

    if (!q.exec(QStringLiteral("SELECT node, x, y, pinned, hidden FROM view")))
        return failed(sqlError(q));
    while (q.next()) {
        const NodeId id(q.value(0).toUInt());
        if (!content.graph.contains(id))
            continue;
        if (!q.value(1).isNull() && !q.value(2).isNull())
            content.positions.insert(id, QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
        if (q.value(3).toInt())
            content.pinned.insert(id);
        if (q.value(4).toInt())
            content.hidden.insert(id);
    }
    return true;
}

} // namespace

ReadResult read(const QString &path, ProjectContent &out)
{
    ReadResult result;
    result.error.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = file.errorString();
        return result;
    }
    if (!looksLikeProject(file.read(16))) {
        result.error.message = QStringLiteral("not a Threadline project (not an SQLite database)");
        return result;
    }
    file.close();

    const QString connection = uniqueConnectionName();
    ProjectContent content;
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Not read-only: a save cut short leaves a journal that SQLite rolls
        // back on the first read, which a read-only connection cannot do.
        // (A file the user may not write is opened read-only all the same.)
        ok = db.open();
        if (!ok)
            error = db.lastError().text();
        ok = ok && readTables(db, content, &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        result.error.message = error;
        return result;
    }
    // Spans that no longer match their text (a file edited by hand or
    // damaged) are said; the graph opens all the same.
    const auto check = [&](const QString &owner, const QList<EvidenceSpan> &spans) {
        for (const EvidenceSpan &span : spans) {
            const QString problem = checkSpan(content.graph, span);
            if (!problem.isEmpty())
                result.warnings.append(QStringLiteral("%1: %2: %3").arg(path, owner, problem));
        }
    };
    for (NodeId id : content.graph.nodes())
        check(QStringLiteral("node ") + content.graph.node(id).key, content.graph.node(id).evidence);
    for (EdgeId id : content.graph.edges())
        check(QStringLiteral("edge ") + content.graph.edge(id).key, content.graph.edge(id).evidence);
    out = std::move(content);
    result.ok = true;
    result.error = {};
    return result;
}

} // namespace threadline::project
