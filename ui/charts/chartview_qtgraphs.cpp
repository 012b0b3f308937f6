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

    // GraphsView keeps what removeSeries() took, and the axes it had, until
    // its next polish, and then looks at them: deleting either in between
    // crashes it. So the axes are made once and series are pooled: a plot
    // with fewer series hides the rest, emptied.
    void setPlot(const ChartPlot &plot) override
    {
        QQuickItem *view = m_quick->rootObject();
        if (!view)
            return;
        if (!m_valueAxis) {
            m_dateAxis = new QDateTimeAxis(view);
            m_dateAxis->setSubTickCount(0);
            m_categoryAxis = new QBarCategoryAxis(view);
            m_valueAxis = new QValueAxis(view);
            m_valueAxis->setSubTickCount(0);
            m_valueAxis->setLabelDecimals(0);
            view->setProperty("axisY", QVariant::fromValue(static_cast<QObject *>(m_valueAxis)));
        }
        QObject *xAxis = nullptr;
        if (plot.xAxis == ChartPlot::XAxis::Dates) {
            m_dateAxis->setLabelFormat(dateLabelFormat(plot.xMax - plot.xMin));
            m_dateAxis->setMin(QDateTime::fromMSecsSinceEpoch(qint64(plot.xMin), QTimeZone::utc()));
            m_dateAxis->setMax(QDateTime::fromMSecsSinceEpoch(qint64(plot.xMax), QTimeZone::utc()));
            m_dateAxis->setTitleText(plot.xTitle);
            xAxis = m_dateAxis;
        } else {
            m_categoryAxis->setCategories(plot.categories);
            m_categoryAxis->setTitleText(plot.xTitle);
            xAxis = m_categoryAxis;
        }
        if (view->property("axisX").value<QObject *>() != xAxis)
            view->setProperty("axisX", QVariant::fromValue(xAxis));
        m_valueAxis->setMin(plot.yMin);
        m_valueAxis->setMax(plot.yMax);
        m_valueAxis->setLabelsVisible(plot.yLabels);
        m_valueAxis->setGridVisible(plot.yLabels);
        m_valueAxis->setTickInterval(plot.yTicks > 1 ? (plot.yMax - plot.yMin) / (plot.yTicks - 1) : 0);
        // Without y labels the plot starts near the widget's left edge,
        // leaving half a date label's room.
        view->setProperty("marginLeft", plot.yLabels ? 4.0 : 36.0 - yAxisRoom);

        const auto add = [view](QObject *series) {
            QMetaObject::invokeMethod(view, "addSeries", Q_ARG(QObject *, series));
        };
        if (plot.xAxis == ChartPlot::XAxis::Categories) {
            if (!m_bars) {
                m_barSet = new QBarSet(view);
                m_bars = new QBarSeries(view);
                m_bars->setBarWidth(0.7);
                m_bars->append(m_barSet);
                add(m_bars);
            }
            QVariantList values;
            for (double value : plot.values)
                values.append(value);
            m_barSet->setValues(values);
            m_barSet->setColor(plot.barColor);
            m_barSet->setBorderColor(plot.barColor.darker(120));
            m_bars->setVisible(true);
        } else if (m_bars) {
            m_bars->setVisible(false);
        }

        qsizetype usedLines = 0;
        for (const ChartPlot::Lines &lines : plot.lines) {
            for (const QLineF &line : lines.lines) {
                if (usedLines == m_lines.size()) {
                    auto *series = new QLineSeries(view);
                    series->setCapStyle(Qt::FlatCap);
                    m_lines.append(series);
                    add(series);
                }
                QLineSeries *series = m_lines[usedLines++];
                series->setName(lines.name);
                series->replace(QList<QPointF>{line.p1(), line.p2()});
                series->setColor(lines.color);
                series->setWidth(lines.width);
                series->setVisible(true);
            }
        }
        for (qsizetype i = usedLines; i < m_lines.size(); ++i) {
            m_lines[i]->clear();
            m_lines[i]->setVisible(false);
        }
        qsizetype usedPoints = 0;
        for (const ChartPlot::Points &points : plot.points) {
            if (usedPoints == m_scatters.size()) {
                auto *series = new QScatterSeries(view);
                m_scatters.append(series);
                add(series);
            }
            QScatterSeries *series = m_scatters[usedPoints++];
            series->setName(points.name);
            series->replace(points.points);
            series->setColor(points.color);
            QQmlComponent *marker = delegate(points.marker, points.size);
            if (series->pointDelegate() != marker)
                series->setPointDelegate(marker);
            series->setVisible(true);
        }
        for (qsizetype i = usedPoints; i < m_scatters.size(); ++i) {
            m_scatters[i]->clear();
            m_scatters[i]->setVisible(false);
        }
    }

    void setXRange(double min, double max) override
    {
        if (m_dateAxis && m_quick->rootObject()
            && m_quick->rootObject()->property("axisX").value<QObject *>() == m_dateAxis) {
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
    QDateTimeAxis *m_dateAxis = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_barSet = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QScatterSeries *> m_scatters;
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
