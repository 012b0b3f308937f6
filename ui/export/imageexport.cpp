#include "imageexport.h"

#include <algorithm>

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "graphitems.h"
#include "graphscene.h"
#include "kindstyle.h"
#include "knowledgegraph.h"
#include "legend.h"

namespace threadline {

namespace {

constexpr int margin = 40;
constexpr int titleHeight = 44;
constexpr int maxPixels = 16384; // per side: beyond that QImage allocation fails
constexpr int legendGap = 12;    // between the legend (drawn 12 px in) and the graph

// One scene per export, set up the way every format draws it.
struct ExportScene
{
    GraphScene scene;
    QRectF source;

    ExportScene(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                const ViewFilter &filter, const ImageOptions &options)
    {
        scene.setGraph(&graph, positions, filter);
        scene.setLabelScale(1.0);
        source = options.sceneRect.isEmpty()
            ? scene.contentBounds().adjusted(-margin, -margin, margin, margin)
            : options.sceneRect;
    }

    QSize naturalSize(const ImageOptions &options, const KnowledgeGraph &graph, const ViewFilter &filter) const
    {
        int top = options.title.isEmpty() ? 0 : titleHeight;
        // Room for the legend above the graph, so it covers nothing.
        if (options.legend)
            top += int(legendSize(legendEntries(graph, filter)).height()) + legendGap;
        return QSize(int(source.width()), int(source.height()) + top);
    }
};

// Where the graph goes in `target` so the legend at its top left covers
// none of it: beside the legend or below it, whichever draws it larger.
QRectF besideLegend(const QRectF &target, const QSizeF &legend, const QSizeF &source)
{
    const QRectF right = target.adjusted(legend.width() + legendGap, 0, 0, 0);
    const QRectF below = target.adjusted(0, legend.height() + legendGap, 0, 0);
    const auto scale = [&source](const QRectF &r) {
        return std::min(r.width() / source.width(), r.height() / source.height());
    };
    return scale(right) > scale(below) ? right : below;
}

// Title, graph and legend into `area` of the painter's device.
void paintGraph(QPainter &painter, const QRectF &area, ExportScene &content, const KnowledgeGraph &graph,
                const ViewFilter &filter, const ImageOptions &options)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (!options.transparent)
        painter.fillRect(area, canvasBackground());
    qreal top = area.top();
    if (!options.title.isEmpty()) {
        QFont font;
        font.setPointSizeF(15);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x222222));
        painter.drawText(QRectF(area.left(), top, area.width(), titleHeight), Qt::AlignCenter, options.title);
        top += titleHeight;
    }
    const QRectF room(area.left(), top, area.width(), area.bottom() - top);
    const QList<LegendEntry> entries = options.legend ? legendEntries(graph, filter) : QList<LegendEntry>();
    const auto placed = [&] { return options.legend ? besideLegend(room, legendSize(entries), content.source.size()) : room; };
    QRectF target = placed();
    // A picture smaller than the layout draws its labels larger by as much,
    // as the canvas does zoomed out (NodeItem::labelScaleAt): the bundled
    // corpus at 1600 × 1000 had labels 7 pixels high. The labels are
    // decluttered again at that size, and the graph fitted again.
    const qreal drawn = std::min(target.width() / content.source.width(), target.height() / content.source.height());
    if (drawn > 0 && drawn < 1) {
        content.scene.setLabelScale(NodeItem::labelScaleAt(drawn));
        if (options.sceneRect.isEmpty())
            content.source = content.scene.contentBounds().adjusted(-margin, -margin, margin, margin);
        target = placed();
    }
    if (content.scene.visibleNodeCount() > 0 && target.width() > 0 && target.height() > 0)
        content.scene.render(&painter, target, content.source, Qt::KeepAspectRatio);
    if (options.legend)
        paintLegend(painter, QPointF(area.left() + 12, top + 12), entries);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QImage renderGraphImage(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
                        const ViewFilter &filter, const ImageOptions &options)
{
    ExportScene content(graph, positions, filter, options);
    QSize size = options.size;
    if (!size.isValid() || size.isEmpty())
        size = content.naturalSize(options, graph, filter) * options.scale;
    size = size.boundedTo(QSize(maxPixels, maxPixels)).expandedTo(QSize(16, 16));

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMeter = qRound(std::clamp(options.dpi, 1, 100000) / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paintGraph(painter, QRectF(QPointF(0, 0), QSizeF(size)), content, graph, filter, options);
    painter.end();
    return image;
}

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(error, QStringLiteral("%1: cannot write the PNG: %2").arg(path, file.errorString()));
    return true;
}

bool writeSvg(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const ViewFilter &filter, const ImageOptions &options, const QString &path, QString *error)
{
    ExportScene content(graph, positions, filter, options);
    QSize size = options.size;
    if (!size.isValid() || size.isEmpty())
        size = content.naturalSize(options, graph, filter) * options.scale;
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(options.title.isEmpty() ? QStringLiteral("Threadline graph") : options.title);
    svg.setDescription(QStringLiteral("Written by Threadline %1").arg(QStringLiteral(THREADLINE_VERSION)));
    QPainter painter(&svg);
    paintGraph(painter, QRectF(QPointF(0, 0), QSizeF(size)), content, graph, filter, options);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return fail(error, QStringLiteral("%1: cannot write the SVG: %2").arg(path, file.errorString()));
    return true;
}

bool writePdf(const KnowledgeGraph &graph, const QHash<NodeId, QPointF> &positions,
              const ViewFilter &filter, const ImageOptions &options, const QString &path, QString *error)
{
    ExportScene content(graph, positions, filter, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("Threadline %1").arg(QStringLiteral(THREADLINE_VERSION)));
    pdf.setTitle(options.title.isEmpty() ? QStringLiteral("Threadline graph") : options.title);
    pdf.setResolution(96);
    const QSize natural = content.naturalSize(options, graph, filter);
    if (options.pageSize.isEmpty()) {
        // Fitted: one page exactly the drawing's size (96 dpi → points × 0.75).
        pdf.setPageSize(QPageSize(QSizeF(natural) * 0.75, QPageSize::Point, QStringLiteral("Fitted")));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    } else {
        const QPageSize::PageSizeId id = [&] {
            for (int i = 0; i < QPageSize::LastPageSize; ++i) {
                const auto candidate = QPageSize::PageSizeId(i);
                if (QPageSize::name(candidate).compare(options.pageSize, Qt::CaseInsensitive) == 0)
                    return candidate;
            }
            return QPageSize::Custom;
        }();
        if (id == QPageSize::Custom)
            return fail(error, QStringLiteral("unknown page size \"%1\" (try A4, A3, Letter)").arg(options.pageSize));
        pdf.setPageSize(QPageSize(id));
        pdf.setPageOrientation(natural.width() >= natural.height() ? QPageLayout::Landscape
                                                                   : QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    }
    QPainter painter(&pdf);
    const QRect page = painter.viewport();
    paintGraph(painter, QRectF(page), content, graph, filter, options);
    painter.end();
    buffer.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return fail(error, QStringLiteral("%1: cannot write the PDF: %2").arg(path, file.errorString()));
    return true;
}

} // namespace threadline
