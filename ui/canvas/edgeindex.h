#pragma once

#include <QHash>
#include <QList>
#include <QLineF>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <span>
#include <vector>

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
    // them when the rectangle covers most of the graph. With `shorterThan`,
    // only edges shorter than that on their longer axis (scene units): a
    // view thinning out the longest (EdgeLayer) need not visit them; each
    // cell lists its edges shortest first.
    void forEachIn(const QRectF &rect, const std::function<void(EdgeItem *)> &visit,
                   qreal shorterThan = std::numeric_limits<qreal>::infinity());
    // What shorterThan measures.
    static qreal lengthOf(const QLineF &line) { return std::max(std::abs(line.dx()), std::abs(line.dy())); }

private:
    void refreshBounds(); // the edges' extent, O(edges)
    void rebuild();       // and the grid
    QRect cellsOf(const QRectF &rect) const;
    // Calls visit(cell) for each cell `line` crosses.
    template<typename Visit>
    void walkCells(const QLineF &line, Visit &&visit) const;
    // The edges listed in one cell.
    std::span<EdgeItem *const> cell(int x, int y) const
    {
        const size_t at = size_t(y) * size_t(m_columns) + size_t(x);
        return {m_items.data() + m_starts[at], size_t(m_starts[at + 1] - m_starts[at])};
    }

    const QHash<EdgeId, EdgeItem *> *m_edges;
    bool m_stale = true;     // the edges moved: bounds and grid
    bool m_gridStale = true; // the grid only
    std::function<void()> m_onStale;
    QRectF m_bounds;
    qreal m_cell = 1;
    qreal m_meanLength = 0; // of the edges, |dx| + |dy|
    int m_columns = 0, m_rows = 0;
    std::vector<qsizetype> m_starts; // per cell (row-major), where its edges begin in m_items; the end last
    std::vector<EdgeItem *> m_items;  // the edges, cell by cell, each cell's shortest first
    std::vector<float> m_lengths;     // lengthOf() each of m_items
    std::vector<EdgeItem *> m_inMemoryOrder; // every edge, by address
    quint32 m_stamp = 0;              // marks edges already visited by a query
};

} // namespace threadline
