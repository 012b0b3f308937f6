// Speed and memory of the model, the JSON format and the layout at 1k, 10k
// and 100k nodes. One JSON object per line on stdout:
//   {"bench": "...", "nodes": N, "edges": M, "ms": T, "max_rss_kib": R}
// Usage: bench_graph [--sizes 1000,10000,100000] [--layout-max N]
//        bench_graph --file PATH [--runs N]
// --file reads one graph file the way the window opens it (readGraphFile:
// parse, build, check) N times (default 3) and prints one line per run:
//   {"bench": "file_read", "file": NAME, "nodes", "edges", "ms", "max_rss_kib"}
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>


#include "analysis.h"
#include "csvformat.h"
#include "dotformat.h"
#include "gexf.h"
#include "graphfiles.h"
#include "graphml.h"
#include "jsonformat.h"
#include "knowledgegraph.h"
#include "layout.h"
#include "benchreport.h"
#include "synthetic.h"

using namespace threadline;

namespace {

void report(const char *bench, const KnowledgeGraph &g, qint64 nanoseconds, QJsonObject extra = {})
{
    bench::report(bench, g, double(nanoseconds) / 1e6, std::move(extra));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    int layoutMax = 100000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--layout-max")) {
            layoutMax = args[i + 1].toInt();
        }
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--file")); at >= 0 && at + 1 < args.size()) {
        int runs = 3;
        if (const qsizetype r = args.indexOf(QStringLiteral("--runs")); r >= 0 && r + 1 < args.size())
            runs = std::max(1, args[r + 1].toInt());
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            KnowledgeGraph read;
            QHash<NodeId, QPointF> positions;
            const ReadResult result = readGraphFile(args[at + 1], read, &positions);
            const qint64 ns = timer.nsecsElapsed();
            if (!result.ok) {
                QTextStream(stderr) << result.error.toString() << Qt::endl;
                return 1;
            }
            report("file_read", read, ns, {{QStringLiteral("file"), QFileInfo(args[at + 1]).fileName()}});
        }
        return 0;
    }
    for (int size : sizes) {
        QElapsedTimer timer;
        timer.start();
        KnowledgeGraph g = bench::syntheticNewsGraph(size, 42);
        report("build", g, timer.nsecsElapsed());

        timer.restart();
        const QByteArray bytes = json::write(g, {true, false});
        report("json_write", g, timer.nsecsElapsed(), {{QStringLiteral("bytes"), qint64(bytes.size())}});

        timer.restart();
        KnowledgeGraph read;
        const ReadResult result = json::read(bytes, QStringLiteral("bench.json"), QString(), read);
        report("json_read", read, timer.nsecsElapsed(), {{QStringLiteral("ok"), result.ok}});

        // The other graph file formats: write, and read back where Threadline reads them.
        for (const char *format : {"graphml", "gexf", "dot", "csv"}) {
            timer.restart();
            QByteArray written;
            if (qstrcmp(format, "graphml") == 0) {
                written = graphml::write(g);
            } else if (qstrcmp(format, "gexf") == 0) {
                written = gexf::write(g);
            } else if (qstrcmp(format, "dot") == 0) {
                written = dot::write(g);
            } else {
                const csv::Tables tables = csv::write(g);
                written = tables.nodes + tables.edges;
            }
            report((QByteArray(format) + "_write").constData(), g, timer.nsecsElapsed(), {{QStringLiteral("bytes"), qint64(written.size())}});
            if (qstrcmp(format, "csv") == 0)
                continue;
            timer.restart();
            KnowledgeGraph back;
            const QString name = QStringLiteral("bench.") + QLatin1String(format);
            const ReadResult r = qstrcmp(format, "graphml") == 0 ? graphml::read(written, name, back)
                : qstrcmp(format, "gexf") == 0                   ? gexf::read(written, name, back)
                                                                 : dot::read(written, name, back);
            report((QByteArray(format) + "_read").constData(), back, timer.nsecsElapsed(), {{QStringLiteral("ok"), r.ok}});
        }

        timer.restart();
        qsizetype reached = 0;
        for (NodeId id : g.nodes().mid(0, 1000))
            reached += g.neighbourhood(id, 2).size();
        report("neighbourhood_depth2_x1000", g, timer.nsecsElapsed(), {{QStringLiteral("reached"), qint64(reached)}});

        // What the Analytics panel computes: exact up to 5,000 shown nodes,
        // estimated from 256 sampled sources above.
        timer.restart();
        const QList<NodeMetrics> measured = centrality(g, ViewFilter::standard());
        report("centrality", g, timer.nsecsElapsed(),
               {{QStringLiteral("estimated"), centralityIsEstimated(measured.size())},
                {QStringLiteral("shown"), qint64(measured.size())}});

        if (size <= layoutMax) {
            LayoutOptions options = LayoutOptions::forNodeCount(g.nodeCount());
            options.iterations = 100;
            timer.restart();
            const auto positions = forceDirectedLayout(g, options);
            report("layout_fr_100it", g, timer.nsecsElapsed(), {{QStringLiteral("placed"), qint64(positions.size())}});
        }
    }
    return 0;
}
