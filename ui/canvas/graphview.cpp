#include "graphview.h"

#include <QApplication>
#include <QBackingStore>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QWheelEvent>

#include "graphitems.h"
#include "graphscene.h"
#include "hairlines.h"
#include "kindstyle.h"
#include "layers.h"
#include "minimap.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace threadline {

namespace {
// Far enough out for a large graph to fit: 10k nodes needed about 0.045
// in the window's canvas and 100k about 0.02 (at 0.05 Fit left them cut).
constexpr qreal minZoom = 0.005;
constexpr qreal maxZoom = 8.0;
} // namespace

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Zooming keeps the point under the wheel in place (zoomBy's anchor),
    // the event's own position rather than wherever the cursor is now.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Items restore what they change; the view need not save and restore
    // the painter around each one (measured in bench_canvas).
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(canvasBackground());
    // Panning is a drag or the arrow keys, as in other graph tools: no
    // scrollbars eating into the canvas or showing when the graph is fitted.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(settleDelay);
    connect(&m_settleTimer, &QTimer::timeout, this, &GraphView::settle);
    m_minimap = new Minimap(this);
    m_thinningNote = new QLabel(viewport());
    m_thinningNote->setObjectName(QStringLiteral("thinningNote"));
    // Opaque, as the overview map is: a pan moves it back to its corner,
    // and the canvas under a translucent note would be repainted too (a
    // fifth more edges to draw in each pan frame at 100k nodes).
    QPalette notePalette = m_thinningNote->palette();
    notePalette.setColor(QPalette::Window, Qt::white);
    notePalette.setColor(QPalette::WindowText, QColor(0x333333));
    m_thinningNote->setPalette(notePalette);
    m_thinningNote->setAutoFillBackground(true);
    m_thinningNote->setFrameShape(QFrame::Box);
    m_thinningNote->setMargin(3);
    m_thinningNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_thinningNote->hide();
    // A rubber band's nodes come out of the node layer before the scene is
    // asked which items it covers (the signal comes first).
    connect(this, &QGraphicsView::rubberBandChanged, this, [this](QRect band, QPointF, QPointF) {
        if (auto *graphScene = qobject_cast<GraphScene *>(scene()); graphScene && !band.isEmpty())
            graphScene->wakeNodesIn(mapToScene(band).boundingRect());
    });
}

QGraphicsItem *GraphView::itemUnder(QPoint pos)
{
    if (auto *graphScene = qobject_cast<GraphScene *>(scene()))
        graphScene->wakeNodeAt(mapToScene(pos));
    return itemAt(pos);
}

void GraphView::updateThinningNote()
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    const auto [drawn, inView] = graphScene ? graphScene->edgesDrawnInView() : std::pair<qsizetype, qsizetype>{};
    if (drawn >= inView) {
        m_thinningNote->hide();
        return;
    }
    const QString text = tr("Too many edges to draw here: the %1 shortest of %2 are shown. Zoom in for the rest.")
                             .arg(QLocale().toString(qlonglong(drawn)), QLocale().toString(qlonglong(inView)));
    if (m_thinningNote->text() != text) {
        m_thinningNote->setText(text);
        m_thinningNote->adjustSize();
    }
    m_thinningNote->move(8, viewport()->height() - m_thinningNote->height() - 8);
    m_thinningNote->show();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    // The viewport scrolls its children with its pixels; the overlays on it
    // (legend, overview map, hints) go back to their places, which repaints
    // their two rectangles and not the whole canvas.
    QList<std::pair<QPointer<QWidget>, QPoint>> overlays;
    for (QObject *child : viewport()->children()) {
        if (auto *overlay = qobject_cast<QWidget *>(child))
            overlays.append({overlay, overlay->pos()});
    }
    QGraphicsView::scrollContentsBy(dx, dy);
    for (const auto &[overlay, at] : std::as_const(overlays)) {
        if (overlay && overlay->pos() != at)
            overlay->move(at);
    }
    m_minimap->viewChanged();
    if (m_gesture == Gesture::None)
        m_labelsLater.request();
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(qreal factor, std::optional<QPointF> anchor)
{
    const QPointF at = anchor.value_or(QRectF(viewport()->rect()).center());
    const QPointF sceneAt = viewportTransform().inverted().map(at);
    const qreal target = qBound(zoomFloor(), zoom() * factor, maxZoom);
    scale(target / zoom(), target / zoom());
    // Put the anchor's scene point back under it, to the nearest pixel the
    // scroll position allows.
    const QPointF drift = viewportTransform().map(sceneAt) - at;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(drift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(drift.y())));
    if (m_gesture == Gesture::None)
        updateLabelScale(); // during a gesture, the settle does it
    m_fitted = false; // fitAll sets it again after its own zooming
    m_minimap->viewChanged();
}

void GraphView::beginGesture(Gesture gesture)
{
    if (m_gesture == Gesture::None) {
        m_snapshot = shownFrame();
        m_snapshotView = viewportTransform();
        if (m_snapshot.isNull())
            return; // nothing to show meanwhile: every frame is drawn in full
        m_gesture = gesture;
        // While the wheel turns, what lies under the pointer changes at each
        // step: the view would ask the scene for it and hover-highlight it
        // every time (30 ms a step at 100k nodes). The next mouse move after
        // the settle hovers again; a press settles first.
        if (gesture == Gesture::Zoom)
            setInteractive(false);
    }
    m_settleTimer.start();
}

void GraphView::beginDrag()
{
    if (m_gesture != Gesture::None || !scene())
        return;
    QSet<QGraphicsItem *> edges;
    m_draggedNodes.clear();
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (item->type() != NodeItem::Type || !(item->flags() & QGraphicsItem::ItemIsMovable))
            continue;
        m_draggedNodes.append(item);
        for (EdgeItem *edge : static_cast<NodeItem *>(item)->edges())
            if (edge->isVisible())
                edges.insert(edge);
    }
    if (m_draggedNodes.isEmpty())
        return;
    std::sort(m_draggedNodes.begin(), m_draggedNodes.end(),
              [](const QGraphicsItem *a, const QGraphicsItem *b) { return a->zValue() < b->zValue(); });
    m_draggedEdges = QList<QGraphicsItem *>(edges.begin(), edges.end());
    m_snapshot = pictureWithout(m_draggedNodes + m_draggedEdges);
    m_snapshotView = viewportTransform();
    m_gesture = Gesture::Drag;
    // This view draws them until the drop: the scene's index need not
    // follow them at each move.
    for (QGraphicsItem *item : std::as_const(m_draggedEdges))
        static_cast<EdgeItem *>(item)->holdGeometry(true);
}

QList<QRect> GraphView::patchesOver(const QList<QGraphicsItem *> &items) const
{
    // A node, its box; an edge, boxes along its line (the box of a long
    // line crossing the view is most of the view) and where its relation
    // is written when it is emphasised.
    const QRect port = viewport()->rect();
    const QTransform view = viewportTransform();
    // A line's ink reaches past it (as the edge layer takes it), and
    // antialiasing.
    const int reach = int(std::ceil(EdgeLayer::inkBeside * zoom())) + 3;
    constexpr qreal along = 64; // pixels of line per box
    QList<QRect> patches;
    for (const QGraphicsItem *item : items) {
        const auto *edge = item->type() == EdgeItem::Type ? static_cast<const EdgeItem *>(item) : nullptr;
        if (!edge) {
            patches.append(view.mapRect(item->sceneBoundingRect()).toAlignedRect().adjusted(-3, -3, 3, 3) & port);
            continue;
        }
        const QLineF line = edge->line();
        if (edge->isEmphasised())
            patches.append(view.mapRect(EdgeItem::relationLabelRect(line)).toAlignedRect().adjusted(-3, -3, 3, 3) & port);
        QLineF shown = view.map(line);
        if (!clipLine(shown, QRectF(port).adjusted(-reach, -reach, reach, reach)))
            continue;
        const int pieces = std::max(1, int(std::ceil(shown.length() / along)));
        for (int i = 0; i < pieces; ++i) {
            const QRectF box = QRectF(shown.pointAt(qreal(i) / pieces), shown.pointAt(qreal(i + 1) / pieces)).normalized();
            patches.append(box.toAlignedRect().adjusted(-reach, -reach, reach, reach) & port);
        }
    }
    patches.removeIf([](const QRect &r) { return r.isEmpty(); });
    return patches;
}

QImage GraphView::pictureWithout(const QList<QGraphicsItem *> &items)
{
    // Where the items are drawn, and whether that is most of the view.
    const QList<QRect> patches = patchesOver(items);
    qint64 covered = 0;
    for (const QRect &patch : patches)
        covered += qint64(patch.width()) * patch.height();
    const bool most = covered * 2 > qint64(viewport()->width()) * viewport()->height();
    // Made transparent for one paint (hiding them would drop their
    // selection and the mouse grab).
    QHash<QGraphicsItem *, qreal> opacities;
    const auto leaveOut = [&] {
        for (QGraphicsItem *item : items) {
            opacities.insert(item, item->opacity());
            item->setOpacity(0);
        }
    };
    QImage picture;
    if (!most) {
        // What the window shows, once what is due to be painted is (the
        // scene's changes become the view's, and the view's are painted),
        // painted again where the items are: a full paint took 180 ms at
        // 100k nodes.
        if (scene())
            QCoreApplication::sendPostedEvents(scene(), QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(window(), QEvent::UpdateRequest);
        picture = shownFrame();
        if (!picture.isNull() && !patches.isEmpty()) {
            leaveOut();
            QPainter painter(&picture);
            for (const QRect &patch : patches)
                viewport()->render(&painter, patch.topLeft(), QRegion(patch), QWidget::DrawWindowBackground);
        }
    }
    if (picture.isNull() || most) {
        leaveOut();
        picture = viewport()->grab().toImage();
    }
    for (auto it = opacities.cbegin(); it != opacities.cend(); ++it)
        it.key()->setOpacity(it.value());
    return picture;
}

void GraphView::paintDragged(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    QStyleOptionGraphicsItem option;
    const QTransform view = viewportTransform();
    if (m_draggedEdges.size() > manyDraggedEdges) {
        paintManyDraggedEdges(painter);
    } else {
        const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
        for (QGraphicsItem *item : std::as_const(m_draggedEdges)) {
            const auto *edge = static_cast<EdgeItem *>(item);
            painter.setTransform(item->sceneTransform() * view);
            // Where it runs now: its bounds in the scene are held where
            // the drag began (EdgeItem::holdGeometry), and clipped to them
            // a line led away from there was cut short.
            option.exposedRect = edge->currentBounds() & seen;
            edge->paintAlone(&painter, &option);
        }
    }
    for (QGraphicsItem *item : std::as_const(m_draggedNodes)) {
        painter.setTransform(item->sceneTransform() * view);
        option.exposedRect = item->boundingRect();
        option.state = item->isSelected() ? QStyle::State_Selected : QStyle::State_None;
        item->paint(&painter, &option, viewport());
    }
    // Their labels, above them as the label layer draws labels.
    painter.setTransform(view);
    for (QGraphicsItem *item : std::as_const(m_draggedNodes)) {
        const auto *node = static_cast<const NodeItem *>(item);
        if (node->labelShown(zoom()))
            node->paintLabel(&painter);
    }
}

void GraphView::paintManyDraggedEdges(QPainter &painter)
{
    const qreal ratio = viewport()->devicePixelRatioF();
    const QTransform toPixels = viewportTransform() * QTransform::fromScale(ratio, ratio);
    const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
    // By colour, in a fixed order: the same picture every time.
    std::map<QRgb, QList<QLineF>> byColour;
    QRectF covered; // in scene units
    for (const QGraphicsItem *item : std::as_const(m_draggedEdges)) {
        const auto *edge = static_cast<const EdgeItem *>(item);
        QLineF line = edge->line();
        if (!clipLine(line, seen))
            continue;
        byColour[edge->colour().rgb()].append(line);
        covered |= QRectF(line.p1(), line.p2()).normalized();
    }
    if (covered.isNull())
        return;
    m_dragLines.begin(toPixels.mapRect(covered).toAlignedRect().adjusted(-2, -2, 2, 2)
                      & QRect(QPoint(), viewport()->size() * ratio));
    // The ink of a highlighted edge's line (2 units wide), up to a pixel.
    const qreal ink = std::min<qreal>(1, 2 * zoom() * ratio);
    for (const auto &[rgb, lines] : byColour) {
        QColor colour = QColor::fromRgb(rgb);
        colour.setAlphaF(float(ink));
        m_dragLines.drawSmooth(lines.constData(), lines.size(), toPixels, colour);
    }
    painter.setTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
    painter.drawImage(m_dragLines.origin(), m_dragLines.image());
    painter.resetTransform();
}

void GraphView::settle()
{
    m_settleTimer.stop();
    const bool wasGesture = m_gesture != Gesture::None;
    if (m_gesture == Gesture::Zoom)
        setInteractive(true);
    m_gesture = Gesture::None;
    m_snapshot = QImage();
    for (QGraphicsItem *item : std::as_const(m_draggedEdges))
        static_cast<EdgeItem *>(item)->holdGeometry(false);
    m_draggedNodes.clear();
    m_draggedEdges.clear();
    updateLabelScale();
    if (wasGesture)
        viewport()->update();
}

QImage GraphView::shownFrame() const
{
    QWidget *port = viewport();
    if (!port->isVisible() || port->size().isEmpty())
        return {};
    // The window's backing store holds what was last painted: copying the
    // viewport's part of it costs a few milliseconds, painting it again
    // (grab()) as long as a full frame.
    QBackingStore *store = port->backingStore();
    QPaintDevice *device = store ? store->paintDevice() : nullptr;
    if (device && device->devType() == QInternal::Image) {
        const auto *image = static_cast<const QImage *>(device);
        const qreal ratio = image->devicePixelRatio();
        const QPoint origin = port->mapTo(port->window(), QPoint());
        const QRect area(QPointF(origin * ratio).toPoint(), QSizeF(port->size() * ratio).toSize());
        if (image->rect().contains(area)) {
            QImage copy = image->copy(area);
            copy.setDevicePixelRatio(ratio);
            return copy;
        }
    }
    return port->grab().toImage();
}

namespace {
qint64 areaOf(const QRect &r)
{
    return qint64(r.width()) * r.height();
}
} // namespace

// Groups the region's rectangles so that each group's bounding rectangle
// is at most twice the area it covers: one group for a compact region.
QList<QRegion> GraphView::separatePieces(const QRegion &region)
{
    struct Piece
    {
        QRegion region;
        QRect bounds;
        qint64 area = 0;
    };
    QList<Piece> pieces;
    for (const QRect &r : region) {
        bool merged = false;
        for (Piece &piece : pieces) {
            const QRect bounds = piece.bounds | r;
            if (areaOf(bounds) <= 2 * (piece.area + areaOf(r))) {
                piece.region += r;
                piece.bounds = bounds;
                piece.area += areaOf(r);
                merged = true;
                break;
            }
        }
        if (!merged)
            pieces.append({QRegion(r), r, areaOf(r)});
    }
    QList<QRegion> result;
    for (const Piece &piece : std::as_const(pieces))
        result.append(piece.region);
    return result;
}

void GraphView::paintEvent(QPaintEvent *event)
{
    if (m_gesture == Gesture::None) {
        // QGraphicsView draws every item in the exposed region's bounding
        // rectangle. After a pan under the overview map the region is the
        // new strip on one side and a sliver beside the map on the other,
        // whose bounding rectangle is nearly the whole canvas: pieces far
        // apart are painted apart.
        const QList<QRegion> pieces = separatePieces(event->region());
        if (pieces.size() == 1) {
            QGraphicsView::paintEvent(event);
        } else {
            for (const QRegion &piece : pieces) {
                QPaintEvent part(piece);
                QGraphicsView::paintEvent(&part);
            }
        }
        // Whether the edge layer left edges out: said after this paint.
        QMetaObject::invokeMethod(this, &GraphView::updateThinningNote, Qt::QueuedConnection);
        return;
    }
    // Mid-gesture: the frame from the gesture's start, moved and scaled to
    // where its scene now is.
    QPainter painter(viewport());
    painter.fillRect(event->rect(), backgroundBrush());
    const QTransform moved = m_snapshotView.inverted() * viewportTransform();
    painter.setTransform(moved);
    painter.drawImage(QPointF(0, 0), m_snapshot);
    painter.resetTransform();
    if (m_gesture == Gesture::Drag) {
        paintDragged(painter); // its picture was painted without the overlays
        return;
    }
    // The window's copy of the frame holds the overlays on the canvas (the
    // legend, the overview map) too: their scaled ghosts are blanked until
    // the picture settles.
    for (const QObject *child : viewport()->children()) {
        const auto *overlay = qobject_cast<const QWidget *>(child);
        if (overlay && overlay->isVisible())
            painter.fillRect(moved.mapRect(QRectF(overlay->geometry())), backgroundBrush());
    }
}

void GraphView::updateLabelScale()
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    if (!graphScene)
        return;
    const qreal labelScale = NodeItem::labelScaleAt(zoom());
    // Labels are placed about what the view shows and half as much again
    // on every side, so that a small pan needs no new placement.
    const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
    if (!qFuzzyCompare(labelScale, graphScene->labelScale()) || !graphScene->labelsPlacedOver(seen))
        graphScene->setLabelScale(labelScale, seen.adjusted(-seen.width() / 2, -seen.height() / 2, seen.width() / 2,
                                                            seen.height() / 2));
}


void GraphView::showPreview(const QImage &picture)
{
    if (!m_preview) {
        m_preview = new QLabel(viewport());
        m_preview->setObjectName(QStringLiteral("openingPreview"));
        m_preview->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_preview->setPixmap(QPixmap::fromImage(picture));
    m_preview->setGeometry(viewport()->rect());
    m_preview->raise();
    m_preview->show();
    m_preview->repaint(); // now: the GUI thread is about to be busy for a while
}

void GraphView::hidePreview()
{
    if (m_preview)
        m_preview->hide();
}

bool GraphView::isShowingPreview() const
{
    return m_preview && m_preview->isVisible();
}

QImage GraphView::previewPicture() const
{
    return isShowingPreview() ? m_preview->pixmap().toImage() : QImage();
}

void GraphView::fitAll()
{
    if (m_gesture != Gesture::None)
        settle();
    if (!scene())
        return;
    // Whether there is anything to fit, without items(): it sorts every item
    // of the scene (a second a call at 100k nodes and 500k edges).
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    if (graphScene ? graphScene->visibleNodeCount() == 0 : scene()->itemsBoundingRect().isEmpty())
        return;
    // Labels grow as the view zooms out, so what fits changes with the zoom:
    // fit again until the labels fit too (the label scale is bounded).
    const QRectF viewRect(viewport()->rect());
    // Beside the corner overlay or below it: the larger of the two.
    const QRectF beside = viewRect.adjusted(m_overlay.width(), 0, 0, 0);
    const QRectF below = viewRect.adjusted(0, m_overlay.height(), 0, 0);
    const QRectF area = beside.width() * beside.height() >= below.width() * below.height() ? beside : below;
    if (area.width() < 20 || area.height() < 20)
        return;
    // One walk over the items per pass: the bounds after a pass are the
    // next pass's input.
    const auto content = [&] { return graphScene ? graphScene->contentBounds() : scene()->itemsBoundingRect(); };
    QRectF items = content();
    // A margin on screen as well as in the scene: zoomed far out, 20 units
    // are under a pixel, and the nodes on the edge were cut in half.
    constexpr qreal marginPixels = 12;
    const auto scaleFor = [&](const QRectF &rect) {
        const QRectF bounds = rect.adjusted(-20, -20, 20, 20);
        const qreal wide = area.width() - 2 * marginPixels, high = area.height() - 2 * marginPixels;
        // Never blow a small graph up past natural size; a graph laid out
        // wider than minZoom can show still fits.
        return qBound(1e-9, std::min({wide / bounds.width(), high / bounds.height(), 1.0}), maxZoom);
    };
    // Until the zoom settles: labels hidden at one zoom take no room, so the
    // bounds shrink and the graph may grow into the space they left.
    for (int pass = 0; pass < 5; ++pass) {
        const qreal scale = scaleFor(items);
        setTransform(QTransform::fromScale(scale, scale));
        // The graph's centre goes to the centre of the area the overlays leave.
        centerOn(items.center() - (area.center() - viewRect.center()) / scale);
        updateLabelScale();
        items = content();
        const bool fits = mapToScene(area.toAlignedRect()).boundingRect().contains(items);
        if (fits && scaleFor(items) < scale * 1.05)
            break;
    }
    m_fitted = true;
    m_fitZoom = zoom();
    m_minimap->viewChanged();
}

qreal GraphView::zoomFloor() const
{
    return std::min(minZoom, m_fitZoom / 2);
}

QString GraphView::viewState() const
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    const QJsonObject state{{QStringLiteral("zoom"), zoom()},
                            {QStringLiteral("centre"), QJsonArray{centre.x(), centre.y()}},
                            {QStringLiteral("fitted"), m_fitted}};
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

bool GraphView::restoreViewState(const QString &json)
{
    const QJsonObject state = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray centre = state.value(QStringLiteral("centre")).toArray();
    const double wanted = state.value(QStringLiteral("zoom")).toDouble();
    if (centre.size() != 2 || !(wanted > 0))
        return false;
    if (state.value(QStringLiteral("fitted")).toBool()) {
        fitAll();
        return true;
    }
    settle();
    const qreal z = qBound(zoomFloor(), wanted, maxZoom);
    setTransform(QTransform::fromScale(z, z));
    centerOn(QPointF(centre.at(0).toDouble(), centre.at(1).toDouble()));
    m_fitted = false;
    updateLabelScale();
    m_minimap->viewChanged();
    return true;
}

void GraphView::setOverlayCorner(const QSize &size)
{
    if (size == m_overlay)
        return;
    m_overlay = size;
    if (m_fitted)
        fitAll();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
    m_minimap->viewChanged();
    m_labelsLater.request();
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        m_fitted = false; // panned or dragged: the user's view now
    if (m_handPan && (event->buttons() & m_handPan->button)) {
        const QPointF moved = event->position() - m_handPan->at;
        if (!m_handPan->panning && moved.manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_handPan->panning) {
            m_handPan->panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        // As the hand drag of the background scrolls.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::round(moved.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::round(moved.y())));
        m_handPan->at = event->position();
        return;
    }
    if (m_nodePressed && (event->buttons() & Qt::LeftButton) && m_gesture != Gesture::Drag) {
        settle(); // a zoom still settling ends here
        beginDrag();
    }
    if (m_gesture != Gesture::Drag) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    // The dragged edges hold their bounds in the scene (EdgeItem::holdGeometry),
    // so the scene does not ask for them to be repainted: where they were
    // and where they are now are.
    const QRect before = draggedEdgesArea();
    QGraphicsView::mouseMoveEvent(event);
    viewport()->update(before.united(draggedEdgesArea()));
}

QRect GraphView::draggedEdgesArea() const
{
    QRectF area;
    for (const QGraphicsItem *item : m_draggedEdges)
        area |= static_cast<const EdgeItem *>(item)->currentBounds();
    return area.isNull() ? QRect() : mapFromScene(area).boundingRect().adjusted(-2, -2, 2, 2);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Zoom)
        settle(); // the click is for the settled picture, and needs the scene
    if (event->button() == Qt::MiddleButton) {
        m_handPan = HandPan{Qt::MiddleButton, std::nullopt, event->position(), event->modifiers(), false};
        event->accept();
        return;
    }
    QGraphicsItem *under = itemUnder(event->position().toPoint());
    if (!under && event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        // A batched edge is not in the scene's index: it is found here, and
        // selected as a click on an item selects it.
        // A press that moves is a pan (in a dense graph every point of the
        // background is on some edge); one released where it was pressed
        // is a click on the edge.
        if (EdgeItem *edge = batchedEdgeAt(event->position().toPoint())) {
            m_handPan = HandPan{Qt::LeftButton, edge->edgeId(), event->position(), event->modifiers(), false};
            event->accept();
            return;
        }
    }
    // Shift on the background: a rubber band instead of a pan, for this drag.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && !under)
        setDragMode(QGraphicsView::RubberBandDrag);
    QGraphicsView::mousePressEvent(event);
    // A pan: the scene need not hear of each move (it would look up what is
    // under the pointer twice a move to hover it), until the release.
    m_panning = event->button() == Qt::LeftButton && !under && dragMode() == QGraphicsView::ScrollHandDrag;
    if (m_panning)
        setInteractive(false);
    m_nodePressed = event->button() == Qt::LeftButton && under && under->type() == NodeItem::Type
                    && (under->flags() & QGraphicsItem::ItemIsMovable) && under->isSelected();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_handPan && event->button() == m_handPan->button) {
        const HandPan press = *std::exchange(m_handPan, std::nullopt);
        auto *graphScene = qobject_cast<GraphScene *>(scene());
        if (press.panning) {
            viewport()->setCursor(Qt::OpenHandCursor); // as the hand drag leaves it
        } else if (EdgeItem *edge = graphScene && press.edge ? graphScene->edgeItem(*press.edge) : nullptr) {
            if (press.modifiers & Qt::ControlModifier) {
                edge->setSelected(!edge->isSelected());
            } else {
                scene()->clearSelection();
                edge->setSelected(true);
            }
        }
        event->accept();
        return;
    }
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        setInteractive(true);
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (dragMode() == QGraphicsView::RubberBandDrag)
        setDragMode(QGraphicsView::ScrollHandDrag);
    m_nodePressed = false;
    if (m_gesture == Gesture::Drag)
        settle();
}

EdgeItem *GraphView::batchedEdgeAt(QPoint at) const
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    return graphScene ? graphScene->edgeAt(mapToScene(at)) : nullptr;
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Edges carry no tooltip of their own (see EdgeItem::toolTipText):
        // an edge item under the pointer, or a batched edge there, says it.
        const auto *help = static_cast<QHelpEvent *>(event);
        QGraphicsItem *under = itemUnder(help->pos());
        const EdgeItem *edge = under ? qgraphicsitem_cast<EdgeItem *>(under) : batchedEdgeAt(help->pos());
        if (edge) {
            QToolTip::showText(help->globalPos(), edge->toolTipText(), viewport());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // A touchpad says when the fingers leave it: the full picture then,
    // without waiting settleDelay for more steps (a mouse wheel never says).
    if (event->phase() == Qt::ScrollEnd && m_gesture == Gesture::Zoom) {
        settle();
        event->accept();
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    beginGesture(Gesture::Zoom);
    zoomBy(std::pow(1.15, steps), event->position());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else if (event->key() == Qt::Key_0 || event->key() == Qt::Key_Home)
        fitAll();
    else
        QGraphicsView::keyPressEvent(event);
}

} // namespace threadline
