// Project files at size: a project of D documents and N nodes written whole,
// opened, and saved after a one-node edit; the same graph as a JSON file for
// comparison. One JSON object per line on stdout:
//   {"bench": "...", "nodes": N, "edges": M, "documents": D, "ms": T, "max_rss_kib": R, ...}
// Usage: bench_project [--sizes 1000:100,10000:1000,100000:10000] [--dir DIR]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include "graphdocument.h"
#include "jsonformat.h"
#include "project.h"
#include "projectfile.h"
#include "benchreport.h"
#include "synthetic.h"

using namespace threadline;

namespace {

void report(const char *bench, const KnowledgeGraph &g, double ms, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("documents"), qint64(g.documents().size()));
    bench::report(bench, g, ms, std::move(extra));
}

// The synthetic news graph with `documents` articles of about 3,000
// characters each; every node's evidence is an exact span of one of them.
KnowledgeGraph withArticles(int nodes, int documents)
{
    KnowledgeGraph g = bench::syntheticNewsGraph(nodes, 42);
    KnowledgeGraph out;
    QString filler;
    for (int w = 0; w < 400; ++w)
        filler += QStringLiteral("word%1 ").arg(w % 97);
    for (int d = 0; d < documents; ++d) {
        Document doc;
        doc.id = QStringLiteral("doc:%1").arg(d);
        doc.title = QStringLiteral("Article %1").arg(d);
        doc.outlet = QStringLiteral("Outlet %1").arg(d % 40);
        doc.date = QStringLiteral("2025-%1-%2").arg(1 + d % 12, 2, 10, QLatin1Char('0')).arg(1 + d % 28, 2, 10, QLatin1Char('0'));
        doc.text = QStringLiteral("text %1 ").arg(d) + filler;
        out.addDocument(doc);
    }
    out.addDocument(*g.document(QStringLiteral("doc:synthetic")));
    out.setDocumentText(QStringLiteral("doc:synthetic"), QStringLiteral("text"));
    for (NodeId id : g.nodes()) {
        NodeData n = g.node(id);
        const QString doc = QStringLiteral("doc:%1").arg(id.value() % quint32(documents));
        n.evidence = {{doc, 0, 4, QStringLiteral("text")}};
        if (n.kind == NodeKind::Statement)
            n.properties.insert(QStringLiteral("text"), QStringLiteral("Statement number %1 on word%2").arg(id.value()).arg(id.value() % 97));
        out.addNode(n);
    }
    for (EdgeId id : g.edges())
        out.addEdge(g.edge(id));
    return out;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<std::pair<int, int>> sizes{{1000, 100}, {10000, 1000}, {100000, 10000}};
    QString where;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append({s.section(QLatin1Char(':'), 0, 0).toInt(), s.section(QLatin1Char(':'), 1, 1).toInt()});
        } else if (args[i] == QLatin1String("--dir")) {
            where = args[i + 1];
        }
    }
    QTemporaryDir temp(where.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_project-XXXXXX")
                                       : where + QStringLiteral("/bench_project-XXXXXX"));
    for (const auto &[nodes, documents] : sizes) {
        const KnowledgeGraph g = withArticles(nodes, documents);
        QHash<NodeId, QPointF> positions;
        for (NodeId id : g.nodes())
            positions.insert(id, QPointF(id.value() % 1000, id.value() / 1000.0));
        const QString path = temp.filePath(QStringLiteral("bench-%1.threadline").arg(nodes));

        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool written = project::writeAll(path, g, positions, {}, {}, 1, &error);
        report("project_write_all", g, timer.nsecsElapsed() / 1e6,
               {{QStringLiteral("ok"), written}, {QStringLiteral("bytes"), QFileInfo(path).size()}});

        timer.restart();
        ProjectContent content;
        const ReadResult read = project::read(path, content);
        report("project_read", content.graph, timer.nsecsElapsed() / 1e6,
               {{QStringLiteral("ok"), read.ok}, {QStringLiteral("warnings"), qint64(read.warnings.size())}});

        // Open as the window does: read, then into the document.
        GraphDocument document;
        Project project(&document);
        timer.restart();
        const ReadResult opened = project.open(path);
        report("project_open", document.graph(), timer.nsecsElapsed() / 1e6, {{QStringLiteral("ok"), opened.ok}});

        // One node renamed, saved: the changes only.
        QList<double> saves;
        const QList<NodeId> ids = document.graph().nodes();
        for (int round = 0; round < 21; ++round) {
            const NodeId id = ids.at((round * 7919) % ids.size());
            NodeData data = document.graph().node(id);
            data.label = QStringLiteral("Renamed %1").arg(round);
            document.setNode(id, data);
            timer.restart();
            const bool saved = project.save(&error);
            saves.append(timer.nsecsElapsed() / 1e6);
            if (!saved) {
                QTextStream(stderr) << error << Qt::endl;
                return 1;
            }
        }
        report("project_save_one_node", document.graph(), median(saves),
               {{QStringLiteral("of"), qint64(saves.size())}, {QStringLiteral("max_ms"), *std::max_element(saves.cbegin(), saves.cend())}});

        // The same graph as a Threadline JSON file, for comparison.
        timer.restart();
        const QByteArray json = json::write(g, {true, false});
        KnowledgeGraph fromJson;
        json::read(json, QStringLiteral("bench.json"), QString(), fromJson);
        report("json_write_and_read", fromJson, timer.nsecsElapsed() / 1e6, {{QStringLiteral("bytes"), qint64(json.size())}});
        QFile::remove(path);
    }
    return 0;
}
