#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace threadline {

namespace {
// Enough cells that each holds a few labels, few enough that the grid is
// small beside the labels themselves.
constexpr qreal maxCells = 1 << 20;

// A label that can meet another: QRectF::intersects finds no overlap with
// an empty rectangle.
bool meetsAny(const QRectF &label)
{
    return label.width() > 0 && label.height() > 0
           && std::isfinite(label.left() + label.top() + label.width() + label.height());
}
} // namespace

std::vector<bool> placeLabels(const std::vector<QRectF> &labels)
{
    std::vector<bool> kept(labels.size(), false);
    // The area the labels cover, and their typical size: a cell about twice
    // a label's longer side, so a label meets one to four cells.
    qreal left = INFINITY, top = INFINITY, right = -INFINITY, bottom = -INFINITY;
    qreal sides = 0;
    qsizetype counted = 0;
    for (const QRectF &label : labels) {
        if (!meetsAny(label))
            continue;
        left = std::min(left, label.left());
        top = std::min(top, label.top());
        right = std::max(right, label.right());
        bottom = std::max(bottom, label.bottom());
        sides += std::max(label.width(), label.height());
        ++counted;
    }
    if (counted == 0)
        return std::vector<bool>(labels.size(), true);
    const qreal width = std::max<qreal>(right - left, 1), height = std::max<qreal>(bottom - top, 1);
    const qreal cell = std::max(2 * sides / qreal(counted), std::sqrt(width * height / maxCells));
    const int columns = std::max(1, int(std::ceil(width / cell))), rows = std::max(1, int(std::ceil(height / cell)));
    std::vector<std::vector<int>> cells(size_t(columns) * size_t(rows)); // the kept labels meeting each
    const auto column = [&](qreal x) { return std::clamp(int(std::floor((x - left) / cell)), 0, columns - 1); };
    const auto row = [&](qreal y) { return std::clamp(int(std::floor((y - top) / cell)), 0, rows - 1); };

    for (size_t i = 0; i < labels.size(); ++i) {
        const QRectF &label = labels[i];
        if (!meetsAny(label)) {
            kept[i] = true; // nothing to overlap
            continue;
        }
        const int x0 = column(label.left()), x1 = column(label.right());
        const int y0 = row(label.top()), y1 = row(label.bottom());
        bool free = true;
        for (int y = y0; free && y <= y1; ++y) {
            for (int x = x0; free && x <= x1; ++x) {
                const std::vector<int> &near = cells[size_t(y) * size_t(columns) + size_t(x)];
                free = std::none_of(near.begin(), near.end(), [&](int other) { return labels[size_t(other)].intersects(label); });
            }
        }
        if (!free)
            continue;
        kept[i] = true;
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                cells[size_t(y) * size_t(columns) + size_t(x)].push_back(int(i));
        }
    }
    return kept;
}

} // namespace threadline
