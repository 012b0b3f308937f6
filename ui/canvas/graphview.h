#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QRegion>
#include <QSize>
#include <QTimer>

#include <optional>

#include "hairlines.h"
#include "ids.h"
#include "oncelater.h"

class QLabel;

namespace threadline {

class EdgeItem;
class Minimap;

// The canvas: wheel zooms about the cursor, dragging the background (or
// anything with the middle button) pans,
// Shift+dragging it draws a rubber band that selects what it covers,
// dragging a node moves it, Ctrl+click adds to or takes from the selection.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    // The picture the window shows, with `items` left out (what a drag
    // moves over): what is shown, brought up to date, and painted again
    // only where they are.
    QImage pictureWithout(const QList<QGraphicsItem *> &items);
    explicit GraphView(QWidget *parent = nullptr);

    // Fits the whole graph, labels included, in the window; it stays fitted
    // as the window resizes until the user zooms or pans.
    void fitAll();
    bool isFitted() const { return m_fitted; }
    // An overlay (the legend) in the viewport's top-left corner: the fit
    // keeps the graph beside it or below it, whichever leaves more room.
    void setOverlayCorner(const QSize &size);
    // Zooms about `anchor` (viewport coordinates; the centre when null),
    // which keeps the scene point under it there.
    void zoomBy(qreal factor, std::optional<QPointF> anchor = std::nullopt);
    qreal zoom() const;
    // How far out zooming may go: minZoom, or half the last fit's zoom when
    // the graph is laid out wider than minZoom shows.
    qreal zoomFloor() const;
    // Call after changing the scene: sizes labels for the current zoom.
    void updateLabelScale();
    // The full-quality picture after a gesture ends. During a wheel zoom
    // the view shows the last full frame scaled (a blit, however large the
    // graph), and settles to the real picture when the wheel has been still
    // for settleDelay ms, or at once when this is called.
    void settle();
    bool isSettled() const { return m_gesture == Gesture::None; }
    static constexpr int settleDelay = 70;
    // What the view shows, for the project to keep: JSON with the zoom, the
    // scene point at the centre and whether it was fitted. restoreViewState
    // goes back to it (false when the text is not such a state).
    QString viewState() const;
    bool restoreViewState(const QString &json);
    // A picture over the whole viewport, painted at once, until
    // hidePreview(): what the window shows of a large graph while its canvas
    // is built (drawOpeningPreview), since the view cannot paint meanwhile.
    void showPreview(const QImage &picture);
    void hidePreview();
    bool isShowingPreview() const;
    QImage previewPicture() const;
    // The overview map in the bottom-right corner (shown when zoomed in).
    Minimap *minimap() const { return m_minimap; }
    // The note at the bottom left saying the longest edges are left out at
    // this zoom (hidden when every edge in view is drawn).
    const QLabel *thinningNote() const { return m_thinningNote; }
    // The item under a viewport point, as itemAt() answers, but a node of a
    // large graph's layer there included (the scene wakes it first).
    QGraphicsItem *itemUnder(QPoint pos);
    // A dragged node with more edges than this has them drawn as hairlines
    // until the drop (see paintManyDraggedEdges).
    static constexpr qsizetype manyDraggedEdges = 300;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    EdgeItem *batchedEdgeAt(QPoint at) const;
    enum class Gesture { None, Zoom, Drag };
    void beginGesture(Gesture gesture);
    // A node drag: the picture without the dragged nodes and their edges,
    // painted once; each frame blits it and draws those over it.
    void beginDrag();
    void paintDragged(QPainter &painter);
    // The areas of the viewport where `items` are drawn, in boxes small
    // enough that a long line's is not most of the view.
    QList<QRect> patchesOver(const QList<QGraphicsItem *> &items) const;
    // A node of many edges (a hub of 1,500): its edges as antialiased
    // hairlines of their colour, without arrowheads, until the drop.
    // QPainter's wide antialiased lines took 18 ms a frame for them.
    void paintManyDraggedEdges(QPainter &painter);
    Hairlines m_dragLines;
    // In viewport pixels, what the dragged edges cover now.
    QRect draggedEdgesArea() const;
    // What the viewport shows now, as last painted.
    QImage shownFrame() const;
    static QList<QRegion> separatePieces(const QRegion &region);

    Minimap *m_minimap = nullptr;
    QLabel *m_thinningNote = nullptr;
    void updateThinningNote();
    Gesture m_gesture = Gesture::None;
    QImage m_snapshot;         // the full frame when the gesture began
    QTransform m_snapshotView; // the viewport transform it was painted with
    QTimer m_settleTimer;
    // Scrolled or resized outside a gesture (a scroll bar, a node centred):
    // the labels follow once the view is still (see updateLabelScale).
    OnceLater m_labelsLater{this, [this] { updateLabelScale(); }};
    bool m_nodePressed = false;            // a left press on a movable node
    bool m_panning = false;                // a left press on the background
    QList<QGraphicsItem *> m_draggedNodes; // what moves during a drag
    QList<QGraphicsItem *> m_draggedEdges; // and the edges that move with it
    // A pan the view makes itself: the middle button anywhere (over nodes
    // too: zoomed into a dense graph, nodes may cover the whole view), or
    // the left button pressed on a batched edge, where a click selects the
    // edge and a drag pans.
    struct HandPan
    {
        Qt::MouseButton button;
        std::optional<EdgeId> edge;  // the batched edge pressed
        QPointF at;                  // where the pointer was last
        Qt::KeyboardModifiers modifiers;
        bool panning = false;        // moved far enough to be a pan
    };
    std::optional<HandPan> m_handPan;
    bool m_fitted = false;
    qreal m_fitZoom = 1; // the zoom of the last fit: zooming out may go to half of it
    QSize m_overlay; // the corner overlay's size, with its gap
    QLabel *m_preview = nullptr; // showPreview's picture, over the viewport
};

} // namespace threadline
