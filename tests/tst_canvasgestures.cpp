// Right-click gestures on the canvas (issue 10) in the real window, driven
// by the mouse and keys as a user would: the node and background menus,
// hide, pin, expand, collapse, focus, a path between two actors in the Path
// tab, and a click on the background that clears the selection.
#include <QBackingStore>
#include <QAction>
#include <QPushButton>
#include <QDateEdit>
#include <QCheckBox>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <deque>
#include <functional>
#include <memory>

#include "analysis.h"
#include "canvasmenu.h"
#include "chartview.h"
#include "curationcontroller.h"
#include "edits.h"
#include "evidencepanel.h"
#include "graphdocument.h"
#include "graphitems.h"
#include "hairlines.h"
#include "graphscene.h"
#include "layers.h"
#include "imageexport.h"
#include "graphview.h"
#include "inspectorpanel.h"
#include "knowledgegraph.h"
#include "labelplacer.h"
#include "legend.h"
#include "minimap.h"
#include "mainwindow.h"
#include "filterpanel.h"
#include "timelineview.h"
#include "pathpanel.h"
#include "projectfile.h"
#include "selection.h"
#include "sourceviewer.h"
#include "windowsupport.h"
#include "timelineview.h"
#include "viewfilter.h"

using namespace threadline;
using threadline::test::kSlowWorkMs;

// A 30×30 grid (see TestCanvasGestures::grid) on a canvas of its own,
// 1000×700, without the window around it.
struct GridCanvas
{
    QHash<NodeId, QPointF> at;
    KnowledgeGraph graph;
    GraphScene scene;
    GraphView view;
    // A grid of side × side nodes 120 apart (batched edges from 40 up), in
    // a view of `size`, shown.
    bool show(int side = 30, QSize size = {1000, 700});
};

// `count` people ("n0", "n1" …) evenly around a circle of `radius` about
// 0,0, in order: the rim of the dense-edge tests.
struct Circle
{
    KnowledgeGraph graph;
    QHash<NodeId, QPointF> at;
    QList<NodeId> ids;
    Circle(int count, qreal radius)
    {
        for (int i = 0; i < count; ++i) {
            NodeData n;
            n.key = QStringLiteral("n%1").arg(i);
            n.kind = NodeKind::Person;
            n.label = n.key;
            ids.append(graph.addNode(n));
            const qreal angle = 2 * M_PI * i / count;
            at.insert(ids.last(), QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
    }
};

// Shows `scene` in `view`, `size` large, on screen.
bool showIn(GraphView &view, GraphScene &scene, QSize size)
{
    view.resize(size);
    view.setScene(&scene);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

// Every region the widget is asked to paint.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent *>(event)->region());
        return false;
    }
};

// How many pixels of what the window shows of `port` (its backing store:
// what the last repaints left) differ from a full repaint of it now, within
// `area` (all of it when null), by more than `tolerance` in a channel; -1
// when the window's store is not an image.
qsizetype pixelsShownStale(QWidget *port, const QRect &area = {}, int tolerance = 0)
{
    QBackingStore *store = port->backingStore();
    if (!store || store->paintDevice()->devType() != QInternal::Image)
        return -1;
    const auto *windowImage = static_cast<const QImage *>(store->paintDevice());
    const QPoint origin = port->mapTo(port->window(), QPoint());
    const QImage shown = windowImage->copy(QRect(origin, port->size())).convertToFormat(QImage::Format_ARGB32);
    const QImage full = port->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    if (shown.size() != full.size())
        return -1;
    const QRect within = area.isNull() ? full.rect() : area & full.rect();
    qsizetype differ = 0;
    for (int y = within.top(); y <= within.bottom(); ++y)
        for (int x = within.left(); x <= within.right(); ++x)
            differ += tolerance == 0 ? shown.pixel(x, y) != full.pixel(x, y)
                                     : std::abs(qRed(shown.pixel(x, y)) - qRed(full.pixel(x, y))) > tolerance
                                           || std::abs(qGreen(shown.pixel(x, y)) - qGreen(full.pixel(x, y))) > tolerance
                                           || std::abs(qBlue(shown.pixel(x, y)) - qBlue(full.pixel(x, y))) > tolerance;
    return differ;
}

// What the window shows of `port`'s view: its part of the backing store.
QImage shownViewport(QGraphicsView &view)
{
    QWidget *port = view.viewport();
    const auto *windowImage = static_cast<const QImage *>(port->backingStore()->paintDevice());
    return windowImage->copy(QRect(port->mapTo(port->window(), QPoint()), port->size()));
}

class TestCanvasGestures : public QObject
{
    Q_OBJECT
    friend struct GridCanvas;

    QTemporaryDir home;
    QTemporaryDir projects; // saved by the tests, for the whole run
    std::unique_ptr<MainWindow> window;

    NodeId byKey(const QString &key) const { return test::nodeByKey(window->graph(), key); }

    QWidget *viewport() const { return window->view()->viewport(); }

    // Shortcuts reach the window only when it has the focus.
    void activate()
    {
        window->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::focusWindow(), window->windowHandle(), kSlowWorkMs);
        window->view()->setFocus();
    }

    void undo() { QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier); }

    // The timeline shown, wide enough to brush, and where `id`'s mark is on
    // its plot (unset when it never shows).
    void markOnTheTimeline(NodeId id, std::optional<QPoint> &mark)
    {
        TimelineView *timeline = window->timelineView();
        window->timelineDock()->show();
        window->timelineDock()->raise();
        QTRY_VERIFY(timeline->isVisible());
        QTRY_VERIFY(timeline->chart()->plotArea().width() > 300);
        QTRY_VERIFY((mark = timeline->markPosition(id)).has_value());
    }

    // Where the node is on screen, after bringing it into view; fails when
    // something else lies on top of it.
    QPoint pointOf(NodeId id)
    {
        NodeItem *item = window->scene()->nodeItem(id);
        if (!item)
            return {-1, -1};
        window->view()->centerOn(item);
        const QPoint at = window->view()->mapFromScene(item->scenePos());
        QGraphicsItem *top = window->view()->itemAt(at);
        return top == item || (top && top->parentItem() == item) ? at : QPoint(-1, -1);
    }

    // A point of the canvas with nothing under it, away from the legend.
    QPoint emptyPoint()
    {
        const QRect legend = window->legend()->geometry();
        const Minimap *map = window->view()->minimap();
        const QRect overview = map->isVisible() ? map->geometry() : QRect();
        const QRect area = viewport()->rect().adjusted(20, 20, -20, -20);
        for (int y = area.bottom(); y > area.top(); y -= 17)
            for (int x = area.right(); x > area.left(); x -= 23) {
                const QPoint p(x, y);
                bool clear = !legend.contains(p) && !overview.contains(p) && viewport()->childAt(p) == nullptr;
                for (int d = -6; clear && d <= 6; d += 3)
                    clear = !window->view()->itemAt(p + QPoint(d, d)) && !window->view()->itemAt(p + QPoint(d, -d));
                if (clear)
                    return p;
            }
        return {-1, -1};
    }

    // The menu that popped up; nullptr when none did.
    static QMenu *openMenu()
    {
        (void)QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 5000);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }

    // A right-click at `at` as the window system delivers it (press, then
    // release), and the menu it opens.
    QMenu *rightClick(QPoint at)
    {
        QWindow *handle = window->windowHandle();
        const QPoint inWindow = viewport()->mapTo(window.get(), at);
        QTest::mousePress(handle, Qt::RightButton, {}, inWindow);
        QMenu *menu = openMenu();
        QTest::mouseRelease(handle, Qt::RightButton, {}, inWindow); // the menu stays open
        return menu;
    }

    // The menu for a node through a context-menu event sent to the canvas
    // (as the keyboard's menu key or a platform would send it).
    QMenu *contextMenuOn(NodeId id)
    {
        const QPoint at = pointOf(id);
        if (at.x() < 0)
            return nullptr;
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        return openMenu();
    }

    static QAction *action(QMenu *menu, const QString &name)
    {
        for (QAction *a : menu->findChildren<QAction *>()) {
            if (a->objectName() == name)
                return a;
        }
        return nullptr;
    }

    // Clicks the menu's action as a user does; the menu closes.
    static void choose(QMenu *menu, const QString &name)
    {
        QAction *a = action(menu, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(a->isEnabled(), qPrintable(name));
        QVERIFY(menu->actionGeometry(a).isValid());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
        QTRY_VERIFY(!menu->isVisible());
    }

    // Opens Focus on This Node in the node's menu and clicks a depth.
    static void chooseFocus(QMenu *menu, int depth)
    {
        QMenu *focus = menu->findChild<QMenu *>(QStringLiteral("focusMenu"));
        QVERIFY(focus);
        // Onto the submenu's row, and the arrow key opens it.
        QTest::mouseMove(menu, menu->actionGeometry(focus->menuAction()).center());
        menu->setActiveAction(focus->menuAction());
        QTest::keyClick(menu, Qt::Key_Right);
        QTRY_VERIFY(focus->isVisible());
        choose(focus, QStringLiteral("focusDepth%1").arg(depth));
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    static QSet<NodeId> shownNodes(const MainWindow &on)
    {
        QSet<NodeId> shown;
        for (NodeId id : on.graph().nodes()) {
            if (on.scene()->nodeItem(id))
                shown.insert(id);
        }
        return shown;
    }
    QSet<NodeId> shownNodes() const { return shownNodes(*window); }

    QToolButton *showDocumentsButton() const
    {
        for (QToolButton *candidate : window->findChildren<QToolButton *>()) {
            if (candidate->defaultAction() && candidate->defaultAction()->text().remove(QLatin1Char('&'))
                                                  == QStringLiteral("Show Documents and Mentions"))
                return candidate;
        }
        return nullptr;
    }

    void redo() { QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    // The Filter tab's row that starts with `start`.
    static QListWidgetItem *rowOf(QListWidget *list, const QString &start)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(start))
                return list->item(i);
        return nullptr;
    }

    // A click on the row's check box (at the row's left).
    static void clickCheck(QListWidget *list, QListWidgetItem *item)
    {
        list->scrollToItem(item);
        const QRect row = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(row.left() + 10, row.center().y()));
    }

    // Every row of the Filter tab, checked or not.
    static QMap<QString, Qt::CheckState> filterChecks(const FilterPanel *panel)
    {
        QMap<QString, Qt::CheckState> checks;
        for (const QListWidget *list : {panel->kindList(), panel->relationList(), panel->documentList()})
            for (int i = 0; i < list->count(); ++i)
                checks.insert(list->objectName() + QLatin1Char('/') + list->item(i)->text(), list->item(i)->checkState());
        return checks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::openCorpusWindow(window, home));
        QVERIFY(window->scene()->visibleNodeCount() > 50);
        activate();
    }

    void init()
    {
        while (QWidget *popup = QApplication::activePopupWidget()) // left open by a failed test
            popup->close();
        window->undoStack()->setIndex(0); // each test starts from the graph as opened
        window->clearFocus();
        // The Filter tab as opened too (left otherwise by a failed test).
        window->filterPanel()->findChild<QPushButton *>(QStringLiteral("filterShowAll"))->click();
        window->selection()->clear();
        activate();
    }

    // A real right-click on Mark Rutte selects him and offers every gesture.
    void rightClickOnNodeSelectsItAndOffersTheGestures()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const QPoint at = pointOf(rutte);
        QVERIFY2(at.x() >= 0, "Mark Rutte is not clickable on the canvas");
        QMenu *menu = rightClick(at);
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("canvasNodeMenu"));
        QCOMPARE(window->selection()->currentNode(), rutte);
        QCOMPARE(window->selection()->nodes().size(), 1);
        QVERIFY(window->scene()->nodeItem(rutte)->isSelected());
        QStringList texts;
        for (QAction *a : menu->actions())
            texts.append(a->text());
        for (const char *wanted : {"Hide", "Pin", "Focus on This Node", "Show All", "Path From Here"})
            QVERIFY2(texts.contains(QString::fromUtf8(wanted)), wanted);
        QVERIFY(texts.filter(QStringLiteral("Expand Neighbours")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("Collapse Neighbours")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("Path To Here")).size() == 1);
        QVERIFY(!action(menu, QStringLiteral("pathToHere"))->isEnabled()); // no start chosen yet
        menu->close();
    }

    void hideThroughTheMenuAndUndo()
    {
        const NodeId hegseth = byKey(QStringLiteral("person:pete-hegseth"));
        const qsizetype before = window->scene()->visibleNodeCount();
        QMenu *menu = contextMenuOn(hegseth);
        QVERIFY(menu);
        choose(menu, QStringLiteral("hideNode"));
        QTRY_VERIFY(!window->scene()->nodeItem(hegseth));
        QCOMPARE(window->scene()->visibleNodeCount(), before - 1);
        QVERIFY(window->document()->isHidden(hegseth));
        undo();
        QTRY_VERIFY(window->scene()->nodeItem(hegseth));
        QCOMPARE(window->scene()->nodeItem(hegseth)->nodeId(), hegseth);
        QCOMPARE(window->graph().node(hegseth).key, QStringLiteral("person:pete-hegseth"));
        QCOMPARE(window->scene()->visibleNodeCount(), before);
    }

    void pinThroughTheMenuAndUndo()
    {
        const NodeId rubio = byKey(QStringLiteral("person:marco-rubio"));
        QVERIFY(!window->scene()->nodeItem(rubio)->isPinned());
        QMenu *menu = contextMenuOn(rubio);
        QVERIFY(menu);
        QCOMPARE(action(menu, QStringLiteral("pinNode"))->text(), QStringLiteral("Pin"));
        const int steps = window->undoStack()->index();
        choose(menu, QStringLiteral("pinNode"));
        QTRY_VERIFY(window->scene()->nodeItem(rubio)->isPinned());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        // The menu now offers the opposite.
        menu = contextMenuOn(rubio);
        QVERIFY(menu);
        QCOMPARE(action(menu, QStringLiteral("pinNode"))->text(), QStringLiteral("Unpin"));
        menu->close();
        undo();
        QTRY_VERIFY(!window->scene()->nodeItem(rubio)->isPinned());
    }

    void focusDepthOneShowsTheNeighbourhoodAndShowAllEverything()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const qsizetype all = window->scene()->visibleNodeCount();
        QMenu *menu = contextMenuOn(rutte);
        QVERIFY(menu);
        chooseFocus(menu, 1);
        // Exactly his neighbours that the standard view shows.
        QSet<NodeId> expected;
        const ViewFilter standard = ViewFilter::standard();
        for (NodeId id : window->graph().neighbourhood(rutte, 1)) {
            if (standard.acceptsNode(window->graph(), id))
                expected.insert(id);
        }
        QTRY_COMPARE(shownNodes(), expected);
        QVERIFY(expected.size() > 5 && expected.size() < all);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Mark Rutte")));

        // Show All from the background's menu brings every node back.
        const QPoint empty = emptyPoint();
        QVERIFY2(empty.x() >= 0, "no empty place on the canvas");
        menu = rightClick(empty);
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("canvasBackgroundMenu"));
        QVERIFY(action(menu, QStringLiteral("fit")));
        choose(menu, QStringLiteral("showAll"));
        QTRY_COMPARE(window->scene()->visibleNodeCount(), all);
    }

    // One "only these nodes" state: focusing on a node ends a period
    // brushed on the timeline, and says so.
    void focusReplacesABrushedPeriod()
    {
        const qsizetype all = window->scene()->visibleNodeCount();
        TimelineView *timeline = window->timelineView();
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        std::optional<QPoint> mark;
        markOnTheTimeline(palmBeach, mark);
        QVERIFY(mark);
        QWidget *plot = timeline->plotWidget();
        QTest::mousePress(plot, Qt::LeftButton, {}, *mark - QPoint(25, 0));
        QTest::mouseMove(plot, *mark);
        QTest::mouseMove(plot, *mark + QPoint(25, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, *mark + QPoint(25, 0));
        QVERIFY(timeline->brushedRange());
        const qsizetype during = window->scene()->visibleNodeCount();
        QVERIFY(during < all);

        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        QMenu *menu = contextMenuOn(rutte);
        QVERIFY(menu);
        chooseFocus(menu, 1);
        QVERIFY(!timeline->brushedRange()); // the brush is gone from the timeline too
        QCOMPARE(shownNodes(), neighbourhood(window->graph(), rutte, 1, ViewFilter::standard()));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("instead of the period")));
        window->clearFocus();
        QCOMPARE(window->scene()->visibleNodeCount(), all);
    }

    // Two steps through the real menu: the canvas shows exactly what lay
    // within two of its links of Rutte, one undo step with his name. Ctrl+Z
    // brings every node back and the view as it was, Ctrl+Shift+Z focuses
    // again; Show All is a step of its own.
    void focusDepthTwoIsOneUndoStep()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        window->view()->fitAll();
        window->view()->zoomBy(1.5);
        const QSet<NodeId> everything = shownNodes();
        // Two steps along the links the canvas shows.
        QSet<NodeId> expected{rutte};
        for (int step = 0; step < 2; ++step) {
            const QSet<NodeId> reached = expected;
            for (NodeId id : reached)
                for (EdgeItem *edge : window->scene()->nodeItem(id)->edges())
                    expected << edge->sourceItem()->nodeId() << edge->targetItem()->nodeId();
        }
        const qsizetype oneStep = neighbourhood(window->graph(), rutte, 1, ViewFilter::standard()).size();
        QVERIFY2(expected.size() > oneStep && expected.size() < everything.size(),
                 qPrintable(QStringLiteral("%1 within two steps, %2 within one, %3 in all")
                                .arg(expected.size()).arg(oneStep).arg(everything.size())));

        const int steps = window->undoStack()->index();
        const QPoint at = pointOf(rutte);
        QVERIFY2(at.x() >= 0, "Mark Rutte is not clickable on the canvas");
        const qreal zoom = window->view()->zoom();
        const QPointF centre = window->view()->mapToScene(viewport()->rect().center());
        QMenu *menu = rightClick(at);
        QVERIFY(menu);
        chooseFocus(menu, 2);
        QCOMPARE(shownNodes(), expected);
        QCOMPARE(window->scene()->visibleNodeCount(), expected.size());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Focus on Mark Rutte within 2 steps"));
        QVERIFY(window->isModified()); // the focus is saved with the project

        activate();
        undo();
        QTRY_COMPARE(shownNodes(), everything);
        QCOMPARE(window->undoStack()->index(), steps);
        QVERIFY(window->viewFilter().onlyNodes.isEmpty());
        QVERIFY(std::abs(window->view()->zoom() - zoom) < 1e-6); // where the view was
        QVERIFY(QLineF(window->view()->mapToScene(viewport()->rect().center()), centre).length() < 2 / zoom);

        redo();
        QTRY_COMPARE(shownNodes(), expected);
        QCOMPARE(window->undoStack()->index(), steps + 1);

        // Show All from the background's menu, and Ctrl+Z focuses again.
        const QPoint empty = emptyPoint();
        QVERIFY2(empty.x() >= 0, "no empty place on the canvas");
        menu = rightClick(empty);
        QVERIFY(menu);
        choose(menu, QStringLiteral("showAll"));
        QTRY_COMPARE(shownNodes(), everything);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Show All"));
        activate();
        undo();
        QTRY_COMPARE(shownNodes(), expected);
    }

    // Unticking Place in the Filter tab is one undo step: Palm Beach leaves
    // the canvas; Ctrl+Z brings it back with the row ticked again, and
    // Ctrl+Shift+Z hides it again. Neither adds a step of its own.
    void aTickInTheFilterTabIsOneUndoStep()
    {
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->kindList()->count() > 5);
        const NodeId palmBeach = byKey(QStringLiteral("place:palm-beach"));
        QVERIFY(window->scene()->nodeItem(palmBeach));
        const QSet<NodeId> everything = shownNodes();
        const QMap<QString, Qt::CheckState> checks = filterChecks(panel);
        const int steps = window->undoStack()->index();

        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Place")));
        QTRY_VERIFY(!window->scene()->nodeItem(palmBeach));
        QCOMPARE(rowOf(panel->kindList(), QStringLiteral("Place"))->checkState(), Qt::Unchecked);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Hide Place"));
        const QSet<NodeId> withoutPlaces = shownNodes();

        activate();
        undo();
        QTRY_VERIFY(window->scene()->nodeItem(palmBeach));
        QCOMPARE(shownNodes(), everything);
        QCOMPARE(filterChecks(panel), checks); // the box is ticked again
        QVERIFY(!window->viewFilter().hiddenKinds.contains(NodeKind::Place));
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), steps + 1); // the undo pushed nothing

        redo();
        QTRY_VERIFY(!window->scene()->nodeItem(palmBeach));
        QCOMPARE(shownNodes(), withoutPlaces);
        QCOMPARE(rowOf(panel->kindList(), QStringLiteral("Place"))->checkState(), Qt::Unchecked);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->count(), steps + 1);
    }

    // Show Documents and Mentions on the toolbar is one undo step too: the
    // documents come onto the canvas (laid out, the others where they were);
    // Ctrl+Z takes them off and unchecks the button, and pushes nothing.
    void showDocumentsIsOneUndoStep()
    {
        QToolButton *button = showDocumentsButton();
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->isChecked());
        QList<NodeId> documents;
        for (NodeId id : window->graph().nodes()) {
            if (window->graph().node(id).kind == NodeKind::Document)
                documents.append(id);
        }
        QVERIFY(!documents.isEmpty());
        QVERIFY(!window->scene()->nodeItem(documents.first()));
        const QSet<NodeId> before = shownNodes();
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const QPointF rutteAt = window->scene()->nodeItem(rutte)->pos();
        const int steps = window->undoStack()->index();

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->scene()->nodeItem(documents.first()), kSlowWorkMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLayingOut(), kSlowWorkMs);
        QVERIFY(button->isChecked());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        // The layout that placed the documents is part of the step.
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Show Documents and Mentions"));
        const QPointF documentAt = window->scene()->nodeItem(documents.first())->pos();
        QVERIFY(window->scene()->nodeItem(rutte)->pos() != rutteAt); // laid out again

        activate();
        undo();
        QTRY_VERIFY(!window->scene()->nodeItem(documents.first()));
        QCOMPARE(shownNodes(), before);
        QVERIFY(!button->isChecked());
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QTRY_COMPARE(window->scene()->nodeItem(rutte)->pos(), rutteAt); // back where it was

        // Redone: the documents where the layout put them, laid out again
        // by nothing.
        redo();
        QTRY_VERIFY(window->scene()->nodeItem(documents.first()));
        QVERIFY(button->isChecked());
        QVERIFY(!window->isLayingOut());
        QCOMPARE(window->scene()->nodeItem(documents.first())->pos(), documentAt);
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        undo();
        QTRY_VERIFY(!window->scene()->nodeItem(documents.first()));
    }

    // The layout that places documents shown for the first time fits the
    // view to the new picture. The user had zoomed in on Rutte: Ctrl+Z
    // gives back that view (its zoom and what was in its middle) with the
    // canvas, and Ctrl+Shift+Z the fitted view the step ended with.
    void undoingShowDocumentsGivesBackTheView()
    {
        // Opened afresh: the documents have never been placed (a place
        // given stays when its step is undone).
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openBundledCorpus();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLayingOut(), kSlowWorkMs);
        activate();
        QToolButton *button = showDocumentsButton();
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->isChecked());
        NodeId document;
        for (NodeId id : window->graph().nodes()) {
            if (window->graph().node(id).kind == NodeKind::Document)
                document = id;
        }
        QVERIFY(document.isValid() && !window->scene()->nodeItem(document));
        GraphView *view = window->view();
        const auto middle = [view] { return view->mapToScene(view->viewport()->rect().center()); };
        view->fitAll();
        view->zoomBy(3);
        view->centerOn(window->scene()->nodeItem(byKey(QStringLiteral("person:mark-rutte"))));
        view->settle();
        QVERIFY(!view->isFitted());
        const qreal zoomedIn = view->zoom();
        const QPointF lookedAt = middle();

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->scene()->nodeItem(document), kSlowWorkMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLayingOut(), kSlowWorkMs);
        QVERIFY(view->isFitted());
        const qreal fitted = view->zoom();
        const QPointF fittedAt = middle();
        QVERIFY2(fitted < zoomedIn * 0.9, qPrintable(QStringLiteral("%1 after, %2 before").arg(fitted).arg(zoomedIn)));

        activate();
        undo();
        QTRY_VERIFY(!window->scene()->nodeItem(document));
        QCOMPARE(view->zoom(), zoomedIn);
        QVERIFY2(QLineF(middle(), lookedAt).length() * zoomedIn <= 2, // within two pixels
                 qPrintable(QStringLiteral("(%1, %2) in the middle, not (%3, %4)")
                                .arg(middle().x()).arg(middle().y()).arg(lookedAt.x()).arg(lookedAt.y())));
        QVERIFY(!view->isFitted());

        redo();
        QTRY_VERIFY(window->scene()->nodeItem(document));
        QCOMPARE(view->zoom(), fitted);
        QVERIFY(QLineF(middle(), fittedAt).length() * fitted <= 2);
        QVERIFY(view->isFitted());
        undo();
        QTRY_VERIFY(!window->scene()->nodeItem(document));
    }

    // A drag across the timeline is one undo step when the mouse is
    // released, however many moves it took; Esc on the timeline, clearing
    // the period, is another. Undo puts back the canvas, the brush and the
    // Filter tab's period, and pushes nothing.
    void aBrushedPeriodIsOneUndoStep()
    {
        TimelineView *timeline = window->timelineView();
        FilterPanel *panel = window->filterPanel();
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        std::optional<QPoint> mark;
        markOnTheTimeline(palmBeach, mark);
        QVERIFY(mark);
        const QSet<NodeId> everything = shownNodes();
        const int steps = window->undoStack()->index();

        QWidget *plot = timeline->plotWidget();
        QTest::mousePress(plot, Qt::LeftButton, {}, *mark - QPoint(25, 0));
        for (int x = -20; x <= 25; x += 5)
            QTest::mouseMove(plot, *mark + QPoint(x, 0));
        QCOMPARE(window->undoStack()->index(), steps); // not while the mouse is down
        QTest::mouseRelease(plot, Qt::LeftButton, {}, *mark + QPoint(25, 0));
        const auto period = timeline->brushedRange();
        QVERIFY(period);
        const QSet<NodeId> during = shownNodes();
        QVERIFY(during.contains(palmBeach) && during.size() < everything.size());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QVERIFY(panel->periodCheck()->isChecked());

        activate();
        undo();
        QTRY_COMPARE(shownNodes(), everything);
        QVERIFY(!timeline->brushedRange());
        QVERIFY(!panel->periodCheck()->isChecked());
        QCOMPARE(window->undoStack()->index(), steps);
        QCOMPARE(window->undoStack()->count(), steps + 1);

        redo();
        QTRY_COMPARE(shownNodes(), during);
        QCOMPARE(timeline->brushedRange(), period);
        QVERIFY(panel->periodCheck()->isChecked());
        QCOMPARE(panel->fromEdit()->date(), period->first);
        QCOMPARE(window->undoStack()->count(), steps + 1);

        // Esc on the timeline clears the period: a step; undo brushes it again.
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Escape);
        QTRY_COMPARE(shownNodes(), everything);
        QCOMPARE(window->undoStack()->index(), steps + 2);
        activate();
        undo();
        QTRY_COMPARE(shownNodes(), during);
        QCOMPARE(timeline->brushedRange(), period);
        QCOMPARE(window->undoStack()->count(), steps + 2);
    }

    // The Filter tab's period ticked is a step, and unticked another.
    void aPeriodSetByDatesIsOneUndoStep()
    {
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        const QSet<NodeId> everything = shownNodes();
        panel->fromEdit()->setDate(QDate(2024, 11, 20));
        panel->toEdit()->setDate(QDate(2024, 11, 30));
        const int steps = window->undoStack()->index();
        QTest::mouseClick(panel->periodCheck(), Qt::LeftButton, {}, QPoint(8, panel->periodCheck()->height() / 2));
        QTRY_VERIFY(shownNodes().size() < everything.size());
        const QSet<NodeId> during = shownNodes();
        QCOMPARE(window->undoStack()->index(), steps + 1);
        QTest::mouseClick(panel->periodCheck(), Qt::LeftButton, {}, QPoint(8, panel->periodCheck()->height() / 2));
        QTRY_COMPARE(shownNodes(), everything);
        QCOMPARE(window->undoStack()->index(), steps + 2);
        activate();
        undo();
        QTRY_COMPARE(shownNodes(), during);
        QVERIFY(panel->periodCheck()->isChecked());
        undo();
        QTRY_COMPARE(shownNodes(), everything);
        QVERIFY(!panel->periodCheck()->isChecked());
        QCOMPARE(window->undoStack()->count(), steps + 2);
    }

    // A project keeps what its canvas was limited to: saved with statements
    // unchecked in the Filter tab and focused two steps around Rutte, it
    // opens in a new window on the same nodes, with the same checks.
    void focusAndFilterAreSavedWithTheProject()
    {
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->kindList()->count() > 5);
        QListWidgetItem *statements = rowOf(panel->kindList(), QStringLiteral("Statement"));
        QVERIFY(statements && statements->checkState() == Qt::Checked);
        const QString statementsRow = QStringLiteral("filterKinds/") + statements->text();
        clickCheck(panel->kindList(), statements);
        QTRY_VERIFY(window->viewFilter().hiddenKinds.contains(NodeKind::Statement));
        const qsizetype unfocused = window->scene()->visibleNodeCount();
        QMenu *menu = contextMenuOn(byKey(QStringLiteral("person:mark-rutte")));
        QVERIFY(menu);
        chooseFocus(menu, 2);
        QTRY_VERIFY(window->scene()->visibleNodeCount() < unfocused);
        const QSet<NodeId> shown = shownNodes();
        const QMap<QString, Qt::CheckState> checks = filterChecks(panel);
        QCOMPARE(checks.value(statementsRow), Qt::Unchecked);
        const QString path = projects.filePath(QStringLiteral("focused.threadline"));
        QVERIFY(window->saveAs(path));
        // This window's Filter tab as the other tests want it.
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        QTRY_VERIFY(!window->viewFilter().hiddenKinds.contains(NodeKind::Statement));

        const std::unique_ptr<MainWindow> reopened = test::openInNewWindow(path);
        QVERIFY(reopened);
        QCOMPARE(shownNodes(*reopened), shown);
        QTRY_COMPARE(filterChecks(reopened->filterPanel()), checks);
        QVERIFY(!reopened->isModified()); // opened as saved
        reopened->clearFocus(); // Show All: what the filter shows, statements still left out
        QCOMPARE(reopened->scene()->visibleNodeCount(), unfocused);
        activate();
    }

    // A period brushed on the timeline is kept too: reopened, the timeline
    // and the Filter tab hold the same days and the canvas what happened then.
    void aBrushedPeriodIsSavedWithTheProject()
    {
        const qsizetype all = window->scene()->visibleNodeCount();
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        panel->fromEdit()->setDate(QDate(2024, 11, 20));
        panel->toEdit()->setDate(QDate(2024, 11, 30));
        QTest::mouseClick(panel->periodCheck(), Qt::LeftButton, {}, QPoint(8, panel->periodCheck()->height() / 2));
        QTRY_VERIFY(window->timelineView()->brushedRange());
        const QSet<NodeId> shown = shownNodes();
        QVERIFY(!shown.isEmpty() && shown.size() < all);
        const QString path = projects.filePath(QStringLiteral("period.threadline"));
        QVERIFY(window->saveAs(path));

        const std::unique_ptr<MainWindow> reopened = test::openInNewWindow(path);
        QVERIFY(reopened);
        QCOMPARE(shownNodes(*reopened), shown);
        QCOMPARE(reopened->timelineView()->brushedRange(), std::make_optional(std::make_pair(QDate(2024, 11, 20), QDate(2024, 11, 30))));
        QVERIFY(reopened->filterPanel()->periodCheck()->isChecked());
        QCOMPARE(reopened->filterPanel()->fromEdit()->date(), QDate(2024, 11, 20));
        QCOMPARE(reopened->filterPanel()->toEdit()->date(), QDate(2024, 11, 30));
        activate();
    }

    // A project saved before its view kept the filter and the focus opens
    // in the standard view, whatever this window showed before.
    void anOldProjectOpensUnfiltered()
    {
        const QSet<NodeId> everything = shownNodes();
        const QMap<QString, Qt::CheckState> standardChecks = filterChecks(window->filterPanel());
        const QString path = projects.filePath(QStringLiteral("old.threadline"));
        QVERIFY(window->saveAs(path));
        QString error;
        QVERIFY2(project::writeViewState(path, QStringLiteral(R"({"zoom":1,"centre":[0,0],"fitted":true})"), &error),
                 qPrintable(error));
        // Statements unchecked and a focus on Rutte, then the old project.
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        QTRY_VERIFY(window->viewFilter().hiddenKinds.contains(NodeKind::Statement));
        QMenu *menu = contextMenuOn(byKey(QStringLiteral("person:mark-rutte")));
        QVERIFY(menu);
        chooseFocus(menu, 1);
        QVERIFY(shownNodes().size() < everything.size());
        test::answerMessageBox(this, QStringLiteral("unsavedChangesBox"), QStringLiteral("Discard"));
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(shownNodes(), everything);
        QVERIFY(window->viewFilter().onlyNodes.isEmpty());
        QTRY_COMPARE(filterChecks(window->filterPanel()), standardChecks);
        QCOMPARE(window->undoStack()->count(), 0);
        activate();
    }

    // A project saved with statements unticked opens in a window showing
    // them with its canvas built once, for what it shows (not first
    // unfiltered, then again).
    void openingAFilteredProjectBuildsTheCanvasOnce()
    {
        FilterPanel *panel = window->filterPanel();
        window->sideTabs()->setCurrentWidget(panel);
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        QTRY_VERIFY(window->viewFilter().hiddenKinds.contains(NodeKind::Statement));
        const QSet<NodeId> shown = shownNodes();
        const QString path = projects.filePath(QStringLiteral("filtered.threadline"));
        QVERIFY(window->saveAs(path));
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        QTRY_VERIFY(!window->viewFilter().hiddenKinds.contains(NodeKind::Statement));
        QVERIFY(shownNodes().size() > shown.size());

        if (window->isModified())
            test::answerMessageBox(this, QStringLiteral("unsavedChangesBox"), QStringLiteral("Discard"));
        QSignalSpy builds(window->scene(), &GraphScene::built);
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(shownNodes(), shown);
        QCOMPARE(rowOf(panel->kindList(), QStringLiteral("Statement"))->checkState(), Qt::Unchecked);
        QCOMPARE(builds.count(), 1);
        activate();
    }

    void collapseAndExpandNeighboursAreUndoable()
    {
        // The first event with something hanging on it alone (a place, a
        // statement made there).
        NodeId event;
        for (NodeId id : window->graph().nodes()) {
            if (window->graph().node(id).kind == NodeKind::Event
                && !dependentNeighbours(window->graph(), id, window->viewFilter(), {}).isEmpty()) {
                event = id;
                break;
            }
        }
        QVERIFY2(event.isValid(), "no event in the corpus has a neighbour linked to it alone");
        const QSet<NodeId> before = shownNodes();
        // Which shown nodes have links on the canvas, and to whom.
        QHash<NodeId, QSet<NodeId>> linkedTo;
        for (NodeId id : before) {
            for (EdgeItem *edge : window->scene()->nodeItem(id)->edges()) {
                const NodeId other = edge->sourceItem()->nodeId() == id ? edge->targetItem()->nodeId()
                                                                        : edge->sourceItem()->nodeId();
                linkedTo[id].insert(other);
            }
        }

        QMenu *menu = contextMenuOn(event);
        QVERIFY(menu);
        const int steps = window->undoStack()->index();
        choose(menu, QStringLiteral("collapseNeighbours"));
        const QSet<NodeId> collapsed = shownNodes();
        QVERIFY(collapsed.contains(event));
        QVERIFY(collapsed.size() < before.size());
        QCOMPARE(window->undoStack()->index(), steps + 1);
        // What went was linked to the event alone, and nothing left on the
        // canvas lost its last link.
        for (NodeId gone : before - collapsed)
            QCOMPARE(linkedTo.value(gone), QSet<NodeId>{event});
        for (NodeId kept : collapsed) {
            if (!linkedTo.value(kept).isEmpty())
                QVERIFY2(!window->scene()->nodeItem(kept)->edges().isEmpty(),
                         qPrintable(window->graph().node(kept).label));
        }

        // Expand shows them again, one step; undo hides them again.
        menu = contextMenuOn(event);
        QVERIFY(menu);
        choose(menu, QStringLiteral("expandNeighbours"));
        QCOMPARE(shownNodes(), before);
        QCOMPARE(window->undoStack()->index(), steps + 2);
        undo();
        QTRY_COMPARE(shownNodes(), collapsed);
        undo();
        QTRY_COMPARE(shownNodes(), before);
    }

    void pathFromRutteToPutinIsShortestAndClickable()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const NodeId putin = byKey(QStringLiteral("person:vladimir-putin"));
        QMenu *menu = contextMenuOn(rutte);
        QVERIFY(menu);
        choose(menu, QStringLiteral("pathFromHere"));
        QCOMPARE(window->canvasMenu()->pathStart(), rutte);
        menu = contextMenuOn(putin);
        QVERIFY(menu);
        choose(menu, QStringLiteral("pathToHere"));

        PathPanel *panel = window->pathPanel();
        QCOMPARE(window->sideTabs()->currentWidget(), panel);
        const QList<PathStep> steps = panel->steps();
        QVERIFY(steps.size() >= 2);
        QCOMPARE(steps.first().node, rutte);
        QCOMPARE(steps.last().node, putin);
        const KnowledgeGraph &g = window->graph();
        for (qsizetype i = 1; i < steps.size(); ++i) {
            QVERIFY(g.contains(steps[i].via));
            const EdgeData &edge = g.edge(steps[i].via);
            const QSet<NodeId> ends{edge.source, edge.target};
            QCOMPARE(ends, (QSet<NodeId>{steps[i - 1].node, steps[i].node}));
        }
        // As short as a breadth-first search over the standard view says.
        const VisibleAdjacency adjacency = visibleAdjacency(g, ViewFilter::standard());
        std::vector<int> distance(size_t(adjacency.ids.size()), -1);
        std::deque<int> queue{adjacency.index.value(rutte)};
        distance[size_t(queue.front())] = 0;
        while (!queue.empty()) {
            const int at = queue.front();
            queue.pop_front();
            for (int next : adjacency.next[size_t(at)]) {
                if (distance[size_t(next)] < 0) {
                    distance[size_t(next)] = distance[size_t(at)] + 1;
                    queue.push_back(next);
                }
            }
        }
        QCOMPARE(int(steps.size()) - 1, distance[size_t(adjacency.index.value(putin))]);
        QCOMPARE(steps.size(), shortestPath(g, rutte, putin, ViewFilter::standard()).size());

        // Listed step by step: every node and every relationship between, with its quote.
        QListWidget *list = panel->list();
        QCOMPARE(list->count(), int(2 * steps.size() - 1));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Mark Rutte")));
        QVERIFY(list->item(list->count() - 1)->text().contains(QStringLiteral("Vladimir Putin")));
        const EdgeData &firstEdge = g.edge(steps[1].via);
        QVERIFY(list->item(1)->text().contains(relationPhrase(firstEdge.relation, true)));
        if (!firstEdge.evidence.isEmpty())
            QVERIFY(list->item(1)->text().contains(firstEdge.evidence.first().text.simplified().left(40)));
        QVERIFY(panel->heading()->text().contains(QStringLiteral("Vladimir Putin")));

        // The path lights up on the canvas.
        QSet<NodeId> pathNodes;
        for (const PathStep &step : steps)
            pathNodes.insert(step.node);
        QCOMPARE(window->scene()->selectedNodes(), pathNodes);

        // Clicking a node row selects that node; a relationship row selects
        // the relationship and opens its evidence.
        const auto click = [list](int row) {
            list->scrollToItem(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        };
        click(2);
        QTRY_COMPARE(window->selection()->currentNode(), steps[1].node);
        QCOMPARE(window->selection()->nodes().size(), 1);
        click(1);
        QTRY_COMPARE(window->selection()->currentEdge(), steps[1].via);
        QCOMPARE(window->evidencePanel()->list()->count(), int(firstEdge.evidence.size()));
        if (!firstEdge.evidence.isEmpty())
            QCOMPARE(window->sourceViewer()->documentId(), firstEdge.evidence.first().document);
    }

    void noPathSaysSoWithBothNames()
    {
        // A node of its own, linked to nothing.
        NodeData lone;
        lone.kind = NodeKind::Person;
        lone.label = QStringLiteral("Nobody Linked");
        lone.key = QStringLiteral("person:nobody-linked");
        window->curation()->push(std::make_unique<AddNodeEdit>(lone, QPointF(0, 0)));
        const NodeId nobody = byKey(lone.key);
        QTRY_VERIFY(window->scene()->nodeItem(nobody));
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        window->canvasMenu()->setPathStart(rutte);
        QMenu *menu = contextMenuOn(nobody);
        QVERIFY(menu);
        choose(menu, QStringLiteral("pathToHere"));
        PathPanel *panel = window->pathPanel();
        QVERIFY(panel->steps().isEmpty());
        QCOMPARE(panel->list()->count(), 0);
        QVERIFY(panel->heading()->text().contains(QStringLiteral("No path")));
        QVERIFY(panel->heading()->text().contains(QStringLiteral("Mark Rutte")));
        QVERIFY(panel->heading()->text().contains(QStringLiteral("Nobody Linked")));
        undo();
        QTRY_VERIFY(!window->graph().contains(nobody));
    }

    // A click on empty canvas clears the selection, and the inspector says
    // what to click.
    void backgroundClickClearsTheSelection()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const QPoint at = pointOf(rutte);
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(window->selection()->currentNode(), rutte);
        QVERIFY(window->inspector()->browser()->toPlainText().contains(QStringLiteral("Mark Rutte")));
        const QPoint empty = emptyPoint();
        QVERIFY(empty.x() >= 0);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, empty);
        QTRY_VERIFY(window->selection()->isEmpty());
        QVERIFY(window->scene()->selectedItems().isEmpty());
        QVERIFY(window->inspector()->browser()->toPlainText().contains(QStringLiteral("Click a node")));
    }

    void cleanupTestCase()
    {
        window.reset();
    }

    // The Filter tab: unchecking a kind takes it off the canvas and the
    // legend, a relation its edges, a document what only it says; the
    // period is the timeline's brush, both ways; Show Everything restores.
    void filterPanelChoosesWhatTheCanvasShows()
    {
        FilterPanel *panel = window->filterPanel();
        QTRY_VERIFY(panel->kindList()->count() > 5);
        const qsizetype nodesBefore = window->scene()->visibleNodeCount();
        const qsizetype edgesBefore = window->scene()->visibleEdgeCount();
        window->sideTabs()->setCurrentWidget(panel);
        // Statements off: no statement on the canvas, fewer nodes.
        QListWidgetItem *statements = rowOf(panel->kindList(), QStringLiteral("Statement"));
        QVERIFY(statements && statements->checkState() == Qt::Checked);
        clickCheck(panel->kindList(), statements);
        QCOMPARE(statements->checkState(), Qt::Unchecked);
        QTRY_VERIFY(window->scene()->visibleNodeCount() < nodesBefore);
        for (NodeId id : window->graph().nodes())
            if (window->graph().node(id).kind == NodeKind::Statement)
                QVERIFY(!window->scene()->nodeItem(id));
        QVERIFY(window->viewFilter().hiddenKinds.contains(NodeKind::Statement));
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        QTRY_COMPARE(window->scene()->visibleNodeCount(), nodesBefore);

        // A relation off: its edges go, the nodes stay.
        clickCheck(panel->relationList(), rowOf(panel->relationList(), QStringLiteral("participated_in")));
        QTRY_VERIFY(window->scene()->visibleEdgeCount() < edgesBefore);
        QCOMPARE(window->scene()->visibleNodeCount(), nodesBefore);
        for (EdgeId id : window->graph().edges())
            if (window->graph().edge(id).relation == QLatin1String("participated_in"))
                QVERIFY(!window->scene()->edgeItem(id));
        clickCheck(panel->relationList(), rowOf(panel->relationList(), QStringLiteral("participated_in")));
        QTRY_COMPARE(window->scene()->visibleEdgeCount(), edgesBefore);

        // A document off: what only it says goes; what others say too stays.
        QListWidget *documents = panel->documentList();
        QVERIFY(documents->count() == 5);
        clickCheck(documents, documents->item(4)); // 004, the Palm Beach article
        QTRY_VERIFY(window->scene()->visibleNodeCount() < nodesBefore);
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        QVERIFY(!window->scene()->nodeItem(palmBeach));
        QVERIFY(window->scene()->nodeItem(byKey(QStringLiteral("person:mark-rutte"))));

        // The period: set here, it brushes the timeline; brushed there, it shows here.
        clickCheck(documents, documents->item(4));
        QTRY_COMPARE(window->scene()->visibleNodeCount(), nodesBefore);
        panel->fromEdit()->setDate(QDate(2024, 11, 20));
        panel->toEdit()->setDate(QDate(2024, 11, 30));
        QVERIFY(!panel->periodCheck()->isChecked()); // nothing brushed, nothing focused
        panel->periodCheck()->click();
        QVERIFY(window->timelineView()->brushedRange());
        QCOMPARE(window->timelineView()->brushedRange()->first, QDate(2024, 11, 20));
        QTRY_VERIFY(window->scene()->visibleNodeCount() < nodesBefore / 2);
        QVERIFY(window->scene()->nodeItem(palmBeach));
        window->timelineView()->clearBrush();
        QVERIFY(!panel->periodCheck()->isChecked());
        QTRY_COMPARE(window->scene()->visibleNodeCount(), nodesBefore);
        window->timelineView()->setBrushedRange(QDate(2025, 4, 1), QDate(2025, 4, 5));
        QVERIFY(panel->periodCheck()->isChecked());
        QCOMPARE(panel->fromEdit()->date(), QDate(2025, 4, 1));
        // Reset Filters: statements off again first, then everything back.
        clickCheck(panel->kindList(), rowOf(panel->kindList(), QStringLiteral("Statement")));
        auto *reset = panel->findChild<QPushButton *>(QStringLiteral("filterShowAll"));
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_COMPARE(window->scene()->visibleNodeCount(), nodesBefore);
        QVERIFY(!window->timelineView()->brushedRange());
        QCOMPARE(rowOf(panel->kindList(), QStringLiteral("Statement"))->checkState(), Qt::Checked);
        QCOMPARE(rowOf(panel->kindList(), QStringLiteral("Document"))->checkState(), Qt::Unchecked);
    }

    // Shift+drag on the background draws a rubber band that selects the
    // nodes it covers; Ctrl+click then takes one out.
    void rubberBandAndCtrlClickSelect()
    {
        window->selection()->clear();
        window->view()->fitAll();
        // A band around Mark Rutte's node, from empty canvas to empty canvas.
        NodeItem *rutte = window->scene()->nodeItem(byKey(QStringLiteral("person:mark-rutte")));
        QVERIFY(rutte);
        const QPoint centre = window->view()->mapFromScene(rutte->scenePos());
        QPoint from = centre - QPoint(60, 60), to = centre + QPoint(60, 60);
        for (int shift = 0; shift < 40 && window->view()->itemAt(from); ++shift)
            from -= QPoint(3, 0);
        for (int shift = 0; shift < 40 && window->view()->itemAt(to); ++shift)
            to += QPoint(3, 0);
        QVERIFY2(!window->view()->itemAt(from) && !window->view()->itemAt(to), "no empty canvas around Rutte");
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(viewport(), from + (to - from) * step / 8);
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
        const QRectF band = window->view()->mapToScene(QRect(from, to).normalized()).boundingRect();
        // Every node whose centre lies in the band is selected (the band
        // takes what its shape touches).
        int inside = 0;
        for (NodeId id : window->graph().nodes()) {
            NodeItem *item = window->scene()->nodeItem(id);
            if (item && band.contains(item->scenePos())) {
                ++inside;
                QVERIFY2(window->selection()->contains(id), qPrintable(window->graph().node(id).label));
            }
        }
        QVERIFY2(inside >= 2, "the band covers one node only");
        QCOMPARE(window->view()->dragMode(), QGraphicsView::ScrollHandDrag); // a plain drag pans again
        // Ctrl+click on Rutte takes him out of the selection, the rest stays.
        const qsizetype before = window->selection()->nodes().size();
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, centre);
        QVERIFY(!window->selection()->contains(rutte->nodeId()));
        QCOMPARE(window->selection()->nodes().size(), before - 1);
    }

    // `big` on `scene`, its edges batched, shown in `view` (800 × 600)
    // about (600, 300).
    static bool showBatchedGrid(const KnowledgeGraph &big, const QHash<NodeId, QPointF> &at, GraphScene &scene,
                                GraphView &view)
    {
        scene.setGraph(&big, at, ViewFilter());
        if (!scene.edgesBatched() || !showIn(view, scene, {800, 600}))
            return false;
        view.centerOn(QPointF(600, 300));
        QApplication::processEvents();
        return true;
    }

    // The same, at `zoom`, about the node at (600, 240).
    static bool showBatchedGridAt(const KnowledgeGraph &big, const QHash<NodeId, QPointF> &at, GraphScene &scene,
                                  GraphView &view, qreal zoom)
    {
        if (!showBatchedGrid(big, at, scene, view))
            return false;
        view.scale(zoom, zoom);
        view.centerOn(QPointF(600, 240));
        QApplication::processEvents();
        return true;
    }

public:
    // The 40 × 40 grid below on a canvas of its own, batched; show(zoom)
    // also zooms and centres the view on (600, 240).
    struct ShownGrid
    {
        QHash<NodeId, QPointF> at;
        KnowledgeGraph big{grid(40, at)};
        GraphScene scene;
        GraphView view;
        bool show() { return showBatchedGrid(big, at, scene, view); }
        bool show(qreal zoom) { return showBatchedGridAt(big, at, scene, view, zoom); }
    };

private Q_SLOTS:

    // A grid of people 120 apart, with the four-neighbour links: more edges
    // than GraphScene::batchedEdges, so edges go through the batched layer.
    static KnowledgeGraph grid(int side, QHash<NodeId, QPointF> &at)
    {
        KnowledgeGraph big;
        QList<NodeId> ids;
        for (int i = 0; i < side * side; ++i) {
            NodeData n;
            n.key = QStringLiteral("n%1").arg(i);
            n.kind = NodeKind::Person;
            n.label = n.key;
            ids.append(big.addNode(n));
            at.insert(ids.last(), QPointF((i % side) * 120.0, (i / side) * 120.0));
        }
        const auto link = [&](int a, int b) {
            EdgeData e;
            e.key = QStringLiteral("e%1-%2").arg(a).arg(b);
            e.source = ids[a];
            e.target = ids[b];
            e.relation = QStringLiteral("member_of");
            big.addEdge(e);
        };
        for (int i = 0; i < side * side; ++i) {
            if (i % side + 1 < side)
                link(i, i + 1);
            if (i + side < side * side)
                link(i, i + side);
        }
        return big;
    }

    static bool near(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
    }

    // Wheel zoom keeps the point under the wheel in place, shows the last
    // frame scaled while the wheel turns, and settles to the full picture
    // (labels sized for the zoom) once it stops. A node drag draws the
    // dragged node where the mouse is and nothing where it was, and
    // settles when released.
    void wheelZoomAndNodeDragDrawFromTheLastFrame()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show(40, {900, 700}));
        GraphScene &scene = canvas.scene;
        GraphView &view = canvas.view;
        const KnowledgeGraph &big = canvas.graph;
        QVERIFY(scene.edgesBatched());
        view.centerOn(QPointF(600, 600));
        NodeItem *node = scene.nodeItem(test::nodeByKey(big, QStringLiteral("n205"))); // (5, 5)
        QVERIFY(node);
        const QPoint under = view.mapFromScene(node->scenePos()) + QPoint(3, 2);
        const QPointF sceneUnder = view.mapToScene(under);
        const qreal zoomBefore = view.zoom();
        QTest::mouseMove(view.viewport(), under);
        for (int step = 0; step < 3; ++step) {
            QWheelEvent wheel(under, view.viewport()->mapToGlobal(under), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &wheel);
        }
        QVERIFY(std::abs(view.zoom() - zoomBefore * std::pow(1.15, 3)) < 1e-6);
        const QPointF nowAt = view.mapFromScene(sceneUnder);
        QVERIFY2(QLineF(nowAt, under).length() < 1.5,
                 qPrintable(QStringLiteral("the point under the wheel moved by %1 px").arg(QLineF(nowAt, under).length())));
        QVERIFY(!view.isSettled()); // the scaled frame meanwhile
        QVERIFY(near(view.viewport()->grab().toImage().pixelColor(view.mapFromScene(node->scenePos())), node->fill()));
        QTRY_VERIFY_WITH_TIMEOUT(view.isSettled(), GraphView::settleDelay * 20);
        QCOMPARE(scene.labelScale(), qBound(1.0, 1.0 / view.zoom(), 2.5));
        // A touchpad's zoom settles as the fingers leave it (its end phase),
        // not settleDelay later.
        {
            QWheelEvent pinch(under, view.viewport()->mapToGlobal(under), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::ScrollUpdate, false);
            QApplication::sendEvent(view.viewport(), &pinch);
            QVERIFY(!view.isSettled());
            QWheelEvent lifted(under, view.viewport()->mapToGlobal(under), QPoint(), QPoint(0, 0), Qt::NoButton,
                               Qt::NoModifier, Qt::ScrollEnd, false);
            QApplication::sendEvent(view.viewport(), &lifted);
            QVERIFY(view.isSettled());
            QCOMPARE(scene.labelScale(), qBound(1.0, 1.0 / view.zoom(), 2.5));
        }

        // Drag the node 140 px right, in steps, with the left button held
        // (farther than the room its edges keep for their labels).
        const QPoint from = view.mapFromScene(node->scenePos());
        const QPoint to = from + QPoint(140, 0);
        const QPointF scenePos = node->scenePos();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(view.viewport(), from + (to - from) * step / 6);
        QVERIFY(!view.isSettled());
        // On screen, the edges follow the node as it goes: where they run,
        // and where they ran, what the window shows is what a full repaint
        // gives.
        QApplication::processEvents();
        QRectF edgesArea;
        for (const EdgeItem *edge : node->edges())
            edgesArea |= QRectF(edge->line().p1(), edge->line().p2()).normalized();
        edgesArea |= QRectF(node->scenePos(), scenePos).normalized(); // where it was, too
        const QRect edgesPixels = view.mapFromScene(edgesArea).boundingRect().adjusted(-10, -10, 10, 10);
        const qsizetype stale = pixelsShownStale(view.viewport(), edgesPixels);
        QVERIFY2(stale >= 0 && stale < 200, qPrintable(QStringLiteral("%1 pixels shown stale mid-drag").arg(stale)));
        const QImage midDrag = view.viewport()->grab().toImage();
        QVERIFY2(near(midDrag.pixelColor(view.mapFromScene(node->scenePos())), node->fill()), "the dragged node is not drawn where it is");
        // Where the node was, off the line of its left edge (which now runs
        // through there): the paper.
        const QPoint was = from - QPoint(0, 6);
        QVERIFY2(near(midDrag.pixelColor(was), view.backgroundBrush().color()), "the dragged node is still drawn where it was");
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QVERIFY(view.isSettled());
        QVERIFY(std::abs(node->scenePos().x() - scenePos.x() - 140 / view.zoom()) < 2 / view.zoom());
        const QImage after = view.viewport()->grab().toImage();
        QVERIFY(near(after.pixelColor(view.mapFromScene(node->scenePos())), node->fill()));
        QVERIFY(near(after.pixelColor(was), view.backgroundBrush().color()));
        // Each of the node's edges gives the scene's index the bounds of
        // where it now runs (bounds are held during the drag, given at the
        // drop), and is found there.
        QVERIFY(!node->edges().isEmpty());
        for (const EdgeItem *edge : node->edges()) {
            QVERIFY(edge->isShownAlone()); // the selected node's edges, drawn by themselves
            const QRectF bounds = edge->sceneBoundingRect();
            QVERIFY2(bounds.contains(edge->line().p1()) && bounds.contains(edge->line().p2()),
                     qPrintable(QStringLiteral("edge %1's bounds are not where it runs").arg(edge->edgeId().value())));
            QVERIFY(scene.items(edge->line().center()).contains(const_cast<EdgeItem *>(edge)));
        }
        // Unselected, they go back to the batched layer, whose index finds
        // them where they now run.
        scene.clearSelection();
        for (const EdgeItem *edge : node->edges()) {
            QVERIFY(!edge->isShownAlone());
            QCOMPARE(scene.edgeAt(edge->line().center()), edge);
        }
    }

    // A streamed layout frame moves every node at once; each edge then
    // runs between its ends' new places (adjusted once, after the move),
    // and the batched edges' index finds it there.
    void bulkMovesBringTheEdgesAlong()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        QHash<NodeId, QPointF> moved;
        for (auto it = at.cbegin(); it != at.cend(); ++it)
            moved.insert(it.key(), QPointF(it.value().x() * 1.5 + 50, it.value().y() * 0.5 - 30));
        QVERIFY(moved.size() > GraphScene::manyMoves);
        scene.setNodePositions(moved);
        // What the window shows is the new picture, not the old one.
        QApplication::processEvents();
        QCOMPARE(pixelsShownStale(view.viewport()), 0);
        for (EdgeId id : big.edges()) {
            const EdgeItem *edge = scene.edgeItem(id);
            const QPointF from = moved.value(big.edge(id).source), to = moved.value(big.edge(id).target);
            const QLineF line = edge->line();
            QVERIFY2(QLineF(line.p1(), from).length() <= edge->sourceItem()->radius() + 0.01
                         && QLineF(line.p2(), to).length() <= edge->targetItem()->radius() + 1.01,
                     qPrintable(QStringLiteral("edge %1 does not run between its ends").arg(id.value())));
        }
        const EdgeId some = big.edges().first();
        const QPointF middle = (moved.value(big.edge(some).source) + moved.value(big.edge(some).target)) / 2;
        QCOMPARE(scene.edgeAt(middle), scene.edgeItem(some));
    }

    // A node selected draws its edges by themselves (highlighted); moved,
    // with every other node (a layout's frame), while they are, and then
    // let go, its edges are drawn by the layer again, where they now run:
    // the layer's index keeps how each edge is drawn beside its line, and
    // hears when one goes out of the layer and back.
    void edgesLetGoAfterAMoveAreDrawnAgain()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node);
        QVERIFY(node->edges().size() == 4);
        node->setSelected(true);
        QApplication::processEvents();
        for (const EdgeItem *edge : node->edges())
            QVERIFY(edge->isShownAlone());
        // Every node 30 units to the right.
        QHash<NodeId, QPointF> moved;
        for (auto it = at.cbegin(); it != at.cend(); ++it)
            moved.insert(it.key(), it.value() + QPointF(30, 0));
        QVERIFY(moved.size() > GraphScene::manyMoves);
        scene.setNodePositions(moved);
        QApplication::processEvents();
        node->setSelected(false);
        QApplication::processEvents();
        const QImage shown = shownViewport(view);
        for (const EdgeItem *edge : node->edges()) {
            QVERIFY(!edge->isShownAlone());
            // Ink along the middle of its line, clear of both nodes.
            int inked = 0;
            for (qreal t = 0.35; t <= 0.65; t += 0.05) {
                const QPoint p = view.mapFromScene(edge->line().pointAt(t));
                inked += near(shown.pixelColor(p), view.backgroundBrush().color()) ? 0 : 1;
            }
            QVERIFY2(inked >= 5, qPrintable(QStringLiteral("%1 of 7 points inked").arg(inked)));
        }
        QCOMPARE(pixelsShownStale(view.viewport()), 0);
    }

    // Far from the scene's origin (a layout of a large graph spreads wide),
    // an edge is still picked anywhere within the pointer's reach of it: the
    // index keeps its lines as floats, whose rounding there is over a
    // hundredth of a unit, and must not leave out an edge its own line
    // passes near.
    void edgesFarFromTheOriginArePickedWithinReach()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        // Sheared, so that no line runs along an axis (whose rounding
        // would move both its ends alike), and far off.
        QHash<NodeId, QPointF> moved;
        for (auto it = at.cbegin(); it != at.cend(); ++it) {
            const QPointF p = it.value();
            moved.insert(it.key(), QPointF(p.x() + 0.137 * p.y() + 3.3e6 + 0.37, p.y() + 0.0613 * p.x() + 2.7e6 + 0.61));
        }
        scene.setNodePositions(moved);
        int found = 0, tried = 0;
        for (EdgeId id : big.edges()) {
            const EdgeItem *edge = scene.edgeItem(id);
            const QLineF line = edge->line();
            const QPointF normal = QPointF(-line.dy(), line.dx()) / line.length();
            for (const qreal side : {-1.0, 1.0}) {
                // Just inside the reach (4 units, GraphScene::edgeAt) of this
                // line and of no other.
                const QPointF point = line.pointAt(0.5) + normal * side * 3.99;
                ++tried;
                found += scene.edgeAt(point) == edge ? 1 : 0;
            }
        }
        QCOMPARE(found, tried);
    }

    // A node moved on its own (a drag's drop, an undo) moves a few edges:
    // the batched edges' index reads their lines again and finds them
    // where they now run, off its grid too, without building its grid
    // again (120 ms at 500k edges), and the window shows them there.
    void aFewMovedEdgesKeepTheirIndex()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        const EdgeId some = big.edges().first();
        const EdgeItem *edge = scene.edgeItem(some);
        const QPointF oldMiddle = edge->line().center();
        QCOMPARE(scene.edgeAt(oldMiddle), edge);
        const int builds = scene.edgeGridBuilds();
        QVERIFY(builds > 0);
        // Its source, far off the grid's corner.
        const NodeId source = big.edge(some).source;
        QHash<NodeId, QPointF> moved;
        moved.insert(source, QPointF(-3000, -2000));
        scene.setNodePositions(moved);
        const QPointF newMiddle = edge->line().center();
        QVERIFY(QLineF(newMiddle, oldMiddle).length() > 500);
        QCOMPARE(scene.edgeAt(newMiddle), edge);
        QVERIFY(scene.edgeAt(oldMiddle) != edge);
        // A query over a rectangle entirely off the grid finds it too.
        QCOMPARE(scene.edgeAt(edge->line().pointAt(0.05)), edge);
        QCOMPARE(scene.edgeGridBuilds(), builds);
        // And on screen: what the window shows is what a full repaint gives.
        view.centerOn(newMiddle);
        QApplication::processEvents();
        QCOMPARE(pixelsShownStale(view.viewport()), 0);
        QCOMPARE(scene.edgeGridBuilds(), builds);
    }

    // Two nodes dragged with the mouse, one after the other: the node index
    // lists them apart rather than being built again (50 ms of a settle at
    // 100k nodes), and both are found, and drawn, where they were dropped,
    // not where they were.
    void aDraggedNodeKeepsTheNodeIndex()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        QVERIFY(scene.nodesBatched());
        const auto dragBy = [&](NodeId id, QPoint by) {
            const QPoint from = view.mapFromScene(scene.nodeItem(id)->pos());
            QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
            for (int step = 1; step <= 4; ++step)
                QTest::mouseMove(view.viewport(), from + by * step / 4);
            QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, from + by);
            QApplication::processEvents();
        };
        // Two nodes in the middle of the view, from a grid built already.
        const QPointF first = QPointF(600, 240), second = QPointF(480, 360);
        const NodeId a = scene.nodeAt(first)->nodeId(), b = scene.nodeAt(second)->nodeId();
        const int builds = scene.nodeGridBuilds();
        QVERIFY(builds > 0);
        // Each into the space between four others (the grid is 120 apart).
        dragBy(a, QPoint(60, 60));
        dragBy(b, QPoint(-180, 60));
        const QPointF aNow = scene.nodeItem(a)->pos(), bNow = scene.nodeItem(b)->pos();
        QVERIFY2(QLineF(aNow, first).length() > 40, qPrintable(QStringLiteral("%1 %2").arg(aNow.x()).arg(aNow.y())));
        QVERIFY(QLineF(bNow, second).length() > 60);
        QCOMPARE(scene.nodeGridBuilds(), builds);
        // Found where they are now, by the index the pointer asks.
        QCOMPARE(scene.nodeAt(aNow)->nodeId(), a);
        QCOMPARE(scene.nodeAt(bNow)->nodeId(), b);
        QVERIFY(!scene.nodeAt(first) || scene.nodeAt(first)->nodeId() != a);
        QVERIFY(!scene.nodeAt(second) || scene.nodeAt(second)->nodeId() != b);
        // What the window shows, the pointer gone and nothing selected (else
        // the rest is dimmed), is what a full repaint gives (the strips
        // painted after each drop once left out an arrowhead whose line
        // passed just beside them): each node where it was dropped, with
        // the grid still not built again.
        scene.clearSelection();
        QEvent leave(QEvent::Leave); // the pointer leaves the canvas (QTest's moves without a button land elsewhere)
        QApplication::sendEvent(view.viewport(), &leave);
        QApplication::processEvents();
        QVERIFY(!scene.highlighted());
        QCOMPARE(pixelsShownStale(view.viewport()), 0);
        const QImage shown = shownViewport(view);
        for (const NodeId id : {a, b}) {
            const NodeItem *node = scene.nodeItem(id);
            // Above its middle, where a label never is.
            const QPointF top = node->pos() - QPointF(0, node->radius() * 0.6);
            QVERIFY(near(shown.pixelColor(view.mapFromScene(top)), node->fill()));
        }
        QCOMPARE(scene.nodeGridBuilds(), builds);
    }

    // A strip of the canvas repainted alone (a scroll, a drop) that holds
    // part of an arrowhead but neither its tip nor the line it ends: the
    // arrowhead is drawn there as a full repaint draws it. (It was left out:
    // the layer took only edges whose line passed within 2 units of the
    // strip, and arrowheads whose tip was in it.)
    void aStripHoldingOnlyPartOfAnArrowheadDrawsIt()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        // A link drawn left to right in the middle of the view, with its
        // arrowhead (few lines in view: drawn fine, arrowheads and all).
        const EdgeItem *edge = nullptr;
        for (const EdgeId id : big.edges()) {
            const EdgeItem *item = scene.edgeItem(id);
            const QLineF line = item->line();
            if (item->isDirected() && std::abs(line.dy()) < 0.01 && line.dx() > 0
                && QRectF(QPointF(480, 180), QPointF(720, 420)).contains(line.p2())) {
                edge = item;
                break;
            }
        }
        QVERIFY(edge);
        const QLineF line = edge->line();
        const QRectF head = EdgeItem::arrowhead(line, 1.1).boundingRect();
        QVERIFY(head.height() > 6);
        // Above the line by 2.2 to 3.2 units, short of the tip.
        const QRectF flank(QPointF(head.left(), line.y1() - 3.2), QPointF(line.x2() - 2, line.y1() - 2.2));
        const QRect strip = view.mapFromScene(flank).boundingRect();
        QVERIFY(view.zoom() >= 1);
        view.viewport()->repaint(strip);
        QApplication::processEvents();
        QCOMPARE(pixelsShownStale(view.viewport(), strip.adjusted(-1, -1, 1, 1)), 0);
        // And the arrowhead is there: ink in the strip.
        const QImage shown = shownViewport(view);
        int inked = 0;
        for (int y = strip.top(); y <= strip.bottom(); ++y)
            for (int x = strip.left(); x <= strip.right(); ++x)
                inked += near(shown.pixelColor(x, y), view.backgroundBrush().color()) ? 0 : 1;
        QVERIFY(inked > 0);
    }

    // The picture a drag starts from (the view without the dragged node
    // and its edges) is the window's own, brought up to date and painted
    // again only where they are: the same pixels as a full paint without
    // them, with a hover's dimming and a scroll still to be painted when
    // the drag begins. Zoomed in, the node's edges run across most of the
    // view: painted again in boxes along them.
    void aDragStartsFromThePictureShown_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("edges short") << 1.0;
        QTest::newRow("edges across the view") << 2.2;
    }
    void aDragStartsFromThePictureShown()
    {
        QFETCH(qreal, zoom);
        ShownGrid canvas;
        QVERIFY(canvas.show(zoom));
        auto &[at, big, scene, view] = canvas;
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node);
        node->setSelected(true);
        QApplication::processEvents();
        QList<QGraphicsItem *> dragged{node};
        QRectF spread = node->sceneBoundingRect();
        for (EdgeItem *edge : node->edges()) {
            dragged.append(edge);
            spread |= edge->currentBounds();
        }
        if (zoom > 1) // most of the view, as a box
            QVERIFY(view.mapFromScene(spread).boundingRect().width() > view.viewport()->width() * 0.6);
        // Due, not yet painted: another node's neighbourhood lit, the view
        // scrolled by 30 pixels.
        scene.highlightNeighbourhood(scene.nodeAt(QPointF(480, 360)));
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 30);
        const QImage started = view.pictureWithout(dragged).convertToFormat(QImage::Format_ARGB32);
        for (QGraphicsItem *item : dragged)
            item->setOpacity(0);
        const QImage full = view.viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        for (QGraphicsItem *item : dragged)
            item->setOpacity(1);
        QCOMPARE(started.size(), full.size());
        qsizetype differ = 0;
        for (int y = 0; y < full.height(); ++y)
            for (int x = 0; x < full.width(); ++x)
                differ += started.pixel(x, y) != full.pixel(x, y);
        QCOMPARE(differ, 0);
        // Where the node was: the paper (or a line under it), not the node.
        const QColor there = started.pixelColor(view.mapFromScene(node->pos() - QPointF(0, node->radius() * 0.6)));
        QVERIFY(!near(there, node->fill()));
    }

    // Pixels of `a` and `b` that differ (images of one size).
    static qsizetype differing(const QImage &a, const QImage &b)
    {
        const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
        if (x.size() != y.size())
            return -1;
        qsizetype differ = 0;
        for (int row = 0; row < x.height(); ++row)
            for (int column = 0; column < x.width(); ++column)
                differ += x.pixel(column, row) != y.pixel(column, row);
        return differ;
    }

    // The view painted afresh: the edge layer's kept picture forgotten.
    // The pointer moved to `p` on the view with no button down
    // (QTest::mouseMove on a bare top-level view lands elsewhere on the
    // offscreen screen).
    static void hoverAt(GraphView &view, QPoint p)
    {
        QMouseEvent move(QEvent::MouseMove, p, view.viewport()->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }

    static QImage freshPaint(GraphScene &scene, GraphView &view)
    {
        scene.forgetEdgePicture();
        return view.viewport()->grab().toImage();
    }

    // A drag's first frame paints the view without the dragged node and its
    // edges. Nothing else changed since the view was painted (the node was
    // pressed), so the edge layer draws from the picture it kept of its
    // lines, and that picture is the view painted afresh.
    void aDragStartsFromTheEdgesKept()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show(0.2)); // zoomed out: hairlines, as a large graph's are
        auto &[at, big, scene, view] = canvas;
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node);
        node->setSelected(true);
        QApplication::processEvents();
        view.viewport()->repaint();
        QList<QGraphicsItem *> dragged{node};
        for (EdgeItem *edge : node->edges())
            dragged.append(edge);
        const int reused = scene.edgePicturesReused();
        const QImage started = view.pictureWithout(dragged);
        QVERIFY(scene.edgePicturesReused() > reused);
        for (QGraphicsItem *item : dragged)
            item->setOpacity(0);
        const QImage fresh = freshPaint(scene, view);
        for (QGraphicsItem *item : dragged)
            item->setOpacity(1);
        QCOMPARE(differing(started, fresh), 0);
    }

    // Whatever changes what the edges look like makes the edge layer draw
    // them anew: a repaint right after it shows the change.
    void theEdgesKeptGiveWayToAChange_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("a node moved") << "move";
        QTest::newRow("another neighbourhood lit") << "light";
        QTest::newRow("an edge hidden") << "hide";
        QTest::newRow("an edge selected") << "select";
        QTest::newRow("zoomed") << "zoom";
    }
    void theEdgesKeptGiveWayToAChange()
    {
        QFETCH(QString, change);
        ShownGrid canvas;
        QVERIFY(canvas.show(0.2));
        auto &[at, big, scene, view] = canvas;
        view.viewport()->repaint();
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node && !node->edges().isEmpty());
        EdgeItem *edge = node->edges().first();
        if (change == QLatin1String("light")) { // one neighbourhood lit first, then another
            scene.highlightNeighbourhood(scene.nodeAt(QPointF(240, 240)));
            QVERIFY(scene.highlighted() && scene.highlighted() != node);
            view.viewport()->repaint();
        }
        // Unchanged, the picture kept is drawn.
        int reused = scene.edgePicturesReused();
        const QImage before = view.viewport()->grab().toImage();
        QVERIFY(scene.edgePicturesReused() > reused);
        if (change == QLatin1String("move"))
            node->setPos(node->pos() + QPointF(300, 200));
        else if (change == QLatin1String("light"))
            scene.highlightNeighbourhood(node);
        else if (change == QLatin1String("hide"))
            edge->setVisible(false);
        else if (change == QLatin1String("select"))
            edge->setSelected(true);
        else
            view.scale(1.25, 1.25);
        reused = scene.edgePicturesReused();
        const QImage after = view.viewport()->grab().toImage();
        // (The lines as they are stay kept when only the lit neighbourhood
        // changes: what is faded from them is made anew.)
        if (change != QLatin1String("light"))
            QCOMPARE(scene.edgePicturesReused(), reused);
        QVERIFY(differing(after, before) != 0);
        QCOMPARE(differing(after, freshPaint(scene, view)), 0);
    }

    // The pointer coming onto a node of a large graph lights its
    // neighbourhood: the view's edges are the picture kept of them, faded,
    // and the node's own edges drawn over it at full strength; leaving it
    // brings back the picture as it was. Both are what a fresh paint shows.
    void aHoverFadesTheEdgesKept()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show(0.2)); // hairlines, as a large graph's are
        auto &[at, big, scene, view] = canvas;
        view.viewport()->repaint();
        const QImage plain = view.viewport()->grab().toImage();
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node && node->edges().size() == 4);
        // An edge two rows below the node, and one of the node's own.
        EdgeItem *far = nullptr;
        for (EdgeItem *edge : scene.nodeAt(QPointF(600, 480))->edges())
            far = edge->line().dy() == 0 ? edge : far;
        QVERIFY(far);
        EdgeItem *own = node->edges().first();
        const auto inkAt = [&](const QImage &shown, const EdgeItem *edge) {
            // Across the line at a third of its length (clear of labels), the
            // darkest pixel against the paper.
            const QLineF line = edge->line();
            const QPointF point = view.mapFromScene(line.pointAt(0.35));
            const QPointF across = QPointF(-(line.dy()), line.dx()) / line.length();
            int darkest = 255;
            for (int step = -2; step <= 2; ++step)
                darkest = std::min(darkest, shown.pixelColor((point + across * step).toPoint()).lightness());
            return view.backgroundBrush().color().lightness() - darkest;
        };
        QVERIFY2(inkAt(plain, far) > 40, qPrintable(QString::number(inkAt(plain, far))));

        int reused = scene.edgePicturesReused();
        hoverAt(view, view.mapFromScene(node->pos()));
        QApplication::processEvents();
        QCOMPARE(scene.highlighted(), node);
        const QImage lit = view.viewport()->grab().toImage();
        QVERIFY(scene.edgePicturesReused() > reused); // faded from the lines kept, not drawn again
        QVERIFY2(inkAt(lit, far) * 4 < inkAt(plain, far),
                 qPrintable(QStringLiteral("%1 against %2").arg(inkAt(lit, far)).arg(inkAt(plain, far))));
        QVERIFY2(inkAt(lit, own) >= inkAt(plain, own),
                 qPrintable(QStringLiteral("%1 against %2").arg(inkAt(lit, own)).arg(inkAt(plain, own))));
        QCOMPARE(differing(lit, freshPaint(scene, view)), 0);

        reused = scene.edgePicturesReused();
        hoverAt(view, view.mapFromScene(node->pos() + QPointF(60, 60)));
        QApplication::processEvents();
        QVERIFY(!scene.highlighted());
        QCOMPARE(differing(view.viewport()->grab().toImage(), plain), 0);
        QVERIFY(scene.edgePicturesReused() > reused);
    }

    // Zoomed out, the edges of a selected node are still seen: each is
    // drawn at least a pixel and a half wide, as dark as its colour.
    void aSelectedNodesEdgesStandOutZoomedOut()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show(0.2));
        auto &[at, big, scene, view] = canvas;
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(node->pos()));
        QApplication::processEvents();
        QVERIFY(node->isSelected());
        const QImage shown = view.viewport()->grab().toImage();
        const QColor paper = view.backgroundBrush().color();
        for (const EdgeItem *edge : node->edges()) {
            // Across the line at its middle, the darkest pixel.
            const QLineF line = edge->line();
            const QPointF middle = view.mapFromScene(line.center());
            const QPointF across = QPointF(-(line.dy()), line.dx()) / line.length();
            int darkest = 255;
            for (int step = -3; step <= 3; ++step)
                darkest = std::min(darkest, shown.pixelColor((middle + across * step).toPoint()).lightness());
            QVERIFY2(paper.lightness() - darkest > 90,
                     qPrintable(QStringLiteral("%1 against the paper's %2").arg(darkest).arg(paper.lightness())));
        }
    }

    // A node dragged far from where it was: its edges are drawn whole as
    // it goes, from each neighbour to where the node is now (they were cut
    // off at the box of the line they ran along when the drag began).
    void aDraggedNodesEdgesAreDrawnWhole()
    {
        ShownGrid canvas;
        QVERIFY(canvas.show());
        auto &[at, big, scene, view] = canvas;
        NodeItem *node = scene.nodeAt(QPointF(600, 240));
        QVERIFY(node);
        const QPoint from = view.mapFromScene(node->pos());
        const QPoint to = from + QPoint(150, 170);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view.viewport(), from + (to - from) * step / 5);
        QApplication::processEvents();
        QVERIFY(!view.isSettled());
        QVERIFY(QLineF(view.mapFromScene(node->pos()), to).length() < 3);
        const QImage shown = shownViewport(view);
        for (const EdgeItem *edge : node->edges()) {
            // Along its line as it runs now, clear of both nodes.
            int inked = 0, samples = 0;
            for (qreal t = 0.25; t <= 0.75; t += 0.05, ++samples) {
                const QPoint p = view.mapFromScene(edge->line().pointAt(t));
                if (!shown.rect().contains(p))
                    continue;
                inked += near(shown.pixelColor(p), view.backgroundBrush().color()) ? 0 : 1;
            }
            // (Labels it passes under may hide a few points: 3 of 10 at most
            // were inked when it was cut short, 7 to 10 now.)
            QVERIFY2(inked * 10 >= samples * 6, qPrintable(QStringLiteral("%1 of %2 points inked").arg(inked).arg(samples)));
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    }

    // Dragging a hub of 1,200 edges draws them as they go (as hairlines,
    // above GraphView::manyDraggedEdges), from where the hub is now, and
    // the drop gives the full picture.
    void draggingAHubDrawsItsEdgesAsItGoes()
    {
        KnowledgeGraph g;
        QHash<NodeId, QPointF> at;
        NodeData hubData;
        hubData.key = QStringLiteral("hub");
        hubData.kind = NodeKind::Organization;
        hubData.label = QStringLiteral("Hub");
        const NodeId hub = g.addNode(hubData);
        at.insert(hub, QPointF(0, 0));
        constexpr int leaves = 1200;
        for (int i = 0; i < leaves; ++i) {
            NodeData leaf;
            leaf.key = QStringLiteral("leaf%1").arg(i);
            leaf.kind = NodeKind::Person;
            leaf.label = leaf.key;
            const NodeId id = g.addNode(leaf);
            const qreal angle = 2 * M_PI * i / leaves;
            at.insert(id, QPointF(900 * std::cos(angle), 900 * std::sin(angle)));
            EdgeData e;
            e.key = QStringLiteral("e%1").arg(i);
            e.source = id;
            e.target = hub;
            e.relation = QStringLiteral("member_of");
            g.addEdge(e);
        }
        GraphScene scene;
        scene.setGraph(&g, at, ViewFilter());
        GraphView view;
        QVERIFY(showIn(view, scene, {900, 700}));
        view.fitAll();
        QApplication::processEvents();
        NodeItem *hubItem = scene.nodeItem(hub);
        QVERIFY(hubItem->edges().size() > GraphView::manyDraggedEdges);
        const QPoint from = view.mapFromScene(hubItem->pos());
        const QPoint to = from + QPoint(120, 0);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(view.viewport(), from + (to - from) * step / 4);
        QVERIFY(!view.isSettled());
        QApplication::processEvents();
        QVERIFY(hubItem->pos().x() > 100);
        // Along the edge to the leaf straight above the hub's old place, from
        // where the hub is now: the edge's ink, in what the window shows.
        const auto edgeInkAlong = [&](const QImage &shown, QPointF leaf) {
            int inked = 0, samples = 0;
            const QPointF a = view.mapFromScene(hubItem->pos()), b = view.mapFromScene(leaf);
            for (qreal t = 0.2; t <= 0.8; t += 0.05, ++samples) {
                const QPointF p = a + (b - a) * t;
                const QColor seen = shown.pixelColor(p.toPoint()), paper = view.backgroundBrush().color();
                inked += std::abs(seen.red() - paper.red()) + std::abs(seen.green() - paper.green())
                                 + std::abs(seen.blue() - paper.blue()) > 30 ? 1 : 0;
            }
            return std::pair{inked, samples};
        };
        const QPointF above = at.value(test::nodeByKey(g, QStringLiteral("leaf900"))); // at the top
        const QImage midDrag = shownViewport(view);
        const auto [inked, samples] = edgeInkAlong(midDrag, above);
        QVERIFY2(inked * 10 >= samples * 8, qPrintable(QStringLiteral("%1 of %2 points inked").arg(inked).arg(samples)));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QVERIFY(view.isSettled());
        const auto [after, total] = edgeInkAlong(view.viewport()->grab().toImage(), above);
        QVERIFY2(after * 10 >= total * 8, qPrintable(QStringLiteral("%1 of %2 points inked").arg(after).arg(total)));
    }

    // A label is drawn above every node: a country (drawn above
    // statements) placed right on a statement's label does not cover it.
    void labelsAreDrawnAboveNodes()
    {
        KnowledgeGraph g;
        NodeData said;
        said.key = QStringLiteral("statement:long");
        said.kind = NodeKind::Statement;
        said.label = QStringLiteral("A statement whose label is long enough");
        const NodeId statement = g.addNode(said);
        NodeData land;
        land.key = QStringLiteral("country:x");
        land.kind = NodeKind::Country;
        land.label = QStringLiteral("X");
        const NodeId country = g.addNode(land);
        GraphScene scene;
        scene.setGraph(&g, {{statement, QPointF(0, 0)}, {country, QPointF(0, 0)}}, ViewFilter());
        NodeItem *statementItem = scene.nodeItem(statement);
        NodeItem *countryItem = scene.nodeItem(country);
        QVERIFY(countryItem->zValue() > statementItem->zValue());
        // The country sits on the middle of the statement's label.
        countryItem->setPos(statementItem->labelSceneRect().center());
        scene.setLabelScale(1.0); // labels decluttered for where they are now
        GraphView view;
        QVERIFY(showIn(view, scene, {600, 400}));
        view.centerOn(statementItem->labelSceneRect().center());
        QVERIFY(statementItem->labelAllowed());
        const QImage shown = view.viewport()->grab().toImage();
        // Across the label's middle row, left of the text's centre: the
        // label's pale backing and dark text, not the country's fill.
        const QRectF label = view.mapFromScene(statementItem->labelSceneRect()).boundingRect();
        const QColor fill = countryItem->fill();
        int covered = 0, seen = 0;
        for (int x = int(label.center().x()) - 6; x <= int(label.center().x()) + 6; ++x, ++seen)
            covered += near(shown.pixelColor(x, int(label.center().y()) - 3), fill) ? 1 : 0;
        QVERIFY2(covered == 0, qPrintable(QStringLiteral("%1 of %2 pixels of the label show the node over it").arg(covered).arg(seen)));
        // Moved off the label, the country is drawn in its colour.
        countryItem->setPos(statementItem->labelSceneRect().topRight() + QPointF(40, -40));
        QVERIFY(near(view.viewport()->grab().toImage().pixelColor(view.mapFromScene(countryItem->scenePos())), fill));
    }

    // While the wheel turns, the frame shown is the last one scaled; the
    // legend's pixels in it would grow into a ghost beside the real legend.
    // Where that ghost would be, the canvas is blank until it settles.
    void wheelZoomShowsNoGhostOfTheLegend()
    {
        window->view()->fitAll();
        QTRY_VERIFY(window->view()->isSettled());
        const QRect legend = window->legend()->geometry();
        QVERIFY(legend.width() > 40 && legend.height() > 40);
        const QPoint at(2, 2); // zoom about the corner: the ghost grows right and down
        for (int step = 0; step < 3; ++step) {
            QWheelEvent wheel(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport(), &wheel);
        }
        QVERIFY(!window->view()->isSettled());
        const qreal grown = std::pow(1.15, 3);
        const QRectF ghost(QPointF(at) + (QPointF(legend.topLeft()) - QPointF(at)) * grown,
                           QPointF(at) + (QPointF(legend.bottomRight()) - QPointF(at)) * grown);
        // A patch inside the ghost, right of the real legend.
        const QRect patch = QRectF(legend.right() + 4, ghost.top() + ghost.height() * 0.3,
                                   ghost.right() - legend.right() - 8, ghost.height() * 0.4).toRect();
        QVERIFY(patch.width() > 4 && patch.height() > 4);
        const QImage shown = viewport()->grab().toImage();
        const QColor paper = window->view()->backgroundBrush().color();
        int other = 0;
        for (int y = patch.top(); y <= patch.bottom(); ++y)
            for (int x = patch.left(); x <= patch.right(); ++x)
                other += shown.pixelColor(x, y) != paper ? 1 : 0;
        QVERIFY2(other == 0, qPrintable(QStringLiteral("%1 pixels of the legend's ghost").arg(other)));
        QTRY_VERIFY(window->view()->isSettled());
        window->view()->fitAll();
    }

    // The overview map: hidden while the whole graph is in view, shown in
    // the corner once zoomed in, with the view's frame where the view is;
    // a click on it centres the view there, a drag pans, the View menu's
    // toggle hides it.
    void overviewMapShowsAndMovesTheView()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show());
        const KnowledgeGraph &big = canvas.graph;
        const QHash<NodeId, QPointF> &at = canvas.at;
        GraphView &view = canvas.view;
        view.fitAll();
        Minimap *map = view.minimap();
        QVERIFY(map);
        QVERIFY2(!map->isVisible(), "the map shows while the whole graph is in view");
        view.zoomBy(6);
        QTRY_VERIFY(map->isVisible());
        // In the bottom-right corner of the canvas, over it.
        const QRect port = view.viewport()->rect();
        QVERIFY(port.contains(map->geometry()));
        QVERIFY(map->geometry().right() > port.right() - 40 && map->geometry().bottom() > port.bottom() - 40);
        // The frame is where the view is: its centre maps to the view's
        // centre (within two pixels of the map).
        const qreal mapPixel = 1 / (map->toMap(QPointF(1, 0)) - map->toMap(QPointF(0, 0))).x(); // scene units
        const QPointF viewCentre = view.mapToScene(view.viewport()->rect().center());
        QVERIFY(QLineF(map->toScene(map->viewFrame().center()), viewCentre).length() < 2 * mapPixel);
        // Nodes are drawn on it (dots of the person colour).
        const QImage picture = map->grab().toImage();
        const QColor person = canvas.scene.nodeItem(test::nodeByKey(big, QStringLiteral("n0")))->fill();
        int dots = 0;
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                dots += near(picture.pixelColor(x, y), person) ? 1 : 0;
        QVERIFY2(dots > 100, qPrintable(QString::number(dots)));
        // A click on node (25, 25)'s place on the map centres the view there.
        const QPointF target = at.value(test::nodeByKey(big, QStringLiteral("n775")));
        QTest::mouseClick(map, Qt::LeftButton, {}, map->toMap(target).toPoint());
        const QPointF centred = view.mapToScene(view.viewport()->rect().center());
        QVERIFY2(QLineF(centred, target).length() < 2 * mapPixel,
                 qPrintable(QStringLiteral("view centred at %1,%2, not %3,%4").arg(centred.x()).arg(centred.y()).arg(target.x()).arg(target.y())));
        // A drag on it pans.
        const QPointF start = map->toMap(at.value(test::nodeByKey(big, QStringLiteral("n0"))));
        QTest::mousePress(map, Qt::LeftButton, {}, start.toPoint());
        QTest::mouseMove(map, (start + QPointF(20, 10)).toPoint());
        QTest::mouseMove(map, (start + QPointF(40, 20)).toPoint());
        QTest::mouseRelease(map, Qt::LeftButton, {}, (start + QPointF(40, 20)).toPoint());
        const QPointF dragged = view.mapToScene(view.viewport()->rect().center());
        QVERIFY(QLineF(dragged, map->toScene(start + QPointF(40, 20))).length() < 2 * mapPixel);
        // Back to the whole graph: the map goes.
        view.fitAll();
        QTRY_VERIFY(!map->isVisible());
        view.zoomBy(6);
        QTRY_VERIFY(map->isVisible());
        map->setWanted(false);
        QVERIFY(!map->isVisible());
    }

    // A pan with the overview map (an overlay) shown scrolls the pixels and
    // repaints only the strip that came into view and the map's corner: a
    // widget over the canvas used to make every pan step repaint all of it.
    void panUnderTheOverviewRepaintsAStripOnly()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show());
        const KnowledgeGraph &big = canvas.graph;
        const QHash<NodeId, QPointF> &at = canvas.at;
        GraphView &view = canvas.view;
        view.zoomBy(4);
        QTRY_VERIFY(view.minimap()->isVisible());
        QTRY_VERIFY(view.isSettled());
        QApplication::processEvents();
        // The background between four grid nodes.
        const QPointF a = at.value(test::nodeByKey(big, QStringLiteral("n465")));
        const QPointF b = at.value(test::nodeByKey(big, QStringLiteral("n496")));
        const QPoint from = view.mapFromScene((a + b) / 2);
        QVERIFY(!view.itemAt(from));
        PaintRecorder painted(view.viewport());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            QTest::mouseMove(view.viewport(), from + QPoint(6 * step, 4 * step));
            QApplication::processEvents();
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, from + QPoint(24, 16));
        QApplication::processEvents();
        const QRect port = view.viewport()->rect();
        QVERIFY2(!painted.regions.isEmpty(), "the pan painted nothing");
        qsizetype largest = 0;
        for (const QRegion &region : std::as_const(painted.regions)) {
            qsizetype area = 0;
            for (const QRect &r : region)
                area += qsizetype(r.width()) * r.height();
            largest = std::max(largest, area);
        }
        const qsizetype whole = qsizetype(port.width()) * port.height();
        QVERIFY2(largest < whole / 4, qPrintable(QStringLiteral("a pan step repainted %1 of %2 pixels").arg(largest).arg(whole)));
        // What the window shows after those pieces is the picture a full
        // repaint gives: no stale copy of the map, no hole.
        const qsizetype differ = pixelsShownStale(view.viewport());
        QVERIFY2(differ >= 0 && differ < qsizetype(port.width()) * port.height() / 1000,
                 qPrintable(QStringLiteral("%1 pixels differ from a full repaint").arg(differ)));
        // The map stayed in its corner, and the view moved.
        QVERIFY(view.minimap()->geometry().right() > port.right() - 40);
        QVERIFY(view.minimap()->geometry().bottom() > port.bottom() - 40);
        QVERIFY(QLineF(view.mapToScene(from + QPoint(24, 16)), (a + b) / 2).length() < 2);
    }

    // Too much ink in view (chords across a circle of 2,000 nodes): on
    // screen the longest edges are left out and a note says how many are
    // shown; zoomed in, every edge in view is drawn and the note goes; a
    // picture for a file keeps every edge.
    void denseViewsLeaveOutTheLongestEdges()
    {
        constexpr int count = 2000;
        Circle circle(count, 3000);
        KnowledgeGraph &chords = circle.graph;
        const QHash<NodeId, QPointF> &at = circle.at;
        const QList<NodeId> &ids = circle.ids;
        QRandomGenerator random(7);
        for (int i = 0; i < count; ++i) {
            for (int k = 0; k < 15; ++k) {
                EdgeData e;
                e.source = ids[i];
                e.target = ids[int(random.bounded(count))];
                e.relation = QStringLiteral("knows");
                if (e.source != e.target)
                    chords.addEdge(e);
            }
        }
        // And 20 diameters, the longest edges, in a colour of their own
        // drawn over the others ("said" sorts after the grey).
        for (int i = 0; i < 20; ++i) {
            EdgeData e;
            e.source = ids[i * 50];
            e.target = ids[i * 50 + count / 2];
            e.relation = QStringLiteral("said");
            chords.addEdge(e);
        }
        GraphScene scene;
        scene.setGraph(&chords, at, ViewFilter());
        GraphView view;
        QVERIFY(showIn(view, scene, {800, 600}));
        view.fitAll();
        QTRY_VERIFY(view.thinningNote()->isVisible());
        const auto [drawn, inView] = scene.edgesDrawnInView();
        QVERIFY2(drawn > 0 && drawn < inView, qPrintable(QStringLiteral("%1 of %2 drawn").arg(drawn).arg(inView)));
        QVERIFY(view.thinningNote()->text().contains(QLocale().toString(qlonglong(drawn))));
        QVERIFY(view.thinningNote()->text().contains(QLocale().toString(qlonglong(inView))));
        QVERIFY(view.viewport()->rect().contains(view.thinningNote()->geometry()));
        // The picture for a file keeps every edge: along the diameters it
        // is tinted their colour (red over blue, where the grey has less
        // red than blue), and on screen it is not. Both are compared with
        // lines halfway between the diameters.
        QImage file(view.viewport()->size(), QImage::Format_ARGB32);
        file.fill(view.backgroundBrush().color());
        {
            QPainter painter(&file);
            scene.render(&painter, QRectF(file.rect()), view.mapToScene(view.viewport()->rect()).boundingRect());
        }
        const QImage onScreen = view.viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const auto tintAlong = [&](const QImage &image, qreal offset) {
            double tint = 0;
            int samples = 0;
            for (int i = 0; i < 20; ++i) {
                const qreal angle = 2 * M_PI * (i * 50 + offset) / count;
                for (int r = 300; r <= 2700; r += 10) {
                    for (int side : {-1, 1}) {
                        const QPoint p = view.mapFromScene(QPointF(side * r * std::cos(angle), side * r * std::sin(angle)));
                        if (!image.rect().contains(p))
                            continue;
                        tint += qRed(image.pixel(p)) - qBlue(image.pixel(p));
                        ++samples;
                    }
                }
            }
            return tint / std::max(1, samples);
        };
        const double inFile = tintAlong(file, 0) - tintAlong(file, 25);
        const double shown = tintAlong(onScreen, 0) - tintAlong(onScreen, 25);
        QVERIFY2(inFile > 3 && std::abs(shown) < 1,
                 qPrintable(QStringLiteral("the diameters' tint: %1 in the file, %2 on screen").arg(inFile).arg(shown)));
        // Zoomed far in on the rim: every edge there is drawn.
        view.centerOn(at.value(ids[0]));
        view.zoomBy(60);
        view.settle();
        QTRY_VERIFY(!view.thinningNote()->isVisible());
        const auto [drawnNear, inViewNear] = scene.edgesDrawnInView();
        QVERIFY(inViewNear > 0);
        QCOMPARE(drawnNear, inViewNear);
    }

    // A pan's strips of a busy view (more lines than are drawn one by one,
    // not thinned) are drawn as the whole view was, in one-pixel lines: a
    // strip with few lines in it was drawn in wide antialiased lines, unlike
    // the picture beside it, and slowly (45 ms a frame at 10k nodes).
    void panStripsOfABusyViewMatchThePictureBesideThem()
    {
        constexpr int count = 2000;
        Circle circle(count, 400);
        KnowledgeGraph &chords = circle.graph;
        const QHash<NodeId, QPointF> &at = circle.at;
        const QList<NodeId> &ids = circle.ids;
        QRandomGenerator random(3);
        for (int i = 0; i < 2 * count; ++i) {
            EdgeData e;
            e.source = ids[i % count];
            e.target = ids[int(random.bounded(count))];
            e.relation = QStringLiteral("knows");
            if (e.source != e.target)
                chords.addEdge(e);
        }
        GraphScene scene;
        scene.setGraph(&chords, at, ViewFilter());
        QVERIFY(scene.edgesBatched());
        GraphView view;
        QVERIFY(showIn(view, scene, {800, 600}));
        view.minimap()->setWanted(false);
        view.fitAll();
        view.zoomBy(1.6 / view.zoom()); // wide lines, were they drawn one by one
        view.centerOn(QPointF(0, 0));
        view.settle();
        view.viewport()->repaint();
        QVERIFY(!view.thinningNote()->isVisible());
        const auto [drawn, inView] = scene.edgesDrawnInView();
        QVERIFY2(inView > EdgeLayer::fineLines, qPrintable(QString::number(inView)));
        QCOMPARE(drawn, inView);
        // Pan with the middle button, 30 px a step.
        const QPoint from = view.viewport()->rect().center();
        QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            QTest::mouseMove(view.viewport(), from + QPoint(30 * step, 0));
            QApplication::processEvents();
        }
        QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, from + QPoint(120, 0));
        QApplication::processEvents();
        // (Translucent lines blend a unit or two apart in the window and in a
        // grab: compared within 8. Where a strip meets the picture beside it
        // a few hundred pixels still differ; strips drawn line by line made
        // 34,449 differ.)
        const qsizetype differ = pixelsShownStale(view.viewport(), {}, 8);
        QVERIFY2(differ >= 0 && differ < 2000, qPrintable(QStringLiteral("%1 pixels differ from a full repaint").arg(differ)));
    }

    // Many edges in view are shaded by how many cross a pixel: a bundle
    // of 3,000 near-diameters of a circle is darker than the single chords
    // around it (opaque hairlines drew every line pixel in one grey, and a
    // 100k-node picture of planted groups as one solid colour). The
    // picture for a file is shaded too.
    void denseEdgesDarkenWhereTheyGather()
    {
        constexpr int count = 2000;
        Circle circle(count, 3000);
        KnowledgeGraph &g = circle.graph;
        const QHash<NodeId, QPointF> &at = circle.at;
        const QList<NodeId> &ids = circle.ids;
        const auto link = [&](int a, int b) {
            EdgeData e;
            e.source = ids[(a % count + count) % count];
            e.target = ids[(b % count + count) % count];
            e.relation = QStringLiteral("knows");
            g.addEdge(e);
        };
        // The bundle: from the arc about angle 0 to the arc about angle
        // 180°, along the horizontal axis through the centre.
        QRandomGenerator random(11);
        for (int k = 0; k < 3000; ++k)
            link(int(random.bounded(40)) - 20, count / 2 + int(random.bounded(40)) - 20);
        // Single chords between the arcs about 90° and 270°, off the axis.
        for (int k = 0; k < 150; ++k)
            link(count / 4 + int(random.bounded(200)) - 100, 3 * count / 4 + int(random.bounded(200)) - 100);
        GraphScene scene;
        scene.setGraph(&g, at, ViewFilter());
        GraphView view;
        QVERIFY(showIn(view, scene, {800, 600}));
        view.fitAll();
        view.settle();
        QVERIFY(!view.thinningNote()->isVisible()); // every edge is drawn
        const QRgb background = view.backgroundBrush().color().rgb();
        const QPoint centre = view.mapFromScene(QPointF(0, 0));
        const qreal unit = view.zoom();
        // The grey of the bundle at the centre, and the median grey of line
        // pixels well off the axis and inside the circle.
        const auto greys = [&](const QImage &image) {
            const int bundle = qGray(image.pixel(centre));
            QList<int> chords;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QPointF p = QPointF(x - centre.x(), y - centre.y()) / unit;
                    if (std::abs(p.y()) < 600 || std::hypot(p.x(), p.y()) > 2500)
                        continue;
                    if (image.pixel(x, y) != background)
                        chords.append(qGray(image.pixel(x, y)));
                }
            }
            std::sort(chords.begin(), chords.end());
            return std::pair{bundle, chords.isEmpty() ? -1 : chords[chords.size() / 2]};
        };
        const auto [bundle, chord] = greys(view.viewport()->grab().toImage());
        QVERIFY2(chord > 0 && bundle < chord - 40,
                 qPrintable(QStringLiteral("on screen: bundle grey %1, a chord's %2").arg(bundle).arg(chord)));
        QImage file(view.viewport()->size(), QImage::Format_RGB32);
        file.fill(view.backgroundBrush().color());
        {
            QPainter painter(&file);
            scene.render(&painter, QRectF(file.rect()), view.mapToScene(view.viewport()->rect()).boundingRect());
        }
        const auto [fileBundle, fileChord] = greys(file);
        QVERIFY2(fileChord > 0 && fileBundle < fileChord - 40,
                 qPrintable(QStringLiteral("in the file: bundle grey %1, a chord's %2").arg(fileBundle).arg(fileChord)));
    }

    // A large graph's labels are placed about what the view shows (at 100k
    // nodes, placing every label took 40 ms of each settle): there, no two
    // shown labels meet; far away, none is shown until the view goes there,
    // by a gesture or by a scroll of its own.
    void labelsOfALargeGraphArePlacedAroundTheView()
    {
        QHash<NodeId, QPointF> at;
        const KnowledgeGraph big = grid(110, at);
        QVERIFY(big.nodeCount() >= GraphScene::labelRegionFrom);
        for (QPointF &p : at)
            p /= 4; // 30 apart: the labels crowd each other
        GraphScene scene;
        scene.setGraph(&big, at, ViewFilter());
        GraphView view;
        QVERIFY(showIn(view, scene, {800, 600}));
        const auto shownIn = [&](const QRectF &area) {
            QList<const NodeItem *> shown;
            for (NodeId id : big.nodes()) {
                const NodeItem *item = scene.nodeItem(id);
                if (item->labelShown(view.zoom()) && item->labelSceneRect().intersects(area))
                    shown.append(item);
            }
            return shown;
        };
        const auto noneMeet = [](const QList<const NodeItem *> &shown) {
            for (qsizetype i = 0; i < shown.size(); ++i)
                for (qsizetype j = i + 1; j < shown.size(); ++j)
                    if (shown[i]->labelSceneRect().intersects(shown[j]->labelSceneRect()))
                        return false;
            return true;
        };
        // Zoomed out a little: the labels grow, and are placed again.
        view.setTransform(QTransform::fromScale(0.8, 0.8));
        view.centerOn(QPointF(500, 500));
        view.settle();
        QVERIFY(scene.labelScale() > 1);
        const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
        const QList<const NodeItem *> here = shownIn(seen);
        qsizetype inView = 0;
        for (NodeId id : big.nodes())
            inView += seen.contains(scene.nodeItem(id)->pos()) ? 1 : 0;
        QVERIFY2(here.size() > 20 && here.size() < inView,
                 qPrintable(QStringLiteral("%1 labels shown of %2 nodes in view").arg(here.size()).arg(inView)));
        QVERIFY(noneMeet(here));
        // The far corner, three views away: nothing placed there.
        const QRectF far(2600, 2600, 600, 400);
        QVERIFY(!seen.adjusted(-seen.width(), -seen.height(), seen.width(), seen.height()).intersects(far));
        QVERIFY(shownIn(far).isEmpty());
        // Scrolled there without a gesture (as selecting a node far off
        // centres it): its labels are placed once the view is still, and
        // those left behind are hidden.
        view.centerOn(far.center());
        QTRY_VERIFY(shownIn(far).size() > 20);
        QVERIFY(noneMeet(shownIn(view.mapToScene(view.viewport()->rect()).boundingRect())));
        QVERIFY(shownIn(QRectF(seen.center() - QPointF(50, 50), QSizeF(100, 100))).isEmpty());
        // A pan back (the middle button pans wherever it is pressed): placed
        // at the pan's settle.
        const QPoint middle = view.viewport()->rect().center();
        const auto mouse = [&](QEvent::Type type, QPoint point, Qt::MouseButton button, Qt::MouseButtons held) {
            QMouseEvent event(type, point, view.viewport()->mapToGlobal(point), button, held, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &event);
        };
        mouse(QEvent::MouseButtonPress, middle, Qt::MiddleButton, Qt::MiddleButton);
        for (int step = 1; step <= 20; ++step)
            mouse(QEvent::MouseMove, middle + QPoint(step * 60, step * 40), Qt::NoButton, Qt::MiddleButton);
        mouse(QEvent::MouseButtonRelease, middle + QPoint(1200, 800), Qt::MiddleButton, Qt::NoButton);
        QTRY_VERIFY(view.isSettled());
        const QRectF after = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(!after.intersects(far));
        QTRY_VERIFY(shownIn(after).size() > 20);
        QVERIFY(noneMeet(shownIn(after)));
    }

    // Which labels show: each, in priority order, when it meets none shown
    // before it. The grid placeLabels bins them in must change nothing of
    // that: against the plain pairwise check, on labels of many sizes
    // (long names across many cells, empty ones, far-off outliers).
    void labelPlacementIsGreedyInPriorityOrder()
    {
        QRandomGenerator random(7);
        std::vector<QRectF> labels;
        for (int i = 0; i < 3000; ++i) {
            const QPointF at(random.bounded(4000.0), random.bounded(3000.0));
            const qreal width = i % 97 == 0 ? 0 : (i % 13 == 0 ? 900 : 20 + random.bounded(200.0));
            labels.emplace_back(at, QSizeF(width, 12 + random.bounded(30.0)));
        }
        labels.emplace_back(QPointF(1e6, -1e6), QSizeF(50, 20)); // far from the rest
        labels.emplace_back(QPointF(1e6 + 10, -1e6 + 5), QSizeF(50, 20)); // and one meeting it
        const std::vector<bool> kept = placeLabels(labels);
        QCOMPARE(kept.size(), labels.size());
        std::vector<QRectF> shown;
        qsizetype hidden = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            const bool free = std::none_of(shown.begin(), shown.end(),
                                           [&](const QRectF &other) { return other.intersects(labels[i]); });
            QVERIFY2(kept[i] == free, qPrintable(QStringLiteral("label %1").arg(i)));
            if (free)
                shown.push_back(labels[i]);
            else
                ++hidden;
        }
        QVERIFY(hidden > 500 && shown.size() > 300); // crowded: both answers are exercised
        QVERIFY(kept[labels.size() - 2] && !kept[labels.size() - 1]);
    }

    // A picture smaller than the layout keeps its labels readable: drawn
    // at 1600 × 820 from a layout twice as wide, the label text is as tall
    // as in the picture of natural size (it was half as tall: the corpus at
    // 1600 × 1000 had 7-pixel labels).
    void smallerPicturesKeepTheirLabelsReadable()
    {
        KnowledgeGraph g;
        QHash<NodeId, QPointF> at;
        const auto add = [&](const char *label, QPointF where) {
            NodeData n;
            n.key = QString::fromLatin1(label);
            n.kind = NodeKind::Person;
            n.label = n.key;
            at.insert(g.addNode(n), where);
        };
        add("LILLEHAMMER", QPointF(0, 0));
        add("HELL", QPointF(3000, 1500));
        // The tallest run of text pixels (the labels' dark grey, darker than
        // any node's outline) down one column: the capitals' height.
        const auto capitals = [](const QImage &image) {
            int tallest = 0;
            for (int x = 0; x < image.width(); ++x) {
                int run = 0;
                for (int y = 0; y < image.height(); ++y) {
                    run = qGray(image.pixel(x, y)) < 60 ? run + 1 : 0;
                    tallest = std::max(tallest, run);
                }
            }
            return tallest;
        };
        ImageOptions natural;
        natural.legend = false;
        const QImage full = renderGraphImage(g, at, ViewFilter(), natural);
        ImageOptions small = natural;
        small.size = QSize(1600, 820);
        const QImage reduced = renderGraphImage(g, at, ViewFilter(), small);
        QVERIFY(full.width() > 2 * 1600 * 0.95);
        const int big = capitals(full), shown = capitals(reduced);
        QVERIFY2(big >= 6 && shown >= big - 1,
                 qPrintable(QStringLiteral("capitals %1 px high at natural size, %2 px at 1600 × 820").arg(big).arg(shown)));
    }

    // A graph laid out wider than the view's usual zoom range (a million
    // units across: a file's positions, or a layout's) still fits, and one
    // can zoom out from there a little, and back.
    void fitShowsAGraphOfAnyExtent()
    {
        KnowledgeGraph g;
        QHash<NodeId, QPointF> at;
        QRandomGenerator random(5);
        for (int i = 0; i < 1200; ++i) {
            NodeData n;
            n.key = QStringLiteral("n%1").arg(i);
            n.kind = NodeKind::Person;
            n.label = n.key;
            at.insert(g.addNode(n), QPointF(random.bounded(1e6) - 5e5, random.bounded(6e5) - 3e5));
        }
        GraphScene scene;
        scene.setGraph(&g, at, ViewFilter());
        GraphView view;
        QVERIFY(showIn(view, scene, {600, 400}));
        view.fitAll();
        const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY2(seen.contains(scene.contentBounds()),
                 qPrintable(QStringLiteral("zoom %1: %2 wide shown").arg(view.zoom()).arg(seen.width())));
        const qreal fitted = view.zoom();
        view.zoomBy(0.8);
        QVERIFY(view.zoom() < fitted);
        view.zoomBy(0.1);
        QVERIFY(view.zoom() >= fitted / 2 * 0.999);
        view.zoomBy(4);
        QVERIFY(view.zoom() > fitted);
    }

    // The middle button pans from anywhere, a node too (zoomed into a
    // dense graph, nodes may cover the whole view): the node stays where it
    // was and nothing is selected.
    void middleButtonPansOverNodes()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show());
        GraphView &view = canvas.view;
        view.zoomBy(4);
        QTRY_VERIFY(view.isSettled());
        const NodeId id = test::nodeByKey(canvas.graph, QStringLiteral("n465"));
        const QPointF node = canvas.at.value(id);
        const QPoint from = view.mapFromScene(node);
        QVERIFY(view.itemAt(from) && view.itemAt(from)->type() == NodeItem::Type);
        QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, from);
        for (int step = 1; step <= 4; ++step) {
            QTest::mouseMove(view.viewport(), from + QPoint(10 * step, -8 * step));
            QApplication::processEvents();
        }
        QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, from + QPoint(40, -32));
        QCOMPARE(canvas.scene.nodeItem(id)->pos(), node);
        QVERIFY(canvas.scene.selectedItems().isEmpty());
        QVERIFY2(QLineF(view.mapToScene(from + QPoint(40, -32)), node).length() < 2,
                 "the node pressed did not stay under the pointer");
    }

    // A label of three lines (as Graphviz HTML labels with <BR/> arrive)
    // gets the room of three lines, and its last line is drawn.
    void multiLineLabelsAreNotClipped()
    {
        KnowledgeGraph g;
        NodeData one;
        one.key = QStringLiteral("one");
        one.kind = NodeKind::Other;
        one.label = QStringLiteral("line");
        const NodeId single = g.addNode(one);
        NodeData three = one;
        three.key = QStringLiteral("three");
        three.label = QStringLiteral("long line 1\nline 2\nline 3");
        const NodeId triple = g.addNode(three);
        GraphScene scene;
        scene.setGraph(&g, {{single, QPointF(-300, 0)}, {triple, QPointF(0, 0)}}, ViewFilter());
        const QRectF oneLine = scene.nodeItem(single)->labelSceneRect();
        const QRectF threeLines = scene.nodeItem(triple)->labelSceneRect();
        QVERIFY2(threeLines.height() > 2.6 * oneLine.height(),
                 qPrintable(QStringLiteral("%1 against %2").arg(threeLines.height()).arg(oneLine.height())));
        GraphView view;
        QVERIFY(showIn(view, scene, {600, 400}));
        view.centerOn(threeLines.center());
        const QImage shown = view.viewport()->grab().toImage();
        // Dark text pixels in the bottom third of the label (its last line).
        const QRect label = view.mapFromScene(threeLines).boundingRect();
        int dark = 0;
        for (int y = label.top() + label.height() * 2 / 3; y < label.bottom(); ++y)
            for (int x = label.left(); x < label.right(); ++x)
                dark += shown.pixelColor(x, y).lightness() < 110 ? 1 : 0;
        QVERIFY2(dark > 10, "the last line of the label is not drawn");
    }

    // A large graph draws its edges through one batched layer: the edges
    // are on screen (coloured pixels along one), and an edge can still be
    // clicked and selected.
    void largeGraphsBatchTheirEdges()
    {
        QHash<NodeId, QPointF> at;
        const KnowledgeGraph big = grid(40, at); // 1,600 nodes, 3,120 edges
        GraphScene scene;
        scene.setGraph(&big, at, ViewFilter());
        QVERIFY(scene.visibleEdgeCount() > GraphScene::batchedEdges);
        QVERIFY(scene.edgesBatched());
        GraphView view;
        QVERIFY(showIn(view, scene, {800, 600}));
        view.centerOn(QPointF(600, 600));
        // Pixels of the edge colour along the edge between n(5,5) and n(5,6).
        const QPointF mid(5 * 120.0 + 60, 5 * 120.0);
        const QPoint pixel = view.mapFromScene(mid);
        const QImage drawn = view.viewport()->grab().toImage();
        const QColor edgeColour = drawn.pixelColor(pixel);
        QVERIFY2(edgeColour != view.backgroundBrush().color(),
                 qPrintable(QStringLiteral("no edge drawn at %1,%2").arg(pixel.x()).arg(pixel.y())));
        // Its tooltip names the relation, batched or drawn alone (edges
        // keep no tooltip string of their own; the view asks).
        const auto tipAt = [&](QPoint p) {
            QHelpEvent help(QEvent::ToolTip, p, view.viewport()->mapToGlobal(p));
            QApplication::sendEvent(view.viewport(), &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        const QString memberOf = relationPhrase(QStringLiteral("member_of"), true);
        QVERIFY(!memberOf.isEmpty());
        QCOMPARE(tipAt(pixel), memberOf);
        // Still an item there to click: it selects the edge.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pixel);
        const QList<QGraphicsItem *> selected = scene.selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first()->type(), int(EdgeItem::Type));
        QCOMPARE(tipAt(pixel), memberOf); // the selected edge, an item of its own
        // Out of the scene's index while batched: under a parent that clips
        // them away (175k edges without bounds sat in the index's cell at
        // the origin, and every paint near it went through them all). The
        // selected one is drawn alone, in the index, and goes back after.
        const auto *edge = static_cast<const EdgeItem *>(selected.first());
        QVERIFY(!edge->parentItem());
        qsizetype held = 0;
        for (EdgeId id : big.edges()) {
            const QGraphicsItem *other = scene.edgeItem(id);
            if (other != edge && other->parentItem()
                && (other->parentItem()->flags() & QGraphicsItem::ItemClipsChildrenToShape)
                && other->parentItem()->boundingRect().isEmpty())
                ++held;
        }
        QCOMPARE(held, scene.visibleEdgeCount() - 1);
        scene.clearSelection();
        QVERIFY(edge->parentItem());
        // A drag that starts on a batched edge pans, as one on the
        // background does (in a dense graph every point is on some edge),
        // and selects nothing.
        const QPointF pressed = view.mapToScene(pixel);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, pixel);
        for (int step = 1; step <= 4; ++step) {
            QTest::mouseMove(view.viewport(), pixel + QPoint(-15 * step, -10 * step));
            QApplication::processEvents();
        }
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, pixel + QPoint(-60, -40));
        QVERIFY(scene.selectedItems().isEmpty());
        QVERIFY2(QLineF(view.mapToScene(pixel + QPoint(-60, -40)), pressed).length() < 2,
                 "the scene point pressed did not follow the pointer");
        // A small graph keeps one painting item per edge.
        GraphScene small;
        small.setGraph(&window->graph(), window->scene()->positions(), ViewFilter::standard());
        QVERIFY(!small.edgesBatched());
    }

    // Fit shows the whole of a large graph: 10k nodes over 12,000 units in
    // a 600 × 400 view need a zoom of about 0.03. The nodes at its edge stay
    // clear of the view's border by a few pixels (not 20 units, under a
    // pixel at that zoom), not cut in half.
    void fitShowsAllOfALargeGraph()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show(100, {600, 400}));
        canvas.view.fitAll();
        const QRectF seen = canvas.view.mapToScene(canvas.view.viewport()->rect()).boundingRect();
        const qreal pixel = 1 / canvas.view.zoom();
        const QRectF content = canvas.scene.contentBounds();
        QVERIFY2(seen.adjusted(8 * pixel, 8 * pixel, -8 * pixel, -8 * pixel).contains(content),
                 qPrintable(QStringLiteral("zoom %1: %2 high shown of %3").arg(canvas.view.zoom()).arg(seen.height()).arg(content.height())));
    }

    // Nodes without a position yet (a large graph whose layout streams in)
    // wait apart, not heaped on one point: moving 100k heaped items out of
    // one cell of the scene's index took 11.7 s at the first streamed frame.
    void unplacedNodesWaitApart()
    {
        QHash<NodeId, QPointF> at;
        const KnowledgeGraph big = grid(20, at);
        GraphScene scene;
        scene.setGraph(&big, {}, ViewFilter());
        QSet<QPair<int, int>> places;
        for (const QPointF &p : scene.positions())
            places.insert({qRound(p.x() / 10), qRound(p.y() / 10)});
        QCOMPARE(places.size(), 400);
    }

    // The label layer finds the labels to draw through an index of node
    // positions: a node that moved has its label drawn where it is now.
    void largeGraphLabelsFollowTheirNodes()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show(40, {800, 600}));
        GraphScene &scene = canvas.scene;
        GraphView &view = canvas.view;
        QVERIFY(scene.edgesBatched());
        const NodeId moved = test::nodeByKey(canvas.graph, QStringLiteral("n205")); // at (600, 600)
        NodeItem *item = scene.nodeItem(moved);
        QVERIFY(item);
        view.centerOn(QPointF(630, 630));
        // Dark pixels (the label's text) in a scene rectangle.
        const auto textIn = [&](const QRectF &sceneRect) {
            const QImage shown = view.viewport()->grab().toImage();
            const QRect area = view.mapFromScene(sceneRect).boundingRect() & shown.rect();
            int dark = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    dark += qGray(shown.pixel(x, y)) < 90 ? 1 : 0;
            return dark;
        };
        const QRectF before = item->labelSceneRect();
        QVERIFY(textIn(before) > 5);
        // Far off, into the middle of an empty square of the grid.
        const QPointF there(600 + 10 * 120 + 60, 600 + 10 * 120 + 60);
        const QRectF after = before.translated(there - item->pos());
        view.centerOn(there);
        QCOMPARE(textIn(after), 0);
        scene.setNodePositions({{moved, there}});
        QCOMPARE(item->labelSceneRect(), after);
        QVERIFY2(textIn(after) > 5, "no label where the node went");
    }

    // A large graph's nodes are drawn by one layer and kept out of the
    // scene's index (walking and sorting 100k node items was most of a
    // fitted frame); the user still hovers, clicks, drags, bands and reads
    // tooltips as on any node, and the picture shows each change.
    void largeGraphsDrawTheirNodesInALayer()
    {
        GridCanvas canvas;
        QVERIFY(canvas.show(40, {900, 700})); // 1,600 nodes
        GraphScene &scene = canvas.scene;
        GraphView &view = canvas.view;
        QVERIFY(scene.visibleNodeCount() > GraphScene::batchedNodes);
        QVERIFY(scene.nodesBatched());
        const auto heldCount = [&] {
            qsizetype held = 0;
            for (NodeId id : canvas.graph.nodes()) {
                const QGraphicsItem *parent = scene.nodeItem(id)->parentItem();
                held += parent && (parent->flags() & QGraphicsItem::ItemClipsChildrenToShape)
                                && parent->boundingRect().isEmpty() ? 1 : 0;
            }
            return held;
        };
        QCOMPARE(heldCount(), scene.visibleNodeCount());
        view.centerOn(QPointF(600, 600));
        QApplication::processEvents();
        NodeItem *node = scene.nodeItem(test::nodeByKey(canvas.graph, QStringLiteral("n205")));  // (5, 5)
        NodeItem *far = scene.nodeItem(test::nodeByKey(canvas.graph, QStringLiteral("n208")));   // (8, 5)
        QVERIFY(node && far);
        const QPoint at = view.mapFromScene(node->pos());
        const QPoint farAt = view.mapFromScene(far->pos());
        const auto shown = [&](QPoint p) { return view.viewport()->grab().toImage().pixelColor(p); };
        // The pointer moved there with no button down (QTest::mouseMove on a
        // bare top-level view lands elsewhere on the offscreen screen).
        const auto hover = [&](QPoint p) { hoverAt(view, p); };
        // Drawn by the layer, in their colour; the view finds no item there.
        QVERIFY(near(shown(at), node->fill()));
        QVERIFY(near(shown(farAt), far->fill()));
        QVERIFY(!view.itemAt(at));
        QCOMPARE(scene.nodeAt(node->pos()), node);

        // Hover: the node comes out, its neighbourhood stays bright and the
        // rest fades; the window shows what a full repaint shows.
        hover(at);
        QCOMPARE(scene.highlighted(), node);
        QVERIFY(node->isShownAlone());
        QApplication::processEvents();
        QVERIFY2(!near(shown(farAt), far->fill()), "a node far from the hovered one is not dimmed");
        QVERIFY(near(shown(at), node->fill()));
        QCOMPARE(pixelsShownStale(view.viewport()), 0);
        // Off it, onto the paper between nodes: it goes back to the layer.
        hover(view.mapFromScene(node->pos() + QPointF(60, 60)));
        QVERIFY(!scene.highlighted());
        QTRY_VERIFY(!node->isShownAlone());
        QCOMPARE(heldCount(), scene.visibleNodeCount());
        QVERIFY(near(shown(farAt), far->fill()));
        QVERIFY(near(shown(at), node->fill()));
        QCOMPARE(pixelsShownStale(view.viewport()), 0);

        // Its tooltip names it.
        QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("n205")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // A click selects it (no move before the press); cleared, it goes back.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, farAt);
        QCOMPARE(scene.selectedNodes(), QSet<NodeId>{far->nodeId()});
        QVERIFY(far->isShownAlone());
        QCOMPARE(view.itemUnder(farAt), far);
        scene.clearSelection();
        hover(view.mapFromScene(node->pos() + QPointF(60, 60)));
        QTRY_VERIFY(!far->isShownAlone());

        // A rubber band (Shift+drag on the paper) selects the 3 × 3 nodes it
        // covers, though none of them was an item of the scene's index.
        const QPoint from = view.mapFromScene(node->pos() - QPointF(60, 60));
        const QPoint to = view.mapFromScene(node->pos() + QPointF(2 * 120 + 60, 2 * 120 + 60));
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view.viewport(), from + (to - from) * step / 5);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(scene.selectedNodes().size(), 9);
        QVERIFY(scene.selectedNodes().contains(node->nodeId()));
        scene.clearSelection();
        QTRY_COMPARE(heldCount(), scene.visibleNodeCount());

        // A node moved (as the document moves it, GraphScene::onPositionsChanged)
        // is drawn where it went and no longer where it was, in the window.
        const QPointF there = node->pos() + QPointF(60, 60);
        QVERIFY(!node->isShownAlone());
        node->setPos(there);
        QApplication::processEvents();
        QVERIFY(near(shown(view.mapFromScene(there)), node->fill()));
        QVERIFY(!near(shown(at), node->fill()));
        QTRY_COMPARE(pixelsShownStale(view.viewport()), 0); // once the window has repainted (a timer away)
        // Pinned, it wears its pin (a dark head at its top right).
        node->setPinned(true);
        QApplication::processEvents();
        const QPoint head = view.mapFromScene(there + QPointF(node->radius() * 0.75, -node->radius() * 0.75));
        QVERIFY2(shown(head).lightness() < 60, qPrintable(shown(head).name()));
        QTRY_COMPARE(pixelsShownStale(view.viewport()), 0);

        // A picture for a file draws them too.
        QImage picture(400, 400, QImage::Format_ARGB32);
        picture.fill(Qt::white);
        {
            QPainter painter(&picture);
            scene.render(&painter, QRectF(0, 0, 400, 400), QRectF(there - QPointF(200, 200), QSizeF(400, 400)));
        }
        QVERIFY(near(picture.pixelColor(200, 200), node->fill()));
    }

    // Many edges on screen are drawn by Hairlines, not by the painter: the
    // same pixels as the painter's one-pixel lines, give or take a pixel
    // where the two round a coordinate differently.
    void hairlinesDrawThePaintersLines()
    {
        QRandomGenerator random(7);
        QList<QLineF> lines;
        for (int i = 0; i < 300; ++i) // some reach past the picture
            lines.append(QLineF(random.bounded(400.0) - 80, random.bounded(300.0) - 60, random.bounded(400.0) - 80,
                                random.bounded(300.0) - 60));
        lines.append(QLineF(10, 20, 200, 20));  // level
        lines.append(QLineF(30, 190, 30, 5));   // upright, upwards
        lines.append(QLineF(5, 5, 5.2, 5.1));   // under a pixel
        const QTransform toPixels = QTransform::fromTranslate(13.3, -7.6).scale(1.7, 1.7);
        const QRgb colour = qRgb(200, 30, 30);
        const QRect area(50, 40, 340, 260); // device pixels; not at the origin
        QImage painted(area.size(), QImage::Format_ARGB32_Premultiplied);
        painted.fill(Qt::transparent);
        {
            QPainter painter(&painted);
            painter.setTransform(toPixels * QTransform::fromTranslate(-area.left(), -area.top()));
            painter.setPen(QPen(QColor(colour), 0));
            painter.drawLines(lines.constData(), int(lines.size()));
        }
        Hairlines hairlines;
        hairlines.begin(area);
        hairlines.draw(lines.constData(), lines.size(), toPixels, colour);
        const QImage &drawn = hairlines.image();
        QCOMPARE(drawn.size(), area.size());
        QCOMPARE(hairlines.origin(), area.topLeft());
        // Pixels of one picture with a pixel of the other at most one away.
        const auto lit = [](const QImage &image, int x, int y) {
            return x >= 0 && y >= 0 && x < image.width() && y < image.height() && qAlpha(image.pixel(x, y)) != 0;
        };
        const auto near = [&](const QImage &image, int x, int y) {
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (lit(image, x + dx, y + dy))
                        return true;
            return false;
        };
        qsizetype ours = 0, theirs = 0, oursAlone = 0, theirsAlone = 0;
        for (int y = 0; y < area.height(); ++y)
            for (int x = 0; x < area.width(); ++x) {
                if (lit(drawn, x, y)) {
                    ++ours;
                    QCOMPARE(drawn.pixel(x, y), colour);
                    oursAlone += near(painted, x, y) ? 0 : 1;
                }
                if (lit(painted, x, y)) {
                    ++theirs;
                    theirsAlone += near(drawn, x, y) ? 0 : 1;
                }
            }
        QVERIFY2(theirs > 10000, qPrintable(QString::number(theirs)));
        QVERIFY2(std::abs(ours - theirs) * 50 < theirs, qPrintable(QStringLiteral("%1 pixels against the painter's %2").arg(ours).arg(theirs)));
        QVERIFY2(oursAlone * 500 < ours, qPrintable(QStringLiteral("%1 pixels far from the painter's lines").arg(oursAlone)));
        QVERIFY2(theirsAlone * 500 < theirs, qPrintable(QStringLiteral("%1 of the painter's pixels missed").arg(theirsAlone)));
    }

    // What Hairlines draws (by `draw`) against the painter's antialiased
    // lines of 1.1 units at `zoom`: as much ink, in the same places.
    static void leavesThePaintersInk(qreal zoom, const std::function<void(Hairlines &, const QList<QLineF> &,
                                                                          const QTransform &, const QColor &)> &draw)
    {
        QRandomGenerator random(11);
        QList<QLineF> lines;
        for (int i = 0; i < 120; ++i)
            lines.append(QLineF(random.bounded(260.0) - 30, random.bounded(200.0) - 30, random.bounded(260.0) - 30,
                                random.bounded(200.0) - 30));
        lines.append(QLineF(10, 20.25, 200, 20.25)); // level, between two rows
        lines.append(QLineF(30.5, 190, 30.5, 5));    // upright, on a column
        const QTransform toPixels = QTransform::fromTranslate(13.3, -7.6).scale(zoom, zoom);
        const QRect area(20, 10, int(260 * zoom) + 40, int(200 * zoom) + 20);
        QColor colour(200, 30, 30, 150);
        const auto onWhite = [&](const QImage &drawn) {
            QImage canvas(area.size(), QImage::Format_ARGB32_Premultiplied);
            canvas.fill(Qt::white);
            QPainter painter(&canvas);
            painter.drawImage(0, 0, drawn);
            return canvas;
        };
        QImage painted(area.size(), QImage::Format_ARGB32_Premultiplied);
        painted.fill(Qt::transparent);
        {
            QPainter painter(&painted);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setTransform(toPixels * QTransform::fromTranslate(-area.left(), -area.top()));
            painter.setPen(QPen(colour, 1.1, Qt::SolidLine, Qt::RoundCap));
            painter.drawLines(lines.constData(), int(lines.size()));
        }
        const QImage theirs = onWhite(painted);
        Hairlines hairlines;
        hairlines.begin(area);
        draw(hairlines, lines, toPixels, colour);
        const QImage ours = onWhite(hairlines.image());
        // Ink: how far a pixel is from white, in the green channel (the
        // colour has little green, so that is where a line shows most).
        const auto inkAt = [](const QImage &image, int x, int y) {
            if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
                return 0;
            return 255 - qGreen(image.pixel(x, y));
        };
        const auto inkNear = [&](const QImage &image, int x, int y) {
            int most = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    most = std::max(most, inkAt(image, x + dx, y + dy));
            return most;
        };
        qint64 ourInk = 0, theirInk = 0;
        qsizetype oursAlone = 0, theirsAlone = 0, oursDark = 0, theirsDark = 0;
        for (int y = 0; y < area.height(); ++y)
            for (int x = 0; x < area.width(); ++x) {
                ourInk += inkAt(ours, x, y);
                theirInk += inkAt(theirs, x, y);
                if (inkAt(ours, x, y) > 60) {
                    ++oursDark;
                    oursAlone += inkNear(theirs, x, y) > 20 ? 0 : 1;
                }
                if (inkAt(theirs, x, y) > 60) {
                    ++theirsDark;
                    theirsAlone += inkNear(ours, x, y) > 20 ? 0 : 1;
                }
            }
        const QString figures = QStringLiteral("ink %1 against the painter's %2; %3 of %4 dark pixels far from its "
                                               "lines, %5 of its %6 far from ours")
                                    .arg(ourInk)
                                    .arg(theirInk)
                                    .arg(oursAlone)
                                    .arg(oursDark)
                                    .arg(theirsAlone)
                                    .arg(theirsDark);
        QVERIFY2(theirsDark > 5000, qPrintable(figures));
        QVERIFY2(std::abs(ourInk - theirInk) * 10 < theirInk, qPrintable(figures));
        QVERIFY2(oursAlone * 200 < oursDark, qPrintable(figures));
        QVERIFY2(theirsAlone * 200 < theirsDark, qPrintable(figures));
    }

    // A zoomed-in view's few edges, antialiased by Hairlines: as much ink as
    // the painter's antialiased line of 1.1 units at that zoom (1.3 pixels
    // here), in the same places, and translucent lines laid over each other
    // as the painter lays them.
    void smoothHairlinesLeaveThePaintersInk()
    {
        leavesThePaintersInk(1.2, [](Hairlines &hairlines, const QList<QLineF> &lines, const QTransform &toPixels,
                                     const QColor &colour) {
            QColor ink = colour;
            ink.setAlphaF(colour.alphaF() * 1.1 * 1.2); // as EdgeLayer asks for it
            hairlines.drawSmooth(lines.constData(), lines.size(), toPixels, ink);
        });
        if (QTest::currentTestFailed())
            return;
        // Crossing lines darken each other, as translucent lines do.
        Hairlines crossing;
        crossing.begin(QRect(0, 0, 40, 40));
        const QLineF cross[] = {QLineF(0, 20.5, 39, 20.5), QLineF(20.5, 0, 20.5, 39)};
        crossing.drawSmooth(cross, 2, QTransform(), QColor(0, 0, 0, 128));
        QVERIFY2(qAlpha(crossing.image().pixel(20, 20)) > qAlpha(crossing.image().pixel(10, 20)) + 40,
                 qPrintable(QStringLiteral("alpha %1 where they cross, %2 beside")
                                .arg(qAlpha(crossing.image().pixel(20, 20)))
                                .arg(qAlpha(crossing.image().pixel(10, 20)))));
    }

    // Zoomed in further, wider lines (3.3 pixels at zoom 3), still drawn by
    // Hairlines: as much ink as the painter's, in the same places. The
    // painter's own took 1.1 to 3.6 s a frame for a 10k-node graph.
    void wideHairlinesLeaveThePaintersInk()
    {
        leavesThePaintersInk(3.0, [](Hairlines &hairlines, const QList<QLineF> &lines, const QTransform &toPixels,
                                     const QColor &colour) {
            hairlines.drawWide(lines.constData(), lines.size(), toPixels, colour, 1.1 * 3.0);
        });
    }
};

bool GridCanvas::show(int side, QSize size)
{
    graph = TestCanvasGestures::grid(side, at);
    scene.setGraph(&graph, at, ViewFilter());
    return showIn(view, scene, size);
}

QTEST_MAIN(TestCanvasGestures)
#include "tst_canvasgestures.moc"
