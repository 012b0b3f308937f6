#pragma once

#include <QString>

#include "types.h"

namespace threadline {

// The fill colour of each node kind (Tableau 10, colour-blind safe): the one
// table, read by the canvas and legend (ui/kindstyle.cpp) and by the file
// formats that carry colours (GEXF viz:color, DOT fillcolor), so an exported
// graph looks like the one on screen.
constexpr quint32 kindColorRgb(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Person: return 0x4e79a7;
    case NodeKind::Organization: return 0xf28e2b;
    case NodeKind::Country: return 0x59a14f;
    case NodeKind::Place: return 0x76b7b2;
    case NodeKind::Event: return 0xe15759;
    case NodeKind::Statement: return 0xedc948;
    case NodeKind::Topic: return 0xb07aa1;
    case NodeKind::Document: return 0x9c755f;
    case NodeKind::Other: return 0xbab0ac;
    }
    return 0xbab0ac;
}

// "#4e79a7"
inline QString kindColorName(NodeKind kind)
{
    return QStringLiteral("#%1").arg(kindColorRgb(kind), 6, 16, QLatin1Char('0'));
}

} // namespace threadline
