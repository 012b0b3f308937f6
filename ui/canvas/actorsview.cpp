#include "actorsview.h"

#include <QAction>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

#include "derivationpanel.h"
#include "graphdocument.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "layout.h"
#include "legend.h"
#include "mainwindow.h"

namespace threadline {

namespace {

quint64 pairKey(NodeId x, NodeId y)
{
    return (quint64(std::min(x, y).value()) << 32) | std::max(x, y).value();
}

// A link's weight, written on its line. The same size on screen at any
// zoom, and transparent to the mouse: a click on it reaches the line.
class WeightBadge : public QGraphicsItem
{
public:
    WeightBadge(int weight, QPointF at) : m_text(QString::number(weight))
    {
        m_font.setPointSizeF(7.5 + std::min(weight, 10) * 0.35); // heavier links read larger
        m_font.setBold(true);
        const QFontMetricsF metrics(m_font);
        m_rect = QRectF(0, 0, metrics.horizontalAdvance(m_text) + 8, metrics.height() + 2);
        m_rect.moveCenter(QPointF(0, 0));
        setPos(at);
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(0.8); // above the lines, below the nodes
        setToolTip(QObject::tr("Weight: shared events and statements"));
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x8a8f98), 1));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(m_rect, 4, 4);
        painter->setFont(m_font);
        painter->setPen(QColor(0x333333));
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QFont m_font;
    QRectF m_rect;
};

} // namespace

ActorsView::ActorsView(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Actors Only"), this)),
      m_scene(new GraphScene(this)), m_panel(new DerivationPanel(window)),
      m_note(new QLabel(tr("Actors Only: links derived from shared events and statements, not stored"), window))
{
    m_action->setObjectName(QStringLiteral("actorsOnlyAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_action->setToolTip(tr("Show only people, organisations and countries, linked by the events and statements "
                            "they share (Ctrl+Shift+O)"));
    connect(m_action, &QAction::toggled, this, &ActorsView::setActive);

    m_panel->setObjectName(QStringLiteral("derivationPanel"));
    window->sideTabs()->addTab(m_panel, tr("Links"));
    m_note->setObjectName(QStringLiteral("actorsOnlyNote"));
    m_note->setStyleSheet(QStringLiteral("color:#5a4500;"));
    m_note->hide();
    window->statusBar()->addPermanentWidget(m_note);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ActorsView::onSelectionChanged);
    connect(m_panel, &DerivationPanel::nodeActivated, this, &ActorsView::onNodeActivated);
    connect(m_panel, &DerivationPanel::linkActivated, this, [this](EdgeId id) {
        // Later: the list that was clicked is refilled by the selection.
        QTimer::singleShot(0, this, [this, id] {
            m_scene->selectEdge(id);
            if (EdgeItem *item = m_scene->edgeItem(id); item && m_active)
                m_window->view()->ensureVisible(item, 40, 40);
        });
    });

    // Derived once per change of the graph, and only while shown.
    const GraphDocument *document = window->document();
    const auto stale = [this] { m_stale = true; };
    connect(document, &GraphDocument::wasReset, this, stale);
    connect(document, &GraphDocument::nodesAdded, this, stale);
    connect(document, &GraphDocument::nodesRemoved, this, stale);
    connect(document, &GraphDocument::nodesChanged, this, stale);
    connect(document, &GraphDocument::edgesAdded, this, stale);
    connect(document, &GraphDocument::edgesRemoved, this, stale);
    connect(document, &GraphDocument::edgesChanged, this, stale);
    connect(document, &GraphDocument::changed, this, [this] {
        if (m_active && m_stale)
            rebuild();
    });
}

const ActorLink *ActorsView::link(EdgeId derivedEdge) const
{
    const auto it = m_linkOfEdge.constFind(derivedEdge);
    return it == m_linkOfEdge.constEnd() ? nullptr : &m_links[*it];
}

void ActorsView::setActive(bool on)
{
    if (on != m_active) {
        GraphView *view = m_window->view();
        m_active = on;
        if (on) {
            m_savedTransform = view->transform();
            m_savedScroll = QPoint(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
            m_savedFitted = view->isFitted();
            rebuild();
            view->setScene(m_scene);
            view->fitAll();
            view->updateLabelScale();
            m_note->show();
            m_panel->clear();
            m_window->sideTabs()->setCurrentWidget(m_panel);
        } else {
            view->setScene(m_window->scene());
            if (m_savedFitted) {
                view->fitAll();
            } else {
                view->setTransform(m_savedTransform);
                view->zoomBy(1.0); // no zoom: it ends the fit the derived picture had, and sizes labels
                view->horizontalScrollBar()->setValue(m_savedScroll.x());
                view->verticalScrollBar()->setValue(m_savedScroll.y());
            }
            m_scene->setGraph(nullptr, {}, {});
            m_graph = KnowledgeGraph();
            m_links.clear();
            m_linkOfEdge.clear();
            m_stale = true;
            m_note->hide();
            // The panel keeps the derivation: its events and statements
            // still select in the full graph.
        }
    }
    if (m_action->isChecked() != on) {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(on);
    }
    Q_EMIT activeChanged(on);
}

void ActorsView::rebuild()
{
    const KnowledgeGraph &full = m_window->graph();
    m_links = deriveActorLinks(full);
    m_graph = actorGraph(full, m_links);
    QHash<quint64, qsizetype> byPair;
    for (qsizetype i = 0; i < m_links.size(); ++i)
        byPair.insert(pairKey(m_links[i].a, m_links[i].b), i);
    m_linkOfEdge.clear();
    for (EdgeId e : m_graph.edges())
        m_linkOfEdge.insert(e, byPair.value(pairKey(m_graph.edge(e).source, m_graph.edge(e).target)));

    const ViewFilter everything;
    m_scene->setGraph(&m_graph, layoutForView(m_graph, everything), everything);
    for (NodeId id : m_graph.nodes()) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setFlag(QGraphicsItem::ItemIsMovable, false); // a derived picture: nothing to move
    }
    for (EdgeId e : m_graph.edges()) {
        if (EdgeItem *item = m_scene->edgeItem(e))
            m_scene->addItem(new WeightBadge(m_links[m_linkOfEdge.value(e)].weight(),
                                             item->mapToScene(item->line().center())));
    }
    m_window->legend()->setEntries(legendEntries(m_graph, everything));
    m_note->setText(tr("Actors Only: %1 actors, %2 links derived from shared events and statements, not stored")
                        .arg(m_graph.nodeCount())
                        .arg(m_graph.edgeCount()));
    m_stale = false;
}

void ActorsView::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return;
    if (auto *edge = qgraphicsitem_cast<EdgeItem *>(selected.first())) {
        if (const ActorLink *l = link(edge->edgeId())) {
            m_panel->showLink(m_window->graph(), *l);
            m_window->sideTabs()->setCurrentWidget(m_panel);
        }
    } else if (auto *node = qgraphicsitem_cast<NodeItem *>(selected.first())) {
        m_panel->showActor(m_graph, node->nodeId());
        m_window->sideTabs()->setCurrentWidget(m_panel);
    }
}

void ActorsView::onNodeActivated(NodeId id)
{
    setActive(false);
    m_window->selectNode(id);
}

} // namespace threadline
