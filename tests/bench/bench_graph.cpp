// Speed and memory of the model, the JSON format and the layout at 1k, 10k
// and 100k nodes. One JSON object per line on stdout:
//   {"bench": "...", "nodes": N, "edges": M, "ms": T, "max_rss_kib": R}
// Usage: bench_graph [--sizes 1000,10000,100000] [--layout-max N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <sys/resource.h>

#include "jsonformat.h"
#include "knowledgegraph.h"
#include "layout.h"

using namespace threadline;

namespace {

long maxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void report(const char *bench, const KnowledgeGraph &g, qint64 nanoseconds, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("bench"), QString::fromLatin1(bench));
    extra.insert(QStringLiteral("nodes"), qint64(g.nodeCount()));
    extra.insert(QStringLiteral("edges"), qint64(g.edgeCount()));
    extra.insert(QStringLiteral("ms"), double(nanoseconds) / 1e6);
    extra.insert(QStringLiteral("max_rss_kib"), qint64(maxRssKib()));
    QTextStream(stdout) << QJsonDocument(extra).toJson(QJsonDocument::Compact) << Qt::endl;
}

// A news-like graph: actors, events with 2–4 participants, statements said
// by actors at events, each element with one evidence span.
KnowledgeGraph synthetic(int nodes, quint32 seed)
{
    QRandomGenerator rng(seed);
    KnowledgeGraph g;
    Document doc;
    doc.id = QStringLiteral("doc:synthetic");
    doc.title = QStringLiteral("Synthetic");
    g.addDocument(doc);
    const EvidenceSpan span{doc.id, 0, 4, QStringLiteral("text")};
    const int actors = std::max(2, nodes / 4), events = std::max(1, nodes / 4);
    QList<NodeId> actorIds, eventIds;
    for (int i = 0; i < nodes; ++i) {
        NodeData n;
        n.key = QStringLiteral("n%1").arg(i);
        n.kind = i < actors ? NodeKind::Person : i < actors + events ? NodeKind::Event : NodeKind::Statement;
        n.label = QStringLiteral("Node %1").arg(i);
        n.evidence = {span};
        const NodeId id = g.addNode(n);
        if (n.kind == NodeKind::Person)
            actorIds.append(id);
        else if (n.kind == NodeKind::Event)
            eventIds.append(id);
        EdgeData e;
        e.evidence = {span};
        if (n.kind == NodeKind::Event) {
            for (int k = 0, count = 2 + int(rng.bounded(3)); k < count; ++k) {
                e.source = actorIds.at(int(rng.bounded(quint32(actorIds.size()))));
                e.target = id;
                e.relation = relation::participatedIn;
                g.addEdge(e);
            }
        } else if (n.kind == NodeKind::Statement) {
            e.source = actorIds.at(int(rng.bounded(quint32(actorIds.size()))));
            e.target = id;
            e.relation = relation::said;
            g.addEdge(e);
            e.source = id;
            e.target = eventIds.at(int(rng.bounded(quint32(eventIds.size()))));
            e.relation = relation::madeAt;
            g.addEdge(e);
        }
    }
    return g;
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
    for (int size : sizes) {
        QElapsedTimer timer;
        timer.start();
        KnowledgeGraph g = synthetic(size, 42);
        report("build", g, timer.nsecsElapsed());

        timer.restart();
        const QByteArray bytes = json::write(g, {true, false});
        report("json_write", g, timer.nsecsElapsed(), {{QStringLiteral("bytes"), qint64(bytes.size())}});

        timer.restart();
        KnowledgeGraph read;
        const ReadResult result = json::read(bytes, QStringLiteral("bench.json"), QString(), read);
        report("json_read", read, timer.nsecsElapsed(), {{QStringLiteral("ok"), result.ok}});

        timer.restart();
        qsizetype reached = 0;
        for (NodeId id : g.nodes().mid(0, 1000))
            reached += g.neighbourhood(id, 2).size();
        report("neighbourhood_depth2_x1000", g, timer.nsecsElapsed(), {{QStringLiteral("reached"), qint64(reached)}});

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
