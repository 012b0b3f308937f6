#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>

#include <vector>

#include "hairlines.h"

namespace threadline {

class EdgeIndex;
class EdgeItem;
class GraphScene;
class NodeIndex;

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

// The parent of the batched elements while nothing calls for them in
// person (see EdgeItem::setBatched, NodeItem::setBatched). The scene's
// index leaves out the children of an item that clips them, so the 175k
// edges of a large graph are not in it; an item without bounds kept them
// all in the one cell at the scene's origin, and every paint or look-up
// near the origin waded through them (settle 370 ms at 100k nodes,
// bench_canvas). It has no bounds, so its children are never drawn or hit:
// a layer draws them, an index finds them.
//
// Nor walked: Qt visits every child of an item whose bounds meet what is
// painted, even empty bounds; at the origin they met any view of it, and
// 600k children took 25 ms of CPU per settle at 100k nodes and 500k edges
// (bench_canvas). Its empty bounds are therefore set aside, at a point no
// view of the scene reaches (GraphScene::setHoldersAside).
//
// Nor one for all: a child leaving a holder is looked for along its list of
// children, and a child changed has Qt walk them all at its next pass. The
// elements are spread over many holders (GraphScene::holderOf), themselves
// under one holder set aside, so the scene's top level stays small.
class ItemHolder : public QGraphicsItem
{
public:
    ItemHolder()
    {
        setFlag(ItemClipsChildrenToShape);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QPointF aside() const { return m_aside; }
    void setAside(QPointF at)
    {
        if (at != m_aside) {
            prepareGeometryChange();
            m_aside = at;
        }
    }
    QRectF boundingRect() const override { return QRectF(m_aside, QSizeF(0, 0)); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QPointF m_aside;
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
    // How far a line's ink reaches beside it (scene units): its arrowhead,
    // 3.5 units to each side of the line (EdgeItem::arrowhead), and its pen.
    static constexpr qreal inkBeside = 4.5;
    // Many lines in view are drawn as one-pixel hairlines. Up to this many
    // pixels of line per pixel of the view they are opaque; above it each
    // is made as translucent as brings the view's ink back to it, so a
    // pixel many lines cross is darker than one a few cross: where a dense
    // graph's edges gather shows (the groups of a LinLog picture of 100k
    // nodes, which opaque lines drew as one solid colour). Pictures for
    // files are shaded the same way.
    static constexpr qreal opaqueInk = 1.5;
    // Fewer lines than this in view are drawn as an EdgeItem draws itself
    // (antialiased, arrowheads when zoomed in enough).
    static constexpr qsizetype fineLines = 1500;
    // Full-quality lines up to this wide (device pixels) are drawn by
    // Hairlines, wider ones by QPainter.
    static constexpr qreal maxOwnWidth = 12;
    // While a node is hovered the rest is dimmed: a line drawn finely has
    // this alpha (150 otherwise); a picture of hairlines is faded by the
    // same share (one line alone looks the same either way) and the node's
    // own lines drawn over it. The faded picture comes from the picture
    // of the lines as they are, kept: at 100k nodes drawing 500k lines
    // dimmed one by one took most of a hover's 90-110 ms (bench_canvas).
    static constexpr int dimmedAlpha = 12;
    static constexpr qreal dimmedShare = dimmedAlpha / 150.0;
    struct Thinning
    {
        qsizetype drawn = 0; // edges in view drawn
        qsizetype inView = 0; // and in view
    };
    // Of the last paint of the whole view.
    Thinning thinning() const { return m_thinning; }
    // How many paints drew from the kept picture of the whole view (see
    // m_kept), and forgetting it (for tests: the next paint draws anew).
    int reuses() const { return m_reuses; }
    void forgetKept() { m_kept.valid = false; }

private:
    // The hovered node's lines, opaque, over a faded picture.
    static void drawBright(Hairlines &into, const GraphScene &graph, const QTransform &toPixels);
    static void paintArrowheads(QPainter *painter, const QColor &colour, const QList<const EdgeItem *> &directed,
                                const QRectF &exposed);
    // Edges longer than this (device pixels along their longer axis) are
    // left out; `lengths` are those of the edges in view and `steps` the
    // pixels each takes in view.
    static qreal cutFor(const std::vector<float> &lengths, const std::vector<float> &steps, qreal budget);

    EdgeIndex *m_index;
    qreal m_cut = -1;        // the current cut (negative: none)
    qreal m_cutScale = -1;   // the zoom it was made at
    qreal m_shade = 1;       // and the lines' alpha factor (1: opaque)
    bool m_fine = false;     // and whether its lines were drawn as the items draw them
    Thinning m_thinning;
    // The lines of the whole view on screen are drawn through it, and kept
    // there; those of a part of it (a pan's strip) or of a picture for a
    // file through m_partLines.
    Hairlines m_hairlines;
    Hairlines m_partLines;
    // What the picture kept in m_hairlines was drawn from. Painted again
    // with nothing changed (the same lines and looks, the same view), the
    // view's lines are that picture, or while a node is hovered that
    // picture faded (m_dimmed, made once per hover): a drag's first frame
    // paints the whole view without the dragged node, and weighing and
    // drawing 500k lines again was most of its 100 ms at 100k nodes
    // (bench_canvas). Only hairline pictures are kept: a few lines drawn
    // finely cost little, and their arrowheads are not in the picture.
    struct Kept
    {
        bool valid = false;
        quint64 index = 0;    // EdgeIndex::version()
        QTransform toPixels;  // scene to device pixels
        QRect pixels;         // the device pixels drawn
        qreal viewPixels = 0; // of the widget
        bool dimmedValid = false; // m_dimmed was made from this picture
        quint64 dimming = 0;      // at this GraphScene::dimmingVersion()
    };
    Kept m_kept;
    Hairlines m_dimmed;
    int m_reuses = 0;
};

// Every batched node of a large graph in one item: per frame, the nodes
// that meet the exposed area, in a fixed order (minor kinds under major
// ones, then by id). Dots first: a node a few pixels across is a square
// of its colour; then sprites (see nodeSprite); nodes drawn any other way
// (pinned, or for a vector file) paint as their items would. Walking and
// sorting 100k node items took most of a fitted 100k frame (228 ms).
// Nodes drawn by themselves (selected, hovered, under the pointer) lie
// above it.
class NodeLayer : public CanvasLayer
{
public:
    explicit NodeLayer(NodeIndex *index) : CanvasLayer(0.9), m_index(index) {}
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeIndex *m_index;
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
