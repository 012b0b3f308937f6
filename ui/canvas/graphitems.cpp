#include "graphitems.h"
#include "graphscene.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

#include "edgeindex.h"
#include "hairlines.h"
#include "kindstyle.h"
#include "nodeindex.h"
#include "nodesprite.h"

namespace threadline {

namespace {

constexpr int maxLabelChars = 34;
constexpr int maxLabelLines = 6;
constexpr qreal labelGap = 3;

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}

bool isMajorKind(NodeKind kind)
{
    return kind != NodeKind::Statement && kind != NodeKind::Topic && kind != NodeKind::Document;
}
} // namespace

NodeItem::NodeItem(NodeId id, NodeKind kind, const QString &label, int degree)
    : m_id(id), m_kind(kind), m_label(label), m_radius(nodeRadius(kind, degree)), m_degree(degree)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(isMajorKind(kind) ? 2 : 1);
    setToolTip(QStringLiteral("%1 — %2").arg(kindDisplayName(kind), label));
    measure();
}

void NodeItem::measure()
{
    static const QFontMetricsF metrics(labelFont());
    m_display = displayLabel();
    // Every line's room: one line's height per line, the widest line's width.
    // One line is its advance (laying out the text for boundingRect() was
    // a seventh of building a 100k-node scene).
    const QSizeF text = m_display.contains(QLatin1Char('\n'))
                            ? metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, m_display).size()
                            : QSizeF(metrics.horizontalAdvance(m_display), metrics.height());
    m_labelSize = QSizeF(text.width() + 6, text.height() + 2);
    m_outline = kindShape(m_kind, m_radius);
    m_shape = kindShape(m_kind, m_radius + 2);
}

void NodeItem::setPinned(bool pinned)
{
    if (m_pinned != pinned) {
        m_pinned = pinned;
        refresh();
    }
}

qreal NodeItem::wantedRadius() const
{
    return m_share >= 0 ? nodeRadiusForShare(m_kind, m_share) : nodeRadius(m_kind, m_degree);
}

void NodeItem::setSizeShare(qreal share)
{
    m_share = share;
    setAppearance(m_kind, m_label, m_degree);
}

void NodeItem::setAppearance(NodeKind kind, const QString &label, int degree)
{
    m_degree = degree;
    const qreal radius = m_share >= 0 ? nodeRadiusForShare(kind, m_share) : nodeRadius(kind, degree);
    if (kind == m_kind && label == m_label && qFuzzyCompare(radius, m_radius))
        return;
    refresh(); // where it was
    prepareGeometryChange();
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (graph && kind != m_kind)
        graph->nodeKindChanged(); // major or minor: its place in the drawing order
    m_kind = kind;
    m_label = label;
    m_radius = radius;
    measure();
    if (graph)
        graph->nodeGeometryChanged(); // its bounds grew or shrank
    refresh();
    setZValue(isSelected() ? 3 : (isMajorKind(kind) ? 2 : 1));
    setToolTip(QStringLiteral("%1 — %2").arg(kindDisplayName(kind), label));
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->adjust(); // the rim moved
}

void NodeItem::setLabelAllowed(bool on)
{
    if (m_labelAllowed != on) {
        m_labelAllowed = on;
        refresh();
    }
}

void NodeItem::setLabelScale(qreal scale)
{
    if (takeLabelScale(scale))
        refresh();
}

bool NodeItem::takeLabelScale(qreal scale)
{
    // No geometry change: the bounds hold the label at its largest, so a
    // zoom re-indexes nothing (100k items re-indexed at every zoom step
    // took most of a second).
    scale = std::min(scale, maxLabelScale);
    if (qFuzzyCompare(m_labelScale, scale))
        return false;
    m_labelScale = scale;
    return true;
}

void NodeItem::setFill(const QColor &fill)
{
    m_fill = fill;
    refresh();
}

QColor NodeItem::fill() const
{
    return m_fill.value_or(kindStyle(m_kind).fill);
}

bool NodeItem::isMajor() const
{
    return isMajorKind(m_kind);
}

QString NodeItem::displayLabel() const
{
    // Each line (labels from HTML-like or multi-line sources keep their
    // breaks) shortened on its own; at most maxLabelLines of them.
    const auto shorten = [](const QString &line) {
        return line.size() <= maxLabelChars ? line : line.left(maxLabelChars - 1).trimmed() + QChar(0x2026);
    };
    if (!m_label.contains(QLatin1Char('\n')))
        return shorten(m_label);
    QStringList lines = m_label.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = shorten(line.trimmed());
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLabelLines) {
        lines = lines.mid(0, maxLabelLines);
        lines.last() = QString(QChar(0x2026));
    }
    return lines.join(QLatin1Char('\n'));
}

QRectF NodeItem::labelRect(qreal scale) const
{
    const qreal width = m_labelSize.width() * scale;
    return QRectF(-width / 2, m_radius + labelGap, width, m_labelSize.height() * scale);
}

QRectF NodeItem::boundingRect() const
{
    // Always with the label's room at its largest, shown or not: declutter,
    // hover and zoom then change no geometry, which would make the scene
    // re-index every item.
    const qreal r = m_radius * 1.2 + 4; // room for the selection ring and the pin
    return QRectF(-r, -r, 2 * r, 2 * r).united(labelRect(maxLabelScale));
}

QRectF NodeItem::shownBounds() const
{
    const QRectF node = nodeSceneRect();
    return m_labelAllowed || m_hovered || isSelected() ? node.united(labelRect().translated(pos())) : node;
}

QPainterPath NodeItem::shape() const
{
    // Only the node itself takes clicks: a neighbour's label drawn over a
    // node must not steal the click meant for it.
    return m_shape;
}

bool NodeItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    const QRectF rect = path.boundingRect();
    if (mode == Qt::IntersectsItemShape && rect.width() <= 2 && rect.height() <= 2)
        return m_shape.contains(rect.center());
    return QGraphicsItem::collidesWithPath(path, mode);
}

bool NodeItem::isDimmed() const
{
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    return graph && graph->dims(m_id);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!isDimmed()) {
        paintNode(painter, option);
        return;
    }
    const qreal opacity = painter->opacity();
    painter->setOpacity(opacity * 0.15);
    paintNode(painter, option);
    painter->setOpacity(opacity);
}

void NodeItem::paintNode(QPainter *painter, const QStyleOptionGraphicsItem *option) const
{
    const KindStyle &style = kindStyle(m_kind);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool emphasised = isSelected() || m_hovered;
    if (!emphasised && lod * m_radius < 2.5) {
        // A few pixels across: a dot of the kind's colour says as much as
        // the shape would, for a fraction of the cost.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), m_fill.value_or(style.fill));
        return;
    }
    const QTransform world = painter->worldTransform();
    if (!emphasised && world.type() <= QTransform::TxScale
        && painter->paintEngine()->type() == QPaintEngine::Raster) {
        // On screen and unrotated, as the canvas always is: the node's
        // sprite, blitted at whole device pixels with the transform set
        // aside. SVG and PDF keep their vector shapes.
        const qreal ratio = painter->device()->devicePixelRatio();
        const QColor fill = m_fill.value_or(style.fill);
        const Sprite &sprite = nodeSprite(m_kind, fill, m_radius * lod, ratio);
        const QPointF centre = world.map(QPointF(0, 0)) * ratio;
        painter->setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter->drawImage(QPointF(std::round(centre.x() - sprite.centre.x()), std::round(centre.y() - sprite.centre.y())),
                           sprite.image);
        painter->setWorldTransform(world);
    } else {
        painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
        painter->setPen(QPen(emphasised ? QColor(0x1a1a1a) : style.stroke, emphasised ? 3 : 1.2));
        painter->setBrush(m_fill.value_or(style.fill));
        painter->drawPath(m_outline);
    }
    if (m_pinned) {
        // A pin head at the top right, dark on a white ring.
        const qreal size = std::max<qreal>(4, m_radius * 0.4);
        const QPointF head(m_radius * 0.75, -m_radius * 0.75);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(0x1a1a1a));
        painter->drawEllipse(head, size, size);
    }

}

bool NodeItem::labelShown(qreal lod) const
{
    const bool emphasised = isSelected() || m_hovered;
    // A node drawn as a dot (see paintNode) is too small to name, unless
    // the user points at it or picked it.
    return (emphasised || (m_labelAllowed && lod * m_radius >= 2.5)) && lod * m_labelScale >= 0.3;
}

void NodeItem::paintLabel(QPainter *painter) const
{
    const bool emphasised = isSelected() || m_hovered;
    const qreal opacity = painter->opacity();
    if (isDimmed())
        painter->setOpacity(opacity * 0.15);
    const QRectF rect = labelSceneRect();
    QFont font = labelFont();
    font.setPointSizeF(font.pointSizeF() * m_labelScale);
    painter->setFont(font);
    // A pale backing keeps labels readable where edges cross them.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, emphasised ? 240 : 215));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setPen(emphasised ? QColor(Qt::black) : QColor(0x222222));
    painter->drawText(rect, Qt::AlignCenter, m_display);
    painter->setOpacity(opacity);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && !m_shownAlone) {
        auto *graph = qobject_cast<GraphScene *>(scene());
        if (!graph || !graph->isMovingMany())
            refresh(); // where it was: Qt repaints nothing of a batched node
    } else if (change == ItemPositionHasChanged) {
        m_at = value.toPointF();
        // In a bulk move the scene adjusts the edges and repaints after.
        auto *graph = qobject_cast<GraphScene *>(scene());
        const bool many = graph && graph->isMovingMany();
        if (!many) {
            for (EdgeItem *edge : std::as_const(m_edges))
                edge->adjust();
        }
        if (graph)
            graph->nodeMoved(this);
        if (!m_shownAlone && !many)
            refresh();
    } else if (change == ItemSelectedHasChanged) {
        setZValue(value.toBool() ? 3 : (isMajorKind(m_kind) ? 2 : 1));
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->setHighlighted(value.toBool());
        updatePainting();
    }
    return QGraphicsItem::itemChange(change, value);
}

QRectF NodeItem::nodeSceneRect() const
{
    const qreal r = m_radius * 1.2 + 4; // room for the selection ring and the pin
    return QRectF(pos().x() - r, pos().y() - r, 2 * r, 2 * r);
}

void NodeItem::setBatched(QGraphicsItem *holder)
{
    m_holder = holder;
    if (!wantsToBeAlone())
        setShownAlone(false);
}

bool NodeItem::wantsToBeAlone() const
{
    return !m_holder || isSelected() || m_hovered || m_awake || (scene() && scene()->mouseGrabberItem() == this);
}

void NodeItem::setShownAlone(bool alone)
{
    if (alone == m_shownAlone || !m_holder)
        return;
    const QRectF where = boundingRect().translated(pos());
    m_shownAlone = alone;
    setParentItem(alone ? nullptr : m_holder); // into the scene's index, or out of it
    setFlag(ItemHasNoContents, !alone);
    // The layer draws it again, or no more.
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->repaintBatched(where);
}

void NodeItem::updatePainting()
{
    if (!m_holder)
        return;
    if (wantsToBeAlone())
        setShownAlone(true);
    else if (m_shownAlone)
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->restLater(this);
}

void NodeItem::setAwake(bool awake)
{
    m_awake = awake;
    updatePainting();
}

void NodeItem::rest()
{
    if (!wantsToBeAlone())
        setShownAlone(false);
}

void NodeItem::refresh()
{
    if (m_shownAlone) {
        update();
    } else if (auto *graph = qobject_cast<GraphScene *>(scene())) {
        graph->repaintBatched(boundingRect().translated(pos()));
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    updatePainting();
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->highlightNeighbourhood(this);
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    updatePainting();
    if (auto *graph = qobject_cast<GraphScene *>(scene()); graph && graph->highlighted() == this)
        graph->highlightNeighbourhood(nullptr);
    QGraphicsItem::hoverLeaveEvent(event);
}

EdgeItem::EdgeItem(EdgeId id, const QString &relation, NodeItem *source, NodeItem *target, bool directed)
    : m_id(id), m_relation(relation), m_colour(relationColor(relation)), m_source(source), m_target(target),
      m_directed(directed)
{
    setFlags(ItemIsSelectable);
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

EdgeItem::EdgeItem(EdgeId id, const QString &relation, NodeItem *source, NodeItem *target, bool directed,
                   EdgeIndex *index, QGraphicsItem *holder)
    : m_id(id), m_relation(relation), m_colour(relationColor(relation)), m_source(source), m_target(target),
      m_directed(directed), m_index(index), m_holder(holder), m_shownAlone(false)
{
    setFlags(ItemIsSelectable | ItemHasNoContents);
    source->addEdge(this);
    target->addEdge(this);
    adjust();
    setParentItem(holder);
}

QString EdgeItem::toolTipText() const
{
    return relationPhrase(m_relation, true);
}

void EdgeItem::adjust()
{
    const QPointF s = m_source->at();
    const QPointF t = m_target->at();
    QLineF line(s, t);
    if (line.length() > m_source->radius() + m_target->radius()) {
        // Start and end at the node rims, so arrowheads stay visible.
        const QPointF unit = (t - s) / line.length();
        line = QLineF(s + unit * m_source->radius(), t - unit * (m_target->radius() + 1));
    }
    if (!m_shownAlone)
        m_index->markMoved(this); // it redraws the layer
    else if (!m_heldLine)
        prepareGeometryChange();
    m_movedAlone = m_movedAlone || (m_shownAlone && line != m_line);
    m_line = line;
}

void EdgeItem::holdGeometry(bool hold)
{
    if (hold == m_heldLine.has_value())
        return;
    if (hold) {
        m_heldLine = m_line;
        return;
    }
    if (m_shownAlone)
        prepareGeometryChange(); // from the held bounds
    m_heldLine.reset();
}

void EdgeItem::setHighlighted(bool on)
{
    m_highlighted = on;
    setZValue(on ? 0.5 : 0);
    updatePainting();
    update();
}

bool EdgeItem::isDimmed() const
{
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    return graph && graph->dims(m_id);
}

void EdgeItem::setBatched(EdgeIndex *index, QGraphicsItem *holder)
{
    m_index = index;
    m_holder = holder;
    updatePainting();
}

void EdgeItem::updatePainting()
{
    const bool alone = !m_index || isEmphasised();
    if (alone != m_shownAlone) {
        prepareGeometryChange(); // with the bounds as they were
        m_shownAlone = alone;
        setParentItem(alone ? nullptr : m_holder); // into the scene's index, or out of it
        // Back in the layer after moving while drawn by itself (which does
        // not tell the index): the index's copy of its line is old.
        if (!alone && m_movedAlone)
            m_index->markMoved(this);
        m_movedAlone = false;
        if (m_index)
            m_index->restyle(this); // the layer draws it, or no more
    }
    setFlag(ItemHasNoContents, !alone);
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updatePainting();
    else if (change == ItemVisibleHasChanged) {
        m_shown = value.toBool();
        if (m_index)
            m_index->restyle(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

QRectF EdgeItem::boundingRect() const
{
    if (!m_shownAlone)
        return {}; // out of the scene's index: the EdgeIndex has it
    return boundsOf(m_heldLine.value_or(m_line));
}

QRectF EdgeItem::boundsOf(const QLineF &line) const
{
    const qreal extra = 12;
    QRectF rect = QRectF(line.p1(), line.p2()).normalized().adjusted(-extra, -extra, extra, extra);
    if (isSelected() || m_highlighted)
        rect = rect.united(relationLabelRect(line));
    return rect;
}

bool EdgeItem::contains(const QPointF &point) const
{
    return passesWithin(point, 4);
}

bool EdgeItem::passesWithin(QPointF point, qreal distance) const
{
    const QPointF along = m_line.p2() - m_line.p1();
    const qreal length2 = QPointF::dotProduct(along, along);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - m_line.p1(), along) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = m_line.p1() + t * along;
    const QPointF away = point - nearest;
    return QPointF::dotProduct(away, away) <= distance * distance;
}

bool EdgeItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // An axis-aligned rectangle (what the view asks with): does the line
    // pass within 4 units of it?
    const QRectF rect = path.boundingRect();
    bool isRect = path.elementCount() == 5;
    for (int i = 0; isRect && i < 5; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        isRect = (e.x == rect.left() || e.x == rect.right()) && (e.y == rect.top() || e.y == rect.bottom());
    }
    if (mode != Qt::IntersectsItemShape || !(isRect || (rect.width() <= 2 && rect.height() <= 2)))
        return QGraphicsItem::collidesWithPath(path, mode);
    QLineF seen = m_line;
    return clipLine(seen, rect.adjusted(-4, -4, 4, 4));
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

QPolygonF EdgeItem::arrowhead(const QLineF &line, qreal width)
{
    const qreal size = 7 + width;
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    return QPolygonF{tip, a, b};
}

void EdgeItem::paintArrowhead(QPainter *painter, const QColor &color, qreal width) const
{
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(arrowhead(m_line, width));
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_shownAlone)
        return; // the EdgeLayer drew it
    paintAlone(painter, option);
}

void EdgeItem::paintAlone(QPainter *painter, const QStyleOptionGraphicsItem *option) const
{
    if (m_line.length() < 1)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    const bool emphasised = isSelected() || m_highlighted;
    QColor color = isSelected() ? QColor(0x1a1a1a) : m_colour;
    const bool dimmed = isDimmed();
    if (!emphasised || dimmed)
        color.setAlpha(dimmed ? 12 : 150);
    const qreal width = isSelected() ? 3 : (m_highlighted ? 2 : 1.1);
    if (!emphasised && lod < 0.3) {
        // Zoomed far out: a hairline, no arrowhead (it would be a pixel).
        painter->setPen(QPen(color, 0));
        painter->drawLine(m_line);
        return;
    }
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap);
    if (emphasised && width * lod < 1.5) {
        // Zoomed out, a selected node's edges stand out all the same: a
        // pixel and a half wide on screen, within the margin Qt repaints
        // around an item's bounds (2 units wide was 0.4 pixels at 100k
        // nodes zoomed in seven steps, a faint line).
        pen.setWidthF(1.5);
        pen.setCosmetic(true);
    }
    painter->setPen(pen);
    // Only the part in the exposed area: an antialiased wide line costs its
    // whole length, and zoomed into a large graph a hub's edges run for
    // hundreds of thousands of pixels past the view (18 ms a drag frame for
    // 33 of them).
    QLineF shown = m_line;
    if (clipLine(shown, option->exposedRect.adjusted(-width, -width, width, width)))
        painter->drawLine(shown);

    // Arrowhead at the target end; an undirected edge has none.
    if (m_directed)
        paintArrowhead(painter, color, width);
    if (emphasised && lod > 0.4) {
        QFont font;
        font.setPointSizeF(8);
        painter->setFont(font);
        const QString text = relationPhrase(m_relation, true);
        const QFontMetricsF metrics(font);
        QRectF rect(QPointF(0, 0), QSizeF(metrics.horizontalAdvance(text) + 6, metrics.height()));
        rect.moveCenter(m_line.center());
        painter->setBrush(QColor(255, 255, 240, 230));
        painter->drawRoundedRect(rect, 2, 2);
        painter->setPen(QColor(0x333333));
        painter->drawText(rect, Qt::AlignCenter, text);
    }
}


} // namespace threadline
