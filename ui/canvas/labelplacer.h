#pragma once

#include <QRectF>

#include <vector>

namespace threadline {

// Which labels of the canvas are drawn, so that no two overlap: taken in
// the order given (the most important first), a label is kept when it
// meets no label kept before it. Returns one flag per rectangle.
//
// Kept labels are binned in a uniform grid over all the rectangles, so a
// label is checked against the kept ones near it only: O(n) for labels of
// about one size. At 100k labels the grid of hashed 256-unit cells this
// replaces took 220-330 ms a zoom (bench_canvas, settle); see
// BENCHMARKS.md.
std::vector<bool> placeLabels(const std::vector<QRectF> &labels);

} // namespace threadline
