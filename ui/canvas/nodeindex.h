#pragma once

#include <QHash>
#include <QRectF>

#include <functional>
#include <vector>

#include "ids.h"

namespace threadline {

class NodeItem;

// Where the nodes of the canvas are, for the layers that draw over them (the
// labels): a uniform grid of node positions, each node in the one cell its
// centre lies in. Asking it for an exposed strip costs the nodes near the
// strip; walking every node at each paint cost 20 ms a frame at 100k nodes
// (bench_canvas, pan), most of the frame.
//
// Built lazily, as the EdgeIndex is: a move of many nodes only marks it
// stale, and the next question rebuilds it in two passes over the nodes. A
// few nodes moved on their own (a drag's drop, an undo) are listed apart
// instead, looked at by every question, until so many have moved that a
// rebuild is cheaper: the rebuild took 50 ms of the settle after a drag at
// 100k nodes (perf).
//
// It also knows the order nodes are drawn in (minor kinds under major
// ones, then by id), for the layer that draws them (NodeLayer).
class NodeIndex
{
public:
    explicit NodeIndex(const QHash<NodeId, NodeItem *> *nodes) : m_nodes(nodes) {}

    void markStale() { m_stale = true; }
    // One node moved, its size the same: the rest stays where it was.
    void markMoved(NodeItem *node);
    // How many nodes are listed apart since the grid was last built, and
    // how many times it was built (for tests: a drag must not rebuild it).
    qsizetype movedApart() const { return qsizetype(m_apart.size()); }
    int builds() const { return m_builds; }
    // Nodes came or went, or a node's kind changed: the drawing order is
    // made again too.
    void markOrderStale()
    {
        m_stale = true;
        m_orderStale = true;
        m_labelOrderStale = true;
    }
    bool isStale() const { return m_stale; }
    // Every node whose bounding rectangle (its label at the largest scale
    // included) meets `rect`, each once, in no particular order.
    void forEachIn(const QRectF &rect, const std::function<void(NodeItem *)> &visit);
    // Every node whose node (NodeItem::nodeSceneRect, its label left out)
    // meets `rect`, in drawing order. A rectangle over much of the graph
    // walks the order itself; a small one (a pan's strip) sorts what the
    // grid finds.
    void forEachInDrawingOrder(const QRectF &rect, const std::function<void(NodeItem *)> &visit);
    // Every node in the order their labels claim room (the most important
    // first: major kinds, then the larger, then by id; see
    // GraphScene::declutterLabels). Sorted again only when nodes came or
    // went, or a size change broke it.
    const std::vector<NodeItem *> &labelOrder();
    // The same order for the nodes meeting `rect` only: O(k log k) for the
    // k nodes there, without the order of every node.
    std::vector<NodeItem *> labelOrderIn(const QRectF &rect);

private:
    void rebuild();
    static quint64 drawingKey(const NodeItem *node);

    const QHash<NodeId, NodeItem *> *m_nodes;
    bool m_stale = true;
    QRectF m_area;     // the nodes' centres
    QMarginsF m_reach; // how far a node's bounds reach past its centre, at most
    qreal m_cell = 1;
    int m_columns = 0, m_rows = 0;
    std::vector<int> m_starts;        // per cell, where its nodes begin in m_items; one past the end last
    std::vector<NodeItem *> m_items;  // the nodes, cell by cell
    // Moved since the grid was built (NodeItem::isListedApart): their cells
    // may not be where they are now, so each question looks at them all.
    std::vector<NodeItem *> m_apart;
    int m_builds = 0;
    bool m_orderStale = true;
    std::vector<NodeItem *> m_order;  // the nodes in drawing order
    bool m_labelOrderStale = true;
    std::vector<NodeItem *> m_labelOrder;
};

} // namespace threadline
