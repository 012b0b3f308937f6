#include "timelineview.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "chartexport.h"
#include "graphdocument.h"
#include "knowledgegraph.h"
#include "selection.h"

namespace threadline {

namespace {

constexpr double dayMs = 86400000.0;
constexpr int titleWidth = 150;
constexpr qreal pickRadius = 9;

double dayStart(QDate day)
{
    return double(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

QDate dayOf(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(x)), QTimeZone::utc()).date();
}

// Where a mark sits on the x axis: a day at its noon, a range from the
// start of its first day to the end of its last.
double markStart(const DateSpan &when)
{
    return when.isPoint() ? dayStart(when.first) + dayMs / 2 : dayStart(when.first);
}

double markEnd(const DateSpan &when)
{
    return when.isPoint() ? markStart(when) : dayStart(when.last) + dayMs;
}

QColor typeColor(const QString &type)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("meeting"), QColor(0x2b6cb0)},     {QStringLiteral("phone_call"), QColor(0x2f855a)},
        {QStringLiteral("summit"), QColor(0x6b46c1)},      {QStringLiteral("ministerial"), QColor(0x805ad5)},
        {QStringLiteral("talks"), QColor(0x00838f)},       {QStringLiteral("interview"), QColor(0xc05621)},
        {QStringLiteral("visit"), QColor(0x3182ce)},       {QStringLiteral("military_action"), QColor(0xc53030)},
        {QStringLiteral("strike"), QColor(0xc53030)},      {QStringLiteral("statement"), QColor(0xb7791f)},
    };
    return colours.value(type, QColor(0x718096));
}

ChartPlot::Marker typeMarker(const QString &type)
{
    if (type == QLatin1String("meeting") || type == QLatin1String("talks") || type == QLatin1String("visit"))
        return ChartPlot::Marker::Circle;
    if (type == QLatin1String("summit") || type == QLatin1String("ministerial"))
        return ChartPlot::Marker::Square;
    if (type == QLatin1String("phone_call") || type == QLatin1String("military_action")
        || type == QLatin1String("strike"))
        return ChartPlot::Marker::Triangle;
    return ChartPlot::Marker::Diamond;
}

QColor faded(QColor colour)
{
    colour.setAlpha(110);
    return colour;
}

// Where in its lane a mark sits, in lanes: ticks under the events, and
// marks on the same days stacked a little apart, alternately up and down.
double laneOffset(const TimelineMark &mark)
{
    // Ticks: two levels, then they share; events: up to two each side.
    const int level = mark.statement ? std::min(mark.stack, 2) : std::min(mark.stack, 4);
    const double stack = level == 0 ? 0 : ((level + 1) / 2) * (level % 2 ? 0.3 : -0.3);
    return mark.statement ? -0.28 + stack / 3 : stack;
}

QString describeDate(const DateSpan &when)
{
    const QLocale locale;
    QString text;
    if (when.precision == DateSpan::Precision::Year)
        text = QString::number(when.first.year());
    else if (when.precision == DateSpan::Precision::Month && when.first.month() == when.last.month()
             && when.first.year() == when.last.year())
        text = locale.toString(when.first, QStringLiteral("MMMM yyyy"));
    else if (when.isPoint())
        text = locale.toString(when.first, QStringLiteral("d MMMM yyyy"));
    else
        text = QStringLiteral("%1 – %2").arg(locale.toString(when.first, QStringLiteral("d MMM yyyy")),
                                             locale.toString(when.last, QStringLiteral("d MMM yyyy")));
    return when.inferred ? QObject::tr("%1 (date inferred)").arg(text) : text;
}

} // namespace

// Takes the mouse over the chart; paints the brush and the hovered ring.
class TimelineOverlay : public QWidget
{
public:
    explicit TimelineOverlay(TimelineView *view, QWidget *parent) : QWidget(parent), m_view(view)
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::ClickFocus);
        setAttribute(Qt::WA_NoSystemBackground);
        setObjectName(QStringLiteral("timelinePlot"));
    }

    std::optional<int> hovered;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF plot = m_view->plotRect().translated(-pos());
        if (m_view->m_brush) {
            double a = m_view->xToPixel(m_view->m_brush->first) - pos().x();
            double b = m_view->xToPixel(m_view->m_brush->second) - pos().x();
            if (a > b)
                std::swap(a, b);
            const QRectF band(QPointF(std::max(a, plot.left()), plot.top()),
                              QPointF(std::min(b, plot.right()), plot.bottom()));
            painter.fillRect(band, QColor(66, 133, 244, 50));
            painter.setPen(QPen(QColor(66, 133, 244), 1));
            painter.drawLine(band.topLeft(), band.bottomLeft());
            painter.drawLine(band.topRight(), band.bottomRight());
        }
        if (hovered) {
            const auto at = m_view->markPositionOf(*hovered);
            if (at) {
                painter.setPen(QPen(QColor(0, 0, 0, 160), 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(QPointF(*at), 10, 10);
            }
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_press = event->position();
        m_lastX = event->position().x();
        m_dragged = false;
        m_button = event->button();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QPointF pos = event->position();
        if (event->buttons() == Qt::NoButton) {
            m_view->hoverAt(pos, event->globalPosition().toPoint());
            return;
        }
        if (!m_dragged && (pos - m_press).manhattanLength() < 4)
            return;
        m_dragged = true;
        if (m_button == Qt::LeftButton) {
            m_view->brushTo(m_press.x() + x(), pos.x() + x());
        } else {
            m_view->panBy(pos.x() - m_lastX);
            m_lastX = pos.x();
        }
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (!m_dragged && m_button == Qt::LeftButton)
            m_view->clickAt(event->position());
        else if (m_dragged && m_button == Qt::LeftButton && m_view->m_brush)
            Q_EMIT m_view->rangeBrushed(m_view->brushedRange()->first, m_view->brushedRange()->second);
        m_dragged = false;
    }

    void wheelEvent(QWheelEvent *event) override
    {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            m_view->zoomAt(event->position().x() + x(), std::pow(0.8, steps));
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Escape:
            m_view->clearBrush();
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_view->zoomAt(m_view->plotRect().center().x(), 0.8);
            break;
        case Qt::Key_Minus:
            m_view->zoomAt(m_view->plotRect().center().x(), 1.25);
            break;
        case Qt::Key_Left:
            m_view->panBy(width() / 8.0);
            break;
        case Qt::Key_Right:
            m_view->panBy(-width() / 8.0);
            break;
        case Qt::Key_0:
            m_view->fit();
            break;
        default:
            QWidget::keyPressEvent(event);
        }
    }

    void leaveEvent(QEvent *) override
    {
        hovered.reset();
        update();
    }

private:
    TimelineView *m_view;
    QPointF m_press;
    double m_lastX = 0;
    bool m_dragged = false;
    Qt::MouseButton m_button = Qt::NoButton;
};

// The lanes' titles, left of the plot, each at its lane's height.
class LaneTitles : public QWidget
{
public:
    explicit LaneTitles(TimelineView *view, QWidget *parent) : QWidget(parent), m_view(view)
    {
        setFixedWidth(titleWidth);
    }

    void paintTitles(QPainter &painter, QPointF offset)
    {
        const QFontMetrics metrics(font());
        painter.setFont(font());
        const auto &lanes = m_view->m_arrangement.lanes;
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            const double y = m_view->yToPixel(m_view->laneY(int(i))) + offset.y();
            const QString text = metrics.elidedText(lanes[i].title, Qt::ElideRight, titleWidth - 10);
            painter.setPen(lanes[i].actor.isValid() || !lanes[i].type.isEmpty() ? QColor(0x222222)
                                                                                  : QColor(0x777777));
            painter.drawText(QRectF(offset.x(), y - metrics.height(), titleWidth - 6, 2 * metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        paintTitles(painter, QPointF(0, -y()));
    }

private:
    TimelineView *m_view;
};

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("Lanes: actors"));
    m_lanes->addItem(tr("Lanes: event types"));
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLaneMode(index == 1 ? LaneMode::EventTypes : LaneMode::Actors); });
    bar->addWidget(m_lanes);
    auto *fitButton = new QToolButton(this);
    fitButton->setText(tr("Fit"));
    fitButton->setToolTip(tr("Show every date (0)"));
    connect(fitButton, &QToolButton::clicked, this, &TimelineView::fit);
    bar->addWidget(fitButton);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearTimelineRange"));
    m_clear->setText(tr("Clear Range"));
    m_clear->setToolTip(tr("Show the whole graph again (Esc)"));
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &TimelineView::clearBrush);
    bar->addWidget(m_clear);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportTimeline"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the timeline as shown: PNG, SVG or PDF"));
    connect(exportButton, &QToolButton::clicked, this, &TimelineView::chooseExport);
    bar->addWidget(exportButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setTextFormat(Qt::RichText);
    bar->addWidget(m_status, 1);
    auto *legend = new QLabel(tr("<span style='color:#2b6cb0'>●</span> meeting &nbsp;"
                                 "<span style='color:#6b46c1'>■</span> summit, ministerial &nbsp;"
                                 "<span style='color:#2f855a'>▲</span> call "
                                 "<span style='color:#c53030'>▲</span> military &nbsp;"
                                 "<span style='color:#b7791f'>◆</span> statement &nbsp;"
                                 "bar: a range or a month &nbsp; faded: date inferred"),
                              this);
    legend->setStyleSheet(QStringLiteral("color:#555;"));
    // Labels give way when the window is narrow, so the dock never holds
    // the window wider than the screen.
    legend->setMinimumWidth(1); // below its text's width when it must
    legend->setToolTip(legend->text());
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    bar->addWidget(legend);
    layout->addLayout(bar);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_titles = new LaneTitles(this, this);
    row->addWidget(m_titles);
    m_chart = ChartView::create(this);
    m_chart->setMinimumHeight(70);
    row->addWidget(m_chart, 1);
    layout->addLayout(row, 1);
    m_overlay = new TimelineOverlay(this, this);
    m_overlay->raise();
    m_chart->installEventFilter(this);
}

void TimelineView::setDocument(const GraphDocument *document, Selection *selection)
{
    m_document = document;
    m_graph = &document->graph();
    m_selection = selection;
    for (auto signal : {&GraphDocument::nodesAdded, &GraphDocument::nodesRemoved, &GraphDocument::nodesChanged})
        connect(document, signal, this, &TimelineView::scheduleRefresh);
    for (auto signal : {&GraphDocument::edgesAdded, &GraphDocument::edgesRemoved})
        connect(document, signal, this, &TimelineView::scheduleRefresh);
    connect(document, &GraphDocument::wasReset, this, [this] {
        const bool brushed = m_brush.has_value();
        m_brush.reset();
        m_clear->setEnabled(false);
        m_xMin = m_xMax = 0; // a new graph: show where its story is
        refresh();
        showMainPeriod();
        if (brushed)
            Q_EMIT rangeCleared();
    });
    // Once per turn of the event loop: a rubber band changes the selection
    // at every mouse move.
    connect(selection, &Selection::changed, this, [this] { m_highlightLater.request(); });
    refresh();
    showMainPeriod();
}

void TimelineView::setGraph(const KnowledgeGraph *graph)
{
    m_graph = graph;
    refresh();
    showMainPeriod();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    const QSignalBlocker block(m_lanes);
    m_lanes->setCurrentIndex(mode == LaneMode::EventTypes ? 1 : 0);
    refresh();
}

void TimelineView::scheduleRefresh()
{
    m_refreshLater.request();
}

void TimelineView::refresh()
{
    if (!m_graph)
        return;
    m_timeline = buildTimeline(*m_graph);
    m_lanesFitted = lanesThatFit();
    m_arrangement = arrangeTimeline(*m_graph, m_timeline, m_mode, m_lanesFitted);
    const QDate first = m_timeline.first();
    const QDate last = m_timeline.last();
    const bool hadData = m_dataMax > m_dataMin + 1;
    if (first.isValid()) {
        const double span = std::max(dayStart(last) + dayMs - dayStart(first), 7 * dayMs);
        m_dataMin = dayStart(first) - span * 0.04;
        m_dataMax = dayStart(last) + dayMs + span * 0.04;
    } else {
        const double today = dayStart(QDate::currentDate());
        m_dataMin = today - 15 * dayMs;
        m_dataMax = today + 15 * dayMs;
    }
    if (first.isValid()) {
        const auto [from, to] = m_timeline.mainPeriod();
        const double span = std::max(dayStart(to) + dayMs - dayStart(from), 7 * dayMs);
        m_storyMin = dayStart(from) - span * 0.04;
        m_storyMax = dayStart(to) + dayMs + span * 0.04;
    } else {
        m_storyMin = m_dataMin;
        m_storyMax = m_dataMax;
    }
    if (!hadData || m_xMax <= m_xMin)
        m_xMin = m_storyMin, m_xMax = m_storyMax;
    m_status->setText(m_timeline.events.isEmpty() && m_timeline.statements.isEmpty()
                          ? tr("<i>No dated events or statements.</i>")
                          : tr("%n dated event(s)", nullptr, int(m_timeline.events.size()))
                                + tr(", %n statement(s)", nullptr, int(m_timeline.statements.size()))
                                + (m_timeline.undated.isEmpty()
                                       ? QString()
                                       : tr(", %n undated", nullptr, int(m_timeline.undated.size())))
                                + (m_storyMin > m_dataMin + 1 || m_storyMax < m_dataMax - 1
                                       ? tr(" · <b>Fit</b> shows the rest")
                                       : QString()));
    updateHighlights(true);
}

void TimelineView::updateHighlights(bool always)
{
    const QSet<NodeId> before = m_highlighted;
    m_highlighted.clear();
    if (m_selection && m_graph) {
        for (NodeId id : m_selection->nodes()) {
            if (!m_graph->contains(id))
                continue;
            const NodeKind kind = m_graph->node(id).kind;
            if (kind == NodeKind::Event || kind == NodeKind::Statement) {
                m_highlighted.insert(id);
                continue;
            }
            // An actor: the events it took part in and what it said.
            for (EdgeId e : m_graph->outEdges(id)) {
                const EdgeData &edge = m_graph->edge(e);
                if (edge.relation == relation::participatedIn || edge.relation == relation::said)
                    m_highlighted.insert(edge.target);
            }
        }
    }
    if (always || m_highlighted != before)
        replot();
}

void TimelineView::replot()
{
    ChartPlot plot;
    plot.xAxis = ChartPlot::XAxis::Dates;
    plot.xMin = m_xMin;
    plot.xMax = m_xMax;
    const int lanes = int(std::max<qsizetype>(1, m_arrangement.lanes.size()));
    plot.yMin = -0.6;
    plot.yMax = lanes - 0.4;
    plot.yLabels = false;

    // Thin rules between the lanes, wide enough to stay under any pan.
    ChartPlot::Lines rules{QStringLiteral("lanes"), {}, QColor(0xe2e2e2), 1};
    const double far = (m_dataMax - m_dataMin) * 10;
    for (int lane = 0; lane + 1 < lanes; ++lane)
        rules.lines.append(QLineF(m_dataMin - far, lane + 0.5, m_dataMax + far, lane + 0.5));
    if (!rules.lines.isEmpty())
        plot.lines.append(rules);
    ChartPlot::Lines rings{QStringLiteral("selected ranges"), {}, QColor(229, 62, 62, 120), 12};
    QHash<QString, ChartPlot::Points> ringPoints;
    QHash<QString, ChartPlot::Lines> ranges;
    QHash<QString, ChartPlot::Points> points;
    for (const TimelineMark &mark : std::as_const(m_arrangement.marks)) {
        const double y = laneY(mark.lane) + laneOffset(mark);
        const QColor colour = mark.when.inferred ? faded(typeColor(mark.type)) : typeColor(mark.type);
        const bool highlighted = m_highlighted.contains(mark.node);
        const QString key = mark.type + (mark.when.inferred ? QStringLiteral("/inferred") : QString());
        if (!mark.when.isPoint()) {
            const QLineF line(markStart(mark.when), y, markEnd(mark.when), y);
            ChartPlot::Lines &series = ranges[key];
            series.name = key;
            series.color = colour;
            series.width = mark.statement ? 3 : 7;
            series.lines.append(line);
            if (highlighted)
                rings.lines.append(line);
            continue;
        }
        const QPointF at(markStart(mark.when), y);
        ChartPlot::Points &series = points[key];
        series.name = key;
        series.color = colour;
        series.marker = mark.statement ? ChartPlot::Marker::Diamond : typeMarker(mark.type);
        series.size = mark.statement ? 8 : 13;
        series.points.append(at);
        if (highlighted) {
            ChartPlot::Points &ring = ringPoints[QStringLiteral("ring")];
            ring.name = QStringLiteral("selected");
            ring.color = QColor(229, 62, 62, 150);
            ring.size = 22;
            ring.points.append(at);
        }
    }
    if (!rings.lines.isEmpty())
        plot.lines.append(rings);
    for (const ChartPlot::Lines &series : std::as_const(ranges))
        plot.lines.append(series);
    if (ringPoints.contains(QStringLiteral("ring")))
        plot.points.append(ringPoints.value(QStringLiteral("ring")));
    QStringList keys = points.keys();
    keys.sort(); // same picture for the same graph
    for (const QString &key : std::as_const(keys))
        plot.points.append(points.value(key));
    m_chart->setPlot(plot);
    m_titles->update();
    m_overlay->update();
}

void TimelineView::setShownRange(double min, double max)
{
    if (max - min < dayMs) // a day at least
        return;
    m_xMin = min;
    m_xMax = max;
    m_chart->setXRange(min, max);
    m_overlay->update();
}

void TimelineView::fit()
{
    setShownRange(m_dataMin, m_dataMax);
}

void TimelineView::showMainPeriod()
{
    setShownRange(m_storyMin, m_storyMax);
}

int TimelineView::lanesThatFit() const
{
    // 18 pixels a lane at least, so titles and markers stay readable.
    return std::max(2, int(m_chart->plotArea().height() / 18));
}

QRectF TimelineView::plotRect() const
{
    return m_chart->plotArea().translated(m_chart->pos());
}

double TimelineView::xToPixel(double x) const
{
    const QRectF plot = plotRect();
    return plot.left() + (x - m_xMin) / (m_xMax - m_xMin) * plot.width();
}

double TimelineView::pixelToX(double px) const
{
    const QRectF plot = plotRect();
    return m_xMin + (px - plot.left()) / std::max(1.0, plot.width()) * (m_xMax - m_xMin);
}

double TimelineView::laneY(int lane) const
{
    return double(m_arrangement.lanes.size() - 1 - lane);
}

double TimelineView::yToPixel(double y) const
{
    const QRectF plot = plotRect();
    const double lanes = double(std::max<qsizetype>(1, m_arrangement.lanes.size()));
    const double yMin = -0.6, yMax = lanes - 0.4;
    return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height();
}

std::optional<QPoint> TimelineView::markPositionOf(int index) const
{
    const TimelineMark &mark = m_arrangement.marks.at(index);
    const double start = xToPixel(markStart(mark.when));
    const double end = xToPixel(markEnd(mark.when));
    const double y = yToPixel(laneY(mark.lane) + laneOffset(mark));
    const QRectF plot = plotRect();
    const double x = std::clamp((start + end) / 2, std::max(start, plot.left()), std::min(end, plot.right()));
    if (x < plot.left() || x > plot.right())
        return std::nullopt;
    return (QPointF(x, y) - m_overlay->pos()).toPoint();
}

std::optional<QPoint> TimelineView::markPosition(NodeId node) const
{
    for (qsizetype i = 0; i < m_arrangement.marks.size(); ++i)
        if (m_arrangement.marks[i].node == node)
            return markPositionOf(int(i));
    return std::nullopt;
}

QWidget *TimelineView::plotWidget() const
{
    return m_overlay;
}

std::optional<int> TimelineView::markAt(QPointF overlayPos) const
{
    const QPointF pos = overlayPos + m_overlay->pos();
    std::optional<int> best;
    double bestDistance = pickRadius;
    for (qsizetype i = 0; i < m_arrangement.marks.size(); ++i) {
        const TimelineMark &mark = m_arrangement.marks[i];
        const double start = xToPixel(markStart(mark.when));
        const double end = xToPixel(markEnd(mark.when));
        const double y = yToPixel(laneY(mark.lane) + laneOffset(mark));
        const double dx = pos.x() < start ? start - pos.x() : (pos.x() > end ? pos.x() - end : 0);
        const double distance = std::hypot(dx, pos.y() - y);
        // Events win over statements at the same place: they are larger.
        const double weighted = mark.statement ? distance + 2 : distance;
        if (weighted < bestDistance) {
            bestDistance = weighted;
            best = int(i);
        }
    }
    return best;
}

void TimelineView::hoverAt(QPointF pos, QPoint globalPos)
{
    auto *overlay = static_cast<TimelineOverlay *>(m_overlay);
    const auto hit = markAt(pos);
    if (hit != overlay->hovered) {
        overlay->hovered = hit;
        overlay->update();
    }
    if (!hit) {
        QToolTip::hideText();
        m_overlay->unsetCursor();
        return;
    }
    const TimelineMark &mark = m_arrangement.marks.at(*hit);
    QString kind = mark.statement ? tr("Statement") : eventTypeName(mark.type);
    if (mark.planned)
        kind += tr(", planned");
    QToolTip::showText(globalPos,
                       QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                           .arg(mark.label.toHtmlEscaped(), describeDate(mark.when).toHtmlEscaped(),
                                kind.toHtmlEscaped()),
                       m_overlay);
    m_overlay->setCursor(Qt::PointingHandCursor);
}

void TimelineView::clickAt(QPointF pos)
{
    const auto hit = markAt(pos);
    if (!hit || !m_selection)
        return;
    const NodeId id = m_arrangement.marks.at(*hit).node;
    m_selection->select(id);
    Q_EMIT nodeActivated(id);
}

void TimelineView::brushTo(double fromPx, double toPx)
{
    const QRectF plot = plotRect();
    fromPx = std::clamp(fromPx, plot.left(), plot.right());
    toPx = std::clamp(toPx, plot.left(), plot.right());
    m_brush = std::make_pair(pixelToX(std::min(fromPx, toPx)), pixelToX(std::max(fromPx, toPx)));
    m_clear->setEnabled(true);
    const auto days = brushedRange();
    m_status->setText(tr("Showing %1 – %2 on the canvas")
                          .arg(QLocale().toString(days->first, QStringLiteral("d MMM yyyy")),
                               QLocale().toString(days->second, QStringLiteral("d MMM yyyy"))));
    m_overlay->update();
}

std::optional<std::pair<QDate, QDate>> TimelineView::brushedRange() const
{
    if (!m_brush)
        return std::nullopt;
    return std::make_pair(dayOf(m_brush->first), dayOf(m_brush->second));
}

void TimelineView::setBrushedRange(QDate from, QDate to)
{
    if (from > to)
        std::swap(from, to);
    m_brush = std::make_pair(dayStart(from), dayStart(to) + dayMs - 1);
    m_clear->setEnabled(true);
    m_status->setText(tr("Showing %1 – %2 on the canvas")
                          .arg(QLocale().toString(from, QStringLiteral("d MMM yyyy")),
                               QLocale().toString(to, QStringLiteral("d MMM yyyy"))));
    m_overlay->update();
    Q_EMIT rangeBrushed(from, to);
}

void TimelineView::clearBrush()
{
    if (!m_brush)
        return;
    m_brush.reset();
    m_clear->setEnabled(false);
    refresh();
    Q_EMIT rangeCleared();
}

void TimelineView::zoomAt(double px, double factor)
{
    const double anchor = pixelToX(px);
    const double min = anchor - (anchor - m_xMin) * factor;
    const double max = anchor + (m_xMax - anchor) * factor;
    const double span = m_dataMax - m_dataMin;
    if (max - min > span * 4) // no further out than a little past everything
        return;
    setShownRange(min, max);
}

void TimelineView::panBy(double pixels)
{
    const double shift = pixels / std::max(1.0, plotRect().width()) * (m_xMax - m_xMin);
    setShownRange(m_xMin - shift, m_xMax - shift);
}

void TimelineView::paintTimeline(QPainter &painter, const QRectF &target)
{
    // The lanes' titles and the chart: the rows below the tool bar.
    const QRectF rows(0, m_chart->y(), width(), m_chart->height());
    const double scale = target.width() / rows.width();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.translate(0, -rows.top());
    painter.fillRect(rows, Qt::white);
    m_chart->paintChart(painter, QRectF(m_chart->geometry()));
    static_cast<LaneTitles *>(m_titles)->paintTitles(painter, QPointF(m_titles->x(), 0));
    painter.restore();
}

bool TimelineView::exportPicture(const QString &path, QString *error)
{
    return writeDrawing([this](QPainter &painter, const QRectF &target) { paintTimeline(painter, target); },
                        QSize(width(), m_chart->height()), QFileInfo(path).suffix().toLower(),
                        tr("Threadline timeline"), path, error);
}

void TimelineView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), QStringLiteral("timeline.png"),
                                                      tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPicture(path, &error))
        QMessageBox::warning(this, tr("Export Timeline"), error);
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        m_overlay->setGeometry(m_chart->geometry());
        m_titles->update();
        if (m_graph && lanesThatFit() != m_lanesFitted)
            scheduleRefresh();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace threadline
