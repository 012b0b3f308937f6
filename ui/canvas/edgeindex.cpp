#include "edgeindex.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

#include "graphitems.h"

namespace threadline {

namespace {
constexpr int maxCellsPerSide = 256;
} // namespace

void EdgeIndex::rebuild()
{
    m_stale = false;
    m_bounds = QRectF();
    for (const EdgeItem *edge : *m_edges) {
        const QLineF line = edge->line();
        m_bounds |= QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
    }
    m_cells.clear();
    if (m_bounds.isEmpty() || m_edges->isEmpty()) {
        m_columns = m_rows = 0;
        return;
    }
    // About one cell per edge, at most 256 a side.
    const qreal area = m_bounds.width() * m_bounds.height();
    m_cell = std::max(std::sqrt(area / qreal(m_edges->size())),
                      std::max(m_bounds.width(), m_bounds.height()) / maxCellsPerSide);
    m_columns = std::max(1, int(std::ceil(m_bounds.width() / m_cell)));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cell)));
    m_cells.resize(qsizetype(m_columns) * m_rows);
    for (EdgeItem *edge : *m_edges) {
        // The cells the line crosses: walked along it, cell by cell.
        const QLineF line = edge->line();
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
            m_cells[qsizetype(y) * m_columns + x].append(edge);
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

EdgeItem *EdgeIndex::edgeAt(QPointF point, qreal tolerance)
{
    if (m_stale)
        rebuild();
    const QRectF around(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    if (m_columns == 0 || !m_bounds.intersects(around))
        return nullptr;
    ++m_stamp;
    EdgeItem *best = nullptr;
    const QRect cells = cellsOf(around);
    for (int y = cells.top(); y <= cells.bottom(); ++y)
        for (int x = cells.left(); x <= cells.right(); ++x)
            for (EdgeItem *edge : std::as_const(m_cells[qsizetype(y) * m_columns + x])) {
                if (edge->queryStamp() == m_stamp || !edge->isVisible())
                    continue;
                edge->setQueryStamp(m_stamp);
                if (edge->passesWithin(point, tolerance) && (!best || edge->zValue() >= best->zValue()))
                    best = edge;
            }
    return best;
}

void EdgeIndex::forEachIn(const QRectF &rect, const std::function<void(EdgeItem *)> &visit)
{
    if (m_stale)
        rebuild();
    if (m_columns == 0)
        return;
    const QRect cells = cellsOf(rect);
    if (qsizetype(cells.width()) * cells.height() * 4 > qsizetype(m_columns) * m_rows) {
        for (EdgeItem *edge : *m_edges) // most of the graph: every edge once, no bookkeeping
            visit(edge);
        return;
    }
    ++m_stamp;
    for (int y = cells.top(); y <= cells.bottom(); ++y)
        for (int x = cells.left(); x <= cells.right(); ++x)
            for (EdgeItem *edge : std::as_const(m_cells[qsizetype(y) * m_columns + x])) {
                if (edge->queryStamp() == m_stamp)
                    continue;
                edge->setQueryStamp(m_stamp);
                visit(edge);
            }
}

} // namespace threadline
