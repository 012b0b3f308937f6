#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "graphfiles.h"
#include "knowledgegraph.h"
#include "testsupport.h"

using namespace threadline;

// Every graph file in ../shared/interop, written by other tools, read by
// Threadline. The expected figures come from outside Threadline: the counts
// from the folder's README (Python's ElementTree, and by hand for DOT), the
// values from reading the files by eye, and for the files it can read, from
// networkx (tests/nx_read.py), compared node by node and edge by edge.
class TestInterop : public QObject
{
    Q_OBJECT

    struct Loaded
    {
        KnowledgeGraph graph;
        ReadResult result;
        QHash<NodeId, QPointF> positions;
    };

    // Where the interop files are on CI (they may be missing elsewhere).
    static QString interopDir()
    {
        return test::sharedPath() + QStringLiteral("/interop");
    }

    static QString interopPath(const QString &name) { return interopDir() + QLatin1Char('/') + name; }
    static QString interopPath(const char *name) { return interopPath(QString::fromUtf8(name)); }

    // Reads an interop file through the same dispatch as File → Open; the
    // test fails under CI (skips elsewhere) when the file is not there.
#define LOAD_OR_SKIP(name, loaded)                                                                             \
    do {                                                                                                       \
        const QString path_ = interopPath(name);                                                               \
        THREADLINE_REQUIRE(QFileInfo::exists(path_),                                                           \
                           QStringLiteral("%1 is not here (../shared sits beside the clone on CI)").arg(path_)); \
        (loaded).result = readGraphFile(path_, (loaded).graph, &(loaded).positions);                          \
        QVERIFY2((loaded).result.ok, qPrintable((loaded).result.error.toString()));                            \
    } while (false)

    static const NodeData &node(const KnowledgeGraph &g, const char *key)
    {
        const NodeId id = g.findNode(QString::fromUtf8(key));
        if (!id.isValid())
            qFatal("no node %s", key);
        return g.node(id);
    }

    static const EdgeData &edge(const KnowledgeGraph &g, const char *key)
    {
        const EdgeId id = g.findEdge(QString::fromUtf8(key));
        if (!id.isValid())
            qFatal("no edge %s", key);
        return g.edge(id);
    }

    static bool warned(const ReadResult &r, const QString &text)
    {
        for (const QString &w : r.warnings) {
            if (w.contains(text))
                return true;
        }
        return false;
    }

    // networkx's reading of a file (an interop file's name, or a path).
    static test::ToolRun networkx(const QString &format, const QString &path)
    {
        return test::runNetworkx(QStringLiteral("nx_read.py"),
                                 {format, QFileInfo(path).isAbsolute() ? path : interopPath(path),
                                  QStringLiteral("--gexf-1.3")});
    }

    // networkx reads the file and what it reads is what Threadline read.
#define COMPARE_WITH_NETWORKX(format, name, g)                                                                 \
    do {                                                                                                       \
        const test::ToolRun nxRun_ = networkx((format), (name));                                               \
        THREADLINE_VERIFY_TOOL(nxRun_);                                                                        \
        compareWithNetworkx((format), QJsonDocument::fromJson(nxRun_.out).object(), (g));                      \
    } while (false)

    static bool sameValue(const QJsonValue &expected, const QVariant &actual)
    {
        const QJsonValue ours = QJsonValue::fromVariant(actual);
        if (expected.isDouble() && ours.isDouble())
            return qAbs(expected.toDouble() - ours.toDouble()) <= 1e-9 * qMax(1.0, qAbs(expected.toDouble()));
        return expected == ours;
    }

    // Compares every node and edge networkx read with Threadline's reading.
    // GEXF: networkx's "label" is the node label or edge relation, its "viz"
    // Threadline's viz_* properties, its edge "id" the edge key. yEd
    // geometry networkx lifts out of the drawing data (x, y, shape_type) is
    // not kept by Threadline, which says so in a warning.
    static void compareWithNetworkx(const QString &format, const QJsonObject &nx, const KnowledgeGraph &g)
    {
        QVERIFY2(nx.contains(QStringLiteral("nodes")), "nx_read.py printed no graph");
        const bool gexf = format == QLatin1String("gexf");
        const QJsonObject nodes = nx.value(QStringLiteral("nodes")).toObject();
        QCOMPARE(qsizetype(nodes.size()), g.nodeCount());
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            const NodeId id = g.findNode(it.key());
            QVERIFY2(id.isValid(), qPrintable(QStringLiteral("node %1 is missing").arg(it.key())));
            const NodeData &n = g.node(id);
            const QJsonObject attrs = it.value().toObject();
            for (auto a = attrs.begin(); a != attrs.end(); ++a) {
                const QString where = QStringLiteral("node %1, %2").arg(it.key(), a.key());
                if (a.key() == QLatin1String("label")) {
                    QCOMPARE(n.label, a.value().toString());
                } else if (a.key() == QLatin1String("kind") && kindFromName(a.value().toString())) {
                    QCOMPARE(kindName(n.kind), a.value().toString()); // a kind Threadline knows
                } else if (a.key() == QLatin1String("viz")) {
                    const QJsonObject viz = a.value().toObject();
                    const QJsonObject pos = viz.value(QStringLiteral("position")).toObject();
                    if (!pos.isEmpty()) {
                        QVERIFY2(sameValue(pos.value(QStringLiteral("x")), n.properties.value(QStringLiteral("viz_x"))), qPrintable(where));
                        QVERIFY2(sameValue(pos.value(QStringLiteral("y")), n.properties.value(QStringLiteral("viz_y"))), qPrintable(where));
                    }
                    if (viz.contains(QStringLiteral("size")))
                        QVERIFY2(sameValue(viz.value(QStringLiteral("size")), n.properties.value(QStringLiteral("viz_size"))), qPrintable(where));
                    const QJsonObject c = viz.value(QStringLiteral("color")).toObject();
                    if (!c.isEmpty()) {
                        const QString hex = QStringLiteral("#%1%2%3")
                                                .arg(c.value(QStringLiteral("r")).toInt(), 2, 16, QLatin1Char('0'))
                                                .arg(c.value(QStringLiteral("g")).toInt(), 2, 16, QLatin1Char('0'))
                                                .arg(c.value(QStringLiteral("b")).toInt(), 2, 16, QLatin1Char('0'));
                        QCOMPARE(n.properties.value(QStringLiteral("viz_color")).toString(), hex);
                    }
                } else if (!gexf && (a.key() == QLatin1String("x") || a.key() == QLatin1String("y")
                                     || a.key() == QLatin1String("shape_type"))) {
                    continue; // yEd geometry
                } else {
                    QVERIFY2(n.properties.contains(a.key()), qPrintable(where + QStringLiteral(" is missing")));
                    QVERIFY2(sameValue(a.value(), n.properties.value(a.key())),
                             qPrintable(where + QStringLiteral(": networkx ")
                                        + QString::fromUtf8(QJsonDocument(QJsonArray{a.value()}).toJson(QJsonDocument::Compact))
                                        + QStringLiteral(", Threadline ") + n.properties.value(a.key()).toString()));
                }
            }
        }

        // Edges as a multiset of canonical texts: ends (either order when
        // undirected) and attributes as Threadline holds them.
        const bool directed = nx.value(QStringLiteral("directed")).toBool();
        const auto ends = [directed](QString s, QString t) {
            if (!directed && t < s)
                std::swap(s, t);
            return s + QStringLiteral(" ~ ") + t;
        };
        // Threadline gives unweighted edges GEXF's default weight of 1 where
        // other edges of the file carry one; networkx leaves it out.
        bool someWeight = false;
        for (const QJsonValue &value : nx.value(QStringLiteral("edges")).toArray())
            someWeight = someWeight || value.toArray().at(2).toObject().contains(QStringLiteral("weight"));
        // An edge attribute "relation" (or GEXF's edge label) is the relation.
        bool relations = gexf;
        for (const QJsonValue &value : nx.value(QStringLiteral("edges")).toArray())
            relations = relations || value.toArray().at(2).toObject().contains(QStringLiteral("relation"));
        QStringList expected, actual;
        for (const QJsonValue &value : nx.value(QStringLiteral("edges")).toArray()) {
            const QJsonArray e = value.toArray();
            QJsonObject attrs = e.at(2).toObject();
            if (gexf) {
                if (attrs.contains(QStringLiteral("label")))
                    attrs.insert(QStringLiteral("relation"), attrs.take(QStringLiteral("label")));
                if (someWeight && !attrs.contains(QStringLiteral("weight")))
                    attrs.insert(QStringLiteral("weight"), 1.0);
            }
            expected.append(ends(e.at(0).toString(), e.at(1).toString()) + QLatin1Char(' ')
                            + QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact)));
        }
        for (EdgeId id : g.edges()) {
            const EdgeData &e = g.edge(id);
            QJsonObject attrs = QJsonObject::fromVariantMap(e.properties);
            attrs.remove(QStringLiteral("directed")); // networkx keeps direction on the graph
            if (!gexf) {
                // networkx ignores ports (with a warning) and leaves out a
                // <data> element with no text, which Threadline keeps as "".
                attrs.remove(QStringLiteral("sourceport"));
                attrs.remove(QStringLiteral("targetport"));
                for (const QString &key : attrs.keys()) {
                    if (attrs.value(key) == QJsonValue(QString()))
                        attrs.remove(key);
                }
            }
            if (gexf) {
                attrs.insert(QStringLiteral("id"), e.key);
                attrs.remove(QStringLiteral("networkx_key")); // networkx takes it as its multigraph key
            }
            if (relations && e.relation != QLatin1String("related_to"))
                attrs.insert(QStringLiteral("relation"), e.relation);
            actual.append(ends(g.node(e.source).key, g.node(e.target).key) + QLatin1Char(' ')
                          + QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact)));
        }
        expected.sort();
        actual.sort();
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
    }

private Q_SLOTS:
    // GraphML and GEXF as networkx writes them: typed attributes, parallel
    // edges, an undirected graph, a node without a label.
    void networkxOutputReads_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"networkx_talks.graphml", "networkx_talks.gexf", "networkx_karate.graphml",
                                 "networkx_karate.gexf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void networkxOutputReads()
    {
        QFETCH(QString, name);
        static QTemporaryDir dir;
        static bool written = false;
        if (!written) {
            THREADLINE_VERIFY_TOOL(test::runNetworkx(QStringLiteral("nx_write.py"), {dir.path()}));
            written = true;
        }
        const QString path = dir.filePath(name);
        KnowledgeGraph g;
        const ReadResult r = readGraphFile(path, g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        if (name.startsWith(QLatin1String("networkx_talks"))) {
            QCOMPARE(g.nodeCount(), qsizetype(4));
            QCOMPARE(g.edgeCount(), qsizetype(3));
            const NodeData &rutte = node(g, "rutte");
            QCOMPARE(rutte.label, QStringLiteral("Mark Rutte"));
            QCOMPARE(rutte.kind, NodeKind::Person); // networkx's "kind" attribute
            QCOMPARE(rutte.properties.value(QStringLiteral("born")).toLongLong(), 1967);
            QCOMPARE(rutte.properties.value(QStringLiteral("active")), QVariant(true));
            QCOMPARE(node(g, "palm-beach").kind, NodeKind::Place);
            QCOMPARE(node(g, "palm-beach").properties.value(QStringLiteral("note")).toString(),
                     QStringLiteral("quotes \" and <tags> & ampersands"));
            QCOMPARE(node(g, "plain").label, QStringLiteral("plain"));
            // Two parallel meetings stay two edges, each with its relation.
            QStringList relations;
            for (EdgeId id : g.outEdges(g.findNode(QStringLiteral("rutte"))))
                relations.append(g.edge(id).relation);
            relations.sort();
            QCOMPARE(relations, (QStringList{QStringLiteral("called"), QStringLiteral("met")}));
        } else {
            QCOMPARE(g.nodeCount(), qsizetype(34)); // Zachary's karate club
            QCOMPARE(g.edgeCount(), qsizetype(78));
            for (EdgeId id : g.edges())
                QVERIFY(!g.edge(id).isDirected());
        }
        COMPARE_WITH_NETWORKX(name.endsWith(QLatin1String(".gexf")) ? QStringLiteral("gexf") : QStringLiteral("graphml"),
                              path, g);
    }

    void everyFileImportsWithItsCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        // From ../shared/interop/README.md.
        const QList<std::tuple<const char *, int, int>> files = {
            {"igraph_test.graphml", 6, 7},
            {"igraph_yfiles_html.graphml", 4, 4},
            {"yed_created_edges_deeper.graphml", 7, 4},
            {"tinkerpop_grateful-dead.graphml.xml", 808, 8049},
            {"tinkerpop_graph-types.graphml.xml", 1, 0},
            {"gephi_les_miserables.gexf", 77, 254},
            {"graphology_yeast.gexf", 2361, 7182},
            {"graphology_arctic.gexf", 1715, 6676},
            {"graphology_mixed.gexf", 3, 3},
            {"graphology_v1_3.gexf", 2, 1},
            {"gephi_dynamicedgeweight.gexf", 2, 1},
            {"pydot_clust4.dot", 10, 13},
            {"pydot_html2.dot", 4, 3},
        };
        for (const auto &[name, nodes, edges] : files)
            QTest::newRow(name) << QString::fromLatin1(name) << nodes << edges;
    }

    void everyFileImportsWithItsCounts()
    {
        QFETCH(QString, name);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        Loaded loaded;
        LOAD_OR_SKIP(name, loaded);
        QCOMPARE(loaded.graph.nodeCount(), qsizetype(nodes));
        QCOMPARE(loaded.graph.edgeCount(), qsizetype(edges));
        // A foreign graph has no sources; it opens as a plain graph.
        QVERIFY(loaded.graph.documents().isEmpty());
        for (NodeId id : loaded.graph.nodes()) {
            QVERIFY(loaded.graph.node(id).evidence.isEmpty());
            QVERIFY(!loaded.graph.node(id).label.isEmpty());
        }
        for (const QString &warning : std::as_const(loaded.result.warnings))
            QVERIFY2(warning.startsWith(interopDir()), qPrintable(warning));
    }

    void igraphDefaultsBooleansAndEntities()
    {
        Loaded l;
        LOAD_OR_SKIP("igraph_test.graphml", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "n0").properties.value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        QCOMPARE(node(g, "n1").properties.value(QStringLiteral("color")).toString(), QStringLiteral("yellow")); // default
        QCOMPARE(node(g, "n3").properties.value(QStringLiteral("color")).toString(),
                 QStringLiteral("red \"with entities\""));
        QCOMPARE(node(g, "n4").properties.value(QStringLiteral("color")).toString(), QString()); // only a comment
        // "  true   ", the default 1, "0", "false", "fAlSe".
        QCOMPARE(node(g, "n0").properties.value(QStringLiteral("gender")), QVariant(true));
        QCOMPARE(node(g, "n1").properties.value(QStringLiteral("gender")), QVariant(true));
        QCOMPARE(node(g, "n2").properties.value(QStringLiteral("gender")), QVariant(false));
        QCOMPARE(node(g, "n4").properties.value(QStringLiteral("gender")), QVariant(false));
        QCOMPARE(node(g, "n5").properties.value(QStringLiteral("gender")), QVariant(false));
        // "  2.0" and "1.1    " are doubles; an edge without data has no weight.
        QCOMPARE(edge(g, "e2").properties.value(QStringLiteral("weight")), QVariant(2.0));
        QCOMPARE(edge(g, "e6").properties.value(QStringLiteral("weight")), QVariant(1.1));
        QVERIFY(!edge(g, "e3").properties.contains(QStringLiteral("weight")));
        QCOMPARE(edge(g, "e6").source, g.findNode(QStringLiteral("n5")));
        // What cannot be kept is said, with the line.
        QVERIFY(warned(l.result, QStringLiteral(":15: the graph attribute \"date\" (\"2006-11-12\") is not kept")));
        QVERIFY(warned(l.result, QStringLiteral(":20: the key \"d3\"")));
        QVERIFY(warned(l.result, QStringLiteral("7 edges are undirected")));
    }

    void yfilesHtmlLabelsAndPorts()
    {
        Loaded l;
        LOAD_OR_SKIP("igraph_yfiles_html.graphml", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "n0").label, QStringLiteral("Top left rounded rectangle"));
        QCOMPARE(node(g, "n1").label, QStringLiteral("Star"));
        QCOMPARE(node(g, "n2").label, QString::fromUtf8("őð中"));
        QCOMPARE(node(g, "n0").properties.value(QStringLiteral("description")).toString(),
                 QStringLiteral("<node id=\"n3\">")); // CDATA, not markup
        // The self-loop between two ports of n3.
        const EdgeData &loop = edge(g, "e3");
        QCOMPARE(loop.source, g.findNode(QStringLiteral("n3")));
        QCOMPARE(loop.target, loop.source);
        QCOMPARE(loop.properties.value(QStringLiteral("sourceport")).toString(), QStringLiteral("p0"));
        QCOMPARE(loop.properties.value(QStringLiteral("targetport")).toString(), QStringLiteral("p1"));
        QCOMPARE(edge(g, "e0").properties.value(QStringLiteral("description")).toString(),
                 QStringLiteral("this is an edge"));
        QVERIFY(warned(l.result, QStringLiteral("8 ports")));
        // Where yFiles drew each node: the centre of its y:RectD.
        QCOMPARE(l.positions.size(), 4);
        QCOMPARE(l.positions.value(g.findNode(QStringLiteral("n0"))), QPointF(469 + 30, 246 + 30));
        QVERIFY(warned(l.result, QStringLiteral("drawing data")));
        COMPARE_WITH_NETWORKX(QStringLiteral("graphml"), QStringLiteral("igraph_yfiles_html.graphml"), g);
    }

    void yedNestedGraphsAndLabels()
    {
        Loaded l;
        LOAD_OR_SKIP("yed_created_edges_deeper.graphml", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "n1").label, QStringLiteral("Turin"));
        QCOMPARE(node(g, "n2").label, QStringLiteral("Northern Italy"));
        QCOMPARE(node(g, "n2::n1").label, QStringLiteral("Brescia"));
        QCOMPARE(node(g, "n2::n1").properties.value(QStringLiteral("parent")).toString(), QStringLiteral("n2"));
        QCOMPARE(node(g, "n2::n2::n0").properties.value(QStringLiteral("parent")).toString(), QStringLiteral("n2::n2"));
        QVERIFY(!node(g, "n1").properties.contains(QStringLiteral("parent")));
        // A top-level edge into a nested graph, and one inside a nested graph.
        QCOMPARE(edge(g, "e0").target, g.findNode(QStringLiteral("n2::n1")));
        QCOMPARE(edge(g, "e0").properties.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Length\t246 km (153 mi)"));
        QCOMPARE(edge(g, "n2::e0").source, g.findNode(QStringLiteral("n2::n0")));
        QVERIFY(warned(l.result, QStringLiteral("2 nested graphs were flattened")));
        // Where yEd drew each node: the centre of its y:Geometry.
        QCOMPARE(l.positions.size(), 7);
        QCOMPARE(l.positions.value(g.findNode(QStringLiteral("n0"))), QPointF(20.0 + 15, 98.37646484375 + 15));
        QCOMPARE(l.positions.value(g.findNode(QStringLiteral("n1"))), QPointF(102.68888888888888 + 15, 0.0 + 15));
        COMPARE_WITH_NETWORKX(QStringLiteral("graphml"), QStringLiteral("yed_created_edges_deeper.graphml"), g);
    }

    void tinkerpopTypes()
    {
        Loaded l;
        LOAD_OR_SKIP("tinkerpop_graph-types.graphml.xml", l);
        const NodeData &n = node(l.graph, "1");
        QCOMPARE(n.properties.value(QStringLiteral("b")), QVariant(true));
        QCOMPARE(n.properties.value(QStringLiteral("i")).typeId(), QMetaType::Int);
        QCOMPARE(n.properties.value(QStringLiteral("i")).toInt(), 29);
        QCOMPARE(n.properties.value(QStringLiteral("l")).typeId(), QMetaType::LongLong);
        QCOMPARE(n.properties.value(QStringLiteral("l")).toLongLong(), 10000000LL);
        QCOMPARE(n.properties.value(QStringLiteral("f")).toDouble(), 123.54);
        QCOMPARE(n.properties.value(QStringLiteral("d")).toDouble(), 123.45);
        QCOMPARE(n.properties.value(QStringLiteral("s")).toString(), QStringLiteral("some-string"));
        QCOMPARE(n.properties.value(QStringLiteral("n")).toString(), QStringLiteral("junk")); // unknown type: text
        QCOMPARE(n.label, QStringLiteral("default")); // the undeclared "label" key
        QVERIFY(warned(l.result, QStringLiteral("nothing-supported-and-goes-to-string")));
        QVERIFY(warned(l.result, QStringLiteral("never declared")));
    }

    void tinkerpopGratefulDeadMatchesNetworkx()
    {
        Loaded l;
        LOAD_OR_SKIP("tinkerpop_grateful-dead.graphml.xml", l);
        const KnowledgeGraph &g = l.graph;
        // Vertex and edge labels named by labelV and labelE.
        QCOMPARE(node(g, "1").label, QStringLiteral("HEY BO DIDDLEY"));
        QCOMPARE(node(g, "1").properties.value(QStringLiteral("labelV")).toString(), QStringLiteral("song"));
        QCOMPARE(node(g, "1").properties.value(QStringLiteral("performances")).toInt(), 5);
        QCOMPARE(g.edge(g.outEdges(g.findNode(QStringLiteral("1"))).constFirst()).relation, QStringLiteral("followedBy"));
        COMPARE_WITH_NETWORKX(QStringLiteral("graphml"), QStringLiteral("tinkerpop_grateful-dead.graphml.xml"), g);
    }

    void gephiLesMiserables()
    {
        Loaded l;
        LOAD_OR_SKIP("gephi_les_miserables.gexf", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "0").label, QStringLiteral("Myriel"));
        QCOMPARE(node(g, "0").properties.value(QStringLiteral("Modularity Class")).typeId(), QMetaType::Int);
        // Positions come with the file, y flipped to point down as on screen.
        QCOMPARE(l.positions.size(), 77);
        QCOMPARE(l.positions.value(g.findNode(QStringLiteral("0"))), QPointF(-102.81979, 185.35468));
        int weighted = 0;
        for (EdgeId id : g.edges())
            weighted += g.edge(id).properties.value(QStringLiteral("weight")).toDouble() != 1.0;
        QVERIFY(weighted > 100);
        // An undirected graph: every edge says so, to be drawn without arrowheads.
        for (EdgeId id : g.edges())
            QVERIFY(!g.edge(id).isDirected());
        COMPARE_WITH_NETWORKX(QStringLiteral("gexf"), QStringLiteral("gephi_les_miserables.gexf"), g);
    }

    void graphologyYeastMatchesNetworkx()
    {
        Loaded l;
        LOAD_OR_SKIP("graphology_yeast.gexf", l);
        QCOMPARE(node(l.graph, "4941").label, QStringLiteral("YBR236C"));
        COMPARE_WITH_NETWORKX(QStringLiteral("gexf"), QStringLiteral("graphology_yeast.gexf"), l.graph);
    }

    void graphologyArcticPreOneNamespace()
    {
        Loaded l;
        LOAD_OR_SKIP("graphology_arctic.gexf", l);
        const KnowledgeGraph &g = l.graph;
        // <attvalue id="…">, and an attribute titled "label" beside the label.
        const NodeData &newYork = node(g, "1");
        QCOMPARE(newYork.label, QStringLiteral("New York"));
        QCOMPARE(newYork.properties.value(QStringLiteral("nodedef")).toString(), QStringLiteral("n1"));
        QCOMPARE(newYork.properties.value(QStringLiteral("occurrences")).toInt(), 143);
        QCOMPARE(newYork.properties.value(QStringLiteral("label_attribute")).toString(), QStringLiteral("New York"));
        QCOMPARE(newYork.properties.value(QStringLiteral("viz_color")).toString(), QStringLiteral("#ff3333"));
        QCOMPARE(l.positions.value(g.findNode(QStringLiteral("1"))), QPointF(-81.7245, -25.771425));
        QVERIFY(warned(l.result, QStringLiteral("label_attribute")));
    }

    void graphologyMixedEdges()
    {
        Loaded l;
        LOAD_OR_SKIP("graphology_mixed.gexf", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "3").label, QStringLiteral("three"));
        QCOMPARE(edge(g, "2").relation, QStringLiteral("Nice edge"));
        QCOMPARE(edge(g, "2").properties.value(QStringLiteral("weight")).toDouble(), 4.56);
        QCOMPARE(edge(g, "1").properties.value(QStringLiteral("weight")).toDouble(), 1.0);
        // The one undirected edge in a directed graph says so.
        QCOMPARE(edge(g, "3").properties.value(QStringLiteral("directed")), QVariant(false));
        QVERIFY(!edge(g, "1").properties.contains(QStringLiteral("directed")));
    }

    void graphologyListTypes()
    {
        Loaded l;
        LOAD_OR_SKIP("graphology_v1_3.gexf", l);
        const NodeData &suzy = node(l.graph, "Suzy");
        const QVariantList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (const char *name : {"pipe", "comma", "raw", "double", "mixed"})
            QCOMPARE(suzy.properties.value(QString::fromLatin1(name)).toList(), abc);
        QCOMPARE(suzy.properties.value(QStringLiteral("single")).toList(),
                 (QVariantList{QStringLiteral("a"), QStringLiteral("'b'"), QStringLiteral("c")}));
        QCOMPARE(suzy.properties.value(QStringLiteral("booleans")).toList(), (QVariantList{true, false, false}));
        QCOMPARE(suzy.properties.value(QStringLiteral("numbers")).toList(), (QVariantList{1.0, 1.5, 2.0}));
        QCOMPARE(suzy.properties.value(QStringLiteral("viz_color")).toString(), QStringLiteral("#ff00ff"));
        QCOMPARE(l.graph.edge(l.graph.edges().constFirst()).relation, QStringLiteral("likes")); // edge kind
    }

    void gephiDynamicWeight()
    {
        Loaded l;
        LOAD_OR_SKIP("gephi_dynamicedgeweight.gexf", l);
        QCOMPARE(edge(l.graph, "0").properties.value(QStringLiteral("Weight")).toDouble(), 2.0); // the 2005 value
        QVERIFY(warned(l.result, QStringLiteral("changes over time")));
    }

    void dotClustersChainsAndScopedDefaults()
    {
        Loaded l;
        LOAD_OR_SKIP("pydot_clust4.dot", l);
        const KnowledgeGraph &g = l.graph;
        // a0 -> a1 -> a2 -> a3 is three edges.
        for (const auto &[from, to] : QList<std::pair<const char *, const char *>>{{"a0", "a1"}, {"a1", "a2"}, {"a2", "a3"}}) {
            const QList<NodeId> next = g.neighbours(g.findNode(QString::fromLatin1(from)));
            QVERIFY(next.contains(g.findNode(QString::fromLatin1(to))));
        }
        // node [style=filled, color=white] applies inside cluster_0 only.
        QCOMPARE(node(g, "a2").properties.value(QStringLiteral("color")).toString(), QStringLiteral("white"));
        QCOMPARE(node(g, "b2").properties.value(QStringLiteral("style")).toString(), QStringLiteral("filled"));
        QVERIFY(!node(g, "b2").properties.contains(QStringLiteral("color")));
        QVERIFY(!node(g, "start").properties.contains(QStringLiteral("style")));
        QCOMPARE(node(g, "a2").properties.value(QStringLiteral("subgraph")).toString(), QStringLiteral("cluster_0"));
        QCOMPARE(node(g, "b0").properties.value(QStringLiteral("subgraph")).toString(), QStringLiteral("cluster_1"));
        // Attributes set after the node's first use.
        QCOMPARE(node(g, "start").properties.value(QStringLiteral("shape")).toString(), QStringLiteral("Mdiamond"));
        QCOMPARE(node(g, "end").properties.value(QStringLiteral("shape")).toString(), QStringLiteral("Msquare"));
        QVERIFY(warned(l.result, QStringLiteral("graph and subgraph attributes are not kept (Threadline graphs have none): color, label, style")));
    }

    void dotHtmlLabelsAndPorts()
    {
        Loaded l;
        LOAD_OR_SKIP("pydot_html2.dot", l);
        const KnowledgeGraph &g = l.graph;
        QCOMPARE(node(g, "a").label, QStringLiteral("class\nqualifier"));
        QVERIFY(node(g, "a").properties.value(QStringLiteral("label_html")).toString().contains(QStringLiteral("PORT=\"here\"")));
        QCOMPARE(node(g, "c").label, QStringLiteral("long line 1\nline 2\nline 3"));
        QCOMPARE(node(g, "d").label, QStringLiteral("d"));
        QCOMPARE(node(g, "d").properties.value(QStringLiteral("shape")).toString(), QStringLiteral("triangle"));
        QCOMPARE(node(g, "b").properties.value(QStringLiteral("shape")).toString(), QStringLiteral("ellipse"));
        // a:here -> b:there [arrowtail = diamond]
        const EdgeData &ported = g.edge(g.outEdges(g.findNode(QStringLiteral("a"))).constFirst());
        QCOMPARE(ported.target, g.findNode(QStringLiteral("b")));
        QCOMPARE(ported.properties.value(QStringLiteral("sourceport")).toString(), QStringLiteral("here"));
        QCOMPARE(ported.properties.value(QStringLiteral("targetport")).toString(), QStringLiteral("there"));
        QCOMPARE(ported.properties.value(QStringLiteral("arrowtail")).toString(), QStringLiteral("diamond"));
        // An HTML edge label names the relation by its text.
        QCOMPARE(g.edge(g.outEdges(g.findNode(QStringLiteral("d"))).constFirst()).relation, QStringLiteral("Edge labels\nalso"));
        QVERIFY(warned(l.result, QStringLiteral("rank, rankdir")));
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
