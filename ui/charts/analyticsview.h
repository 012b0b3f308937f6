#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include "analysis.h"
#include "measures.h"
#include "oncelater.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace threadline {

class ChartView;
class GraphDocument;
class Selection;

// Measures of the graph: a bar chart (mentions per actor, statements per
// topic, events per month) over a sortable table of each node's degree,
// betweenness, closeness and connected component. A click on a bar selects
// the nodes behind it; a click on a row selects its node. Centrality runs
// off the GUI thread; a result for a graph that has changed since is
// dropped and asked again.
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { MentionsPerActor, StatementsPerTopic, EventsPerMonth };

    explicit AnalyticsView(QWidget *parent = nullptr);
    ~AnalyticsView() override;

    void setDocument(const GraphDocument *document, Selection *selection);
    // A graph to show once, for export (centrality computed here, at once).
    void setGraph(const KnowledgeGraph *graph);

    void setChart(Chart chart);
    Chart chart() const { return m_chart; }
    const QList<CountBar> &bars() const { return m_bars; }
    // Centre of bar `index` in plotWidget() coordinates.
    QPoint barPosition(int index) const;
    QWidget *plotWidget() const;
    QTableView *table() const { return m_table; }
    // Whether the table holds the centrality of the graph as it is now.
    bool isCurrent() const { return m_computedGeneration == m_generation && !m_watcher.isRunning(); }

    void paintAnalytics(QPainter &painter, const QRectF &target);
    // Writes the chart and table as shown as PNG, SVG or PDF (by suffix).
    bool exportPicture(const QString &path, QString *error);
    void chooseExport();

    // Betweenness of each node from the last computation (empty before).
    QHash<NodeId, double> betweenness() const { return m_betweenness; }
    // Centrality is computed while the view is on screen (it held a core
    // for 4 s at 100k nodes, beside the opening layout, with the view behind
    // the timeline's tab), and while something else wants it: node sizes by
    // betweenness. A view outside a dock is on screen from the start. (A
    // tabified dock's hidden tab is not hidden as a widget, so the dock says
    // it: QDockWidget::visibilityChanged.)
    void setOnScreen(bool onScreen);
    void setWantedHidden(bool wanted);

Q_SIGNALS:
    void measuresReady();
    void nodeActivated(threadline::NodeId id);

private:
    friend class BarOverlay;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void scheduleRefresh();
    void refresh();
    // Computes again if the graph changed since the last computation and
    // none is under way.
    void refreshIfBehind();
    void replot();
    void startCentrality();
    void fillTable(const QList<NodeMetrics> &metrics, const Components &components);
    std::optional<int> barAt(QPointF overlayPos) const;
    void clickAt(QPointF overlayPos);
    void hoverAt(QPointF overlayPos, QPoint globalPos);

    QPointer<const GraphDocument> m_document;
    const KnowledgeGraph *m_graph = nullptr;
    QPointer<Selection> m_selection;
    Chart m_chart = Chart::MentionsPerActor;
    QList<CountBar> m_bars;
    QHash<NodeId, double> m_betweenness;
    quint64 m_generation = 0;
    quint64 m_computedGeneration = ~quint64(0);
    bool m_onScreen = true;
    bool m_wantedHidden = false;
    OnceLater m_refreshLater{this, [this] { refresh(); }};
    QFutureWatcher<std::pair<QList<NodeMetrics>, Components>> m_watcher;

    QComboBox *m_chooser;
    ChartView *m_chartView;
    QWidget *m_overlay;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace threadline
