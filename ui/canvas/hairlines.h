#pragma once

#include <QImage>
#include <QLineF>
#include <QRect>
#include <QTransform>

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
    const QImage &image() const { return m_image; }
    QPoint origin() const { return m_origin; }

private:
    QImage m_image;
    QPoint m_origin;
};

} // namespace threadline
