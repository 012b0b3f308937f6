#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

#include "types.h"

namespace threadline {

// How large the canvas draws a node, as the radius of its shape in scene
// units: the one rule, read by the canvas (ui/kindstyle.cpp) and by the
// placement of new nodes (placeNewNodes), which keeps them clear of their
// neighbours as drawn.

// A node of this kind with `degree` shown relationships.
inline qreal nodeRadius(NodeKind kind, int degree)
{
    const qreal base = kind == NodeKind::Statement || kind == NodeKind::Topic ? 9 : 12;
    return std::min<qreal>(base + 3.0 * std::sqrt(qreal(std::max(0, degree))), 40);
}

// A node sized by a measure: `share` of the largest, in [0, 1]; the area
// grows with the share, from the kind's base size to 40.
inline qreal nodeRadiusForShare(NodeKind kind, qreal share)
{
    const qreal base = kind == NodeKind::Statement || kind == NodeKind::Topic ? 7 : 9;
    return base + (40 - base) * std::sqrt(std::clamp<qreal>(share, 0, 1));
}

} // namespace threadline
