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

// A node as it is drawn unselected: its shape, fill and outline at one size
// in device pixels, painted once and then blitted. A thousand antialiased
// paths a frame cost more than the rest of the frame (bench_canvas).
struct SpriteKey
{
    NodeKind kind;
    QRgb fill;
    int quarterPixels; // the radius on screen, in quarter pixels
    int ratioPercent;  // the device pixel ratio
    bool operator==(const SpriteKey &) const = default;
};

size_t qHash(const SpriteKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.kind), key.fill, key.quarterPixels, key.ratioPercent);
}

// The sprite and where its centre is, in device pixels from its top left.
struct Sprite
{
    QImage image;
    QPointF centre;
};

const Sprite &nodeSprite(NodeKind kind, const QColor &fill, qreal screenRadius, qreal ratio)
{
    static QHash<SpriteKey, Sprite> cache;
    const SpriteKey key{kind, fill.rgba(), int(std::lround(screenRadius * 4)), int(std::lround(ratio * 100))};
    if (auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() > 4000)
        cache.clear(); // sizes seen at many zooms: start again
    const qreal radius = key.quarterPixels / 4.0; // in device-independent pixels
    const QPainterPath outline = kindShape(kind, radius);
    const QRectF bounds = outline.boundingRect().adjusted(-2, -2, 2, 2);
    const QSize size = (bounds.size() * ratio).toSize() + QSize(2, 2);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(ratio, ratio);
        painter.translate(-bounds.topLeft() + QPointF(1, 1) / ratio);
        const KindStyle &style = kindStyle(kind);
        painter.setPen(QPen(style.stroke, 1.2));
        painter.setBrush(fill);
        painter.drawPath(outline);
    }
    return *cache.insert(key, Sprite{image, (-bounds.topLeft()) * ratio + QPointF(1, 1)});
}

// What a translucent colour looks like drawn on the canvas, as an opaque
// colour.
QColor overCanvas(const QColor &colour)
{
    const QColor under = canvasBackground();
    const qreal a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + under.redF() * (1 - a)),
                            float(colour.greenF() * a + under.greenF() * (1 - a)),
                            float(colour.blueF() * a + under.blueF() * (1 - a)));
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
    const QSizeF text = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, m_display).size();
    m_labelSize = QSizeF(text.width() + 6, text.height() + 2);
    m_outline = kindShape(m_kind, m_radius);
    m_shape = kindShape(m_kind, m_radius + 2);
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
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->nodeGeometryChanged(); // its bounds grew or shrank
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
    // No geometry change: the bounds hold the label at its largest, so a
    // zoom re-indexes nothing (100k items re-indexed at every zoom step
    // took most of a second).
    scale = std::min(scale, maxLabelScale);
    if (!qFuzzyCompare(m_labelScale, scale)) {
        m_labelScale = scale;
        update();
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
    const qreal r = m_radius * 1.2 + 4;
    const QRectF node(-r, -r, 2 * r, 2 * r);
    return (m_labelAllowed || m_hovered || isSelected() ? node.united(labelRect()) : node).translated(pos());
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
    if (!emphasised && world.type() <= QTransform::TxScale && lod > 0.3
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

void LabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    // In a fixed order (the hash's order changes from run to run, and
    // neighbouring labels' antialiased edges touch), emphasised labels last:
    // they may cover others, never the reverse.
    QList<const NodeItem *> shown;
    m_index->forEachIn(exposed, [&](const NodeItem *node) {
        if (node->isVisible() && node->opacity() > 0 && node->labelShown(lod)
            && node->labelSceneRect().intersects(exposed))
            shown.append(node);
    });
    std::sort(shown.begin(), shown.end(), [](const NodeItem *a, const NodeItem *b) {
        const bool aFirst = !(a->isSelected() || a->isHovered()), bFirst = !(b->isSelected() || b->isHovered());
        if (aFirst != bFirst)
            return aFirst;
        return a->nodeId() < b->nodeId();
    });
    for (const NodeItem *node : std::as_const(shown))
        node->paintLabel(painter);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->nodeGeometryChanged();
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
    const QPointF s = m_source->pos();
    const QPointF t = m_target->pos();
    QLineF line(s, t);
    if (line.length() > m_source->radius() + m_target->radius()) {
        // Start and end at the node rims, so arrowheads stay visible.
        const QPointF unit = (t - s) / line.length();
        line = QLineF(s + unit * m_source->radius(), t - unit * (m_target->radius() + 1));
    }
    if (!m_shownAlone)
        m_index->markStale(); // it redraws the layer
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
            m_index->markStale();
        m_movedAlone = false;
    }
    setFlag(ItemHasNoContents, !alone);
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updatePainting();
    else if (change == ItemVisibleHasChanged)
        m_shown = value.toBool();
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
        rect = rect.united(QRectF(line.center() - QPointF(80, 14), QSizeF(160, 28)));
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


void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal ratio = painter->device()->devicePixelRatio();
    const qreal toDevice = lod * ratio; // scene units to device pixels (unrotated)
    // Lines by colour (relation and dimming), as drawLines() wants them.
    struct Batch
    {
        QColor colour;
        QList<QLineF> lines;
        QList<const EdgeItem *> directed;
    };
    // Few colours, many lines: found by a look along a short list, the
    // last one first (a hash look-up per line showed in perf at 400k lines).
    std::vector<Batch> batches;
    size_t lastBatch = 0;
    const auto batchOf = [&](const QColor &colour) -> Batch & {
        if (lastBatch < batches.size() && batches[lastBatch].colour == colour)
            return batches[lastBatch];
        for (lastBatch = 0; lastBatch < batches.size(); ++lastBatch)
            if (batches[lastBatch].colour == colour)
                return batches[lastBatch];
        batches.push_back(Batch{colour, {}, {}});
        return batches.back();
    };
    qsizetype shown = 0;
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    const QRectF margin = exposed.adjusted(-20, -20, 20, 20);
    const auto pixelLength = [toDevice](const QLineF &line) { return float(EdgeIndex::lengthOf(line) * toDevice); };
    const QTransform toPixels = painter->worldTransform() * QTransform::fromScale(ratio, ratio);
    const QRect pixels = toPixels.mapRect(exposed).toAlignedRect();
    const bool raster = painter->paintEngine()->type() == QPaintEngine::Raster
                        && painter->worldTransform().type() <= QTransform::TxScale;
    // Asked for the edges that meet the exposed area itself: the index
    // answers from its own copy of their lines, and an edge it names costs
    // a cache miss here (83 % of this loop, perf).
    const QRectF query = exposed.adjusted(-2, -2, 2, 2);
    // The part of a line drawn here: none when it only passes near (the
    // margin is 20 units, 160 pixels zoomed in; such lines are left to
    // their own strips).
    const auto inView = [&](const QLineF &line, QLineF &seen) {
        if (line.dx() * line.dx() + line.dy() * line.dy() < 1)
            return false;
        if (!QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2).intersects(exposed))
            return false;
        seen = line;
        return clipLine(seen, margin);
    };
    // On screen (a widget: pictures for files keep every edge), too much
    // ink: the longest lines are left out (see EdgeLayer). The whole view
    // weighs its lines from the index's copy first, and then touches only
    // the edges it draws; a part of the view (a pan's strip) keeps the cut
    // the whole view was given.
    const bool thinnable = widget && raster;
    const qreal viewPixels = widget ? qreal(widget->width()) * widget->height() * ratio * ratio : 0;
    const bool wholeView = qreal(pixels.width()) * pixels.height() >= 0.5 * viewPixels;
    const bool keepCut = thinnable && !wholeView && qFuzzyCompare(m_cutScale, toDevice);
    qsizetype weighed = -1; // the lines in view, when weighed
    if (thinnable && !keepCut) {
        QList<float> lengths, steps; // of every line in view: whole, and the part in view
        m_index->linesIn(query, [&](const QLineF &line) {
            QLineF seen;
            if (!inView(line, seen))
                return;
            lengths.append(pixelLength(line));
            steps.append(pixelLength(seen));
        });
        weighed = lengths.size();
        const bool mayBeFine = weighed < fineLines && lod > 0.3;
        m_cut = mayBeFine ? -1 : cutFor(lengths, steps, inkPerPixel * std::min(viewPixels, qreal(pixels.width()) * pixels.height()));
        m_cutScale = toDevice;
    }
    const bool cut = thinnable && m_cut >= 0;
    const qreal shorterThan = cut ? m_cut / toDevice * 1.001 : std::numeric_limits<qreal>::infinity();
    m_index->forEachIn(query, [&](EdgeItem *edge) {
        if (edge->isShownAlone() || !edge->isShown())
            return;
        const QLineF line = edge->line();
        QLineF seen;
        if (!inView(line, seen))
            return;
        const float length = pixelLength(line);
        if (cut && length >= m_cut)
            return;
        QColor colour = edge->colour();
        colour.setAlpha(graph && graph->dims(edge->edgeId()) ? 12 : 150);
        Batch &batch = batchOf(colour);
        batch.lines.append(seen);
        // Arrowheads are drawn only when few lines are (fine, below).
        if (edge->isDirected() && shown < fineLines)
            batch.directed.append(edge);
        ++shown;
    }, shorterThan);
    // Few lines in view: drawn as the items draw them; many: hairlines.
    // A thinned view, or a strip of one, is drawn as hairlines throughout.
    const bool fine = shown < fineLines && lod > 0.3 && !cut;
    painter->setRenderHint(QPainter::Antialiasing, fine);
    // Colour by colour in a fixed order: the same picture every run.
    std::sort(batches.begin(), batches.end(),
              [](const Batch &a, const Batch &b) { return a.colour.rgba() < b.colour.rgba(); });
    // (Weighed, the edges drawn by themselves are counted too: the count in
    // view is said only when some were left out.)
    if (thinnable && wholeView)
        m_thinning = Thinning{shown, cut ? std::max(weighed, shown) : shown};
    // How wide a full-quality line (1.1 units, as an EdgeItem draws it) is
    // in device pixels.
    const qreal fineWidth = 1.1 * toDevice;
    // Lines on screen (unrotated, as the canvas always is) are written into
    // an image of their own and laid over the canvas in one blit (see
    // Hairlines): many as opaque hairlines, few, up to a pixel and a half
    // wide, antialiased with as much ink as the wider line. Pictures for
    // files keep QPainter's lines: vectors in SVG and PDF, and no buffer the
    // size of a large export.
    if ((!fine || fineWidth <= 1.5) && raster && qint64(pixels.width()) * pixels.height() <= qint64(4096) * 4096) {
        m_hairlines.begin(pixels);
        for (const Batch &batch : batches) {
            if (fine) {
                QColor ink = batch.colour;
                ink.setAlphaF(std::min(1.0, ink.alphaF() * fineWidth));
                m_hairlines.drawSmooth(batch.lines.constData(), batch.lines.size(), toPixels, ink);
            } else {
                // Opaque, of the colour the translucent line would show on
                // the canvas.
                m_hairlines.draw(batch.lines.constData(), batch.lines.size(), toPixels,
                                 overCanvas(batch.colour).rgba());
            }
        }
        const QTransform world = painter->worldTransform();
        painter->setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter->drawImage(m_hairlines.origin(), m_hairlines.image());
        painter->setWorldTransform(world);
        if (fine && lod >= 0.5) {
            for (const Batch &batch : batches)
                paintArrowheads(painter, batch.colour, batch.directed, exposed);
        }
        return;
    }
    for (const Batch &batch : batches) {
        // Many hairlines: opaque, of the colour the translucent line would
        // show on the canvas. Translucent hairlines blend pixel by pixel and
        // cost 150 ms a frame at 10k nodes against 25 ms (bench_canvas).
        painter->setPen(fine ? QPen(batch.colour, 1.1, Qt::SolidLine, Qt::RoundCap)
                             : QPen(overCanvas(batch.colour), 0));
        painter->drawLines(batch.lines.constData(), int(batch.lines.size()));
        if (fine && lod >= 0.5)
            paintArrowheads(painter, batch.colour, batch.directed, exposed);
    }
}

qreal EdgeLayer::cutFor(const QList<float> &lengths, const QList<float> &steps, qreal budget)
{
    double total = 0;
    for (float step : steps)
        total += step;
    if (total <= budget)
        return -1;
    // The ink of the lines by length, in bins an eighth of an octave wide;
    // the shortest bins are kept while they fit the budget. O(lines).
    constexpr int perOctave = 8, bins = perOctave * 32;
    std::array<double, bins> ink{};
    const auto binOf = [](float length) {
        return std::clamp(int(std::log2(1.0 + double(length)) * perOctave), 0, bins - 1);
    };
    for (qsizetype i = 0; i < lengths.size(); ++i)
        ink[size_t(binOf(lengths[i]))] += steps[i];
    double kept = 0;
    int bin = 0;
    for (; bin < bins && kept + ink[size_t(bin)] <= budget; ++bin)
        kept += ink[size_t(bin)];
    // Lines shorter than bin's lower edge are kept.
    return std::exp2(double(bin) / perOctave) - 1;
}

void EdgeLayer::paintArrowheads(QPainter *painter, const QColor &colour, const QList<const EdgeItem *> &directed,
                                const QRectF &exposed)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (const EdgeItem *edge : directed) {
        if (!exposed.contains(edge->line().p2()))
            continue; // the arrowhead is off screen
        painter->drawPolygon(EdgeItem::arrowhead(edge->line(), 1.1)); // as the item draws it, 1.1 wide
    }
}

} // namespace threadline
