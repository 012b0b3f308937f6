#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

#include "chartview.h"
#include "oncelater.h"
#include "timeline.h"

class QComboBox;
class QLabel;
class QPainter;
class QToolButton;

namespace threadline {

class GraphDocument;
class Selection;

// The timeline: the graph's dated events on a date axis, one lane per actor
// or per event type, statements as ticks. Days are points; ranges and
// month-only dates are bars over the days they cover; inferred dates are
// drawn faded and say so on hover. Drawn by a ChartView (Qt Graphs or Qt
// Charts); every gesture is handled here, the same for both:
//   hover a mark: its label, date and whether the date is inferred;
//   click a mark: selects it in the shared Selection (the window opens its
//   evidence); the selection's events, and those of selected actors, are
//   ringed;
//   drag across the plot: brushes a date range (rangeBrushed), Esc or
//   "Clear range" clears it (rangeCleared);
//   wheel: zooms the date axis about the pointer; right- or middle-drag,
//   and Left/Right: pan; 0: fit.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Follows the document's changes and the selection's.
    void setDocument(const GraphDocument *document, Selection *selection);
    // A graph to draw once, for export (no document, no selection).
    void setGraph(const KnowledgeGraph *graph);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }

    const Timeline &timeline() const { return m_timeline; }
    const TimelineArrangement &arrangement() const { return m_arrangement; }
    // Where the node's first mark is drawn, in plotWidget() coordinates;
    // nullopt when it has none or it is outside the shown dates.
    std::optional<QPoint> markPosition(NodeId node) const;
    // The widget that takes the mouse over the plot (for tests' QTest events).
    QWidget *plotWidget() const;
    ChartView *chart() const { return m_chart; }
    // The brushed days, inclusive.
    std::optional<std::pair<QDate, QDate>> brushedRange() const;
    void clearBrush();
    // Brushes these days (inclusive) as a drag would: rangeBrushed follows.
    void setBrushedRange(QDate from, QDate to);
    // Shown x range, ms since the epoch.
    std::pair<double, double> shownRange() const { return {m_xMin, m_xMax}; }
    void fit();            // every date
    void showMainPeriod(); // where the story is (Timeline::mainPeriod)
    QSet<NodeId> highlighted() const { return m_highlighted; }

    // The lanes' titles and the chart, as shown, into `target` (export).
    void paintTimeline(QPainter &painter, const QRectF &target);
    // Writes what is shown as PNG, SVG or PDF (by the path's suffix), at
    // the size shown; the Export… button asks for the path.
    bool exportPicture(const QString &path, QString *error);
    void chooseExport();

Q_SIGNALS:
    // A mark was clicked (after it was selected): the window shows it.
    void nodeActivated(threadline::NodeId id);
    void rangeBrushed(QDate from, QDate to);
    void rangeCleared();

private:
    friend class TimelineOverlay;
    friend class LaneTitles;

    bool eventFilter(QObject *watched, QEvent *event) override;
    void refresh();
    void scheduleRefresh();
    void replot();
    void updateHighlights(bool always); // replots when the ringed set changed, or always
    void setShownRange(double min, double max);
    int lanesThatFit() const;

    // Plot geometry, in this widget's coordinates.
    QRectF plotRect() const;
    double xToPixel(double x) const;
    double pixelToX(double px) const;
    double laneY(int lane) const; // value on the y axis
    double yToPixel(double y) const;
    std::optional<int> markAt(QPointF overlayPos) const;
    std::optional<QPoint> markPositionOf(int mark) const; // plotWidget() coordinates

    // Overlay gestures.
    void hoverAt(QPointF pos, QPoint globalPos);
    void clickAt(QPointF pos);
    void brushTo(double fromPx, double toPx);
    void zoomAt(double px, double factor);
    void panBy(double pixels);

    QPointer<const GraphDocument> m_document;
    const KnowledgeGraph *m_graph = nullptr;
    QPointer<Selection> m_selection;
    LaneMode m_mode = LaneMode::Actors;
    Timeline m_timeline;
    TimelineArrangement m_arrangement;
    QSet<NodeId> m_highlighted;
    double m_dataMin = 0, m_dataMax = 1; // the whole timeline, with a margin
    double m_xMin = 0, m_xMax = 1;       // what is shown
    double m_storyMin = 0, m_storyMax = 1; // the main period, with a margin
    int m_lanesFitted = 0;
    std::optional<std::pair<double, double>> m_brush; // x values
    OnceLater m_refreshLater{this, [this] { refresh(); }};
    OnceLater m_highlightLater{this, [this] { updateHighlights(false); }};

    QComboBox *m_lanes;
    QLabel *m_status;
    QToolButton *m_clear;
    QWidget *m_titles;
    ChartView *m_chart;
    QWidget *m_overlay;
};

} // namespace threadline
