#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>
#include <QUrlQuery>
#include <QUndoView>
#include <QXmlStreamReader>
#include <QWheelEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QDesktopServices>
#include <QTableWidget>
#include <QToolButton>

#include "connectdialog.h"
#include "documentspanel.h"
#include "elementeditor.h"
#include "statementspanel.h"
#include "reviewpanel.h"
#include <QTreeWidget>
#include "documentstats.h"
#include "evidencepanel.h"
#include "exportdialog.h"
#include "graphfiles.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "imageexport.h"
#include "inspectorpanel.h"
#include "kindstyle.h"
#include "legend.h"
#include "mainwindow.h"
#include "project.h"
#include "projectfile.h"
#include "recovery.h"
#include "graphdocument.h"
#include "jsonformat.h"
#include "searchbox.h"
#include "selection.h"
#include "sourceviewer.h"
#include "curationcontroller.h"
#include "testsupport.h"
#include "windowsupport.h"

using namespace threadline;
using test::kSlowWorkMs;

// Takes the URLs the window hands to the desktop's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Drives the real main window the way a user does: clicks on the canvas,
// on inspector links and on quotes, and reads what the panels show.
class TestGui : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    std::unique_ptr<MainWindow> window;

    NodeId named(const QString &name) const
    {
        const QList<NodeId> found = window->graph().findByName(name);
        return found.isEmpty() ? NodeId() : found.first();
    }

    // Shortcuts reach the window only when it has the focus. (A progress
    // dialog that came and went keeps it on the offscreen platform, where
    // no window manager hands it back.)
    void activate()
    {
        window->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::focusWindow(), window->windowHandle(), kSlowWorkMs);
        window->view()->setFocus();
    }

    // Imports articles of tests/data/extraction; their proposals wait in
    // the Review tab (null if the import did not end).
    ReviewPanel *importForReview(const QStringList &names)
    {
        activate();
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        QStringList files;
        for (const QString &name : names)
            files.append(test::sourceDir() + QStringLiteral("/tests/data/extraction/") + name);
        window->importArticles(files);
        if (!QTest::qWaitFor([&] { return imported.count() >= 1; }, kSlowWorkMs))
            return nullptr;
        activate();
        return window->reviewPanel();
    }

    // Another node whose drawn shape holds `item`'s centre (null when
    // none): one of the two hides the middle of the other.
    NodeItem *nodeOverCentreOf(const NodeItem *item) const
    {
        for (QGraphicsItem *other : window->scene()->items(item->scenePos())) {
            auto *node = dynamic_cast<NodeItem *>(other);
            if (node && node != item)
                return node;
        }
        return nullptr;
    }

    void clickNode(NodeId id)
    {
        NodeItem *item = window->scene()->nodeItem(id);
        QVERIFY2(item, "node not on the canvas");
        window->view()->centerOn(item);
        const QPoint at = window->view()->mapFromScene(item->scenePos());
        // The item under the cursor must be this node, not something on top.
        QGraphicsItem *top = window->view()->itemAt(at);
        QVERIFY2(top == item || (top && top->parentItem() == item), "another item covers the node");
        QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, {}, at);
    }

    // Clicks the inspector link whose URL is `href`.
    void clickInspectorLink(const QString &href)
    {
        QTextBrowser *browser = window->inspector()->browser();
        QTextDocument *doc = browser->document();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(doc);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                const QPoint at = browser->cursorRect(cursor).center();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
                return;
            }
        }
        QStringList hrefs;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().anchorHref().isEmpty())
                    hrefs.append(it.fragment().charFormat().anchorHref());
            }
        }
        QFAIL(qPrintable(QStringLiteral("no link %1 in the inspector, only %2").arg(href, hrefs.join(QLatin1Char(' ')))));
    }

    // The File menu's action whose text starts with `text`.
    QAction *fileAction(const QString &text) const
    {
        for (QAction *menu : window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().remove(QLatin1Char('&')).startsWith(text))
                    return action;
            }
        }
        return nullptr;
    }

    // Answers the next file dialog called `name` as a user would: picks the
    // file type from its list by keyboard (when `filterStart` is given),
    // types the name of `path` in its folder and clicks Open or Save.
    void answerFileDialog(const QString &name, const QString &path, const QString &filterStart = {})
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, name, path, filterStart] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != name || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            if (!filterStart.isEmpty()) {
                auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
                QTest::keyClick(types, Qt::Key_Home);
                while (!types->currentText().startsWith(filterStart) && types->currentIndex() + 1 < types->count())
                    QTest::keyClick(types, Qt::Key_Down);
            }
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            QPushButton *accept = buttons->button(QDialogButtonBox::Open) ? buttons->button(QDialogButtonBox::Open)
                                                                          : buttons->button(QDialogButtonBox::Save);
            const auto type = [edit](const QString &text) {
                edit->selectAll();
                QTest::keyClicks(edit, text);
                // Typing may open the completer's list; Escape closes it.
                if (QWidget *popup = QApplication::activePopupWidget())
                    QTest::keyClick(popup, Qt::Key_Escape);
            };
            // The folder is where the user went last time; the name is typed.
            dialog->setDirectory(QFileInfo(path).absolutePath());
            type(QFileInfo(path).fileName());
            QTest::mouseClick(accept, Qt::LeftButton);
            if (dialog->isVisible())
                qWarning() << "the file dialog is still open:" << dialog->directory().path() << edit->text()
                           << dialog->selectedFiles();
        });
        timer->start();
    }

    static qsizetype visibleMessageBoxes(const QString &name = {})
    {
        qsizetype n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            n += qobject_cast<QMessageBox *>(w) && (name.isEmpty() || w->objectName() == name) && w->isVisible();
        return n;
    }

    // Each node's viz:color in a GEXF file, as "#rrggbb", read with Qt's XML
    // reader rather than Threadline's.
    static QHash<QString, QString> gexfColours(const QString &path)
    {
        QHash<QString, QString> colours;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return colours;
        QXmlStreamReader xml(&file);
        QString node;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("node"))
                node = xml.attributes().value(QLatin1String("id")).toString();
            else if (xml.name() == QLatin1String("color") && !node.isEmpty()) {
                const QXmlStreamAttributes a = xml.attributes();
                colours.insert(node, QColor(a.value(QLatin1String("r")).toInt(), a.value(QLatin1String("g")).toInt(),
                                            a.value(QLatin1String("b")).toInt())
                                         .name());
            }
        }
        return colours;
    }

    // Clicks OK on every message box the window shows.
    void closeMessageBoxes()
    {
        for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
            if (box->isVisible() && box->button(QMessageBox::Ok))
                QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(visibleMessageBoxes(), 0, kSlowWorkMs);
    }

    void reopenBundledCorpus()
    {
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openBundledCorpus();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QVERIFY(!window->showsImportNotesBanner());
        QVERIFY(window->scene()->edgeItem(window->graph().edges().constFirst())->isDirected());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings, recent files and recovery copies of this run only: a
        // home of its own, so that runs side by side (ctest -j, two
        // checkouts) never read each other's choices.
        QVERIFY(home.isValid());
        qputenv("HOME", QFile::encodeName(home.path()));
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location under it
        QSettings().remove(QStringLiteral("export"));
        QSettings().remove(QStringLiteral("recentFiles"));
        window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->show();
        window->openBundledCorpus();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->scene()->visibleNodeCount() > 50);
    }

    void legendShowsKindsOnScreen()
    {
        const QList<LegendEntry> entries = window->legend()->entries();
        QVERIFY(window->legend()->isVisible());
        QStringList kinds;
        for (const LegendEntry &e : entries)
            kinds.append(kindName(e.kind));
        for (const char *kind : {"person", "event", "statement", "country", "place"})
            QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
        QVERIFY(!kinds.contains(QStringLiteral("document"))); // hidden in the standard view
    }

    // The whole graph, labels included, is in view after opening, and stays
    // so as the window is resized, until the user zooms.
    void theGraphStaysFittedAsTheWindowResizes()
    {
        const auto everythingShown = [this] {
            const QRectF shown = window->view()->mapToScene(window->view()->viewport()->rect()).boundingRect();
            return shown.contains(window->scene()->contentBounds()); // nodes with their shown labels
        };
        QVERIFY(window->view()->isFitted());
        QVERIFY(everythingShown());
        // Nothing lies under the legend.
        const QRect legend = window->legend()->geometry();
        const QRectF underLegend = window->view()->mapToScene(legend).boundingRect();
        for (QGraphicsItem *item : window->scene()->items()) {
            if (item->type() == NodeItem::Type)
                QVERIFY(!item->sceneBoundingRect().intersects(underLegend));
        }
        const QSize before = window->size();
        window->resize(before.width() - 300, before.height() - 250);
        QTRY_VERIFY_WITH_TIMEOUT(window->view()->viewport()->width() < 900, kSlowWorkMs);
        QVERIFY(everythingShown());
        // The user zooms in: resizing no longer refits.
        const QPoint centre = window->view()->viewport()->rect().center();
        QWheelEvent wheel(centre, window->view()->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(window->view()->viewport(), &wheel);
        QVERIFY(!window->view()->isFitted());
        const qreal zoomed = window->view()->zoom();
        window->resize(before);
        QTRY_COMPARE_WITH_TIMEOUT(window->size(), before, kSlowWorkMs);
        QCOMPARE(window->view()->zoom(), zoomed);
        window->view()->fitAll();
        QVERIFY(everythingShown());
    }

    void shownLabelsDoNotOverlap()
    {
        // At any zoom, the labels drawn never cover one another, and the most
        // connected actor always keeps his.
        for (qreal factor : {1.0, 0.5, 3.0}) {
            window->view()->zoomBy(factor);
            QList<QRectF> shown;
            for (NodeId id : window->graph().nodes()) {
                NodeItem *item = window->scene()->nodeItem(id);
                if (item && item->labelAllowed())
                    shown.append(item->labelSceneRect());
            }
            QVERIFY(shown.size() >= 20);
            for (qsizetype i = 0; i < shown.size(); ++i) {
                for (qsizetype j = i + 1; j < shown.size(); ++j)
                    QVERIFY(!shown[i].intersects(shown[j]));
            }
            QVERIFY(window->scene()->nodeItem(named(QStringLiteral("Mark Rutte")))->labelAllowed());
        }
        window->view()->fitAll();
    }

    void clickingRutteShowsHisPalmBeachMeeting()
    {
        const KnowledgeGraph &g = window->graph();
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        const NodeId palmBeach = named(QStringLiteral("Palm Beach"));
        QVERIFY(rutte.isValid() && trump.isValid() && palmBeach.isValid());
        // The meeting: an event Rutte and Trump took part in, in Palm Beach.
        NodeId meeting;
        for (EdgeId e : g.inEdges(palmBeach)) {
            const NodeId event = g.edge(e).source;
            if (g.edge(e).relation != relation::locatedIn || g.node(event).kind != NodeKind::Event)
                continue;
            if (g.neighbours(event).contains(rutte) && g.neighbours(event).contains(trump))
                meeting = event;
        }
        QVERIFY(meeting.isValid());

        clickNode(rutte);
        QVERIFY(window->scene()->nodeItem(rutte)->isSelected());
        const QString html = window->inspector()->browser()->toHtml();
        const QString plain = window->inspector()->browser()->toPlainText();
        QVERIFY2(plain.startsWith(QStringLiteral("Mark Rutte")), qPrintable(plain.left(80)));
        QVERIFY(html.contains(InspectorPanel::nodeLink(meeting)));
        QVERIFY2(plain.contains(g.node(meeting).label), qPrintable(g.node(meeting).label));
        QVERIFY(plain.contains(QStringLiteral("took part in")));
        // His evidence is listed and the first quote is already open.
        QVERIFY(window->evidencePanel()->list()->count() >= 5);
        QVERIFY(!window->sourceViewer()->documentId().isEmpty());

        // Following the link selects the meeting on the canvas.
        clickInspectorLink(InspectorPanel::nodeLink(meeting));
        QVERIFY(window->scene()->nodeItem(meeting)->isSelected());
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(g.node(meeting).label));
        QVERIFY(window->inspector()->browser()->toHtml().contains(InspectorPanel::nodeLink(palmBeach)));
    }

    void clickingAStatementHighlightsItsQuote()
    {
        const KnowledgeGraph &g = window->graph();
        NodeId statement;
        for (NodeId id : g.nodes()) {
            const NodeData &n = g.node(id);
            if (n.kind == NodeKind::Statement && !n.evidence.isEmpty()
                && n.evidence.first().text.contains(QStringLiteral("dire threat")))
                statement = id;
        }
        QVERIFY(statement.isValid());
        clickNode(statement);
        const EvidenceSpan span = g.node(statement).evidence.first();
        SourceViewer *viewer = window->sourceViewer();
        QCOMPARE(viewer->documentId(), span.document);
        const Document *doc = g.document(span.document);
        QVERIFY(viewer->headerText().contains(doc->title.toHtmlEscaped()));
        QVERIFY(viewer->headerText().contains(doc->outlet.toHtmlEscaped()));
        QVERIFY(viewer->headerText().contains(doc->date));
        const auto [start, end] = viewer->highlightedSpan();
        QCOMPARE(start, span.start);
        QCOMPARE(end, span.end);
        // What the user sees under the highlight is exactly the quote.
        const QString shown = viewer->textView()->document()->toRawText();
        QCOMPARE(shown.mid(start, end - start), span.text);
        // And it is scrolled into view.
        QTextCursor cursor(viewer->textView()->document());
        cursor.setPosition(int(start));
        QVERIFY(viewer->textView()->viewport()->rect().intersects(viewer->textView()->cursorRect(cursor)));

        // Ctrl+C on the quote in the Evidence list copies it as a citation:
        // the words, the speaker, the source; as Markdown too.
        QString speaker;
        for (EdgeId e : g.inEdges(statement)) {
            if (g.edge(e).relation == relation::said)
                speaker = g.node(g.edge(e).source).label;
        }
        QVERIFY(!speaker.isEmpty());
        QListWidget *list = window->evidencePanel()->list();
        list->setCurrentRow(0);
        list->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        const QString expected = QStringLiteral("“") + span.text.simplified() + QStringLiteral("” — ") + speaker
                                 + QStringLiteral(", ") + doc->title + QStringLiteral(", ") + doc->outlet
                                 + QStringLiteral(", ") + doc->date;
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        const QByteArray markdown = QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("text/markdown"));
        QVERIFY2(markdown.startsWith("> ") && markdown.contains((QStringLiteral("— ") + speaker + QStringLiteral(", *")).toUtf8()),
                 markdown.constData());
    }

    void clickingAQuoteInTheListOpensThatSpan()
    {
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        clickNode(trump);
        QListWidget *list = window->evidencePanel()->list();
        QVERIFY(list->count() >= 3);
        const int row = list->count() - 1;
        const EvidenceSpan span = window->evidencePanel()->spanAt(row);
        QListWidgetItem *item = list->item(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(window->sourceViewer()->documentId(), span.document);
        QCOMPARE(window->sourceViewer()->highlightedSpan(), std::make_pair(span.start, span.end));
        QCOMPARE(window->sourceViewer()->text().mid(span.start, span.end - span.start), span.text);
    }

    void clickingARelationshipShowsItsEvidence()
    {
        const KnowledgeGraph &g = window->graph();
        const NodeId hegseth = named(QStringLiteral("Pete Hegseth"));
        EdgeId said;
        for (EdgeId e : g.outEdges(hegseth)) {
            if (g.edge(e).relation == relation::said)
                said = e;
        }
        QVERIFY(said.isValid());
        clickNode(hegseth);
        clickInspectorLink(InspectorPanel::edgeLink(said));
        QVERIFY(window->scene()->edgeItem(said)->isSelected());
        QVERIFY(window->inspector()->browser()->toPlainText().contains(QStringLiteral("said")));
        QCOMPARE(window->evidencePanel()->list()->count(), g.edge(said).evidence.size());
        QCOMPARE(window->sourceViewer()->highlightedSpan(),
                 std::make_pair(g.edge(said).evidence.first().start, g.edge(said).evidence.first().end));
    }

    void draggingANodeMovesItsEdges()
    {
        const NodeId rubio = named(QStringLiteral("Marco Rubio"));
        NodeItem *item = window->scene()->nodeItem(rubio);
        window->view()->centerOn(item);
        const QPointF before = item->pos();
        const int stepsBefore = window->undoStack()->count();
        const QPoint from = window->view()->mapFromScene(item->scenePos());
        const QPoint to = from + QPoint(60, 40);
        QWidget *viewport = window->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY2(QLineF(item->pos(), before).length() > 30, "the node did not follow the mouse");
        QVERIFY(!item->edges().isEmpty());
        for (EdgeItem *edge : item->edges()) {
            // The end at this node starts on its rim, wherever it went.
            const QPointF end = edge->sourceItem() == item ? edge->line().p1() : edge->line().p2();
            QVERIFY(QLineF(end, item->pos()).length() <= item->radius() + 2);
        }
        // The drag is one step on the undo stack, and the document has it.
        QCOMPARE(window->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Move"));
        QCOMPARE(window->document()->positions().value(rubio), item->pos());
        const QPointF dropped = item->pos();
        window->undoStack()->undo();
        QCOMPARE(item->pos(), before);
        QCOMPARE(window->document()->positions().value(rubio), before);
        window->undoStack()->redo();
        QCOMPARE(item->pos(), dropped);
        QVERIFY(window->isModified());
        QVERIFY(window->windowTitle().contains(QStringLiteral("[*]")) && window->isWindowModified());
        window->undoStack()->undo(); // back to as opened: nothing unsaved
        QVERIFY(!window->isModified());
    }

    // Delete on the canvas, then Ctrl+Z and Ctrl+Shift+Z: the node comes
    // back under its own id with its edges and evidence. The other items on
    // the canvas stay the same items throughout: no rebuild for one node.
    void deleteUndoRedoFromTheKeyboard()
    {
        activate();
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        NodeItem *trumpItem = window->scene()->nodeItem(trump);
        const QByteArray before = json::write(window->graph());
        const qsizetype shownEdges = window->scene()->visibleEdgeCount();
        const qsizetype rutteEdges = window->scene()->nodeItem(rutte)->edges().size();
        QVERIFY(rutteEdges > 3);
        clickNode(rutte);
        QCOMPARE(window->selection()->currentNode(), rutte);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_Delete);
        QVERIFY(!window->graph().contains(rutte));
        QVERIFY(!window->scene()->nodeItem(rutte));
        QCOMPARE(window->scene()->visibleEdgeCount(), shownEdges - rutteEdges);
        QCOMPARE(window->scene()->nodeItem(trump), trumpItem);
        QVERIFY(window->selection()->isEmpty());
        QVERIFY2(window->inspector()->browser()->toPlainText().startsWith(QStringLiteral("Click a node")),
                 qPrintable(window->inspector()->browser()->toPlainText()));
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window->graph().contains(rutte));
        QCOMPARE(json::write(window->graph()), before); // ids, edges, evidence
        QVERIFY(window->scene()->nodeItem(rutte));
        QCOMPARE(window->scene()->nodeItem(rutte)->edges().size(), rutteEdges);
        QCOMPARE(window->scene()->visibleEdgeCount(), shownEdges);
        QCOMPARE(window->scene()->nodeItem(trump), trumpItem);
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->graph().contains(rutte));
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(json::write(window->graph()), before);
        // The history lists the steps; the dock opens from the Edit menu.
        QVERIFY(!window->undoHistory()->isVisible());
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window->undoHistory()->isVisible(), kSlowWorkMs);
        auto *history = window->undoHistory()->findChild<QUndoView *>();
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), window->undoStack()->count() + 1); // + the opened state
        QCOMPARE(history->model()->index(window->undoStack()->count(), 0).data().toString(), QStringLiteral("Delete"));
        window->undoHistory()->hide();
    }

    // Two nodes selected (click, Ctrl+click), Ctrl+M: the one clicked last
    // keeps its id and takes the other's names, evidence and edges. Undo
    // brings both back as they were.
    void mergeTwoNodesAndUndo()
    {
        activate();
        const NodeId hegseth = named(QStringLiteral("Pete Hegseth"));
        const NodeId rubio = named(QStringLiteral("Marco Rubio"));
        const QByteArray before = json::write(window->graph());
        const NodeData kept = window->graph().node(rubio);
        const NodeData gone = window->graph().node(hegseth);
        clickNode(hegseth);
        NodeItem *item = window->scene()->nodeItem(rubio);
        window->view()->centerOn(item);
        QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          window->view()->mapFromScene(item->scenePos()));
        QCOMPARE(window->selection()->nodes(), (QSet<NodeId>{hegseth, rubio}));
        QCOMPARE(window->selection()->currentNode(), rubio);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!window->graph().contains(hegseth));
        QVERIFY(!window->scene()->nodeItem(hegseth));
        const NodeData &merged = window->graph().node(rubio);
        QVERIFY(merged.aliases.contains(gone.label));
        QCOMPARE(merged.evidence.size(), kept.evidence.size() + gone.evidence.size());
        // Hegseth's meetings are Rubio's now, on the canvas too.
        qsizetype participations = 0;
        for (EdgeId e : window->graph().incidentEdges(rubio))
            participations += window->graph().edge(e).relation == relation::participatedIn;
        QVERIFY(participations > 0);
        for (EdgeId e : window->graph().incidentEdges(rubio)) {
            if (window->graph().edge(e).relation != relation::mentions) // documents are hidden
                QVERIFY2(window->scene()->edgeItem(e), qPrintable(window->graph().edge(e).key));
        }
        QVERIFY(window->inspector()->browser()->toPlainText().contains(gone.label)); // shown as an alias
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(json::write(window->graph()), before);
        QVERIFY(window->scene()->nodeItem(hegseth));
    }

    // File → Save As writes a project; an edit and Ctrl+S save it; opening
    // it again from File → Open Recent brings back every edit, the view
    // and the ids.
    void saveEditAndReopenAProject()
    {
        activate();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.threadline"));
        answerFileDialog(QStringLiteral("saveProjectDialog"), path);
        fileAction(QStringLiteral("Save As"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), kSlowWorkMs);
        QCOMPARE(window->project()->path(), path);
        QVERIFY(!window->isModified());
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("mine.threadline")), qPrintable(window->windowTitle()));
        activate(); // back from the file dialog
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        const NodeId putin = named(QStringLiteral("Vladimir Putin"));
        clickNode(trump);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_Delete);
        clickNode(putin);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window->isModified());
        QVERIFY(window->isWindowModified()); // the title says so
        QTest::keyClick(window->view(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window->isModified());
        QVERIFY(!window->isWindowModified());
        const QByteArray saved = json::write(window->graph());
        const QHash<NodeId, QPointF> positions = window->document()->positions();

        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openBundledCorpus();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QVERIFY(window->graph().contains(trump));
        QCOMPARE(window->recentFiles().value(0), path);
        auto *recent = window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow(); // as when the user opens it
        QAction *entry = nullptr;
        for (QAction *action : recent->actions()) {
            if (!entry && action->text() == QLatin1String("mine.threadline"))
                entry = action; // the newest first
        }
        QStringList texts;
        for (QAction *action : recent->actions())
            texts.append(action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (off)")));
        QVERIFY2(entry && entry->isEnabled(), qPrintable(texts.join(QStringLiteral(", "))));
        entry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kSlowWorkMs);
        QCOMPARE(json::write(window->graph()), saved);
        QVERIFY(!window->graph().contains(trump)); // the same ids
        QVERIFY(window->document()->isPinned(putin));
        QCOMPARE(window->document()->positions(), positions);
        QVERIFY(window->scene()->nodeItem(putin)->isPinned());
        QVERIFY(!window->isModified());
        QCOMPARE(window->project()->path(), path);
        reopenBundledCorpus();
    }

    // Closing with unsaved changes asks first: Cancel keeps the window and
    // the edits.
    void closingWithUnsavedChangesAsks()
    {
        activate();
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        clickNode(trump);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_Delete);
        QVERIFY(window->isModified());
        test::answerMessageBox(this, QStringLiteral("unsavedChangesBox"), QStringLiteral("Cancel"));
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QVERIFY(!window->graph().contains(trump)); // the edit is still there
        QVERIFY(window->isModified());
        window->undoStack()->undo();
        QVERIFY(!window->isModified());
    }

    // Unsaved work is copied for recovery now and then; after a crash the
    // next start offers it back, unsaved, meant for its project.
    void unsavedWorkIsRecoveredAfterACrash()
    {
        activate();
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        clickNode(trump);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_Delete);
        QSignalSpy autosaved(window.get(), &MainWindow::autosaved);
        window->setAutosaveInterval(50);
        QTRY_VERIFY_WITH_TIMEOUT(autosaved.count() >= 1, kSlowWorkMs);
        window->setAutosaveInterval(60000);
        const QString copy = window->recovery().path();
        ProjectContent kept;
        QVERIFY(project::read(copy, kept).ok);
        QCOMPARE(json::write(kept.graph), json::write(window->graph()));
        const QByteArray edited = json::write(window->graph());
        window->undoStack()->undo();

        // A session that stopped without saving: its copy stays, its lock
        // goes with it.
        {
            Recovery crashed(window->recovery().directory());
            QString error;
            QVERIFY2(crashed.write(kept.graph, kept.positions, {}, {}, QStringLiteral("/tmp/elsewhere.threadline"),
                                   QStringLiteral("elsewhere.threadline"), &error),
                     qPrintable(error));
        }
        test::answerMessageBox(this, QStringLiteral("recoveryBox"), QStringLiteral("Recover"));
        QVERIFY(window->offerRecovery());
        QCOMPARE(json::write(window->graph()), edited);
        QVERIFY(window->isModified()); // recovered, not yet saved
        QCOMPARE(window->project()->path(), QStringLiteral("/tmp/elsewhere.threadline"));
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("elsewhere.threadline")), qPrintable(window->windowTitle()));
        QVERIFY(window->recovery().leftBehind().isEmpty()); // taken, not offered twice
        test::answerMessageBox(this, QStringLiteral("unsavedChangesBox"), QStringLiteral("Discard"));
        reopenBundledCorpus();
        QVERIFY(!window->isModified());
    }

    // Ctrl+H hides the selected node from the canvas (not from the graph);
    // Ctrl+Z shows it again. A pinned node stays put through a new layout.
    void hideAndPinAreUndoable()
    {
        activate();
        const NodeId putin = named(QStringLiteral("Vladimir Putin"));
        clickNode(putin);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!window->scene()->nodeItem(putin));
        QVERIFY(window->graph().contains(putin));
        QTest::keyClick(window->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window->scene()->nodeItem(putin));
        clickNode(putin);
        window->view()->setFocus();
        QTest::keyClick(window->view(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window->document()->isPinned(putin));
        QVERIFY(window->scene()->nodeItem(putin)->isPinned()); // it wears a pin
        const QPointF pinnedAt = window->scene()->nodeItem(putin)->pos();
        QSignalSpy laidOut(window.get(), &MainWindow::layoutFinished);
        const int steps = window->undoStack()->count();
        window->relayout();
        QTRY_VERIFY_WITH_TIMEOUT(laidOut.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->undoStack()->count(), steps + 1); // the layout is a step
        QCOMPARE(window->scene()->nodeItem(putin)->pos(), pinnedAt);
        window->undoStack()->undo(); // the layout
        window->undoStack()->undo(); // the pin
        QVERIFY(!window->document()->isPinned(putin));
        QVERIFY(!window->scene()->nodeItem(putin)->isPinned());
    }

    void typingInSearchSelectsTheActor()
    {
        SearchBox *search = window->searchBox();
        search->clear();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("hegs"));
        QVERIFY(search->results()->rowCount() >= 1);
        QVERIFY(search->results()->item(0)->text().startsWith(QStringLiteral("Pete Hegseth")));
        QTest::keyClick(search, Qt::Key_Return);
        const NodeId hegseth = named(QStringLiteral("Pete Hegseth"));
        QTRY_VERIFY_WITH_TIMEOUT(window->scene()->nodeItem(hegseth)->isSelected(), kSlowWorkMs);
        // One selection: the canvas and the inspector agree.
        QCOMPARE(window->selection()->currentNode(), hegseth);
        QCOMPARE(window->scene()->selectedNodes(), QSet<NodeId>{hegseth});
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(QStringLiteral("Pete Hegseth")));
        // A whole surname: the person, though an event's label starts with it
        // (the completer used to make that event the current row).
        search->clear();
        window->selection()->clear();
        QTest::keyClicks(search, QStringLiteral("Hegseth"));
        QVERIFY(search->popupCompleter()->popup()->isVisible());
        QCOMPARE(search->popupCompleter()->popup()->currentIndex().row(), 0);
        QTest::keyClick(search->popupCompleter()->popup(), Qt::Key_Return);
        QTRY_COMPARE(window->selection()->currentNode(), hegseth);
        // "Rutte" + Enter (the issue's case): the person, not a document or
        // an event named after him, and the list opens at its best row, not
        // scrolled past it.
        search->clear();
        window->selection()->clear();
        QTest::keyClicks(search, QStringLiteral("Rutte"));
        QAbstractItemView *popup = search->popupCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->currentIndex().row(), 0);
        QCOMPARE(popup->indexAt(QPoint(4, 4)).row(), 0);
        QVERIFY(search->results()->item(0)->text().startsWith(QStringLiteral("Mark Rutte")));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(window->selection()->currentNode(), named(QStringLiteral("Mark Rutte")));
        // Quote text is searchable too.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("dire threat"));
        QVERIFY(search->results()->rowCount() >= 1);
    }

    void selectBestMatchOpensTheInspector()
    {
        QVERIFY(window->selectBestMatch(QStringLiteral("Zelensk")));
        const NodeId zelenskyy = named(QStringLiteral("Volodymyr Zelenskyy"));
        QVERIFY(window->scene()->nodeItem(zelenskyy)->isSelected());
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(QStringLiteral("Volodymyr Zelenskyy")));
        QVERIFY(!window->selectBestMatch(QStringLiteral("no such thing anywhere")));
    }

    void exportDialogPreviewsAndRemembers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("picture.svg"));
        {
            std::unique_ptr<ExportDialog> dialog(window->createExportDialog());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QVERIFY(!dialog->preview().isNull());
            const QImage before = dialog->preview();
            // Choose SVG with the keyboard, type a title, a size and a file.
            // (From PNG, the first, whatever an earlier run left remembered.)
            dialog->formatBox()->setCurrentIndex(0);
            QCOMPARE(dialog->format(), QStringLiteral("png"));
            dialog->formatBox()->setFocus();
            QTest::keyClick(dialog->formatBox(), Qt::Key_Down);
            QCOMPARE(dialog->format(), QStringLiteral("svg"));
            dialog->titleEdit()->selectAll();
            QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Who met whom"));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->preview() != before, kSlowWorkMs); // the preview follows the choices
            dialog->widthBox()->selectAll();
            QTest::keyClicks(dialog->widthBox(), QStringLiteral("1200"));
            dialog->heightBox()->selectAll();
            QTest::keyClicks(dialog->heightBox(), QStringLiteral("800"));
            QCOMPARE(dialog->imageOptions().size, QSize(1200, 800));
            QVERIFY(!dialog->dpiBox()->isEnabled()); // a PNG setting, off for SVG
            dialog->pathEdit()->clear();
            QTest::keyClicks(dialog->pathEdit(), path);
            QSignalSpy exported(dialog.get(), &ExportDialog::exported);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
            QCOMPARE(exported.count(), 1);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Who met whom"));
        QVERIFY(svg.contains("width=\"1200\""));
        // A new dialog starts from the last choices.
        std::unique_ptr<ExportDialog> again(window->createExportDialog());
        QCOMPARE(again->format(), QStringLiteral("svg"));
        QCOMPARE(again->titleEdit()->text(), QStringLiteral("Who met whom"));
        QCOMPARE(again->widthBox()->value(), 1200);
        QCOMPARE(again->pathEdit()->text(), path);
        // As PNG, the resolution typed goes into the file.
        const QString png = dir.filePath(QStringLiteral("picture.png"));
        again->formatBox()->setFocus();
        QTest::keyClick(again->formatBox(), Qt::Key_Up);
        QCOMPARE(again->format(), QStringLiteral("png"));
        QVERIFY(again->dpiBox()->isEnabled());
        again->dpiBox()->selectAll();
        QTest::keyClicks(again->dpiBox(), QStringLiteral("300"));
        QCOMPARE(again->imageOptions().dpi, 300);
        again->pathEdit()->clear();
        QTest::keyClicks(again->pathEdit(), png);
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        const QImage written(png);
        QCOMPARE(written.size(), QSize(1200, 800));
        QCOMPARE(written.dotsPerMeterX(), qRound(300 / 0.0254));
        QCOMPARE(std::unique_ptr<ExportDialog>(window->createExportDialog())->dpiBox()->value(), 300); // remembered

        // As PDF on an A4 page, chosen by keyboard; Graphviz-independent
        // poppler renders it where it is installed.
        const QString pdf = dir.filePath(QStringLiteral("picture.pdf"));
        again->formatBox()->setFocus();
        QTest::keyClick(again->formatBox(), Qt::Key_End);
        QCOMPARE(again->format(), QStringLiteral("pdf"));
        again->pageSizeBox()->setFocus();
        QTest::keyClick(again->pageSizeBox(), Qt::Key_Down);
        QCOMPARE(again->imageOptions().pageSize, QStringLiteral("A4"));
        again->pathEdit()->clear();
        QTest::keyClicks(again->pathEdit(), pdf);
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY(info.waitForFinished(30000));
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("(A4)")), qPrintable(text)); // 595.276 x 841.89 pts (A4)
            QVERIFY2(text.contains(QStringLiteral("Pages:           1")), qPrintable(text));
        }
    }

    // In a picture the legend covers no node: the graph is drawn beside it
    // or below it, whichever is larger, at any picture shape.
    void pictureLegendCoversNoNode_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide") << QSize(900, 400);
        QTest::newRow("tall") << QSize(400, 900);
        QTest::newRow("natural") << QSize();
    }

    void pictureLegendCoversNoNode()
    {
        QFETCH(QSize, size);
        // Green nodes (a colour their file gave them) on a grid, one in each corner.
        KnowledgeGraph g;
        QHash<NodeId, QPointF> positions;
        for (int i = 0; i < 16; ++i) {
            NodeData node;
            node.key = QString::number(i);
            node.label = QStringLiteral("n%1").arg(i);
            node.properties.insert(QStringLiteral("viz_color"), QStringLiteral("#00ff00"));
            positions.insert(g.addNode(node), QPointF((i % 4) * 150, (i / 4) * 150));
        }
        ImageOptions options;
        options.size = size;
        const QImage image = renderGraphImage(g, positions, ViewFilter(), options);
        const QRectF legend(QPointF(12, 12), legendSize(legendEntries(g, ViewFilter())));
        // The legend's box is nearly opaque: a node under it shows through as
        // a green tint, which nothing else in this picture has.
        int green = 0, greenUnderLegend = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.green() < c.red() + 8 || c.green() < c.blue() + 8)
                    continue;
                ++green;
                greenUnderLegend += legend.contains(x, y);
            }
        }
        QVERIFY(green > 1000);
        QCOMPARE(greenUnderLegend, 0);
    }

    void exportDialogDrawsOnlyTheSelection()
    {
        const NodeId hegseth = named(QStringLiteral("Pete Hegseth"));
        window->selectNode(hegseth);
        std::unique_ptr<ExportDialog> dialog(window->createExportDialog());
        dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(int(ExportDialog::Scope::WholeGraph)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->scope() == ExportDialog::Scope::WholeGraph, kSlowWorkMs);
        const ViewFilter whole = dialog->effectiveFilter();
        dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(int(ExportDialog::Scope::Selection)));
        const ViewFilter selection = dialog->effectiveFilter();
        QCOMPARE(selection.visibleNodes(window->graph()), QSet<NodeId>{hegseth});
        QVERIFY(whole.visibleNodes(window->graph()).size() > 100);
    }

    // File → Export Graph File: the user picks a type and a name in the
    // dialog; the file holds the graph, and losses are said.
    void exportGraphFileFromTheMenu_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("lossy");
        QTest::newRow("graphml") << QStringLiteral("GraphML") << QStringLiteral("out.graphml") << false;
        // Documents are hidden on the canvas: they have no position to give.
        QTest::newRow("gexf") << QStringLiteral("GEXF") << QStringLiteral("out.gexf") << true;
        QTest::newRow("json") << QStringLiteral("Threadline JSON") << QStringLiteral("out.json") << false;
        QTest::newRow("dot") << QStringLiteral("Graphviz DOT") << QStringLiteral("out") << true; // ending added
        QTest::newRow("csv") << QStringLiteral("CSV") << QStringLiteral("out.csv") << true;
    }

    void exportGraphFileFromTheMenu()
    {
        QFETCH(QString, filter);
        QFETCH(QString, name);
        QFETCH(bool, lossy);
        QTemporaryDir dir;
        QAction *action = fileAction(QStringLiteral("Export Graph File"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        answerFileDialog(QStringLiteral("exportGraphDialog"), dir.filePath(name), filter);
        QSignalSpy exported(window.get(), &MainWindow::graphExported);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 1, kSlowWorkMs); // written off the GUI thread
        const KnowledgeGraph &shown = window->graph();
        if (filter == QLatin1String("CSV")) {
            QFile nodes(dir.filePath(QStringLiteral("out.nodes.csv")));
            QVERIFY(nodes.open(QIODevice::ReadOnly));
            QCOMPARE(nodes.readAll().count("\r\n"), shown.nodeCount() + 1); // header + one row each (no line breaks in the corpus's fields)
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out.edges.csv"))));
        } else {
            const QString written = name.contains(QLatin1Char('.')) ? dir.filePath(name) : dir.filePath(name + QStringLiteral(".dot"));
            KnowledgeGraph back;
            QHash<NodeId, QPointF> positions;
            const ReadResult r = readGraphFile(written, back, &positions);
            QVERIFY2(r.ok, qPrintable(r.error.toString() + QDir(dir.path()).entryList().join(QLatin1Char(' '))));
            QCOMPARE(back.nodeCount(), shown.nodeCount());
            QCOMPARE(back.edgeCount(), shown.edgeCount());
            if (!lossy)
                QCOMPARE(back.documents().size(), shown.documents().size());
            if (filter == QLatin1String("GEXF")) {
                // The picture on the canvas goes with it.
                const NodeId rutte = named(QStringLiteral("Mark Rutte"));
                const NodeId there = back.findNode(shown.node(rutte).key);
                QVERIFY(positions.contains(there));
                QVERIFY((positions.value(there) - window->scene()->positions().value(rutte)).manhattanLength() < 0.01);
                // And its colours: every node is written in the fill it has on the canvas.
                const QHash<QString, QString> colours = gexfColours(written);
                int compared = 0;
                for (NodeId id : shown.nodes()) {
                    const NodeItem *item = window->scene()->nodeItem(id);
                    if (!item)
                        continue; // hidden (documents)
                    QCOMPARE(colours.value(shown.node(id).key), item->fill().name());
                    ++compared;
                }
                QCOMPARE(compared, window->scene()->visibleNodeCount());
            }
        }
        if (lossy) {
            QTRY_COMPARE_WITH_TIMEOUT(visibleMessageBoxes(QStringLiteral("exportLossesBox")), 1, kSlowWorkMs);
            auto *box = window->findChild<QMessageBox *>(QStringLiteral("exportLossesBox"));
            QVERIFY2(box->informativeText().contains(filter == QLatin1String("GEXF") ? QStringLiteral("5 nodes have no position")
                                                                                  : QStringLiteral("documents")),
                     qPrintable(box->informativeText()));
        } else {
            QTest::qWait(50);
            QCOMPARE(visibleMessageBoxes(QStringLiteral("exportLossesBox")), 0);
        }
        closeMessageBoxes();
        // The choice of type is remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("graphExport/format")).toString(), QString::fromLatin1(QTest::currentDataTag()));
    }

    void badFileKeepsTheOpenGraph()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"threadline\",\n  \"elements\": {\"nodes\": [\n");
        file.close();
        const qsizetype nodes = window->graph().nodeCount();
        QSignalSpy failed(window.get(), &MainWindow::loadFailed);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, kSlowWorkMs);
        QVERIFY2(window->lastError().startsWith(path + QStringLiteral(":")), qPrintable(window->lastError()));
        QCOMPARE(window->graph().nodeCount(), nodes);
        QCOMPARE(window->scene()->visibleNodeCount() > 0, true);
        // A message box tells the user, naming the file and the line.
        QMessageBox *box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), kSlowWorkMs);
        QVERIFY2(box->text().contains(path + QStringLiteral(":4")), qPrintable(box->text()));
        box->close();
    }

    void foreignGraphIsMarkedAsUnsourced()
    {
        QVERIFY(!window->showsNoSourcesBanner()); // the bundled corpus has sources
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"elements": [{"data": {"id": "a", "name": "Alpha", "weight": 3}},
                                    {"data": {"id": "b", "name": "Beta"}},
                                    {"data": {"id": "ab", "source": "a", "target": "b"}}]})");
        file.close();
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->graph().nodeCount(), 2);
        QVERIFY(window->showsNoSourcesBanner());
        // Browsable: its properties show, with no evidence claimed.
        window->selectBestMatch(QStringLiteral("Alpha"));
        const QString plain = window->inspector()->browser()->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("weight")));
        QVERIFY(plain.contains(QStringLiteral("0 quotes")));
        QCOMPARE(window->evidencePanel()->list()->count(), 1); // the "no evidence" line
        // Back to the corpus for the tests that follow.
        window->openBundledCorpus();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kSlowWorkMs);
        QVERIFY(!window->showsNoSourcesBanner());
    }

    // File → Open on a Gephi file: it opens as drawn in Gephi, marked as
    // unsourced, with its notes one click away and its attributes shown.
    void openingAGephiFileFromTheMenu()
    {
        THREADLINE_REQUIRE_SHARED(shared);
        const QString path = shared + QStringLiteral("/interop/gephi_les_miserables.gexf");
        QAction *open = fileAction(QStringLiteral("Open…"));
        QVERIFY(open);
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        answerFileDialog(QStringLiteral("openDialog"), path);
        open->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->scene()->visibleNodeCount(), 77);
        QCOMPARE(window->scene()->visibleEdgeCount(), 254);
        QVERIFY(window->showsNoSourcesBanner());
        // Laid out as in the file: the nodes keep their relative places.
        QVERIFY(window->positionsFromFile());
        KnowledgeGraph fromFile;
        QHash<NodeId, QPointF> filePositions;
        QVERIFY(readGraphFile(path, fromFile, &filePositions).ok);
        const auto at = [&](const char *key) { return window->scene()->positions().value(window->graph().findNode(QString::fromLatin1(key))); };
        const auto inFile = [&](const char *key) { return filePositions.value(fromFile.findNode(QString::fromLatin1(key))); };
        const double shownRatio = (at("1") - at("0")).x() / (at("2") - at("0")).x();
        const double fileRatio = (inFile("1") - inFile("0")).x() / (inFile("2") - inFile("0")).x();
        QVERIFY2(qAbs(shownRatio - fileRatio) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(shownRatio).arg(fileRatio)));
        // In Gephi's colours, and the legend says so.
        const NodeId myriel = window->graph().findNode(QStringLiteral("0"));
        QCOMPARE(window->scene()->nodeItem(myriel)->fill(), QColor(0x5b, 0x5b, 0xf5));
        QVERIFY(window->legend()->entries().constFirst().fileColours);
        // Undirected in Gephi, drawn without arrowheads; the corpus's have them.
        for (EdgeId id : window->graph().edges())
            QVERIFY(!window->scene()->edgeItem(id)->isDirected());
        // What could not be kept is one click away.
        QVERIFY(window->showsImportNotesBanner());
        auto *banner = window->findChild<QLabel *>(QStringLiteral("importNotesBanner"));
        QVERIFY(banner->text().contains(QStringLiteral("gephi_les_miserables.gexf")));
        Q_EMIT banner->linkActivated(QStringLiteral("#notes")); // as a click on the link does
        QTRY_COMPARE_WITH_TIMEOUT(visibleMessageBoxes(QStringLiteral("importNotesBox")), 1, kSlowWorkMs);
        auto *notes = window->findChild<QMessageBox *>(QStringLiteral("importNotesBox"));
        QVERIFY(notes->detailedText().contains(QStringLiteral("254 edges are undirected")));
        closeMessageBoxes();
        // Clicking a character shows its Gephi attributes.
        clickNode(window->graph().findNode(QStringLiteral("11")));
        const QString plain = window->inspector()->browser()->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("Valjean")), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Modularity Class")), qPrintable(plain));
        reopenBundledCorpus();
    }

    // A yEd file opens as yEd drew it: Turin stays left of Ivrea and above
    // Savona, group members keep their group in the inspector.
    // The Documents tab lists the articles with what the graph holds from
    // each; the table sorts by a click on a header; a click on a row opens
    // the article and selects its nodes on the canvas.
    void documentsTabOpensAnArticle()
    {
        DocumentsPanel *panel = window->documentsPanel();
        QTableView *table = panel->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, kSlowWorkMs); // refreshed once the event loop turns
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        tabs->setCurrentWidget(panel);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Sort by date: a click on its header, twice for newest first.
        QHeaderView *header = table->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeader(DocumentsModel::Date);
        QStringList dates;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            dates.append(table->model()->index(row, DocumentsModel::Date).data().toString());
        QStringList sorted = dates;
        sorted.sort();
        QCOMPARE(dates, sorted);
        clickHeader(DocumentsModel::Date);
        QCOMPARE(table->model()->index(0, DocumentsModel::Date).data().toString(), sorted.last());
        // Open the newest by a click on its row.
        const QString id = panel->documentAt(0);
        const QRect cell = table->visualRect(table->model()->index(0, DocumentsModel::Title));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window->selection()->currentDocument(), id);
        QCOMPARE(window->sourceViewer()->documentId(), id);
        const Document *doc = window->graph().document(id);
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(doc->title));
        // Its actors, events and quotes are selected on the canvas, and the
        // counts in the table say how many.
        const QList<NodeId> nodes = nodesWithEvidenceIn(window->graph(), id);
        QVERIFY(nodes.size() > 5);
        QCOMPARE(window->scene()->selectedNodes(), QSet<NodeId>(nodes.cbegin(), nodes.cend()));
        const int row = 0;
        const int counted = table->model()->index(row, DocumentsModel::Entities).data().toInt()
                            + table->model()->index(row, DocumentsModel::Events).data().toInt()
                            + table->model()->index(row, DocumentsModel::Statements).data().toInt();
        QVERIFY(counted > 0 && counted <= nodes.size());
        // The filter box narrows the table as one types.
        QTest::keyClicks(panel->filter(), doc->title.left(12));
        QVERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < 5);
        panel->filter()->clear();
        window->selection()->clear();
        tabs->setCurrentIndex(0);
    }

    // An empty project says what to do next, on the canvas itself.
    void anEmptyCanvasSaysWhatToDo()
    {
        auto *hint = window->findChild<QLabel *>(QStringLiteral("emptyCanvasHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->newProject();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Import Articles")));
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("Untitled")), qPrintable(window->windowTitle()));
        reopenBundledCorpus();
        QVERIFY(!hint->isVisible());
    }

    // Selects [start, start + length) of the Source viewer's text the way a
    // user does with the keyboard: the cursor before it, Shift+Right to its end.
    void selectSourceText(qsizetype start, qsizetype length)
    {
        QPlainTextEdit *text = window->sourceViewer()->textView();
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(int(start));
        text->setTextCursor(cursor);
        text->setFocus();
        for (qsizetype i = 0; i < length; ++i)
            QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
    }

    // Marking up an article by hand: text selected in the Source viewer
    // becomes a person, then a quotation, each with its exact span; more
    // text becomes more evidence; undo takes each back.
    void markingUpAnArticleByHand()
    {
        activate();
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        window->importArticles({test::sourceDir() + QStringLiteral("/tests/data/articles/phone-call.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 1, kSlowWorkMs);
        activate();
        const QString docId = window->sourceViewer()->documentId();
        const QString text = window->graph().document(docId)->text;
        QVERIFY(text.startsWith(QStringLiteral("Rutte calls Zelenskyy")));
        QPlainTextEdit *view = window->sourceViewer()->textView();

        const QString name = QStringLiteral("Volodymyr Zelenskyy");
        const qsizetype at = text.indexOf(name);
        selectSourceText(at, name.size());
        QCOMPARE(view->textCursor().selectedText(), name);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier); // New Person from Selection
        const NodeId person = window->selection()->currentNode();
        QVERIFY(person.isValid());
        QCOMPARE(window->graph().node(person).kind, NodeKind::Person);
        QCOMPARE(window->graph().node(person).label, name);
        QCOMPARE(window->graph().node(person).evidence,
                 (QList<EvidenceSpan>{{docId, at, at + name.size(), name}}));
        QVERIFY(window->scene()->nodeItem(person));
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Add %1").arg(name));

        // A quotation, its quote marks selected with it: a direct statement.
        const QString quote = QStringLiteral("\"We discussed next steps,\"");
        const qsizetype q = text.indexOf(quote);
        selectSourceText(q, quote.size());
        QTest::keyClick(view, Qt::Key_6, Qt::ControlModifier | Qt::AltModifier); // New Statement
        const NodeId statement = window->selection()->currentNode();
        QVERIFY(statement.isValid() && statement != person);
        const NodeData &said = window->graph().node(statement);
        QCOMPARE(said.kind, NodeKind::Statement);
        QCOMPARE(said.properties.value(QStringLiteral("direct")), QVariant(true));
        QCOMPARE(said.evidence.first().text, text.mid(q, quote.size()));

        // "Zelenskyy wrote": more evidence for the person.
        window->selection()->select(person);
        const qsizetype later = text.indexOf(QStringLiteral("Zelenskyy wrote"));
        selectSourceText(later, 9);
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(window->graph().node(person).evidence.size(), 2);
        QCOMPARE(window->graph().node(person).evidence.last().start, later);
        QCOMPARE(window->evidencePanel()->list()->count(), 2); // the panel follows

        // Each one a step: three undos and the graph is as imported.
        window->undoStack()->undo();
        QCOMPARE(window->graph().node(person).evidence.size(), 1);
        window->undoStack()->undo();
        QVERIFY(!window->graph().contains(statement));
        window->undoStack()->undo();
        QVERIFY(!window->graph().contains(person));
        QVERIFY(!window->scene()->nodeItem(person));
        window->undoStack()->undo(); // the import
        QVERIFY(!window->isModified());
    }

    // Articles dropped on the window go into the project as documents, as
    // one undoable step; dropped again, they are listed as already there.
    void droppingArticlesImportsThem()
    {
        const QString articles = test::sourceDir() + QStringLiteral("/tests/data/articles/");
        const QList<QUrl> urls = {QUrl::fromLocalFile(articles + QStringLiteral("hague-summit.html")),
                                  QUrl::fromLocalFile(articles + QStringLiteral("ministerial.md")),
                                  QUrl::fromLocalFile(articles + QStringLiteral("phone-call.txt"))};
        const auto drop = [&](const QList<QUrl> &files) {
            QMimeData mime;
            mime.setUrls(files);
            QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window.get(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(window.get(), &event);
        };
        const qsizetype before = window->graph().documents().size();
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        drop(urls);
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 1, kSlowWorkMs);
        QCOMPARE(imported.at(0).at(0).toInt(), 3);
        QCOMPARE(window->graph().documents().size(), before + 3);
        QCOMPARE(visibleMessageBoxes(QStringLiteral("importReportBox")), 0); // nothing to report
        const Document *summit = nullptr;
        for (const Document &d : window->graph().documents())
            summit = d.outlet == QLatin1String("Northsea Courier") ? &d : summit;
        QVERIFY(summit);
        QCOMPARE(summit->date, QStringLiteral("2025-06-25"));
        // The source viewer shows the first one, as a reader reads it.
        QCOMPARE(window->sourceViewer()->documentId(), window->graph().documents().at(before).id);
        QVERIFY2(window->sourceViewer()->textView()->toPlainText().contains(
                     QStringLiteral("NATO leaders meeting in The Hague on Wednesday")),
                 "the imported article is not shown");
        QVERIFY(window->isModified());
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Import 3 articles"));
        // Again, with a file that is not an article: listed, nothing added.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("photo.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("GIF89a\0\0", 8));
        file.close();
        drop({urls.at(2), QUrl::fromLocalFile(bad)});
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 2, kSlowWorkMs);
        QCOMPARE(imported.at(1).at(0).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(visibleMessageBoxes(QStringLiteral("importReportBox")), 1, kSlowWorkMs);
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("importReportBox"));
        QVERIFY2(box->informativeText().contains(QStringLiteral("phone-call.txt (as \"Rutte calls Zelenskyy after Washington talks\")")),
                 qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(bad + QStringLiteral(":1: a binary file")), qPrintable(box->informativeText()));
        closeMessageBoxes();
        // One step back: the three are gone again.
        window->undoStack()->undo();
        QCOMPARE(window->graph().documents().size(), before);
        QVERIFY(!window->isModified());
    }

    void droppingAYedFileKeepsItsDrawing()
    {
        THREADLINE_REQUIRE_SHARED(shared);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(shared + QStringLiteral("/interop/yed_created_edges_deeper.graphml"))});
        QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        QDropEvent drop(QPointF(window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->scene()->visibleNodeCount(), 7);
        QVERIFY(window->positionsFromFile());
        const auto at = [&](const char *key) {
            return window->scene()->positions().value(window->graph().findNode(QString::fromLatin1(key)));
        };
        // In the file: Ivrea (n0) at x 35, Turin (n1) at x 117.7 and y 15, Brescia (n2::n1) at y 113.4.
        QVERIFY(at("n0").x() < at("n1").x());
        QVERIFY(at("n1").y() < at("n2::n1").y());
        clickNode(window->graph().findNode(QStringLiteral("n2::n1")));
        const QString plain = window->inspector()->browser()->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("Brescia")) && plain.contains(QStringLiteral("parent")), qPrintable(plain));
        reopenBundledCorpus();
    }

    // Foreign nodes are coloured by the type their file gave them (here
    // TinkerPop's vertex label), and the legend names each colour.
    void foreignTypesGetColoursAndLegendRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tinkerpop.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "  <key id=\"labelV\" for=\"node\" attr.name=\"labelV\" attr.type=\"string\"/>\n"
            "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
            "  <graph edgedefault=\"directed\">\n"
            "    <node id=\"1\"><data key=\"labelV\">song</data><data key=\"name\">DARK STAR</data></node>\n"
            "    <node id=\"2\"><data key=\"labelV\">song</data><data key=\"name\">CHINA CAT</data></node>\n"
            "    <node id=\"3\"><data key=\"labelV\">artist</data><data key=\"name\">Garcia</data></node>\n"
            "    <node id=\"4\"><data key=\"name\">Unsorted</data></node>\n"
            "    <edge source=\"1\" target=\"3\"/><edge source=\"2\" target=\"3\"/><edge source=\"1\" target=\"2\"/><edge source=\"4\" target=\"1\"/>\n"
            "  </graph>\n"
            "</graphml>\n");
        file.close();
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        const QList<LegendEntry> entries = window->legend()->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).category, QStringLiteral("song")); // the most frequent first
        QCOMPARE(entries.at(0).count, 2);
        QCOMPARE(entries.at(1).category, QStringLiteral("artist"));
        QVERIFY(entries.at(2).category.isEmpty()); // the node without a type
        QCOMPARE(entries.at(2).count, 1);
        // Each node is drawn in its legend row's colour.
        const auto fillOf = [&](const char *key) {
            return window->scene()->nodeItem(window->graph().findNode(QString::fromLatin1(key)))->fill();
        };
        QCOMPARE(fillOf("1"), entries.at(0).color);
        QCOMPARE(fillOf("2"), entries.at(0).color);
        QCOMPARE(fillOf("3"), entries.at(1).color);
        QVERIFY(entries.at(0).color != entries.at(1).color);
        QCOMPARE(fillOf("4"), kindStyle(NodeKind::Other).fill);
        reopenBundledCorpus();
    }

    // Dropping a Graphviz file on the window opens it, laid out afresh.
    void droppingADotFileOpensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.gv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("digraph talks {\n  rutte [label=\"Mark Rutte\"];\n  trump [label=\"Donald Trump\"];\n"
                   "  rutte -> trump [label=\"met\"];\n  trump -> putin;\n}\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->scene()->visibleNodeCount(), 3);
        QCOMPARE(window->scene()->visibleEdgeCount(), 2);
        QVERIFY(!window->positionsFromFile());
        QVERIFY(window->selectBestMatch(QStringLiteral("Donald Trump")));
        QVERIFY(window->inspector()->browser()->toPlainText().contains(QStringLiteral("met")));
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("dropped.gv")));
        reopenBundledCorpus();
    }

    void showingDocumentsAddsThem()
    {
        const qsizetype before = window->scene()->visibleNodeCount();
        const qsizetype edgesBefore = window->scene()->visibleEdgeCount();
        QSignalSpy laidOut(window.get(), &MainWindow::layoutFinished);
        window->setShowDocuments(true);
        QVERIFY(window->isLayingOut()); // off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(laidOut.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->scene()->visibleNodeCount(), before + window->graph().documents().size());
        // Documents are linked to what they mention once shown.
        QVERIFY(window->scene()->visibleEdgeCount() > edgesBefore + 100);
        // Hidden again, nothing is laid out: the others stay where they are.
        window->setShowDocuments(false);
        QTRY_COMPARE(window->scene()->visibleNodeCount(), before);
        QVERIFY(!window->isLayingOut());
        QCOMPARE(laidOut.count(), 1);
    }

    // Connect two nodes: Rutte, then Ctrl+click on an event made from the
    // article; text selected in the source; Ctrl+K asks how they relate and
    // the relationship carries that exact text. Undo and redo keep its id.
    void connectTwoNodesWithAQuote()
    {
        activate();
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        window->importArticles({test::sourceDir() + QStringLiteral("/tests/data/articles/phone-call.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 1, kSlowWorkMs);
        activate();
        const QString docId = window->sourceViewer()->documentId();
        const QString text = window->graph().document(docId)->text;
        QPlainTextEdit *view = window->sourceViewer()->textView();
        const qsizetype at = text.indexOf(QStringLiteral("by phone on Friday"));
        selectSourceText(at, 18);
        QTest::keyClick(view, Qt::Key_5, Qt::ControlModifier | Qt::AltModifier); // New Event
        const NodeId call = window->selection()->currentNode();
        QCOMPARE(window->graph().node(call).kind, NodeKind::Event);
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        clickNode(rutte);
        NodeItem *item = window->scene()->nodeItem(call);
        window->view()->centerOn(item);
        // Its centre shows (nothing was placed over it).
        const QPoint centre = window->view()->mapFromScene(item->scenePos());
        QCOMPARE(window->view()->itemAt(centre), item);
        QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, Qt::ControlModifier, centre);
        QCOMPARE(window->selection()->nodes(), (QSet<NodeId>{rutte, call}));
        QCOMPARE(window->sourceViewer()->documentId(), docId); // the event's quote is open
        const QString sentence = QStringLiteral("Mark Rutte spoke with Ukrainian President Volodymyr Zelenskyy by phone");
        const qsizetype s = text.indexOf(sentence);
        selectSourceText(s, sentence.size());
        const int edgesBefore = int(window->graph().edgeCount());
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->source(), rutte);
        QCOMPARE(dialog->target(), call);
        QCOMPARE(dialog->relation(), relation::participatedIn); // the one the model has for person -> event
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("connectEvidence"))->text().contains(sentence));
        // The other way round the model has nothing: said so, and every relation stays choosable.
        QTest::mouseClick(dialog->swapButton(), Qt::LeftButton);
        QCOMPARE(dialog->source(), call);
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        bool saysNoFit = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            saysNoFit = saysNoFit || (label->isVisible() && label->text().contains(QStringLiteral("has no relation")));
        QVERIFY(saysNoFit);
        QTest::mouseClick(dialog->swapButton(), Qt::LeftButton);
        QCOMPARE(dialog->source(), rutte);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(int(window->graph().edgeCount()), edgesBefore + 1);
        const EdgeId edge = window->selection()->currentEdge();
        QVERIFY(edge.isValid());
        const EdgeData data = window->graph().edge(edge);
        QCOMPARE(data.source, rutte);
        QCOMPARE(data.target, call);
        QCOMPARE(data.relation, relation::participatedIn);
        QCOMPARE(data.evidence, (QList<EvidenceSpan>{{docId, s, s + sentence.size(), sentence}}));
        QVERIFY(window->scene()->edgeItem(edge));
        window->undoStack()->undo();
        QVERIFY(!window->graph().contains(edge));
        QVERIFY(!window->scene()->edgeItem(edge));
        window->undoStack()->redo();
        QVERIFY(window->graph().contains(edge));
        QCOMPARE(window->graph().edge(edge), data);
        // Back to the bundled graph as it was.
        while (window->undoStack()->canUndo())
            window->undoStack()->undo();
    }

    // A node marked up by hand goes in the middle of the view. Looking at
    // Mark Rutte, drawn large for his many relationships, a new event goes
    // beside him, not on him: no other node is drawn over its centre, and
    // with Rutte selected (drawn on top) a click there still finds it.
    void aNodeMarkedUpByHandIsNotDrawnUnderAnother()
    {
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        clickNode(rutte); // the view centred on him
        QVERIFY(window->scene()->nodeItem(rutte)->radius() > 20);
        activate();
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        window->importArticles({test::sourceDir() + QStringLiteral("/tests/data/articles/phone-call.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 1, kSlowWorkMs);
        activate();
        const QString text = window->graph().document(window->sourceViewer()->documentId())->text;
        selectSourceText(text.indexOf(QStringLiteral("by phone on Friday")), 18);
        QTest::keyClick(window->sourceViewer()->textView(), Qt::Key_5, Qt::ControlModifier | Qt::AltModifier);
        const NodeId call = window->selection()->currentNode();
        QCOMPARE(window->graph().node(call).kind, NodeKind::Event);
        NodeItem *item = window->scene()->nodeItem(call);
        QVERIFY(item);
        const QPointF centre = item->scenePos();
        QVERIFY2(window->view()->mapToScene(window->view()->viewport()->rect()).boundingRect().contains(centre),
                 "the new event is out of view");
        if (const NodeItem *over = nodeOverCentreOf(item))
            QFAIL(qPrintable(QStringLiteral("%1 is drawn over the new event's centre")
                                 .arg(window->graph().node(over->nodeId()).label)));
        clickNode(rutte);
        QCOMPARE(window->view()->itemAt(window->view()->mapFromScene(centre)), item);
        window->undoStack()->undo(); // the event
        window->undoStack()->undo(); // and the import
        QVERIFY(!window->graph().contains(call));
    }

    // Edit in the inspector: F2 opens the form; label, kind, an alias, a
    // date with its basis; Apply is one step; a bad date cannot be applied.
    void editANodeInTheInspector()
    {
        activate();
        const NodeId id = named(QStringLiteral("Pete Hegseth"));
        clickNode(id);
        const NodeData before = window->graph().node(id);
        InspectorPanel *inspector = window->inspector();
        QTest::mouseClick(inspector->editButton(), Qt::LeftButton);
        QVERIFY(inspector->isEditing());
        NodeEditor *editor = inspector->nodeEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->labelEdit()->text(), before.label);
        editor->labelEdit()->selectAll();
        QTest::keyClicks(editor->labelEdit(), QStringLiteral("Pete Hegseth (Defense Secretary)"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addAlias")), Qt::LeftButton);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->inherits("QLineEdit")
                    && QApplication::focusWidget() != editor->labelEdit());
        QPointer<QLineEdit> aliasEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        aliasEditor->selectAll();
        QTest::keyClicks(aliasEditor, QStringLiteral("the Pentagon chief"));
        QTest::keyClick(aliasEditor, Qt::Key_Return);
        QTRY_VERIFY(!aliasEditor || !aliasEditor->isVisible()); // closed, as the event loop turns
        QCOMPARE(editor->aliasList()->item(editor->aliasList()->count() - 1)->text(), QStringLiteral("the Pentagon chief"));
        editor->dateEdit()->clear();
        QTest::keyClicks(editor->dateEdit(), QStringLiteral("12 February"));
        QVERIFY(!editor->applyButton()->isEnabled()); // not ISO 8601
        editor->dateEdit()->clear();
        QTest::keyClicks(editor->dateEdit(), QStringLiteral("2025-02-12"));
        editor->dateSourceBox()->setCurrentIndex(editor->dateSourceBox()->findData(QStringLiteral("inferred")));
        QVERIFY(!editor->applyButton()->isEnabled()); // an inferred date needs its basis
        QTest::keyClicks(editor->dateNoteEdit(), QStringLiteral("his Brussels remarks, per dpa"));
        QVERIFY(editor->applyButton()->isEnabled());
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QVERIFY(!inspector->isEditing());
        const NodeData &after = window->graph().node(id);
        QCOMPARE(after.label, QStringLiteral("Pete Hegseth (Defense Secretary)"));
        QVERIFY(after.aliases.contains(QStringLiteral("the Pentagon chief")));
        QCOMPARE(after.properties.value(QStringLiteral("date")).toString(), QStringLiteral("2025-02-12"));
        QCOMPARE(after.properties.value(QStringLiteral("date_source")).toString(), QStringLiteral("inferred"));
        QCOMPARE(after.evidence, before.evidence);
        // The inspector and the canvas show it; the date says it is inferred, and on what.
        const QString shown = inspector->browser()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("2025-02-12 inferred")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("his Brussels remarks, per dpa")));
        // The kind, in a second edit; each is one undo step.
        QTest::keyClick(window->view(), Qt::Key_F2);
        QVERIFY(inspector->isEditing());
        editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("organization")));
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QCOMPARE(window->graph().node(id).kind, NodeKind::Organization);
        QCOMPARE(window->scene()->nodeItem(id)->fill(), kindStyle(NodeKind::Organization).fill);
        window->undoStack()->undo();
        QCOMPARE(window->graph().node(id).kind, NodeKind::Person);
        window->undoStack()->undo();
        QCOMPARE(window->graph().node(id), before);
    }

    // Split an alias off: "Rubio" becomes a node of its own with the quotes
    // that say only "Rubio"; undo brings back the one node, ids and all.
    void splitAnAliasOff()
    {
        activate();
        const NodeId rubio = named(QStringLiteral("Marco Rubio"));
        const QByteArray before = json::write(window->graph());
        const NodeData whole = window->graph().node(rubio);
        QVERIFY(whole.aliases.contains(QStringLiteral("Rubio")));
        clickNode(rubio);
        QTest::mouseClick(window->inspector()->editButton(), Qt::LeftButton);
        NodeEditor *editor = window->inspector()->nodeEditor();
        QListWidget *aliases = editor->aliasList();
        const QList<QListWidgetItem *> found = aliases->findItems(QStringLiteral("Rubio"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTest::mouseClick(aliases->viewport(), Qt::LeftButton, {}, aliases->visualItemRect(found.first()).center());
        QVERIFY(editor->splitButton()->isEnabled());
        QTest::mouseClick(editor->splitButton(), Qt::LeftButton);
        const NodeId split = window->selection()->currentNode();
        QVERIFY(split.isValid() && split != rubio);
        const NodeData &made = window->graph().node(split);
        QCOMPARE(made.label, QStringLiteral("Rubio"));
        QCOMPARE(made.kind, NodeKind::Person);
        QVERIFY(!made.evidence.isEmpty());
        for (const EvidenceSpan &span : made.evidence)
            QVERIFY2(!span.text.contains(QStringLiteral("Marco Rubio")), qPrintable(span.text));
        const NodeData &rest = window->graph().node(rubio);
        QVERIFY(!rest.aliases.contains(QStringLiteral("Rubio")));
        QCOMPARE(rest.evidence.size() + made.evidence.size(), whole.evidence.size());
        QVERIFY(window->scene()->nodeItem(split));
        window->undoStack()->undo();
        QVERIFY(!window->graph().contains(split));
        QCOMPARE(json::write(window->graph()), before);
    }

    // A document's metadata is edited in the inspector, saved in the
    // project, and its URL opens in the desktop's browser.
    void editADocumentAndOpenItsUrl()
    {
        activate();
        const QString id = window->graph().documents().first().id;
        const Document before = *window->graph().document(id);
        window->openDocument(id);
        InspectorPanel *inspector = window->inspector();
        QTest::mouseClick(inspector->editButton(), Qt::LeftButton);
        DocumentEditor *editor = inspector->documentEditor();
        QVERIFY(editor->isVisible());
        editor->outletEdit()->selectAll();
        QTest::keyClicks(editor->outletEdit(), QStringLiteral("Kyiv Post (checked)"));
        editor->urlEdit()->selectAll();
        QTest::keyClicks(editor->urlEdit(), QStringLiteral("https://example.org/rutte-rubio?a=1&b=2"));
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        const Document *after = window->graph().document(id);
        QCOMPARE(after->outlet, QStringLiteral("Kyiv Post (checked)"));
        QCOMPARE(after->url, QStringLiteral("https://example.org/rutte-rubio?a=1&b=2"));
        QCOMPARE(after->text, before.text);
        QVERIFY(window->sourceViewer()->headerText().contains(QStringLiteral("Kyiv Post (checked)")));
        QVERIFY(inspector->browser()->toPlainText().contains(QStringLiteral("Kyiv Post (checked)")));
        window->undoStack()->undo();
        QCOMPARE(*window->graph().document(id), before);
        QVERIFY(window->sourceViewer()->headerText().contains(before.outlet.toHtmlEscaped()));
        window->undoStack()->redo();
        QCOMPARE(window->graph().document(id)->outlet, QStringLiteral("Kyiv Post (checked)"));

        // Saved and opened again, it is there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.threadline"));
        QString error;
        QVERIFY2(window->project()->saveAs(path, &error), qPrintable(error));
        window->undoStack()->setClean();
        ProjectContent reread;
        const ReadResult result = project::read(path, reread);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(reread.graph.document(id)->outlet, QStringLiteral("Kyiv Post (checked)"));
        QCOMPARE(reread.graph.document(id)->text, before.text);

        // The URL is a link; a click hands it to the desktop.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        clickInspectorLink(QStringLiteral("https://example.org/rutte-rubio?a=1&b=2"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/rutte-rubio?a=1&b=2"))});
        reopenBundledCorpus();
    }

    // The view is part of the project: saved zoomed in on Rutte, the
    // project opens again zoomed in on Rutte, not fitted.
    void theViewIsSavedWithTheProject()
    {
        NodeItem *rutte = window->scene()->nodeItem(named(QStringLiteral("Mark Rutte")));
        QVERIFY(rutte);
        window->view()->fitAll();
        window->view()->zoomBy(3.0);
        window->view()->centerOn(rutte);
        const qreal zoom = window->view()->zoom();
        const QPointF centre = window->view()->mapToScene(window->view()->viewport()->rect().center());
        const QPoint rutteShown = window->view()->mapFromScene(rutte->scenePos());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("viewed.threadline"));
        QVERIFY(window->saveAs(path));
        ProjectContent reread;
        QVERIFY(project::read(path, reread).ok);
        QVERIFY2(reread.viewState.contains(QStringLiteral("zoom")), qPrintable(reread.viewState));

        reopenBundledCorpus(); // elsewhere, fitted
        QVERIFY(window->view()->isFitted());
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QVERIFY(!window->view()->isFitted());
        QVERIFY(std::abs(window->view()->zoom() - zoom) < 1e-6);
        const QPointF reopened = window->view()->mapToScene(window->view()->viewport()->rect().center());
        QVERIFY2(QLineF(reopened, centre).length() < 2 / zoom,
                 qPrintable(QStringLiteral("centre %1,%2, saved %3,%4").arg(reopened.x()).arg(reopened.y()).arg(centre.x()).arg(centre.y())));
        // Rutte is where he was on the canvas.
        const QPoint rutteAt = window->view()->mapFromScene(window->scene()->nodeItem(named(QStringLiteral("Mark Rutte")))->scenePos());
        QVERIFY2(QLineF(rutteAt, rutteShown).length() < 3,
                 qPrintable(QStringLiteral("Rutte at %1,%2, saved at %3,%4").arg(rutteAt.x()).arg(rutteAt.y()).arg(rutteShown.x()).arg(rutteShown.y())));
        reopenBundledCorpus();
    }

    // Text to graph: the source marks the names it knows, and a click on
    // one selects that node.
    void clickingAMentionSelectsTheNode()
    {
        activate();
        const NodeId rubio = named(QStringLiteral("Marco Rubio"));
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        window->selectNode(rubio);
        SourceViewer *source = window->sourceViewer();
        QTRY_VERIFY(!source->mentions().isEmpty());
        const QString text = source->text();
        // Each mark covers a name of its node, exactly.
        for (const Mention &m : source->mentions()) {
            const NodeData &node = window->graph().node(m.node);
            const QString words = text.mid(m.start, m.end - m.start);
            QVERIFY2(words == node.label || node.aliases.contains(words)
                         || (words.mid(1) == node.label.mid(1) || std::any_of(node.aliases.cbegin(), node.aliases.cend(),
                                                                              [&](const QString &a) { return a.mid(1) == words.mid(1); })),
                     qPrintable(words));
        }
        const auto it = std::find_if(source->mentions().cbegin(), source->mentions().cend(),
                                     [&](const Mention &m) { return m.node == rutte; });
        QVERIFY(it != source->mentions().cend());
        QPlainTextEdit *view = source->textView();
        QTextCursor cursor(view->document());
        cursor.setPosition(int(it->start + 2));
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QTextCursor clear = view->textCursor();
        clear.clearSelection();
        view->setTextCursor(clear);
        const QPoint at = view->cursorRect(cursor).center() + QPoint(2, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window->selection()->currentNode(), rutte);
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(QStringLiteral("Mark Rutte")));
        // A click on plain text selects nothing new.
        const qsizetype plain = text.indexOf(QStringLiteral(" the "));
        if (plain >= 0 && !source->mentionAt(plain + 2)) {
            window->selectNode(rubio);
            cursor.setPosition(int(plain + 2));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
            QCOMPARE(window->selection()->currentNode(), rubio);
        }
    }

    // Many changes as one (Accept All, an undo step): the statements table
    // brings a row up to date once, at the end, not at every change of
    // its speaker; and then shows the speaker as last changed.
    void statementsCatchUpOnceAfterManyChanges()
    {
        GraphDocument document;
        NodeData speaker = test::nodeOf(QStringLiteral("p"), NodeKind::Person, QStringLiteral("Speaker 0"));
        const NodeId who = document.addNode(speaker);
        const NodeId words =
            document.addNode(test::nodeOf(QStringLiteral("s"), NodeKind::Statement, QStringLiteral("“Words”")));
        EdgeData edge;
        edge.key = QStringLiteral("e");
        edge.source = who;
        edge.target = words;
        edge.relation = relation::said;
        QVERIFY(document.addEdge(edge).isValid());
        StatementsModel model(&document);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex cell = model.index(0, StatementsModel::Speaker);
        QCOMPARE(model.data(cell).toString(), QStringLiteral("Speaker 0"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        {
            const GraphDocument::ChangeScope scope(document);
            for (int i = 1; i <= 50; ++i) {
                speaker.label = QStringLiteral("Speaker %1").arg(i);
                QVERIFY(document.setNode(who, speaker));
            }
            QCOMPARE(changed.count(), 0);
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(cell).toString(), QStringLiteral("Speaker 50"));
        speaker.label = QStringLiteral("Speaker 51"); // outside a scope: at once
        QVERIFY(document.setNode(who, speaker));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.data(cell).toString(), QStringLiteral("Speaker 51"));
    }

    // The statements table sorts by a header click, filters as one types,
    // and a row selects the statement and opens its quote.
    void statementsTableSortsAndOpens()
    {
        activate();
        StatementsPanel *panel = window->statementsPanel();
        QTableView *table = panel->table();
        const QList<NodeId> all = window->graph().nodes();
        const int statements = int(std::count_if(all.cbegin(), all.cend(),
                                                 [&](NodeId id) { return window->graph().node(id).kind == NodeKind::Statement; }));
        QVERIFY(statements > 20);
        QCOMPARE(table->model()->rowCount(), statements);
        window->sideTabs()->setCurrentWidget(panel);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QHeaderView *header = table->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        const auto column = [&](int c) {
            QStringList values;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                values.append(table->model()->index(row, c).data().toString());
            return values;
        };
        clickHeader(StatementsModel::Date);
        QStringList dates = column(StatementsModel::Date), sorted = dates;
        sorted.sort();
        QCOMPARE(dates, sorted);
        clickHeader(StatementsModel::Date);
        QCOMPARE(column(StatementsModel::Date).first(), sorted.last());
        clickHeader(StatementsModel::Speaker);
        QStringList speakers = column(StatementsModel::Speaker), bySpeaker = speakers;
        std::sort(bySpeaker.begin(), bySpeaker.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0; });
        QCOMPARE(speakers, bySpeaker);
        // Filtered to one speaker's words.
        QTest::keyClicks(panel->filter(), QStringLiteral("Hegseth"));
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < statements);
        // A row: the statement is selected and its quote opened.
        const NodeId first = panel->statementAt(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, StatementsModel::Statement)).center());
        QCOMPARE(window->selection()->currentNode(), first);
        const EvidenceSpan span = window->graph().node(first).evidence.first();
        QCOMPARE(window->sourceViewer()->documentId(), span.document);
        QCOMPARE(window->sourceViewer()->highlightedSpan(), std::make_pair(span.start, span.end));
        // A renamed statement changes its row, and only that.
        NodeData renamed = window->graph().node(first);
        renamed.label = QStringLiteral("Renamed in a test");
        window->curation()->changeNode(first, renamed);
        QCOMPARE(panel->model()->index(panel->model()->rowOf(first), StatementsModel::Statement).data().toString(),
                 QStringLiteral("Renamed in a test"));
        window->undoStack()->undo();
        panel->filter()->clear();
        QCOMPARE(table->model()->rowCount(), statements);
        window->selection()->clear();
        window->sideTabs()->setCurrentIndex(0);
    }

    // The search box reads the project's full-text index too: words that
    // only an article has find that article, and choosing it opens it.
    void searchFindsArticleTextThroughTheIndex()
    {
        activate();
        SearchBox *search = window->searchBox();
        search->clear();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("telegr"));
        const auto documentRows = [&] {
            QStringList rows;
            for (int r = 0; r < search->results()->rowCount(); ++r) {
                if (search->results()->item(r)->text().contains(QStringLiteral("(document)")))
                    rows.append(search->results()->item(r)->text());
            }
            return rows;
        };
        QVERIFY(documentRows().isEmpty()); // not saved: no index yet
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window->project()->saveAs(dir.filePath(QStringLiteral("indexed.threadline")), &error), qPrintable(error));
        window->undoStack()->setClean();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("telegr"));
        const QStringList rows = documentRows();
        QCOMPARE(rows.size(), 2); // "JOIN US ON TELEGRAM" and "our Telegram-channel"
        // Chosen from the list, the article opens.
        QAbstractItemView *popup = search->popupCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        // The box loses the focus and gets it back; a click on a hit still chooses.
        popup->hide();
        activate(); // the canvas has the focus now
        QTRY_VERIFY(!search->hasFocus());
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("telegr"));
        QTRY_VERIFY(popup->isVisible());
        int row = 0;
        while (!popup->model()->index(row, 0).data().toString().contains(QStringLiteral("(document)")))
            ++row;
        const QModelIndex chosen = popup->model()->index(row, 0);
        const QString title = chosen.data().toString().section(QStringLiteral(" (document)"), 0, 0);
        popup->scrollTo(chosen); // the list shows a dozen rows; this one may be below them
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(chosen).center());
        QTRY_VERIFY(!window->selection()->currentDocument().isEmpty());
        const Document *doc = window->graph().document(window->selection()->currentDocument());
        QCOMPARE(doc->title, title);
        QVERIFY(doc->text.contains(QStringLiteral("telegram"), Qt::CaseInsensitive));
        QCOMPARE(window->sourceViewer()->documentId(), doc->id);
        QCOMPARE(Project::queryForTyping(QStringLiteral("dire \"threat")), QStringLiteral("\"dire\"* \"threat\"*"));
        search->clear();
        reopenBundledCorpus();
    }

    // Where two documents disagree on a place, the inspector shows both,
    // each with its words, and a click on one opens it.
    void disagreeingAccountsAreShownWithTheirWords()
    {
        activate();
        const NodeId id = named(QStringLiteral("Pete Hegseth"));
        window->selectNode(id);
        const Document &first = window->graph().documents().at(0);
        const Document &second = window->graph().documents().at(1);
        const auto spanOf = [](const Document &doc, const QString &words) {
            const qsizetype at = doc.text.indexOf(words);
            return QVariantMap{{QStringLiteral("document"), doc.id}, {QStringLiteral("start"), at},
                               {QStringLiteral("end"), at + words.size()}, {QStringLiteral("text"), words}};
        };
        QVERIFY(first.text.contains(QStringLiteral("Davos")) && second.text.contains(QStringLiteral("Washington")));
        NodeData data = window->graph().node(id);
        data.properties.insert(QStringLiteral("place_accounts"),
                               QVariantList{QVariantMap{{QStringLiteral("place"), QStringLiteral("Davos")},
                                                        {QStringLiteral("evidence"), spanOf(first, QStringLiteral("Davos"))}},
                                            QVariantMap{{QStringLiteral("place"), QStringLiteral("Washington")},
                                                        {QStringLiteral("evidence"), spanOf(second, QStringLiteral("Washington"))}}});
        QVERIFY(window->curation()->changeNode(id, data));
        const QString shown = window->inspector()->browser()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Accounts differ on the place")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Davos — \u201cDavos\u201d")));
        QVERIFY(shown.contains(QStringLiteral("Washington — \u201cWashington\u201d")));
        const QVariantMap second_ = spanOf(second, QStringLiteral("Washington"));
        QUrl link;
        link.setScheme(QStringLiteral("threadline"));
        link.setHost(QStringLiteral("span"));
        link.setPath(QStringLiteral("/"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("d"), second.id);
        query.addQueryItem(QStringLiteral("s"), QString::number(second_.value(QStringLiteral("start")).toLongLong()));
        query.addQueryItem(QStringLiteral("e"), QString::number(second_.value(QStringLiteral("end")).toLongLong()));
        link.setQuery(query);
        clickInspectorLink(link.toString(QUrl::FullyEncoded));
        QCOMPARE(window->sourceViewer()->documentId(), second.id);
        QCOMPARE(window->sourceViewer()->highlightedSpan(),
                 std::make_pair(second_.value(QStringLiteral("start")).toLongLong(),
                                second_.value(QStringLiteral("end")).toLongLong()));
        window->undoStack()->undo();
        QVERIFY(!window->graph().node(id).properties.contains(QStringLiteral("place_accounts")));
    }

    // Importing an article proposes its graph in the Review tab: a click
    // shows a proposal's words in the source; what is unchecked stays out;
    // a corrected name is the one the graph takes; accepting is one step.
    void reviewingWhatAnImportProposes()
    {
        activate();
        const QByteArray before = json::write(window->graph());
        QSignalSpy imported(window.get(), &MainWindow::articlesImported);
        window->importArticles({test::sourceDir() + QStringLiteral("/tests/data/extraction/09-zambia-copper-strike.md")});
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() >= 1, kSlowWorkMs);
        activate();
        ReviewPanel *review = window->reviewPanel();
        QCOMPARE(window->sideTabs()->currentWidget(), review);
        QCOMPARE(review->pendingArticles(), 1);
        QTreeWidget *tree = review->tree();
        QTreeWidgetItem *article = tree->topLevelItem(0);
        QVERIFY(article->childCount() > 15);
        const QString docId = window->sourceViewer()->documentId();
        const QString text = window->graph().document(docId)->text;
        const auto child = [&](const QString &kind, const QString &startsWith) -> QTreeWidgetItem * {
            for (int c = 0; c < article->childCount(); ++c) {
                QTreeWidgetItem *item = article->child(c);
                if (item->text(1) == kind && item->text(0).startsWith(startsWith))
                    return item;
            }
            return nullptr;
        };
        QTreeWidgetItem *mwale = child(QStringLiteral("person"), QStringLiteral("Chanda Mwale"));
        QVERIFY(mwale);
        // A quotation, clicked: its words in the source.
        QTreeWidgetItem *quote = child(QStringLiteral("quotation"), QStringLiteral("Chanda Mwale"));
        QVERIFY(quote);
        tree->scrollToItem(quote);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(quote).center());
        const auto [start, end] = window->sourceViewer()->highlightedSpan();
        QVERIFY(end > start);
        QVERIFY2(text.mid(start, end - start).contains(QStringLiteral("Our members dig the copper")),
                 qPrintable(text.mid(start, end - start)));
        // One place left out; one organisation's name corrected.
        QTreeWidgetItem *place = nullptr;
        for (int c = 0; c < article->childCount() && !place; ++c)
            place = article->child(c)->text(1) == QLatin1String("place") ? article->child(c) : nullptr;
        QVERIFY(place);
        const QString leftOut = place->text(0);
        tree->scrollToItem(place);
        const QRect row = tree->visualItemRect(place);
        // The check box sits at the start of the row, after the indentation.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(row.left() + 10, row.center().y()));
        if (place->checkState(0) == Qt::Checked) // styles differ in where the box is: the keyboard then
            QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(place->checkState(0), Qt::Unchecked);
        QTreeWidgetItem *organisation = child(QStringLiteral("organization"), QStringLiteral("Kafue Metals"));
        QVERIFY(organisation);
        tree->setCurrentItem(organisation);
        tree->editItem(organisation, 0);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->inherits("QLineEdit"));
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Kafue Metals plc"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
        const int steps = window->undoStack()->count();
        QTest::mouseClick(review->acceptCheckedButton(), Qt::LeftButton);
        QCOMPARE(window->undoStack()->count(), steps + 1); // one step
        QCOMPARE(review->pendingArticles(), 0);
        const KnowledgeGraph &g = window->graph();
        const QList<NodeId> people = g.findByName(QStringLiteral("Chanda Mwale"));
        QCOMPARE(people.size(), 1);
        const NodeId person = people.first();
        QVERIFY(std::any_of(g.node(person).evidence.cbegin(), g.node(person).evidence.cend(),
                            [&](const EvidenceSpan &s) { return s.document == docId; }));
        bool said = false;
        for (EdgeId e : g.outEdges(person))
            said = said || g.edge(e).relation == relation::said;
        QVERIFY(said);
        QVERIFY(window->scene()->nodeItem(person)); // on the canvas, placed
        QVERIFY(g.findByName(leftOut).isEmpty() || std::none_of(g.findByName(leftOut).cbegin(), g.findByName(leftOut).cend(),
                                                                 [&](NodeId id) {
                                                                     return std::any_of(g.node(id).evidence.cbegin(), g.node(id).evidence.cend(),
                                                                                        [&](const EvidenceSpan &s) { return s.document == docId; });
                                                                 }));
        const QList<NodeId> renamed = g.findByName(QStringLiteral("Kafue Metals plc"));
        QCOMPARE(renamed.size(), 1);
        QVERIFY(g.node(renamed.first()).aliases.contains(QStringLiteral("Kafue Metals")));
        // Every span of the accepted graph is the article's own text.
        for (NodeId id : g.nodes()) {
            for (const EvidenceSpan &span : g.node(id).evidence) {
                if (span.document == docId)
                    QCOMPARE(text.mid(span.start, span.end - span.start), span.text);
            }
        }
        // One undo takes it all back; another, the import.
        window->undoStack()->undo();
        QVERIFY(g.findByName(QStringLiteral("Chanda Mwale")).isEmpty());
        QVERIFY(g.document(docId));
        window->undoStack()->undo();
        QCOMPARE(json::write(window->graph()), before);
    }

    // Accept All over several imported articles: their graphs go in as one
    // step, the status bar says how many articles, and one undo takes back
    // every article's nodes while the articles themselves stay.
    void acceptingAllArticlesIsOneStep()
    {
        ReviewPanel *review = importForReview(
            {QStringLiteral("13-chile-argentina-lithium-talks.md"), QStringLiteral("14-canada-mexico-steel-talks.md")});
        QVERIFY(review);
        QCOMPARE(review->pendingArticles(), 2);
        const int steps = window->undoStack()->count();
        const QList<NodeId> before = window->graph().nodes();
        QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QCOMPARE(review->pendingArticles(), 0);
        const KnowledgeGraph &g = window->graph();
        // The new nodes are laid out among the corpus's, which stay put: none
        // lands on another node (a spiral about the middle of the view put
        // them on the corpus's own nodes).
        const QHash<NodeId, QPointF> at = window->scene()->positions();
        int added = 0;
        for (NodeId id : g.nodes()) {
            if (before.contains(id) || !window->scene()->nodeItem(id))
                continue;
            ++added;
            QVERIFY2(at.contains(id), "a new node without a place");
            for (auto other = at.constBegin(); other != at.constEnd(); ++other) {
                if (other.key() != id)
                    QVERIFY2(QLineF(at.value(id), other.value()).length() >= 20,
                             qPrintable(QStringLiteral("%1 lies on %2 (%3 apart)").arg(g.node(id).label, g.node(other.key()).label).arg(QLineF(at.value(id), other.value()).length())));
            }
        }
        QVERIFY2(added > 10, qPrintable(QString::number(added)));
        const QList<NodeId> chile = g.findByName(QStringLiteral("Valentina Echeverría"));
        const QList<NodeId> canada = g.findByName(QStringLiteral("Priya Desrosiers"));
        QCOMPARE(chile.size(), 1);
        QCOMPARE(canada.size(), 1);
        QVERIFY(window->scene()->nodeItem(chile.first()) && window->scene()->nodeItem(canada.first()));
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Added from 2 articles")),
                 qPrintable(window->statusBar()->currentMessage()));
        // The panels followed at once: the legend counts the new people.
        int people = 0;
        for (const LegendEntry &entry : window->legend()->entries())
            people += entry.kind == NodeKind::Person ? entry.count : 0;
        int shownPeople = 0;
        for (NodeId id : g.nodes())
            shownPeople += g.node(id).kind == NodeKind::Person && window->scene()->nodeItem(id) ? 1 : 0;
        QCOMPARE(people, shownPeople);
        window->undoStack()->undo();
        QVERIFY(g.findByName(QStringLiteral("Valentina Echeverría")).isEmpty());
        QVERIFY(g.findByName(QStringLiteral("Priya Desrosiers")).isEmpty());
        QVERIFY(!window->scene()->nodeItem(chile.first()));
        window->undoStack()->undo(); // and the import
    }

    // After Accept All the canvas shows where the new nodes went: with the
    // view zoomed in on a corner of the graph, every accepted node is in
    // view afterwards; the selection stays as it was.
    void acceptAllBringsTheNewNodesIntoView()
    {
        ReviewPanel *review = importForReview(
            {QStringLiteral("16-central-asia-water-swap.md"), QStringLiteral("17-ghana-cocoa-farmers-strike.md")});
        QVERIFY(review);
        QCOMPARE(review->pendingArticles(), 2);
        GraphView *view = window->view();
        view->fitAll();
        view->zoomBy(8);
        view->centerOn(window->scene()->contentBounds().topLeft());
        const QList<NodeId> before = window->graph().nodes();
        window->selection()->select(named(QStringLiteral("Mark Rutte")));
        const QSet<NodeId> selected = window->selection()->nodes();
        QTest::mouseClick(review->acceptAllButton(), Qt::LeftButton);
        QCOMPARE(review->pendingArticles(), 0);
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        const KnowledgeGraph &g = window->graph();
        int added = 0;
        for (NodeId id : g.nodes()) {
            const NodeItem *item = window->scene()->nodeItem(id);
            if (before.contains(id) || !item || !item->isVisible())
                continue;
            ++added;
            QVERIFY2(visible.contains(item->scenePos()),
                     qPrintable(QStringLiteral("%1 at (%2, %3) is out of view")
                                    .arg(g.node(id).label)
                                    .arg(item->scenePos().x())
                                    .arg(item->scenePos().y())));
        }
        QVERIFY2(added > 10, qPrintable(QString::number(added)));
        QCOMPARE(window->selection()->nodes(), selected);
        window->undoStack()->undo(); // the accepted nodes
        window->undoStack()->undo(); // and the import
        window->selection()->clear();
        view->fitAll();
    }

    // A few accepted nodes in one part of the graph: the view closes in on
    // them (up to natural size) rather than fitting the whole graph.
    void acceptingOneProposalClosesInOnIt()
    {
        ReviewPanel *review = importForReview({QStringLiteral("23-norway-iceland-fisheries-visit.md")});
        QVERIFY(review);
        QTreeWidgetItem *article = review->tree()->topLevelItem(0);
        QTreeWidgetItem *person = nullptr;
        for (int c = 0; c < article->childCount(); ++c) {
            QTreeWidgetItem *item = article->child(c);
            if (!person && item->text(1) == QLatin1String("person"))
                person = item;
            else
                item->setCheckState(0, Qt::Unchecked);
        }
        QVERIFY(person);
        GraphView *view = window->view();
        view->fitAll();
        const qreal fitted = view->zoom();
        const QList<NodeId> before = window->graph().nodes();
        QTest::mouseClick(review->acceptCheckedButton(), Qt::LeftButton);
        QList<NodeId> added = window->graph().nodes();
        added.removeIf([&](NodeId id) { return before.contains(id); });
        QCOMPARE(added.size(), 1);
        QCOMPARE(window->graph().node(added.first()).kind, NodeKind::Person);
        const NodeItem *item = window->scene()->nodeItem(added.first());
        QVERIFY(item);
        QVERIFY2(view->zoom() > fitted * 1.25, qPrintable(QStringLiteral("%1 against %2").arg(view->zoom()).arg(fitted)));
        QVERIFY(view->mapToScene(view->viewport()->rect()).boundingRect().contains(item->scenePos()));
        window->undoStack()->undo();
        window->undoStack()->undo();
        view->fitAll();
    }

    // Back and forward through selections: Alt+Left, Alt+Right, the
    // mouse's back button, and the toolbar's arrows follow.
    void backAndForwardThroughSelections()
    {
        activate();
        window->selection()->clear();
        window->selection()->clearHistory();
        const NodeId rutte = named(QStringLiteral("Mark Rutte"));
        const NodeId trump = named(QStringLiteral("Donald Trump"));
        auto *back = window->findChild<QAction *>(QStringLiteral("backAction"));
        auto *forward = window->findChild<QAction *>(QStringLiteral("forwardAction"));
        QVERIFY(back && forward);
        clickNode(rutte);
        QVERIFY(!back->isEnabled());
        clickNode(trump);
        QVERIFY(back->isEnabled());
        const QString doc = window->graph().documents().first().id;
        window->openDocument(doc);
        QCOMPARE(window->selection()->currentDocument(), doc);
        activate();
        QTest::keyClick(window->view(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->selection()->currentNode(), trump);
        QVERIFY(window->inspector()->browser()->toPlainText().startsWith(QStringLiteral("Donald Trump")));
        QTest::keyClick(window->view(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->selection()->currentNode(), rutte);
        QVERIFY(!back->isEnabled());
        QVERIFY(forward->isEnabled());
        QTest::keyClick(window->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->selection()->currentNode(), trump);
        QTest::keyClick(window->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->selection()->currentDocument(), doc);
        QVERIFY(!forward->isEnabled());
        // The mouse's back and forward buttons, over the canvas.
        QTest::mouseClick(window->view()->viewport(), Qt::BackButton, {}, QPoint(20, 20));
        QCOMPARE(window->selection()->currentNode(), trump);
        QTest::mouseClick(window->view()->viewport(), Qt::ForwardButton, {}, QPoint(20, 20));
        QCOMPARE(window->selection()->currentDocument(), doc);
        // The toolbar's arrows.
        auto *toolbar = window->findChild<QToolBar *>();
        QVERIFY(toolbar);
        QWidget *backButton = toolbar->widgetForAction(back);
        QWidget *forwardButton = toolbar->widgetForAction(forward);
        QVERIFY(backButton && backButton->isVisible() && forwardButton && forwardButton->isVisible());
        QTest::mouseClick(backButton, Qt::LeftButton);
        QCOMPARE(window->selection()->currentNode(), trump);
        QTest::mouseClick(backButton, Qt::LeftButton);
        QCOMPARE(window->selection()->currentNode(), rutte);
        QTest::mouseClick(forwardButton, Qt::LeftButton);
        QCOMPARE(window->selection()->currentNode(), trump);
        // A new selection drops what was ahead.
        clickNode(rutte);
        QVERIFY(!forward->isEnabled());
        window->selection()->clear();
    }

    // "threadline --select TEXT FILE": the selection is made in that file
    // only; a file opened later is not searched for it.
    void selectOnOpeningAppliesToThatFileOnly()
    {
        QSignalSpy loaded(window.get(), &MainWindow::graphLoaded);
        window->openAndSelect(QString(), QStringLiteral("Rubio"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kSlowWorkMs);
        QCOMPARE(window->selection()->currentNode(), named(QStringLiteral("Marco Rubio")));
        window->selection()->clear();
        THREADLINE_REQUIRE_SHARED(shared);
        window->openFile(shared + QStringLiteral("/interop/gephi_les_miserables.gexf"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kSlowWorkMs);
        QVERIFY(window->selection()->isEmpty());
        QVERIFY2(!window->statusBar()->currentMessage().contains(QStringLiteral("Nothing matches")),
                 qPrintable(window->statusBar()->currentMessage()));
        reopenBundledCorpus();
    }

    // Hovering a node brings out its neighbourhood and dims the rest;
    // leaving it brings everything back.
    void hoveringANodeHighlightsItsNeighbourhood()
    {
        activate();
        const NodeId rubio = named(QStringLiteral("Marco Rubio"));
        NodeItem *item = window->scene()->nodeItem(rubio);
        QVERIFY(item);
        window->view()->centerOn(item);
        const QPoint at = window->view()->mapFromScene(item->scenePos());
        // A node away from Rubio's neighbourhood, drawn in its own colour
        // before the hover (not under a label or another node).
        QWidget *port = window->view()->viewport();
        const QImage shown = port->grab().toImage();
        NodeItem *far = nullptr;
        QPoint farAt;
        for (NodeId id : window->graph().nodes()) {
            NodeItem *other = window->scene()->nodeItem(id);
            const QPoint p = other ? window->view()->mapFromScene(other->scenePos()) : QPoint();
            if (!other || other == item || !port->rect().contains(p))
                continue;
            bool linked = false;
            for (EdgeItem *edge : other->edges())
                linked = linked || edge->sourceItem() == item || edge->targetItem() == item;
            const QColor seen = shown.pixelColor(p), fill = other->fill();
            if (!linked && std::abs(seen.red() - fill.red()) + std::abs(seen.green() - fill.green()) + std::abs(seen.blue() - fill.blue()) < 30
                && fill.lightness() < 180) {
                far = other;
                farAt = p;
                break;
            }
        }
        QVERIFY(far);
        const int before = shown.pixelColor(farAt).lightness();
        QTest::mouseMove(window->view()->viewport(), at);
        QTRY_COMPARE(window->scene()->highlighted(), item);
        // What the user sees: that node is drawn faded, nearer the paper.
        const int after = port->grab().toImage().pixelColor(farAt).lightness();
        QVERIFY2(after > before + 40, qPrintable(QStringLiteral("%1: lightness %2 → %3").arg(far->label()).arg(before).arg(after)));
        QSet<NodeId> near{rubio};
        for (EdgeId e : window->graph().incidentEdges(rubio))
            near.insert(window->graph().edge(e).source == rubio ? window->graph().edge(e).target : window->graph().edge(e).source);
        int dimmed = 0, bright = 0;
        for (NodeId id : window->graph().nodes()) {
            NodeItem *other = window->scene()->nodeItem(id);
            if (!other)
                continue;
            if (near.contains(id)) {
                QVERIFY(!other->isDimmed());
                ++bright;
            } else {
                QVERIFY(other->isDimmed());
                ++dimmed;
            }
        }
        QVERIFY(bright > 3 && dimmed > 50);
        for (EdgeId e : window->graph().incidentEdges(rubio)) {
            if (EdgeItem *edge = window->scene()->edgeItem(e))
                QVERIFY(!edge->isDimmed());
        }
        // Away from every node: all as before.
        QTest::mouseMove(window->view()->viewport(), QPoint(3, 3));
        QTRY_VERIFY(!window->scene()->highlighted());
        for (NodeId id : window->graph().nodes()) {
            if (NodeItem *other = window->scene()->nodeItem(id))
                QVERIFY(!other->isDimmed());
        }
    }

    void cleanupTestCase()
    {
        window.reset();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
