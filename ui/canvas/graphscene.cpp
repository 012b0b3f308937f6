#include "graphscene.h"

#include <QPoint>

#include <cmath>
#include <utility>

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>

#include "graphdocument.h"
#include "graphitems.h"
#include "labelplacer.h"
#include "kindstyle.h"
#include "knowledgegraph.h"
#include "layers.h"
#include "layout.h"
#include "selection.h"

namespace threadline {

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSceneSelectionChanged);
    // Batched edges that moved are redrawn by their layer (they have no
    // bounds of their own to mark dirty).
    m_edgeIndex.setOnStale([this] {
        if (m_edgeLayer)
            m_edgeLayer->update();
    });
}

std::pair<qsizetype, qsizetype> GraphScene::edgesDrawnInView() const
{
    if (!m_edgeLayer)
        return {0, 0};
    const EdgeLayer::Thinning thinning = m_edgeLayer->thinning();
    return {thinning.drawn, thinning.inView};
}

int GraphScene::edgePicturesReused() const
{
    return m_edgeLayer ? m_edgeLayer->reuses() : 0;
}

void GraphScene::forgetEdgePicture()
{
    if (m_edgeLayer)
        m_edgeLayer->forgetKept();
}

EdgeItem *GraphScene::edgeAt(QPointF scenePos)
{
    return m_edgeLayer ? m_edgeIndex.edgeAt(scenePos, 4) : nullptr;
}

GraphScene::~GraphScene()
{
    // Items go while this is still a GraphScene: deleting a selected item
    // announces a selection change.
    clearGraph();
}

void GraphScene::clearGraph()
{
    const QSignalBlocker blocker(this);
    m_highlighted = nullptr;
    m_near.clear();
    m_touching.clear();
    ++m_dimmingVersion;
    clear();
    m_edgeLayer = nullptr; // clear() deleted it with the rest
    m_edgeHolders.clear();
    m_nodeLayer = nullptr;
    m_nodeHolders.clear();
    m_holderRoot = nullptr;
    m_labelLayer = nullptr;
    m_awake = nullptr;
    m_resting.clear();
    m_edgeIndex.markStale(); // its cells name the edges that went
    m_nodeIndex.markOrderStale(); // and the nodes
    m_nodes.clear();
    m_edges.clear();
    m_dragStart.clear();
}

void GraphScene::setDocument(const GraphDocument *document, Selection *selection, const ViewFilter &filter)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    m_filter = filter;
    m_graph = document ? &document->graph() : nullptr;
    if (document) {
        connect(document, &GraphDocument::aboutToReset, this, &GraphScene::clearGraph);
        connect(document, &GraphDocument::wasReset, this, &GraphScene::rebuild);
        connect(document, &GraphDocument::nodesAdded, this, &GraphScene::onNodesAdded);
        connect(document, &GraphDocument::nodesRemoved, this, &GraphScene::onNodesRemoved);
        connect(document, &GraphDocument::nodesChanged, this, &GraphScene::onNodesChanged);
        connect(document, &GraphDocument::edgesAdded, this, &GraphScene::onEdgesAdded);
        connect(document, &GraphDocument::edgesRemoved, this, &GraphScene::onEdgesRemoved);
        connect(document, &GraphDocument::edgesChanged, this, &GraphScene::onEdgesChanged);
        connect(document, &GraphDocument::positionsChanged, this, &GraphScene::onPositionsChanged);
        connect(document, &GraphDocument::hiddenChanged, this, &GraphScene::onHiddenChanged);
        connect(document, &GraphDocument::pinnedChanged, this, &GraphScene::onPinnedChanged);
    }
    if (selection)
        connect(selection, &Selection::changed, this, &GraphScene::showSelection);
    rebuild();
}

void GraphScene::setFilter(const ViewFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void GraphScene::rebuild()
{
    if (!m_document)
        return clearGraph();
    build(m_document->graph(), m_document->positions());
    showSelection();
}

void GraphScene::setGraph(const KnowledgeGraph *graph, const QHash<NodeId, QPointF> &positions,
                          const ViewFilter &filter)
{
    setDocument(nullptr, nullptr, filter);
    m_graph = graph;
    if (graph)
        build(*graph, positions);
}

bool GraphScene::shows(NodeId id) const
{
    return m_graph && m_graph->contains(id) && m_filter.acceptsNode(*m_graph, id)
           && !(m_document && m_document->isHidden(id));
}

bool GraphScene::shows(EdgeId id) const
{
    if (!m_graph || !m_graph->contains(id) || !m_filter.acceptsEdge(*m_graph, id))
        return false;
    const EdgeData &edge = m_graph->edge(id);
    return m_nodes.contains(edge.source) && m_nodes.contains(edge.target);
}

int GraphScene::visibleDegree(NodeId id) const
{
    const NodeItem *item = m_nodes.value(id);
    return item ? int(item->edges().size()) : 0;
}

void GraphScene::build(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions)
{
    clearGraph();
    // By id, not hashed: a large graph asks a million times.
    std::vector<int> degree(graph.nodeIdLimit(), 0);
    std::vector<NodeItem *> itemOf(graph.nodeIdLimit(), nullptr);
    QList<EdgeId> visibleEdges;
    visibleEdges.reserve(graph.edgeCount());
    for (EdgeId id : graph.edges()) {
        if (!m_filter.acceptsEdge(graph, id))
            continue;
        const EdgeData &edge = graph.edge(id);
        if (m_document && (m_document->isHidden(edge.source) || m_document->isHidden(edge.target)))
            continue;
        visibleEdges.append(id);
        ++degree[edge.source.value()];
        ++degree[edge.target.value()];
    }
    m_nodes.reserve(graph.nodeCount());
    m_edges.reserve(visibleEdges.size());
    const CategoryColours categories = categoryColours(graph, m_filter);
    int unplaced = 0;
    if (graph.nodeCount() > batchedNodes)
        batchNodes(); // each node goes straight into the layer, never through the scene's index
    for (NodeId id : graph.nodes()) {
        if (!shows(id))
            continue;
        const NodeData &node = graph.node(id);
        auto *item = new NodeItem(id, node.kind, node.label, degree[id.value()]);
        item->reserveEdges(degree[id.value()]);
        if (node.kind == NodeKind::Other)
            item->setFill(nodeFill(node, categories));
        // A node without a place yet (a large graph whose layout streams
        // in) stands where the layout has got to, or waits on a spiral, not
        // heaped with the others on one point.
        if (const auto at = positions.constFind(id); at != positions.constEnd())
            item->setPos(*at);
        else if (const auto in = m_standIn.constFind(id); in != m_standIn.constEnd())
            item->setPos(*in);
        else
            item->setPos(provisionalPosition(unplaced++));
        item->setPinned(m_document && m_document->isPinned(id));
        if (!m_sizeShares.isEmpty())
            item->setSizeShare(m_sizeShares.value(id));
        if (m_nodeLayer)
            item->setBatched(holderOf(id)); // in the scene as a holder's child
        else
            addItem(item);
        m_nodes.insert(id, item);
        itemOf[id.value()] = item;
    }
    m_nodeIndex.markOrderStale();
    // Batched from the start: each edge goes straight under the holder,
    // never through the scene's index (taking 175k edges out of it one by
    // one took 16 s).
    if (visibleEdges.size() > batchedEdges)
        batchEdges();
    for (EdgeId id : std::as_const(visibleEdges)) {
        const EdgeData &edge = graph.edge(id);
        NodeItem *source = itemOf[edge.source.value()];
        NodeItem *target = itemOf[edge.target.value()];
        EdgeItem *item;
        if (m_edgeLayer) {
            item = new EdgeItem(id, edge.relation, source, target, edge.isDirected(), &m_edgeIndex, holderOf(id));
        } else {
            item = new EdgeItem(id, edge.relation, source, target, edge.isDirected());
            placeEdgeItem(item);
        }
        m_edges.insert(id, item);
    }
    m_edgeIndex.markStale();
    setLabelScale(m_labelScale);
    updateSceneRect();
    Q_EMIT built();
}

void GraphScene::setNodeSizes(const QHash<NodeId, qreal> &shares)
{
    m_sizeShares = shares;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setSizeShare(shares.isEmpty() ? -1 : shares.value(item->nodeId()));
    setLabelScale(m_labelScale); // labels make room again
}

void GraphScene::updateSceneRect()
{
    const QRectF bounds = contentBounds();
    setSceneRect(bounds.adjusted(-bounds.width() * 0.25 - 200, -bounds.height() * 0.25 - 200,
                                 bounds.width() * 0.25 + 200, bounds.height() * 0.25 + 200));
    if (m_edgeLayer)
        m_edgeLayer->setBounds(sceneRect());
    if (m_nodeLayer)
        m_nodeLayer->setBounds(sceneRect());
    setHoldersAside();
    if (!m_labelLayer) {
        m_labelLayer = new LabelLayer(&m_nodeIndex);
        addItem(m_labelLayer);
    }
    m_labelLayer->setBounds(sceneRect());
    Q_EMIT contentChanged();
}

// --- following the document, element by element -------------------------------

NodeItem *GraphScene::addNodeItem(NodeId id, QPointF position, std::optional<CategoryColours> &categories)
{
    if (m_nodes.contains(id) || !shows(id))
        return nullptr;
    const NodeData &node = m_graph->node(id);
    auto *item = new NodeItem(id, node.kind, node.label, 0);
    if (node.kind == NodeKind::Other) {
        if (!categories) // a pass over the graph: once per batch, and only for foreign nodes
            categories = categoryColours(*m_graph, m_filter);
        item->setFill(nodeFill(node, *categories));
    }
    item->setPos(position);
    item->setPinned(m_document && m_document->isPinned(id));
    item->setLabelScale(m_labelScale);
    if (!m_sizeShares.isEmpty())
        item->setSizeShare(m_sizeShares.value(id));
    m_nodes.insert(id, item);
    m_nodeIndex.markOrderStale();
    if (m_nodeLayer) {
        item->setBatched(holderOf(id));
    } else {
        addItem(item);
        if (m_nodes.size() > batchedNodes) {
            batchNodes();
            m_nodeLayer->setBounds(sceneRect());
        }
    }
    return item;
}

EdgeItem *GraphScene::addEdgeItem(EdgeId id)
{
    if (m_edges.contains(id) || !shows(id))
        return nullptr;
    const EdgeData &edge = m_graph->edge(id);
    auto *item = new EdgeItem(id, edge.relation, m_nodes.value(edge.source), m_nodes.value(edge.target),
                              edge.isDirected());
    placeEdgeItem(item);
    m_edges.insert(id, item);
    if (!m_edgeLayer && m_edges.size() > batchedEdges) {
        batchEdges();
        m_edgeLayer->setBounds(sceneRect());
    }
    refreshNode(edge.source);
    refreshNode(edge.target);
    return item;
}

void GraphScene::setHoldersAside()
{
    // A view shows at most 320,000 units across (GraphView's least zoom),
    // or twice the whole scene where that is larger; eight times the larger
    // of those past the scene's corner is out of every view. Moved only
    // when the scene outgrew it (moving it marks every child dirty once),
    // and no farther than a view at the greatest zoom can still count in
    // whole pixels.
    const QRectF scene = sceneRect();
    const qreal reach = std::max({scene.width(), scene.height(), 320000.0});
    const qreal far = std::min(8 * reach, 1e8);
    const auto setAside = [&](ItemHolder *holder) {
        const QPointF past = holder->aside() - scene.bottomRight();
        if (std::min(past.x(), past.y()) < std::min(4 * reach, far / 2) || std::max(past.x(), past.y()) > 2 * far)
            holder->setAside(scene.bottomRight() + QPointF(far, far));
    };
    if (m_holderRoot)
        setAside(m_holderRoot);
    for (const auto *holders : {&m_edgeHolders, &m_nodeHolders})
        for (ItemHolder *holder : *holders)
            setAside(holder);
}

void GraphScene::placeEdgeItem(EdgeItem *item)
{
    if (!m_edgeLayer) {
        addItem(item);
        return;
    }
    item->setBatched(&m_edgeIndex, holderOf(item->edgeId())); // in the scene as a holder's child
    m_edgeIndex.markStale();
}

std::vector<ItemHolder *> GraphScene::makeHolders(size_t count)
{
    if (!m_holderRoot) {
        m_holderRoot = new ItemHolder;
        addItem(m_holderRoot);
    }
    std::vector<ItemHolder *> holders(count);
    for (ItemHolder *&holder : holders) {
        holder = new ItemHolder;
        holder->setParentItem(m_holderRoot);
    }
    return holders;
}

void GraphScene::batchEdges()
{
    if (!m_edgeLayer) {
        m_edgeLayer = new EdgeLayer(&m_edgeIndex);
        addItem(m_edgeLayer);
        m_edgeHolders = makeHolders(holdersOfEdges);
    }
    for (EdgeItem *item : std::as_const(m_edges))
        item->setBatched(&m_edgeIndex, holderOf(item->edgeId()));
    m_edgeIndex.markStale();
    // The caller sets the layer's bounds: in build() the scene has no rect
    // of its own yet, and asking for one sorted every item (a seventh of
    // building 100k nodes).
}

void GraphScene::batchNodes()
{
    if (!m_nodeLayer) {
        m_nodeLayer = new NodeLayer(&m_nodeIndex);
        addItem(m_nodeLayer);
        m_nodeHolders = makeHolders(holdersOfNodes);
    }
    for (NodeItem *item : std::as_const(m_nodes))
        item->setBatched(holderOf(item->nodeId()));
    // The caller sets the layer's bounds, as for edges.
}

NodeItem *GraphScene::nodeAt(QPointF scenePos)
{
    // As Qt would pick among items: the highest z, and of equal z the one
    // drawn last (a node by itself lies above the layer).
    NodeItem *best = nullptr;
    const auto above = [](const NodeItem *a, const NodeItem *b) {
        if (a->zValue() != b->zValue())
            return a->zValue() > b->zValue();
        if (a->isShownAlone() != b->isShownAlone())
            return a->isShownAlone();
        return a->nodeId() > b->nodeId();
    };
    m_nodeIndex.forEachIn(QRectF(scenePos - QPointF(0.5, 0.5), QSizeF(1, 1)), [&](NodeItem *node) {
        if (node->shape().contains(scenePos - node->pos()) && (!best || above(node, best)))
            best = node;
    });
    return best;
}

void GraphScene::wakeNodeAt(QPointF scenePos)
{
    if (!m_nodeLayer)
        return;
    NodeItem *node = nodeAt(scenePos);
    if (node == m_awake)
        return;
    if (m_awake)
        m_awake->setAwake(false);
    m_awake = node;
    if (node)
        node->setAwake(true);
}

void GraphScene::wakeNodesIn(const QRectF &rect)
{
    if (!m_nodeLayer)
        return;
    m_nodeIndex.forEachIn(rect, [&](NodeItem *node) {
        if (!node->isShownAlone() && node->nodeSceneRect().intersects(rect)) {
            node->wake();
            restLater(node);
        }
    });
}

void GraphScene::restLater(NodeItem *node)
{
    m_resting.insert(node);
    m_restLater.request();
}

void GraphScene::putBackResting()
{
    const QSet<NodeItem *> resting = std::exchange(m_resting, {});
    for (NodeItem *node : resting)
        node->rest();
}

void GraphScene::repaintBatched(const QRectF &rect)
{
    m_batchedDirty |= rect;
    m_repaintLater.request();
}

void GraphScene::repaintBatchedNow()
{
    if (!m_batchedDirty.isEmpty())
        update(m_batchedDirty);
    m_batchedDirty = QRectF();
}

QRectF GraphScene::contentBounds() const
{
    QRectF bounds;
    for (const NodeItem *item : m_nodes)
        bounds |= item->shownBounds();
    return bounds;
}

void GraphScene::removeEdgeItem(EdgeId id)
{
    EdgeItem *item = m_edges.take(id);
    if (!item)
        return;
    NodeItem *source = item->sourceItem();
    NodeItem *target = item->targetItem();
    source->removeEdge(item);
    target->removeEdge(item);
    m_edgeIndex.markStale(); // before anything asks it of the edge that goes
    delete item;
    refreshNode(source->nodeId());
    refreshNode(target->nodeId());
}

void GraphScene::removeNodeItem(NodeId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    if (item == m_highlighted)
        highlightNeighbourhood(nullptr);
    if (item == m_awake)
        m_awake = nullptr;
    m_resting.remove(item);
    if (!item->isShownAlone())
        repaintBatched(item->boundingRect().translated(item->pos())); // the layer drew it there
    const QList<EdgeItem *> edges = item->edges();
    for (EdgeItem *edge : edges)
        removeEdgeItem(edge->edgeId());
    m_nodes.remove(id);
    m_nodeIndex.markOrderStale(); // before anything asks it of the node that goes
    m_dragStart.remove(id);
    delete item;
}

void GraphScene::refreshNode(NodeId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item || !m_graph->contains(id))
        return;
    const NodeData &node = m_graph->node(id);
    item->setAppearance(node.kind, node.label, visibleDegree(id));
}

void GraphScene::onNodesAdded(const QList<NodeId> &ids)
{
    std::optional<CategoryColours> categories;
    for (NodeId id : ids)
        addNodeItem(id, m_document->positions().value(id), categories);
    growToHold(ids);
    m_declutterLater.request(); // once, however many changes come in this turn
    Q_EMIT contentChanged();
}

void GraphScene::growToHold(const QList<NodeId> &ids)
{
    const QRectF room = sceneRect();
    for (NodeId id : ids) {
        if (const NodeItem *item = m_nodes.value(id); item && !room.contains(item->shownBounds())) {
            updateSceneRect(); // or the view could not scroll to it, nor fit it
            return;
        }
    }
}

void GraphScene::onNodesRemoved(const QList<NodeId> &ids)
{
    for (NodeId id : ids)
        removeNodeItem(id);
    m_declutterLater.request(); // once, however many changes come in this turn
    Q_EMIT contentChanged();
}

void GraphScene::onNodesChanged(const QList<NodeId> &ids)
{
    for (NodeId id : ids) {
        if (m_nodes.contains(id) != shows(id)) { // a change of kind can hide or show it
            onHiddenChanged({id});
            continue;
        }
        refreshNode(id);
    }
    m_declutterLater.request(); // once, however many changes come in this turn
}

void GraphScene::onEdgesAdded(const QList<EdgeId> &ids)
{
    for (EdgeId id : ids)
        addEdgeItem(id);
}

void GraphScene::onEdgesRemoved(const QList<EdgeId> &ids)
{
    for (EdgeId id : ids)
        removeEdgeItem(id);
}

void GraphScene::onEdgesChanged(const QList<EdgeId> &ids)
{
    for (EdgeId id : ids) {
        // Evidence or properties, most often (an import links a new article
        // to the edges it confirms): the same line, drawn as it was.
        if (EdgeItem *item = m_edges.value(id); item && shows(id)) {
            const EdgeData &edge = m_graph->edge(id);
            if (item->sourceItem() == m_nodes.value(edge.source) && item->targetItem() == m_nodes.value(edge.target) &&
                item->relation() == edge.relation && item->isDirected() == edge.isDirected())
                continue;
        }
        // Ends or relation differ: the item is made again.
        const bool selected = m_edges.contains(id) && m_edges.value(id)->isSelected();
        removeEdgeItem(id);
        if (EdgeItem *item = addEdgeItem(id)) {
            const QSignalBlocker blocker(this);
            item->setSelected(selected);
        }
    }
}

void GraphScene::onPositionsChanged(const QList<NodeId> &ids)
{
    for (NodeId id : ids) {
        if (NodeItem *item = m_nodes.value(id))
            item->setPos(m_document->positions().value(id));
    }
    growToHold(ids);
    m_declutterLater.request(); // once, however many changes come in this turn
    Q_EMIT contentChanged();
}

void GraphScene::onHiddenChanged(const QList<NodeId> &ids)
{
    std::optional<CategoryColours> categories;
    for (NodeId id : ids) {
        if (!shows(id)) {
            removeNodeItem(id);
            continue;
        }
        if (!addNodeItem(id, m_document->positions().value(id), categories))
            continue;
        for (EdgeId e : m_graph->incidentEdges(id))
            addEdgeItem(e);
    }
    m_declutterLater.request(); // once, however many changes come in this turn
    showSelection();
    Q_EMIT contentChanged();
}

void GraphScene::onPinnedChanged(const QList<NodeId> &ids)
{
    for (NodeId id : ids) {
        if (NodeItem *item = m_nodes.value(id))
            item->setPinned(m_document->isPinned(id));
    }
}

// --- drags: one report per gesture ----------------------------------------------

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    wakeNodeAt(event->scenePos()); // a press with no move before it
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            m_dragStart.insert(node->nodeId(), node->pos());
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton)
        wakeNodeAt(event->scenePos()); // for Qt to hover it
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    wakeNodeAt(event->scenePos());
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    wakeNodeAt(event->scenePos()); // its tooltip
    QGraphicsScene::helpEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<NodeId, QPointF> moved;
    for (auto it = m_dragStart.constBegin(); it != m_dragStart.constEnd(); ++it) {
        const NodeItem *item = m_nodes.value(it.key());
        if (item && item->pos() != it.value())
            moved.insert(it.key(), item->pos());
    }
    m_dragStart.clear();
    if (!moved.isEmpty()) {
        declutterLabels();
        Q_EMIT nodesDragged(moved);
        Q_EMIT contentChanged();
    }
}

QHash<NodeId, QPointF> GraphScene::positions() const
{
    QHash<NodeId, QPointF> result;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        result.insert(it.key(), it.value()->pos());
    return result;
}

void GraphScene::setNodePositions(const QHash<NodeId, QPointF> &positions)
{
    // Many at once (a streamed layout frame): each edge follows its ends
    // once, after they all moved, rather than once for each end as it
    // moves (a million adjustments a frame at 100k nodes and 500k edges,
    // most of applying it).
    m_movingMany = positions.size() > manyMoves;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setPos(it.value());
    }
    if (std::exchange(m_movingMany, false)) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        if (m_nodeLayer)
            m_nodeLayer->update(); // the batched nodes left their places unrepainted
    }
    // Labels keep what they showed: a picture in passing is not worth
    // decluttering 10k labels for, and the positions that stay come through
    // the document, which declutters.
    updateSceneRect(); // a picture may reach past the last one
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
    setLabelScale(scale, m_labelRegion);
}

void GraphScene::setLabelScale(qreal scale, const QRectF &region)
{
    const bool rescaled = !qFuzzyCompare(scale, m_labelScale);
    m_labelScale = scale;
    m_labelRegion = m_nodes.size() >= labelRegionFrom ? region : QRectF();
    // The labels placed take the scale; so do the selected nodes', drawn
    // wherever they are.
    declutterLabels();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            static_cast<NodeItem *>(item)->takeLabelScale(scale);
    }
    // Every label changes: one repaint of the scene, not one asked by each
    // node (100k rectangles gathered at 100k nodes). Placed about another
    // region at the same scale, the labels shown or hidden asked for their
    // own.
    if (rescaled)
        update();
}

bool GraphScene::labelsPlacedOver(const QRectF &seen) const
{
    return m_labelRegion.isNull() || m_labelRegion.contains(seen);
}

void GraphScene::declutterLabels()
{
    // Most important first (actors, places and events, then by size), each
    // label shown when it meets none shown before it (placeLabels). Of a
    // large graph, only the labels around the view: at 100k nodes, placing
    // every label took 40 ms of each settle.
    std::vector<NodeItem *> around;
    if (!m_labelRegion.isNull())
        around = m_nodeIndex.labelOrderIn(m_labelRegion);
    const std::vector<NodeItem *> &order = m_labelRegion.isNull() ? m_nodeIndex.labelOrder() : around;
    if (++m_labelRound == 0)
        m_labelRound = 1;
    std::vector<QRectF> labels;
    labels.reserve(order.size());
    for (NodeItem *item : order) {
        item->takeLabelScale(m_labelScale);
        item->setLabelRound(m_labelRound);
        labels.push_back(item->labelSceneRect());
    }
    const std::vector<bool> kept = placeLabels(labels);
    for (size_t i = 0; i < order.size(); ++i)
        order[i]->setLabelAllowed(kept[i]);
    // Placed before and not now: hidden (their room was not looked at).
    const auto hideUnplaced = [this](NodeItem *item) {
        if (item && item->labelRound() != m_labelRound)
            item->setLabelAllowed(false);
    };
    if (m_placedEverywhere) {
        if (!m_labelRegion.isNull()) {
            for (NodeItem *item : std::as_const(m_nodes))
                hideUnplaced(item);
        }
    } else {
        for (NodeId id : m_placedLabels)
            hideUnplaced(m_nodes.value(id));
    }
    m_placedEverywhere = m_labelRegion.isNull();
    m_placedLabels.clear();
    if (!m_placedEverywhere) {
        m_placedLabels.reserve(order.size());
        for (const NodeItem *item : order)
            m_placedLabels.push_back(item->nodeId());
    }
}

void GraphScene::selectNode(NodeId id)
{
    if (m_selection) {
        m_selection->select(id);
        return;
    }
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    clearSelection();
    item->setSelected(true);
}

void GraphScene::selectEdge(EdgeId id)
{
    if (m_selection) {
        m_selection->select(id);
        return;
    }
    EdgeItem *item = m_edges.value(id);
    if (!item)
        return;
    clearSelection();
    item->setSelected(true);
}

void GraphScene::onSceneSelectionChanged()
{
    if (!m_selection || m_syncingSelection)
        return;
    // The item the user just clicked is the last one selected; with several
    // (rubber band, Ctrl+click) the shared selection takes them all.
    const QList<QGraphicsItem *> selected = selectedItems();
    QList<NodeId> nodes;
    QList<EdgeId> edges;
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            nodes.append(node->nodeId());
        else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            edges.append(edge->edgeId());
    }
    // The scene does not say in which order items were selected: the one
    // not selected before is the one just clicked, and becomes current.
    std::sort(nodes.begin(), nodes.end());
    NodeId added;
    for (NodeId id : std::as_const(nodes)) {
        if (!m_selection->contains(id))
            added = id;
    }
    m_syncingSelection = true;
    if (nodes.isEmpty() && edges.isEmpty()) {
        m_selection->clear();
    } else if (nodes.size() + edges.size() == 1) {
        nodes.isEmpty() ? m_selection->select(edges.first()) : m_selection->select(nodes.first());
    } else {
        m_selection->setNodes(nodes, added.isValid() ? added : m_selection->currentNode());
        for (EdgeId e : std::as_const(edges))
            m_selection->toggle(e);
    }
    m_syncingSelection = false;
}

void GraphScene::showSelection()
{
    if (!m_selection || m_syncingSelection)
        return;
    m_syncingSelection = true;
    {
        const QSignalBlocker blocker(this);
        for (NodeItem *item : std::as_const(m_nodes)) {
            const bool on = m_selection->contains(item->nodeId());
            if (item->isSelected() != on)
                item->setSelected(on);
        }
        for (EdgeItem *item : std::as_const(m_edges)) {
            const bool on = m_selection->contains(item->edgeId());
            if (item->isSelected() != on)
                item->setSelected(on);
        }
    }
    m_syncingSelection = false;
}

void GraphScene::highlightNeighbourhood(NodeItem *node)
{
    if (node == m_highlighted)
        return;
    m_highlighted = node;
    m_near.clear();
    m_touching.clear();
    ++m_dimmingVersion;
    if (node) {
        m_near.insert(node->nodeId());
        for (EdgeItem *edge : node->edges()) {
            m_touching.insert(edge->edgeId());
            m_near.insert(edge->sourceItem()->nodeId());
            m_near.insert(edge->targetItem()->nodeId());
        }
    }
    update(); // one repaint for all of them
}

} // namespace threadline
