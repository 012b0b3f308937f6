// The first picture of a graph opened in the window: the real MainWindow,
// 1600×1000 on the offscreen platform, is asked to open a graph file
// (openFile, as File → Open does), and the clock runs until the canvas
// has painted a picture that shows the graph's nodes. One JSON object per
// opening:
//   {"bench": "first_picture", "nodes": N, "edges": M, "source": "ba"|"file",
//    "ms": T, "picture": "preview"|"canvas", "canvas_ms": C, "opened_ms": O,
//    "layout_done_ms": L, "layout_after_opening": B, "node_cells": K,
//    "viewport": "W×H", "max_rss_kib": R, "load": A}
//   ms              openFile called → the first paint, of the canvas's
//                   viewport or of the opening preview over it, that left
//                   the graph's nodes on screen (below)
//   picture         which of the two that was
//   canvas_ms       the same for the canvas itself (the scene painted)
//   opened_ms       graphLoaded: the graph is the document, its canvas built
//   layout_done_ms  the layout's positions are in: layoutFinished for a
//                   graph laid out after opening (B true: more shown nodes
//                   than layoutAfterOpeningThreshold), else graphLoaded
//                   (the loader laid it out before the window showed it)
// A paint counts when it shows nodes: an application event filter passes
// the viewport's (or the preview's) paint event on at once, through the
// view's own filters, then reads the pixels it left in the window's backing store (what is flushed
// to the screen next) and counts those of a node kind's fill colour (±8 a
// channel; the canvas draws small nodes as dots of their fill, the
// preview as 3 px dots). Only pixels on at least minNodeCells cells of
// 16×16 px count (K is how many): a picture of the graph's shape, not a
// coarse level's few heaps. The time is taken when the paint returns; the
// counting after it is not in it.
// A is the machine's load average (one minute) when the clock starts: on
// a shared machine the times grow with it.
// Each opening is its own process (a fresh window, as a launch), which
// the bench starts once per --runs; the graph file is written first, to
// a temporary directory (the page cache then holds it).
// Usage: bench_open [--quick] [--sizes 10000,100000] [--file PATH] [--runs N] [--timeout S] [--write PATH]
//   default: a Barabási–Albert graph of 100,000 nodes, 5 edges per node
//   (seed 42, bench_layout's generator: 499,985 edges) written as GraphML
//   by Threadline's writer (81.5 MB);
//   --quick 10,000 (49,985 edges); --file opens that file instead
//   ("source": "file", and "file": its name); --runs N openings of each
//   (default 1); --timeout S gives up on an opening after S seconds
//   (default 120); --write PATH writes the (first) Barabási–Albert file
//   there and opens nothing, for a look at it or a run of the window by hand.
#include <QApplication>
#include <QBackingStore>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPaintDevice>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <vector>

#include <sys/resource.h>

#include "graphfiles.h"
#include "graphview.h"
#include "kindcolors.h"
#include "knowledgegraph.h"
#include "mainwindow.h"
#include "synthetic.h"

using namespace threadline;

namespace {

// A picture counts when nodes show on at least this many cells of
// cellSize × cellSize pixels (the window's 1018×589 canvas has 2,368).
constexpr int minNodeCells = 200;
constexpr int cellSize = 16;
constexpr int colourTolerance = 8;

long maxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Watches the paints of the canvas's viewport and of the opening preview
// over it; records when each first left the graph's nodes on screen.
class PictureWatch : public QObject
{
public:
    PictureWatch(GraphView *view, const QElapsedTimer &clock) : m_view(view), m_clock(clock)
    {
        for (NodeKind kind : {NodeKind::Person, NodeKind::Organization, NodeKind::Country, NodeKind::Place,
                              NodeKind::Event, NodeKind::Statement, NodeKind::Topic, NodeKind::Document,
                              NodeKind::Other})
            m_colours.push_back(QRgb(kindColorRgb(kind)));
    }

    qint64 pictureNs = -1; // the first picture of nodes, either kind
    qint64 canvasNs = -1;  // the first of the canvas itself
    bool pictureWasPreview = false;
    int pictureCells = 0;
    QString failure; // the backing store could not be read

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inside || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        const bool canvas = widget == m_view->viewport();
        const bool preview = !canvas && widget->parentWidget() == m_view->viewport()
            && widget->objectName() == QLatin1String("openingPreview");
        if ((!canvas && !preview) || (canvasNs >= 0 && pictureNs >= 0))
            return false;
        // Painted now, through the view's own filters, so that what it
        // left can be read before anything paints over it.
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        const qint64 at = m_clock.nsecsElapsed();
        const int cells = nodeCells(widget);
        if (cells >= minNodeCells) {
            if (pictureNs < 0) {
                pictureNs = at;
                pictureWasPreview = preview;
                pictureCells = cells;
            }
            if (canvas && canvasNs < 0)
                canvasNs = at;
        }
        return true;
    }

private:
    // Cells of the widget's area in the window's backing store holding a
    // pixel of a node kind's fill.
    int nodeCells(QWidget *widget)
    {
        QBackingStore *store = widget->window()->backingStore();
        QPaintDevice *device = store ? store->paintDevice() : nullptr;
        if (!device || device->devType() != QInternal::Image) {
            failure = QStringLiteral("the window's backing store is no image");
            return 0;
        }
        const QImage &image = *static_cast<QImage *>(device);
        const qreal dpr = image.devicePixelRatio();
        const QRect area = QRect((QPointF(widget->mapTo(widget->window(), QPoint())) * dpr).toPoint(),
                                 (QSizeF(widget->size()) * dpr).toSize())
                               .intersected(image.rect());
        if (image.depth() != 32 || area.isEmpty())
            return 0;
        const int columns = (area.width() + cellSize - 1) / cellSize;
        std::vector<char> hit(size_t(columns) * size_t((area.height() + cellSize - 1) / cellSize), 0);
        const auto near = [](QRgb a, QRgb b) {
            return std::abs(qRed(a) - qRed(b)) <= colourTolerance && std::abs(qGreen(a) - qGreen(b)) <= colourTolerance
                && std::abs(qBlue(a) - qBlue(b)) <= colourTolerance;
        };
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const size_t rowCells = size_t((y - area.top()) / cellSize) * size_t(columns);
            for (int x = area.left(); x <= area.right(); ++x) {
                const size_t cell = rowCells + size_t((x - area.left()) / cellSize);
                if (hit[cell])
                    continue;
                const QRgb pixel = row[x];
                for (QRgb colour : m_colours) {
                    if (near(pixel, colour)) {
                        hit[cell] = 1;
                        break;
                    }
                }
            }
        }
        return int(std::count(hit.cbegin(), hit.cend(), char(1)));
    }

    GraphView *m_view;
    const QElapsedTimer &m_clock;
    std::vector<QRgb> m_colours;
    bool m_inside = false;
};

// One opening in this process; prints its line. 0 on success.
int openAndMeasure(const QString &path, const QString &source, int timeoutSeconds)
{
    // Settings of this run only, as the GUI tests keep them.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    // The event loop runs until `done` says so, looked at every 10 ms (a
    // loop that polled instead would take a core from the window's threads).
    const auto runUntil = [](const std::function<bool()> &done) {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done())
                loop.quit();
        });
        poll.start(10);
        if (!done())
            loop.exec();
    };
    QElapsedTimer waited;
    waited.start();
    // Exposed, the empty window painted and idle before the clock starts.
    runUntil([&] {
        return (window.windowHandle() && window.windowHandle()->isExposed() && waited.elapsed() >= 500)
            || waited.elapsed() >= 5000;
    });

    QElapsedTimer clock;
    PictureWatch watch(window.view(), clock);
    qint64 openedNs = -1, layoutNs = -1;
    bool layoutAfterOpening = false;
    QString failed;
    QObject::connect(&window, &MainWindow::graphLoaded, &window, [&] {
        openedNs = clock.nsecsElapsed();
        layoutAfterOpening = window.isLayingOut();
        if (!layoutAfterOpening)
            layoutNs = openedNs; // laid out by the loader, before the window showed it
    });
    QObject::connect(&window, &MainWindow::layoutFinished, &window, [&] {
        if (layoutNs < 0)
            layoutNs = clock.nsecsElapsed();
    });
    QObject::connect(&window, &MainWindow::loadFailed, &window, [&](const QString &message) { failed = message; });
    qApp->installEventFilter(&watch);
    double loadAtStart = -1; // the machine's, other jobs' included
    if (getloadavg(&loadAtStart, 1) != 1)
        loadAtStart = -1;
    clock.start();
    window.openFile(path);
    runUntil([&] {
        return !failed.isEmpty() || !watch.failure.isEmpty()
            || (watch.canvasNs >= 0 && openedNs >= 0 && layoutNs >= 0) || clock.elapsed() >= timeoutSeconds * 1000;
    });
    qApp->removeEventFilter(&watch);
    if (!failed.isEmpty() || !watch.failure.isEmpty() || watch.pictureNs < 0 || layoutNs < 0) {
        QTextStream(stderr) << "bench_open: " << QFileInfo(path).fileName() << ": "
                            << (!failed.isEmpty()              ? failed
                                    : !watch.failure.isEmpty() ? watch.failure
                                    : watch.pictureNs < 0      ? QStringLiteral("no picture of its nodes")
                                                               : QStringLiteral("its layout did not finish"))
                            << " (" << clock.elapsed() << " ms)" << Qt::endl;
        return 1;
    }
    const auto ms = [](qint64 ns) { return ns < 0 ? -1.0 : std::round(double(ns) / 1e5) / 10; }; // 0.1 ms
    const QSize viewport = window.view()->viewport()->size();
    QJsonObject line{{QStringLiteral("bench"), QStringLiteral("first_picture")},
                     {QStringLiteral("nodes"), qint64(window.graph().nodeCount())},
                     {QStringLiteral("edges"), qint64(window.graph().edgeCount())},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("ms"), ms(watch.pictureNs)},
                     {QStringLiteral("picture"), watch.pictureWasPreview ? QStringLiteral("preview")
                                                                         : QStringLiteral("canvas")},
                     {QStringLiteral("canvas_ms"), ms(watch.canvasNs)},
                     {QStringLiteral("opened_ms"), ms(openedNs)},
                     {QStringLiteral("layout_done_ms"), ms(layoutNs)},
                     {QStringLiteral("layout_after_opening"), layoutAfterOpening},
                     {QStringLiteral("node_cells"), watch.pictureCells},
                     {QStringLiteral("viewport"), QStringLiteral("%1×%2").arg(viewport.width()).arg(viewport.height())},
                     {QStringLiteral("max_rss_kib"), qint64(maxRssKib())},
                     {QStringLiteral("load"), loadAtStart}};
    if (source == QLatin1String("file"))
        line.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A child: one opening in a fresh window.
    if (argc == 6 && QByteArray(argv[1]) == "--open") {
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("Threadline"));
        QApplication::setOrganizationName(QStringLiteral("Threadline"));
        return openAndMeasure(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                              QByteArray(argv[5]).toInt());
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<int> sizes{100000};
    QString file;
    int runs = 1;
    int timeout = 120;
    QString write;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick")) {
            sizes = {10000};
        } else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--file") && i + 1 < args.size()) {
            file = args[++i];
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--write") && i + 1 < args.size()) {
            write = args[++i];
        } else if (args[i] == QLatin1String("--timeout") && i + 1 < args.size()) {
            timeout = std::max(1, args[++i].toInt());
        } else {
            std::fprintf(stderr, "usage: bench_open [--quick] [--sizes N,N] [--file PATH] [--runs N] [--timeout S] [--write PATH]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_open: cannot make a temporary directory\n");
        return 1;
    }
    QList<std::pair<QString, QString>> openings; // path, source
    if (!file.isEmpty()) {
        openings.append({QFileInfo(file).absoluteFilePath(), QStringLiteral("file")});
    } else {
        for (int size : std::as_const(sizes)) {
            const QString path = !write.isEmpty() ? write : dir.filePath(QStringLiteral("ba%1.graphml").arg(size));
            QString error;
            if (writeGraphFile(path, GraphFormat::GraphML, bench::barabasiAlbertGraph(size, 5, 42), &error).isEmpty()) {
                std::fprintf(stderr, "bench_open: %s\n", qPrintable(error));
                return 1;
            }
            openings.append({path, QStringLiteral("ba")});
            if (!write.isEmpty())
                return 0; // the file alone, to open by hand
        }
    }
    int failures = 0;
    for (const auto &[path, source] : std::as_const(openings)) {
        for (int r = 0; r < runs; ++r) {
            if (QProcess::execute(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--open"), path, source, QStringLiteral("--timeout"),
                                   QString::number(timeout)})
                != 0)
                ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
