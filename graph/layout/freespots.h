#pragma once

#include <QPointF>

#include <unordered_map>
#include <utility>
#include <vector>

namespace threadline {

// The room a new node leaves between its shape and another's: two nodes
// drawn side by side, not touching.
constexpr qreal newNodeGap = 4;

// The `index`-th point of a golden-angle spiral about the origin, `inner`
// out at first and `step` × √index further: points about evenly apart.
QPointF spiralPoint(int index, qreal inner, qreal step);

// The spots a picture's nodes take, as discs (a centre and a drawn radius),
// and the nearest free spot for one more: what keeps a new node from being
// drawn over or under another. A grid of cells: a question looks at the
// cells a clash could come from.
class FreeSpots
{
public:
    // `cell`: about the largest room asked for (two large radii and the
    // gap); any size is right, that one quickest.
    explicit FreeSpots(qreal cell = 2 * 12 + newNodeGap);
    void take(QPointF centre, qreal radius);
    // Whether a node of `radius` at `centre` keeps newNodeGap from every
    // disc taken.
    bool isFree(QPointF centre, qreal radius) const;
    // `wanted` when free, else the first free point of a golden-angle
    // spiral about it (the same every time).
    QPointF nearest(QPointF wanted, qreal radius) const;

private:
    std::pair<qint64, qint64> cellOf(QPointF p) const;
    static qint64 key(qint64 x, qint64 y) { return x * 0x100000007LL + y; }
    struct Disc
    {
        QPointF centre;
        qreal radius;
    };
    qreal m_cell;
    qreal m_largest = 0; // the largest radius taken
    std::unordered_map<qint64, std::vector<Disc>> m_grid;
};

} // namespace threadline
