#include "minimap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "kindstyle.h"

namespace threadline {

namespace {
constexpr QSize mapSize(220, 160);
constexpr int margin = 10;
} // namespace

// A child of the viewport, not of the view: a widget over the viewport
// would make every pan repaint the whole canvas (Qt scrolls pixels only
// when nothing overlaps), while the viewport's own children scroll with its
// pixels and GraphView puts them back, repainting only their rectangles.
Minimap::Minimap(GraphView *view) : QWidget(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setFixedSize(mapSize);
    setCursor(Qt::PointingHandCursor);
    // Opaque: redrawing the frame as the view moves repaints no canvas
    // behind it.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_redrawLater.setSingleShot(true);
    m_redrawLater.setInterval(250);
    connect(&m_redrawLater, &QTimer::timeout, this, &Minimap::redraw);
    hide();
}

void Minimap::setWanted(bool on)
{
    m_wanted = on;
    viewChanged();
}

void Minimap::sceneChanged()
{
    if (!m_redrawLater.isActive())
        m_redrawLater.start();
}

void Minimap::redraw()
{
    auto *scene = m_view ? qobject_cast<GraphScene *>(m_view->scene()) : nullptr;
    m_picture = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(devicePixelRatioF());
    m_picture.fill(Qt::transparent);
    if (!scene)
        return;
    const QHash<NodeId, QPointF> at = scene->positions();
    QRectF area;
    for (const QPointF &p : at)
        area |= QRectF(p, QSizeF(1, 1));
    m_nodes = area;
    m_area = area.adjusted(-area.width() * 0.04 - 20, -area.height() * 0.04 - 20, area.width() * 0.04 + 20,
                           area.height() * 0.04 + 20);
    m_scale = std::min((width() - 8) / m_area.width(), (height() - 8) / m_area.height());
    m_offset = QPointF((width() - m_area.width() * m_scale) / 2, (height() - m_area.height() * m_scale) / 2);
    // One dot a node, larger nodes first so small ones stay visible.
    QPainter painter(&m_picture);
    for (auto it = at.cbegin(); it != at.cend(); ++it) {
        const NodeItem *item = scene->nodeItem(it.key());
        if (!item || !item->isVisible())
            continue;
        const QPointF p = toMap(it.value());
        const qreal size = item->radius() >= 14 ? 3 : 2;
        painter.fillRect(QRectF(p.x() - size / 2, p.y() - size / 2, size, size), item->fill());
    }
    update();
    viewChanged(); // the graph may now fit, or not
}

QPointF Minimap::toMap(QPointF scenePoint) const
{
    return m_offset + (scenePoint - m_area.topLeft()) * m_scale;
}

QPointF Minimap::toScene(QPointF mapPoint) const
{
    return m_area.topLeft() + (mapPoint - m_offset) / m_scale;
}

QRectF Minimap::viewFrame() const
{
    if (!m_view)
        return {};
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(toMap(shown.topLeft()), toMap(shown.bottomRight()));
}

void Minimap::place()
{
    const QRect port = m_view->viewport()->rect();
    move(port.right() - width() - margin, port.bottom() - height() - margin);
}

void Minimap::viewChanged()
{
    if (!m_view)
        return;
    auto *scene = qobject_cast<GraphScene *>(m_view->scene());
    if (scene != m_scene) {
        if (m_scene)
            disconnect(m_scene, nullptr, this, nullptr);
        m_scene = scene;
        m_picture = QImage();
        if (scene)
            connect(scene, &GraphScene::contentChanged, this, &Minimap::sceneChanged);
    }
    // Shown when some node is out of view, and there is room for it.
    const QRect port = m_view->viewport()->rect();
    bool wanted = m_wanted && scene && scene->visibleNodeCount() > 1 && port.width() > 3 * width()
                  && port.height() > 2 * height();
    if (wanted && m_picture.isNull())
        redraw();
    if (wanted)
        wanted = !m_view->mapToScene(port).boundingRect().contains(m_nodes);
    if (wanted && !isVisible()) {
        place();
        raise();
        show();
    } else if (!wanted && isVisible()) {
        hide();
    } else if (wanted) {
        place(); // the view may have been resized
        update(); // the frame moved
    }
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), canvasBackground());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x8a8f98));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.drawImage(QPointF(0, 0), m_picture);
    // The view's frame, kept on the map even when the view is off it.
    const QRectF frame = viewFrame().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    painter.setPen(QPen(QColor(0xd0, 0x40, 0x30), 1.5));
    painter.setBrush(QColor(0xd0, 0x40, 0x30, 30));
    painter.drawRect(frame);
}

void Minimap::centreViewAt(QPointF mapPoint)
{
    if (m_view)
        m_view->centerOn(toScene(mapPoint));
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        centreViewAt(event->position());
        event->accept();
    }
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        centreViewAt(event->position());
        event->accept();
    }
}

} // namespace threadline
