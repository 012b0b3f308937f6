#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace threadline {

// What a chart shows, said once for both backends.
struct ChartPlot
{
    enum class XAxis { Dates, Categories }; // dates: x in ms since the epoch, UTC
    enum class Marker { Circle, Square, Diamond, Triangle };

    struct Points
    {
        QString name;
        QList<QPointF> points;
        QColor color;
        Marker marker = Marker::Circle;
        qreal size = 10; // pixels across
    };
    struct Lines // each QLineF drawn on its own, as a bar from p1 to p2
    {
        QString name;
        QList<QLineF> lines;
        QColor color;
        qreal width = 2;
    };

    XAxis xAxis = XAxis::Dates;
    double xMin = 0, xMax = 1;
    double yMin = 0, yMax = 1;
    QString xTitle;
    bool yLabels = true;   // numbers on the y axis (off where the caller labels lanes)
    int yTicks = 5;
    QStringList categories; // Categories: one bar each, x from -0.5 to n-0.5
    QList<double> values;
    QColor barColor;
    QList<Lines> lines;     // drawn first
    QList<Points> points;   // drawn over the lines, in order
};

// The date axis's label format for a shown span. Both backends put ticks at
// even steps, not at month starts, so a tick says its day unless the span
// is years long.
inline QString dateLabelFormat(double spanMs)
{
    const double days = spanMs / 86400000.0;
    if (days > 3 * 365)
        return QStringLiteral("yyyy");
    return QStringLiteral("d MMM yyyy");
}

// One chart, drawn by Qt Graphs (Qt 6.8 and newer) or Qt Charts (older Qt),
// whichever the build was configured with. It only draws: what a click or
// a drag means is the caller's business, found with plotArea() and the
// plot's axis ranges, so both backends behave alike.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    // A new chart of the configured backend.
    static ChartView *create(QWidget *parent = nullptr);
    // "Qt Graphs" or "Qt Charts".
    static QString backendName();

    using QWidget::QWidget;

    virtual void setPlot(const ChartPlot &plot) = 0;
    // Zoom and pan: a new x range without rebuilding the series.
    virtual void setXRange(double min, double max) = 0;
    // The rectangle the axes' ranges map onto, in this widget's coordinates.
    virtual QRectF plotArea() const = 0;
    // Draws the chart as shown into `target` (for export). Qt Charts draws
    // vectors; Qt Graphs draws its rendered frame.
    virtual void paintChart(QPainter &painter, const QRectF &target) = 0;
};

} // namespace threadline
