#include "hairlines.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <cmath>
#include <thread>

namespace threadline {

bool clipLine(QLineF &line, const QRectF &rect)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

namespace {

// A premultiplied pixel scaled by `by`/256.
inline QRgb scaledPixel(QRgb pixel, unsigned by)
{
    // Red and blue, then alpha and green, two channels per multiply.
    const quint32 rb = ((pixel & 0x00ff00ffu) * by >> 8) & 0x00ff00ffu;
    const quint32 ag = ((pixel >> 8 & 0x00ff00ffu) * by) & 0xff00ff00u;
    return rb | ag;
}

} // namespace

void Hairlines::begin(const QRect &pixels)
{
    if (m_image.size() != pixels.size())
        m_image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    m_origin = pixels.topLeft();
}

void Hairlines::fade(const Hairlines &from, qreal share)
{
    if (this != &from) {
        if (m_image.size() != from.m_image.size())
            m_image = QImage(from.m_image.size(), QImage::Format_ARGB32_Premultiplied);
        m_origin = from.m_origin;
    }
    if (m_image.isNull())
        return;
    const auto by = unsigned(std::lround(std::clamp(share, 0.0, 1.0) * 256));
    const int width = m_image.width();
    for (int y = 0; y < m_image.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(from.m_image.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        for (int x = 0; x < width; ++x)
            out[x] = scaledPixel(in[x], by);
    }
}

namespace {

// Each line of `lines` mapped into an image of width × height pixels whose
// top left is `origin`, clipped to it, and stepped along one pixel at a time
// on its longer axis (a): `plot(pixel, across, centre, last)` gets the
// pixel's offset in the image for the other axis' 0 at that step, that
// axis' stride, and the line's centre across it there (pixel k spans
// [k, k + 1)), and `last`, the last pixel of that axis.
//
// The centre moves by the slope at each step, and the offset by the step's
// stride: computed afresh at each step, with the choice of axis, 180k
// translucent lines of a busy view took 51 ms against 40 (the same pixels).
template<typename Plot>
void stepAlong(const QLineF *lines, qsizetype count, const QTransform &toPixels, QPointF origin, int width, int height,
               qsizetype stride, Plot plot)
{
    // Just inside the image: a point on its far edge still falls in its
    // last pixel.
    const QRectF inside(0, 0, width - 1e-3, height - 1e-3);
    for (qsizetype i = 0; i < count; ++i) {
        QLineF line(toPixels.map(lines[i].p1()) - origin, toPixels.map(lines[i].p2()) - origin);
        if (!clipLine(line, inside))
            continue;
        const bool wide = std::abs(line.dx()) >= std::abs(line.dy());
        const double a1 = wide ? line.x1() : line.y1(), b1 = wide ? line.y1() : line.x1();
        const double da = wide ? line.dx() : line.dy(), db = wide ? line.dy() : line.dx();
        const double slope = da != 0 ? db / da : 0;
        const int last = (wide ? height : width) - 1;
        const qsizetype across = wide ? stride : 1; // from one pixel to the next across the line
        const int from = int(a1), to = int(wide ? line.x2() : line.y2());
        const int step = to >= from ? 1 : -1;
        const qsizetype along = (wide ? 1 : stride) * step; // from one step to the next
        const double rise = slope * step;
        qsizetype at = from * (wide ? 1 : stride);
        double centre = b1 + (from + 0.5 - a1) * slope;
        for (int n = std::abs(to - from); n >= 0; --n) {
            plot(at, across, centre, last, slope);
            at += along;
            centre += rise;
        }
    }
}

// `source`, premultiplied, scaled by coverage/256 and laid over `target`.
inline QRgb overPixel(QRgb target, QRgb source, unsigned coverage)
{
    const QRgb over = scaledPixel(source, coverage);
    return over + scaledPixel(target, 256 - (over >> 24));
}

} // namespace

void Hairlines::draw(const QLineF *lines, qsizetype count, const QTransform &toPixels, QRgb colour)
{
    if (m_image.isNull())
        return;
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / qsizetype(sizeof(QRgb));
    // One pixel per step, the one the line's centre falls in.
    stepAlong(lines, count, toPixels, QPointF(m_origin), m_image.width(), m_image.height(), stride,
              [&](qsizetype at, qsizetype across, double centre, int last, double) {
                  bits[at + std::clamp(int(centre), 0, last) * across] = colour;
              });
}

void Hairlines::drawTranslucent(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour)
{
    if (m_image.isNull())
        return;
    // Laying the same translucent colour k times over a pixel covers it by
    // 1 - (1 - a)^k: the lines are counted per pixel first (a byte each,
    // cheaper than blending at every step: a settle of the 100k-node
    // Barabási–Albert file took 229 ms against 170 ms opaque that way), and
    // each pixel crossed is then blended once.
    const int width = m_image.width(), height = m_image.height();
    const size_t pixelCount = size_t(width) * size_t(height);
    const auto countInto = [&](std::vector<quint8> &into, const QLineF *from, qsizetype many) {
        into.assign(pixelCount, 0);
        quint8 *counts = into.data();
        stepAlong(from, many, toPixels, QPointF(m_origin), width, height, width,
                  [counts](qsizetype at, qsizetype across, double centre, int last, double) {
                      quint8 &n = counts[at + std::clamp(int(centre), 0, last) * across];
                      n = quint8(n + (n < 255));
                  });
    };
    if (count < linesForTwoThreads) {
        countInto(m_counts, lines, count);
    } else {
        // Many lines: half of them counted on a second core, into bytes of
        // its own, and the counts added (sums held at 255 either way, so
        // the picture is the same).
        const qsizetype half = count / 2;
        std::thread other([&] { countInto(m_otherCounts, lines + half, count - half); });
        countInto(m_counts, lines, half);
        other.join();
        quint8 *counts = m_counts.data();
        const quint8 *more = m_otherCounts.data();
        for (size_t i = 0; i < pixelCount; ++i)
            counts[i] = quint8(std::min(255, counts[i] + more[i]));
    }
    const quint8 *counts = m_counts.data();
    // Coverage by count, in 256ths.
    std::array<unsigned, 256> coverage{};
    const double clear = 1 - colour.alphaF();
    double left = 1;
    for (size_t k = 1; k < coverage.size(); ++k) {
        left *= clear;
        coverage[k] = unsigned(std::lround((1 - left) * 256));
    }
    colour.setAlpha(255);
    const QRgb source = qPremultiply(colour.rgba());
    const qsizetype stride = m_image.bytesPerLine() / qsizetype(sizeof(QRgb));
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    for (int y = 0; y < height; ++y) {
        const quint8 *row = counts + qsizetype(y) * width;
        QRgb *pixels = bits + qsizetype(y) * stride;
        int x = 0;
        while (x < width) {
            // Eight pixels no line crossed at a time.
            quint64 eight;
            if (x + 8 <= width && (std::memcpy(&eight, row + x, 8), eight == 0)) {
                x += 8;
                continue;
            }
            if (row[x] != 0)
                pixels[x] = overPixel(pixels[x], source, coverage[row[x]]);
            ++x;
        }
    }
}

namespace {

// `lines` stepped along in an image (as stepAlong), `colour` blended over
// each pixel they touch by the coverage `cover(centre, last, slope, plot)`
// hands to `plot(pixel across, coverage in 256ths)` at each step.
template<typename Cover>
void blendAlong(QImage &image, QPoint origin, const QLineF *lines, qsizetype count, const QTransform &toPixels,
                const QColor &colour, Cover cover)
{
    if (image.isNull())
        return;
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    const QRgb source = qPremultiply(colour.rgba());
    stepAlong(lines, count, toPixels, QPointF(origin), image.width(), image.height(), stride,
              [&](qsizetype at, qsizetype across, double centre, int last, double slope) {
                  cover(centre, last, slope, [&](int b, unsigned coverage) {
                      if (b < 0 || b > last || coverage == 0)
                          return;
                      QRgb &pixel = bits[at + b * across];
                      pixel = overPixel(pixel, source, coverage);
                  });
              });
}

} // namespace

void Hairlines::drawSmooth(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour)
{
    // The line covers the pixel it is nearest the middle of and its
    // neighbour on that side, by distance.
    blendAlong(m_image, m_origin, lines, count, toPixels, colour, [](double centre, int, double, auto plot) {
        const double below = std::floor(centre - 0.5);
        const auto share = unsigned((centre - 0.5 - below) * 256 + 0.5);
        plot(int(below), 256 - share);
        plot(int(below) + 1, share);
    });
}

void Hairlines::drawWide(const QLineF *lines, qsizetype count, const QTransform &toPixels, QColor colour, qreal width)
{
    // At each step, the line's cross-section on the other axis (its width
    // over the cosine of its angle to this one) covers each pixel by the
    // part of it that falls there.
    blendAlong(m_image, m_origin, lines, count, toPixels, colour, [width](double centre, int last, double slope, auto plot) {
        const double half = 0.5 * width * std::sqrt(1 + slope * slope);
        const double low = centre - half, high = centre + half;
        const int first = std::max(0, int(std::floor(low))), end = std::min(last, int(std::floor(high)));
        for (int b = first; b <= end; ++b) {
            const double part = std::min<double>(b + 1, high) - std::max<double>(b, low);
            plot(b, unsigned(std::clamp(part, 0.0, 1.0) * 256 + 0.5));
        }
    });
}

} // namespace threadline
