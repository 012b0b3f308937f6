#include <QLineF>
#include <QRectF>
#include <QTest>

#include "bundledcorpus.h"
#include "knowledgegraph.h"
#include "layout.h"

using namespace threadline;

class TestLayout : public QObject
{
    Q_OBJECT

    static KnowledgeGraph ringsAndLoners()
    {
        // Two rings of six and two isolated nodes: disconnected on purpose.
        KnowledgeGraph g;
        QList<NodeId> ids;
        for (int i = 0; i < 14; ++i) {
            NodeData n;
            n.key = QStringLiteral("n%1").arg(i);
            n.label = n.key;
            ids.append(g.addNode(n));
        }
        for (int ring = 0; ring < 2; ++ring) {
            for (int i = 0; i < 6; ++i) {
                EdgeData e;
                e.source = ids[ring * 6 + i];
                e.target = ids[ring * 6 + (i + 1) % 6];
                e.relation = QStringLiteral("r");
                g.addEdge(e);
            }
        }
        return g;
    }

private Q_SLOTS:
    void everyNodeGetsADistinctPositionInBounds()
    {
        const KnowledgeGraph g = ringsAndLoners();
        LayoutOptions options;
        options.width = 1000;
        options.height = 600;
        const QHash<NodeId, QPointF> positions = forceDirectedLayout(g, options);
        QCOMPARE(positions.size(), g.nodeCount());
        QList<QPointF> seen;
        for (NodeId id : g.nodes()) {
            QVERIFY(positions.contains(id));
            const QPointF p = positions.value(id);
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
            QVERIFY2(std::abs(p.x()) <= 1000 && std::abs(p.y()) <= 600, qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
            for (const QPointF &q : seen)
                QVERIFY(QLineF(p, q).length() > 1.0);
            seen.append(p);
        }
    }

    void neighboursEndUpCloserThanStrangers()
    {
        const KnowledgeGraph g = ringsAndLoners();
        const QHash<NodeId, QPointF> pos = forceDirectedLayout(g);
        const QList<NodeId> ids = g.nodes();
        double linked = 0, unlinked = 0;
        int linkedCount = 0, unlinkedCount = 0;
        for (int a = 0; a < 12; ++a) {
            for (int b = a + 1; b < 12; ++b) {
                const double d = QLineF(pos[ids[a]], pos[ids[b]]).length();
                const bool adjacent = a / 6 == b / 6 && (b - a == 1 || b - a == 5);
                (adjacent ? linked : unlinked) += d;
                ++(adjacent ? linkedCount : unlinkedCount);
            }
        }
        QVERIFY2(linked / linkedCount < 0.7 * (unlinked / unlinkedCount),
                 qPrintable(QStringLiteral("%1 vs %2").arg(linked / linkedCount).arg(unlinked / unlinkedCount)));
    }

    void sameSeedSamePicture()
    {
        const KnowledgeGraph g = ringsAndLoners();
        QCOMPARE(forceDirectedLayout(g), forceDirectedLayout(g));
        LayoutOptions other;
        other.seed = 7;
        QVERIFY(forceDirectedLayout(g) != forceDirectedLayout(g, other));
    }

    void subsetAndIgnoredRelations()
    {
        const KnowledgeGraph g = ringsAndLoners();
        const QList<NodeId> ids = g.nodes();
        const QSet<NodeId> subset{ids[0], ids[1], ids[2]};
        const auto positions = forceDirectedLayout(g, {}, subset);
        QCOMPARE(positions.size(), 3);
        QVERIFY(positions.contains(ids[1]) && !positions.contains(ids[5]));
    }

    void largeGraphsUseTheGridAndStaySpread()
    {
        // 150 rings of 8: past the all-pairs limit, so the grid repulsion runs.
        KnowledgeGraph g;
        QList<NodeId> ids;
        for (int i = 0; i < 1200; ++i) {
            NodeData n;
            n.key = QString::number(i);
            ids.append(g.addNode(n));
        }
        for (int i = 0; i < 1200; ++i) {
            EdgeData e;
            e.source = ids[i];
            e.target = ids[(i / 8) * 8 + (i + 1) % 8];
            e.relation = QStringLiteral("r");
            g.addEdge(e);
        }
        LayoutOptions options = LayoutOptions::forNodeCount(g.nodeCount());
        options.iterations = 60;
        const auto pos = forceDirectedLayout(g, options);
        QCOMPARE(pos.size(), 1200);
        QRectF bounds;
        double ringSpan = 0;
        for (int ring = 0; ring < 150; ++ring) {
            QRectF box(pos[ids[ring * 8]], QSizeF(0, 0));
            for (int k = 0; k < 8; ++k) {
                const QPointF p = pos[ids[ring * 8 + k]];
                QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
                box = box.united(QRectF(p, QSizeF(0.001, 0.001)));
            }
            ringSpan += std::max(box.width(), box.height());
            bounds = bounds.united(box);
        }
        // Rings hold together and the picture uses the area it was given.
        QVERIFY2(ringSpan / 150 < 0.25 * options.width, qPrintable(QString::number(ringSpan / 150)));
        QVERIFY2(bounds.width() > 0.5 * options.width, qPrintable(QString::number(bounds.width())));
    }

    void circleAndRadialGeometry()
    {
        const KnowledgeGraph g = ringsAndLoners();
        const QList<NodeId> ids = g.nodes();
        const auto circle = layoutForView(g, {}, LayoutKind::Circle);
        QCOMPARE(circle.size(), g.nodeCount());
        const double r = QLineF(QPointF(0, 0), circle[ids[0]]).length();
        for (NodeId id : ids)
            QVERIFY(qAbs(QLineF(QPointF(0, 0), circle[id]).length() - r) < 1e-6); // all on one ring

        // Radial: the focus in the centre, its ring neighbours on the first ring,
        // the opposite node of its ring further out.
        const auto radial = layoutForView(g, {}, LayoutKind::Radial, ids[0]);
        QCOMPARE(radial.size(), g.nodeCount());
        QCOMPARE(radial[ids[0]], QPointF(0, 0));
        const double first = QLineF(QPointF(0, 0), radial[ids[1]]).length();
        QVERIFY(first > 1);
        QVERIFY(qAbs(QLineF(QPointF(0, 0), radial[ids[5]]).length() - first) < 1e-6);
        QVERIFY(QLineF(QPointF(0, 0), radial[ids[3]]).length() > first * 2.5);
        // Unreachable nodes go outside every ring.
        QVERIFY(QLineF(QPointF(0, 0), radial[ids[7]]).length() > QLineF(QPointF(0, 0), radial[ids[3]]).length());
    }

    void kamadaKawaiKeepsComponentsApart()
    {
        const KnowledgeGraph g = ringsAndLoners();
        const QList<NodeId> ids = g.nodes();
        const auto kk = layoutForView(g, {}, LayoutKind::KamadaKawai);
        QCOMPARE(kk.size(), g.nodeCount());
        QRectF first, second;
        for (int i = 0; i < 6; ++i) {
            first = first.united(QRectF(kk[ids[i]], QSizeF(1, 1)));
            second = second.united(QRectF(kk[ids[6 + i]], QSizeF(1, 1)));
        }
        QVERIFY(!first.intersects(second));
        // A ring's neighbours sit about one edge length apart.
        const double d = QLineF(kk[ids[0]], kk[ids[1]]).length();
        QVERIFY2(d > 40 && d < 300, qPrintable(QString::number(d)));
    }

    void layoutNames()
    {
        QCOMPARE(layoutKindFromName(QStringLiteral("kk")), std::optional(LayoutKind::KamadaKawai));
        QCOMPARE(layoutKindFromName(QStringLiteral("radial")), std::optional(LayoutKind::Radial));
        QVERIFY(!layoutKindFromName(QStringLiteral("spiral")));
    }

    void bundledViewIsLaidOut()
    {
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        const ViewFilter filter = ViewFilter::standard();
        const auto positions = layoutForView(g, filter);
        QCOMPARE(positions.size(), filter.visibleNodes(g).size());
        for (NodeId id : g.nodes()) {
            if (g.node(id).kind == NodeKind::Document)
                QVERIFY(!positions.contains(id)); // hidden by the standard view
        }
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
