#pragma once

#include <QImage>
#include <QLineF>
#include <QRect>
#include <QTransform>

#include <vector>

namespace threadline {

// The part of `line` inside `rect` (Liang–Barsky); false when none of it is.
bool clipLine(QLineF &line, const QRectF &rect);

// Opaque one-pixel lines written straight into an image of device pixels.
//
// A large graph's edges, zoomed in on 100k nodes, are 29k lines and 15M
// pixels in one 1600×1000 frame. QPainter::drawLines() with a hairline pen
// took 180 ms for them (12 ns a pixel: every pixel goes through the raster
// engine's span functions); stepping along each line and storing the pixel
// takes a tenth of that. The picture is then blended over the canvas in one
// drawImage().
class Hairlines
{
public:
    // A transparent picture of `pixels` (device pixels); the buffer is kept
    // from one frame to the next.
    void begin(const QRect &pixels);
    // Lines in scene coordinates, `toPixels` mapping them to device pixels,
    // in one opaque colour; drawn over what was drawn before.
    void draw(const QLineF *lines, qsizetype count, const QTransform &toPixels, QRgb colour);
    // The same one-pixel lines in a translucent colour, each blended over
    // what was drawn before: where many lines cross, the pixel darkens, so
    // a dense view shows where its edges are densest.
    // Counted on two threads from linesForTwoThreads lines: fewer gain
    // less than starting a thread costs.
    void drawTranslucent(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour);
    static constexpr qsizetype linesForTwoThreads = 20000;
    // The same lines antialiased (each column or row of the line shares its
    // pixel between the two it falls across) in a translucent colour,
    // blended over what was drawn before: the full-quality edges of a
    // zoomed-in view. QPainter's antialiased lines hand every long line's
    // spans to Qt's GUI thread pool and wait for it, a quarter of a 10k pan
    // frame spent waking threads (perf); this stays on the calling thread.
    void drawSmooth(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour);
    // Lines `width` device pixels wide, antialiased (each pixel covered by
    // the part of the line's cross-section over it), in a translucent
    // colour: the full-quality edges zoomed in further. QPainter's wide
    // antialiased lines took 1.1 to 3.6 s for the 1,500 long lines of a
    // 10k-node graph at zoom 1.39 (bench_canvas, settle).
    void drawWide(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour, qreal width);
    // The picture of `from` with every pixel's colour and alpha scaled by
    // `share` (in [0, 1]): what its lines look like faded. `from` may be
    // this one.
    void fade(const Hairlines &from, qreal share);
    const QImage &image() const { return m_image; }
    QPoint origin() const { return m_origin; }

private:
    QImage m_image;
    QPoint m_origin;
    std::vector<quint8> m_counts; // lines per pixel, for drawTranslucent
    std::vector<quint8> m_otherCounts; // and those of the lines counted on a second thread
};

} // namespace threadline
