// Canvas frames at 10k and 100k nodes, driven through the real view
// (GraphView on a GraphScene) at 1600×1000 on the offscreen platform.
// One JSON object per line:
//   {"bench": "frame", "gesture": "pan"|"zoom"|"drag"|"settle"|"pick"|"fit"|"hover"|"press",
//    "nodes": N, "edges": M, "p50_ms": …, "p95_ms": …, "max_ms": …}
// plus {"bench": "canvas_open", "nodes", "edges", "ms"} for building the
// scene and the first fitted frame.
//   pan     one mouse move of 40 px while dragging the background (with the
//           middle button when nodes cover the view), and the repaint it
//           asks for
//   zoom    one wheel step about the view's centre, and its repaint
//   hover   the pointer coming onto a node (its neighbourhood lit, the rest
//           dimmed) or leaving it for the background, and the repaint
//   press   the press on the hovered node (it is selected), and the repaint
//   drag    one mouse move of 12 px while dragging that node, and its
//           repaint
//   settle  the full-quality frame after a gesture ends (GraphView::settle:
//           labels decluttered for the new zoom), then repainted
//   pick    what is under a random point of the viewport (hover, click): an
//           item, or else a batched edge
//   fit     the whole graph fitted in the view, repainted in full (the first
//           picture of an opened graph, a streamed layout frame)
// Input goes through the viewport as real mouse and wheel events; a frame
// is counted only when it was painted.
// Usage: bench_canvas [--quick] [--sizes 10000,100000] [--frames N] [--no-overview] [--file PATH] [--ba N]
// --file measures the graph of a file (read as the window reads it) instead
// of the synthetic sizes; its canvas_open line names the file. --ba N
// measures a Barabási–Albert graph of N nodes and 5 edges per node (seed
// 42, bench_layout's generator: 100000 gives 499,985 edges), its
// canvas_open line saying "ba": N.
// --quick runs 10k only; --no-overview turns the overview map off (it shows
// when zoomed in, as in the window).
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QWheelEvent>

#include <functional>
#include <optional>

#include <algorithm>
#include <cmath>

#include "graphfiles.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "minimap.h"
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

// Counts the paints a widget receives: a frame is one that was painted.
struct PaintCounter : QObject
{
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
    int count = 0;
};

// The full-quality frame after a gesture: what the view does when the
// gesture has ended (its settle), with the repaint it asks for.
// The edge layer's picture of the view is forgotten first: a settle back
// at a zoom settled before would otherwise draw from it (EdgeLayer), where
// a user's gesture rarely comes back to the same view.
void settleAfter(GraphView &view, GraphScene &scene, Samples &settle)
{
    QCoreApplication::processEvents();
    scene.forgetEdgePicture();
    QElapsedTimer timer;
    timer.start();
    view.settle();
    view.viewport()->repaint();
    settle.add(timer.nsecsElapsed());
}

// What is under a viewport point, as a click or a hover finds it: an item
// (a batched node there woken for it), or else a batched edge.
bool somethingAt(GraphView &view, GraphScene &scene, QPoint at)
{
    return view.itemUnder(at) || scene.edgeAt(view.mapToScene(at));
}

// A viewport point where a left press pans: no item under it (a batched
// edge may be; a drag from one pans too). None when nodes cover the view.
std::optional<QPointF> backgroundPoint(GraphView &view, GraphScene &scene)
{
    const QRect rect = view.viewport()->rect();
    for (int y = rect.height() / 2; y < rect.height() - 10; y += 7)
        for (int x = rect.width() / 2; x < rect.width() - 10; x += 11)
            if (!view.itemAt(QPoint(x, y)) && !scene.nodeAt(view.mapToScene(QPoint(x, y))))
                return QPointF(x, y);
    return std::nullopt;
}

// The node with the most edges of those drawn within 150 px of a viewport
// point, and not under another: the costliest to drag there (batched nodes are no items the view
// would list).
const NodeItem *nodeNear(GraphView &view, const KnowledgeGraph &graph, GraphScene &scene, QPoint at)
{
    const NodeItem *busiest = nullptr;
    for (NodeId id : graph.nodes()) {
        const NodeItem *item = scene.nodeItem(id);
        if (item && QLineF(view.mapFromScene(item->pos()), at).length() < 150
            && (!busiest || item->edges().size() > busiest->edges().size())
            && scene.nodeAt(item->pos()) == item) // a press on it takes it, not a node over it
            busiest = item;
    }
    return busiest;
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
    const bool noOverview = args.contains(QStringLiteral("--no-overview"));
    if (args.contains(QStringLiteral("--quick")))
        sizes = {10000};
    if (const qsizetype at = args.indexOf(QStringLiteral("--sizes")); at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[at + 1].split(QLatin1Char(',')))
            sizes.append(s.toInt());
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--frames")); at >= 0 && at + 1 < args.size())
        frames = std::max(5, args[at + 1].toInt());

    QString file;
    if (const qsizetype at = args.indexOf(QStringLiteral("--file")); at >= 0 && at + 1 < args.size()) {
        file = args[at + 1];
        sizes = {0};
    }
    int ba = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--ba")); at >= 0 && at + 1 < args.size()) {
        ba = args[at + 1].toInt();
        sizes = {ba};
    }
    for (int size : sizes) {
        KnowledgeGraph g;
        if (ba > 0) {
            g = bench::barabasiAlbertGraph(ba, 5, 42);
        } else if (file.isEmpty()) {
            g = bench::syntheticNewsGraph(size, 42);
        } else if (const ReadResult read = readGraphFile(file, g); !read.ok) {
            QTextStream(stderr) << read.error.toString() << Qt::endl;
            return 1;
        }
        // Where the default layout puts the nodes (the multilevel engine at
        // these sizes), so edges are as long as the window shows them; the
        // layout's own time is not counted (bench_layout measures it).
        const QHash<NodeId, QPointF> positions = layoutForView(g, ViewFilter());

        QElapsedTimer open;
        open.start();
        GraphScene scene;
        GraphView view;
        if (noOverview) // the bare canvas: no overlay over it (see BENCHMARKS.md)
            view.minimap()->setWanted(false);
        view.resize(1600, 1000);
        view.setScene(&scene);
        scene.setGraph(&g, positions, ViewFilter());
        view.show();
        view.fitAll();
        view.viewport()->repaint();
        const qint64 openNs = open.nsecsElapsed();
        const qsizetype nodes = scene.visibleNodeCount();
        const qsizetype edges = scene.visibleEdgeCount();
        QJsonObject openLine{{QStringLiteral("bench"), QStringLiteral("canvas_open")},
                             {QStringLiteral("nodes"), qint64(nodes)},
                             {QStringLiteral("edges"), qint64(edges)},
                             {QStringLiteral("ms"), double(openNs) / 1e6}};
        if (!file.isEmpty())
            openLine.insert(QStringLiteral("file"), QFileInfo(file).fileName());
        if (ba > 0)
            openLine.insert(QStringLiteral("ba"), ba);
        QTextStream(stdout) << QJsonDocument(openLine)
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;

        // Zoomed in to a readable scale, where panning and dragging happen.
        view.zoomBy(8);
        view.settle();
        QCoreApplication::processEvents();

        // Every gesture goes through the viewport as real input events; a
        // frame is the event plus the repaint it asks for (the posted
        // update, painted by processEvents), and it counts only if a paint
        // happened.
        PaintCounter painted(view.viewport());
        QWidget *port = view.viewport();
        const auto mouse = [&](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, port->mapToGlobal(at), button, buttons, Qt::NoModifier);
            QApplication::sendEvent(port, &event);
        };
        const auto timed = [&](Samples &samples, const std::function<void()> &input) {
            const int before = painted.count;
            QElapsedTimer timer;
            timer.start();
            input();
            QCoreApplication::processEvents();
            const qint64 ns = timer.nsecsElapsed();
            if (painted.count > before)
                samples.add(ns);
        };
        Samples pan, zoom, drag, settle, pick;
        // Pan: a drag on the background, 40 px per frame, back and forth.
        // With the middle button where nodes cover the whole view (a dense
        // graph zoomed in); the view pans the same way.
        const std::optional<QPointF> background = backgroundPoint(view, scene);
        QPointF from = background.value_or(QRectF(port->rect()).center());
        const Qt::MouseButton panButton = background ? Qt::LeftButton : Qt::MiddleButton;
        mouse(QEvent::MouseButtonPress, from, panButton, panButton);
        int scrolled = 0; // frames in which the view really moved
        for (int i = 0; i < frames; ++i) {
            from += QPointF(i % 20 < 10 ? 40 : -40, 0);
            const QPointF before = view.mapToScene(QPoint());
            timed(pan, [&] { mouse(QEvent::MouseMove, from, Qt::NoButton, panButton); });
            scrolled += view.mapToScene(QPoint()) != before ? 1 : 0;
        }
        mouse(QEvent::MouseButtonRelease, from, panButton, Qt::NoButton);
        if (scrolled < frames / 2) {
            qCritical("bench_canvas: the pan moved the view in %d of %d frames", scrolled, frames);
            return 1;
        }
        settleAfter(view, scene, settle);
        // Zoom: wheel steps about the view's centre, in and out.
        const QPointF centre = QRectF(port->rect()).center();
        for (int i = 0; i < frames; ++i) {
            const int delta = i % 10 < 5 ? 120 : -120;
            timed(zoom, [&] {
                QWheelEvent wheel(centre, port->mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt::NoButton,
                                  Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(port, &wheel);
            });
            // Settled after the steps in and after the steps out: each at
            // a zoom of its own, as a user's zoom ends (settled only back
            // where it began, the labels' new declutter went unmeasured).
            if (i % 5 == 4)
                settleAfter(view, scene, settle);
        }
        // Drag: the node nearest the centre, moved by 12 px per frame.
        const NodeItem *grabbed = nodeNear(view, g, scene, port->rect().center());
        Samples hover, press;
        if (grabbed) {
            QPointF at = view.mapFromScene(grabbed->pos());
            // The pointer comes onto the node before pressing it, as a
            // user's does: on and off it a few times (each lights its
            // neighbourhood and dims the rest, or brings the rest back),
            // then on it, and the press.
            const QPointF off = background.value_or(QPointF(8, 8));
            for (int i = 0; i < 4; ++i) {
                timed(hover, [&] { mouse(QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton); });
                timed(hover, [&] { mouse(QEvent::MouseMove, off, Qt::NoButton, Qt::NoButton); });
            }
            timed(hover, [&] { mouse(QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton); });
            timed(press, [&] { mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton); });
            int moved = 0; // frames in which the node really moved
            for (int i = 0; i < frames; ++i) {
                at += QPointF(i % 10 < 5 ? 12 : -12, 0);
                const QPointF before = grabbed->pos();
                timed(drag, [&] { mouse(QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton); });
                moved += grabbed->pos() != before ? 1 : 0;
            }
            mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
            settleAfter(view, scene, settle);
            if (moved < frames / 2) {
                qCritical("bench_canvas: the drag moved the node in %d of %d frames", moved, frames);
                return 1;
            }
        }
        QRandomGenerator where(3);
        for (int i = 0; i < frames * 10; ++i) {
            const QPoint at(int(where.bounded(1600)), int(where.bounded(1000)));
            QElapsedTimer timer;
            timer.start();
            volatile bool hit = somethingAt(view, scene, at);
            (void)hit;
            pick.add(timer.nsecsElapsed());
        }
        // Fit: the whole graph in view, repainted in full: what the first
        // picture of an opened graph, a streamed layout frame or a relayout's
        // jump costs.
        Samples fit;
        view.fitAll();
        QCoreApplication::processEvents();
        for (int i = 0; i < std::max(5, frames / 4); ++i) {
            scene.forgetEdgePicture(); // as after a layout's frame: drawn anew
            QElapsedTimer timer;
            timer.start();
            view.viewport()->repaint();
            fit.add(timer.nsecsElapsed());
        }
        report(QStringLiteral("pan"), nodes, edges, pan);
        report(QStringLiteral("zoom"), nodes, edges, zoom);
        if (grabbed) {
            report(QStringLiteral("hover"), nodes, edges, hover);
            report(QStringLiteral("press"), nodes, edges, press);
            report(QStringLiteral("drag"), nodes, edges, drag);
        }
        report(QStringLiteral("settle"), nodes, edges, settle);
        report(QStringLiteral("pick"), nodes, edges, pick);
        report(QStringLiteral("fit"), nodes, edges, fit);
    }
    return 0;
}
