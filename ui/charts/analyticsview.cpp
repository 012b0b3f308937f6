#include "analyticsview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QToolButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#include "chartexport.h"
#include "chartview.h"
#include "graphdocument.h"
#include "kindstyle.h"
#include "knowledgegraph.h"
#include "selection.h"

namespace threadline {

namespace {

constexpr int maxBars = 10;
constexpr int maxTableRows = 2000;
constexpr int idRole = Qt::UserRole + 1;

enum Column { NodeColumn, KindColumn, DegreeColumn, BetweennessColumn, ClosenessColumn, ComponentColumn };

std::pair<QList<NodeMetrics>, Components> measure(const VisibleAdjacency &shown)
{
    return {centrality(shown), connectedComponents(shown)};
}

QStandardItem *numberItem(double value, int decimals)
{
    auto *item = new QStandardItem(QString::number(value, 'f', decimals));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

// Takes clicks and hovers over the bars.
class BarOverlay : public QWidget
{
public:
    explicit BarOverlay(AnalyticsView *view, QWidget *parent) : QWidget(parent), m_view(view)
    {
        setMouseTracking(true);
        setAttribute(Qt::WA_NoSystemBackground);
        setObjectName(QStringLiteral("analyticsPlot"));
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->clickAt(event->position());
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        m_view->hoverAt(event->position(), event->globalPosition().toPoint());
    }

private:
    AnalyticsView *m_view;
};

AnalyticsView::AnalyticsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto *chartBox = new QWidget(split);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(4, 2, 4, 0);
    chartLayout->setSpacing(2);
    m_chooser = new QComboBox(chartBox);
    m_chooser->setObjectName(QStringLiteral("analyticsChart"));
    m_chooser->addItems({tr("Mentions per actor"), tr("Statements per topic"), tr("Events per month")});
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) { setChart(Chart(index)); });
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    auto *exportButton = new QToolButton(chartBox);
    exportButton->setObjectName(QStringLiteral("exportAnalytics"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the chart and the table as shown: PNG, SVG or PDF"));
    connect(exportButton, &QToolButton::clicked, this, &AnalyticsView::chooseExport);
    chooserRow->addWidget(exportButton);
    chartLayout->addLayout(chooserRow);
    m_chartView = ChartView::create(chartBox);
    m_chartView->setMinimumSize(260, 70);
    chartLayout->addWidget(m_chartView, 1);
    m_overlay = new BarOverlay(this, chartBox);
    m_overlay->raise();
    m_chartView->installEventFilter(this);
    split->addWidget(chartBox);

    auto *tableBox = new QWidget(split);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(4, 2, 4, 0);
    tableLayout->setSpacing(2);
    m_summary = new QLabel(tableBox);
    m_summary->setObjectName(QStringLiteral("componentsSummary"));
    // Wrapped: one long line (the estimate's note at large sizes) widened
    // the whole window past the screen.
    m_summary->setWordWrap(true);
    tableLayout->addWidget(m_summary);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Node"), tr("Kind"), tr("Degree"), tr("Betweenness"), tr("Closeness"), tr("Component")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(tableBox);
    m_table->setObjectName(QStringLiteral("measuresTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(NodeColumn, QHeaderView::Stretch);
    m_table->sortByColumn(BetweennessColumn, Qt::DescendingOrder);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const NodeId id(m_proxy->index(index.row(), NodeColumn).data(idRole).toUInt());
        if (m_selection && m_graph && m_graph->contains(id)) {
            m_selection->select(id);
            Q_EMIT nodeActivated(id);
        }
    });
    tableLayout->addWidget(m_table, 1);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    connect(&m_watcher, &QFutureWatcher<std::pair<QList<NodeMetrics>, Components>>::finished, this, [this] {
        const auto result = m_watcher.result();
        if (m_computedGeneration != m_generation) { // the graph changed meanwhile
            refresh();
            return;
        }
        fillTable(result.first, result.second);
    });
}

AnalyticsView::~AnalyticsView()
{
    m_watcher.waitForFinished();
}

void AnalyticsView::setDocument(const GraphDocument *document, Selection *selection)
{
    m_document = document;
    m_graph = &document->graph();
    m_selection = selection;
    for (auto signal : {&GraphDocument::nodesAdded, &GraphDocument::nodesRemoved, &GraphDocument::nodesChanged})
        connect(document, signal, this, &AnalyticsView::scheduleRefresh);
    for (auto signal : {&GraphDocument::edgesAdded, &GraphDocument::edgesRemoved})
        connect(document, signal, this, &AnalyticsView::scheduleRefresh);
    connect(document, &GraphDocument::wasReset, this, &AnalyticsView::scheduleRefresh);
    connect(document, &GraphDocument::documentsChanged, this, &AnalyticsView::scheduleRefresh);
    refresh();
}

void AnalyticsView::setGraph(const KnowledgeGraph *graph)
{
    m_graph = graph;
    ++m_generation;
    m_computedGeneration = m_generation;
    const auto measures = measure(visibleAdjacency(*graph, ViewFilter::standard()));
    fillTable(measures.first, measures.second);
    replot();
}

void AnalyticsView::setChart(Chart chart)
{
    m_chart = chart;
    const QSignalBlocker block(m_chooser);
    m_chooser->setCurrentIndex(int(chart));
    replot();
}

void AnalyticsView::scheduleRefresh()
{
    ++m_generation;
    m_refreshLater.request();
}

void AnalyticsView::refresh()
{
    if (!m_graph)
        return;
    replot();
    if (!m_onScreen && !m_wantedHidden) {
        m_summary->setText(tr("Centrality is computed when this view is shown."));
        return; // setOnScreen() asks again
    }
    if (!m_watcher.isRunning())
        startCentrality();
    // A run under way finishes, sees the newer generation and starts again.
}

void AnalyticsView::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (onScreen)
        refreshIfBehind();
}

void AnalyticsView::setWantedHidden(bool wanted)
{
    m_wantedHidden = wanted;
    if (wanted)
        refreshIfBehind();
}

void AnalyticsView::refreshIfBehind()
{
    if (m_document && m_computedGeneration != m_generation && !m_watcher.isRunning())
        refresh();
}

void AnalyticsView::startCentrality()
{
    m_computedGeneration = m_generation;
    m_summary->setText(tr("Computing centrality…"));
    // The shown part, taken here (a pass over the graph); the worker owns
    // it. A copy of the whole graph (the worker's before) cost the GUI thread
    // more, and the measures need nothing else.
    m_watcher.setFuture(QtConcurrent::run([shown = visibleAdjacency(*m_graph, ViewFilter::standard())] {
        return measure(shown);
    }));
}

void AnalyticsView::fillTable(const QList<NodeMetrics> &metrics, const Components &components)
{
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    m_model->removeRows(0, m_model->rowCount());
    m_betweenness.clear();
    for (const NodeMetrics &m : metrics)
        m_betweenness.insert(m.id, m.betweenness);
    // A row is six items made on the GUI thread: 100k nodes took seconds
    // and hundreds of megabytes. The most central come first, up to a limit.
    QList<NodeMetrics> listed = metrics;
    if (listed.size() > maxTableRows) {
        std::partial_sort(listed.begin(), listed.begin() + maxTableRows, listed.end(),
                          [](const NodeMetrics &a, const NodeMetrics &b) {
                              if (a.betweenness != b.betweenness)
                                  return a.betweenness > b.betweenness;
                              if (a.degree != b.degree)
                                  return a.degree > b.degree;
                              return a.id < b.id;
                          });
        listed.resize(maxTableRows);
    }
    for (const NodeMetrics &m : std::as_const(listed)) {
        if (!m_graph->contains(m.id))
            continue;
        const NodeData &node = m_graph->node(m.id);
        auto *name = new QStandardItem(node.label);
        name->setData(node.label, Qt::UserRole);
        name->setData(m.id.value(), idRole);
        name->setEditable(false);
        auto *kind = new QStandardItem(kindDisplayName(node.kind));
        kind->setData(kindDisplayName(node.kind), Qt::UserRole);
        kind->setEditable(false);
        const int component = components.componentOf.value(m.id, -1);
        m_model->appendRow({name, kind, numberItem(m.degree, 0), numberItem(m.betweenness, 4),
                            numberItem(m.closeness, 4), numberItem(component + 1, 0)});
    }
    m_table->sortByColumn(sortColumn, order);
    const int largest = components.sizes.isEmpty() ? 0 : components.sizes.first();
    QString summary = tr("%n connected component(s)", nullptr, int(components.sizes.size()))
                      + tr("; the largest has %n node(s)", nullptr, largest)
                      + tr(" (documents left out, edges taken both ways)");
    if (centralityIsEstimated(metrics.size()))
        summary += tr(". Betweenness and closeness estimated from %1 sampled nodes (exact up to %2 nodes)")
                       .arg(CentralityOptions().sources)
                       .arg(QLocale().toString(qint64(CentralityOptions().exactUpTo)));
    if (metrics.size() > listed.size())
        summary += tr(". The %1 most between of %2 nodes listed")
                       .arg(QLocale().toString(qint64(listed.size())), QLocale().toString(qint64(metrics.size())));
    m_summary->setText(summary);
    Q_EMIT measuresReady();
}

void AnalyticsView::replot()
{
    if (!m_graph)
        return;
    switch (m_chart) {
    case Chart::MentionsPerActor:
        m_bars = mentionsPerActor(*m_graph);
        break;
    case Chart::StatementsPerTopic:
        m_bars = statementsPerTopic(*m_graph);
        break;
    case Chart::EventsPerMonth:
        m_bars = eventsPerMonth(*m_graph);
        break;
    }
    if (m_chart != Chart::EventsPerMonth && m_bars.size() > maxBars)
        m_bars.resize(maxBars); // the largest; the table has everyone
    ChartPlot plot;
    plot.xAxis = ChartPlot::XAxis::Categories;
    int top = 1;
    const QFontMetrics metrics(font());
    const int room = std::max(30, int(m_chartView->width() / std::max<qsizetype>(1, m_bars.size())) - 4);
    for (const CountBar &bar : std::as_const(m_bars)) {
        // A person by family name, so ten bars stay readable; hover names in full.
        QString label = bar.label;
        if (bar.nodes.size() == 1 && m_graph->contains(bar.nodes.first())
            && m_graph->node(bar.nodes.first()).kind == NodeKind::Person && label.contains(QLatin1Char(' ')))
            label = label.section(QLatin1Char(' '), -1);
        plot.categories.append(metrics.elidedText(label, Qt::ElideRight, room));
        plot.values.append(bar.count);
        top = std::max(top, bar.count);
    }
    plot.xMin = -0.5;
    plot.xMax = double(m_bars.size()) - 0.5;
    plot.yMin = 0;
    // A round top with whole-number ticks.
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    plot.yMax = step * std::ceil(double(top) / step);
    plot.yTicks = int(plot.yMax / step) + 1;
    plot.barColor = m_chart == Chart::MentionsPerActor    ? QColor(0x2b6cb0)
                    : m_chart == Chart::StatementsPerTopic ? QColor(0xb7791f)
                                                           : QColor(0x6b46c1);
    m_chartView->setPlot(plot);
}

bool AnalyticsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        m_overlay->setGeometry(m_chartView->geometry());
        if (event->type() == QEvent::Resize)
            QTimer::singleShot(0, this, &AnalyticsView::replot); // labels fit the new width
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *AnalyticsView::plotWidget() const
{
    return m_overlay;
}

std::optional<int> AnalyticsView::barAt(QPointF overlayPos) const
{
    const QRectF plot = m_chartView->plotArea();
    if (m_bars.isEmpty() || !plot.contains(overlayPos))
        return std::nullopt;
    const int index = int((overlayPos.x() - plot.left()) / plot.width() * double(m_bars.size()));
    return std::clamp(index, 0, int(m_bars.size()) - 1);
}

QPoint AnalyticsView::barPosition(int index) const
{
    const QRectF plot = m_chartView->plotArea();
    const double width = plot.width() / double(std::max<qsizetype>(1, m_bars.size()));
    return QPointF(plot.left() + (index + 0.5) * width, plot.bottom() - 3).toPoint();
}

void AnalyticsView::clickAt(QPointF overlayPos)
{
    const auto index = barAt(overlayPos);
    if (!index || !m_selection)
        return;
    QList<NodeId> nodes;
    for (NodeId id : m_bars.at(*index).nodes)
        if (m_graph->contains(id))
            nodes.append(id);
    if (!nodes.isEmpty())
        m_selection->setNodes(nodes, nodes.first());
}

void AnalyticsView::hoverAt(QPointF overlayPos, QPoint globalPos)
{
    const auto index = barAt(overlayPos);
    if (!index) {
        QToolTip::hideText();
        m_overlay->unsetCursor();
        return;
    }
    const CountBar &bar = m_bars.at(*index);
    QToolTip::showText(globalPos, QStringLiteral("<b>%1</b>: %2").arg(bar.label.toHtmlEscaped()).arg(bar.count),
                       m_overlay);
    m_overlay->setCursor(bar.nodes.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

bool AnalyticsView::exportPicture(const QString &path, QString *error)
{
    return writeDrawing([this](QPainter &painter, const QRectF &target) { paintAnalytics(painter, target); }, size(),
                        QFileInfo(path).suffix().toLower(), tr("Threadline analytics"), path, error);
}

void AnalyticsView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Analytics"), QStringLiteral("analytics.png"),
                                                      tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPicture(path, &error))
        QMessageBox::warning(this, tr("Export Analytics"), error);
}

void AnalyticsView::paintAnalytics(QPainter &painter, const QRectF &target)
{
    const double scale = target.width() / width();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.fillRect(QRectF(0, 0, width(), height()), Qt::white);
    render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    // Qt Graphs draws into its own frame, which render() leaves blank.
    m_chartView->paintChart(painter, QRectF(m_chartView->mapTo(this, QPoint(0, 0)), m_chartView->size()));
    painter.restore();
}

} // namespace threadline
