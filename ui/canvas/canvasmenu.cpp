#include "canvasmenu.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

#include "analysis.h"
#include "curationcontroller.h"
#include "edits.h"
#include "graphdocument.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "pathpanel.h"
#include "selection.h"

namespace threadline {

namespace {

// What the canvas could show with no focus or brushed period.
ViewFilter unfocused(const MainWindow *window)
{
    ViewFilter filter = window->viewFilter();
    filter.onlyNodes.clear();
    return filter;
}

} // namespace

CanvasMenu::CanvasMenu(MainWindow *window) : QObject(window), m_window(window)
{
    GraphView *view = window->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &CanvasMenu::onRequested);
    // A project opened anew holds other nodes.
    connect(window->document(), &GraphDocument::wasReset, this, [this] { m_pathStart = NodeId(); });
}

void CanvasMenu::onRequested(QPoint pos)
{
    if (m_window->view()->scene() != m_window->scene())
        return; // a derived, read-only picture (Actors Only): nothing here to hide, pin or expand
    // The press that asked for the menu made the node under it the scene's
    // mouse grabber; its release goes to the menu. Without this the next
    // drag went to a grabber that waited for it, and no node moved.
    if (QGraphicsItem *grabber = m_window->scene()->mouseGrabberItem())
        grabber->ungrabMouse();
    QMenu *menu = menuAt(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_window->view()->viewport()->mapToGlobal(pos));
}

QMenu *CanvasMenu::menuAt(QPoint pos)
{
    // The item under the cursor may be a node's part (its label); edges
    // and the background get the background's menu.
    for (QGraphicsItem *item = m_window->view()->itemUnder(pos); item; item = item->parentItem()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            // A node of a larger selection keeps the selection, as in a file
            // manager; any other node becomes the selection.
            if (!m_window->selection()->contains(node->nodeId()))
                m_window->selection()->select(node->nodeId());
            return nodeMenu(node->nodeId());
        }
    }
    return backgroundMenu();
}

QMenu *CanvasMenu::nodeMenu(NodeId id)
{
    const GraphDocument *document = m_window->document();
    const KnowledgeGraph &g = document->graph();
    const QString name = g.node(id).label;
    auto *menu = new QMenu(m_window->view());
    menu->setObjectName(QStringLiteral("canvasNodeMenu"));
    menu->setTitle(name);
    menu->addSection(name);

    // Hide and pin act on the selection through the Edit menu's gestures;
    // the node is in it (menuAt saw to that, and the check below keeps it so).
    const auto keepSelected = [this, id] {
        if (!m_window->selection()->contains(id))
            m_window->selection()->select(id);
    };
    const qsizetype selected = m_window->selection()->nodes().size();
    QAction *hide = menu->addAction(selected > 1 ? tr("Hide %n Selected Nodes", nullptr, int(selected)) : tr("Hide"),
                                    this, [this, keepSelected] {
                                        keepSelected();
                                        m_window->curation()->hideSelection();
                                    });
    hide->setObjectName(QStringLiteral("hideNode"));
    const bool pinned = document->isPinned(id);
    QAction *pin = menu->addAction(pinned ? tr("Unpin") : tr("Pin"), this, [this, keepSelected, pinned] {
        keepSelected();
        m_window->curation()->setSelectionPinned(!pinned);
    });
    pin->setObjectName(QStringLiteral("pinNode"));
    menu->addSeparator();

    const ViewFilter filter = m_window->viewFilter();
    const qsizetype hidden = hiddenNeighbours(g, id, filter, document->hidden()).size();
    QAction *expand = menu->addAction(hidden ? tr("Expand Neighbours (%n hidden)", nullptr, int(hidden))
                                             : tr("Expand Neighbours"),
                                      this, [this, id] { expandNeighbours(id); });
    expand->setObjectName(QStringLiteral("expandNeighbours"));
    expand->setEnabled(hidden > 0);
    const qsizetype dependent = dependentNeighbours(g, id, filter, document->hidden()).size();
    QAction *collapse = menu->addAction(dependent ? tr("Collapse Neighbours (%n)", nullptr, int(dependent))
                                                  : tr("Collapse Neighbours"),
                                        this, [this, id] { collapseNeighbours(id); });
    collapse->setObjectName(QStringLiteral("collapseNeighbours"));
    collapse->setEnabled(dependent > 0);
    collapse->setToolTip(tr("Hides the neighbours linked to nothing else on the canvas"));
    menu->addSeparator();

    QMenu *focus = menu->addMenu(tr("Focus on This Node"));
    focus->setObjectName(QStringLiteral("focusMenu"));
    for (int depth = 1; depth <= 3; ++depth) {
        QAction *action = focus->addAction(tr("Within %n Step(s)", nullptr, depth), this,
                                           [this, id, depth] { focusOn(id, depth); });
        action->setObjectName(QStringLiteral("focusDepth%1").arg(depth));
    }
    QAction *showAll = menu->addAction(tr("Show All"), m_window, &MainWindow::clearFocus);
    showAll->setObjectName(QStringLiteral("showAll"));
    showAll->setEnabled(!m_window->viewFilter().onlyNodes.isEmpty());
    menu->addSeparator();

    QAction *from = menu->addAction(tr("Path From Here"), this, [this, id] { setPathStart(id); });
    from->setObjectName(QStringLiteral("pathFromHere"));
    const bool canEnd = m_pathStart.isValid() && m_pathStart != id && g.contains(m_pathStart);
    QAction *to = menu->addAction(canEnd ? tr("Path To Here (from %1)").arg(g.node(m_pathStart).label)
                                         : tr("Path To Here"),
                                  this, [this, id] { showPathTo(id); });
    to->setObjectName(QStringLiteral("pathToHere"));
    to->setEnabled(canEnd);
    if (!canEnd)
        to->setToolTip(tr("Choose Path From Here on another node first"));
    return menu;
}

QMenu *CanvasMenu::backgroundMenu()
{
    auto *menu = new QMenu(m_window->view());
    menu->setObjectName(QStringLiteral("canvasBackgroundMenu"));
    QAction *showAll = menu->addAction(tr("Show All"), m_window, &MainWindow::clearFocus);
    showAll->setObjectName(QStringLiteral("showAll"));
    showAll->setEnabled(!m_window->viewFilter().onlyNodes.isEmpty());
    const qsizetype hidden = m_window->document()->hidden().size();
    QAction *unhide = menu->addAction(tr("Show %n Hidden Node(s)", nullptr, int(hidden)), m_window->curation(),
                                      &CurationController::showAllHidden);
    unhide->setObjectName(QStringLiteral("showHidden"));
    unhide->setEnabled(hidden > 0);
    QAction *fit = menu->addAction(tr("Fit"), m_window->view(), &GraphView::fitAll);
    fit->setObjectName(QStringLiteral("fit"));
    return menu;
}

void CanvasMenu::expandNeighbours(NodeId id)
{
    GraphDocument *document = m_window->document();
    const QList<NodeId> shown = hiddenNeighbours(document->graph(), id, m_window->viewFilter(), document->hidden());
    if (shown.isEmpty())
        return;
    auto edit = std::make_unique<CompositeEdit>(tr("Expand Neighbours of %1").arg(document->graph().node(id).label));
    edit->doAndAppend(*document, std::make_unique<FlagEdit>(*document, FlagEdit::Flag::Hidden, shown, false));
    m_window->curation()->push(std::move(edit));
    say(tr("Showed %n neighbour(s); Ctrl+Z hides them again.", nullptr, int(shown.size())), 5000);
}

void CanvasMenu::collapseNeighbours(NodeId id)
{
    GraphDocument *document = m_window->document();
    const QList<NodeId> gone = dependentNeighbours(document->graph(), id, m_window->viewFilter(), document->hidden());
    if (gone.isEmpty())
        return;
    auto edit = std::make_unique<CompositeEdit>(tr("Collapse Neighbours of %1").arg(document->graph().node(id).label));
    edit->doAndAppend(*document, std::make_unique<FlagEdit>(*document, FlagEdit::Flag::Hidden, gone, true));
    m_window->curation()->push(std::move(edit));
    say(tr("Hid %n neighbour(s) linked to nothing else; Ctrl+Z brings them back.", nullptr, int(gone.size())), 5000);
}

void CanvasMenu::focusOn(NodeId id, int depth)
{
    const KnowledgeGraph &g = m_window->document()->graph();
    if (!g.contains(id))
        return;
    const QString name = g.node(id).label;
    m_window->setFocusNodes(neighbourhood(g, id, depth, unfocused(m_window)),
                            depth == 1 ? tr("Focus on %1 within 1 step").arg(name)
                                       : tr("Focus on %1 within %2 steps").arg(name).arg(depth),
                            tr("The canvas shows %1 and what lies within %n step(s) of it", nullptr, depth).arg(name));
}

void CanvasMenu::setPathStart(NodeId id)
{
    const KnowledgeGraph &g = m_window->document()->graph();
    if (!g.contains(id))
        return;
    m_pathStart = id;
    say(tr("Path from %1: right-click another node and choose Path To Here.").arg(g.node(id).label));
}

void CanvasMenu::showPathTo(NodeId to)
{
    const KnowledgeGraph &g = m_window->document()->graph();
    if (!g.contains(m_pathStart) || !g.contains(to))
        return;
    const QList<PathStep> steps = shortestPath(g, m_pathStart, to, unfocused(m_window));
    PathPanel *panel = m_window->pathPanel();
    panel->showPath(m_pathStart, to, steps);
    m_window->sideTabs()->setCurrentWidget(panel);
    if (steps.isEmpty()) {
        say(panel->heading()->text());
        return;
    }
    // The selection holds nodes or edges, not both: the nodes light up on
    // the canvas, and the Path tab lists the relationships between them.
    QList<NodeId> nodes;
    for (const PathStep &step : steps)
        nodes.append(step.node);
    m_window->selection()->setNodes(nodes, to);
    say(tr("%n step(s) from %1 to %2; the Path tab lists them.", nullptr, int(steps.size() - 1))
            .arg(g.node(m_pathStart).label, g.node(to).label));
}

void CanvasMenu::say(const QString &text, int milliseconds)
{
    m_window->statusBar()->showMessage(text, milliseconds);
}

} // namespace threadline
