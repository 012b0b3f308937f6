// The timeline and the analytics in the real window, driven by mouse and
// keys as a user would, on the chart backend this build has (Qt Graphs on
// Qt 6.8 and newer, Qt Charts before).
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "analyticsview.h"
#include "bench/synthetic.h"
#include "chartview.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "knowledgegraph.h"
#include "legend.h"
#include "mainwindow.h"
#include "selection.h"
#include "sourceviewer.h"
#include "windowsupport.h"
#include "timelineview.h"

using namespace threadline;
using threadline::test::kSlowWorkMs;

class TestCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    std::unique_ptr<MainWindow> window;

    NodeId byKey(const QString &key) const { return test::nodeByKey(window->graph(), key); }

    TimelineView *timeline() const { return window->timelineView(); }

    // The chart as drawn, in plotWidget() coordinates (the overlay covers
    // the chart exactly).
    QImage drawnChart(ChartView *chart)
    {
        QImage image(chart->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->paintChart(painter, QRectF(QPointF(0, 0), QSizeF(chart->size())));
        return image;
    }

    // Whether something coloured (not white or grey) is drawn within 3 px.
    static bool colouredNear(const QImage &image, QPoint at)
    {
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = -3; dx <= 3; ++dx) {
                const QPoint p = at + QPoint(dx, dy);
                if (!image.rect().contains(p))
                    continue;
                const QColor c = image.pixelColor(p);
                if (c.saturation() > 30 && c.value() < 252)
                    return true;
            }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::openCorpusWindow(window, home));
        window->timelineDock()->show();
        window->timelineDock()->raise();
        QTRY_VERIFY(timeline()->isVisible());
        QTRY_VERIFY(timeline()->chart()->plotArea().width() > 300);
    }

    // At QT_SCALE_FACTOR=1.5 a 1600×1000 screen is 1066×666 logical pixels;
    // with a title bar and a panel, about 1066×620 is left. The window must
    // be able to shrink into it, and the app sizes it to the screen.
    void windowFitsASmallScreen()
    {
        const QSize least = window->minimumSizeHint();
        QVERIFY2(least.width() <= 1066 && least.height() <= 620,
                 qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));
        QCOMPARE(fittedWindowSize(QSize(1440, 900), QRect(0, 0, 1066, 666)), QSize(1066 - 16, 666 - 48));
        QCOMPARE(fittedWindowSize(QSize(1440, 900), QRect(0, 0, 2560, 1440)), QSize(1440, 900));
    }

    // Fit (Ctrl+0) fills the canvas: no scrollbars, and the graph spans
    // nearly the whole width or height left beside or below the legend.
    void fitFillsTheCanvas()
    {
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(window->view()->isFitted());
        QVERIFY(!window->view()->horizontalScrollBar()->isVisible());
        QVERIFY(!window->view()->verticalScrollBar()->isVisible());
        const QRect shown = window->view()->mapFromScene(window->scene()->contentBounds()).boundingRect();
        const QRect viewport = window->view()->viewport()->rect();
        QVERIFY2(viewport.contains(shown.adjusted(2, 2, -2, -2)), "the fitted graph runs off the canvas");
        const double wide = double(shown.width()) / viewport.width();
        const double tall = double(shown.height()) / viewport.height();
        QVERIFY2(std::max(wide, tall) > 0.8, qPrintable(QStringLiteral("fills %1 × %2").arg(wide).arg(tall)));
        // And no band left empty (170 pixels of one were seen): beside or
        // below the legend, the graph spans the room there up to a margin
        // in one direction and sits in its middle in the other.
        const auto *legend = window->view()->viewport()->findChild<LegendWidget *>();
        QVERIFY(legend && legend->isVisible());
        const QRect beside = viewport.adjusted(legend->geometry().right() + 1, 0, 0, 0);
        const QRect below = viewport.adjusted(0, legend->geometry().bottom() + 1, 0, 0);
        const QRect room = beside.contains(shown.adjusted(2, 2, -2, -2)) ? beside : below;
        QVERIFY2(room.contains(shown.adjusted(2, 2, -2, -2)), "the fitted graph lies under the legend");
        const int left = shown.left() - room.left(), right = room.right() - shown.right();
        const int top = shown.top() - room.top(), bottom = room.bottom() - shown.bottom();
        const bool spansAcross = left <= 40 && right <= 40 && std::abs(top - bottom) <= 16;
        const bool spansDown = top <= 40 && bottom <= 40 && std::abs(left - right) <= 16;
        QVERIFY2(spansAcross || spansDown,
                 qPrintable(QStringLiteral("gaps left %1, right %2, top %3, bottom %4").arg(left).arg(right).arg(top).arg(bottom)));
    }

    void backendIsTheOneThisQtHas()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QCOMPARE(ChartView::backendName(), QStringLiteral("Qt Graphs"));
#else
        QCOMPARE(ChartView::backendName(), QStringLiteral("Qt Charts"));
#endif
    }

    // The story from Palm Beach (22 November 2024) to the foreign ministers
    // in Brussels (3-4 April 2025) reads left to right, each on its date,
    // and what is drawn is where the timeline says.
    void timelineShowsTheStoryInOrder()
    {
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        const NodeId davos = byKey(QStringLiteral("event:2025-01-23-davos-breakfast-meeting"));
        const NodeId brussels = byKey(QStringLiteral("event:2025-04-03-nato-foreign-ministers-brussels"));
        std::optional<QPoint> a, b, c;
        QTRY_VERIFY((a = timeline()->markPosition(palmBeach)) && (b = timeline()->markPosition(davos))
                    && (c = timeline()->markPosition(brussels)));
        QVERIFY2(a->x() < b->x() && b->x() < c->x(), "the events are out of order on the date axis");
        // The 2019 Oval Office meeting lies outside the period first shown.
        QVERIFY(!timeline()->markPosition(byKey(QStringLiteral("event:2019-07-18-trump-rutte-oval-office"))));

        // Dates: the x of a day's mark is that day's noon on the axis.
        const auto [min, max] = timeline()->shownRange();
        const QRectF plot = timeline()->chart()->plotArea();
        const auto xOf = [&](QDate day, double hours) {
            const double ms = double(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()) + hours * 3.6e6;
            return plot.left() + (ms - min) / (max - min) * plot.width();
        };
        QVERIFY(qAbs(a->x() - xOf(QDate(2024, 11, 22), 12)) <= 1);
        // The ministerial is a range: its mark is centred on 3-4 April.
        QVERIFY(qAbs(c->x() - xOf(QDate(2025, 4, 4), 0)) <= 1);

        // The markers are drawn there: coloured pixels under each position
        // (once Qt Quick has rendered the frame, with Qt Graphs).
        const auto drawnAtAll = [&] {
            const QImage drawn = drawnChart(timeline()->chart());
            for (const QPoint &p : {*a, *b, *c})
                if (!colouredNear(drawn, p))
                    return false;
            return true;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(drawnAtAll(), "a marker is not drawn where the timeline maps its date", 10000);
    }

    void hoverNamesTheEventAndItsDate()
    {
        const NodeId brussels = byKey(QStringLiteral("event:2025-04-03-nato-foreign-ministers-brussels"));
        const QPoint at = *timeline()->markPosition(brussels);
        QTest::mouseMove(timeline()->plotWidget(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("foreign ministers")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("3 Apr 2025 – 4 Apr 2025")));
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        QTest::mouseMove(timeline()->plotWidget(), *timeline()->markPosition(palmBeach));
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("date inferred")));
    }

    // A click on the Palm Beach meeting selects it on the canvas and opens
    // its evidence in the source viewer.
    void clickingAnEventSelectsItOnTheCanvas()
    {
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        QTest::mouseClick(timeline()->plotWidget(), Qt::LeftButton, {}, *timeline()->markPosition(palmBeach));
        QCOMPARE(window->selection()->currentNode(), palmBeach);
        NodeItem *item = window->scene()->nodeItem(palmBeach);
        QVERIFY(item && item->isSelected());
        QTRY_VERIFY(timeline()->highlighted().contains(palmBeach)); // on the next turn of the event loop
        QVERIFY(!window->sourceViewer()->documentId().isEmpty());
    }

    // Selecting an actor on the canvas rings the events it took part in.
    void canvasSelectionHighlightsItsEvents()
    {
        const NodeId hegseth = byKey(QStringLiteral("person:pete-hegseth"));
        window->selectNode(hegseth);
        QTRY_VERIFY(timeline()->highlighted().contains(byKey(QStringLiteral("event:2025-04-24-rutte-hegseth"))));
        const QSet<NodeId> ringed = timeline()->highlighted();
        QVERIFY(ringed.contains(byKey(QStringLiteral("event:2025-04-24-rutte-hegseth"))));
        QVERIFY(!ringed.contains(byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"))));
        window->selection()->clear();
        QTRY_VERIFY(timeline()->highlighted().isEmpty());
    }

    // Dragging across November 2024 leaves on the canvas what happened then;
    // Esc brings everything back.
    void brushingARangeFiltersTheCanvas()
    {
        const qsizetype before = window->scene()->visibleNodeCount();
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        const NodeId brussels = byKey(QStringLiteral("event:2025-04-03-nato-foreign-ministers-brussels"));
        const QPoint at = *timeline()->markPosition(palmBeach);
        QWidget *plot = timeline()->plotWidget();
        QSignalSpy brushed(timeline(), &TimelineView::rangeBrushed);
        QTest::mousePress(plot, Qt::LeftButton, {}, at - QPoint(25, 0));
        QTest::mouseMove(plot, at);
        QTest::mouseMove(plot, at + QPoint(25, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, at + QPoint(25, 0));
        QCOMPARE(brushed.count(), 1);
        const auto range = timeline()->brushedRange();
        QVERIFY(range && range->first <= QDate(2024, 11, 22) && range->second >= QDate(2024, 11, 22));
        QVERIFY(range->second < QDate(2025, 1, 1));
        const qsizetype during = window->scene()->visibleNodeCount();
        QVERIFY2(during > 0 && during < before / 2, qPrintable(QString::number(during)));
        QVERIFY(window->scene()->nodeItem(palmBeach));
        QVERIFY(window->scene()->nodeItem(byKey(QStringLiteral("person:mark-rutte"))));
        QVERIFY(!window->scene()->nodeItem(brussels));

        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Escape);
        QVERIFY(!timeline()->brushedRange());
        QCOMPARE(window->scene()->visibleNodeCount(), before);
    }

    void wheelZoomsAboutThePointerAndKeysPan()
    {
        const auto [min, max] = timeline()->shownRange();
        const NodeId palmBeach = byKey(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        const QPoint at = *timeline()->markPosition(palmBeach);
        QWidget *plot = timeline()->plotWidget();
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
        const auto [zMin, zMax] = timeline()->shownRange();
        QVERIFY((zMax - zMin) < (max - min) * 0.7);
        // The day under the pointer stays under it.
        QVERIFY(qAbs(timeline()->markPosition(palmBeach)->x() - at.x()) <= 2);
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Right);
        QVERIFY(timeline()->shownRange().first > zMin);
        QTest::keyClick(plot, Qt::Key_0);
        QVERIFY(timeline()->shownRange().first < min); // Fit shows 2019 too
        QVERIFY(timeline()->markPosition(byKey(QStringLiteral("event:2019-07-18-trump-rutte-oval-office"))));
        timeline()->showMainPeriod();
    }

    void lanesSwitchToEventTypes()
    {
        auto *lanes = timeline()->findChild<QComboBox *>(QStringLiteral("timelineLanes"));
        QVERIFY(lanes);
        lanes->setCurrentIndex(1);
        QCOMPARE(timeline()->laneMode(), LaneMode::EventTypes);
        QStringList titles;
        for (const TimelineLane &lane : timeline()->arrangement().lanes)
            titles.append(lane.title);
        QVERIFY(titles.contains(QStringLiteral("Meeting")));
        QVERIFY(titles.contains(QStringLiteral("Ministerial")));
        QCOMPARE(titles.last(), QStringLiteral("Statements"));
        // Still clickable in this mode.
        const NodeId brussels = byKey(QStringLiteral("event:2025-04-03-nato-foreign-ministers-brussels"));
        QTest::mouseClick(timeline()->plotWidget(), Qt::LeftButton, {}, *timeline()->markPosition(brussels));
        QCOMPARE(window->selection()->currentNode(), brussels);
        lanes->setCurrentIndex(0);
        QCOMPARE(timeline()->laneMode(), LaneMode::Actors);
    }

    // Behind the timeline's tab the analytics view computes no centrality
    // (at 100k nodes that held a core for 4 s beside the opening layout);
    // its tab raised, it does.
    void centralityWaitsForItsTab()
    {
        AnalyticsView *analytics = window->analyticsView();
        QVERIFY(analytics->visibleRegion().isEmpty()); // behind the timeline's tab
        QTest::qWait(300);
        QVERIFY(!analytics->isCurrent());
        const QString summary = analytics->findChild<QLabel *>(QStringLiteral("componentsSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("when this view is shown")), qPrintable(summary));
        window->analyticsDock()->raise();
        QTRY_VERIFY_WITH_TIMEOUT(analytics->isCurrent(), kSlowWorkMs);
        QTRY_VERIFY(analytics->table()->model()->rowCount() > 100);
        window->timelineDock()->raise();
    }

    void analyticsTableSortsAndSelects()
    {
        window->analyticsDock()->show();
        window->analyticsDock()->raise();
        AnalyticsView *analytics = window->analyticsView();
        QTRY_VERIFY_WITH_TIMEOUT(analytics->isCurrent(), kSlowWorkMs);
        QTableView *table = analytics->table();
        QTRY_VERIFY(table->model()->rowCount() > 100);
        // Sorted by betweenness, largest first: Rutte leads.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Mark Rutte"));
        // A click on the Degree header sorts by degree; a second turns it round.
        QHeaderView *header = table->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeader(2);
        const auto degrees = [&] {
            QList<double> values;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                values.append(table->model()->index(row, 2).data(Qt::UserRole).toDouble());
            return values;
        };
        QList<double> first = degrees();
        const bool ascending = std::is_sorted(first.begin(), first.end());
        QVERIFY(ascending || std::is_sorted(first.rbegin(), first.rend()));
        clickHeader(2);
        QList<double> second = degrees();
        QVERIFY(ascending ? std::is_sorted(second.rbegin(), second.rend()) : std::is_sorted(second.begin(), second.end()));
        QVERIFY(first != second);

        // A click on a row selects that node.
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        const QString label = table->model()->index(0, 0).data().toString();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(window->selection()->currentNode().isValid());
        QCOMPARE(window->graph().node(window->selection()->currentNode()).label, label);
        window->timelineDock()->raise();
    }

    // A large graph: the table lists the 2,000 most between nodes, estimated
    // from sampled sources, and says both.
    void largeGraphsListTheMostCentralAndSaySo()
    {
        const KnowledgeGraph big = bench::syntheticNewsGraph(8000, 5);
        AnalyticsView view;
        view.setGraph(&big);
        const QAbstractItemModel *rows = view.table()->model();
        QCOMPARE(rows->rowCount(), 2000);
        const QString summary = view.findChild<QLabel *>(QStringLiteral("componentsSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("estimated from 256 sampled nodes")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2,000 most between of")), qPrintable(summary));
        // The long summary wraps instead of widening the window past the screen.
        QVERIFY2(view.minimumSizeHint().width() < 700, qPrintable(QString::number(view.minimumSizeHint().width())));
        // Those listed are the first 2,000 by betweenness.
        QList<double> all;
        for (const NodeMetrics &m : centrality(big, ViewFilter::standard()))
            all.append(m.betweenness);
        std::sort(all.begin(), all.end(), std::greater<>());
        double smallestListed = 1;
        for (int row = 0; row < rows->rowCount(); ++row)
            smallestListed = std::min(smallestListed, rows->index(row, 3).data(Qt::UserRole).toDouble());
        QCOMPARE(smallestListed, all[1999]);
    }

    // A click on the tallest bar of "mentions per actor" selects Rutte; on a
    // topic's bar, its statements.
    void clickingABarSelects()
    {
        window->analyticsDock()->raise();
        AnalyticsView *analytics = window->analyticsView();
        QTRY_VERIFY(analytics->isVisible());
        analytics->setChart(AnalyticsView::Chart::MentionsPerActor);
        QTRY_VERIFY(analytics->plotWidget()->width() > 100);
        QTest::mouseClick(analytics->plotWidget(), Qt::LeftButton, {}, analytics->barPosition(0));
        QCOMPARE(window->selection()->currentNode(), byKey(QStringLiteral("person:mark-rutte")));

        auto *chooser = analytics->findChild<QComboBox *>(QStringLiteral("analyticsChart"));
        chooser->setCurrentIndex(1);
        QCOMPARE(analytics->chart(), AnalyticsView::Chart::StatementsPerTopic);
        const CountBar bar = analytics->bars().first();
        QTest::mouseClick(analytics->plotWidget(), Qt::LeftButton, {}, analytics->barPosition(0));
        QCOMPARE(window->selection()->nodes().size(), bar.nodes.size());
        for (NodeId id : bar.nodes)
            QVERIFY(window->selection()->contains(id));
        // The bars are drawn where the clicks went.
        QTest::qWait(200);
        QImage drawn(analytics->plotWidget()->size(), QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            analytics->findChild<ChartView *>()->paintChart(painter, QRectF(drawn.rect()));
        }
        QVERIFY(colouredNear(drawn, analytics->barPosition(0) - QPoint(0, 4)));
        window->timelineDock()->raise();
    }

    // The Export… buttons write what is shown; a suffix that is no picture
    // format is refused with the file named.
    void chartsExportAsShown()
    {
        QVERIFY(timeline()->findChild<QToolButton *>(QStringLiteral("exportTimeline")));
        QVERIFY(window->analyticsView()->findChild<QToolButton *>(QStringLiteral("exportAnalytics")));
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY2(timeline()->exportPicture(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(timeline()->width(), timeline()->chart()->height()));
        // The lane titles are in it, at the left: dark text pixels there.
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < 140; ++x)
                dark += image.pixelColor(x, y).value() < 100;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        const QString svg = dir.filePath(QStringLiteral("analytics.svg"));
        QVERIFY2(window->analyticsView()->exportPicture(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
        const QString doc = dir.filePath(QStringLiteral("timeline.docx"));
        QVERIFY(!timeline()->exportPicture(doc, &error));
        QVERIFY(error.contains(doc));
        QVERIFY(!QFile::exists(doc));
    }

    void nodeSizeFollowsAMeasure()
    {
        const NodeId rutte = byKey(QStringLiteral("person:mark-rutte"));
        const NodeId kallas = byKey(QStringLiteral("person:kaja-kallas"));
        QTRY_VERIFY_WITH_TIMEOUT(window->analyticsView()->isCurrent(), kSlowWorkMs);
        window->setNodeSizeMeasure(QStringLiteral("mentions"));
        const qreal rutteBig = window->scene()->nodeItem(rutte)->radius();
        QCOMPARE(rutteBig, 40.0); // the most named
        QVERIFY(window->scene()->nodeItem(kallas)->radius() < rutteBig / 2);
        window->setNodeSizeMeasure(QStringLiteral("betweenness"));
        QCOMPARE(window->scene()->nodeItem(rutte)->radius(), 40.0); // the highest betweenness too
        const NodeId topic = window->graph().findByName(QStringLiteral("Deterrence")).value(0);
        if (topic.isValid() && window->scene()->nodeItem(topic))
            QVERIFY(window->scene()->nodeItem(topic)->radius() < 20);
        // By degree, through the View menu's entry: the most connected node
        // is drawn larger than one with a single link.
        auto *byDegree = window->findChild<QAction *>(QStringLiteral("nodeSize_degree"));
        QVERIFY(byDegree && byDegree->isEnabled());
        byDegree->trigger();
        QVERIFY(byDegree->isChecked());
        QVERIFY(window->scene()->nodeItem(rutte)->radius() < 40.0 + 1e-9);
        // The person with the fewest links.
        NodeId leaf;
        for (NodeId id : window->graph().nodes()) {
            const NodeItem *item = window->scene()->nodeItem(id);
            if (item && window->graph().node(id).kind == NodeKind::Person
                && (!leaf.isValid() || item->edges().size() < window->scene()->nodeItem(leaf)->edges().size()))
                leaf = id;
        }
        QVERIFY(leaf.isValid());
        QVERIFY(window->scene()->nodeItem(leaf)->edges().size() * 4 < window->scene()->nodeItem(rutte)->edges().size());
        QVERIFY2(window->scene()->nodeItem(rutte)->radius() > 1.3 * window->scene()->nodeItem(leaf)->radius(),
                 qPrintable(QStringLiteral("%1 against %2").arg(window->scene()->nodeItem(rutte)->radius())
                                .arg(window->scene()->nodeItem(leaf)->radius())));
        QVERIFY(window->scene()->nodeSizes().isEmpty());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
