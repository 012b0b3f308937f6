#include "edgeindex.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

#include "graphitems.h"

namespace threadline {

namespace {
constexpr int maxCellsPerSide = 256;
// Edges listed apart before the grid is built again: each question looks
// at every one of them (a few nanoseconds each), a rebuild costs about
// 250 ns an edge.
qsizetype mostApart(qsizetype edges)
{
    return std::max<qsizetype>(1024, edges / 16);
}
} // namespace

qsizetype EdgeIndex::numberOf(const EdgeItem *edge) const
{
    const auto at =
        std::lower_bound(m_inMemoryOrder.begin(), m_inMemoryOrder.end(), edge, std::less<const EdgeItem *>());
    return at == m_inMemoryOrder.end() || *at != edge ? -1 : at - m_inMemoryOrder.begin();
}

EdgeIndex::Look EdgeIndex::lookOf(const EdgeItem *edge)
{
    return Look{edge->colour().rgba(), edge->edgeId(), edge->isShown() && !edge->isShownAlone(), edge->isDirected()};
}

void EdgeIndex::restyle(const EdgeItem *edge)
{
    ++m_version;
    if (m_stale)
        return; // all read again at the next question
    if (const qsizetype number = numberOf(edge); number >= 0)
        m_looks[size_t(number)] = lookOf(edge);
    else
        markStale();
}

void EdgeIndex::markMoved(EdgeItem *edge)
{
    ++m_version;
    if (!m_stale) {
        const qsizetype found = numberOf(edge);
        if (found < 0) { // not one it knows
            markStale();
            return;
        }
        const auto number = quint32(found);
        if (!m_isPending[number]) {
            m_isPending[number] = true;
            m_pending.push_back(number);
        }
        if (!m_isApart[number]) {
            m_isApart[number] = true;
            m_apart.push_back(number);
            if (qsizetype(m_apart.size()) > mostApart(qsizetype(m_inMemoryOrder.size()))) {
                markStale();
                return;
            }
        }
    }
    if (!m_noticed) {
        m_noticed = true;
        if (m_onStale)
            m_onStale();
    }
}

void EdgeIndex::takeMoved()
{
    m_noticed = false;
    if (m_stale) {
        refreshBounds();
        return;
    }
    for (const quint32 number : m_pending) {
        const QLineF line = m_inMemoryOrder[number]->line();
        m_lines[number] = Line{float(line.x1()), float(line.y1()), float(line.x2()), float(line.y2()), float(lengthOf(line))};
        m_isPending[number] = false;
    }
    m_pending.clear();
}

template<typename Visit>
void EdgeIndex::walkCells(const QLineF &line, Visit &&visit) const
{
    // The cells the line crosses: walked along it, cell by cell.
    const QPointF a = (line.p1() - m_bounds.topLeft()) / m_cell;
    const QPointF b = (line.p2() - m_bounds.topLeft()) / m_cell;
    int x = std::clamp(int(a.x()), 0, m_columns - 1), y = std::clamp(int(a.y()), 0, m_rows - 1);
    const int endX = std::clamp(int(b.x()), 0, m_columns - 1), endY = std::clamp(int(b.y()), 0, m_rows - 1);
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const int stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
    const qreal crossX = dx != 0 ? std::abs(1 / dx) : INFINITY, crossY = dy != 0 ? std::abs(1 / dy) : INFINITY;
    qreal nextX = dx != 0 ? ((dx > 0 ? x + 1 - a.x() : a.x() - x) * crossX) : INFINITY;
    qreal nextY = dy != 0 ? ((dy > 0 ? y + 1 - a.y() : a.y() - y) * crossY) : INFINITY;
    for (int guard = 0; guard <= m_columns + m_rows; ++guard) {
        visit(size_t(y) * size_t(m_columns) + size_t(x));
        if (x == endX && y == endY)
            break;
        if (nextX < nextY) {
            x += stepX;
            nextX += crossX;
        } else {
            y += stepY;
            nextY += crossY;
        }
        if (x < 0 || y < 0 || x >= m_columns || y >= m_rows)
            break;
    }
}

void EdgeIndex::refreshBounds()
{
    m_stale = false;
    m_gridStale = true;
    m_bounds = QRectF();
    m_meanLength = 0;
    // In the order they lie in memory: a walk over all of them (a fitted
    // view) then reads memory forwards rather than in the hash's order.
    m_inMemoryOrder.assign(m_edges->cbegin(), m_edges->cend());
    std::sort(m_inMemoryOrder.begin(), m_inMemoryOrder.end(), std::less<EdgeItem *>());
    // Each edge's line and length, by its place in m_inMemoryOrder: a query
    // passes over the edges of a cell that miss it, or are too long,
    // without touching the edges themselves (scattered over the heap, they
    // cost a cache miss each: a pan strip at 100k nodes went through 52k
    // of them in 3 ms), and a view can weigh the lines in it (linesIn)
    // without them.
    m_lines.resize(m_inMemoryOrder.size());
    m_looks.resize(m_inMemoryOrder.size());
    m_visited.assign(m_inMemoryOrder.size(), 0);
    m_stamp = 0;
    m_pending.clear();
    m_isPending.assign(m_inMemoryOrder.size(), false);
    m_apart.clear();
    m_isApart.assign(m_inMemoryOrder.size(), false);
    for (size_t i = 0; i < m_inMemoryOrder.size(); ++i) {
        const QLineF line = m_inMemoryOrder[i]->line();
        m_lines[i] = Line{float(line.x1()), float(line.y1()), float(line.x2()), float(line.y2()), float(lengthOf(line))};
        m_looks[i] = lookOf(m_inMemoryOrder[i]);
        m_bounds |= QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
        m_meanLength += std::abs(line.dx()) + std::abs(line.dy());
    }
    if (!m_edges->isEmpty())
        m_meanLength /= qreal(m_edges->size());
}

void EdgeIndex::rebuild()
{
    takeMoved();
    m_gridStale = false;
    ++m_builds;
    for (const quint32 number : m_apart) // listed where they are now
        m_isApart[number] = false;
    m_apart.clear();
    m_starts.clear();
    m_items.clear();
    if (m_bounds.isEmpty() || m_edges->isEmpty()) {
        m_columns = m_rows = 0;
        return;
    }
    // About one cell per edge, at most 256 a side.
    const qreal area = m_bounds.width() * m_bounds.height();
    // And no smaller than a quarter of the mean edge: long edges (a graph
    // not laid out yet) would cross hundreds of cells each.
    m_cell = std::max({std::sqrt(area / qreal(m_edges->size())),
                       std::max(m_bounds.width(), m_bounds.height()) / maxCellsPerSide, m_meanLength / 4});
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cell)));
    // Counted, then placed, in one array for every cell: a list per cell
    // grown edge by edge spent most of a 500k-edge rebuild reallocating.
    m_starts.assign(size_t(m_columns) * size_t(m_rows) + 1, 0);
    for (const Line &line : m_lines)
        walkCells(line.toLine(), [&](size_t cell) { ++m_starts[cell + 1]; });
    for (size_t i = 1; i < m_starts.size(); ++i)
        m_starts[i] += m_starts[i - 1];
    std::vector<qsizetype> next(m_starts.begin(), m_starts.end() - 1);
    m_items.resize(size_t(m_starts.back()));
    for (size_t i = 0; i < m_lines.size(); ++i)
        walkCells(m_lines[i].toLine(), [&](size_t cell) { m_items[size_t(next[cell]++)] = quint32(i); });
}

QRect EdgeIndex::cellsOf(const QRectF &rect) const
{
    const QRectF local = rect.translated(-m_bounds.topLeft());
    const int left = std::clamp(int(std::floor(local.left() / m_cell)), 0, m_columns - 1);
    const int top = std::clamp(int(std::floor(local.top() / m_cell)), 0, m_rows - 1);
    const int right = std::clamp(int(std::floor(local.right() / m_cell)), 0, m_columns - 1);
    const int bottom = std::clamp(int(std::floor(local.bottom() / m_cell)), 0, m_rows - 1);
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

template<typename Visit>
void EdgeIndex::forEachEntry(const QRectF &rect, qreal shorterThan, Visit &&visit)
{
    const QRect cells = cellsOf(rect);
    const auto left = float(rect.left()), top = float(rect.top()), right = float(rect.right()),
               bottom = float(rect.bottom());
    const auto longest = float(shorterThan);
    if (++m_stamp == 0) { // wrapped: start the marks again
        std::fill(m_visited.begin(), m_visited.end(), 0);
        m_stamp = 1;
    }
    // Once each, when its box meets the rectangle and it is short enough.
    const auto take = [&](quint32 edge) {
        const Line &line = m_lines[edge];
        if (line.length >= longest || std::min(line.x1, line.x2) > right || std::max(line.x1, line.x2) < left
            || std::min(line.y1, line.y2) > bottom || std::max(line.y1, line.y2) < top || m_visited[edge] == m_stamp)
            return;
        m_visited[edge] = m_stamp;
        visit(edge);
    };
    // The cells (none when the rectangle is off the grid: only edges moved
    // there may be in it), then the edges listed apart.
    const int lastRow = m_bounds.intersects(rect) ? cells.bottom() : cells.top() - 1;
    for (int y = cells.top(); y <= lastRow; ++y)
        for (int x = cells.left(); x <= cells.right(); ++x) {
            const size_t at = size_t(y) * size_t(m_columns) + size_t(x);
            for (auto i = size_t(m_starts[at]), end = size_t(m_starts[at + 1]); i < end; ++i)
                take(m_items[i]);
        }
    for (const quint32 edge : m_apart)
        take(edge);
}

EdgeItem *EdgeIndex::edgeAt(QPointF point, qreal tolerance)
{
    takeMoved();
    if (m_gridStale)
        rebuild();
    const QRectF around(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    if (m_columns == 0)
        return nullptr;
    EdgeItem *best = nullptr;
    // A cell beside a hub lists thousands of long lines whose boxes hold
    // the point; each edge looked at costs a cache miss (a pick there took
    // 35 ms at 100k nodes, bench_canvas). An edge the layer draws is where
    // the index's copy of its line says, so that copy is measured first. (A
    // line kept as floats is widened by more than their rounding: a float
    // is within 6e-8 of its value, relatively.)
    const auto farFrom = [&](const Line &line) {
        const double dx = double(line.x2) - line.x1, dy = double(line.y2) - line.y1;
        const double px = point.x() - line.x1, py = point.y() - line.y1;
        const double length2 = dx * dx + dy * dy;
        const double t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0.0;
        const double ax = px - t * dx, ay = py - t * dy;
        const double slack = 0.01 + 1e-6 * (std::abs(line.x1) + std::abs(line.y1) + std::abs(line.x2) + std::abs(line.y2));
        return ax * ax + ay * ay > (tolerance + slack) * (tolerance + slack);
    };
    forEachEntry(around, std::numeric_limits<qreal>::infinity(), [&](quint32 number) {
        if (m_looks[number].drawn && farFrom(m_lines[number]))
            return;
        EdgeItem *edge = m_inMemoryOrder[number];
        if (edge->isShown() && edge->passesWithin(point, tolerance) && (!best || edge->zValue() >= best->zValue()))
            best = edge;
    });
    return best;
}

void EdgeIndex::linesIn(const QRectF &rect, const std::function<void(quint32, const QLineF &)> &visit,
                        qreal shorterThan)
{
    takeMoved();
    const QRectF seen = rect & m_bounds;
    if (seen.width() * seen.height() * 4 > m_bounds.width() * m_bounds.height()) {
        const auto longest = float(shorterThan);
        for (size_t i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].length < longest)
                visit(quint32(i), m_lines[i].toLine());
        return;
    }
    if (m_gridStale)
        rebuild();
    if (m_columns == 0)
        return;
    forEachEntry(rect, shorterThan, [&](quint32 number) { visit(number, m_lines[number].toLine()); });
}

} // namespace threadline
