#pragma once

#include <QGraphicsView>

namespace threadline {

// The canvas: wheel zooms about the cursor, dragging the background pans,
// dragging a node moves it.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void fitAll();
    void zoomBy(qreal factor);
    qreal zoom() const;
    // Call after changing the scene: sizes labels for the current zoom.
    void updateLabelScale();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace threadline
