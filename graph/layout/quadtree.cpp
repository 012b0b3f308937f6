#include "quadtree.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace threadline {

namespace {

// Points per leaf: below this, direct sums are cheaper than more cells.
constexpr int leafSize = 8;
// Deeper than this, points (nearly) coincide: they share a leaf.
constexpr int maxDepth = 40;
// Cells visited at once: at most three siblings wait per level, plus the root.
constexpr int stackSize = 4 * maxDepth + 8;

// Two points on the same spot still push apart, each way opposite, along a
// direction that depends only on the pair (so the layout stays deterministic).
void coincidentPush(int a, int b, double &fx, double &fy)
{
    const auto low = uint64_t(std::min(a, b)), high = uint64_t(std::max(a, b));
    uint64_t h = (low << 32 | high) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    const double angle = double(h % 6283) / 1000.0;
    const double sign = a < b ? 1.0 : -1.0;
    // As if 1e-3 apart: strong, but finite.
    fx += sign * std::cos(angle) * 1e3;
    fy += sign * std::sin(angle) * 1e3;
}

} // namespace

void BarnesHutTree::build(const double *x, const double *y, const double *mass, int n)
{
    m_cells.clear();
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_x.resize(size_t(n));
    m_y.resize(size_t(n));
    m_m.resize(size_t(n));
    if (n == 0)
        return;
    double left = x[0], right = x[0], top = y[0], bottom = y[0];
    for (int i = 1; i < n; ++i) {
        left = std::min(left, x[i]);
        right = std::max(right, x[i]);
        top = std::min(top, y[i]);
        bottom = std::max(bottom, y[i]);
    }
    // A square a little larger than the points, so none sits on its far edge.
    const double size = std::max({right - left, bottom - top, 1e-9}) * 1.0001;
    m_cells.emplace_back();
    split(0, 0, n, left, top, size, 0, x, y, mass);
    for (int k = 0; k < n; ++k) {
        const int i = m_order[size_t(k)];
        m_x[size_t(k)] = x[i];
        m_y[size_t(k)] = y[i];
        m_m[size_t(k)] = mass[i];
    }
}

void BarnesHutTree::split(int cell, int begin, int end, double x0, double y0, double size, int depth,
                          const double *x, const double *y, const double *mass)
{
    {
        Cell &c = m_cells[size_t(cell)];
        c.x0 = x0;
        c.y0 = y0;
        c.size = size;
    }
    if (end - begin <= leafSize || depth >= maxDepth) {
        double total = 0, sx = 0, sy = 0;
        for (int k = begin; k < end; ++k) {
            const int i = m_order[size_t(k)];
            total += mass[i];
            sx += mass[i] * x[i];
            sy += mass[i] * y[i];
        }
        Cell &c = m_cells[size_t(cell)];
        c.first = -1;
        c.count = end - begin;
        c.begin = begin;
        c.mass = total;
        c.cx = total > 0 ? sx / total : x[m_order[size_t(begin)]];
        c.cy = total > 0 ? sy / total : y[m_order[size_t(begin)]];
        return;
    }
    const double half = size / 2, midX = x0 + half, midY = y0 + half;
    int *const first = m_order.data();
    int *const lowY = std::partition(first + begin, first + end, [&](int i) { return y[i] < midY; });
    int *const q1 = std::partition(first + begin, lowY, [&](int i) { return x[i] < midX; });
    int *const q3 = std::partition(lowY, first + end, [&](int i) { return x[i] < midX; });
    const int bounds[5] = {begin, int(q1 - first), int(lowY - first), int(q3 - first), end};
    const double corners[4][2] = {{x0, y0}, {midX, y0}, {x0, midY}, {midX, midY}};

    int children = 0;
    for (int q = 0; q < 4; ++q)
        children += bounds[q + 1] > bounds[q] ? 1 : 0;
    const int firstChild = int(m_cells.size());
    m_cells.resize(m_cells.size() + size_t(children));
    int child = firstChild;
    for (int q = 0; q < 4; ++q) {
        if (bounds[q + 1] > bounds[q])
            split(child++, bounds[q], bounds[q + 1], corners[q][0], corners[q][1], half, depth + 1, x, y, mass);
    }
    double total = 0, sx = 0, sy = 0;
    for (int c = firstChild; c < firstChild + children; ++c) {
        const Cell &ch = m_cells[size_t(c)];
        total += ch.mass;
        sx += ch.mass * ch.cx;
        sy += ch.mass * ch.cy;
    }
    Cell &c = m_cells[size_t(cell)];
    c.first = firstChild;
    c.count = children;
    c.mass = total;
    c.cx = total > 0 ? sx / total : x0 + half;
    c.cy = total > 0 ? sy / total : y0 + half;
}

void BarnesHutTree::repulsion(double px, double py, int self, double theta, double &fx, double &fy) const
{
    if (m_cells.empty())
        return;
    const double theta2 = theta * theta;
    int stack[stackSize];
    int top = 0;
    stack[top++] = 0;
    double sumX = 0, sumY = 0;
    while (top > 0) {
        const Cell &c = m_cells[size_t(stack[--top])];
        const double dx = px - c.cx, dy = py - c.cy;
        const double d2 = dx * dx + dy * dy;
        const bool inside = px >= c.x0 && px < c.x0 + c.size && py >= c.y0 && py < c.y0 + c.size;
        if (!inside && c.size * c.size < theta2 * d2) {
            // Far enough: the whole cell as one point.
            const double w = c.mass / d2;
            sumX += w * dx;
            sumY += w * dy;
        } else if (c.first < 0) {
            for (int k = c.begin; k < c.begin + c.count; ++k) {
                const int j = m_order[size_t(k)];
                if (j == self)
                    continue;
                const double ex = px - m_x[size_t(k)], ey = py - m_y[size_t(k)];
                const double e2 = ex * ex + ey * ey;
                if (e2 > 1e-12) {
                    const double w = m_m[size_t(k)] / e2;
                    sumX += w * ex;
                    sumY += w * ey;
                } else {
                    double cx = 0, cy = 0;
                    coincidentPush(self, j, cx, cy);
                    sumX += m_m[size_t(k)] * cx;
                    sumY += m_m[size_t(k)] * cy;
                }
            }
        } else {
            for (int ch = c.first; ch < c.first + c.count; ++ch)
                stack[top++] = ch;
        }
    }
    fx += sumX;
    fy += sumY;
}

} // namespace threadline
