#include "layers.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <vector>

#include "edgeindex.h"
#include "graphitems.h"
#include "graphscene.h"
#include "kindstyle.h"
#include "nodeindex.h"
#include "nodesprite.h"

namespace threadline {

namespace {

// What a translucent colour looks like drawn on the canvas, as an opaque
// colour.
QColor overCanvas(const QColor &colour)
{
    const QColor under = canvasBackground();
    const qreal a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + under.redF() * (1 - a)),
                            float(colour.greenF() * a + under.greenF() * (1 - a)),
                            float(colour.blueF() * a + under.blueF() * (1 - a)));
}

// `colour` with its alpha scaled by `shade`, and not quite gone.
QColor shaded(QColor colour, qreal shade)
{
    colour.setAlphaF(float(std::max(colour.alphaF() * shade, 3.0 / 255)));
    return colour;
}

// Draws `image` at `at` (device pixels) a band of rows at a time. Qt's
// raster engine hands a blit of 96 rows or more to its thread pool and
// waits for it: for a node's sprite (a hub zoomed in) waking the pool costs
// far more than the blend, and the settle of a zoomed-in 100k-node view
// waited 80–100 ms on it (perf: futex calls under drawImage).
void blitInBands(QPainter *painter, QPointF at, const QImage &image)
{
    constexpr int band = 64; // under the engine's 96
    if (image.height() < 96) {
        painter->drawImage(at, image);
        return;
    }
    for (int top = 0; top < image.height(); top += band) {
        const int rows = std::min(band, image.height() - top);
        painter->drawImage(at + QPointF(0, top), image, QRectF(0, top, image.width(), rows));
    }
}

} // namespace

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal ratio = painter->device()->devicePixelRatio();
    const qreal toDevice = lod * ratio; // scene units to device pixels (unrotated)
    // Lines by colour (relation and dimming), as drawLines() wants them.
    struct Batch
    {
        QColor colour;
        QList<QLineF> lines;
        QList<const EdgeItem *> directed;
    };
    // Few colours, many lines: found by a look along a short list, the
    // last one first (a hash look-up per line showed in perf at 400k lines).
    std::vector<Batch> batches;
    size_t lastBatch = 0;
    const auto batchOf = [&](const QColor &colour) -> Batch & {
        if (lastBatch < batches.size() && batches[lastBatch].colour == colour)
            return batches[lastBatch];
        for (lastBatch = 0; lastBatch < batches.size(); ++lastBatch)
            if (batches[lastBatch].colour == colour)
                return batches[lastBatch];
        batches.push_back(Batch{colour, {}, {}});
        return batches.back();
    };
    qsizetype shown = 0;
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    const QRectF margin = exposed.adjusted(-20, -20, 20, 20);
    const auto pixelLength = [toDevice](const QLineF &line) { return float(EdgeIndex::lengthOf(line) * toDevice); };
    const QTransform toPixels = painter->worldTransform() * QTransform::fromScale(ratio, ratio);
    const QRect pixels = toPixels.mapRect(exposed).toAlignedRect();
    const bool raster = painter->paintEngine()->type() == QPaintEngine::Raster
                        && painter->worldTransform().type() <= QTransform::TxScale;
    // Asked for the edges that meet the exposed area itself: the index
    // answers from its own copy of their lines, and an edge it names costs
    // a cache miss here (83 % of this loop, perf).
    // A line's ink reaches past its box (inkBeside): a strip meeting only
    // an arrowhead's flank left it unpainted there.
    constexpr qreal beside = inkBeside;
    const QRectF query = exposed.adjusted(-beside, -beside, beside, beside);
    // The part of a line drawn here: none when it only passes near (the
    // margin is 20 units, 160 pixels zoomed in; such lines are left to
    // their own strips).
    const auto inView = [&](const QLineF &line, QLineF &seen) {
        if (line.dx() * line.dx() + line.dy() * line.dy() < 1)
            return false;
        // Its box, as far wider each way as its ink reaches, meets the
        // exposed area.
        if (std::min(line.x1(), line.x2()) - beside >= exposed.right() || std::max(line.x1(), line.x2()) + beside <= exposed.left()
            || std::min(line.y1(), line.y2()) - beside >= exposed.bottom()
            || std::max(line.y1(), line.y2()) + beside <= exposed.top())
            return false;
        seen = line;
        return clipLine(seen, margin);
    };
    // On screen (a widget: pictures for files keep every edge), too much
    // ink: the longest lines are left out (see EdgeLayer). The whole view
    // weighs its lines from the index's copy first, and then touches only
    // the edges it draws; a part of the view (a pan's strip) keeps the cut
    // the whole view was given.
    const bool thinnable = widget && raster;
    const qreal viewPixels = widget ? qreal(widget->width()) * widget->height() * ratio * ratio : 0;
    const bool wholeView = qreal(pixels.width()) * pixels.height() >= 0.5 * viewPixels;
    const bool keepCut = thinnable && !wholeView && qFuzzyCompare(m_cutScale, toDevice);
    // Hovering a node: every edge faded, and the node's own drawn again
    // over them (dimmedShare, drawBright).
    const bool dimming = graph && graph->highlighted();
    const quint64 dimmingVersion = graph ? graph->dimmingVersion() : 0;
    // Nothing changed since the whole view was drawn: its picture, faded
    // while a node is hovered.
    const quint64 indexVersion = m_index->version();
    if (thinnable && m_kept.valid && m_kept.index == indexVersion && m_kept.toPixels == toPixels
        && m_kept.viewPixels == viewPixels && m_kept.pixels.contains(pixels)) {
        const Hairlines *picture = &m_hairlines;
        if (dimming) {
            if (!m_kept.dimmedValid || m_kept.dimming != dimmingVersion) {
                m_dimmed.fade(m_hairlines, dimmedShare);
                drawBright(m_dimmed, *graph, toPixels);
                m_kept.dimmedValid = true;
                m_kept.dimming = dimmingVersion;
            }
            picture = &m_dimmed;
        }
        const QTransform world = painter->worldTransform();
        painter->setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter->drawImage(QPointF(pixels.topLeft()), picture->image(), QRectF(pixels.translated(-picture->origin())));
        painter->setWorldTransform(world);
        ++m_reuses;
        return;
    }
    const bool keeps = thinnable && wholeView; // draws the picture kept
    if (keeps)
        m_kept.valid = false;
    qsizetype weighed = -1; // the lines in view, when weighed
    std::vector<quint32> inSight; // the edges weighed (numbers in the index)
    std::vector<float> lengths, steps; // and their lines: whole, and the part in view
    if (thinnable && !keepCut) {
        m_index->linesIn(query, [&](quint32 number, const QLineF &line) {
            QLineF seen;
            if (!inView(line, seen))
                return;
            inSight.push_back(number);
            lengths.push_back(pixelLength(line));
            steps.push_back(pixelLength(seen));
        });
        weighed = qsizetype(lengths.size());
        const bool mayBeFine = weighed < fineLines && lod > 0.3;
        m_cut = mayBeFine ? -1 : cutFor(lengths, steps, inkPerPixel * std::min(viewPixels, qreal(pixels.width()) * pixels.height()));
        m_cutScale = toDevice;
    }
    const bool cut = thinnable && m_cut >= 0;
    const qreal shorterThan = cut ? m_cut / toDevice * 1.001 : std::numeric_limits<qreal>::infinity();
    double ink = 0; // pixels of line drawn
    // From the index's copy of each line and of how it is drawn: an edge
    // itself is touched only for its arrowhead.
    const auto take = [&](quint32 number, const QLineF &line) {
        const EdgeIndex::Look &look = m_index->look(number);
        if (!look.drawn)
            return;
        QLineF seen;
        if (!inView(line, seen))
            return;
        const float length = pixelLength(line);
        if (cut && length >= m_cut)
            return;
        QColor colour = QColor::fromRgba(look.colour);
        colour.setAlpha(150);
        Batch &batch = batchOf(colour);
        batch.lines.append(seen);
        ink += pixelLength(seen);
        // Arrowheads are drawn only when few lines are (fine, below).
        if (look.directed && shown < fineLines)
            batch.directed.append(m_index->edge(number));
        ++shown;
    };
    if (weighed >= 0) {
        // The edges weighed, without asking the index again: the same
        // edges in the same order.
        for (size_t i = 0; i < inSight.size(); ++i) {
            if (!cut || lengths[i] < m_cut)
                take(inSight[i], m_index->lineOf(inSight[i]));
        }
    } else {
        m_index->linesIn(query, take, shorterThan);
    }
    // Few lines in view: drawn as the items draw them; many: hairlines.
    // A thinned view, or a strip of one, is drawn as hairlines throughout.
    // A strip of the view (a pan) is drawn as the whole view was: few lines
    // in a strip of a busy view were drawn as wide antialiased lines, 45 ms
    // for a 41-pixel strip of a 10k-node Barabási–Albert graph zoomed in,
    // and unlike the picture beside it.
    const bool fine = keepCut ? m_fine : shown < fineLines && lod > 0.3 && !cut;
    if (thinnable && wholeView)
        m_fine = fine;
    painter->setRenderHint(QPainter::Antialiasing, fine);
    // Colour by colour in a fixed order: the same picture every run.
    std::sort(batches.begin(), batches.end(),
              [](const Batch &a, const Batch &b) { return a.colour.rgba() < b.colour.rgba(); });
    // (Weighed, the edges drawn by themselves are counted too: the count in
    // view is said only when some were left out.)
    if (thinnable && wholeView)
        m_thinning = Thinning{shown, cut ? std::max(weighed, shown) : shown};
    // Much ink: translucent lines. A part of the view keeps the whole
    // view's shade, so a pan's strips match the picture beside them.
    qreal shade = m_shade;
    if (!keepCut) {
        const qreal area = std::max(1.0, std::min(thinnable ? viewPixels : qreal(INFINITY),
                                                  qreal(pixels.width()) * pixels.height()));
        shade = std::min(1.0, opaqueInk * area / std::max(ink, 1e-9));
        if (thinnable)
            m_shade = shade;
    }
    // How wide a full-quality line (1.1 units, as an EdgeItem draws it) is
    // in device pixels.
    const qreal fineWidth = 1.1 * toDevice;
    // Hovering a node, finely drawn lines are each dimmed and the node's
    // own drawn again over them, as they would be; hairlines are drawn as
    // they are and their picture faded (below).
    std::vector<Batch> bright;
    if (dimming) {
        if (fine) {
            for (Batch &batch : batches)
                batch.colour.setAlpha(dimmedAlpha);
        }
        for (const EdgeItem *edge : graph->highlighted()->edges()) {
            QLineF seen;
            if (!edge->isShown() || edge->isShownAlone() || !inView(edge->line(), seen))
                continue;
            QColor colour = edge->colour();
            colour.setAlpha(150);
            auto same = std::find_if(bright.begin(), bright.end(), [&](const Batch &b) { return b.colour == colour; });
            if (same == bright.end())
                same = bright.insert(bright.end(), Batch{colour, {}, {}});
            same->lines.append(seen);
            if (edge->isDirected())
                same->directed.append(edge);
        }
        std::sort(bright.begin(), bright.end(),
                  [](const Batch &a, const Batch &b) { return a.colour.rgba() < b.colour.rgba(); });
    }
    // Lines on screen (unrotated, as the canvas always is) are written into
    // an image of their own and laid over the canvas in one blit (see
    // Hairlines): many as opaque hairlines, few, up to a pixel and a half
    // wide, antialiased with as much ink as the wider line. Pictures for
    // files keep QPainter's lines: vectors in SVG and PDF, and no buffer the
    // size of a large export.
    if ((!fine || fineWidth <= maxOwnWidth) && raster && qint64(pixels.width()) * pixels.height() <= qint64(4096) * 4096) {
        Hairlines &into = keeps ? m_hairlines : m_partLines;
        into.begin(pixels);
        const auto drawInto = [&](const Batch &batch) {
            if (fine && fineWidth > 1.5) {
                into.drawWide(batch.lines.constData(), batch.lines.size(), toPixels, batch.colour, fineWidth);
            } else if (fine) {
                QColor smooth = batch.colour;
                smooth.setAlphaF(std::min(1.0, smooth.alphaF() * fineWidth));
                into.drawSmooth(batch.lines.constData(), batch.lines.size(), toPixels, smooth);
            } else if (shade < 1) {
                into.drawTranslucent(batch.lines.constData(), batch.lines.size(), toPixels, shaded(batch.colour, shade));
            } else {
                // Opaque, of the colour the translucent line would show on
                // the canvas.
                into.draw(batch.lines.constData(), batch.lines.size(), toPixels, overCanvas(batch.colour).rgba());
            }
        };
        for (const Batch &batch : batches)
            drawInto(batch);
        if (fine) {
            for (const Batch &batch : bright)
                drawInto(batch);
        }
        const Hairlines *picture = &into;
        if (keeps && !fine)
            m_kept = Kept{true, indexVersion, toPixels, pixels, viewPixels};
        if (dimming && !fine) {
            // The picture of the lines as they are is kept; the one shown
            // is it faded, with the hovered node's lines over it.
            Hairlines &dimmed = keeps ? m_dimmed : into;
            dimmed.fade(into, dimmedShare);
            drawBright(dimmed, *graph, toPixels);
            if (keeps) {
                m_kept.dimmedValid = true;
                m_kept.dimming = dimmingVersion;
            }
            picture = &dimmed;
        }
        const QTransform world = painter->worldTransform();
        painter->setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter->drawImage(picture->origin(), picture->image());
        painter->setWorldTransform(world);
        if (fine && lod >= 0.5) {
            for (const Batch &batch : batches)
                paintArrowheads(painter, batch.colour, batch.directed, exposed);
            for (const Batch &batch : bright)
                paintArrowheads(painter, batch.colour, batch.directed, exposed);
        }
        return;
    }
    // Pictures for files, and lines too wide for Hairlines. Dimmed lines
    // (a hover's) are drawn each dimmed, as finely drawn lines are above.
    if (dimming && !fine)
        for (Batch &batch : batches)
            batch.colour.setAlpha(dimmedAlpha);
    for (const std::vector<Batch> *group : {&batches, &bright}) {
        for (const Batch &batch : *group) {
            // Many hairlines: opaque, of the colour the translucent line
            // would show on the canvas (translucent hairlines blend pixel by
            // pixel and cost 150 ms a frame at 10k nodes against 25 ms,
            // bench_canvas); only where the view holds much ink are they
            // translucent, shaded.
            // The hovered node's own lines are opaque, as drawBright's.
            const bool opaque = shade >= 1 || group == &bright;
            painter->setPen(fine      ? QPen(batch.colour, 1.1, Qt::SolidLine, Qt::RoundCap)
                            : !opaque ? QPen(shaded(batch.colour, shade), 0)
                                      : QPen(overCanvas(batch.colour), 0));
            painter->drawLines(batch.lines.constData(), int(batch.lines.size()));
            if (fine && lod >= 0.5)
                paintArrowheads(painter, batch.colour, batch.directed, exposed);
        }
    }
}

void EdgeLayer::drawBright(Hairlines &into, const GraphScene &graph, const QTransform &toPixels)
{
    // Opaque one-pixel lines over the faded picture, of the colour a
    // line would show on the canvas.
    for (const EdgeItem *edge : graph.highlighted()->edges()) {
        if (!edge->isShown() || edge->isShownAlone())
            continue;
        QColor colour = edge->colour();
        colour.setAlpha(150);
        const QLineF line = edge->line();
        into.draw(&line, 1, toPixels, overCanvas(colour).rgba());
    }
}

qreal EdgeLayer::cutFor(const std::vector<float> &lengths, const std::vector<float> &steps, qreal budget)
{
    double total = 0;
    for (float step : steps)
        total += step;
    if (total <= budget)
        return -1;
    // The ink of the lines by length, in bins of eight to an octave of
    // 1 + length (read off the float's exponent and its first three bits of
    // mantissa: a log2 per line was half of this at 400k lines, perf); the
    // shortest bins are kept while they fit the budget. O(lines).
    constexpr int perOctave = 8, bins = perOctave * 32;
    std::array<double, bins> ink{};
    const auto binOf = [](float length) {
        const auto bits = std::bit_cast<quint32>(1.0f + std::max(length, 0.0f));
        return std::clamp(int(bits >> 20) - 127 * perOctave, 0, bins - 1); // exponent × 8 + 3 bits
    };
    for (size_t i = 0; i < lengths.size(); ++i)
        ink[size_t(binOf(lengths[i]))] += steps[i];
    double kept = 0;
    int bin = 0;
    for (; bin < bins && kept + ink[size_t(bin)] <= budget; ++bin)
        kept += ink[size_t(bin)];
    // Lines shorter than bin's lower edge are kept: 2^octave × (1 + eighths / 8) - 1.
    return std::ldexp(1.0 + (bin % perOctave) / double(perOctave), bin / perOctave) - 1;
}

void EdgeLayer::paintArrowheads(QPainter *painter, const QColor &colour, const QList<const EdgeItem *> &directed,
                                const QRectF &exposed)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (const EdgeItem *edge : directed) {
        const QPolygonF head = EdgeItem::arrowhead(edge->line(), 1.1); // as the item draws it, 1.1 wide
        if (head.boundingRect().intersects(exposed)) // a strip may hold only part of it
            painter->drawPolygon(head);
    }
}

void NodeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QTransform world = painter->worldTransform();
    const qreal lod = option->levelOfDetailFromTransform(world);
    const qreal ratio = painter->device()->devicePixelRatio();
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    // On screen and unrotated, as the canvas always is: dots and sprites
    // placed in device pixels. SVG and PDF keep the items' vector shapes.
    const bool raster = painter->paintEngine()->type() == QPaintEngine::Raster && world.type() <= QTransform::TxScale;
    const QTransform toPixels = world * QTransform::fromScale(ratio, ratio);
    struct Dot
    {
        QRectF rect;
        QColor colour;
    };
    struct Blit
    {
        QPointF at;
        QImage image; // shared with the cache, which a later sprite may empty
        bool dimmed;
    };
    std::vector<Dot> dots;
    std::vector<Blit> blits;
    std::vector<NodeItem *> painted; // as the item paints itself
    m_index->forEachInDrawingOrder(exposed, [&](NodeItem *node) {
        if (node->isShownAlone() || !node->isVisible())
            return;
        const bool dimmed = graph && graph->dims(node->nodeId());
        const qreal r = node->radius();
        if (!raster || node->isPinned()) {
            painted.push_back(node);
        } else if (lod * r < 2.5) {
            // As NodeItem::paintNode draws a node this small.
            QColor colour = node->fill();
            if (dimmed)
                colour.setAlphaF(0.15f);
            dots.push_back(Dot{toPixels.mapRect(QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r))), colour});
        } else {
            // Zoomed out too: a hub of a fitted 100k-node graph drawn by its
            // item (an aliased path) took half of this layer (perf, fit).
            const QColor fill = node->fill();
            const Sprite &sprite = nodeSprite(node->kind(), fill, r * lod, ratio);
            const QPointF centre = toPixels.map(node->pos());
            blits.push_back(Blit{QPointF(std::round(centre.x() - sprite.centre.x()), std::round(centre.y() - sprite.centre.y())),
                                 sprite.image, dimmed});
        }
    });
    const qreal opacity = painter->opacity();
    if (!dots.empty() || !blits.empty()) {
        painter->setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (const Dot &dot : dots)
            painter->fillRect(dot.rect, dot.colour);
        for (const Blit &blit : blits) {
            painter->setOpacity(blit.dimmed ? opacity * 0.15 : opacity);
            blitInBands(painter, blit.at, blit.image);
        }
        painter->setOpacity(opacity);
        painter->setWorldTransform(world);
    }
    QStyleOptionGraphicsItem own = *option;
    for (NodeItem *node : painted) {
        painter->translate(node->pos());
        own.exposedRect = node->boundingRect();
        node->paint(painter, &own, widget);
        painter->setWorldTransform(world);
    }
}

void LabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    // In a fixed order (the hash's order changes from run to run, and
    // neighbouring labels' antialiased edges touch), emphasised labels last:
    // they may cover others, never the reverse.
    QList<const NodeItem *> shown;
    m_index->forEachIn(exposed, [&](const NodeItem *node) {
        if (node->isVisible() && node->opacity() > 0 && node->labelShown(lod)
            && node->labelSceneRect().intersects(exposed))
            shown.append(node);
    });
    std::sort(shown.begin(), shown.end(), [](const NodeItem *a, const NodeItem *b) {
        const bool aFirst = !(a->isSelected() || a->isHovered()), bFirst = !(b->isSelected() || b->isHovered());
        if (aFirst != bFirst)
            return aFirst;
        return a->nodeId() < b->nodeId();
    });
    for (const NodeItem *node : std::as_const(shown))
        node->paintLabel(painter);
}

} // namespace threadline
