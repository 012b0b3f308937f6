#include "graphscene.h"

#include <QPoint>

#include <cmath>

#include "graphitems.h"
#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

void GraphScene::clearGraph()
{
    const QSignalBlocker blocker(this);
    clear();
    m_nodes.clear();
    m_edges.clear();
}

void GraphScene::setGraph(const KnowledgeGraph *graph, const QHash<NodeId, QPointF> &positions,
                          const ViewFilter &filter)
{
    clearGraph();
    if (!graph)
        return;
    QHash<NodeId, int> degree;
    QList<EdgeId> visibleEdges;
    for (EdgeId id : graph->edges()) {
        if (!filter.acceptsEdge(*graph, id))
            continue;
        visibleEdges.append(id);
        const EdgeData &edge = graph->edge(id);
        ++degree[edge.source];
        ++degree[edge.target];
    }
    const CategoryColours categories = categoryColours(*graph, filter);
    for (NodeId id : graph->nodes()) {
        if (!filter.acceptsNode(*graph, id))
            continue;
        const NodeData &node = graph->node(id);
        auto *item = new NodeItem(id, node.kind, node.label, degree.value(id));
        if (node.kind == NodeKind::Other)
            item->setFill(nodeFill(node, categories));
        item->setPos(positions.value(id));
        addItem(item);
        m_nodes.insert(id, item);
    }
    for (EdgeId id : visibleEdges) {
        const EdgeData &edge = graph->edge(id);
        auto *item = new EdgeItem(id, edge.relation, m_nodes.value(edge.source), m_nodes.value(edge.target),
                                  edge.isDirected());
        addItem(item);
        m_edges.insert(id, item);
    }
    setLabelScale(m_labelScale);
    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.adjusted(-bounds.width() * 0.25 - 200, -bounds.height() * 0.25 - 200,
                                 bounds.width() * 0.25 + 200, bounds.height() * 0.25 + 200));
}

QHash<NodeId, QPointF> GraphScene::positions() const
{
    QHash<NodeId, QPointF> result;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        result.insert(it.key(), it.value()->pos());
    return result;
}

QSet<NodeId> GraphScene::selectedNodes() const
{
    QSet<NodeId> result;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            result.insert(node->nodeId());
    }
    return result;
}

void GraphScene::setLabelScale(qreal scale)
{
    m_labelScale = scale;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setLabelScale(scale);
    declutterLabels();
}

void GraphScene::declutterLabels()
{
    // Most important first: actors, places and events, then by degree.
    QList<NodeItem *> order(m_nodes.begin(), m_nodes.end());
    std::sort(order.begin(), order.end(), [](NodeItem *a, NodeItem *b) {
        if (a->isMajor() != b->isMajor())
            return a->isMajor();
        if (!qFuzzyCompare(a->radius(), b->radius()))
            return a->radius() > b->radius();
        return a->nodeId() < b->nodeId();
    });
    // Kept labels are binned in a coarse grid, so each check looks only at
    // labels nearby: this runs on every zoom step, for every node.
    constexpr qreal cell = 256;
    QHash<QPoint, QList<QRectF>> kept;
    auto cellsOf = [](const QRectF &rect) {
        QList<QPoint> cells;
        for (int x = int(std::floor(rect.left() / cell)); x <= int(std::floor(rect.right() / cell)); ++x) {
            for (int y = int(std::floor(rect.top() / cell)); y <= int(std::floor(rect.bottom() / cell)); ++y)
                cells.append(QPoint(x, y));
        }
        return cells;
    };
    for (NodeItem *item : std::as_const(order)) {
        const QRectF rect = item->labelSceneRect();
        const QList<QPoint> cells = cellsOf(rect);
        bool free = true;
        for (const QPoint &c : cells) {
            const QList<QRectF> &nearby = kept[c];
            free = free && std::none_of(nearby.begin(), nearby.end(),
                                        [&](const QRectF &other) { return other.intersects(rect); });
        }
        item->setLabelAllowed(free);
        if (free) {
            for (const QPoint &c : cells)
                kept[c].append(rect);
        }
    }
}

void GraphScene::selectNode(NodeId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item || (item->isSelected() && selectedItems().size() == 1))
        return;
    const QSignalBlocker blocker(this);
    clearSelection();
    item->setSelected(true);
}

void GraphScene::selectEdge(EdgeId id)
{
    EdgeItem *item = m_edges.value(id);
    if (!item || (item->isSelected() && selectedItems().size() == 1))
        return;
    const QSignalBlocker blocker(this);
    clearSelection();
    item->setSelected(true);
}

void GraphScene::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.isEmpty()) {
        Q_EMIT selectionCleared();
        return;
    }
    QGraphicsItem *item = selected.constLast();
    if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
        Q_EMIT nodeSelected(node->nodeId());
    else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
        Q_EMIT edgeSelected(edge->edgeId());
}

} // namespace threadline
