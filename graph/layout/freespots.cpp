#include "freespots.h"

#include <QLineF>

#include <cmath>

namespace threadline {

QPointF spiralPoint(int index, qreal inner, qreal step)
{
    const double angle = 2.399963 * index; // the golden angle
    const double radius = inner + step * std::sqrt(double(index));
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

FreeSpots::FreeSpots(qreal cell) : m_cell(cell > 0 ? cell : 1) {}

std::pair<qint64, qint64> FreeSpots::cellOf(QPointF p) const
{
    return {qint64(std::floor(p.x() / m_cell)), qint64(std::floor(p.y() / m_cell))};
}

void FreeSpots::take(QPointF centre, qreal radius)
{
    const auto [x, y] = cellOf(centre);
    m_grid[key(x, y)].push_back({centre, radius});
    m_largest = std::max(m_largest, radius);
}

bool FreeSpots::isFree(QPointF centre, qreal radius) const
{
    // A disc in a cell this many cells away could still come too near.
    const auto reach = qint64(std::ceil((radius + m_largest + newNodeGap) / m_cell));
    const auto [cx, cy] = cellOf(centre);
    for (qint64 dx = -reach; dx <= reach; ++dx) {
        for (qint64 dy = -reach; dy <= reach; ++dy) {
            const auto cell = m_grid.find(key(cx + dx, cy + dy));
            if (cell == m_grid.end())
                continue;
            for (const Disc &disc : cell->second) {
                if (QLineF(centre, disc.centre).length() < radius + disc.radius + newNodeGap)
                    return false;
            }
        }
    }
    return true;
}

QPointF FreeSpots::nearest(QPointF wanted, qreal radius) const
{
    // Steps of about half the room two such nodes need.
    const qreal step = radius + 0.5 * newNodeGap;
    QPointF at = wanted;
    for (int k = 1; !isFree(at, radius); ++k)
        at = wanted + spiralPoint(k, 0, step);
    return at;
}

} // namespace threadline
