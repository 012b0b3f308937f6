#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

#include <functional>

#include "ids.h"

namespace threadline {

class EdgeItem;

// Where the batched edges of a large graph run: a uniform grid over the
// scene, each cell listing the edges whose line crosses it. The scene's own
// index keeps an item wherever its bounding rectangle reaches, so 175k long
// edges made every look-up (the pointer, an exposed strip) wade through tens
// of thousands of them; batched edges therefore stay out of it (EdgeItem)
// and are found here instead.
//
// Built lazily: moving nodes only marks it stale (a drag or a layout moves
// edges at every step), and the next question rebuilds it, O(total length
// of the edges in cells).
class EdgeIndex
{
public:
    explicit EdgeIndex(const QHash<EdgeId, EdgeItem *> *edges) : m_edges(edges) {}

    // Called when edges moved or came and went; `onStale` hears of it once
    // until the next question (the layer that draws them repaints).
    void markStale()
    {
        if (!m_stale) {
            m_stale = true;
            if (m_onStale)
                m_onStale();
        }
    }
    void setOnStale(std::function<void()> onStale) { m_onStale = std::move(onStale); }

    // The edge passing within `tolerance` of `point` (scene units) drawn on
    // top, or nullptr.
    EdgeItem *edgeAt(QPointF point, qreal tolerance);
    // Every visible edge whose line may cross `rect`, each once; all of
    // them when the rectangle covers most of the graph.
    void forEachIn(const QRectF &rect, const std::function<void(EdgeItem *)> &visit);

private:
    void rebuild();
    QRect cellsOf(const QRectF &rect) const;

    const QHash<EdgeId, EdgeItem *> *m_edges;
    bool m_stale = true;
    std::function<void()> m_onStale;
    QRectF m_bounds;
    qreal m_cell = 1;
    int m_columns = 0, m_rows = 0;
    QList<QList<EdgeItem *>> m_cells; // row-major
    quint32 m_stamp = 0;              // marks edges already visited by a query
};

} // namespace threadline
