#pragma once

#include <QColor>
#include <QPainterPath>

#include <optional>

#include "kindsizes.h" // nodeRadius, nodeRadiusForShare
#include "types.h"
#include "viewfilter.h"

namespace threadline {

class KnowledgeGraph;

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
QColor relationColor(const QString &relation);
// The canvas's paper, on screen and in exported pictures.
inline QColor canvasBackground()
{
    return QColor(0xfbfbf8);
}
// A node of a kind Threadline does not know (from another tool's file) is
// filled with the colour the file gave it (GEXF viz:color, kept in the
// property "viz_color"), as the tool drew it; nullopt otherwise.
std::optional<QColor> fileColor(const NodeData &node);

// Colours for the foreign categories of the nodes a view shows (see
// foreignCategory), the most frequent first; categories past the palette's
// ten share the grey of kind Other. Scene and legend use the same.
struct CategoryColours
{
    QList<std::pair<QString, int>> categories; // by count, then name
    QHash<QString, QColor> colours;
};
CategoryColours categoryColours(const KnowledgeGraph &graph, const ViewFilter &filter);
// The fill of a node on the canvas: the colour its file gave it, else its
// category's colour, else its kind's.
QColor nodeFill(const NodeData &node, const CategoryColours &categories);

} // namespace threadline
