#include "graphfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <thread>

#include "csvformat.h"
#include "dotformat.h"
#include "formatsupport.h"
#include "gexf.h"
#include "graphml.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "projectfile.h"
#include "readerrors.h"
#include "shapeskim.h"

namespace threadline {

namespace {

struct FormatInfo
{
    GraphFormat format;
    const char *name;
    const char *title;
    QStringList suffixes; // the first is the one written
    bool readable;
};

const QList<FormatInfo> &formatTable()
{
    static const QList<FormatInfo> table = {
        {GraphFormat::Json, "json", "Threadline JSON", {QStringLiteral("json"), QStringLiteral("cyjs")}, true},
        {GraphFormat::GraphML, "graphml", "GraphML", {QStringLiteral("graphml"), QStringLiteral("xml")}, true},
        {GraphFormat::Gexf, "gexf", "GEXF", {QStringLiteral("gexf")}, true},
        {GraphFormat::Dot, "dot", "Graphviz DOT", {QStringLiteral("dot"), QStringLiteral("gv")}, true},
        {GraphFormat::Csv, "csv", "CSV node and edge tables", {QStringLiteral("csv")}, false},
    };
    return table;
}

const FormatInfo &info(GraphFormat format)
{
    for (const FormatInfo &entry : formatTable()) {
        if (entry.format == format)
            return entry;
    }
    Q_UNREACHABLE();
}

// The local name of the first element of an XML text, past the declaration,
// comments, processing instructions and a doctype.
QString xmlRootName(const QByteArray &head)
{
    qsizetype i = 0;
    while (i < head.size()) {
        i = head.indexOf('<', i);
        if (i < 0 || i + 1 >= head.size())
            return {};
        const char next = head.at(i + 1);
        if (next == '?') {
            i = head.indexOf("?>", i);
        } else if (head.mid(i, 4) == "<!--") {
            i = head.indexOf("-->", i);
        } else if (next == '!') {
            i = head.indexOf('>', i);
        } else {
            qsizetype end = i + 1;
            while (end < head.size() && !QChar::isSpace(uchar(head.at(end))) && head.at(end) != '>'
                   && head.at(end) != '/')
                ++end;
            QString name = QString::fromUtf8(head.mid(i + 1, end - i - 1));
            const qsizetype colon = name.indexOf(QLatin1Char(':'));
            return colon >= 0 ? name.mid(colon + 1) : name;
        }
        if (i < 0)
            return {};
        ++i;
    }
    return {};
}

// The first word of a DOT text, past comments.
QByteArray firstDotWord(const QByteArray &head)
{
    qsizetype i = 0;
    while (i < head.size()) {
        const char c = head.at(i);
        if (QChar::isSpace(uchar(c))) {
            ++i;
        } else if (head.mid(i, 2) == "//" || c == '#') {
            i = head.indexOf('\n', i);
            if (i < 0)
                return {};
        } else if (head.mid(i, 2) == "/*") {
            i = head.indexOf("*/", i);
            if (i < 0)
                return {};
            i += 2;
        } else {
            qsizetype end = i;
            while (end < head.size() && (QChar::isLetter(uchar(head.at(end)))))
                ++end;
            return head.mid(i, end - i).toLower();
        }
    }
    return {};
}

} // namespace

QString graphFormatName(GraphFormat format)
{
    return QString::fromLatin1(info(format).name);
}

std::optional<GraphFormat> graphFormatFromName(const QString &name)
{
    for (const FormatInfo &entry : formatTable()) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QString graphFormatSuffix(GraphFormat format)
{
    return info(format).suffixes.constFirst();
}

QString graphFormatFilter(GraphFormat format)
{
    const FormatInfo &entry = info(format);
    QStringList patterns;
    for (const QString &suffix : entry.suffixes)
        patterns.append(QStringLiteral("*.") + suffix);
    return QStringLiteral("%1 (%2)").arg(QLatin1String(entry.title), patterns.join(QLatin1Char(' ')));
}

bool canRead(GraphFormat format)
{
    return info(format).readable;
}

QStringList readableFilters()
{
    QStringList all;
    QStringList each;
    for (const FormatInfo &entry : formatTable()) {
        if (!entry.readable)
            continue;
        for (const QString &suffix : entry.suffixes)
            all.append(QStringLiteral("*.") + suffix);
        each.append(graphFormatFilter(entry.format));
    }
    all.prepend(QStringLiteral("*.") + project::suffix);
    return QStringList{QStringLiteral("Threadline projects and graph files (%1)").arg(all.join(QLatin1Char(' '))),
                       QStringLiteral("Threadline projects (*.%1)").arg(project::suffix)}
        + each + QStringList{QStringLiteral("All files (*)")};
}

std::optional<GraphFormat> detectGraphFormat(const QString &path, const QByteArray &head)
{
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('<')) {
        const QString root = xmlRootName(trimmed);
        if (root == QLatin1String("graphml"))
            return GraphFormat::GraphML;
        if (root == QLatin1String("gexf"))
            return GraphFormat::Gexf;
    } else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return GraphFormat::Json;
    } else {
        const QByteArray word = firstDotWord(trimmed);
        if (word == "graph" || word == "digraph" || word == "strict")
            return GraphFormat::Dot;
    }
    // The content did not say (an empty or broken file): the name may.
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &entry : formatTable()) {
        if (entry.readable && entry.suffixes.contains(suffix))
            return entry.format;
    }
    return std::nullopt;
}

ReadResult readGraphFile(const QString &path, KnowledgeGraph &out, QHash<NodeId, QPointF> *positions,
                         const ShapeObserver &onShape, const ShapeObserver &onSkimmedShape)
{
    // A project is a database, read by SQLite rather than from bytes.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && project::looksLikeProject(file.read(16))) {
        file.close();
        ProjectContent content;
        const ReadResult result = project::read(path, content);
        if (result.ok) {
            out = std::move(content.graph);
            if (positions)
                *positions = std::move(content.positions);
        }
        return result;
    }
    file.close();
    // Read once; the bytes say which reader they are for.
    return formats::readFileWith(path, out, [&](const QByteArray &data, const QString &fileName,
                                                KnowledgeGraph &graph) {
        const std::optional<GraphFormat> format = detectGraphFormat(path, data.left(64 * 1024));
        // The skim runs on the other core while the reader reads, and is
        // done before the reader tells its own shape.
        std::thread skim;
        const auto joinSkim = qScopeGuard([&] {
            if (skim.joinable())
                skim.join();
        });
        if (onSkimmedShape && (format == GraphFormat::GraphML || format == GraphFormat::Json)) {
            skim = std::thread([data, json = format == GraphFormat::Json, flag = formats::readingCancelledFlag(),
                                &onSkimmedShape] {
                const ReadCancellation cancellation(flag);
                try {
                    if (const std::optional<SkimmedShape> shape = json ? skimJsonShape(data) : skimGraphmlShape(data))
                        onSkimmedShape(shape->nodes, shape->edges);
                } catch (...) {
                    // Early work only: the reader's own shape still comes.
                }
            });
        }
        const ShapeObserver told = !onShape || !skim.joinable()
            ? onShape
            : ShapeObserver([&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
                  skim.join();
                  onShape(nodes, edges);
              });
        switch (format.value_or(GraphFormat::Csv)) {
        case GraphFormat::Json: return json::read(data, fileName, QFileInfo(path).absolutePath(), graph, told);
        case GraphFormat::GraphML: return graphml::read(data, fileName, graph, positions, told);
        case GraphFormat::Gexf: return gexf::read(data, fileName, graph, positions, onShape);
        case GraphFormat::Dot: return dot::read(data, fileName, graph, onShape);
        case GraphFormat::Csv: break; // not read, or not a graph file at all
        }
        ReadResult result;
        result.error.file = fileName;
        result.error.line = 1;
        result.error.message = QStringLiteral(
            "not a graph file Threadline reads: expected Threadline or Cytoscape JSON, GraphML, GEXF or DOT");
        return result;
    });
}

QList<SerializedFile> serializeGraph(const QString &path, GraphFormat format, const KnowledgeGraph &graph,
                                    QStringList *warnings, const QHash<NodeId, QPointF> *positions,
                                    gexf::Version gexfVersion)
{
    switch (format) {
    case GraphFormat::Json: return {{path, json::write(graph)}}; // holds everything: no warnings
    case GraphFormat::GraphML: return {{path, graphml::write(graph, warnings)}};
    case GraphFormat::Gexf: return {{path, gexf::write(graph, warnings, positions, gexfVersion)}};
    case GraphFormat::Dot: return {{path, dot::write(graph, warnings)}};
    case GraphFormat::Csv: {
        const csv::Tables tables = csv::write(graph, warnings);
        return {{csv::nodesPath(path), tables.nodes}, {csv::edgesPath(path), tables.edges}};
    }
    }
    return {};
}

QStringList saveSerialized(const QList<SerializedFile> &files, QString *error)
{
    QStringList written;
    for (const SerializedFile &file : files) {
        if (!formats::saveFile(file.path, file.bytes, error))
            return {};
        written.append(file.path);
    }
    return written;
}

QStringList writeGraphFile(const QString &path, GraphFormat format, const KnowledgeGraph &graph, QString *error,
                           QStringList *warnings, const QHash<NodeId, QPointF> *positions,
                           gexf::Version gexfVersion)
{
    return saveSerialized(serializeGraph(path, format, graph, warnings, positions, gexfVersion), error);
}

} // namespace threadline
