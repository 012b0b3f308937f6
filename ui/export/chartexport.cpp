#include "chartexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "analyticsview.h"
#include "knowledgegraph.h"
#include "timelineview.h"

namespace threadline {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Lets widgets lay out and Qt Quick render a frame or two.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

bool chartPictureFromName(const QString &name, ChartPicture *picture)
{
    if (name == QLatin1String("timeline"))
        *picture = ChartPicture::Timeline;
    else if (name == QLatin1String("analytics"))
        *picture = ChartPicture::Analytics;
    else
        return false;
    return true;
}

bool writeDrawing(const std::function<void(QPainter &, const QRectF &)> &paint, QSize size, const QString &format,
                  const QString &title, const QString &path, QString *error)
{
    const QRectF target(QPointF(0, 0), QSizeF(size));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, target);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return fail(error, QStringLiteral("%1: cannot encode the PNG").arg(path));
    } else if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Written by Threadline %1").arg(QStringLiteral(THREADLINE_VERSION)));
        QPainter painter(&svg);
        paint(painter, target);
    } else if (format == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Threadline %1").arg(QStringLiteral(THREADLINE_VERSION)));
        pdf.setTitle(title);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point, QStringLiteral("Fitted")));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
    } else {
        return fail(error, QStringLiteral("%1: charts are written as png, svg or pdf, not %2").arg(path, format));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return fail(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

bool writeChartPicture(const KnowledgeGraph &graph, ChartPicture picture, QSize size, const QString &format,
                       const QString &title, const QString &path, QString *error)
{
    if (picture == ChartPicture::Timeline) {
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(size);
        view.show();
        settle(50);
        // The picture is the rows under the tool bar: make them `size`.
        view.resize(size.width(), size.height() + (view.height() - view.chart()->height()));
        settle(50);
        view.setGraph(&graph);
        settle(300);
        return writeDrawing([&](QPainter &painter, const QRectF &target) { view.paintTimeline(painter, target); },
                            size, format, title.isEmpty() ? QStringLiteral("Threadline timeline") : title, path,
                            error);
    }
    AnalyticsView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    settle(50);
    view.setGraph(&graph);
    settle(300);
    return writeDrawing([&](QPainter &painter, const QRectF &target) { view.paintAnalytics(painter, target); }, size,
                        format, title.isEmpty() ? QStringLiteral("Threadline analytics") : title, path, error);
}

} // namespace threadline
