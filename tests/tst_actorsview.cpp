// View → Actors Only (issue 10) in the real window: the canvas shows the
// actors alone with the links derived from shared events and statements; a
// click on the Rutte–Trump line lists what it rests on, a click on the Palm
// Beach meeting there goes back to the full graph with the meeting selected,
// and turning the view off gives back the canvas exactly as it was.
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "actorlinks.h"
#include "actorsview.h"
#include "curationcontroller.h"
#include "edits.h"
#include "derivationpanel.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "knowledgegraph.h"
#include "legend.h"
#include "mainwindow.h"
#include "selection.h"
#include "windowsupport.h"

using namespace threadline;
using threadline::test::kSlowWorkMs;

namespace {

QSet<NodeId> targetsOf(const KnowledgeGraph &g, NodeId node, const QString &relation)
{
    QSet<NodeId> result;
    for (EdgeId e : g.outEdges(node)) {
        if (g.edge(e).relation == relation)
            result.insert(g.edge(e).target);
    }
    return result;
}

} // namespace

class TestActorsView : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    std::unique_ptr<MainWindow> window;

    NodeId byKey(const QString &key) const { return test::nodeByKey(window->graph(), key); }

    QAction *actorsOnly() const { return window->findChild<QAction *>(QStringLiteral("actorsOnlyAction")); }
    QWidget *viewport() const { return window->view()->viewport(); }

    void activate()
    {
        window->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::focusWindow(), window->windowHandle(), kSlowWorkMs);
        window->view()->setFocus();
    }

    // The derived line between two actors; invalid when there is none.
    EdgeId derivedEdge(NodeId x, NodeId y) const
    {
        const KnowledgeGraph &g = window->actorsView()->graph();
        for (EdgeId e : g.edges()) {
            const EdgeData &edge = g.edge(e);
            if ((edge.source == x && edge.target == y) || (edge.source == y && edge.target == x))
                return e;
        }
        return {};
    }

    // A point of the line, in viewport coordinates, where a click lands on
    // it: its middle unless a node lies there, else nearby along it.
    QPoint clickablePoint(EdgeItem *item)
    {
        GraphView *view = window->view();
        const QLineF line(item->mapToScene(item->line().p1()), item->mapToScene(item->line().p2()));
        view->centerOn(line.center());
        for (qreal t : {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7}) {
            const QPoint at = view->mapFromScene(line.pointAt(t));
            for (QGraphicsItem *top : view->items(at)) {
                if (top->acceptedMouseButtons() == Qt::NoButton) // the weight badge lets clicks through
                    continue;
                if (top == item)
                    return at;
                break;
            }
        }
        return {-1, -1};
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
        if (window->actorsView()->isActive())
            window->actorsView()->setActive(false);
        window->selection()->clear();
        activate();
    }

    void theActionIsInTheViewMenu()
    {
        QAction *action = actorsOnly();
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        bool inView = false;
        for (QObject *owner : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                inView = inView || menu->title().remove(QLatin1Char('&')) == QStringLiteral("View");
        }
        QVERIFY(inView);
    }

    void rutteTrumpLineListsPalmBeachAndLeadsBackToIt()
    {
        const KnowledgeGraph &full = window->graph();
        const qsizetype normalNodes = window->scene()->visibleNodeCount();
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const NodeId trump = byKey(QStringLiteral("person:donald-trump"));
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));

        actorsOnly()->trigger();
        QVERIFY(actorsOnly()->isChecked());
        ActorsView *actors = window->actorsView();
        QVERIFY(actors->isActive());
        QCOMPARE(window->view()->scene(), static_cast<QGraphicsScene *>(actors->scene()));

        // Only actors, every one of them.
        qsizetype actorCount = 0;
        for (NodeId id : full.nodes())
            actorCount += isActor(full, id) ? 1 : 0;
        QCOMPARE(actors->scene()->visibleNodeCount(), actorCount);
        qsizetype drawnNodes = 0;
        for (QGraphicsItem *item : window->view()->items()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
                ++drawnNodes;
                QVERIFY2(isActor(full, node->nodeId()), qPrintable(node->label()));
            }
        }
        QCOMPARE(drawnNodes, actorCount);
        QVERIFY(!actors->scene()->nodeItem(palmBeach));
        auto *note = window->findChild<QLabel *>(QStringLiteral("actorsOnlyNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("derived")));

        // The Rutte–Trump line weighs the events both took part in and the
        // statements one made about the other, counted here from the edges.
        const QSet<NodeId> events = targetsOf(full, rutte, relation::participatedIn)
                                        .intersect(targetsOf(full, trump, relation::participatedIn));
        QSet<NodeId> statements;
        for (auto [speaker, other] : {std::pair{rutte, trump}, std::pair{trump, rutte}}) {
            for (NodeId s : targetsOf(full, speaker, relation::said)) {
                if (targetsOf(full, s, relation::about).contains(other)
                    || targetsOf(full, other, relation::said).contains(s))
                    statements.insert(s);
            }
        }
        QVERIFY(events.contains(palmBeach));
        const EdgeId line = derivedEdge(rutte, trump);
        QVERIFY(line.isValid());
        const EdgeData &derived = actors->graph().edge(line);
        QCOMPARE(derived.properties.value(QStringLiteral("weight")).toInt(), int(events.size() + statements.size()));
        QCOMPARE(derived.properties.value(QStringLiteral("events")).toInt(), int(events.size()));
        QVERIFY(!derived.isDirected());

        // A click on the line lists its derivation in the Links tab.
        EdgeItem *item = actors->scene()->edgeItem(line);
        QVERIFY(item);
        const QPoint at = clickablePoint(item);
        QVERIFY2(at.x() >= 0, "the Rutte–Trump line is not clickable on the canvas");
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(item->isSelected());
        DerivationPanel *panel = actors->panel();
        QCOMPARE(window->sideTabs()->currentWidget(), panel);
        QVERIFY(panel->heading()->text().contains(QStringLiteral("Mark Rutte")));
        QListWidgetItem *row = nullptr;
        int eventRows = 0;
        for (int i = 0; i < panel->list()->count(); ++i) {
            QListWidgetItem *candidate = panel->list()->item(i);
            const QVariant node = candidate->data(DerivationPanel::NodeRole);
            if (!node.isValid())
                continue; // a section heading
            const NodeId id(node.toUInt());
            QVERIFY(full.contains(id));
            eventRows += full.node(id).kind == NodeKind::Event ? 1 : 0;
            if (id == palmBeach)
                row = candidate;
        }
        QVERIFY2(row, "the Palm Beach meeting is not listed");
        QVERIFY(row->text().contains(full.node(palmBeach).label));
        QVERIFY(row->text().contains(QStringLiteral("2024-11-22")));
        QCOMPARE(eventRows, int(events.size()));

        // A click on the meeting: the full graph again, the meeting selected.
        panel->list()->scrollToItem(row);
        QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {},
                          panel->list()->visualItemRect(row).center());
        QTRY_COMPARE(window->view()->scene(), static_cast<QGraphicsScene *>(window->scene()));
        QVERIFY(!actorsOnly()->isChecked());
        QVERIFY(!note->isVisible());
        QCOMPARE(window->selection()->currentNode(), palmBeach);
        QVERIFY(window->scene()->nodeItem(palmBeach));
        QVERIFY(window->scene()->nodeItem(palmBeach)->isSelected());
        QCOMPARE(window->scene()->visibleNodeCount(), normalNodes);
    }

    // On and off again by the shortcut: the same scene, items, selection,
    // zoom and scroll, legend and filter; the document untouched.
    void turningOffRestoresTheCanvas()
    {
        const NodeId hegseth = byKey(QStringLiteral("person:pete-hegseth"));
        window->selectNode(hegseth);
        window->view()->zoomBy(1.5);
        GraphView *view = window->view();
        const QTransform transform = view->transform();
        const QPoint scroll(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
        const qsizetype nodes = window->scene()->visibleNodeCount();
        const qsizetype edges = window->scene()->visibleEdgeCount();
        const QList<LegendEntry> legend = window->legend()->entries();
        const QSet<NodeKind> hiddenKinds = window->viewFilter().hiddenKinds;
        const int undoIndex = window->undoStack()->index();
        const bool modified = window->isModified();

        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->actorsView()->isActive());
        QVERIFY(actorsOnly()->isChecked());
        QVERIFY(window->legend()->entries().size() < legend.size()); // actors' kinds only
        QVERIFY(view->scene() != window->scene());
        // Read-only: nothing on the derived picture can be dragged.
        QVERIFY(!window->actorsView()->scene()->nodeItem(hegseth)->flags().testFlag(QGraphicsItem::ItemIsMovable));

        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!window->actorsView()->isActive());
        QCOMPARE(view->scene(), static_cast<QGraphicsScene *>(window->scene()));
        QCOMPARE(view->transform(), transform);
        QCOMPARE(QPoint(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value()), scroll);
        QCOMPARE(window->scene()->visibleNodeCount(), nodes);
        QCOMPARE(window->scene()->visibleEdgeCount(), edges);
        QCOMPARE(window->selection()->currentNode(), hegseth);
        QVERIFY(window->scene()->nodeItem(hegseth)->isSelected());
        QCOMPARE(window->legend()->entries().size(), legend.size());
        QCOMPARE(window->viewFilter().hiddenKinds, hiddenKinds);
        QCOMPARE(window->undoStack()->index(), undoIndex);
        QCOMPARE(window->isModified(), modified);
        QCOMPARE(window->actorsView()->scene()->visibleNodeCount(), 0); // the derived picture is let go
    }

    // The derived picture follows the graph: an edit made while it is shown
    // (here the Palm Beach meeting deleted, then undone) derives it again.
    // A right-click on it offers no menu: nothing there can be edited.
    void followsEditsAndOffersNoGestures()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const NodeId trump = byKey(QStringLiteral("person:donald-trump"));
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        ActorsView *actors = window->actorsView();
        actorsOnly()->trigger();
        QVERIFY(actors->isActive());
        const auto weight = [&] {
            const EdgeId e = derivedEdge(rutte, trump);
            return e.isValid() ? actors->graph().edge(e).properties.value(QStringLiteral("weight")).toInt() : 0;
        };
        const int before = weight();
        QVERIFY(before > 1);

        window->curation()->push(std::make_unique<RemoveEdit>(QList<NodeId>{palmBeach}, QList<EdgeId>{}));
        QTRY_COMPARE(weight(), before - 1);
        QVERIFY(actors->isActive());
        QCOMPARE(window->view()->scene(), static_cast<QGraphicsScene *>(actors->scene()));
        window->undoStack()->undo();
        QTRY_COMPARE(weight(), before);

        NodeItem *item = actors->scene()->nodeItem(rutte);
        QVERIFY(item);
        window->view()->centerOn(item);
        const QPoint at = window->view()->mapFromScene(item->scenePos());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        QTest::qWait(200);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(window->selection()->isEmpty());
        actorsOnly()->trigger();
        QVERIFY(!actors->isActive());
    }

    void cleanupTestCase()
    {
        window.reset();
    }
};

QTEST_MAIN(TestActorsView)
#include "tst_actorsview.moc"
