#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QColor>
#include <QHash>
#include <QList>

#include <optional>

#include "hairlines.h"
#include "ids.h"
#include "types.h"

namespace threadline {

class EdgeIndex;
class NodeIndex;
class EdgeItem;

// One node on the canvas. Reads nothing from the model after construction
// but what it is given; the scene rebuilds items when the model changes.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(NodeId id, NodeKind kind, const QString &label, int degree);

    NodeId nodeId() const { return m_id; }
    NodeKind kind() const { return m_kind; }
    QString label() const { return m_label; }
    qreal radius() const { return m_radius; }
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void reserveEdges(qsizetype count) { m_edges.reserve(count); }
    void removeEdge(EdgeItem *edge) { m_edges.removeOne(edge); }
    // A pinned node stays where the user put it; it wears a pin.
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    // A node's data changed (or its degree, which sets its size).
    void setAppearance(NodeKind kind, const QString &label, int degree);
    // Size by a measure instead of degree: `share` in [0, 1] of the largest
    // (degree, betweenness, mentions); a negative share goes back to degree.
    void setSizeShare(qreal share);
    const QList<EdgeItem *> &edges() const { return m_edges; }
    // The scene decides which labels fit without overlapping (labelAllowed)
    // and how large they are drawn, so they stay readable when zoomed out.
    void setLabelAllowed(bool on);
    bool labelAllowed() const { return m_labelAllowed; }
    void setLabelScale(qreal scale);
    // Labels grow up to this much as the view zooms out (GraphView).
    static constexpr qreal maxLabelScale = 2.5;
    QRectF labelSceneRect() const { return labelRect().translated(pos()); }
    // Labels are drawn by the scene's LabelLayer, above every node, so no
    // node covers a label; `lod` is the view's scale.
    bool labelShown(qreal lod) const;
    void paintLabel(QPainter *painter) const; // the painter in scene coordinates
    bool isHovered() const { return m_hovered; }
    // In scene coordinates: the node, and its label when it is drawn.
    QRectF shownBounds() const;
    bool isMajor() const;
    // Faded while the pointer is on a node it is not next to (the scene
    // says; opacity set on each of 60k items asked for 60k updates).
    bool isDimmed() const;
    // Replaces the kind's fill (a foreign node's colour from its file).
    void setFill(const QColor &fill);
    QColor fill() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // A pixel-sized query (the pointer) is a point-in-shape test; the scene
    // asks it of every node whose bounds hold the pointer, at each move.
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintNode(QPainter *painter, const QStyleOptionGraphicsItem *option) const;
    QString displayLabel() const;
    QRectF labelRect(qreal scale) const;
    QRectF labelRect() const { return labelRect(m_labelScale); }
    qreal wantedRadius() const;
    // Measured once per label and shape, not per boundingRect() call: the
    // scene asks for bounds far more often than anything changes.
    void measure();

    NodeId m_id;
    NodeKind m_kind;
    QString m_label;
    qreal m_radius;
    int m_degree = 0;
    qreal m_share = -1;
    QString m_display;       // the label as drawn: lines shortened
    QSizeF m_labelSize;      // the label's text at scale 1, with its padding
    QPainterPath m_outline;  // the kind's shape at this radius
    QPainterPath m_shape;    // and a little larger: what takes the mouse
    bool m_hovered = false;
    bool m_labelAllowed = true;
    bool m_pinned = false;
    qreal m_labelScale = 1.0;
    std::optional<QColor> m_fill;
    QList<EdgeItem *> m_edges;
};

// A relationship drawn as a line, with an arrowhead when it is directed.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(EdgeId id, const QString &relation, NodeItem *source, NodeItem *target, bool directed = true);
    // Batched from the start (setBatched), without passing through the
    // scene's index: a large graph makes 500k of them.
    EdgeItem(EdgeId id, const QString &relation, NodeItem *source, NodeItem *target, bool directed,
             EdgeIndex *index, QGraphicsItem *holder);

    EdgeId edgeId() const { return m_id; }
    NodeItem *sourceItem() const { return m_source; }
    NodeItem *targetItem() const { return m_target; }
    void adjust(); // call when an endpoint moved
    // While held, the scene's index keeps the bounds the edge had when the
    // hold began, and moving an end costs no re-indexing: a view dragging
    // a node draws its edges itself (re-indexing each long edge at every
    // move was a quarter of a drag frame at 100k nodes). Released, the
    // index learns the edge's bounds once.
    void holdGeometry(bool hold);
    // What it covers as it is now, held or not (boundingRect() says what
    // the scene's index knows).
    QRectF currentBounds() const { return boundsOf(m_line); }
    QLineF line() const { return m_line; }
    void setHighlighted(bool on);
    bool isDirected() const { return m_directed; }
    const QString &relation() const { return m_relation; }
    // What its tooltip says. Not set as the item's tooltip: a string made
    // and kept for each of 500k edges slowed opening; the view asks.
    QString toolTipText() const;
    // Its relation's colour, worked out once (the layer asks it of every
    // edge in view at every paint).
    QColor colour() const { return m_colour; }
    // Batched: the scene's EdgeLayer draws this edge with all the others;
    // the item itself draws only when selected or highlighted, and still
    // takes clicks, hovers and tooltips.
    // Batched edges are also left out of the scene's index while they are
    // not emphasised: `index` finds them. They wait as children of `holder`
    // (an EdgeHolder), which keeps them out of the scene's own index.
    void setBatched(EdgeIndex *index, QGraphicsItem *holder);
    bool isBatched() const { return m_index != nullptr; }
    bool isEmphasised() const { return isSelected() || m_highlighted; }
    // Drawn by itself rather than by the layer: not batched, or emphasised
    // (kept by updatePainting, so the layer need not ask the item's
    // selection of each of 500k edges at each paint).
    bool isShownAlone() const { return m_shownAlone; }
    // isVisible(), kept here: the layer asks it of every edge in view, and
    // Qt's answer is behind another pointer (a tenth of a fitted 100k
    // frame went to those cache misses, perf).
    bool isShown() const { return m_shown; }
    // Faded while the pointer is on a node it does not touch (see NodeItem).
    bool isDimmed() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Within 4 units of the line: what shape() holds, without building it
    // (the scene asks every edge whose bounds hold the pointer).
    bool contains(const QPointF &point) const override;
    bool passesWithin(QPointF point, qreal distance) const;
    // The pointer's pixel (or a rubber band's rectangle) against the line
    // itself rather than a stroked outline built for each question.
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Draws the edge whether or not it is batched (a view drawing a dragged
    // node's edges over a picture without them).
    void paintAlone(QPainter *painter, const QStyleOptionGraphicsItem *option) const;
    // The arrowhead at the target end of `line` drawn `width` wide.
    static QPolygonF arrowhead(const QLineF &line, qreal width);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintArrowhead(QPainter *painter, const QColor &color, qreal width) const;
    // A batched edge that is not emphasised has no contents of its own and
    // no bounds: the view skips it while painting (painting calls on 17k
    // such items, each returning at once, cost 250 ms a frame at 10k
    // nodes), and the scene's index does not hold it.
    void updatePainting();
    QRectF boundsOf(const QLineF &line) const;

    EdgeId m_id;
    QString m_relation;
    QColor m_colour;
    NodeItem *m_source;
    NodeItem *m_target;
    QLineF m_line;
    bool m_highlighted = false;
    bool m_directed = true;
    EdgeIndex *m_index = nullptr;     // set while batched
    QGraphicsItem *m_holder = nullptr; // and the parent it waits under while not emphasised
    bool m_shownAlone = true;         // the geometry's state: drawn by itself, in the scene's index
    bool m_shown = true;              // isVisible()
    std::optional<QLineF> m_heldLine; // the line the scene's index knows, while held
    bool m_movedAlone = false;        // moved while drawn by itself (the EdgeIndex's copy is old)
};

// A layer over the whole scene that draws many elements in one item: it
// paints only the exposed area, and never takes the mouse.
class CanvasLayer : public QGraphicsItem
{
public:
    explicit CanvasLayer(qreal z)
    {
        setZValue(z);
        setFlag(ItemUsesExtendedStyleOption); // exposedRect: draw what is exposed only
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    void setBounds(const QRectF &bounds)
    {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; } // never under the mouse

protected:
    QRectF m_bounds;
};

// The parent of the batched edges while they are not emphasised. The
// scene's index leaves out the children of an item that clips them, so the
// 175k edges of a large graph are not in it; an item without bounds kept
// them all in the one cell at the scene's origin, and every paint or
// look-up near the origin waded through them (settle 370 ms at 100k nodes,
// bench_canvas). It has no bounds, so its children are never drawn or hit:
// the EdgeLayer draws them, the EdgeIndex finds them.
class EdgeHolder : public QGraphicsItem
{
public:
    EdgeHolder()
    {
        setFlag(ItemClipsChildrenToShape);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return {}; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// Every batched edge of a large graph in one item: per frame, the edges
// whose bounds meet the exposed area, grouped by colour and drawn together
// (antialiased only when few are in view, arrowheads only when zoomed in
// enough to see them). One item per edge painting itself cost 387 ms a
// frame at 10k nodes (bench_canvas, pan).
//
// Thinned when too many: on screen, the edges in view may hold far more
// ink than the view has pixels (a 100k-node Barabási–Albert graph zoomed
// in 8× has 254k edges and 141M pixels of line in 1.6M pixels: 400 ms a
// frame, a solid grey). The longest are then left out until the rest holds
// at most inkPerPixel pixels of line per pixel of the view; the view says
// so (thinning()). The cut is made for the whole view and kept while the
// zoom stays, so a pan's strips match the picture beside them. Pictures
// for files are never thinned.
class EdgeLayer : public CanvasLayer
{
public:
    explicit EdgeLayer(EdgeIndex *index) : CanvasLayer(-1), m_index(index) {}
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal inkPerPixel = 10;
    // Fewer lines than this in view are drawn as an EdgeItem draws itself
    // (antialiased, arrowheads when zoomed in enough).
    static constexpr qsizetype fineLines = 1500;
    struct Thinning
    {
        qsizetype drawn = 0; // edges in view drawn
        qsizetype inView = 0; // and in view
    };
    // Of the last paint of the whole view.
    Thinning thinning() const { return m_thinning; }

private:
    static void paintArrowheads(QPainter *painter, const QColor &colour, const QList<const EdgeItem *> &directed,
                                const QRectF &exposed);
    // Edges longer than this (device pixels along their longer axis) are
    // left out; `lengths` are those of the edges in view and `steps` the
    // pixels each takes in view.
    static qreal cutFor(const QList<float> &lengths, const QList<float> &steps, qreal budget);

    EdgeIndex *m_index;
    qreal m_cut = -1;        // the current cut (negative: none)
    qreal m_cutScale = -1;   // the zoom it was made at
    Thinning m_thinning;
    Hairlines m_hairlines; // lines on a raster canvas are drawn through it
};

// Every shown node label, above every node (a node's own label drawn with
// it went under the next node drawn; the exported corpus had labels half
// covered). Hovered and selected labels are drawn last. The nodes near the
// exposed area come from the scene's NodeIndex.
class LabelLayer : public CanvasLayer
{
public:
    explicit LabelLayer(NodeIndex *index) : CanvasLayer(10), m_index(index) {}
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeIndex *m_index;
};

} // namespace threadline
