#pragma once

#include <QGraphicsView>
#include <QSize>

namespace threadline {

// The canvas: wheel zooms about the cursor, dragging the background pans,
// Shift+dragging it draws a rubber band that selects what it covers,
// dragging a node moves it, Ctrl+click adds to or takes from the selection.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    // Fits the whole graph, labels included, in the window; it stays fitted
    // as the window resizes until the user zooms or pans.
    void fitAll();
    bool isFitted() const { return m_fitted; }
    // An overlay (the legend) in the viewport's top-left corner: the fit
    // keeps the graph beside it or below it, whichever leaves more room.
    void setOverlayCorner(const QSize &size);
    void zoomBy(qreal factor);
    qreal zoom() const;
    // Call after changing the scene: sizes labels for the current zoom.
    void updateLabelScale();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_fitted = false;
    QSize m_overlay; // the corner overlay's size, with its gap
};

} // namespace threadline
