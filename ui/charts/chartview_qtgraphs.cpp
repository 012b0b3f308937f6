// The chart backend for Qt 6.8 and newer: Qt Graphs' 2D GraphsView, which
// is a Qt Quick item, in a QQuickWidget; axes and series are made here.
#include "chartview.h"

#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtGraphs/QBarCategoryAxis>
#include <QtGraphs/QBarSeries>
#include <QtGraphs/QBarSet>
#include <QtGraphs/QDateTimeAxis>
#include <QtGraphs/QLineSeries>
#include <QtGraphs/QScatterSeries>
#include <QtGraphs/QValueAxis>

namespace threadline {

namespace {

// GraphsView (6.8) keeps fixed room for its axes: 60 px left of the plot
// for the y labels and ticks, 40 px under it for the x labels and ticks
// (QGraphsView::updateAxisAreas). It does not publish its plot area, so
// the backend computes it from the margins set in graphsview.qml; the
// Debian 13 tests check the markers land where this says.
constexpr qreal yAxisRoom = 60;
constexpr qreal xAxisRoom = 40;

QString markerQml(ChartPlot::Marker marker, qreal size)
{
    const QString s = QString::number(size, 'f', 1);
    switch (marker) {
    case ChartPlot::Marker::Square:
        return QStringLiteral("import QtQuick\nRectangle { property color pointColor; width: %1; height: %1; "
                              "color: pointColor; border.color: Qt.darker(pointColor, 1.4); border.width: 1 }")
            .arg(s);
    case ChartPlot::Marker::Diamond:
        return QStringLiteral("import QtQuick\nItem { property color pointColor; width: %1; height: %1;\n"
                              "Rectangle { anchors.centerIn: parent; width: %1 * 0.72; height: %1 * 0.72; "
                              "rotation: 45; color: pointColor; border.color: Qt.darker(pointColor, 1.4); "
                              "border.width: 1 } }")
            .arg(s);
    case ChartPlot::Marker::Triangle:
        return QStringLiteral("import QtQuick\nItem { property color pointColor; width: %1; height: %1;\n"
                              "Text { anchors.centerIn: parent; text: \"\\u25B2\"; color: pointColor; "
                              "font.pixelSize: %1 * 1.1 } }")
            .arg(s);
    case ChartPlot::Marker::Circle:
        break;
    }
    return QStringLiteral("import QtQuick\nRectangle { property color pointColor; width: %1; height: %1; "
                          "radius: %1 / 2; color: pointColor; border.color: Qt.darker(pointColor, 1.4); "
                          "border.width: 1 }")
        .arg(s);
}

class QtGraphsView final : public ChartView
{
public:
    explicit QtGraphsView(QWidget *parent) : ChartView(parent), m_quick(new QQuickWidget(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_quick);
        m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
        m_quick->setClearColor(Qt::white);
        m_quick->setSource(QUrl(QStringLiteral("qrc:/threadline/charts/graphsview.qml")));
        if (m_quick->status() != QQuickWidget::Ready)
            qWarning("Threadline: Qt Graphs chart did not load: %s",
                     qPrintable(m_quick->errors().isEmpty() ? QString() : m_quick->errors().first().toString()));
    }

    void setPlot(const ChartPlot &plot) override
    {
        QQuickItem *view = m_quick->rootObject();
        if (!view)
            return;
        for (QObject *series : std::as_const(m_series)) {
            QMetaObject::invokeMethod(view, "removeSeries", Q_ARG(QObject *, series));
            series->deleteLater();
        }
        m_series.clear();
        // The old axes stay owned by the view until replaced.
        QObject *xAxis = nullptr;
        m_dateAxis = nullptr;
        if (plot.xAxis == ChartPlot::XAxis::Dates) {
            auto *axis = new QDateTimeAxis(view);
            axis->setLabelFormat(dateLabelFormat(plot.xMax - plot.xMin));
            axis->setMin(QDateTime::fromMSecsSinceEpoch(qint64(plot.xMin), QTimeZone::utc()));
            axis->setMax(QDateTime::fromMSecsSinceEpoch(qint64(plot.xMax), QTimeZone::utc()));
            axis->setSubTickCount(0);
            if (!plot.xTitle.isEmpty())
                axis->setTitleText(plot.xTitle);
            m_dateAxis = axis;
            xAxis = axis;
        } else {
            auto *axis = new QBarCategoryAxis(view);
            axis->setCategories(plot.categories);
            if (!plot.xTitle.isEmpty())
                axis->setTitleText(plot.xTitle);
            xAxis = axis;
        }
        auto *yAxis = new QValueAxis(view);
        yAxis->setMin(plot.yMin);
        yAxis->setMax(plot.yMax);
        yAxis->setLabelsVisible(plot.yLabels);
        yAxis->setGridVisible(plot.yLabels);
        yAxis->setSubTickCount(0);
        yAxis->setTickInterval(plot.yTicks > 1 ? (plot.yMax - plot.yMin) / (plot.yTicks - 1) : 0);
        yAxis->setLabelDecimals(0);
        view->setProperty("axisX", QVariant::fromValue(xAxis));
        view->setProperty("axisY", QVariant::fromValue(static_cast<QObject *>(yAxis)));
        // Without y labels the plot starts at the widget's left edge.
        view->setProperty("marginLeft", plot.yLabels ? 4.0 : 4.0 - yAxisRoom);
        delete m_xAxis;
        delete m_yAxis;
        m_xAxis = xAxis;
        m_yAxis = yAxis;

        const auto add = [&](QObject *series) {
            m_series.append(series);
            QMetaObject::invokeMethod(view, "addSeries", Q_ARG(QObject *, series));
        };
        if (plot.xAxis == ChartPlot::XAxis::Categories) {
            auto *set = new QBarSet(view);
            QVariantList values;
            for (double value : plot.values)
                values.append(value);
            set->setValues(values);
            set->setColor(plot.barColor);
            set->setBorderColor(plot.barColor.darker(120));
            auto *bars = new QBarSeries(view);
            bars->setBarWidth(0.7);
            bars->append(set);
            add(bars);
        }
        for (const ChartPlot::Lines &lines : plot.lines) {
            for (const QLineF &line : lines.lines) {
                auto *series = new QLineSeries(view);
                series->setName(lines.name);
                series->append(line.p1());
                series->append(line.p2());
                series->setColor(lines.color);
                series->setWidth(lines.width);
                series->setCapStyle(Qt::FlatCap);
                add(series);
            }
        }
        for (const ChartPlot::Points &points : plot.points) {
            auto *series = new QScatterSeries(view);
            series->setName(points.name);
            series->append(points.points);
            series->setColor(points.color);
            series->setPointDelegate(delegate(points.marker, points.size));
            add(series);
        }
    }

    void setXRange(double min, double max) override
    {
        if (m_dateAxis) {
            m_dateAxis->setLabelFormat(dateLabelFormat(max - min));
            m_dateAxis->setMin(QDateTime::fromMSecsSinceEpoch(qint64(min), QTimeZone::utc()));
            m_dateAxis->setMax(QDateTime::fromMSecsSinceEpoch(qint64(max), QTimeZone::utc()));
        }
    }

    QRectF plotArea() const override
    {
        const QQuickItem *view = m_quick->rootObject();
        if (!view)
            return {};
        const qreal left = view->property("marginLeft").toReal() + yAxisRoom;
        const qreal top = view->property("marginTop").toReal();
        const qreal right = view->property("marginRight").toReal();
        const qreal bottom = view->property("marginBottom").toReal() + xAxisRoom;
        const QRectF area(left, top, view->width() - left - right, view->height() - top - bottom);
        return area.translated(m_quick->pos());
    }

    void paintChart(QPainter &painter, const QRectF &target) override
    {
        const QImage frame = m_quick->grabFramebuffer();
        painter.drawImage(target, frame);
    }

private:
    QQmlComponent *delegate(ChartPlot::Marker marker, qreal size)
    {
        const QString key = QStringLiteral("%1/%2").arg(int(marker)).arg(size);
        if (QQmlComponent *known = m_delegates.value(key))
            return known;
        auto *component = new QQmlComponent(m_quick->engine(), this);
        component->setData(markerQml(marker, size).toUtf8(), QUrl());
        if (component->isError())
            qWarning("Threadline: chart marker: %s", qPrintable(component->errorString()));
        m_delegates.insert(key, component);
        return component;
    }

    QQuickWidget *m_quick;
    QList<QObject *> m_series;
    QObject *m_xAxis = nullptr;
    QObject *m_yAxis = nullptr;
    QDateTimeAxis *m_dateAxis = nullptr;
    QHash<QString, QQmlComponent *> m_delegates;
};

} // namespace

ChartView *ChartView::create(QWidget *parent)
{
    return new QtGraphsView(parent);
}

QString ChartView::backendName()
{
    return QStringLiteral("Qt Graphs");
}

} // namespace threadline
