#include "kindstyle.h"

#include "kindcolors.h"
#include "knowledgegraph.h"

#include <QHash>
#include <QTransform>

#include <algorithm>

#include <cmath>
#include <numbers>

namespace threadline {

namespace {

QPainterPath polygonPath(int corners, qreal rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = rotation + 2 * std::numbers::pi * i / corners;
        polygon << QPointF(std::cos(angle), std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath roundedRect(qreal w, qreal h, qreal r)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(-w, -h, 2 * w, 2 * h), r, r);
    return path;
}

QColor fill(NodeKind kind)
{
    return QColor(QRgb(kindColorRgb(kind)));
}

QHash<NodeKind, KindStyle> makeStyles()
{
    // Fills from the one table in graph/kindcolors.h, which file formats
    // write too; shapes differ as well, so kinds stay apart in greyscale
    // print. Outlines are darker shades of the fills.
    QPainterPath circle;
    circle.addEllipse(QPointF(0, 0), 1, 1);
    const qreal pi = std::numbers::pi;
    QHash<NodeKind, KindStyle> styles;
    styles.insert(NodeKind::Person, {fill(NodeKind::Person), QColor(0x2f4a66), circle});
    styles.insert(NodeKind::Organization, {fill(NodeKind::Organization), QColor(0x9a5516), roundedRect(1, 0.8, 0.25)});
    styles.insert(NodeKind::Country, {fill(NodeKind::Country), QColor(0x35632f), polygonPath(6, 0)});
    styles.insert(NodeKind::Place, {fill(NodeKind::Place), QColor(0x3f6f6b), polygonPath(3, -pi / 2)});
    styles.insert(NodeKind::Event, {fill(NodeKind::Event), QColor(0x8c2f31), polygonPath(4, 0)});
    styles.insert(NodeKind::Statement, {fill(NodeKind::Statement), QColor(0x8f7820), roundedRect(1.1, 0.7, 0.5)});
    styles.insert(NodeKind::Topic, {fill(NodeKind::Topic), QColor(0x6a4660), polygonPath(8, pi / 8)});
    styles.insert(NodeKind::Document, {fill(NodeKind::Document), QColor(0x5d4536), roundedRect(0.75, 1, 0.1)});
    styles.insert(NodeKind::Other, {fill(NodeKind::Other), QColor(0x6f6865), circle});
    return styles;
}

} // namespace

const KindStyle &kindStyle(NodeKind kind)
{
    static const QHash<NodeKind, KindStyle> styles = makeStyles();
    return styles.find(kind).value();
}

QPainterPath kindShape(NodeKind kind, qreal radius)
{
    // Nodes of a kind come in few sizes: each shape is made once and shared
    // (a path is implicitly shared), not made twice for each of 100k nodes.
    static thread_local QHash<std::pair<int, qreal>, QPainterPath> made;
    const std::pair<int, qreal> key(int(kind), radius);
    if (const auto it = made.constFind(key); it != made.constEnd())
        return *it;
    if (made.size() > 4096)
        made.clear();
    return *made.insert(key, QTransform::fromScale(radius, radius).map(kindStyle(kind).shape));
}

QColor relationColor(const QString &relation)
{
    if (relation == relation::participatedIn)
        return fill(NodeKind::Event).darker(110);
    if (relation == relation::said)
        return QColor(0xc9a227);
    if (relation == relation::role || relation == relation::memberOf)
        return fill(NodeKind::Organization);
    if (relation == relation::locatedIn)
        return fill(NodeKind::Place).darker(120);
    return QColor(0x8a8f98);
}

std::optional<QColor> fileColor(const NodeData &node)
{
    if (node.kind != NodeKind::Other)
        return std::nullopt;
    const QString text = node.properties.value(QStringLiteral("viz_color")).toString();
    if (text.isEmpty())
        return std::nullopt;
    const QColor color = QColor::fromString(text);
    if (!color.isValid())
        return std::nullopt;
    return color;
}

CategoryColours categoryColours(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    // A categorical palette apart from the kind colours' order (d3's
    // category10), so categories of foreign nodes read as such.
    static const QList<QColor> palette = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                          QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf),
                                          QColor(0xbcbd22), QColor(0x7f7f7f)};
    QHash<QString, int> counts;
    for (NodeId id : graph.nodes()) {
        if (!filter.acceptsNode(graph, id))
            continue;
        const QString category = foreignCategory(graph.node(id));
        if (!category.isEmpty())
            ++counts[category];
    }
    CategoryColours result;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        result.categories.append({it.key(), it.value()});
    std::sort(result.categories.begin(), result.categories.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (qsizetype i = 0; i < result.categories.size() && i < palette.size(); ++i)
        result.colours.insert(result.categories.at(i).first, palette.at(i));
    return result;
}

QColor nodeFill(const NodeData &node, const CategoryColours &categories)
{
    if (const std::optional<QColor> color = fileColor(node))
        return *color;
    return categories.colours.value(foreignCategory(node), kindStyle(node.kind).fill);
}

} // namespace threadline
