// The chart backend for Qt older than 6.8: Qt Charts, a QGraphicsView, so
// export draws vectors.
#include "chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QTimeZone>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace threadline {

namespace {

QScatterSeries::MarkerShape shapeOf(ChartPlot::Marker marker)
{
    switch (marker) {
    case ChartPlot::Marker::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case ChartPlot::Marker::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case ChartPlot::Marker::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case ChartPlot::Marker::Circle:
        break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

class QtChartsView final : public ChartView
{
public:
    explicit QtChartsView(QWidget *parent) : ChartView(parent), m_view(new QChartView(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setFrameShape(QFrame::NoFrame);
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 8, 4));
        chart->setBackgroundRoundness(0);
        m_view->setChart(chart);
    }

    void setPlot(const ChartPlot &plot) override
    {
        QChart *chart = m_view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis), delete axis;
        m_xAxis = nullptr;

        QAbstractAxis *xAxis = nullptr;
        if (plot.xAxis == ChartPlot::XAxis::Dates) {
            auto *axis = new QDateTimeAxis;
            axis->setFormat(dateLabelFormat(plot.xMax - plot.xMin));
            axis->setTickCount(6);
            axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(plot.xMin), QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(qint64(plot.xMax), QTimeZone::utc()));
            m_xAxis = axis;
            xAxis = axis;
        } else {
            auto *axis = new QBarCategoryAxis;
            axis->append(plot.categories);
            xAxis = axis;
        }
        if (!plot.xTitle.isEmpty())
            xAxis->setTitleText(plot.xTitle);
        chart->addAxis(xAxis, Qt::AlignBottom);
        auto *yAxis = new QValueAxis;
        yAxis->setRange(plot.yMin, plot.yMax);
        yAxis->setLabelsVisible(plot.yLabels);
        yAxis->setGridLineVisible(plot.yLabels);
        yAxis->setLineVisible(plot.yLabels);
        yAxis->setTickCount(std::max(2, plot.yTicks));
        if (plot.yLabels)
            yAxis->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(yAxis, Qt::AlignLeft);

        if (plot.xAxis == ChartPlot::XAxis::Categories) {
            auto *set = new QBarSet(QString());
            for (double value : plot.values)
                set->append(value);
            set->setColor(plot.barColor);
            set->setBorderColor(plot.barColor.darker(120));
            auto *bars = new QBarSeries;
            bars->append(set);
            bars->setBarWidth(0.7);
            chart->addSeries(bars);
            bars->attachAxis(xAxis);
            bars->attachAxis(yAxis);
        }
        const auto attach = [&](QAbstractSeries *series) {
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        };
        for (const ChartPlot::Lines &lines : plot.lines) {
            for (const QLineF &line : lines.lines) {
                auto *series = new QLineSeries;
                series->setName(lines.name);
                series->append(line.p1());
                series->append(line.p2());
                QPen pen(lines.color, lines.width);
                pen.setCapStyle(Qt::FlatCap);
                series->setPen(pen);
                attach(series);
            }
        }
        for (const ChartPlot::Points &points : plot.points) {
            auto *series = new QScatterSeries;
            series->setName(points.name);
            series->append(points.points);
            series->setMarkerShape(shapeOf(points.marker));
            series->setMarkerSize(points.size);
            series->setColor(points.color);
            series->setBorderColor(points.color.darker(140));
            attach(series);
        }
    }

    void setXRange(double min, double max) override
    {
        if (m_xAxis)
            m_xAxis->setFormat(dateLabelFormat(max - min));
        if (m_xAxis)
            m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(min), QTimeZone::utc()),
                              QDateTime::fromMSecsSinceEpoch(qint64(max), QTimeZone::utc()));
    }

    QRectF plotArea() const override
    {
        const QRectF inScene = m_view->chart()->mapRectToScene(m_view->chart()->plotArea());
        const QRectF inView = m_view->mapFromScene(inScene).boundingRect();
        return inView.translated(m_view->pos());
    }

    void paintChart(QPainter &painter, const QRectF &target) override
    {
        m_view->render(&painter, target, m_view->viewport()->rect());
    }

private:
    QChartView *m_view;
    QDateTimeAxis *m_xAxis = nullptr;
};

} // namespace

ChartView *ChartView::create(QWidget *parent)
{
    return new QtChartsView(parent);
}

QString ChartView::backendName()
{
    return QStringLiteral("Qt Charts");
}

} // namespace threadline
