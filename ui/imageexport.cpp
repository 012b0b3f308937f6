#include "imageexport.h"

#include <QPainter>
#include <QSaveFile>

#include "graphscene.h"
#include "knowledgegraph.h"
#include "legend.h"

namespace threadline {

namespace {
constexpr int margin = 40;
constexpr int titleHeight = 44;
constexpr int maxPixels = 16384; // per side: beyond that QImage allocation fails
} // namespace

QImage renderGraphImage(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                        const ViewFilter &filter, const ImageOptions &options)
{
    GraphScene scene;
    scene.setGraph(&graph, positions, filter);
    scene.setLabelScale(1.0);
    const QRectF source = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin);
    const int top = options.title.isEmpty() ? 0 : titleHeight;

    QSize size = options.size;
    if (!size.isValid() || size.isEmpty())
        size = QSize(int(source.width() * options.scale), int(source.height() * options.scale) + top);
    size = size.boundedTo(QSize(maxPixels, maxPixels)).expandedTo(QSize(16, 16 + top));

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(0xfbfbf8));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (!options.title.isEmpty()) {
        QFont font;
        font.setPointSizeF(15);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x222222));
        painter.drawText(QRect(0, 0, size.width(), titleHeight), Qt::AlignCenter, options.title);
    }
    const QRectF target(0, top, size.width(), size.height() - top);
    if (scene.visibleNodeCount() > 0)
        scene.render(&painter, target, source, Qt::KeepAspectRatio);
    if (options.legend) {
        paintLegend(painter, QPointF(12, top + 12), legendEntries(graph, filter));
    }
    painter.end();
    return image;
}

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the PNG: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace threadline
