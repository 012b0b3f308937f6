#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QColor>
#include <QHash>
#include <QList>

#include <algorithm>
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
    // pos(), kept here: an edge asks its ends' positions, and Qt's answer is
    // behind another pointer (adjusting 500k edges after a streamed layout
    // frame waited on those cache misses).
    QPointF at() const { return m_at; }
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
    // The scene's round of label placement that last placed this label
    // (GraphScene::declutterLabels).
    quint32 labelRound() const { return m_labelRound; }
    void setLabelRound(quint32 round) { m_labelRound = round; }
    // Listed apart by the NodeIndex (moved since its grid was built).
    bool isListedApart() const { return m_listedApart; }
    void setListedApart(bool apart) { m_listedApart = apart; }
    void setLabelScale(qreal scale);
    // The same without asking for a repaint (the scene repaints once when
    // every label changes); says whether the scale changed.
    bool takeLabelScale(qreal scale);
    // Labels grow up to this much as the view zooms out (GraphView).
    static constexpr qreal maxLabelScale = 2.5;
    // How much larger labels are drawn at `scale` (the view's zoom, or a
    // picture's size against the layout's): readable down to 40 %, then
    // shrinking with the graph. The canvas and exported pictures agree.
    static qreal labelScaleAt(qreal scale) { return std::clamp(1.0 / scale, 1.0, maxLabelScale); }
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
    // In scene coordinates: the node without its label.
    QRectF nodeSceneRect() const;

    // Batched: the scene's NodeLayer draws this node with all the others,
    // and it waits as a child of `holder` (an ItemHolder), out of the
    // scene's index, so that Qt neither walks nor sorts it at each paint.
    // It comes out (drawn by itself, in the index, taking the mouse as any
    // item) while it is selected, hovered or awake: the scene wakes the
    // node under the pointer before Qt looks for it (GraphScene::wakeNodeAt).
    void setBatched(QGraphicsItem *holder);
    bool isBatched() const { return m_holder != nullptr; }
    bool isShownAlone() const { return m_shownAlone; }
    void setAwake(bool awake);
    // Out of the layer until the scene asks it to rest (a rubber band's
    // nodes, before Qt asks which of them it covers).
    void wake() { setShownAlone(true); }
    // Back in the layer if nothing keeps it out. The scene asks later, not
    // while Qt is delivering an event to it.
    void rest();

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
    bool wantsToBeAlone() const;
    void setShownAlone(bool alone);
    // Comes out of the layer when it must; asks the scene to put it back
    // later when it may.
    void updatePainting();
    // Repaints it where it is drawn (an update() of a batched node would
    // be clipped away by its holder).
    void refresh();
    QString displayLabel() const;
    QRectF labelRect(qreal scale) const;
    QRectF labelRect() const { return labelRect(m_labelScale); }
    qreal wantedRadius() const;
    // Measured once per label and shape, not per boundingRect() call: the
    // scene asks for bounds far more often than anything changes.
    void measure();

    NodeId m_id;
    QPointF m_at;
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
    quint32 m_labelRound = 0;
    bool m_listedApart = false;
    bool m_pinned = false;
    qreal m_labelScale = 1.0;
    std::optional<QColor> m_fill;
    QList<EdgeItem *> m_edges;
    QGraphicsItem *m_holder = nullptr; // set while batched
    bool m_shownAlone = true;         // drawn by itself, in the scene's index
    bool m_awake = false;             // under the pointer (see setBatched)
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
    // Where an emphasised edge writes its relation, about the middle of
    // `line`.
    static QRectF relationLabelRect(const QLineF &line) { return QRectF(line.center() - QPointF(80, 14), QSizeF(160, 28)); }
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

} // namespace threadline
