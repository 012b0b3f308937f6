#include "jsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "evidence.h"
#include "formatsupport.h"
#include "knowledgegraph.h"

namespace threadline::json {

namespace {

constexpr int formatVersion = 1;

// Thrown inside the reader only; turned into a ReadResult at the boundary.
struct Failure
{
    QString field;
    QString message;
    QString elementKey; // used to find a line number
};

[[noreturn]] void fail(const QString &field, const QString &message, const QString &key = {})
{
    throw Failure{field, message, key};
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

QString requireString(const QJsonObject &o, const QString &name, const QString &path,
                      const QString &key = {})
{
    const QJsonValue v = o.value(name);
    if (!v.isString())
        fail(path + QLatin1Char('.') + name,
             QStringLiteral("expected a string, found %1").arg(typeName(v)), key);
    return v.toString();
}

QString optionalString(const QJsonObject &o, const QString &name, const QString &path)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(path + QLatin1Char('.') + name,
             QStringLiteral("expected a string, found %1").arg(typeName(v)));
    return v.toString();
}

QJsonArray optionalArray(const QJsonObject &o, const QString &name, const QString &path)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(path + QLatin1Char('.') + name,
             QStringLiteral("expected an array, found %1").arg(typeName(v)));
    return v.toArray();
}

QJsonObject requireObject(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        fail(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
    return v.toObject();
}

qsizetype requireOffset(const QJsonObject &o, const QString &name, const QString &path,
                        const QString &key)
{
    const QJsonValue v = o.value(name);
    const double value = v.toDouble(-1);
    if (!v.isDouble() || value < 0 || value != double(qint64(value)) || value > 1e15)
        fail(path + QLatin1Char('.') + name,
             QStringLiteral("expected a non-negative whole number, found %1").arg(typeName(v)),
             key);
    return qsizetype(value);
}

QList<EvidenceSpan> readEvidence(const QJsonObject &data, const QString &path, const QString &key)
{
    QList<EvidenceSpan> spans;
    const QJsonArray array = optionalArray(data, QStringLiteral("evidence"), path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString spanPath = QStringLiteral("%1.evidence[%2]").arg(path).arg(i);
        const QJsonObject o = requireObject(array.at(i), spanPath);
        EvidenceSpan span;
        span.document = requireString(o, QStringLiteral("document"), spanPath, key);
        span.start = requireOffset(o, QStringLiteral("start"), spanPath, key);
        span.end = requireOffset(o, QStringLiteral("end"), spanPath, key);
        span.text = optionalString(o, QStringLiteral("text"), spanPath);
        if (span.end < span.start)
            fail(spanPath, QStringLiteral("end (%1) is before start (%2)").arg(span.end).arg(span.start),
                 key);
        spans.append(span);
    }
    return spans;
}

// Every member of data not named in `reserved` is a property.
QVariantMap readProperties(const QJsonObject &data, std::initializer_list<const char *> reserved)
{
    QVariantMap properties;
    for (auto it = data.begin(); it != data.end(); ++it) {
        bool isReserved = false;
        for (const char *name : reserved)
            isReserved = isReserved || it.key() == QLatin1String(name);
        if (!isReserved)
            properties.insert(it.key(), it.value().toVariant());
    }
    return properties;
}

// Splits Cytoscape.js elements into nodes and edges, whichever layout they use.
std::pair<QJsonArray, QJsonArray> elementLists(const QJsonObject &root)
{
    const QJsonValue elements = root.value(QStringLiteral("elements"));
    if (elements.isObject()) {
        const QJsonObject o = elements.toObject();
        return {optionalArray(o, QStringLiteral("nodes"), QStringLiteral("elements")),
                optionalArray(o, QStringLiteral("edges"), QStringLiteral("elements"))};
    }
    if (elements.isArray()) { // [{"group": "nodes", "data": …}, …]
        QJsonArray nodes, edges;
        const QJsonArray all = elements.toArray();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject e = requireObject(all.at(i), QStringLiteral("elements[%1]").arg(i));
            const QJsonObject data = e.value(QStringLiteral("data")).toObject();
            const bool isEdge = e.value(QStringLiteral("group")).toString() == QLatin1String("edges")
                || data.contains(QStringLiteral("source"));
            (isEdge ? edges : nodes).append(e);
        }
        return {nodes, edges};
    }
    fail(QStringLiteral("elements"),
         QStringLiteral("expected an object with \"nodes\" and \"edges\", found %1")
             .arg(typeName(elements)));
}

QString readDocumentText(const QString &baseDir, const QString &file, QStringList &warnings,
                         const QString &docId)
{
    if (file.isEmpty())
        return {};
    const QString path = QDir(baseDir).filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        warnings.append(QStringLiteral("document %1: its text %2 could not be read (%3)")
                            .arg(docId, path, f.errorString()));
        return {};
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        warnings.append(QStringLiteral("document %1: %2 is not valid UTF-8").arg(docId, path));
    return text;
}

void readDocuments(const QJsonObject &root, const QString &baseDir, KnowledgeGraph &graph,
                   QStringList &warnings)
{
    const QJsonArray docs = optionalArray(root, QStringLiteral("documents"), QString());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QString path = QStringLiteral("documents[%1]").arg(i);
        const QJsonObject o = requireObject(docs.at(i), path);
        Document doc;
        doc.id = requireString(o, QStringLiteral("id"), path);
        doc.title = optionalString(o, QStringLiteral("title"), path);
        doc.outlet = optionalString(o, QStringLiteral("outlet"), path);
        doc.date = optionalString(o, QStringLiteral("date"), path);
        doc.url = optionalString(o, QStringLiteral("url"), path);
        doc.file = optionalString(o, QStringLiteral("file"), path);
        doc.note = optionalString(o, QStringLiteral("note"), path);
        if (o.contains(QStringLiteral("text")))
            doc.text = optionalString(o, QStringLiteral("text"), path);
        else
            doc.text = readDocumentText(baseDir, doc.file, warnings, doc.id);
        if (!graph.addDocument(doc))
            fail(path + QStringLiteral(".id"), QStringLiteral("duplicate document id \"%1\"").arg(doc.id));
    }
}

void readNodes(const QJsonArray &nodes, KnowledgeGraph &graph)
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString path = QStringLiteral("elements.nodes[%1]").arg(i);
        if ((i & 1023) == 0 && formats::readingIsCancelled())
            fail(path, QStringLiteral("reading was cancelled"));
        const QJsonObject element = requireObject(nodes.at(i), path);
        const QString dataPath = path + QStringLiteral(".data");
        const QJsonObject data = requireObject(element.value(QStringLiteral("data")), dataPath);
        NodeData node;
        node.key = requireString(data, QStringLiteral("id"), dataPath);
        if (node.key.isEmpty())
            fail(dataPath + QStringLiteral(".id"), QStringLiteral("the id is empty"));
        const QString kind = optionalString(data, QStringLiteral("kind"), dataPath);
        node.kind = kindFromName(kind).value_or(NodeKind::Other);
        node.label = optionalString(data, QStringLiteral("label"), dataPath);
        if (node.label.isEmpty())
            node.label = optionalString(data, QStringLiteral("name"), dataPath);
        if (node.label.isEmpty())
            node.label = node.key;
        const QJsonArray aliases = optionalArray(data, QStringLiteral("aliases"), dataPath);
        for (qsizetype a = 0; a < aliases.size(); ++a) {
            if (!aliases.at(a).isString())
                fail(QStringLiteral("%1.aliases[%2]").arg(dataPath).arg(a),
                     QStringLiteral("expected a string, found %1").arg(typeName(aliases.at(a))),
                     node.key);
            node.aliases.append(aliases.at(a).toString());
        }
        node.properties = readProperties(data, {"id", "kind", "label", "aliases", "evidence"});
        if (!kind.isEmpty() && node.kind == NodeKind::Other && kind != kindName(NodeKind::Other))
            node.properties.insert(QStringLiteral("kind"), kind); // keep what we do not know
        node.evidence = readEvidence(data, dataPath, node.key);
        if (!graph.addNode(node).isValid())
            fail(dataPath + QStringLiteral(".id"),
                 QStringLiteral("duplicate node id \"%1\"").arg(node.key), node.key);
    }
}

// Every edge is made (and its ends found) before any is added, so that
// `onShape` can be told the graph's shape first.
void readEdges(const QJsonArray &edges, KnowledgeGraph &graph, const ShapeObserver &onShape)
{
    std::vector<EdgeData> made;
    made.reserve(size_t(edges.size()));
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QString path = QStringLiteral("elements.edges[%1]").arg(i);
        if ((i & 1023) == 0 && formats::readingIsCancelled())
            fail(path, QStringLiteral("reading was cancelled"));
        const QJsonObject element = requireObject(edges.at(i), path);
        const QString dataPath = path + QStringLiteral(".data");
        const QJsonObject data = requireObject(element.value(QStringLiteral("data")), dataPath);
        EdgeData edge;
        edge.key = optionalString(data, QStringLiteral("id"), dataPath);
        const QString source = requireString(data, QStringLiteral("source"), dataPath, edge.key);
        const QString target = requireString(data, QStringLiteral("target"), dataPath, edge.key);
        edge.source = graph.findNode(source);
        edge.target = graph.findNode(target);
        if (!edge.source.isValid())
            fail(dataPath + QStringLiteral(".source"),
                 QStringLiteral("no node has the id \"%1\"").arg(source), edge.key);
        if (!edge.target.isValid())
            fail(dataPath + QStringLiteral(".target"),
                 QStringLiteral("no node has the id \"%1\"").arg(target), edge.key);
        edge.relation = optionalString(data, QStringLiteral("relation"), dataPath);
        if (edge.relation.isEmpty())
            edge.relation = optionalString(data, QStringLiteral("label"), dataPath);
        if (edge.relation.isEmpty())
            edge.relation = QStringLiteral("related_to");
        edge.properties = readProperties(data, {"id", "source", "target", "relation", "evidence"});
        edge.evidence = readEvidence(data, dataPath, edge.key);
        made.push_back(std::move(edge));
    }
    if (onShape) {
        std::vector<EdgeEnds> ends;
        ends.reserve(made.size());
        for (const EdgeData &edge : made)
            ends.push_back({edge.source, edge.target, edge.relation});
        onShape(graph, ends);
    }
    graph.reserve(0, qsizetype(made.size()));
    for (size_t i = 0; i < made.size(); ++i) {
        if ((i & 1023) == 0 && formats::readingIsCancelled())
            fail(QStringLiteral("elements.edges[%1]").arg(i), QStringLiteral("reading was cancelled"));
        const QString key = made[i].key;
        if (!graph.addEdge(std::move(made[i])).isValid())
            fail(QStringLiteral("elements.edges[%1].data.id").arg(i),
                 QStringLiteral("duplicate edge id \"%1\"").arg(key), key);
    }
}

void writeProperties(QJsonObject &data, const QVariantMap &properties)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!data.contains(it.key()))
            data.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
}

} // namespace

ReadResult read(const QByteArray &bytes, const QString &fileName, const QString &baseDir,
                KnowledgeGraph &out, const ShapeObserver &onShape)
{
    ReadResult result;
    result.error.file = fileName;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        std::tie(result.error.line, result.error.column) = lineAndColumn(bytes, parseError.offset);
        result.error.message = QStringLiteral("not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error.line = 1;
        result.error.message = QStringLiteral("expected a JSON object at the top level");
        return result;
    }
    const QJsonObject root = doc.object();
    KnowledgeGraph graph;
    try {
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (!format.isUndefined() && format.toString() != QLatin1String("threadline"))
            fail(QStringLiteral("format"), QStringLiteral("expected \"threadline\""));
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1))
            fail(QStringLiteral("version"), QStringLiteral("expected a positive whole number"));
        if (version.toInt() > formatVersion)
            fail(QStringLiteral("version"),
                 QStringLiteral("version %1 was written by a newer Threadline; this one reads up to %2")
                     .arg(version.toInt())
                     .arg(formatVersion));
        readDocuments(root, baseDir, graph, result.warnings);
        const auto [nodes, edges] = elementLists(root);
        readNodes(nodes, graph);
        readEdges(edges, graph, onShape);
    } catch (const Failure &failure) {
        result.error.field = failure.field;
        result.error.message = failure.message;
        if (!failure.elementKey.isEmpty()) {
            const QByteArray needle = QJsonDocument(QJsonArray{failure.elementKey})
                                          .toJson(QJsonDocument::Compact)
                                          .mid(1).chopped(1); // the quoted id as written
            const qsizetype at = bytes.indexOf(needle);
            if (at >= 0)
                std::tie(result.error.line, result.error.column) = lineAndColumn(bytes, at);
        }
        return result;
    }
    result.warnings += verifyEvidence(graph);
    out = std::move(graph);
    result.ok = true;
    return result;
}

ReadResult readFile(const QString &path, KnowledgeGraph &out)
{
    // Document files are found beside the JSON file.
    const QString baseDir = QFileInfo(path).absolutePath();
    return formats::readFileWith(path, out, [&baseDir](const QByteArray &data, const QString &fileName,
                                                       KnowledgeGraph &g) {
        return read(data, fileName, baseDir, g);
    });
}

QByteArray write(const KnowledgeGraph &graph, const WriteOptions &options)
{
    QJsonArray documents;
    for (const Document &doc : graph.documents()) {
        QJsonObject o{{QStringLiteral("id"), doc.id},       {QStringLiteral("title"), doc.title},
                      {QStringLiteral("outlet"), doc.outlet}, {QStringLiteral("date"), doc.date},
                      {QStringLiteral("url"), doc.url},     {QStringLiteral("file"), doc.file}};
        if (!doc.note.isEmpty())
            o.insert(QStringLiteral("note"), doc.note);
        if (options.embedTexts && !doc.text.isEmpty())
            o.insert(QStringLiteral("text"), doc.text);
        documents.append(o);
    }
    QJsonArray nodes;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        QJsonObject data{{QStringLiteral("id"), node.key},
                         {QStringLiteral("kind"), kindName(node.kind)},
                         {QStringLiteral("label"), node.label},
                         {QStringLiteral("aliases"), QJsonArray::fromStringList(node.aliases)},
                         {QStringLiteral("evidence"), formats::evidenceToJson(node.evidence)}};
        if (node.kind == NodeKind::Other && node.properties.contains(QStringLiteral("kind")))
            data.insert(QStringLiteral("kind"), node.properties.value(QStringLiteral("kind")).toString());
        writeProperties(data, node.properties);
        nodes.append(QJsonObject{{QStringLiteral("data"), data}});
    }
    QJsonArray edges;
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        QJsonObject data{{QStringLiteral("id"), edge.key},
                         {QStringLiteral("source"), graph.node(edge.source).key},
                         {QStringLiteral("target"), graph.node(edge.target).key},
                         {QStringLiteral("relation"), edge.relation},
                         {QStringLiteral("evidence"), formats::evidenceToJson(edge.evidence)}};
        writeProperties(data, edge.properties);
        edges.append(QJsonObject{{QStringLiteral("data"), data}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("threadline")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("elements"),
         QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}}}};
    return QJsonDocument(root).toJson(options.indented ? QJsonDocument::Indented
                                                       : QJsonDocument::Compact);
}

bool writeFile(const QString &path, const KnowledgeGraph &graph, QString *error,
               const WriteOptions &options)
{
    return formats::saveFile(path, write(graph, options), error);
}

} // namespace threadline::json
