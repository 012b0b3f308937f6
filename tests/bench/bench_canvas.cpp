// Canvas frames at 10k and 100k nodes, driven through the real view
// (GraphView on a GraphScene) at 1600×1000 on the offscreen platform.
// One JSON object per line:
//   {"bench": "frame", "gesture": "pan"|"zoom"|"drag"|"settle"|"pick",
//    "nodes": N, "edges": M, "p50_ms": …, "p95_ms": …, "max_ms": …}
// plus {"bench": "canvas_open", "nodes", "edges", "ms"} for building the
// scene and the first fitted frame.
//   pan     a scroll of 40 px, then the viewport repainted (what a frame of a
//           drag on the background costs)
//   zoom    one wheel step about the view's centre, repainted
//   drag    a node moved by 12 px as a mouse drag moves it, repainted
//   settle  the full-quality frame after a gesture: labels decluttered for
//           the new zoom, then repainted
//   pick    the item under a random point of the viewport (hover, click)
// Usage: bench_canvas [--quick] [--sizes 10000,100000] [--frames N]
// --quick runs 10k only.
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "layout.h"
#include "synthetic.h"

using namespace threadline;

namespace {

struct Samples
{
    QList<double> ms;
    void add(qint64 nanoseconds) { ms.append(double(nanoseconds) / 1e6); }
    double at(double q) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(sorted.size()))) - 1, 0,
                                                   sorted.size() - 1);
        return sorted.value(i);
    }
};

void report(const QString &gesture, qsizetype nodes, qsizetype edges, const Samples &samples)
{
    const QJsonObject line{{QStringLiteral("bench"), QStringLiteral("frame")},
                           {QStringLiteral("gesture"), gesture},
                           {QStringLiteral("nodes"), qint64(nodes)},
                           {QStringLiteral("edges"), qint64(edges)},
                           {QStringLiteral("p50_ms"), samples.at(0.5)},
                           {QStringLiteral("p95_ms"), samples.at(0.95)},
                           {QStringLiteral("max_ms"), samples.at(1.0)}};
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

// A repaint of the whole viewport, done now (what one frame costs).
qint64 frame(GraphView &view)
{
    QElapsedTimer timer;
    timer.start();
    view.viewport()->repaint();
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes{10000, 100000};
    int frames = 60;
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--quick")))
        sizes = {10000};
    if (const qsizetype at = args.indexOf(QStringLiteral("--sizes")); at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[at + 1].split(QLatin1Char(',')))
            sizes.append(s.toInt());
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--frames")); at >= 0 && at + 1 < args.size())
        frames = std::max(5, args[at + 1].toInt());

    for (int size : sizes) {
        const KnowledgeGraph g = bench::syntheticNewsGraph(size, 42);
        // Where the default layout puts the nodes (the multilevel engine at
        // these sizes), so edges are as long as the window shows them; the
        // layout's own time is not counted (bench_layout measures it).
        const QHash<NodeId, QPointF> positions = layoutForView(g, ViewFilter());

        QElapsedTimer open;
        open.start();
        GraphScene scene;
        GraphView view;
        view.resize(1600, 1000);
        view.setScene(&scene);
        scene.setGraph(&g, positions, ViewFilter());
        view.show();
        view.fitAll();
        view.viewport()->repaint();
        const qint64 openNs = open.nsecsElapsed();
        const qsizetype nodes = scene.visibleNodeCount();
        const qsizetype edges = scene.visibleEdgeCount();
        QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("canvas_open")},
                                                         {QStringLiteral("nodes"), qint64(nodes)},
                                                         {QStringLiteral("edges"), qint64(edges)},
                                                         {QStringLiteral("ms"), double(openNs) / 1e6}})
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;

        // Zoomed in to a readable scale, where panning and dragging happen.
        view.zoomBy(8);
        QCoreApplication::processEvents();

        Samples pan, zoom, drag, settle, pick;
        QScrollBar *horizontal = view.horizontalScrollBar();
        for (int i = 0; i < frames; ++i) {
            horizontal->setValue(horizontal->value() + (i % 20 < 10 ? 40 : -40));
            pan.add(frame(view));
        }
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer timer;
            timer.start();
            view.zoomBy(i % 10 < 5 ? 1.15 : 1 / 1.15);
            view.viewport()->repaint();
            zoom.add(timer.nsecsElapsed());
        }
        // Drag: the node nearest the centre, moved as a mouse drag moves it.
        QGraphicsItem *grabbed = nullptr;
        for (QGraphicsItem *item : view.items(view.viewport()->rect().center()))
            if (item->type() == NodeItem::Type) {
                grabbed = item;
                break;
            }
        if (!grabbed) {
            const QList<QGraphicsItem *> shown = view.items(view.viewport()->rect());
            for (QGraphicsItem *item : shown)
                if (item->type() == NodeItem::Type) {
                    grabbed = item;
                    break;
                }
        }
        for (int i = 0; grabbed && i < frames; ++i) {
            QElapsedTimer timer;
            timer.start();
            grabbed->setPos(grabbed->pos() + QPointF(i % 10 < 5 ? 12 : -12, 0));
            view.viewport()->repaint();
            drag.add(timer.nsecsElapsed());
        }
        for (int i = 0; i < std::max(5, frames / 4); ++i) {
            view.zoomBy(i % 2 ? 1.3 : 1 / 1.3);
            QElapsedTimer timer;
            timer.start();
            view.updateLabelScale();
            view.viewport()->repaint();
            settle.add(timer.nsecsElapsed());
        }
        QRandomGenerator where(3);
        for (int i = 0; i < frames * 10; ++i) {
            const QPoint at(int(where.bounded(1600)), int(where.bounded(1000)));
            QElapsedTimer timer;
            timer.start();
            volatile QGraphicsItem *hit = view.itemAt(at);
            (void)hit;
            pick.add(timer.nsecsElapsed());
        }
        report(QStringLiteral("pan"), nodes, edges, pan);
        report(QStringLiteral("zoom"), nodes, edges, zoom);
        if (grabbed)
            report(QStringLiteral("drag"), nodes, edges, drag);
        report(QStringLiteral("settle"), nodes, edges, settle);
        report(QStringLiteral("pick"), nodes, edges, pick);
    }
    return 0;
}
