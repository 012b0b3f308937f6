#pragma once

#include <vector>

namespace threadline {

// A Barnes–Hut quadtree over weighted points, for the repulsion of a
// force-directed layout. It is rebuilt every iteration into the same flat
// vectors (cells, and the points copied in tree order), so a rebuild
// allocates nothing once the buffers have grown. Building is O(n log n) for
// spread-out points (depth is capped, so coincident points end in one leaf).
class BarnesHutTree
{
public:
    // Builds the tree over the n points (x[i], y[i]) of mass mass[i].
    void build(const double *x, const double *y, const double *mass, int n);

    // The sum over the other points j of mass[j] · (p − x_j) / |p − x_j|²
    // (a 1/d repulsion), where a cell seen from p under size/distance below
    // theta counts as one point at its centre of mass. `self` is the point
    // at p, left out; pass -1 for a position that is no point of the tree.
    void repulsion(double px, double py, int self, double theta, double &fx, double &fy) const;

    // The points in tree order: neighbours in space are neighbours here, so
    // visiting the points in this order keeps the cells in cache.
    const std::vector<int> &order() const { return m_order; }

private:
    struct Cell
    {
        double cx = 0, cy = 0; // centre of mass
        double mass = 0;
        double x0 = 0, y0 = 0, size = 0; // the cell's square
        int first = -1; // first child cell (children are consecutive); -1 for a leaf
        int count = 0;  // children of an inner cell, points of a leaf
        int begin = 0;  // a leaf's first point in tree order
    };

    void split(int cell, int begin, int end, double x0, double y0, double size, int depth,
               const double *x, const double *y, const double *mass);

    std::vector<Cell> m_cells;
    std::vector<int> m_order;           // tree position -> point
    std::vector<double> m_x, m_y, m_m;  // the points' coordinates and masses, in tree order
};

} // namespace threadline
