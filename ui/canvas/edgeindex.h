#pragma once

#include <QHash>
#include <QList>
#include <QLineF>
#include <QRectF>
#include <QRgb>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
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
// of the edges in cells). A few edges moved (a node dragged) are not worth
// that (120 ms at 500k edges): their lines are read again and they are
// listed apart, looked at by every question, until so many have moved
// that a rebuild is cheaper.
class EdgeIndex
{
public:
    explicit EdgeIndex(const QHash<EdgeId, EdgeItem *> *edges) : m_edges(edges) {}

    // Called when edges moved or came and went; `onStale` hears of it once
    // until the next question (the layer that draws them repaints).
    void markStale()
    {
        ++m_version;
        if (!m_stale) {
            m_stale = true;
            if (m_onStale)
                m_onStale();
        }
    }
    void setOnStale(std::function<void()> onStale) { m_onStale = std::move(onStale); }
    // Called when one edge's line changed (its node moved): unlike
    // markStale(), the rest stays as it was. `onStale` hears of it too.
    void markMoved(EdgeItem *edge);
    // How many edges are listed apart since the grid was last built (for
    // tests: a drag must not rebuild it).
    qsizetype movedApart() const { return qsizetype(m_apart.size()); }
    // How many times the grid was built (for tests).
    int builds() const { return m_builds; }
    // Changes whenever a line or a look may have changed (moved, restyled,
    // edges came or went): a picture drawn from the index at one version is
    // the picture at any later moment of the same version.
    quint64 version() const { return m_version; }

    // The edge passing within `tolerance` of `point` (scene units) drawn on
    // top, or nullptr.
    EdgeItem *edgeAt(QPointF point, qreal tolerance);
    // The line of every edge that may cross `rect` (all of them when it
    // covers most of the graph), from the index's own copy: what a view
    // weighs before deciding which edges to draw, and draws, without
    // touching them. Each comes with its number, which edge() turns into
    // the edge and look() into how it is drawn. With `shorterThan`, only
    // lines shorter than that on their longer axis (scene units): a view
    // thinning out the longest (EdgeLayer) need not visit them; each cell
    // keeps its lines' lengths beside them.
    void linesIn(const QRectF &rect, const std::function<void(quint32, const QLineF &)> &visit,
                 qreal shorterThan = std::numeric_limits<qreal>::infinity());
    EdgeItem *edge(quint32 number) const { return m_inMemoryOrder[number]; }
    QLineF lineOf(quint32 number) const { return m_lines[number].toLine(); }
    // How the layer draws an edge, kept beside its line: a frame then need
    // not touch the edges it draws, scattered over the heap (the first
    // look at each was 85 % of taking the edges of a 100k-node view, perf).
    struct Look
    {
        QRgb colour;   // its relation's (EdgeItem::colour)
        EdgeId id;
        bool drawn;    // by the layer: shown, and not by itself
        bool directed;
    };
    const Look &look(quint32 number) const { return m_looks[number]; }
    // The edge was shown or hidden, or went into the layer or out of it.
    void restyle(const EdgeItem *edge);
    // What shorterThan measures.
    static qreal lengthOf(const QLineF &line) { return std::max(std::abs(line.dx()), std::abs(line.dy())); }

private:
    static Look lookOf(const EdgeItem *edge);
    // The number of an edge it knows, or -1.
    qsizetype numberOf(const EdgeItem *edge) const;
    // Reads again the lines of the edges moved since the last question.
    void takeMoved();
    void refreshBounds(); // the edges' extent, O(edges)
    void rebuild();       // and the grid
    QRect cellsOf(const QRectF &rect) const;
    // Calls visit(cell) for each cell `line` crosses.
    template<typename Visit>
    void walkCells(const QLineF &line, Visit &&visit) const;
    // visit(number) for each edge listed in the cells `rect` covers whose
    // box meets it and which is shorter than `shorterThan`, once each.
    template<typename Visit>
    void forEachEntry(const QRectF &rect, qreal shorterThan, Visit &&visit);

    const QHash<EdgeId, EdgeItem *> *m_edges;
    bool m_stale = true;     // the edges moved: bounds and grid
    bool m_gridStale = true; // the grid only
    std::function<void()> m_onStale;
    QRectF m_bounds;
    qreal m_cell = 1;
    qreal m_meanLength = 0; // of the edges, |dx| + |dy|
    int m_columns = 0, m_rows = 0;
    struct Line
    {
        float x1, y1, x2, y2;
        float length; // lengthOf() the line
        QLineF toLine() const { return QLineF(x1, y1, x2, y2); }
    };
    std::vector<EdgeItem *> m_inMemoryOrder; // every edge, by address; an edge's place here is its number
    std::vector<Line> m_lines;                // by number, as the edges lay when it was made
    std::vector<Look> m_looks;                // by number
    std::vector<qsizetype> m_starts; // per cell (row-major), where its edges begin in m_items; the end last
    std::vector<quint32> m_items;    // the edges' numbers, cell by cell
    std::vector<quint32> m_visited;  // by number: the query that last visited it
    quint32 m_stamp = 0;             // the current query
    // Moved since the grid was built: their cells may not list them where
    // they are now, so each question looks at all of them.
    std::vector<quint32> m_apart;
    std::vector<bool> m_isApart;    // by number
    std::vector<quint32> m_pending; // moved since the last question: their lines not read again
    std::vector<bool> m_isPending;  // by number
    bool m_noticed = false;          // onStale was told since the last question
    int m_builds = 0;
    quint64 m_version = 0;
};

} // namespace threadline
