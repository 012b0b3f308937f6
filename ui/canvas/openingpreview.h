#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSize>

#include <vector>

#include "ids.h"
#include "types.h"

namespace threadline {

class KnowledgeGraph;
struct MultilevelJob;

// What the window shows of a large graph while its canvas is being built
// (a second and more for 500k edges, during which the GUI thread cannot
// paint): the opening layout's first useful picture, fitted to the view and
// drawn straight into an image. Edges are one-pixel lines (at most 150k of
// them, evenly sampled), nodes dots in their kind's colour, and a caption
// says what is under way (`caption`).
//
// `positions` is a picture of the layout (LayoutRunner::waitingPicture()),
// `job` the layout's nodes and edges, `kinds` its nodes' kinds (by the job's
// index, previewKinds), `pixels` the view's size in device pixels and `dpr`
// their ratio to logical pixels.
QImage drawOpeningPreview(const std::vector<NodeKind> &kinds, const MultilevelJob &job,
                          const QHash<NodeId, QPointF> &positions, QSize pixels, qreal dpr,
                          const QString &caption);

// The kinds of the job's nodes, by its index: the preview can be drawn
// while the graph is still being built.
std::vector<NodeKind> previewKinds(const KnowledgeGraph &graph, const MultilevelJob &job);

// On how many different points a picture puts its nodes: a coarse level of
// the multilevel layout heaps all the nodes a coarse node stands for on one.
qsizetype distinctPlaces(const QHash<NodeId, QPointF> &positions);

} // namespace threadline
