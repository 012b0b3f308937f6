#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

#include "bundledcorpus.h"
#include "edits.h"
#include "graphdocument.h"
#include "graphfiles.h"
#include "jsonformat.h"
#include "project.h"
#include "projectfile.h"
#include "savedview.h"

using namespace threadline;

// Projects: one SQLite file that gives back the very graph, ids, view state
// and texts it was given; saves that write only what changed; saves that a
// kill cannot half-do.
class TestProject : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    // The whole document as text: graph, ids, view state.
    static QByteArray snapshot(const GraphDocument &doc)
    {
        QByteArray out = json::write(doc.graph());
        const KnowledgeGraph &g = doc.graph();
        for (NodeId id : g.nodes()) {
            out += QStringLiteral("\n%1 #%2 %3,%4 %5%6")
                       .arg(g.node(id).key)
                       .arg(id.value())
                       .arg(doc.positions().value(id).x(), 0, 'g', 17)
                       .arg(doc.positions().value(id).y(), 0, 'g', 17)
                       .arg(doc.isPinned(id) ? QStringLiteral("P") : QString())
                       .arg(doc.isHidden(id) ? QStringLiteral("H") : QString())
                       .toUtf8();
        }
        for (EdgeId id : g.edges())
            out += QStringLiteral("\n%1 #%2").arg(g.edge(id).key).arg(id.value()).toUtf8();
        return out;
    }

    static void loadCorpus(GraphDocument &doc)
    {
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g).ok);
        QHash<NodeId, QPointF> positions;
        qreal x = 0;
        for (NodeId id : g.nodes()) {
            x += 1.25;
            positions.insert(id, QPointF(x, -x / 3));
        }
        doc.reset(std::move(g), positions);
    }

    static QString integrity(const QString &path)
    {
        const QString name = QStringLiteral("integrity");
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    result = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private Q_SLOTS:
    void theCorpusComesBackAsItWas()
    {
        GraphDocument doc;
        loadCorpus(doc);
        doc.setPinned({doc.graph().nodes().at(3)}, true);
        doc.setHidden({doc.graph().nodes().at(5)}, true);
        // A gap in the ids, as a deletion leaves.
        doc.remove({doc.graph().nodes().at(7)}, {});
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("corpus.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        QVERIFY(!project.isModified());
        QCOMPARE(project.path(), path);
        QCOMPARE(integrity(path), QStringLiteral("ok"));

        GraphDocument again;
        Project reopened(&again);
        const ReadResult r = reopened.open(path);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(snapshot(again), snapshot(doc)); // ids, texts, evidence, view
        QVERIFY(!reopened.isModified());
        // The next id is past the deleted one: ids are never handed out twice.
        QCOMPARE(again.graph().nodeIdLimit(), doc.graph().nodeIdLimit());
        for (const Document &d : doc.graph().documents())
            QCOMPARE(again.graph().document(d.id)->text, d.text);
    }

    // The view state keeps what the canvas was limited to (the Filter
    // tab's choices, a period, a focus) beside the canvas's own keys, which
    // stay exactly as they were; it comes back from the project file.
    void theViewStateKeepsTheFilterAndFocus()
    {
        GraphDocument doc;
        loadCorpus(doc);
        const KnowledgeGraph &g = doc.graph();
        const QString canvas = QStringLiteral(R"({"zoom":2.5,"centre":[10.5,-4],"fitted":false})");
        SavedLimits limits;
        limits.hiddenKinds = {NodeKind::Statement, NodeKind::Document, NodeKind::Other};
        limits.hiddenRelations = {QStringLiteral("mentions"), QStringLiteral("said")};
        limits.hiddenDocuments = {g.documents().constFirst().id};
        limits.period = std::make_pair(QDate(2024, 11, 20), QDate(2025, 2, 1));
        limits.focus = {g.nodes().at(2), g.nodes().at(9), g.nodes().at(40)};
        const QString state = project::withLimits(canvas, limits);
        const QJsonObject json = QJsonDocument::fromJson(state.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("zoom")).toDouble(), 2.5);
        QCOMPARE(json.value(QStringLiteral("centre")).toArray(), (QJsonArray{10.5, -4}));
        QCOMPARE(json.value(QStringLiteral("fitted")), QJsonValue(false));
        QCOMPARE(json.value(QStringLiteral("focus")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("filter")).toObject().value(QStringLiteral("hiddenKinds")).toArray(),
                 (QJsonArray{QStringLiteral("document"), QStringLiteral("other"), QStringLiteral("statement")}));
        QCOMPARE(project::readLimits(state, g), std::optional<SavedLimits>(limits));

        // Through the project file.
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("limited.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        QVERIFY2(project::writeViewState(path, state, &error), qPrintable(error));
        ProjectContent content;
        QVERIFY(project::read(path, content).ok);
        QCOMPARE(project::readLimits(content.viewState, content.graph), std::optional<SavedLimits>(limits));
    }

    // What the graph no longer has is left out; a state saved before the
    // limits were kept has none, and neither has no state.
    void savedLimitsTolerateWhatIsGone()
    {
        GraphDocument doc;
        loadCorpus(doc);
        const KnowledgeGraph &g = doc.graph();
        const NodeId kept = g.nodes().at(4);
        const QString state = QStringLiteral(R"({"zoom":1,"centre":[0,0],"fitted":true,)"
                                             R"("filter":{"hiddenKinds":["statement","gadget"],)"
                                             R"("hiddenRelations":["said"],"hiddenDocuments":["no-such-article"],)"
                                             R"("period":["2025-13-01","2025-01-01"]},"focus":[%1,4000000,-3,"x"]})")
                                  .arg(kept.value());
        const std::optional<SavedLimits> limits = project::readLimits(state, g);
        QVERIFY(limits);
        QCOMPARE(limits->hiddenKinds, QSet<NodeKind>{NodeKind::Statement});
        QCOMPARE(limits->hiddenRelations, QSet<QString>{QStringLiteral("said")});
        QVERIFY(limits->hiddenDocuments.isEmpty());
        QVERIFY(!limits->period);
        QCOMPARE(limits->focus, QSet<NodeId>{kept});
        // A focus on nodes all gone is no focus.
        QVERIFY(project::readLimits(QStringLiteral(R"({"filter":{},"focus":[4000000]})"), g)->focus.isEmpty());
        QVERIFY(!project::readLimits(QStringLiteral(R"({"zoom":1,"centre":[0,0],"fitted":true})"), g));
        QVERIFY(!project::readLimits(QString(), g));
        QVERIFY(!project::readLimits(QStringLiteral("not json"), g));
    }

    void typedPropertiesStayTyped()
    {
        GraphDocument doc;
        KnowledgeGraph g;
        NodeData n;
        n.key = QStringLiteral("n");
        n.label = QStringLiteral("Typed ✓ \"quotes\"");
        n.aliases = {QStringLiteral("a|b"), QStringLiteral("")};
        n.properties = {{QStringLiteral("int"), 7},
                        {QStringLiteral("long"), qlonglong(1) << 40},
                        {QStringLiteral("double"), 1.0},
                        {QStringLiteral("bool"), true},
                        {QStringLiteral("string"), QStringLiteral("1")},
                        {QStringLiteral("list"), QVariantList{1, QStringLiteral("x"), false}},
                        {QStringLiteral("map"), QVariantMap{{QStringLiteral("k"), 2.5}}}};
        const NodeId id = g.addNode(n);
        doc.reset(std::move(g));
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("typed.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        ProjectContent back;
        QVERIFY(project::read(path, back).ok);
        const NodeData &read = back.graph.node(id);
        QCOMPARE(read, n);
        QCOMPARE(read.properties.value(QStringLiteral("double")).typeId(), QMetaType::Double);
        QCOMPARE(read.properties.value(QStringLiteral("int")).typeId(), QMetaType::Int);
        QCOMPARE(read.properties.value(QStringLiteral("string")).typeId(), QMetaType::QString);
    }

    // Edits of every kind, saved as changes, read back as they are in memory.
    void savesWriteTheChangesOnly()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        QSignalSpy modified(&project, &Project::modifiedChanged);
        const QString path = dir.filePath(QStringLiteral("edits.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        const KnowledgeGraph &g = doc.graph();
        const NodeId rutte = g.findByName(QStringLiteral("Mark Rutte")).first();
        const NodeId trump = g.findByName(QStringLiteral("Donald Trump")).first();
        NodeData renamed = g.node(trump);
        renamed.label = QStringLiteral("President Trump");
        renamed.properties.insert(QStringLiteral("note"), QStringLiteral("edited"));
        ChangeNodeEdit(doc, trump, renamed, QStringLiteral("Rename")).redo(doc);
        QVERIFY(project.isModified());
        QCOMPARE(modified.count(), 1);
        RemoveEdit(QList<NodeId>{g.findByName(QStringLiteral("Vladimir Putin")).first()}, {}).redo(doc);
        MoveEdit(doc, {{rutte, QPointF(-5, 5)}}, QStringLiteral("Move")).redo(doc);
        FlagEdit(doc, FlagEdit::Flag::Pinned, {rutte}, true).redo(doc);
        EdgeData edge;
        edge.source = rutte;
        edge.target = trump;
        edge.relation = QStringLiteral("met");
        AddEdgeEdit(edge).redo(doc);
        std::unique_ptr<CompositeEdit> merge = mergeNodes(doc, rutte, g.findByName(QStringLiteral("Pete Hegseth")).first());
        QVERIFY(merge);
        QVERIFY(doc.addDocument({QStringLiteral("new-doc"), QStringLiteral("New"), QStringLiteral("Outlet"),
                                 QStringLiteral("2025-05-01"), {}, {}, {}, QStringLiteral("Fresh text about talks.")}));
        QVERIFY2(project.save(&error), qPrintable(error));
        QVERIFY(!project.isModified());
        QCOMPARE(project.savedRevision(), quint64(2));
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        GraphDocument again;
        Project reopened(&again);
        QVERIFY(reopened.open(path).ok);
        QCOMPARE(snapshot(again), snapshot(doc));
        // Undo after the save, saved again: back to the corpus as first saved.
        merge->undo(doc);
        QVERIFY(project.isModified());
        QVERIFY2(project.save(&error), qPrintable(error));
        QVERIFY(reopened.open(path).ok);
        QCOMPARE(snapshot(again), snapshot(doc));
    }

    // An import undone after a save: the documents leave the file and its
    // index, and the ones after them keep their text and place.
    void documentsTakenOutLeaveTheFile()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("documents.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        AddDocumentsEdit import({{QStringLiteral("doc:a"), QStringLiteral("A"), {}, {}, {}, {}, {}, QStringLiteral("alpha walrus")},
                                 {QStringLiteral("doc:b"), QStringLiteral("B"), {}, {}, {}, {}, {}, QStringLiteral("beta narwhal")}});
        import.redo(doc);
        QVERIFY2(project.save(&error), qPrintable(error));
        QCOMPARE(project.searchText(QStringLiteral("walrus"), 5).size(), 1);
        QVERIFY(doc.removeDocument(QStringLiteral("doc:a")));
        QVERIFY2(project.save(&error), qPrintable(error));
        QVERIFY(project.searchText(QStringLiteral("walrus"), 5).isEmpty());
        const QList<TextMatch> narwhal = project.searchText(QStringLiteral("narwhal"), 5);
        QCOMPARE(narwhal.size(), 1);
        QCOMPARE(narwhal.first().document, QStringLiteral("doc:b"));
        GraphDocument again;
        Project reopened(&again);
        QVERIFY(reopened.open(path).ok);
        QCOMPARE(snapshot(again), snapshot(doc));
        import.undo(doc); // takes doc:b out too (doc:a is gone already)
        QVERIFY2(project.save(&error), qPrintable(error));
        QVERIFY(reopened.open(path).ok);
        QCOMPARE(again.graph().documents().size(), doc.graph().documents().size());
        QVERIFY(project.searchText(QStringLiteral("narwhal"), 5).isEmpty());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    // The index over documents and statements answers the search box.
    void fullTextSearchFindsQuotesAndArticles()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        QString error;
        QVERIFY2(project.saveAs(dir.filePath(QStringLiteral("search.threadline")), &error), qPrintable(error));
        const QList<TextMatch> quotes = project.searchText(QStringLiteral("\"dire threat\""), 10, &error);
        QVERIFY2(!quotes.isEmpty(), qPrintable(error));
        bool statement = false;
        for (const TextMatch &m : quotes) {
            if (m.kind == TextMatch::Kind::Statement) {
                statement = true;
                QCOMPARE(doc.graph().node(m.statement).kind, NodeKind::Statement);
                QVERIFY2(m.snippet.contains(QStringLiteral("[dire threat]")), qPrintable(m.snippet)); // the phrase, marked
            }
        }
        QVERIFY(statement);
        const QList<TextMatch> articles = project.searchText(QStringLiteral("Pentagon OR Hegseth"), 10, &error);
        QVERIFY(std::any_of(articles.cbegin(), articles.cend(), [&](const TextMatch &m) {
            return m.kind == TextMatch::Kind::Document && doc.graph().document(m.document);
        }));
        QVERIFY(project.searchText(QStringLiteral("zzzqqq"), 10).isEmpty());
    }

    // A disk that fills up mid-save: the save fails with the file named, the
    // edits stay in memory and unsaved, the file stays as it was; a later
    // save, with room again, writes them.
    void aFullDiskLosesNothing()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("full.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        const QByteArray saved = snapshot(doc);
        // Much new text, more than the file may grow by.
        QVERIFY(doc.addDocument({QStringLiteral("big"), QStringLiteral("Big"), {}, {}, {}, {}, {},
                                 QString(600000, QLatin1Char('x'))}));
        const QByteArray edited = snapshot(doc);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
        rlimit small = old;
        small.rlim_cur = QFileInfo(path).size() + 64 * 1024;
        setrlimit(RLIMIT_FSIZE, &small);
        const bool ok = project.save(&error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(project.isModified());
        QCOMPARE(snapshot(doc), edited);
        GraphDocument onDisk;
        Project check(&onDisk);
        QVERIFY(check.open(path).ok);
        QCOMPARE(snapshot(onDisk), saved);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QVERIFY2(project.save(&error), qPrintable(error));
        QVERIFY(check.open(path).ok);
        QCOMPARE(snapshot(onDisk), edited);
        // Nowhere to write at all: said, nothing lost.
        QVERIFY(!project.saveAs(dir.filePath(QStringLiteral("no/such/folder/x.threadline")), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/folder")), qPrintable(error));
        QCOMPARE(project.path(), path);
        QVERIFY2(project.save(&error), qPrintable(error)); // still saving to the old file
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << QByteArray("hello, not a database") << QStringLiteral("not a Threadline project");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Threadline project");
        QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0garbage garbage garbage", 40)
                                            << QString();
    }

    void badFilesAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = dir.filePath(QStringLiteral("bad.threadline"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        GraphDocument doc;
        loadCorpus(doc);
        const QByteArray before = snapshot(doc);
        Project project(&doc);
        const ReadResult r = project.open(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.toString().startsWith(path), qPrintable(r.error.toString()));
        QVERIFY2(r.error.toString().contains(message), qPrintable(r.error.toString()));
        QCOMPARE(snapshot(doc), before); // the open graph stays
    }

    // Every truncation of a project file is refused with its name, or (when
    // the cut is past the data) read whole: never a crash, never half a graph.
    void truncatedProjectsAreRefused()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("whole.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.threadline"));
        int refused = 0;
        for (qsizetype size = 0; size < bytes.size(); size += bytes.size() / 23 + 1) {
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes.left(size));
            out.close();
            ProjectContent content;
            const ReadResult r = project::read(cut, content);
            if (r.ok) {
                QCOMPARE(content.graph.nodeCount(), doc.graph().nodeCount());
            } else {
                QVERIFY2(r.error.toString().startsWith(cut), qPrintable(r.error.toString()));
                ++refused;
            }
        }
        QVERIFY(refused > 10);
    }

    // A project opens wherever a graph file does (the command line, File →
    // Open): the dispatch knows it by its first bytes.
    void graphFileDispatchReadsProjects()
    {
        GraphDocument doc;
        loadCorpus(doc);
        Project project(&doc);
        const QString path = dir.filePath(QStringLiteral("dispatch.threadline"));
        QString error;
        QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        KnowledgeGraph g;
        QHash<NodeId, QPointF> positions;
        const ReadResult r = readGraphFile(path, g, &positions);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(json::write(g), json::write(doc.graph()));
        QCOMPARE(positions, doc.positions());
    }

    // SIGKILL at random moments of a save, 200 times: the project always
    // opens whole, as it was before one save or after it.
    void aKillDuringASaveLeavesAWholeProject()
    {
        const QString path = dir.filePath(QStringLiteral("killed.threadline"));
        {
            GraphDocument doc;
            loadCorpus(doc);
            Project project(&doc);
            QString error;
            QVERIFY2(project.saveAs(path, &error), qPrintable(error));
        }
        ProjectContent first;
        QVERIFY(project::read(path, first).ok);
        const qsizetype base = first.graph.nodeCount() - qsizetype(first.revision) + 1;
        QRandomGenerator random(20261129);
        quint64 lastSeen = first.revision;
        QMap<quint64, int> savesPerRun; // how far each run got before the kill
        for (int round = 0; round < 200; ++round) {
            QProcess saver;
            saver.start(QStringLiteral(THREADLINE_PROJECT_SAVER), {path});
            QVERIFY(saver.waitForStarted());
            // Wait for at least one save to finish, then kill somewhere in
            // the ones that follow.
            QVERIFY2(saver.waitForReadyRead(60000), saver.readAllStandardError().constData());
            QThread::usleep(random.bounded(0, 60000));
            saver.kill();
            saver.waitForFinished();

            // Read as File → Open reads it, before anything else touches
            // the file (a kill mid-save leaves a hot journal to roll back).
            ProjectContent content;
            const ReadResult r = project::read(path, content);
            QVERIFY2(r.ok, qPrintable(r.error.toString()));
            QCOMPARE(integrity(path), QStringLiteral("ok"));
            const quint64 revision = content.revision;
            QVERIFY2(revision > lastSeen, "no save got through");
            // Whole: every node of one and the same save.
            const QString label = QStringLiteral("rev %1").arg(revision);
            QCOMPARE(content.graph.nodeCount(), base + qsizetype(revision) - 1);
            for (NodeId id : content.graph.nodes())
                QCOMPARE(content.graph.node(id).label, label);
            QVERIFY(content.graph.findNode(QStringLiteral("added-%1").arg(revision)).isValid());
            QVERIFY(!content.graph.findNode(QStringLiteral("added-%1").arg(revision + 1)).isValid());
            QCOMPARE(content.positions.value(content.graph.findNode(QStringLiteral("added-%1").arg(revision))),
                     QPointF(double(revision), 0));
            ++savesPerRun[revision - lastSeen];
            lastSeen = revision;
        }
        QStringList spread;
        for (auto it = savesPerRun.cbegin(); it != savesPerRun.cend(); ++it)
            spread.append(QStringLiteral("%1 run(s) with %2 save(s)").arg(it.value()).arg(it.key()));
        qInfo("%llu saves in 200 runs: %s", lastSeen - first.revision, qPrintable(spread.join(QStringLiteral(", "))));
        // No stray files: the temporary file of a killed full save is
        // replaced on the next one, never taken for the project.
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
