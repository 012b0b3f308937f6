#include "nodesprite.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

#include "kindstyle.h"

namespace threadline {

namespace {

struct SpriteKey
{
    NodeKind kind;
    QRgb fill;
    int quarterPixels; // the radius on screen, in quarter pixels
    int ratioPercent;  // the device pixel ratio
    bool operator==(const SpriteKey &) const = default;
};

size_t qHash(const SpriteKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.kind), key.fill, key.quarterPixels, key.ratioPercent);
}

} // namespace

const Sprite &nodeSprite(NodeKind kind, const QColor &fill, qreal screenRadius, qreal ratio)
{
    static QHash<SpriteKey, Sprite> cache;
    const SpriteKey key{kind, fill.rgba(), int(std::lround(screenRadius * 4)), int(std::lround(ratio * 100))};
    if (auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() > 4000)
        cache.clear(); // sizes seen at many zooms: start again
    const qreal radius = key.quarterPixels / 4.0; // in device-independent pixels
    const QPainterPath outline = kindShape(kind, radius);
    const QRectF bounds = outline.boundingRect().adjusted(-2, -2, 2, 2);
    const QSize size = (bounds.size() * ratio).toSize() + QSize(2, 2);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(ratio, ratio);
        painter.translate(-bounds.topLeft() + QPointF(1, 1) / ratio);
        const KindStyle &style = kindStyle(kind);
        painter.setPen(QPen(style.stroke, 1.2));
        painter.setBrush(fill);
        painter.drawPath(outline);
    }
    return *cache.insert(key, Sprite{image, (-bounds.topLeft()) * ratio + QPointF(1, 1)});
}

} // namespace threadline
