#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>

#include "types.h"

namespace threadline {

// A node as it is drawn unselected: its shape, fill and outline at one size
// in device pixels, painted once and then blitted. A thousand antialiased
// paths a frame cost more than the rest of the frame (bench_canvas).
struct Sprite
{
    QImage image;
    QPointF centre; // in device pixels from its top left
};

// The sprite of a node of `kind` and `fill` whose radius on screen is
// `screenRadius` device-independent pixels, for a device pixel ratio of
// `ratio`. Cached: the reference stays valid until the next call.
const Sprite &nodeSprite(NodeKind kind, const QColor &fill, qreal screenRadius, qreal ratio);

} // namespace threadline
