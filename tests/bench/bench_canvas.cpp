// Canvas cost at 1k, 10k and 100k nodes: building the scene, decluttering
// labels at the zoomed-out scale, and drawing everything into a 1600×1000
// picture. One JSON object per line, as bench_graph prints.
// Usage: bench_canvas [--sizes 1000,10000,100000]
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <sys/resource.h>

#include "graphscene.h"
#include "synthetic.h"

using namespace threadline;

namespace {

void report(const char *bench, int nodes, qint64 nanoseconds)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject line{{QStringLiteral("bench"), QString::fromLatin1(bench)},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("ms"), double(nanoseconds) / 1e6},
                           {QStringLiteral("max_rss_kib"), qint64(usage.ru_maxrss)}};
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--sizes"));
    if (at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[at + 1].split(QLatin1Char(',')))
            sizes.append(s.toInt());
    }
    for (int size : sizes) {
        const KnowledgeGraph g = bench::syntheticNewsGraph(size, 42);
        // Uniform positions: this measures the canvas, not the layout.
        QRandomGenerator rng(7);
        const double side = std::sqrt(double(size)) * 190;
        QHash<NodeId, QPointF> positions;
        for (NodeId id : g.nodes())
            positions.insert(id, QPointF(rng.bounded(side), rng.bounded(side * 0.62)));

        GraphScene scene;
        QElapsedTimer timer;
        timer.start();
        scene.setGraph(&g, positions, ViewFilter());
        report("scene_build", size, timer.nsecsElapsed());

        timer.restart();
        scene.setLabelScale(2.5);
        report("declutter_labels_zoomed_out", size, timer.nsecsElapsed());

        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        timer.restart();
        {
            QPainter painter(&image);
            scene.render(&painter, image.rect(), scene.itemsBoundingRect(), Qt::KeepAspectRatio);
        }
        report("render_whole_graph_1600x1000", size, timer.nsecsElapsed());
    }
    return 0;
}
