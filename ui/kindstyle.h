#pragma once

#include <QColor>
#include <QPainterPath>

#include <optional>

#include "types.h"

namespace threadline {

// How each node kind looks: one place, shared by canvas, legend and export,
// so a picture always matches its legend.
struct KindStyle
{
    QColor fill;
    QColor stroke;
    QPainterPath shape; // centred on 0,0, for radius 1
};

const KindStyle &kindStyle(NodeKind kind);
QPainterPath kindShape(NodeKind kind, qreal radius);
// Canvas radius of a node of this kind with `degree` visible edges.
qreal nodeRadius(NodeKind kind, int degree);
QColor relationColor(const QString &relation);
// A node of a kind Threadline does not know (from another tool's file) is
// filled with the colour the file gave it (GEXF viz:color, kept in the
// property "viz_color"), as the tool drew it; nullopt otherwise.
std::optional<QColor> fileColor(const NodeData &node);

} // namespace threadline
