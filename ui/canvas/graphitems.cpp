#include "graphitems.h"
#include "graphscene.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

#include "kindstyle.h"

namespace threadline {

namespace {

constexpr int maxLabelChars = 34;
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
    m_labelSize = QSizeF(metrics.horizontalAdvance(displayLabel()) + 6, metrics.height() + 2);
    m_outline = kindShape(m_kind, m_radius);
}

void NodeItem::setPinned(bool pinned)
{
    if (m_pinned != pinned) {
        m_pinned = pinned;
        update();
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
    prepareGeometryChange();
    m_kind = kind;
    m_label = label;
    m_radius = radius;
    measure();
    setZValue(isSelected() ? 3 : (isMajorKind(kind) ? 2 : 1));
    setToolTip(QStringLiteral("%1 — %2").arg(kindDisplayName(kind), label));
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->adjust(); // the rim moved
}

void NodeItem::setLabelAllowed(bool on)
{
    if (m_labelAllowed != on) {
        m_labelAllowed = on;
        update();
    }
}

void NodeItem::setLabelScale(qreal scale)
{
    if (!qFuzzyCompare(m_labelScale, scale)) {
        prepareGeometryChange();
        m_labelScale = scale;
    }
}

void NodeItem::setFill(const QColor &fill)
{
    m_fill = fill;
    update();
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
    if (m_label.size() <= maxLabelChars)
        return m_label;
    return m_label.left(maxLabelChars - 1).trimmed() + QChar(0x2026);
}

QRectF NodeItem::labelRect() const
{
    const qreal width = m_labelSize.width() * m_labelScale;
    return QRectF(-width / 2, m_radius + labelGap, width, m_labelSize.height() * m_labelScale);
}

QRectF NodeItem::boundingRect() const
{
    // Always with the label's room, shown or not: declutter and hover then
    // change no geometry, which would make the scene re-index thousands of
    // items at every zoom step.
    const qreal r = m_radius * 1.2 + 4; // room for the selection ring and the pin
    return QRectF(-r, -r, 2 * r, 2 * r).united(labelRect());
}

QRectF NodeItem::shownBounds() const
{
    const qreal r = m_radius * 1.2 + 4;
    const QRectF node(-r, -r, 2 * r, 2 * r);
    return (m_labelAllowed || m_hovered || isSelected() ? node.united(labelRect()) : node).translated(pos());
}

QPainterPath NodeItem::shape() const
{
    // Only the node itself takes clicks: a neighbour's label drawn over a
    // node must not steal the click meant for it.
    return kindShape(m_kind, m_radius + 2);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
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
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(QPen(emphasised ? QColor(0x1a1a1a) : style.stroke, emphasised ? 3 : 1.2));
    painter->setBrush(m_fill.value_or(style.fill));
    painter->drawPath(m_outline);
    if (m_pinned) {
        // A pin head at the top right, dark on a white ring.
        const qreal size = std::max<qreal>(4, m_radius * 0.4);
        const QPointF head(m_radius * 0.75, -m_radius * 0.75);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(0x1a1a1a));
        painter->drawEllipse(head, size, size);
    }

    if (!(emphasised || m_labelAllowed) || lod * m_labelScale < 0.3)
        return;
    const QRectF rect = labelRect();
    QFont font = labelFont();
    font.setPointSizeF(font.pointSizeF() * m_labelScale);
    painter->setFont(font);
    // A pale backing keeps labels readable where edges cross them.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, emphasised ? 240 : 200));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setPen(emphasised ? QColor(Qt::black) : QColor(0x222222));
    painter->drawText(rect, Qt::AlignCenter, displayLabel());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    } else if (change == ItemSelectedHasChanged) {
        setZValue(value.toBool() ? 3 : (isMajorKind(m_kind) ? 2 : 1));
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->setHighlighted(value.toBool());
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->highlightNeighbourhood(this);
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    if (auto *graph = qobject_cast<GraphScene *>(scene()); graph && graph->highlighted() == this)
        graph->highlightNeighbourhood(nullptr);
    QGraphicsItem::hoverLeaveEvent(event);
}

EdgeItem::EdgeItem(EdgeId id, const QString &relation, NodeItem *source, NodeItem *target, bool directed)
    : m_id(id), m_relation(relation), m_source(source), m_target(target), m_directed(directed)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    setToolTip(relationPhrase(relation, true));
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

void EdgeItem::adjust()
{
    const QPointF s = m_source->pos();
    const QPointF t = m_target->pos();
    QLineF line(s, t);
    prepareGeometryChange();
    if (line.length() > m_source->radius() + m_target->radius()) {
        // Start and end at the node rims, so arrowheads stay visible.
        const QPointF unit = (t - s) / line.length();
        line = QLineF(s + unit * m_source->radius(), t - unit * (m_target->radius() + 1));
    }
    m_line = line;
}

void EdgeItem::setHighlighted(bool on)
{
    m_highlighted = on;
    setZValue(on ? 0.5 : 0);
    update();
}

QRectF EdgeItem::boundingRect() const
{
    const qreal extra = 12;
    QRectF rect = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-extra, -extra, extra, extra);
    if (isSelected() || m_highlighted)
        rect = rect.united(QRectF(m_line.center() - QPointF(80, 14), QSizeF(160, 28)));
    return rect;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void EdgeItem::paintArrowhead(QPainter *painter, const QColor &color, qreal width) const
{
    const qreal size = 7 + width;
    const qreal angle = std::atan2(-m_line.dy(), m_line.dx());
    const QPointF tip = m_line.p2();
    const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF{tip, a, b});
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.length() < 1)
        return;
    if (m_batched && !isSelected() && !m_highlighted)
        return; // the EdgeLayer drew it
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    const bool emphasised = isSelected() || m_highlighted;
    QColor color = isSelected() ? QColor(0x1a1a1a) : relationColor(m_relation);
    if (!emphasised)
        color.setAlpha(150);
    const qreal width = isSelected() ? 3 : (m_highlighted ? 2 : 1.1);
    if (!emphasised && lod < 0.3) {
        // Zoomed far out: a hairline, no arrowhead (it would be a pixel).
        painter->setPen(QPen(color, 0));
        painter->drawLine(m_line);
        return;
    }
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);

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

namespace threadline {

namespace {

// The part of `line` inside `rect` (Liang–Barsky); false when none is.
// Long edges are drawn only where they are seen: stroking them whole, far
// past the window, cost seconds a frame when zoomed in.
bool clipLine(QLineF &line, const QRectF &rect)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

} // namespace

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Lines by colour (relation and dimming), as drawLines() wants them.
    struct Batch
    {
        QColor colour;
        QList<QLineF> lines;
        QList<const EdgeItem *> directed;
    };
    QHash<QRgb, Batch> batches;
    qsizetype shown = 0;
    for (const EdgeItem *edge : *m_edges) {
        if (edge->isEmphasised() || !edge->isVisible())
            continue;
        const QLineF line = edge->line();
        if (line.length() < 1)
            continue;
        const QRectF bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2);
        if (!bounds.intersects(exposed))
            continue;
        QLineF seen = line;
        if (!clipLine(seen, exposed.adjusted(-20, -20, 20, 20)))
            continue;
        QColor colour = relationColor(edge->relation());
        colour.setAlpha(edge->opacity() < 1 ? int(150 * edge->opacity()) : 150);
        Batch &batch = batches[colour.rgba()];
        batch.colour = colour;
        batch.lines.append(seen);
        if (edge->isDirected())
            batch.directed.append(edge);
        ++shown;
    }
    // Few lines in view: drawn as the items draw them; many: hairlines.
    const bool fine = shown < 1500 && lod > 0.3;
    painter->setRenderHint(QPainter::Antialiasing, fine);
    for (const Batch &batch : std::as_const(batches)) {
        painter->setPen(fine ? QPen(batch.colour, 1.1, Qt::SolidLine, Qt::RoundCap) : QPen(batch.colour, 0));
        painter->drawLines(batch.lines.constData(), int(batch.lines.size()));
        if (!fine || lod < 0.5)
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(batch.colour);
        for (const EdgeItem *edge : batch.directed) {
            const QLineF line = edge->line();
            if (!exposed.contains(line.p2()))
                continue; // the arrowhead is off screen
            const qreal size = 8.1;
            const qreal angle = std::atan2(-line.dy(), line.dx());
            const QPointF tip = line.p2();
            const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
            const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
            painter->drawPolygon(QPolygonF{tip, a, b});
        }
    }
}

} // namespace threadline
