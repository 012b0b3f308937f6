#pragma once

#include <QImage>
#include <QPointer>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace threadline {

class GraphScene;
class GraphView;

// The overview map in the canvas's bottom-right corner: every node as a dot
// of its colour, and a frame for what the view shows. Clicking or dragging
// on it moves the view there. It shows itself when the graph does not fit
// in the view (zoomed in), and only then.
class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(GraphView *view);

    // Off: never shown (View → Overview Map).
    void setWanted(bool on);
    bool isWanted() const { return m_wanted; }
    // What the map covers, in scene coordinates, and where a scene point
    // is drawn on it.
    QRectF sceneArea() const { return m_area; }
    QPointF toMap(QPointF scenePoint) const;
    QPointF toScene(QPointF mapPoint) const;
    // The view's frame on the map.
    QRectF viewFrame() const;

    // The picture is stale (nodes moved, came or went): redrawn soon, at
    // most a few times a second however often this is called.
    void sceneChanged();
    // The view moved or zoomed: the frame follows, and the map shows or
    // hides.
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void redraw();
    void place();
    void centreViewAt(QPointF mapPoint);

    QPointer<GraphView> m_view;
    QPointer<GraphScene> m_scene; // the scene the picture is of
    QRectF m_nodes;               // where the node centres lie
    QImage m_picture;
    QRectF m_area;  // scene rectangle the picture shows
    qreal m_scale = 1; // map pixels per scene unit
    QPointF m_offset;  // map position of m_area's top left
    QTimer m_redrawLater;
    bool m_wanted = true;
};

} // namespace threadline
