#include "hairlines.h"

#include <algorithm>
#include <cmath>

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

void Hairlines::begin(const QRect &pixels)
{
    if (m_image.size() != pixels.size())
        m_image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    m_origin = pixels.topLeft();
}

void Hairlines::draw(const QLineF *lines, qsizetype count, const QTransform &toPixels, QRgb colour)
{
    const int width = m_image.width(), height = m_image.height();
    if (width == 0 || height == 0)
        return;
    auto *bits = reinterpret_cast<QRgb *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / qsizetype(sizeof(QRgb));
    // Just inside the image: a point on its far edge still falls in its
    // last pixel.
    const QRectF inside(0, 0, width - 1e-3, height - 1e-3);
    const QPointF origin(m_origin);
    for (qsizetype i = 0; i < count; ++i) {
        QLineF line(toPixels.map(lines[i].p1()) - origin, toPixels.map(lines[i].p2()) - origin);
        if (!clipLine(line, inside))
            continue;
        // One pixel per step along the longer axis; the other coordinate is
        // the line's at that pixel's centre.
        const double dx = line.dx(), dy = line.dy();
        if (std::abs(dx) >= std::abs(dy)) {
            const int from = int(line.x1()), to = int(line.x2());
            const int step = to >= from ? 1 : -1;
            const double slope = dx != 0 ? dy / dx : 0;
            for (int x = from;; x += step) {
                const double y = line.y1() + (x + 0.5 - line.x1()) * slope;
                const int row = std::clamp(int(y), 0, height - 1);
                bits[row * stride + x] = colour;
                if (x == to)
                    break;
            }
        } else {
            const int from = int(line.y1()), to = int(line.y2());
            const int step = to >= from ? 1 : -1;
            const double slope = dx / dy;
            for (int y = from;; y += step) {
                const double x = line.x1() + (y + 0.5 - line.y1()) * slope;
                const int column = std::clamp(int(x), 0, width - 1);
                bits[y * stride + column] = colour;
                if (y == to)
                    break;
            }
        }
    }
}

} // namespace threadline
