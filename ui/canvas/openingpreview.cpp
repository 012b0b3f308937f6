#include "openingpreview.h"

#include <QPainter>
#include <QRectF>
#include <QSet>
#include <QTransform>

#include <algorithm>
#include <vector>

#include "hairlines.h"
#include "kindcolors.h"
#include "kindstyle.h"
#include "knowledgegraph.h"
#include "layout.h"

namespace threadline {

namespace {
// The edges: a light grey, so that half a million of them read as a tone
// and the nodes' colours stay in front.
constexpr QRgb edgeColour = qRgb(0xde, 0xdc, 0xd6);
constexpr int margin = 24; // logical pixels around the fitted picture
constexpr size_t previewEdges = 150000;
} // namespace

qsizetype distinctPlaces(const QHash<NodeId, QPointF> &positions)
{
    QSet<std::pair<qint64, qint64>> places;
    places.reserve(positions.size());
    for (const QPointF &p : positions)
        places.insert({qRound64(p.x() * 16), qRound64(p.y() * 16)});
    return places.size();
}

std::vector<NodeKind> previewKinds(const KnowledgeGraph &graph, const MultilevelJob &job)
{
    std::vector<NodeKind> kinds;
    kinds.reserve(size_t(job.ids.size()));
    for (NodeId id : job.ids)
        kinds.push_back(graph.node(id).kind);
    return kinds;
}

QImage drawOpeningPreview(const std::vector<NodeKind> &kinds, const MultilevelJob &job,
                          const QHash<NodeId, QPointF> &positions, QSize pixels, qreal dpr,
                          const QString &caption)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(canvasBackground());
    const qsizetype n = job.ids.size();
    std::vector<QPointF> at(static_cast<size_t>(n));
    std::vector<bool> placed(static_cast<size_t>(n), false);
    QRectF bounds;
    for (qsizetype i = 0; i < n; ++i) {
        const auto p = positions.constFind(job.ids[i]);
        if (p == positions.constEnd())
            continue;
        at[size_t(i)] = *p;
        placed[size_t(i)] = true;
        bounds |= QRectF(*p, QSizeF(1e-6, 1e-6));
    }
    if (bounds.isNull() || pixels.isEmpty())
        return image;
    // Fitted into the view less a margin, centred, in device pixels.
    const QRectF area = QRectF(QPointF(), QSizeF(pixels)).adjusted(margin * dpr, margin * dpr, -margin * dpr, -margin * dpr);
    const qreal scale = std::min(area.width() / std::max(bounds.width(), 1.0), area.height() / std::max(bounds.height(), 1.0));
    QTransform toPixels;
    toPixels.translate(area.center().x(), area.center().y());
    toPixels.scale(scale, scale);
    toPixels.translate(-bounds.center().x(), -bounds.center().y());

    // At most previewEdges of them, evenly through the list: at 500k the
    // lines make a tone that a third of them makes as well, in a third of
    // the time (the picture waits for them).
    const size_t stride = std::max<size_t>(1, (job.input.edges.size() + previewEdges - 1) / previewEdges);
    std::vector<QLineF> lines;
    lines.reserve(job.input.edges.size() / stride + 1);
    for (size_t e = 0; e < job.input.edges.size(); e += stride) {
        const auto [s, t] = job.input.edges[e];
        if (placed[size_t(s)] && placed[size_t(t)] && s != t)
            lines.emplace_back(at[size_t(s)], at[size_t(t)]);
    }
    Hairlines hairlines;
    hairlines.begin(QRect(QPoint(), pixels));
    hairlines.draw(lines.data(), qsizetype(lines.size()), toPixels, edgeColour);
    {
        QPainter painter(&image);
        painter.drawImage(QRectF(QPointF(), QSizeF(pixels) / dpr), hairlines.image());
    }
    // Nodes as dots of a few device pixels, major kinds last (on top).
    const int radius = std::max(1, qRound(1.5 * dpr));
    const auto dot = [&](QPointF centre, QRgb colour) {
        const int cx = qRound(centre.x());
        const int cy = qRound(centre.y());
        for (int y = std::max(0, cy - radius); y <= std::min(pixels.height() - 1, cy + radius); ++y) {
            auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = std::max(0, cx - radius); x <= std::min(pixels.width() - 1, cx + radius); ++x)
                row[x] = colour;
        }
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < n; ++i) {
            if (!placed[size_t(i)])
                continue;
            const NodeKind kind = size_t(i) < kinds.size() ? kinds[size_t(i)] : NodeKind::Other;
            const bool major = kind == NodeKind::Person || kind == NodeKind::Event || kind == NodeKind::Organization;
            if (major == (pass == 1))
                dot(toPixels.map(at[size_t(i)]), 0xff000000u | kindColorRgb(kind));
        }
    }
    QPainter painter(&image);
    const QRectF box = painter.fontMetrics().boundingRect(caption).adjusted(-6, -3, 6, 3);
    const QRectF placedBox = box.translated(QPointF(8, QSizeF(pixels).height() / dpr - 8 - box.height()) - box.topLeft());
    painter.fillRect(placedBox, QColor(255, 255, 255, 230));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(placedBox, Qt::AlignCenter, caption);
    return image;
}

} // namespace threadline
