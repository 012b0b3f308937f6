#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

#include "edgeindex.h"
#include "ids.h"
#include "kindstyle.h"
#include "nodeindex.h"
#include "oncelater.h"
#include "viewfilter.h"

#include <optional>
#include <vector>

namespace threadline {

class GraphDocument;
class KnowledgeGraph;
class NodeItem;
class EdgeItem;
class Selection;

// Shows the visible part of a graph. Items are keyed by model id; the scene
// never owns graph state.
//
// Live, on a GraphDocument (setDocument): it follows the document's change
// signals element by element (a one-node edit touches one item), and keeps
// its item selection and the shared Selection the same both ways. A drag
// is reported once, when the mouse is released (nodesDragged), for the
// window to make it one undoable move.
//
// Still, for a picture (setGraph): built once from a graph and positions.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setDocument(const GraphDocument *document, Selection *selection, const ViewFilter &filter);
    // A new filter for the live document: the items are rebuilt.
    void setFilter(const ViewFilter &filter);
    // The filter of the build the document's next reset makes (a graph
    // being opened), without building now: the new graph is built once,
    // for what it shows.
    void setFilterForReset(const ViewFilter &filter) { m_filter = filter; }
    const ViewFilter &filter() const { return m_filter; }
    // graph must outlive the scene's use of it (until the next setGraph).
    void setGraph(const KnowledgeGraph *graph, const QHash<NodeId, QPointF> &positions,
                  const ViewFilter &filter);
    void clearGraph();

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(EdgeId id) const { return m_edges.value(id); }
    qsizetype visibleNodeCount() const { return m_nodes.size(); }
    qsizetype visibleEdgeCount() const { return m_edges.size(); }
    QHash<NodeId, QPointF> positions() const;
    // The nodes a mouse button holds (those selected when it was pressed on
    // one): a drag moves them until the release.
    QList<NodeId> nodesInHand() const { return m_dragStart.keys(); }
    // Moves the items of these nodes (nodes not shown are skipped) without
    // the document: pictures in passing, such as a layout streaming in or
    // gliding to its end. The document's positions stay the truth; its next
    // change of a node, or a rebuild, puts that node back.
    void setNodePositions(const QHash<NodeId, QPointF> &positions);
    // Where builds place the nodes the document does not (instead of the
    // provisional spiral), until set empty: a layout's picture made while
    // the graph was read.
    void setStandInPositions(QHash<NodeId, QPointF> positions) { m_standIn = std::move(positions); }
    // What the graph covers: its nodes with their shown labels (edges lie
    // between nodes). Unlike itemsBoundingRect(), it leaves out the edge
    // layer that large graphs draw their edges with.
    QRectF contentBounds() const;
    // Large graphs (more edges than this) draw their edges through one
    // batched EdgeLayer instead of one painting item each.
    static constexpr qsizetype batchedEdges = 2000;
    bool edgesBatched() const { return m_edgeLayer != nullptr; }
    // Likewise nodes: more than this, and those not selected, hovered or
    // under the pointer are drawn by one NodeLayer and kept out of the
    // scene's index (see NodeItem::setBatched).
    static constexpr qsizetype batchedNodes = 1000;
    bool nodesBatched() const { return m_nodeLayer != nullptr; }
    // The topmost node whose shape holds a scene point, batched or not.
    NodeItem *nodeAt(QPointF scenePos);
    // Brings the batched node under a scene point out of its layer, so that
    // Qt's own look-ups (hover, press, tooltip, menu) find it there; the
    // node woken before goes back. Views call it before they ask Qt.
    void wakeNodeAt(QPointF scenePos);
    // Every batched node meeting `rect` comes out until the next turn of the
    // event loop (a rubber band's, before Qt selects what it covers).
    void wakeNodesIn(const QRectF &rect);
    // How many of the edges in view the last full paint drew, and how many
    // are in view: fewer when the longest were left out (EdgeLayer).
    std::pair<qsizetype, qsizetype> edgesDrawnInView() const;
    // How many times the batched edges' grid was built (for tests: a few
    // edges moved must not rebuild it).
    int edgeGridBuilds() const { return m_edgeIndex.builds(); }
    // A batched edge under a scene point (they are not in the scene's own
    // index, so itemAt() does not see them); nullptr when none is, or when
    // edges are not batched.
    EdgeItem *edgeAt(QPointF scenePos);
    QSet<NodeId> selectedNodes() const;
    // Labels drawn `scale` times their size (the view passes 1/zoom, so they
    // stay readable zoomed out); those that would overlap a more important
    // one are hidden until the user zooms in or hovers.
    void setLabelScale(qreal scale);
    qreal labelScale() const { return m_labelScale; }
    // Labels are placed only around what the view shows, when the graph
    // is large (from labelRegionFrom nodes): the view names the area
    // (GraphView::updateLabelScale), and a label outside it is not shown
    // until the view comes near. The same as setLabelScale() otherwise.
    void setLabelScale(qreal scale, const QRectF &region);
    // Whether the labels placed cover `seen` (scene units).
    bool labelsPlacedOver(const QRectF &seen) const;
    static constexpr qsizetype labelRegionFrom = 10000;

    // Node sizes from a measure: each node's share of the largest, in
    // [0, 1]; nodes not named take 0. Empty: sizes follow degree again.
    void setNodeSizes(const QHash<NodeId, qreal> &shares);
    const QHash<NodeId, qreal> &nodeSizes() const { return m_sizeShares; }

    void selectNode(NodeId id);
    void selectEdge(EdgeId id);
    // Hovering a node: it, its neighbours and their relationships stay
    // bright, the rest is dimmed; nullptr brings everything back.
    void highlightNeighbourhood(NodeItem *node);
    NodeItem *highlighted() const { return m_highlighted; }
    // Drawn faded while a node is highlighted: asked by the items as they
    // paint, so a hover costs the node's degree, not the graph's size.
    bool dims(NodeId id) const { return m_highlighted && !m_near.contains(id); }
    bool dims(EdgeId id) const { return m_highlighted && !m_touching.contains(id); }
    // Changes whenever what dims() says may have changed.
    quint64 dimmingVersion() const { return m_dimmingVersion; }
    // How many times the edge layer drew from the picture it kept of the
    // whole view, and forgetting it (for tests: EdgeLayer).
    int edgePicturesReused() const;
    void forgetEdgePicture();
    // A node moved or changed its bounds (NodeItem says): the index the
    // label layer asks is made again before its next question.
    void nodeGeometryChanged() { m_nodeIndex.markStale(); }
    // A node moved: on its own, listed apart by the index; in bulk (a
    // layout's frame), the index is built again.
    void nodeMoved(NodeItem *node)
    {
        if (m_movingMany)
            m_nodeIndex.markStale();
        else
            m_nodeIndex.markMoved(node);
    }
    int nodeGridBuilds() const { return m_nodeIndex.builds(); }
    void nodeKindChanged() { m_nodeIndex.markOrderStale(); }
    // Nodes are moving in bulk (setNodePositions): their edges follow once
    // the move is done, not with each node.
    bool isMovingMany() const { return m_movingMany; }
    static constexpr qsizetype manyMoves = 1000;
    // A batched node changed where it is drawn: the layers repaint there
    // (the rectangles of one turn of the event loop together).
    void repaintBatched(const QRectF &rect);
    // A node that may go back into the layer, once Qt is done with it.
    void restLater(NodeItem *node);

Q_SIGNALS:
    // Nodes the user dragged, where they were dropped (mouse released).
    void nodesDragged(const QHash<threadline::NodeId, QPointF> &positions);
    // Nodes came, went or moved (not during a drag: at its end); for
    // overviews of the whole picture.
    void contentChanged();
    // Every item was made again (a new graph, a new filter): the costly
    // part of opening a large graph.
    void built();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void build(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions);
    bool shows(NodeId id) const;
    bool shows(EdgeId id) const;
    NodeItem *addNodeItem(NodeId id, QPointF position, std::optional<CategoryColours> &categories);
    EdgeItem *addEdgeItem(EdgeId id);
    void removeNodeItem(NodeId id);
    void removeEdgeItem(EdgeId id);
    void refreshNode(NodeId id);
    NodeItem *m_highlighted = nullptr;
    quint64 m_dimmingVersion = 0;
    QSet<NodeId> m_near;     // the highlighted node and its neighbours
    QSet<EdgeId> m_touching; // and its relationships
    int visibleDegree(NodeId id) const;
    void updateSceneRect();
    // After nodes came or moved: the scene's rectangle grows when one of
    // them lies outside it.
    void growToHold(const QList<NodeId> &ids);

    void onNodesAdded(const QList<NodeId> &ids);
    void onNodesRemoved(const QList<NodeId> &ids);
    void onNodesChanged(const QList<NodeId> &ids);
    void onEdgesAdded(const QList<EdgeId> &ids);
    void onEdgesRemoved(const QList<EdgeId> &ids);
    void onEdgesChanged(const QList<EdgeId> &ids);
    void onPositionsChanged(const QList<NodeId> &ids);
    void onHiddenChanged(const QList<NodeId> &ids);
    void onPinnedChanged(const QList<NodeId> &ids);
    void rebuild();

    // Scene selection → shared Selection, and back.
    void onSceneSelectionChanged();
    void showSelection();

    const KnowledgeGraph *m_graph = nullptr;
    const GraphDocument *m_document = nullptr;
    Selection *m_selection = nullptr;
    ViewFilter m_filter;
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<NodeId, QPointF> m_standIn;
    QHash<EdgeId, EdgeItem *> m_edges;
    QHash<NodeId, QPointF> m_dragStart;
    qreal m_labelScale = 1.0;
    QRectF m_labelRegion;         // where labels were placed; null: everywhere
    quint32 m_labelRound = 0;     // rounds of placement (NodeItem::labelRound)
    // The labels the last round placed about a region; with
    // m_placedEverywhere, it placed them all.
    std::vector<NodeId> m_placedLabels;
    bool m_placedEverywhere = true;
    // Which labels show, worked out once per turn of the event loop after
    // document changes: accepting a thousand articles' proposals is
    // thousands of changes in one turn, and each declutter sorts every node.
    OnceLater m_declutterLater{this, [this] { declutterLabels(); }};
    QHash<NodeId, qreal> m_sizeShares;
    class EdgeLayer *m_edgeLayer = nullptr;
    class NodeLayer *m_nodeLayer = nullptr;
    // The batched edges' parents and the batched nodes' (see ItemHolder),
    // each element under the one its id picks. Qt walks every child of a
    // holder one of whose children changed (came back into the layer, was
    // repainted): under one holder, 500k edges made that 26 ms, and a press
    // on a node paid it (bench_canvas, 100k nodes).
    std::vector<class ItemHolder *> m_edgeHolders;
    std::vector<class ItemHolder *> m_nodeHolders;
    static constexpr size_t holdersOfEdges = 256, holdersOfNodes = 64;
    class ItemHolder *holderOf(EdgeId id) const { return m_edgeHolders[size_t(id.value()) % m_edgeHolders.size()]; }
    class ItemHolder *holderOf(NodeId id) const { return m_nodeHolders[size_t(id.value()) % m_nodeHolders.size()]; }
    // The holders' own parent, set aside as they are: the scene's top level
    // stays a handful of items (Qt looks at each at every paint).
    class ItemHolder *m_holderRoot = nullptr;
    // Holders, under the root.
    std::vector<class ItemHolder *> makeHolders(size_t count);
    class LabelLayer *m_labelLayer = nullptr;
    NodeItem *m_awake = nullptr;  // the node woken under the pointer
    QSet<NodeItem *> m_resting;   // nodes to put back into the layer
    OnceLater m_restLater{this, [this] { putBackResting(); }};
    void putBackResting();
    QRectF m_batchedDirty;        // where batched nodes changed this turn
    bool m_movingMany = false;
    OnceLater m_repaintLater{this, [this] { repaintBatchedNow(); }};
    void repaintBatchedNow();
    void batchNodes();
    // Puts the holders' empty bounds where no view reaches (ItemHolder).
    void setHoldersAside();
    EdgeIndex m_edgeIndex{&m_edges};
    NodeIndex m_nodeIndex{&m_nodes};
    void batchEdges();
    // Into the scene: on its own, or batched under the holder when the
    // edges are batched.
    void placeEdgeItem(EdgeItem *item);
    bool m_syncingSelection = false;

    void declutterLabels();
};

} // namespace threadline
