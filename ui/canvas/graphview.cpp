#include "graphview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include "graphscene.h"

#include <algorithm>
#include <cmath>

namespace threadline {

namespace {
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 8.0;
} // namespace

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Items restore what they change; the view need not save and restore
    // the painter around each one (measured in bench_canvas).
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(QColor(0xfbfbf8));
    // Panning is a drag or the arrow keys, as in other graph tools: no
    // scrollbars eating into the canvas or showing when the graph is fitted.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(qreal factor)
{
    const qreal target = qBound(minZoom, zoom() * factor, maxZoom);
    scale(target / zoom(), target / zoom());
    updateLabelScale();
    m_fitted = false; // fitAll sets it again after its own zooming
}

void GraphView::updateLabelScale()
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    if (!graphScene)
        return;
    // Readable down to 40 % zoom; below that labels shrink with the graph.
    const qreal labelScale = qBound(1.0, 1.0 / zoom(), 2.5);
    if (!qFuzzyCompare(labelScale, graphScene->labelScale()))
        graphScene->setLabelScale(labelScale);
}


void GraphView::fitAll()
{
    if (!scene() || scene()->items().isEmpty())
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
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    const auto content = [&] { return graphScene ? graphScene->contentBounds() : scene()->itemsBoundingRect(); };
    QRectF items = content();
    const auto scaleFor = [&](const QRectF &rect) {
        const QRectF bounds = rect.adjusted(-20, -20, 20, 20);
        // Never blow a small graph up past natural size.
        return qBound(minZoom, std::min({area.width() / bounds.width(), area.height() / bounds.height(), 1.0}),
                      maxZoom);
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
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        m_fitted = false; // panned or dragged: the user's view now
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    // Shift on the background: a rubber band instead of a pan, for this drag.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)
        && !itemAt(event->position().toPoint()))
        setDragMode(QGraphicsView::RubberBandDrag);
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (dragMode() == QGraphicsView::RubberBandDrag)
        setDragMode(QGraphicsView::ScrollHandDrag);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
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
