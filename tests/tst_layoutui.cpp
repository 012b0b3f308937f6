// Layouts in the real window (issue 10): the Layout menu's entries, each
// one undo step that puts every node back; pinned nodes stay; the nodes
// glide to their new places; and on a generated graph of 3,000 nodes, the
// status bar's percentage, positions streaming onto the canvas, Pause and
// Resume, Cancel (nothing moves, no step, back within a second), a new
// layout replacing one under way, and a new graph dropping it.
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <atomic>
#include <cmath>
#include <memory>

#include "bench/synthetic.h"
#include "edits.h"
#include "graphdocument.h"
#include "graphfiles.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "kindcolors.h"
#include "kindstyle.h"
#include "knowledgegraph.h"
#include "layoutrunner.h"
#include "mainwindow.h"
#include "selection.h"
#include "windowsupport.h"

using namespace threadline;
using threadline::test::kSlowWorkMs;

// Holds the window's reader right after it has told a large graph's shape
// (before the edges are added) until letGo() or the end of the scope; graphs
// above 2,000 shown nodes count as large meanwhile.
class ReaderHold
{
public:
    explicit ReaderHold(MainWindow *window) : m_window(window)
    {
        window->setLayoutAfterOpeningAbove(2000);
        window->setAfterShapeReadForTesting([gate = m_gate, held = m_held] {
            *held = true;
            gate->tryAcquire(1, kSlowWorkMs);
        });
    }
    ~ReaderHold()
    {
        letGo();
        if (!QTest::qWaitFor([this] { return !m_window->isLoading(); }, kSlowWorkMs))
            qWarning("the window is still opening the file");
        m_window->setAfterShapeReadForTesting({});
        m_window->setLayoutAfterOpeningAbove(layoutAfterOpeningThreshold);
    }
    ReaderHold(const ReaderHold &) = delete;
    ReaderHold &operator=(const ReaderHold &) = delete;
    bool held() const { return *m_held; }
    void letGo()
    {
        if (!std::exchange(m_letGo, true))
            m_gate->release();
    }

private:
    MainWindow *m_window;
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
    std::shared_ptr<std::atomic<bool>> m_held = std::make_shared<std::atomic<bool>>(false);
    bool m_letGo = false;
};

class TestLayoutUi : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    QTemporaryDir files;
    std::unique_ptr<MainWindow> window;

    LayoutRunner *runner() const { return window->layoutRunner(); }
    QProgressBar *bar() const { return window->layoutStatus()->bar(); }

    NodeId named(const QString &label) const
    {
        for (NodeId id : window->graph().nodes()) {
            if (window->graph().node(id).label == label)
                return id;
        }
        return {};
    }

    // Where the canvas draws each node it shows.
    QHash<NodeId, QPointF> onScreen() const { return window->scene()->positions(); }

    // The document's positions of the nodes the canvas shows.
    QHash<NodeId, QPointF> held() const
    {
        QHash<NodeId, QPointF> result;
        for (NodeId id : onScreen().keys())
            result.insert(id, window->document()->positions().value(id));
        return result;
    }

    static int moved(const QHash<NodeId, QPointF> &before, const QHash<NodeId, QPointF> &after)
    {
        int count = 0;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (QLineF(it.value(), after.value(it.key())).length() > 1)
                ++count;
        }
        return count;
    }

    // Opens the Layout menu and clicks the entry, as a user does.
    void choose(const QString &name)
    {
        auto *menu = window->findChild<QMenu *>(QStringLiteral("layoutMenu"));
        QVERIFY(menu);
        QVERIFY(window->menuBar()->actions().contains(menu->menuAction()));
        // The menu bar's title opens it.
        QTest::mouseClick(window->menuBar(), Qt::LeftButton, {},
                          window->menuBar()->actionGeometry(menu->menuAction()).center());
        QTRY_VERIFY(menu->isVisible());
        QAction *entry = menu->findChild<QAction *>(name);
        QVERIFY2(entry, qPrintable(name));
        QVERIFY2(entry->isEnabled(), qPrintable(name));
        // Onto the entry and Return. (A synthetic click inside the popup
        // closes it unchosen under Qt 6.8's offscreen platform.)
        QSignalSpy chosen(entry, &QAction::triggered);
        menu->setActiveAction(entry);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(!menu->isVisible());
        QVERIFY2(chosen.count() == 1, qPrintable(name));
    }

    // Chooses the entry and clicks Pause as soon as the run starts, before
    // its worker can have got far: it is surely still running after.
    void choosePaused(const QString &name)
    {
        connect(
            runner(), &LayoutRunner::started, this,
            [this] { QTest::mouseClick(window->layoutStatus()->pauseButton(), Qt::LeftButton); },
            Qt::SingleShotConnection);
        choose(name);
        QVERIFY(runner()->isPaused());
    }

    bool waitForLayout(QSignalSpy &finished, int count = 1)
    {
        return QTest::qWaitFor([&] { return finished.count() >= count && !window->isLayingOut(); },
                               kSlowWorkMs);
    }

    // Lays the graph out in a circle and returns where `node` was drawn
    // every `ms` milliseconds until the layout finished (empty when it did
    // not finish).
    QList<QPointF> circleLayoutWatching(NodeId node, int ms)
    {
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        QList<QPointF> seen;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { seen.append(window->scene()->nodeItem(node)->pos()); });
        sampler.start(ms);
        window->layOut(LayoutKind::Circle);
        if (!waitForLayout(finished))
            return {};
        return seen;
    }

    // Opens a generated news-shaped graph of `nodes` nodes.
    // A preview of a generated news graph: the view's size, person and
    // event dots in their kinds' colours, spread over the view, and edges.
    bool showsGraphPicture(const QImage &shown)
    {
        if (shown.isNull() || shown.size() != window->view()->viewport()->size() * window->view()->viewport()->devicePixelRatioF()) {
            qWarning() << "preview" << shown.size();
            return false;
        }
        const QRgb background = canvasBackground().rgb();
        const QRgb person = 0xff000000u | kindColorRgb(NodeKind::Person);
        const QRgb event = 0xff000000u | kindColorRgb(NodeKind::Event);
        int persons = 0, events = 0, inked = 0;
        QRect inkedBox;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb pixel = shown.pixel(x, y);
                persons += pixel == person;
                events += pixel == event;
                if (pixel != background) {
                    ++inked;
                    inkedBox |= QRect(x, y, 1, 1);
                }
            }
        }
        qInfo() << "preview: person pixels" << persons << "event pixels" << events << "inked" << inked;
        return persons > 100 && events > 100 && inked > shown.width() * shown.height() / 20
            && (inkedBox.width() > shown.width() / 2 || inkedBox.height() > shown.height() / 2);
    }

    // A generated news graph of `nodes` nodes written as `name`; its path,
    // or empty when it could not be written.
    QString writeGenerated(const QString &name, GraphFormat format, int nodes)
    {
        const QString path = files.filePath(name);
        QString error;
        if (writeGraphFile(path, format, bench::syntheticNewsGraph(nodes, 7), &error).isEmpty()) {
            qWarning() << error;
            return {};
        }
        return path;
    }

    bool openGenerated(int nodes)
    {
        const QString path = writeGenerated(QStringLiteral("news-%1.json").arg(nodes), GraphFormat::Json, nodes);
        if (path.isEmpty())
            return false;
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        return QTest::qWaitFor([&] { return loaded.count() >= 1; }, kSlowWorkMs) &&
               window->scene()->visibleNodeCount() == nodes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        QVERIFY(test::openCorpusWindow(window, home));
        QVERIFY(window->scene()->visibleNodeCount() > 50);
    }

    void init()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLayingOut(), kSlowWorkMs); // left running by a failed test
        window->undoStack()->setIndex(0); // each test starts from the graph as opened
        window->selection()->clear();
    }

    // Ctrl+L lays out again; the toolbar's Lay Out button offers the menu.
    void shortcutAndToolbar()
    {
        auto *button = window->findChild<QToolButton *>(QStringLiteral("layoutButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->menu(), window->findChild<QMenu *>(QStringLiteral("layoutMenu")));
        window->layOut(LayoutKind::Circle);
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        QVERIFY(waitForLayout(finished));
        const QHash<NodeId, QPointF> circle = onScreen();
        window->activateWindow();
        QTRY_COMPARE(QGuiApplication::focusWindow(), window->windowHandle());
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->isLayingOut());
        QVERIFY(waitForLayout(finished, 2));
        QVERIFY(moved(circle, onScreen()) > circle.size() / 2);
        QCOMPARE(window->undoStack()->index(), 2);
        QCOMPARE(window->undoStack()->count(), 2);
    }

    // Every entry moves the nodes as one step; Undo puts each one back
    // exactly, on the canvas and in the document, with the same ids.
    void eachLayoutIsOneUndoableStep_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("again") << QStringLiteral("layout_again");
        QTest::newRow("fr") << QStringLiteral("layout_fr");
        QTest::newRow("kk") << QStringLiteral("layout_kk");
        QTest::newRow("circle") << QStringLiteral("layout_circle");
        QTest::newRow("radial") << QStringLiteral("layout_radial");
        QTest::newRow("multilevel") << QStringLiteral("layout_multilevel");
        QTest::newRow("groups") << QStringLiteral("layout_groups");
    }
    void eachLayoutIsOneUndoableStep()
    {
        QFETCH(QString, entry);
        // From a circle, so that Lay Out Again and Force-Directed, which
        // give the picture the corpus opened with, move the nodes too.
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        if (entry == QLatin1String("layout_again") || entry == QLatin1String("layout_fr")) {
            window->layOut(LayoutKind::Circle);
            QVERIFY(waitForLayout(finished));
            finished.clear();
        }
        const QHash<NodeId, QPointF> before = onScreen();
        const QList<NodeId> ids = window->graph().nodes();
        const int steps = window->undoStack()->index();
        choose(entry);
        QVERIFY(window->isLayingOut());
        QVERIFY(waitForLayout(finished));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Lay Out"));
        const QHash<NodeId, QPointF> after = onScreen();
        QCOMPARE(after, held()); // the canvas shows what the document holds
        QVERIFY2(moved(before, after) > before.size() / 2, qPrintable(QString::number(moved(before, after))));

        window->undoStack()->undo();
        QCOMPARE(onScreen(), before);
        QCOMPARE(held(), before);
        QCOMPARE(window->graph().nodes(), ids);
        window->undoStack()->redo();
        QCOMPARE(onScreen(), after);
        window->undoStack()->undo();
        // Groups Apart is not Multilevel under another name.
        if (entry == QLatin1String("layout_groups")) {
            choose(QStringLiteral("layout_multilevel"));
            QVERIFY(waitForLayout(finished));
            QVERIFY2(moved(after, onScreen()) > after.size() / 2, qPrintable(QString::number(moved(after, onScreen()))));
            window->undoStack()->undo();
        }
    }

    // Circle puts every node on one ring.
    void circlePutsNodesOnACircle()
    {
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        choose(QStringLiteral("layout_circle"));
        QVERIFY(waitForLayout(finished));
        const QHash<NodeId, QPointF> at = onScreen();
        QPointF centre;
        for (const QPointF &p : at)
            centre += p / qreal(at.size());
        qreal low = 1e12, high = 0;
        for (const QPointF &p : at) {
            const qreal r = QLineF(centre, p).length();
            low = std::min(low, r);
            high = std::max(high, r);
        }
        QVERIFY2(low > 100, qPrintable(QString::number(low)));
        QVERIFY2(high - low < 0.01 * high, qPrintable(QStringLiteral("%1 .. %2").arg(low).arg(high)));
        window->undoStack()->undo();
    }

    // Radial centres on the selected node, its neighbours on the first ring.
    void radialCentresOnTheSelection()
    {
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        QVERIFY(window->scene()->nodeItem(rutte));
        window->selectNode(rutte);
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        choose(QStringLiteral("layout_radial"));
        QVERIFY(waitForLayout(finished));
        const QPointF centre = window->scene()->nodeItem(rutte)->pos();
        int neighbours = 0;
        for (EdgeId e : window->graph().incidentEdges(rutte)) {
            const EdgeData &edge = window->graph().edge(e);
            const NodeId other = edge.source == rutte ? edge.target : edge.source;
            if (!window->scene()->edgeItem(e) || other == rutte)
                continue;
            QCOMPARE(qRound(QLineF(centre, window->scene()->nodeItem(other)->pos()).length()), 220);
            ++neighbours;
        }
        QVERIFY(neighbours >= 3);
        window->undoStack()->undo();
    }

    // A pinned node stays exactly where it is through every layout.
    void pinnedNodeDoesNotMove_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("fr") << int(LayoutKind::ForceDirected);
        QTest::newRow("circle") << int(LayoutKind::Circle);
        QTest::newRow("multilevel") << int(LayoutKind::Multilevel);
    }
    void pinnedNodeDoesNotMove()
    {
        QFETCH(int, kind);
        const NodeId putin = named(QStringLiteral("Vladimir Putin"));
        window->selectNode(putin);
        window->view()->setFocus();
        window->activateWindow();
        QTRY_COMPARE(QGuiApplication::focusWindow(), window->windowHandle());
        QTest::keyClick(window->view(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window->document()->isPinned(putin));
        const QPointF pinnedAt = window->scene()->nodeItem(putin)->pos();
        const QHash<NodeId, QPointF> before = onScreen();
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        // Sampled while it runs: the pinned node never leaves its place.
        bool strayed = false;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (NodeItem *item = window->scene()->nodeItem(putin); item && item->pos() != pinnedAt)
                strayed = true;
        });
        sampler.start(5);
        window->layOut(LayoutKind(kind));
        QVERIFY(waitForLayout(finished));
        QVERIFY(!strayed);
        QCOMPARE(window->scene()->nodeItem(putin)->pos(), pinnedAt);
        QCOMPARE(window->document()->positions().value(putin), pinnedAt);
        if (LayoutKind(kind) != LayoutKind::ForceDirected) // FR gives the picture the corpus opened with
            QVERIFY(moved(before, onScreen()) > before.size() / 2);
        window->undoStack()->undo(); // the layout
        window->undoStack()->undo(); // the pin
        QVERIFY(!window->document()->isPinned(putin));
    }

    // After the worker, the nodes glide: between old and new places for a
    // while, and the one step comes when they have arrived.
    void nodesGlideToTheirPlaces()
    {
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        const QPointF from = window->scene()->nodeItem(rutte)->pos();
        const int steps = window->undoStack()->index();
        QElapsedTimer clock;
        clock.start();
        const QList<QPointF> seen = circleLayoutWatching(rutte, 10);
        const qint64 took = clock.elapsed();
        const QPointF to = window->scene()->nodeItem(rutte)->pos();
        QVERIFY(QLineF(from, to).length() > 50);
        // Positions strictly between the two ends, on the line joining them.
        int between = 0;
        for (const QPointF &p : std::as_const(seen)) {
            const qreal t =
                QPointF::dotProduct(p - from, to - from) / QPointF::dotProduct(to - from, to - from);
            const QPointF onLine = from + (to - from) * t;
            if (t > 0.02 && t < 0.98 && QLineF(p, onLine).length() < 1)
                ++between;
        }
        QVERIFY2(between >= 3, qPrintable(QString::number(between)));
        QVERIFY2(took >= runner()->animationDuration(), qPrintable(QString::number(took)));
        qInfo("circle layout of the corpus: %lld ms from start to the undo step, %d in-between samples", took,
              between);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        window->undoStack()->undo();
    }

    // Above the glide limit (30k nodes in view paint in about half a
    // second) the nodes go straight to their places: no picture in between,
    // the same single step.
    void largeLayoutsJumpInsteadOfGliding()
    {
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        const QPointF from = window->scene()->nodeItem(rutte)->pos();
        runner()->setGlideLimit(10); // the corpus stands in for a large graph
        const int steps = window->undoStack()->index();
        const QList<QPointF> seen = circleLayoutWatching(rutte, 5);
        runner()->setGlideLimit(LayoutRunner::defaultGlideLimit);
        const QPointF to = window->scene()->nodeItem(rutte)->pos();
        QVERIFY(QLineF(from, to).length() > 50);
        for (const QPointF &p : std::as_const(seen))
            QVERIFY2(p == from || p == to, "a picture between the old place and the new");
        QCOMPARE(to, window->document()->positions().value(rutte));
        QCOMPARE(window->undoStack()->index(), steps + 1);
        window->undoStack()->undo();
        QCOMPARE(window->scene()->nodeItem(rutte)->pos(), from);
    }

    // Showing documents lays out (they never had a place); cancelling that
    // still places them, and nothing that had a place moves.
    void cancelledLayoutStillPlacesNewlyShownNodes()
    {
        const QHash<NodeId, QPointF> before = onScreen();
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        window->setShowDocuments(true);
        QVERIFY(window->isLayingOut());
        QVERIFY(!window->layoutStatus()->pauseButton()->isVisible()); // Fruchterman–Reingold: a busy bar
        QCOMPARE(bar()->maximum(), 0);
        QTest::mouseClick(window->layoutStatus()->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForLayout(finished));
        // Their places are part of the step that showed them.
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Show Documents and Mentions"));
        const QHash<NodeId, QPointF> after = onScreen();
        QCOMPARE(after.size(), before.size() + window->graph().documents().size());
        QList<QPointF> distinct;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            if (before.contains(it.key()))
                QCOMPARE(it.value(), before.value(it.key()));
            else if (!distinct.contains(it.value()))
                distinct.append(it.value());
        }
        QCOMPARE(distinct.size(), window->graph().documents().size()); // each its own place
        window->setShowDocuments(false);
        QTRY_COMPARE(onScreen().size(), before.size());
    }

    // Cancelling a layout without steps ends it at once; its result, when
    // the worker gets there, is dropped.
    void cancelDropsABusyLayout()
    {
        const QHash<NodeId, QPointF> before = onScreen();
        const int steps = window->undoStack()->index();
        const int count = window->undoStack()->count();
        QSignalSpy finished(runner(), &LayoutRunner::finished);
        choose(QStringLiteral("layout_kk"));
        QVERIFY(window->layoutStatus()->isActive());
        QCOMPARE(bar()->maximum(), 0); // busy
        QVERIFY(!window->layoutStatus()->pauseButton()->isVisible());
        QTest::mouseClick(window->layoutStatus()->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window->isLayingOut());
        QVERIFY(!window->layoutStatus()->isActive());
        QTest::qWait(3000); // the worker has long finished
        QCOMPARE(finished.count(), 1);
        QCOMPARE(onScreen(), before);
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), count);
    }

    void kamadaKawaiIsRefusedOnLargeGraphs()
    {
        QVERIFY(openGenerated(3000));
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        auto *menu = window->findChild<QMenu *>(QStringLiteral("layoutMenu"));
        menu->popup(window->mapToGlobal(QPoint(40, 40)));
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("layout_kk"))->isEnabled());
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("layout_multilevel"))->isEnabled());
        menu->close();
        window->layOut(LayoutKind::KamadaKawai);
        QVERIFY(!window->isLayingOut());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Kamada–Kawai")));
    }

    // 3,000 nodes, multilevel: the status bar counts up, the picture
    // streams in before the end without touching the document, one step.
    void largeLayoutShowsProgressAndStreams()
    {
        QCOMPARE(window->scene()->visibleNodeCount(), 3000);
        const QHash<NodeId, QPointF> before = onScreen();
        const int steps = window->undoStack()->index();
        QList<int> shown;
        connect(bar(), &QProgressBar::valueChanged, this, [&](int value) { shown.append(value); });
        int streamedBeforeEnd = 0, movedWhenStreamed = 0, stepsWhenStreamed = -1;
        bool statusVisible = false;
        QString statusText;
        auto streamed = connect(runner(), &LayoutRunner::positionsStreamed, this, [&] {
            if (streamedBeforeEnd++ == 0) {
                movedWhenStreamed = moved(before, onScreen());
                stepsWhenStreamed = window->undoStack()->index();
                statusVisible = window->layoutStatus()->isActive();
                statusText = window->layoutStatus()->findChild<QLabel *>()->text();
            }
        });
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        choose(QStringLiteral("layout_multilevel"));
        QVERIFY(waitForLayout(finished));
        disconnect(streamed);
        disconnect(bar(), nullptr, this, nullptr);

        QVERIFY2(shown.size() >= 10, qPrintable(QString::number(shown.size())));
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY(shown[i] > shown[i - 1]);
        QCOMPARE(shown.last(), 100);
        QVERIFY(streamedBeforeEnd >= 1);
        QVERIFY(movedWhenStreamed > 1000);  // the canvas moved...
        QCOMPARE(stepsWhenStreamed, steps); // ...but the document did not
        QVERIFY(statusVisible);
        QVERIFY(statusText.startsWith(QStringLiteral("Multilevel layout")));
        QVERIFY(!window->layoutStatus()->isActive());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(onScreen(), held());
        qInfo("3,000 nodes: %d percent reports shown, %d pictures streamed", int(shown.size()),
              runner()->streamedFrames());
        window->undoStack()->undo();
        QCOMPARE(onScreen(), before);
    }

    // Pause holds the worker (no progress for 300 ms), Resume finishes.
    void pauseHoldsAndResumeFinishes()
    {
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        const int steps = window->undoStack()->index();
        QPushButton *pause = window->layoutStatus()->pauseButton();
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
        choosePaused(QStringLiteral("layout_multilevel"));
        QVERIFY(pause->isVisible());
        QVERIFY(bar()->isVisible());
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QTest::qWait(150); // reports already on their way arrive
        const int held = bar()->value();
        const int frames = runner()->streamedFrames();
        QTest::qWait(300);
        QCOMPARE(bar()->value(), held);
        QCOMPARE(runner()->streamedFrames(), frames);
        QVERIFY(held < 100);
        QVERIFY(window->isLayingOut());
        QCOMPARE(finished.count(), 0);
        QVERIFY(window->layoutStatus()->findChild<QLabel *>()->text().contains(QStringLiteral("paused")));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!runner()->isPaused());
        QVERIFY(waitForLayout(finished));
        QCOMPARE(window->undoStack()->index(), steps + 1);
        window->undoStack()->undo();
    }

    // On a large graph, whose nodes are drawn in a layer and are no items
    // of the scene's index, a right-click on a node selects it and opens
    // its menu, as on a small one.
    void rightClickOnANodeOfALargeGraph()
    {
        if (window->scene()->visibleNodeCount() != 3000) // when run alone
            QVERIFY(openGenerated(3000));
        GraphView *view = window->view();
        GraphScene *scene = window->scene();
        QVERIFY(scene->edgesBatched());
        view->zoomBy(4 / view->zoom());
        NodeItem *item = nullptr;
        const QHash<NodeId, QPointF> at = onScreen();
        for (auto it = at.constBegin(); it != at.constEnd() && !item; ++it) {
            if (scene->nodeAt(it.value()) == scene->nodeItem(it.key()))
                item = scene->nodeItem(it.key());
        }
        QVERIFY(item);
        QVERIFY(!item->isShownAlone()); // drawn by the layer until the pointer comes
        view->centerOn(item->pos());
        view->settle();
        window->selection()->clear();
        const QPoint inWindow = view->viewport()->mapTo(window.get(), view->mapFromScene(item->pos()));
        QTest::mousePress(window->windowHandle(), Qt::RightButton, {}, inWindow);
        QVERIFY(QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 5000));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QTest::mouseRelease(window->windowHandle(), Qt::RightButton, {}, inWindow);
        QCOMPARE(menu->objectName(), QStringLiteral("canvasNodeMenu"));
        QCOMPARE(window->selection()->currentNode(), item->nodeId());
        QVERIFY(item->isSelected());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
        // The menu gone, the node can be dragged (the press that opened the
        // menu left the scene waiting for a release it never saw).
        const QPointF start = item->pos();
        const QPoint from = view->mapFromScene(start);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 3; ++step) {
            const QPoint to = from + QPoint(15 * step, 10 * step);
            QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(45, 30));
        QVERIFY2(QLineF(item->pos(), start).length() > 10, "after the menu, the node did not follow the mouse");
        window->undoStack()->undo();
        QCOMPARE(item->pos(), start);
        window->selection()->clear();
    }

    // A node the user drags while the layout runs stays where it was
    // dropped: the pictures still streaming and the end of the layout
    // leave it there. The move is its own step, before the layout's.
    void nodeDraggedWhileTheLayoutRunsStaysWhereDropped()
    {
        if (window->scene()->visibleNodeCount() != 3000) // when run alone
            QVERIFY(openGenerated(3000));
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        const QHash<NodeId, QPointF> before = onScreen();
        const int steps = window->undoStack()->index();
        choosePaused(QStringLiteral("layout_multilevel"));
        GraphView *view = window->view();
        GraphScene *scene = window->scene();
        view->zoomBy(4 / view->zoom()); // nodes large enough to take hold of
        // A node with no other under its centre.
        NodeItem *item = nullptr;
        for (auto it = before.constBegin(); it != before.constEnd() && !item; ++it) {
            if (scene->nodeAt(it.value()) == scene->nodeItem(it.key()))
                item = scene->nodeItem(it.key());
        }
        QVERIFY(item);
        view->centerOn(item->pos());
        view->settle(); // the zoom's full picture: the view takes presses again
        const NodeId id = item->nodeId();
        const QPointF start = item->pos();
        QWidget *viewport = view->viewport();
        const QPoint from = view->mapFromScene(start);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + QPoint(20 * step, 15 * step);
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(80, 60));
        const QPointF dropped = item->pos();
        QVERIFY2(QLineF(dropped, start).length() > 10, "the node did not follow the mouse");
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Move"));
        const int streamed = runner()->streamedFrames();
        QTest::mouseClick(window->layoutStatus()->pauseButton(), Qt::LeftButton); // resume
        QVERIFY(waitForLayout(finished));
        QVERIFY(runner()->streamedFrames() > streamed); // pictures came after the drop
        QCOMPARE(item->pos(), dropped);
        QCOMPARE(window->document()->positions().value(id), dropped);
        QCOMPARE(window->undoStack()->index(), steps + 2);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Lay Out"));
        window->undoStack()->undo(); // the layout: the dropped node stays
        QCOMPARE(item->pos(), dropped);
        window->undoStack()->undo(); // the move
        QCOMPARE(item->pos(), start);
        QCOMPARE(onScreen(), before);
    }

    // Cancel, after the picture began to stream: every node back where it
    // was, no step, and the worker gone within a second.
    void cancelKeepsPositions()
    {
        const QHash<NodeId, QPointF> before = onScreen();
        const int steps = window->undoStack()->index();
        const int count = window->undoStack()->count();
        QSignalSpy finished(runner(), &LayoutRunner::finished);
        QElapsedTimer clock;
        bool cancelled = false;
        auto once = connect(runner(), &LayoutRunner::positionsStreamed, this, [&] {
            if (cancelled)
                return;
            cancelled = true;
            QVERIFY(moved(before, onScreen()) > 0);
            clock.start();
            QTest::mouseClick(window->layoutStatus()->cancelButton(), Qt::LeftButton);
        });
        choose(QStringLiteral("layout_multilevel"));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, kSlowWorkMs));
        const qint64 latency = clock.elapsed();
        disconnect(once);
        QVERIFY(cancelled);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(onScreen(), before);
        QCOMPARE(held(), before);
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), count); // not even a step undone meanwhile
        QVERIFY(!window->isLayingOut());
        QVERIFY(!window->layoutStatus()->isActive());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        qInfo("cancel after the first streamed picture: worker back in %lld ms", latency);
    }

    // Cancel while paused: the worker wakes and stops.
    void cancelWhilePaused()
    {
        const QHash<NodeId, QPointF> before = onScreen();
        const int steps = window->undoStack()->index();
        const int count = window->undoStack()->count();
        QSignalSpy finished(runner(), &LayoutRunner::finished);
        choosePaused(QStringLiteral("layout_multilevel"));
        QTest::qWait(200);
        QVERIFY(window->isLayingOut());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window->layoutStatus()->cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, 5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(onScreen(), before);
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), count);
    }

    // A layout started while one runs replaces it: one step, the new one's.
    void newLayoutReplacesTheRunningOne()
    {
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        const int steps = window->undoStack()->index();
        choosePaused(QStringLiteral("layout_multilevel"));
        choose(QStringLiteral("layout_circle"));
        QVERIFY(waitForLayout(finished));
        QTest::qWait(300); // nothing of the first comes late
        QCOMPARE(finished.count(), 1);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        const QHash<NodeId, QPointF> at = onScreen();
        const qreal radius = QLineF(QPointF(), at.constBegin().value()).length();
        for (const QPointF &p : at)
            QVERIFY(std::abs(QLineF(QPointF(), p).length() - radius) < 0.01 * radius);
        window->undoStack()->undo();
    }

    // Opening another graph while a layout runs: nothing of it lands there.
    void openingAnotherGraphDropsTheLayout()
    {
        QCOMPARE(window->undoStack()->index(), 0);
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        choosePaused(QStringLiteral("layout_multilevel"));
        QVERIFY(window->isLayingOut());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openBundledCorpus();
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() >= 1; }, kSlowWorkMs));
        QVERIFY(!window->isLayingOut());
        QVERIFY(!window->layoutStatus()->isActive());
        const QHash<NodeId, QPointF> opened = onScreen();
        QTest::qWait(1500); // the dropped worker has long returned
        QCOMPARE(finished.count(), 0);
        QCOMPARE(onScreen(), opened);
        QCOMPARE(held(), opened);
        QCOMPARE(window->undoStack()->count(), 0);
    }

    // A graph too large to lay out before showing it opens first; its
    // layout then streams in with the status bar's percentage, and its
    // picture is part of opening it: no step to undo, nothing to save.
    void largeGraphOpensBeforeItsLayout()
    {
        window->setLayoutAfterOpeningAbove(2000);
        const auto restore = qScopeGuard([this] { window->setLayoutAfterOpeningAbove(layoutAfterOpeningThreshold); });
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        int streamed = 0;
        auto counting = connect(runner(), &LayoutRunner::positionsStreamed, this, [&] { ++streamed; });
        QVERIFY(openGenerated(3000));
        QVERIFY(window->isLayingOut());
        QVERIFY(window->layoutStatus()->isActive());
        QVERIFY(waitForLayout(finished));
        disconnect(counting);
        QVERIFY(streamed >= 1);
        QCOMPARE(window->document()->positions().size(), 3000); // every node has its place
        QCOMPARE(onScreen(), held());
        QSet<QPair<int, int>> places; // spread out, not heaped on one point
        for (const QPointF &p : held())
            places.insert({qRound(p.x()), qRound(p.y())});
        QVERIFY2(places.size() > 2900, qPrintable(QString::number(places.size())));
        QCOMPARE(window->undoStack()->count(), 0);
        QVERIFY(!window->isModified());
    }

    // That layout starts before the scene is built, with the job the loader
    // prepared off the GUI thread: it runs on the other core meanwhile
    // (building the scene of 500k edges takes a second). It lives through
    // the reset it was started for and lands on the new graph.
    void largeGraphIsLaidOutWhileItsSceneIsBuilt()
    {
        const QString path = writeGenerated(QStringLiteral("news-3100.json"), GraphFormat::Json, 3100);
        QVERIFY(!path.isEmpty());
        QVERIFY(!runner()->isRunning());
        // The reader waits once it has told the shape, until the layout's
        // picture is up: the picture is there when the scene is built.
        ReaderHold hold(window.get());
        bool runningAtReset = false;
        bool sceneHadNodesAtReset = true;
        auto probe = connect(window->document(), &GraphDocument::aboutToReset, this, [&] {
            runningAtReset = runner()->isRunning();
            sceneHadNodesAtReset = window->scene()->visibleNodeCount() == 3100;
        });
        // The scene is built at that picture, not at the spiral moved after.
        int onSpiralWhenBuilt = -1;
        auto built = connect(window->document(), &GraphDocument::wasReset, this, [&] {
            onSpiralWhenBuilt = 0;
            const QHash<NodeId, QPointF> at = window->scene()->positions();
            int index = 0;
            for (NodeId id : window->document()->graph().nodes())
                onSpiralWhenBuilt += at.contains(id) && QLineF(at.value(id), provisionalPosition(index++)).length() < 0.01;
        });
        // That picture is on the scene when the window has opened the graph,
        // before anything is painted: the spiral is never drawn.
        int streamedWhenOpened = -1;
        auto opened = connect(window.get(), &MainWindow::graphLoaded, this,
                              [&] { streamedWhenOpened = runner()->streamedFrames(); });
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(hold.held(), kSlowWorkMs);
        QTRY_VERIFY_WITH_TIMEOUT(window->view()->isShowingPreview(), kSlowWorkMs);
        hold.letGo();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kSlowWorkMs);
        disconnect(probe);
        disconnect(opened);
        disconnect(built);
        QCOMPARE(window->scene()->visibleNodeCount(), 3100);
        QVERIFY(runningAtReset);
        QVERIFY(!sceneHadNodesAtReset); // the old graph's scene was still up
        QCOMPARE(onSpiralWhenBuilt, 0);
        QVERIFY(streamedWhenOpened >= 1);
        QVERIFY(waitForLayout(finished));
        QCOMPARE(window->document()->positions().size(), 3100);
        QCOMPARE(onScreen(), held());
        QSet<QPair<int, int>> places;
        for (const QPointF &p : held())
            places.insert({qRound(p.x()), qRound(p.y())});
        QVERIFY2(places.size() > 3000, qPrintable(QString::number(places.size())));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    // Building the canvas of a large graph keeps the GUI thread from
    // painting for a second or more: the window first shows the layout's
    // first useful picture, drawn straight into an image, and takes it
    // down once the canvas is up.
    void largeGraphShowsItsFirstPictureWhileItsCanvasIsBuilt()
    {
        window->setLayoutAfterOpeningAbove(2000);
        const auto restore = qScopeGuard([this] { window->setLayoutAfterOpeningAbove(layoutAfterOpeningThreshold); });
        QImage shown;
        auto probe = connect(window->document(), &GraphDocument::aboutToReset, this,
                             [&] { shown = window->view()->previewPicture(); });
        bool previewAfterOpening = true;
        auto opened = connect(window.get(), &MainWindow::graphLoaded, this, [&] {
            QTimer::singleShot(0, this, [&] { previewAfterOpening = window->view()->isShowingPreview(); });
        });
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        QVERIFY(openGenerated(3200));
        QTRY_VERIFY(!previewAfterOpening);
        disconnect(probe);
        disconnect(opened);
        QVERIFY(showsGraphPicture(shown));
        QVERIFY(waitForLayout(finished));
        QCOMPARE(window->document()->positions().size(), 3200);
        QCOMPARE(onScreen(), held());
    }

    // A large graph's layout starts as soon as its reader knows its shape
    // (every node, every edge's ends) and its first picture is up while the
    // edges are still being added: here the reader is held at that point
    // until the test has seen the picture.
    void largeGraphIsLaidOutWhileItsEdgesAreRead()
    {
        const QString path = writeGenerated(QStringLiteral("news-3300.graphml"), GraphFormat::GraphML, 3300);
        QVERIFY(!path.isEmpty());
        ReaderHold hold(window.get());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(hold.held(), kSlowWorkMs);
        // The edges are not in yet: the layout runs, and its picture is up.
        QTRY_VERIFY_WITH_TIMEOUT(window->view()->isShowingPreview(), kSlowWorkMs);
        QVERIFY(runner()->isRunningForComingGraph());
        QVERIFY(window->isLoading());
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(window->scene()->visibleNodeCount() == 3300, false); // the old graph's canvas
        QVERIFY(showsGraphPicture(window->view()->previewPicture()));
        // Cancelled from the Opening dialog, not from the layout's status.
        QVERIFY(window->layoutStatus()->isActive());
        QVERIFY(!window->layoutStatus()->cancelButton()->isEnabled());
        hold.letGo();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, kSlowWorkMs);
        QCOMPARE(window->scene()->visibleNodeCount(), 3300);
        QVERIFY(waitForLayout(finished));
        QVERIFY(!window->view()->isShowingPreview());
        QCOMPARE(window->document()->positions().size(), 3300);
        QCOMPARE(onScreen(), held());
        QSet<QPair<int, int>> places;
        for (const QPointF &p : held())
            places.insert({qRound(p.x()), qRound(p.y())});
        QVERIFY2(places.size() > 3200, qPrintable(QString::number(places.size())));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    // A GraphML file is skimmed for its shape on the other core while it is
    // read, so the layout starts long before the reader has the graph. Here
    // the file breaks where only the reader looks (its last node's
    // evidence): the early picture was up, then goes with the layout, and
    // what was open stays, with the file and line named.
    void aLargeFileBrokenAtItsEndLosesItsEarlyLayout()
    {
        const QString path = writeGenerated(QStringLiteral("news-3200.graphml"), GraphFormat::GraphML, 3200);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype last = bytes.lastIndexOf("<node ");
        const qsizetype evidence = bytes.indexOf("[{&quot;document", last);
        QVERIFY(last > 0 && evidence > last);
        bytes.insert(evidence, "[");
        const int brokenLine = int(bytes.left(evidence).count('\n')) + 1;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        const int before = window->scene()->visibleNodeCount();
        const KnowledgeGraph open = window->graph();
        QSignalSpy failed(window.get(), &MainWindow::loadFailed);
        {
            ReaderHold hold(window.get()); // here: the skim, once it has told the shape
            window->openFile(path);
            QTRY_VERIFY_WITH_TIMEOUT(hold.held(), kSlowWorkMs);
            QTRY_VERIFY_WITH_TIMEOUT(window->view()->isShowingPreview(), kSlowWorkMs);
            QVERIFY(runner()->isRunningForComingGraph() || runner()->waitingPicture().size() == 3200);
            QVERIFY(showsGraphPicture(window->view()->previewPicture()));
            QCOMPARE(window->scene()->visibleNodeCount(), before);
            hold.letGo();
            QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kSlowWorkMs);
        }
        QVERIFY(!window->view()->isShowingPreview());
        QVERIFY(!runner()->isRunningForComingGraph());
        QVERIFY(!window->isLayingOut());
        QCOMPARE(window->scene()->visibleNodeCount(), before);
        QCOMPARE(window->graph().nodeCount(), open.nodeCount());
        QVERIFY2(window->lastError().startsWith(path + QStringLiteral(":%1").arg(brokenLine)),
                 qPrintable(window->lastError()));
        QVERIFY2(window->lastError().contains(QStringLiteral("evidence")), qPrintable(window->lastError()));
        for (QMessageBox *box : window->findChildren<QMessageBox *>())
            box->close();
    }

    // Cancelled while its edges are read, a large graph's early layout stops
    // at once, its picture goes, and what was open stays.
    void cancellingWhileTheEdgesAreReadStopsTheEarlyLayout()
    {
        const QString path = writeGenerated(QStringLiteral("news-3400.json"), GraphFormat::Json, 3400);
        QVERIFY(!path.isEmpty());
        const int before = window->scene()->visibleNodeCount();
        ReaderHold hold(window.get());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(hold.held(), kSlowWorkMs);
        QTRY_VERIFY_WITH_TIMEOUT(runner()->isRunningForComingGraph(), kSlowWorkMs);
        QProgressDialog *progress = nullptr;
        for (QProgressDialog *dialog : window->findChildren<QProgressDialog *>())
            if (dialog->windowTitle() == QStringLiteral("Opening"))
                progress = dialog;
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), kSlowWorkMs);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!runner()->isRunningForComingGraph()); // stopped with the click
        QVERIFY(!window->view()->isShowingPreview());
        hold.letGo();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), kSlowWorkMs);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(window->scene()->visibleNodeCount(), before);
        QVERIFY(!window->isLayingOut());
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // Cancelled, the opening layout leaves every node where it had got to:
    // still no step, and the window browses on.
    void cancellingTheOpeningLayoutKeepsItsPicture()
    {
        window->setLayoutAfterOpeningAbove(2000);
        const auto restore = qScopeGuard([this] { window->setLayoutAfterOpeningAbove(layoutAfterOpeningThreshold); });
        QSignalSpy finished(window.get(), &MainWindow::layoutFinished);
        connect(
            runner(), &LayoutRunner::positionsStreamed, this,
            [this] { QTest::mouseClick(window->layoutStatus()->cancelButton(), Qt::LeftButton); },
            Qt::SingleShotConnection);
        QVERIFY(openGenerated(3000));
        QVERIFY(waitForLayout(finished));
        QCOMPARE(window->document()->positions().size(), 3000); // every node has its place
        QCOMPARE(onScreen(), held());
        QCOMPARE(window->undoStack()->count(), 0);
        QVERIFY(!window->isModified());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestLayoutUi)
#include "tst_layoutui.moc"
