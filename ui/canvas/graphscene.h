#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

#include "ids.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;
class NodeItem;
class EdgeItem;

// Shows the visible part of a KnowledgeGraph. Items are keyed by model id
// and rebuilt from the model; the scene never owns graph state.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);

    // graph must outlive the scene's use of it (until the next setGraph).
    void setGraph(const KnowledgeGraph *graph, const QHash<NodeId, QPointF> &positions,
                  const ViewFilter &filter);
    void clearGraph();

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(EdgeId id) const { return m_edges.value(id); }
    qsizetype visibleNodeCount() const { return m_nodes.size(); }
    qsizetype visibleEdgeCount() const { return m_edges.size(); }
    QHash<NodeId, QPointF> positions() const;
    QSet<NodeId> selectedNodes() const;
    // Labels drawn `scale` times their size (the view passes 1/zoom, so they
    // stay readable zoomed out); those that would overlap a more important
    // one are hidden until the user zooms in or hovers.
    void setLabelScale(qreal scale);
    qreal labelScale() const { return m_labelScale; }

    void selectNode(NodeId id);
    void selectEdge(EdgeId id);

Q_SIGNALS:
    void nodeSelected(threadline::NodeId id);
    void edgeSelected(threadline::EdgeId id);
    void selectionCleared();

private:
    void onSelectionChanged();

    QHash<NodeId, NodeItem *> m_nodes;
    QHash<EdgeId, EdgeItem *> m_edges;
    qreal m_labelScale = 1.0;

    void declutterLabels();
};

} // namespace threadline
