#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QLocale>
#include <QSettings>
#include <QScopeGuard>
#include <QSplitter>
#include <QStatusBar>
#include <QDate>
#include <QDockWidget>
#include <QTabWidget>
#include <QActionGroup>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "actorsview.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "canvasmenu.h"
#include "curationcontroller.h"
#include "documentcommand.h"
#include "edits.h"
#include "documentspanel.h"
#include "documentstats.h"
#include "evidencepanel.h"
#include "graphdocument.h"
#include "exportdialog.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "pathpanel.h"
#include "imageexport.h"
#include "inspectorpanel.h"
#include "layout.h"
#include "layoutmenu.h"
#include "layoutrunner.h"
#include "kindstyle.h"
#include "legend.h"
#include "minimap.h"
#include "mentions.h"
#include "project.h"
#include "projectfile.h"
#include "recovery.h"
#include "search.h"
#include "searchbox.h"
#include "selection.h"
#include "sourceviewer.h"
#include "statementspanel.h"
#include "reviewpanel.h"
#include "analyticsview.h"
#include "measures.h"
#include "timelineview.h"
#include "filterpanel.h"
#include "viewcommand.h"
#include "openingpreview.h"

namespace threadline {

namespace {

// A large graph is shown once its layout has put its nodes on this many
// different points (or a quarter of them, if fewer), a picture with the
// graph's shape; or after this long, with whatever picture there is.
constexpr qsizetype comingGraphPlaces = 2000;
constexpr int comingGraphWaitMs = 700;

// While a large picture is up, a newer layout picture redraws it at most
// this often (drawing it takes 60-70 ms at 100k nodes).
constexpr int comingPreviewIntervalMs = 250;

// Reads a graph file, a project or (empty path) the bundled corpus, off
// the GUI thread; laid out now, or (a large graph, more shown nodes than
// layoutAfterAbove) once the window shows it. A large graph's layout job is
// made as soon as a skim of the file or its reader tells its shape, and
// handed to `shapeRead` (on the skim's thread or this one) while the file
// is still being read; again from the reader's shape if the skim's differs.
LoadedGraph loadForWindow(const QString &path, const ViewFilter &filter, qsizetype layoutAfterAbove,
                          const std::function<void(std::shared_ptr<const ComingShape>)> &shapeRead)
{
    const auto layOut = [&](LoadedGraph &loaded) {
        const QSet<NodeId> visible = filter.visibleNodes(loaded.graph);
        const qsizetype shown = visible.size();
        if (shown <= layoutAfterAbove) {
            loaded.positions = layoutForView(loaded.graph, filter);
            return;
        }
        loaded.layOutAfterOpening = true;
        if (shown > multilevelThreshold) { // the engine the window would choose
            loaded.layoutJob = std::make_shared<const MultilevelJob>(prepareMultilevelForView(loaded.graph, filter, visible));
            loaded.layoutFilter = filter;
        }
    };
    LoadedGraph loaded;
    loaded.path = path;
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly) && project::looksLikeProject(file.read(16))) {
        // A project comes with its own view.
        ProjectContent content;
        loaded.result = project::read(path, content);
        loaded.isProject = loaded.result.ok;
        loaded.graph = std::move(content.graph);
        loaded.positions = std::move(content.positions);
        loaded.pinned = std::move(content.pinned);
        loaded.hidden = std::move(content.hidden);
        loaded.revision = content.revision;
        loaded.viewState = content.viewState;
        loaded.positionsFromFile = !loaded.positions.isEmpty();
        if (loaded.result.ok && loaded.positions.isEmpty())
            layOut(loaded);
        return loaded;
    }
    const auto comingShape = [&](const KnowledgeGraph &nodes,
                                 const std::vector<EdgeEnds> &edges) -> std::shared_ptr<const ComingShape> {
        const qsizetype above = std::max(layoutAfterAbove, multilevelThreshold);
        if (nodes.nodeCount() <= above)
            return {};
        const QSet<NodeId> visible = filter.visibleNodes(nodes);
        if (visible.size() <= above)
            return {};
        auto coming = std::make_shared<ComingShape>();
        coming->job = std::make_shared<const MultilevelJob>(prepareMultilevelForShape(nodes, edges, filter, visible));
        coming->kinds = previewKinds(nodes, *coming->job);
        coming->filter = filter;
        return coming;
    };
    std::shared_ptr<const ComingShape> shape;
    // A skim of the file finds the shape in a fraction of the reading (on
    // the other core): the layout starts from it. The filter must be
    // decidable from kinds and relations alone, which is all a skim knows.
    const bool skimmable = filter.hiddenDocuments.isEmpty() && filter.onlyNodes.isEmpty();
    const ShapeObserver onSkimmedShape = [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
        shape = comingShape(nodes, edges);
        if (shape && shapeRead)
            shapeRead(shape);
    };
    bool toldByReader = false;
    const ShapeObserver onShape = [&](const KnowledgeGraph &nodes, const std::vector<EdgeEnds> &edges) {
        toldByReader = true;
        std::shared_ptr<const ComingShape> told = comingShape(nodes, edges);
        // The skim was right: the layout started from it goes on.
        if (shape && told && *shape->job == *told->job && shape->kinds == told->kinds)
            return;
        shape = std::move(told);
        if (shape && shapeRead)
            shapeRead(shape);
    };
    QHash<NodeId, QPointF> filePositions;
    loaded.result = path.isEmpty()
        ? loadBundledCorpus(loaded.graph)
        : readGraphFile(path, loaded.graph, &filePositions, onShape, skimmable ? onSkimmedShape : ShapeObserver());
    if (!loaded.result.ok)
        return loaded;
    // A file that brings its own picture (Gephi's GEXF) is shown as drawn.
    loaded.positions = fitFilePositions(filePositions, filter.visibleNodes(loaded.graph));
    loaded.positionsFromFile = !loaded.positions.isEmpty();
    if (loaded.positionsFromFile)
        return loaded;
    if (shape && toldByReader) { // its layout job was made from its shape (and has started)
        loaded.layOutAfterOpening = true;
        loaded.layoutJob = shape->job;
        loaded.layoutFilter = filter;
    } else {
        layOut(loaded);
    }
    return loaded;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

QSize fittedWindowSize(QSize preferred, const QRect &available)
{
    // Room for the window manager's frame and title bar.
    const QSize room = available.size() - QSize(16, 48);
    return preferred.boundedTo(room).expandedTo(QSize(400, 300));
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new GraphDocument(this)), m_selection(new Selection(m_document, this)),
      m_undoStack(new QUndoStack(this)), m_project(new Project(m_document, this)),
      m_recovery(std::make_unique<Recovery>()), m_autosaveTimer(new QTimer(this))
{
    setWindowTitle(tr("Threadline"));
    setAcceptDrops(true);

    m_scene = new GraphScene(this);
    m_scene->setDocument(m_document, m_selection, m_filter);
    m_view = new GraphView(this);
    m_view->setObjectName(QStringLiteral("canvas"));
    m_view->setScene(m_scene);
    m_legend = new LegendWidget(m_view->viewport()); // an overlay: see Minimap
    m_legend->move(10, 10);
    // Said on the canvas itself when it has nothing to draw.
    m_emptyHint = new QLabel(tr("<p style='font-size:13pt'><b>No nodes yet</b></p>"
                                "<p>The project's articles are under <b>Documents</b>, on the right.<br>"
                                "<b>File → Import Articles</b> (Ctrl+I) adds more; "
                                "<b>File → Open</b> (Ctrl+O) opens a project or a graph file.</p>"),
                             m_view->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyCanvasHint"));
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(m_view->viewport()))->addWidget(m_emptyHint); // keeps it the viewport's size
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color:#555;background:transparent;"));
    m_emptyHint->hide();

    m_inspector = new InspectorPanel(this);
    m_evidence = new EvidencePanel(this);
    m_source = new SourceViewer(this);
    // The document's graph lives as long as the window: set once.
    m_inspector->setGraph(&m_document->graph());
    m_curation = new CurationController(m_document, m_selection, m_undoStack, m_source, m_view, this);
    connect(m_curation, &CurationController::message, statusBar(), &QStatusBar::showMessage);
    m_evidence->setGraph(&m_document->graph());
    m_search = new SearchBox(this);
    m_search->setGraph(&m_document->graph());
    m_search->setMaximumWidth(420);

    auto *side = new QSplitter(Qt::Vertical, this);
    m_sideSplitter = side;
    side->addWidget(titled(tr("Inspector"), m_inspector, side));
    // Evidence and the project's documents share a place: one tab each.
    m_documents = new DocumentsPanel(m_document, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->addTab(m_evidence, tr("Evidence"));
    m_sideTabs->addTab(m_documents, tr("Documents"));
    m_statements = new StatementsPanel(m_document, this);
    m_sideTabs->addTab(m_statements, tr("Statements"));
    m_review = new ReviewPanel(this);
    m_sideTabs->addTab(m_review, tr("Review"));
    m_pathPanel = new PathPanel(m_document, this);
    m_sideTabs->addTab(m_pathPanel, tr("Path"));
    m_filterPanel = new FilterPanel(this);
    m_sideTabs->addTab(m_filterPanel, tr("Filter"));
    side->addWidget(m_sideTabs);
    side->addWidget(titled(tr("Source"), m_source, side));
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setStretchFactor(2, 3);

    // Said once, above the canvas, for graphs that come without sources.
    m_noSourcesBanner = new QLabel(tr("This graph has no source documents: its nodes and relationships "
                                      "are shown as given, without evidence."),
                                   this);
    m_noSourcesBanner->setObjectName(QStringLiteral("noSourcesBanner"));
    m_noSourcesBanner->setWordWrap(true);
    m_noSourcesBanner->setStyleSheet(QStringLiteral("background:#fff4c2;color:#5a4500;padding:6px;"
                                                    "border-bottom:1px solid #e0c860;"));
    m_noSourcesBanner->hide();
    m_importNotesBanner = new QLabel(this);
    m_importNotesBanner->setObjectName(QStringLiteral("importNotesBanner"));
    m_importNotesBanner->setWordWrap(true);
    m_importNotesBanner->setTextFormat(Qt::RichText);
    m_importNotesBanner->setStyleSheet(QStringLiteral("background:#e8f0fb;color:#1d3b63;padding:6px;"
                                                      "border-bottom:1px solid #b5c9e6;"));
    m_importNotesBanner->hide();
    connect(m_importNotesBanner, &QLabel::linkActivated, this, &MainWindow::showImportNotes);
    auto *canvasBox = new QWidget(this);
    auto *canvasLayout = new QVBoxLayout(canvasBox);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    canvasLayout->addWidget(m_noSourcesBanner);
    canvasLayout->addWidget(m_importNotesBanner);
    canvasLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(canvasBox);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({920, 520});
    setCentralWidget(split);

    m_layoutRunner = new LayoutRunner(
        m_document, m_scene,
        [this](std::unique_ptr<Edit> edit) {
            // The layout a filter step started (documents shown for the
            // first time): part of that step while it is the last one.
            ViewCommand *joins = std::exchange(m_layoutJoins, nullptr);
            if (joins && m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == joins) {
                std::shared_ptr<Edit> shared(std::move(edit));
                const auto apply = [this, shared](bool forward) {
                    const GraphDocument::ChangeScope scope(*m_document);
                    if (forward)
                        shared->redo(*m_document);
                    else
                        shared->undo(*m_document);
                };
                apply(true);
                joins->join([apply] { apply(true); }, [apply] { apply(false); });
                m_fitJoins = joins;
                return;
            }
            if (!m_placingOpenedGraph)
                return push(std::move(edit));
            // An opened graph's first picture: part of opening it, like the
            // layout of a smaller graph, so nothing to undo or save.
            const GraphDocument::ChangeScope scope(*m_document);
            edit->redo(*m_document);
        },
        this);
    connect(m_layoutRunner, &LayoutRunner::finished, this, &MainWindow::onLayoutFinished);
    connect(m_layoutRunner, &LayoutRunner::comingGraphPicture, this, &MainWindow::onComingGraphPicture);
    m_comingDeadline = new QTimer(this);
    m_comingDeadline->setSingleShot(true);
    m_comingDeadline->setInterval(comingGraphWaitMs);
    connect(m_comingDeadline, &QTimer::timeout, this, &MainWindow::openComingGraph);
    m_comingPreviewTimer = new QTimer(this);
    m_comingPreviewTimer->setSingleShot(true);
    connect(m_comingPreviewTimer, &QTimer::timeout, this, [this] {
        if (m_comingShape && m_comingPreviewStale && !m_comingGraph)
            showComingPreview();
    });
    connect(m_layoutRunner, &LayoutRunner::positionsStreamed, this, [this] {
        if (m_view->isFitted()) // unless the user zoomed or panned, the picture stays in view as it grows
            m_view->fitAll();
    });
    m_layoutStatus = new LayoutStatus(m_layoutRunner, this);
    statusBar()->addPermanentWidget(m_layoutStatus);
    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_selection, &Selection::changed, this, [this] { showCurrent(true); });
    // At once, except inside a scope of many changes (an undo step; Accept
    // All is thousands of changes), after which the panels catch up once.
    connect(m_document, &GraphDocument::changed, this, [this] {
        if (m_document->isChanging())
            m_documentChangedPending = true;
        else
            onDocumentChanged();
    });
    connect(m_document, &GraphDocument::changesEnded, this, [this] {
        if (std::exchange(m_documentChangedPending, false))
            onDocumentChanged();
    });
    connect(m_scene, &GraphScene::nodesDragged, this, [this](const QHash<NodeId, QPointF> &positions) {
        push(std::make_unique<MoveEdit>(*m_document, positions, tr("Move"), ++m_dragGesture));
    });
    connect(m_inspector, &InspectorPanel::nodeActivated, this, &MainWindow::selectNode);
    connect(m_inspector, &InspectorPanel::edgeActivated, this, &MainWindow::selectEdge);
    connect(m_inspector, &InspectorPanel::spanActivated, this, &MainWindow::openSpan);
    connect(m_inspector, &InspectorPanel::nodeEditRequested, m_curation, &CurationController::changeNode);
    connect(m_inspector, &InspectorPanel::splitAliasRequested, m_curation, &CurationController::splitAlias);
    connect(m_inspector, &InspectorPanel::documentEditRequested, m_curation, &CurationController::changeDocument);
    connect(m_evidence, &EvidencePanel::spanActivated, this, &MainWindow::openSpan);
    // Text to graph: the names in the source are marked, and a click selects.
    connect(m_source, &SourceViewer::documentShown, this, &MainWindow::markMentions);
    connect(m_source, &SourceViewer::mentionClicked, this, &MainWindow::selectNode);
    const auto namesChanged = [this] {
        m_mentionIndex.reset();
        m_mentionsRefresh.request(); // once, however many edits
    };
    connect(m_document, &GraphDocument::nodesAdded, this, namesChanged);
    connect(m_document, &GraphDocument::nodesRemoved, this, namesChanged);
    connect(m_document, &GraphDocument::nodesChanged, this, namesChanged);
    connect(m_document, &GraphDocument::wasReset, this, namesChanged);
    connect(m_document, &GraphDocument::documentEdited, this, [this](const QString &id) {
        if (const Document *doc = graph().document(id); doc && m_source->documentId() == id)
            m_source->showHeader(*doc);
    });
    connect(m_documents, &DocumentsPanel::documentActivated, this, &MainWindow::openDocument);
    connect(m_statements, &StatementsPanel::statementActivated, this, &MainWindow::selectNode);
    connect(m_pathPanel, &PathPanel::nodeActivated, this, &MainWindow::selectNode);
    connect(m_pathPanel, &PathPanel::edgeActivated, this, &MainWindow::selectEdge);
    m_canvasMenu = new CanvasMenu(this); // right-clicks on the canvas
    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::applyFilterChoice);
    connect(m_filterPanel, &FilterPanel::resetRequested, this, [this] {
        // Back to the standard view (documents as the toolbar says), the
        // whole period, one step; a focus stays.
        const bool documents = m_showDocumentsAction && m_showDocumentsAction->isChecked();
        const ViewFilter standard = documents ? ViewFilter() : ViewFilter::standard();
        SavedLimits next = savedLimits();
        next.hiddenKinds = standard.hiddenKinds;
        next.hiddenRelations = standard.hiddenRelations;
        next.hiddenDocuments = standard.hiddenDocuments;
        next.period.reset();
        pushLimits(next, tr("Reset Filters"));
    });
    connect(m_filterPanel, &FilterPanel::periodChosen, this, [this](QDate from, QDate to) {
        m_timeline->setBrushedRange(from, to); // the timeline says rangeBrushed: showPeriod
    });
    connect(m_filterPanel, &FilterPanel::periodCleared, this, [this] {
        if (m_timeline->brushedRange())
            m_timeline->clearBrush(); // rangeCleared: showAllPeriods
    });
    // The panel's rows follow the graph (kinds, relations and documents come
    // and go), once per turn of the event loop.
    const auto refreshFilter = [this] { m_filterRefresh.request(); };
    connect(m_document, &GraphDocument::changed, this, refreshFilter);
    connect(m_document, &GraphDocument::wasReset, this, refreshFilter);
    connect(m_document, &GraphDocument::documentsChanged, this, refreshFilter);
    m_actorsView = new ActorsView(this);
    connect(m_actorsView, &ActorsView::activeChanged, this, [this](bool on) {
        if (!on) { // the normal canvas is back: its legend and counts too
            updateLegend();
            updateStatus();
        }
    });
    connect(m_review, &ReviewPanel::spanRequested, this, &MainWindow::openSpan);
    connect(m_document, &GraphDocument::documentsChanged, this, [this] { m_review->dropMissing(graph()); });
    connect(m_document, &GraphDocument::wasReset, this, [this] { m_review->dropMissing(graph()); });
    connect(m_review, &ReviewPanel::accepted, m_curation, &CurationController::acceptExtractions);
    connect(m_review, &ReviewPanel::accepted, this, &MainWindow::showAccepted); // once they are in
    connect(m_review, &ReviewPanel::pendingChanged, this, [this](int articles) {
        m_sideTabs->setTabText(m_sideTabs->indexOf(m_review),
                               articles ? tr("Review (%1)").arg(articles) : tr("Review"));
    });
    connect(m_search, &SearchBox::nodeChosen, this, &MainWindow::selectNode);
    connect(m_search, &SearchBox::documentChosen, this, &MainWindow::openDocument);
    m_search->setTextSearch([this](const QString &query) { return m_project->searchText(query, 10); });
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<LoadedGraph>>::finished, this, &MainWindow::onLoadFinished);
    connect(&m_exportWatcher, &QFutureWatcher<ExportResult>::finished, this, &MainWindow::onExportFinished);
    connect(&m_importWatcher, &QFutureWatcher<QList<ImportedArticle>>::finished, this, &MainWindow::onArticlesRead);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !m_recovered)
            m_recovery->discard(); // back to what is saved: no copy needed
        updateTitle();
    });
    connect(m_project, &Project::pathChanged, this, &MainWindow::updateTitle);
    // Unsaved work is copied for recovery now and then, off the GUI thread.
    m_autosaveTimer->setInterval(60000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();
    connect(&m_autosaveWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_autosaveWatcher.result();
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(error), 8000);
            return;
        }
        if (!isModified()) // saved meanwhile: the copy is not needed
            m_recovery->discard();
        Q_EMIT autosaved(m_recovery->path());
    });

    createCharts();
    createActions();
    resize(1440, 900);
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The parts below go after this one: nothing they say on the way out
    // may reach a window that is half gone.
    qApp->removeEventFilter(this);
    for (QObject *part : std::initializer_list<QObject *>{m_undoStack, m_project, m_selection, m_document, m_scene})
        disconnect(part, nullptr, this, nullptr);
    m_autosaveWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
    m_layoutRunner->stopAndWait();
    m_exportWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project"), this, &MainWindow::newProject)->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(tr("Open &Bundled Corpus"), this, &MainWindow::openBundledCorpus);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Articles (text, Markdown, HTML)…"), this, &MainWindow::chooseArticles);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    file->addSeparator();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::chooseSaveAs)->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    file->addSeparator();
    QAction *exportGraph = file->addAction(tr("Export &Graph File (JSON, GraphML, GEXF, DOT, CSV)…"), this,
                                           &MainWindow::chooseGraphExport);
    exportGraph->setObjectName(QStringLiteral("exportGraphAction"));
    exportGraph->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QAction *exportPictureAction = file->addAction(tr("Export &Picture (PNG, SVG, PDF)…"), this,
                                                   &MainWindow::exportPicture);
    exportPictureAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoHistory"));
    auto *undoView = new QUndoView(m_undoStack, m_undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    QAction *editElement = edit->addAction(tr("&Edit Selected Element…"), m_inspector, &InspectorPanel::startEditing);
    editElement->setObjectName(QStringLiteral("editElementAction"));
    editElement->setShortcut(Qt::Key_F2);
    QAction *history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_Z);
    edit->addAction(history);
    edit->addSeparator();
    edit->addAction(tr("Copy &Citation of the Quote"), this, [this] {
        if (!m_evidence->copyCitation())
            statusBar()->showMessage(tr("Choose a quote in the Evidence list first."), 6000);
    })->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_curation->addActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit to Window"), m_view, &GraphView::fitAll);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *overview = view->addAction(tr("Overview &Map"));
    overview->setObjectName(QStringLiteral("overviewMapAction"));
    overview->setToolTip(tr("The whole graph in the canvas's corner while zoomed in; click it to go there"));
    overview->setCheckable(true);
    overview->setChecked(true);
    connect(overview, &QAction::toggled, m_view->minimap(), &Minimap::setWanted);
    view->addSeparator();
    m_showDocumentsAction = view->addAction(tr("Show &Documents and Mentions"));
    m_showDocumentsAction->setCheckable(true);
    connect(m_showDocumentsAction, &QAction::toggled, this, &MainWindow::setShowDocuments);
    view->addAction(m_actorsView->action());
    QMenu *sizeMenu = view->addMenu(tr("Node &Size"));
    auto *sizeGroup = new QActionGroup(this);
    for (const auto &[measure, text] : {std::pair{QStringLiteral("degree"), tr("By &Degree")},
                                        std::pair{QStringLiteral("betweenness"), tr("By &Betweenness")},
                                        std::pair{QStringLiteral("mentions"), tr("By &Mentions in the Articles")}}) {
        QAction *action = sizeMenu->addAction(text, this, [this, measure = measure] { setNodeSizeMeasure(measure); });
        action->setCheckable(true);
        action->setChecked(measure == m_sizeMeasure);
        action->setData(measure);
        action->setObjectName(QStringLiteral("nodeSize_") + measure);
        sizeGroup->addAction(action);
        m_sizeActions.append(action);
    }
    view->addSeparator();
    QAction *timelineAction = m_timelineDock->toggleViewAction();
    timelineAction->setText(tr("&Timeline"));
    timelineAction->setShortcut(Qt::CTRL | Qt::Key_T);
    view->addAction(timelineAction);
    QAction *analyticsAction = m_analyticsDock->toggleViewAction();
    analyticsAction->setText(tr("&Analytics"));
    analyticsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    view->addAction(analyticsAction);

    // Back and forward through what was selected, as in a browser.
    view->addSeparator();
    m_backAction = view->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), m_selection,
                                   &Selection::back);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    // Alt+Left, and the platform's own Back key where it differs (one action
    // may not hold a shortcut twice: Qt calls that ambiguous and does nothing).
    const auto distinct = [](QKeySequence mine, QKeySequence::StandardKey platform) {
        QList<QKeySequence> keys{mine};
        for (const QKeySequence &key : QKeySequence::keyBindings(platform)) {
            if (!keys.contains(key))
                keys.append(key);
        }
        return keys;
    };
    m_backAction->setShortcuts(distinct(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_backAction->setToolTip(tr("Back to what was selected before (Alt+Left, the mouse's back button)"));
    m_forwardAction = view->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), m_selection,
                                      &Selection::forward);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcuts(distinct(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forwardAction->setToolTip(tr("Forward again (Alt+Right, the mouse's forward button)"));
    const auto updateHistory = [this] {
        m_backAction->setEnabled(m_selection->canGoBack());
        m_forwardAction->setEnabled(m_selection->canGoForward());
    };
    connect(m_selection, &Selection::historyChanged, this, updateHistory);
    updateHistory();
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they are pressed

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_backAction->setIconText(QStringLiteral("\u2190"));
    m_forwardAction->setIconText(QStringLiteral("\u2192"));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    toolbar->addAction(tr("Fit"), m_view, &GraphView::fitAll)->setToolTip(tr("Fit the graph to the window (Ctrl+0)"));
    addLayoutMenu(this, toolbar);
    toolbar->addAction(m_showDocumentsAction);
    toolbar->addAction(m_actorsView->action());
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    QAction *find = new QAction(tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    view->addAction(find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Threadline"), this, [this] {
        QMessageBox::about(this, tr("About Threadline"),
                           tr("<h3>Threadline %1</h3><p>A knowledge-graph explorer for news: "
                              "who met whom, when and where, and who said what — with the "
                              "source sentence behind every fact.</p>")
                               .arg(QStringLiteral(THREADLINE_VERSION)));
    });
}

bool MainWindow::isLoading() const
{
    return m_loadUnhandled || m_comingGraph;
}

bool MainWindow::showsNoSourcesBanner() const
{
    return m_noSourcesBanner->isVisible();
}

bool MainWindow::showsImportNotesBanner() const
{
    return m_importNotesBanner->isVisible();
}

bool MainWindow::isLayingOut() const
{
    return m_layoutRunner->isRunning();
}

void MainWindow::openBundledCorpus()
{
    if (maybeSave())
        startLoad(QString());
}

void MainWindow::openFile(const QString &path)
{
    if (maybeSave())
        startLoad(path);
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    LoadedGraph empty;
    applyGraph(std::move(empty));
    Q_EMIT graphLoaded();
}

void MainWindow::startLoad(const QString &path)
{
    if (isLoading())
        return;
    m_loadCancelled = false;
    m_loadUnhandled = true;
    const ViewFilter filter = openingFilter();
    const qsizetype layoutAfterAbove = m_layoutAfterOpeningAbove;
    // Handed over in a shared pointer: QFuture::result() copies, and a copy
    // of 100k nodes and 500k edges took 0.2 s (takeResult() leaves a future
    // that waitForFinished() never returns from, Qt 6.4).
    // A large graph's shape comes back while its edges are still read.
    const auto shapeRead = [this](std::shared_ptr<const ComingShape> shape) {
        QMetaObject::invokeMethod(
            this, [this, shape] { onShapeRead(shape); }, Qt::QueuedConnection);
        if (m_afterShapeRead)
            m_afterShapeRead();
    };
    // Cancel stops the reading itself (graph files; a project or the
    // bundled corpus reads in well under a second).
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_loadCancelFlag = cancelled;
    m_loadWatcher.setFuture(QtConcurrent::run([path, filter, layoutAfterAbove, shapeRead, cancelled] {
        const ReadCancellation cancellation(cancelled.get());
        return std::make_shared<LoadedGraph>(loadForWindow(path, filter, layoutAfterAbove, shapeRead));
    }));
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(tr("Opening"));
        m_progress->setRange(0, 0); // busy: reading and layout report no steps yet
        m_progress->setMinimumDuration(400);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_loadCancelled = true;
            if (m_loadCancelFlag)
                *m_loadCancelFlag = true; // the reader stops at its next element
            dropComingShape();            // and the early layout now
        });
    }
    m_progress->setLabelText(path.isEmpty() ? tr("Opening the bundled corpus…")
                                            : tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_progress->reset();
    m_progress->show();
    statusBar()->showMessage(m_progress->labelText());
}

void MainWindow::onLoadFinished()
{
    m_loadUnhandled = false;
    m_progress->hide();
    // "--select TEXT" belongs to the file it came with, whatever happens to it.
    const QString select = std::exchange(m_selectAfterLoad, QString());
    if (m_loadCancelled) {
        dropComingShape();
        statusBar()->showMessage(tr("Opening cancelled; nothing changed."), 5000);
        return;
    }
    std::shared_ptr<LoadedGraph> result = m_loadWatcher.result();
    LoadedGraph &loaded = *result;
    if (!loaded.result.ok) {
        dropComingShape();
        // Keep what is open; say what went wrong and where.
        m_lastError = loaded.result.error.toString();
        statusBar()->showMessage(tr("Could not open: %1").arg(m_lastError));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not open the file"), m_lastError,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (loaded.layOutAfterOpening && loaded.layoutJob && loaded.layoutFilter == openingFilter()) {
        // A large graph: its layout runs on the other core, started when the
        // reader told its shape or now. Building its canvas keeps the GUI
        // thread from painting for a second or more, so the layout's first
        // useful picture is shown first and stays up meanwhile.
        const bool started = m_comingShape && m_comingShape->job == loaded.layoutJob
            && m_layoutRunner->isRunningForComingGraph();
        if (!started) {
            dropComingShape();
            auto shape = std::make_shared<ComingShape>();
            shape->job = loaded.layoutJob;
            shape->kinds = previewKinds(loaded.graph, *loaded.layoutJob);
            shape->filter = loaded.layoutFilter;
            m_comingShape = std::move(shape);
            m_layoutRunner->startForComingGraph(loaded.layoutJob);
        }
        m_comingGraph = std::move(result);
        m_comingSelect = select;
        statusBar()->showMessage(tr("Laying out %1…").arg(m_comingGraph->path.isEmpty()
                                                              ? tr("the bundled corpus")
                                                              : QFileInfo(m_comingGraph->path).fileName()));
        if (m_view->isShowingPreview())
            openComingGraph(); // its picture is up already
        else
            m_comingDeadline->start();
        return;
    }
    dropComingShape(); // a layout started from the shape for a filter since changed
    finishOpening(std::move(loaded), select);
}

void MainWindow::onShapeRead(std::shared_ptr<const ComingShape> shape)
{
    // Cancelled meanwhile, or the filter changed: the graph is laid out
    // once it is read, for what is shown then.
    if (m_loadCancelled || shape->filter != openingFilter() || !shape->job || shape->job->ids.isEmpty())
        return;
    // A second shape: the reader's, where the skim's was not the same.
    const bool again = m_comingShape != nullptr;
    dropComingShape();
    m_comingShape = std::move(shape);
    m_layoutRunner->startForComingGraph(m_comingShape->job);
    if (!again)
        m_progress->setLabelText(m_progress->labelText() + QLatin1Char('\n')
                                 + tr("Laying out %L1 nodes while the file is read…").arg(m_comingShape->job->ids.size()));
}

void MainWindow::onComingGraphPicture()
{
    if (!m_comingShape)
        return;
    if (!m_view->isShowingPreview()) {
        // Useful: nodes on enough different points to show the graph's
        // shape (a coarse level heaps the nodes each coarse node stands for).
        const qsizetype nodes = m_comingShape->job->ids.size();
        if (distinctPlaces(m_layoutRunner->waitingPicture()) < std::min<qsizetype>(comingGraphPlaces, nodes / 4))
            return;
        showComingPreview();
    } else if (!m_comingGraph) {
        // Still reading: the preview follows the layout, now and then.
        m_comingPreviewStale = true;
        const qint64 since = m_comingPreviewDrawn.elapsed();
        if (since >= comingPreviewIntervalMs)
            showComingPreview();
        else if (!m_comingPreviewTimer->isActive())
            m_comingPreviewTimer->start(int(comingPreviewIntervalMs - since));
        return;
    } else {
        m_comingPreviewStale = true;
    }
    if (m_comingGraph)
        openComingGraph();
}

void MainWindow::showComingPreview()
{
    const QHash<NodeId, QPointF> picture = m_layoutRunner->waitingPicture();
    if (!m_comingShape || picture.isEmpty())
        return;
    const qreal dpr = m_view->viewport()->devicePixelRatioF();
    const qsizetype nodes = m_comingShape->job->ids.size();
    const size_t edges = m_comingShape->job->input.edges.size();
    const QString caption = m_comingGraph
        ? tr("Building the canvas of %L1 nodes and %L2 edges…").arg(nodes).arg(edges)
        : tr("Laying out %L1 nodes and %L2 edges while the file is read…").arg(nodes).arg(edges);
    m_view->showPreview(drawOpeningPreview(m_comingShape->kinds, *m_comingShape->job, picture,
                                           m_view->viewport()->size() * dpr, dpr, caption));
    m_comingPreviewStale = false;
    m_comingPreviewDrawn.start();
}

void MainWindow::dropComingShape()
{
    m_comingDeadline->stop();
    m_comingPreviewTimer->stop();
    if (std::exchange(m_comingShape, nullptr))
        m_layoutRunner->abandonComingGraph();
    m_comingPreviewStale = false;
    m_view->hidePreview();
}

void MainWindow::openComingGraph()
{
    if (!m_comingGraph || m_comingOpens)
        return;
    m_comingOpens = true;
    m_comingDeadline->stop();
    m_comingPreviewTimer->stop();
    showComingPreview(); // the newest picture, and what is under way now
    // On the next turn of the event loop: the preview reaches the screen
    // before the canvas is built.
    QTimer::singleShot(0, this, [this] {
        const std::shared_ptr<LoadedGraph> coming = std::exchange(m_comingGraph, nullptr);
        m_comingOpens = false;
        m_comingShape.reset(); // its run is the graph's from the reset on
        finishOpening(std::move(*coming), std::exchange(m_comingSelect, QString()));
        m_view->hidePreview();
    });
}

void MainWindow::finishOpening(LoadedGraph loaded, const QString &select)
{
    applyGraph(std::move(loaded));
    if (!select.isEmpty())
        selectBestMatch(select);
    Q_EMIT graphLoaded();
}

void MainWindow::openAndSelect(const QString &path, const QString &text)
{
    if (isLoading())
        return;
    m_selectAfterLoad = text;
    if (path.isEmpty())
        openBundledCorpus();
    else
        openFile(path);
    if (!isLoading()) // refused (unsaved changes kept): nothing to select in
        m_selectAfterLoad.clear();
}

void MainWindow::applyGraph(LoadedGraph loaded)
{
    m_placingOpenedGraph = false; // the reset drops a layout under way, unannounced
    // A large graph's layout was started by onLoadFinished, before its
    // scene is built (a second for 500k edges): it runs on the other core
    // meanwhile, and its newest picture is on the scene before the first
    // paint.
    const bool layingOutAlready = loaded.layOutAfterOpening && m_layoutRunner->isRunningForComingGraph();
    if (!layingOutAlready && m_comingShape)
        dropComingShape(); // a graph still being read is laid out when it comes
    // Built straight at the layout's newest picture, not at a spiral moved after.
    const bool builtAtPicture = layingOutAlready && m_layoutRunner->hasWaitingPicture();
    if (builtAtPicture)
        m_scene->setStandInPositions(m_layoutRunner->takeWaitingPicture());
    const auto noStandIn = qScopeGuard([this] { m_scene->setStandInPositions({}); });
    m_inspector->clear(); // the panels show nothing of the old graph from here on
    m_evidence->clear();
    m_source->clear();
    m_undoStack->clear(); // the edits were of the graph that goes
    m_layoutJoins = nullptr; // and the step a layout was to join
    m_fitJoins = nullptr;    // or had joined
    m_recovered = false;
    // A project opens limited as it was saved; one saved before its view
    // kept that, in the standard view. Other files keep the Filter tab's
    // choices.
    std::optional<SavedLimits> limits;
    if (loaded.isProject && !(limits = project::readLimits(loaded.viewState, loaded.graph))) {
        const bool documents = m_showDocumentsAction && m_showDocumentsAction->isChecked();
        const ViewFilter standard = documents ? ViewFilter() : ViewFilter::standard();
        limits = SavedLimits{standard.hiddenKinds, standard.hiddenRelations, standard.hiddenDocuments, {}, {}};
    }
    // The reset builds the canvas, once, for what it will show: not first
    // for the filter of the graph that goes, then again.
    const ViewFilter shownFilter = m_scene->filter();
    m_scene->setFilterForReset(limitedFilter(limits, loaded.graph));
    {
        const QSignalBlocker quiet(m_timeline); // its brush goes with the graph: not a step
        if (loaded.isProject) {
            ProjectContent content{std::move(loaded.graph), std::move(loaded.positions), std::move(loaded.pinned),
                                   std::move(loaded.hidden), loaded.revision, loaded.viewState};
            QString error;
            if (!m_project->take(loaded.path, std::move(content), &error)) {
                m_scene->setFilterForReset(shownFilter); // the graph shown stays
                m_lastError = QStringLiteral("%1: %2").arg(loaded.path, error);
                m_layoutRunner->abandonComingGraph();
                QMessageBox::warning(this, tr("Could not open the project"), m_lastError);
                return;
            }
        } else {
            m_document->reset(std::move(loaded.graph), std::move(loaded.positions));
            m_project->detach(); // not saved anywhere yet
        }
    }
    if (!loaded.path.isEmpty())
        addRecentFile(loaded.path);
    m_path = loaded.path;
    m_lastError.clear();
    restoreLimits(limits);
    m_filterPanel->setState(graph(), m_filter);
    if (m_sceneFilterStale) {
        rebuildScene();
    } else {
        updateLegend(); // the reset's came before the filter
        updateStatus();
    }
    m_view->fitAll();
    if (!loaded.viewState.isEmpty())
        m_view->restoreViewState(loaded.viewState); // where the project was left
    // Articles without a graph yet: the documents are what there is to see.
    m_sideTabs->setCurrentWidget(graph().nodeCount() == 0 && !graph().documents().isEmpty()
                                     ? static_cast<QWidget *>(m_documents)
                                     : static_cast<QWidget *>(m_evidence));
    m_noSourcesBanner->setVisible(graph().documents().isEmpty() && graph().nodeCount() > 0);
    const QString name = m_path.isEmpty() ? tr("Bundled corpus") : QFileInfo(m_path).fileName();
    updateTitle();
    m_positionsFromFile = loaded.positionsFromFile;
    if (loaded.layOutAfterOpening) {
        // Shown now, laid out from here: its pictures stream in and the view
        // follows them while it stays fitted.
        if (!layingOutAlready)
            m_layoutRunner->start(std::nullopt, m_filter);
        m_placingOpenedGraph = true;
        if (builtAtPicture)
            m_layoutRunner->sceneBuiltAtPicture(); // a newer picture after the first paint
        else
            m_layoutRunner->applyWaitingPicture();
    }
    m_importNotes = loaded.result.warnings;
    if (m_importNotes.isEmpty()) {
        m_importNotesBanner->hide();
    } else {
        m_importNotesBanner->setText(
            tr("%1 came with %n note(s) on what Threadline could not keep as it was. <a href=\"#notes\">Show "
               "the notes</a>",
               nullptr, int(m_importNotes.size()))
                .arg(name.toHtmlEscaped()));
        m_importNotesBanner->show();
    }
    statusBar()->showMessage(m_positionsFromFile ? tr("Opened %1, laid out as in the file").arg(name)
                                                 : tr("Opened %1").arg(name),
                             8000);
}

void MainWindow::showImportNotes()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Notes on the import"),
                                tr("What could not be kept as it was in the file:"), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importNotesBox"));
    box->setInformativeText(m_importNotes.mid(0, 8).join(QStringLiteral("\n\n"))
                            + (m_importNotes.size() > 8 ? tr("\n\n… and %1 more under Show Details.")
                                                              .arg(m_importNotes.size() - 8)
                                                        : QString()));
    box->setDetailedText(m_importNotes.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

const KnowledgeGraph &MainWindow::graph() const
{
    return m_document->graph();
}

void MainWindow::rebuildScene()
{
    m_sceneFilterStale = false;
    m_scene->setFilter(m_filter);
    updateLegend();
    updateStatus();
}

void MainWindow::updateLegend()
{
    m_legend->setEntries(legendEntries(graph(), m_filter));
    // The legend sits over the canvas's top left: the fit keeps the graph
    // beside it or below it.
    m_view->setOverlayCorner(QSize(m_legend->geometry().right() + 6, m_legend->geometry().bottom() + 6));
}

void MainWindow::relayout()
{
    m_layoutJoins = nullptr; // a layout of the user's own is its own step
    m_placingOpenedGraph = false; // the user's layout replaces the opening one, and is undoable
    m_layoutRunner->start(std::nullopt, m_filter);
    statusBar()->showMessage(tr("Laying out %1 nodes…").arg(m_filter.visibleNodes(graph()).size()));
}

void MainWindow::layOut(LayoutKind kind)
{
    const qsizetype shown = m_filter.visibleNodes(graph()).size();
    if (kind == LayoutKind::KamadaKawai && shown > LayoutRunner::kamadaKawaiLimit) {
        statusBar()->showMessage(tr("Kamada–Kawai lays out up to %1 shown nodes; this view shows %2. "
                                    "Multilevel lays out graphs of any size.")
                                     .arg(LayoutRunner::kamadaKawaiLimit)
                                     .arg(shown),
                                 8000);
        return;
    }
    NodeId focus = m_selection->currentNode();
    if (!m_scene->nodeItem(focus))
        focus = NodeId(); // not shown: the most connected node instead
    m_placingOpenedGraph = false; // as in relayout()
    m_layoutJoins = nullptr;
    m_layoutRunner->start(kind, m_filter, focus);
    statusBar()->showMessage(tr("Laying out %1 nodes…").arg(shown));
}

void MainWindow::onLayoutFinished(bool applied)
{
    ViewCommand *step = std::exchange(m_fitJoins, nullptr);
    if (std::exchange(m_placingOpenedGraph, false)) {
        if (m_sceneFilterStale)
            rebuildScene();
        if (applied && m_view->isFitted()) // unless the user zoomed or panned meanwhile
            m_view->fitAll();
        statusBar()->showMessage(applied ? tr("Laid out %n node(s).", nullptr, int(m_scene->visibleNodeCount()))
                                         : tr("Layout cancelled; the nodes stay where it had put them."),
                                 5000);
        Q_EMIT layoutFinished();
        return;
    }
    if (m_sceneFilterStale)
        rebuildScene();
    if (applied) {
        m_view->fitAll();
        // The step whose layout this was (documents shown for the first
        // time) moved the view: undo gives back the view the user had
        // before it, redo the one it ended with.
        const QString after = m_view->viewState();
        const bool stepOnTop = step && m_undoStack->index() > 0 && m_undoStack->command(m_undoStack->index() - 1) == step;
        if (stepOnTop && after != m_viewBeforeJoin) {
            step->joinView([this, after] { m_view->restoreViewState(after); },
                           [this, before = m_viewBeforeJoin] { m_view->restoreViewState(before); });
        }
        statusBar()->showMessage(tr("Laid out; Undo (Ctrl+Z) puts every node back."), 4000);
    } else {
        statusBar()->showMessage(tr("Layout cancelled; the nodes stay where they were."), 5000);
    }
    Q_EMIT layoutFinished();
}

void MainWindow::createCharts()
{
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setDocument(m_document, m_selection);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    connect(m_timeline, &TimelineView::nodeActivated, this, &MainWindow::selectNode);
    connect(m_timeline, &TimelineView::rangeBrushed, this, &MainWindow::showPeriod);
    connect(m_timeline, &TimelineView::rangeCleared, this, &MainWindow::showAllPeriods);

    m_analytics = new AnalyticsView(this);
    m_analytics->setObjectName(QStringLiteral("analytics"));
    m_analytics->setOnScreen(false); // until its dock says otherwise
    m_analytics->setDocument(m_document, m_selection);
    m_analyticsDock = new QDockWidget(tr("Analytics"), this);
    connect(m_analyticsDock, &QDockWidget::visibilityChanged, m_analytics, &AnalyticsView::setOnScreen);
    m_analyticsDock->setObjectName(QStringLiteral("analyticsDock"));
    m_analyticsDock->setWidget(m_analytics);
    addDockWidget(Qt::BottomDockWidgetArea, m_analyticsDock);
    tabifyDockWidget(m_timelineDock, m_analyticsDock);
    m_timelineDock->raise();
    connect(m_analytics, &AnalyticsView::nodeActivated, this, &MainWindow::selectNode);
    connect(m_analytics, &AnalyticsView::measuresReady, this, [this] {
        if (m_sizeMeasure == QLatin1String("betweenness"))
            applyNodeSizes();
    });
    resizeDocks({m_timelineDock}, {300}, Qt::Vertical);
}

void MainWindow::setNodeSizeMeasure(const QString &measure)
{
    m_sizeMeasure = measure;
    m_analytics->setWantedHidden(measure == QLatin1String("betweenness"));
    for (QAction *action : std::as_const(m_sizeActions))
        action->setChecked(action->data().toString() == measure);
    applyNodeSizes();
}

void MainWindow::applyNodeSizes()
{
    QHash<NodeId, qreal> shares;
    if (m_sizeMeasure == QLatin1String("betweenness")) {
        const QHash<NodeId, double> values = m_analytics->betweenness();
        double top = 0;
        for (double v : values)
            top = std::max(top, v);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            shares.insert(it.key(), top > 0 ? it.value() / top : 0);
        if (!m_analytics->isCurrent())
            statusBar()->showMessage(tr("Sizing nodes by betweenness once it is computed…"), 4000);
    } else if (m_sizeMeasure == QLatin1String("mentions")) {
        const QHash<NodeId, int> counts = actorMentions(graph());
        int top = 0;
        for (int c : counts)
            top = std::max(top, c);
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            shares.insert(it.key(), top > 0 ? double(it.value()) / top : 0);
        if (shares.isEmpty())
            shares.insert(NodeId(), 0); // no actors: every node at its smallest
    }
    m_scene->setNodeSizes(shares);
}

namespace {

QSet<NodeId> nodesOfPeriod(const KnowledgeGraph &graph, QDate from, QDate to)
{
    QSet<NodeId> happened = happenedBetween(graph, from, to);
    if (happened.isEmpty())
        happened.insert(NodeId()); // matches nothing: the canvas shows that nothing happened
    return happened;
}

} // namespace

// The rangeBrushed of a drag's end on the timeline (or of a period set in
// the Filter tab): one step.
void MainWindow::showPeriod(QDate from, QDate to)
{
    SavedLimits next = savedLimits();
    next.period = std::make_pair(from, to);
    next.focus.clear(); // a period replaces a focus
    const QLocale locale;
    pushLimits(next,
               tr("Show %1 to %2").arg(locale.toString(from, QLocale::ShortFormat),
                                      locale.toString(to, QLocale::ShortFormat)),
               tr("The canvas shows what happened from %1 to %2; Esc on the timeline or "
                  "Clear Range shows everything again.")
                   .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
}

namespace {

// The name of a Filter tab step: the row ticked or unticked ("Hide
// Statement"), or what changed where the step is more than one row.
QString filterStepName(const SavedLimits &before, const SavedLimits &after, const KnowledgeGraph &graph)
{
    const auto named = [](const QString &hide, const QString &show, const auto &was, const auto &is,
                          const auto &name) -> std::optional<QString> {
        const auto hides = is - was, shows = was - is;
        if (hides.size() + shows.size() != 1)
            return std::nullopt;
        return hides.isEmpty() ? show.arg(name(*shows.begin())) : hide.arg(name(*hides.begin()));
    };
    const int changedLists = int(before.hiddenKinds != after.hiddenKinds)
        + int(before.hiddenRelations != after.hiddenRelations) + int(before.hiddenDocuments != after.hiddenDocuments);
    if (changedLists == 1) {
        std::optional<QString> name;
        if (before.hiddenKinds != after.hiddenKinds)
            name = named(MainWindow::tr("Hide %1"), MainWindow::tr("Show %1"), before.hiddenKinds, after.hiddenKinds,
                         [](NodeKind kind) { return kindDisplayName(kind); });
        else if (before.hiddenRelations != after.hiddenRelations)
            name = named(MainWindow::tr("Hide %1"), MainWindow::tr("Show %1"), before.hiddenRelations,
                         after.hiddenRelations, [](const QString &relation) { return relation; });
        else
            name = named(MainWindow::tr("Hide What Only %1 Says"), MainWindow::tr("Show What Only %1 Says"),
                         before.hiddenDocuments, after.hiddenDocuments, [&graph](const QString &id) {
                             const Document *document = graph.document(id);
                             return document && !document->title.isEmpty() ? document->title : id;
                         });
        if (name)
            return *name;
    }
    return MainWindow::tr("Change Filter");
}

} // namespace

// A row of the Filter tab ticked or unticked: one step.
void MainWindow::applyFilterChoice(const QSet<NodeKind> &hiddenKinds, const QSet<QString> &hiddenRelations,
                                   const QSet<QString> &hiddenDocuments)
{
    const SavedLimits before = savedLimits();
    SavedLimits next = before;
    next.hiddenKinds = hiddenKinds;
    next.hiddenRelations = hiddenRelations;
    next.hiddenDocuments = hiddenDocuments;
    pushLimits(next, filterStepName(before, next, graph()));
}

void MainWindow::refreshFilterPanel()
{
    m_filterPanel->setState(graph(), m_filter);
}

// The timeline's rangeCleared (Esc, Clear Range, the Filter tab's period
// unticked): one step, when a period was shown.
void MainWindow::showAllPeriods()
{
    if (!m_period) { // a brush dropped before its drag ended
        m_filterPanel->clearPeriod();
        return;
    }
    SavedLimits next = savedLimits();
    next.period.reset();
    pushLimits(next, tr("Clear Period"), tr("The canvas shows every period again."), 5000);
}

CanvasFocus MainWindow::canvasFocus() const
{
    CanvasFocus focus;
    if (m_period)
        focus.period = m_period;
    else
        focus.nodes = m_filter.onlyNodes;
    return focus;
}

void MainWindow::setFocusNodes(const QSet<NodeId> &nodes, const QString &step, const QString &description)
{
    CanvasFocus focus;
    focus.nodes = nodes.isEmpty() ? QSet<NodeId>{NodeId()} : nodes;
    pushFocus(focus, step,
              canvasFocus().period ? tr("%1, instead of the period brushed on the timeline; Show All "
                                        "(right-click the canvas) shows everything again.")
                                         .arg(description)
                                   : tr("%1; Show All (right-click the canvas) shows everything again.").arg(description),
              0);
}

void MainWindow::clearFocus()
{
    m_filterPanel->clearPeriod();
    if (canvasFocus() == CanvasFocus())
        return;
    pushFocus(CanvasFocus(), tr("Show All"), tr("The canvas shows everything again."), 5000);
}

// Undo puts back the focus or period before, and where the view was
// looking then; redo shows the focus again, fitted.
void MainWindow::pushFocus(const CanvasFocus &focus, const QString &step, const QString &message, int timeout)
{
    const CanvasFocus before = canvasFocus();
    if (focus == before)
        return;
    const QString viewBefore = m_view->viewState();
    m_undoStack->push(new ViewCommand(
        step,
        [this, focus, message, timeout] {
            showFocus(focus);
            if (!focus.nodes.isEmpty())
                m_view->fitAll();
            statusBar()->showMessage(message, timeout);
        },
        [this, before, viewBefore] {
            statusBar()->clearMessage();
            showFocus(before);
            m_view->restoreViewState(viewBefore);
        }));
}

void MainWindow::showFocus(const CanvasFocus &focus)
{
    SavedLimits limits = savedLimits();
    limits.period = focus.period;
    limits.focus = focus.period ? QSet<NodeId>() : focus.nodes;
    showLimits(limits);
}

// Undo puts back every limit as it was before; the first redo is the
// gesture's own showing.
void MainWindow::pushLimits(const SavedLimits &next, const QString &step, const QString &message, int timeout)
{
    const SavedLimits before = savedLimits();
    if (next == before)
        return;
    auto *command = new ViewCommand(
        step,
        [this, next, message, timeout] {
            showLimits(next);
            if (!message.isEmpty())
                statusBar()->showMessage(message, timeout);
        },
        [this, before] {
            statusBar()->clearMessage();
            showLimits(before);
        });
    const QString viewBefore = m_view->viewState();
    m_layoutByLimits = false;
    m_undoStack->push(command);
    m_layoutJoins = std::exchange(m_layoutByLimits, false) ? command : nullptr;
    if (m_layoutJoins)
        m_viewBeforeJoin = viewBefore;
}

void MainWindow::showLimits(const SavedLimits &limits)
{
    const QSet<NodeId> before = m_filter.visibleNodes(graph());
    restoreLimits(limits);
    m_filterPanel->setChecks(m_filter);
    if (!m_sceneFilterStale)
        return;
    // Nodes never laid out (documents, hidden when the graph opened) need a
    // layout before they can be drawn (the scene follows when it is in);
    // the others keep their places.
    for (NodeId id : m_filter.visibleNodes(graph()))
        if (!before.contains(id) && !m_document->positions().contains(id)) {
            relayout();
            m_layoutByLimits = true;
            return;
        }
    rebuildScene();
}

SavedLimits MainWindow::savedLimits() const
{
    SavedLimits limits;
    limits.hiddenKinds = m_filter.hiddenKinds;
    limits.hiddenRelations = m_filter.hiddenRelations;
    limits.hiddenDocuments = m_filter.hiddenDocuments;
    limits.period = m_period;
    if (!m_period)
        limits.focus = m_filter.onlyNodes;
    return limits;
}

ViewFilter MainWindow::openingFilter() const
{
    ViewFilter filter = m_filter;
    filter.onlyNodes.clear();
    return filter;
}

ViewFilter MainWindow::limitedFilter(const std::optional<SavedLimits> &limits, const KnowledgeGraph &graph) const
{
    ViewFilter filter = openingFilter();
    if (limits) {
        filter.hiddenKinds = limits->hiddenKinds;
        filter.hiddenRelations = limits->hiddenRelations;
        filter.hiddenDocuments = limits->hiddenDocuments;
        filter.onlyNodes = limits->period ? nodesOfPeriod(graph, limits->period->first, limits->period->second)
                                          : limits->focus;
    }
    return filter;
}

void MainWindow::restoreLimits(const std::optional<SavedLimits> &limits)
{
    // The timeline's brush and the Filter tab's period follow, quietly:
    // what they would say is set here.
    m_period = limits ? limits->period : std::nullopt;
    {
        const QSignalBlocker quiet(m_timeline);
        if (m_period)
            m_timeline->setBrushedRange(m_period->first, m_period->second);
        else
            m_timeline->clearBrush();
    }
    if (m_period)
        m_filterPanel->setPeriod(m_period->first, m_period->second);
    else
        m_filterPanel->clearPeriod();
    m_filter = limitedFilter(limits, graph());
    m_sceneFilterStale = m_scene->filter() != m_filter;
    if (m_showDocumentsAction) {
        const QSignalBlocker quiet(m_showDocumentsAction);
        m_showDocumentsAction->setChecked(!m_filter.hiddenKinds.contains(NodeKind::Document));
    }
}

void MainWindow::setShowDocuments(bool show)
{
    if (m_showDocumentsAction && m_showDocumentsAction->isChecked() != show) {
        m_showDocumentsAction->setChecked(show); // re-enters through toggled
        return;
    }
    // One undo step, as a tick in the Filter tab is: the kinds and
    // relations of the standard view, or none hidden; a brushed period and
    // the documents left out stay. Documents never laid out are laid out
    // (showLimits).
    const ViewFilter standard = ViewFilter::standard();
    SavedLimits next = savedLimits();
    next.hiddenKinds = show ? QSet<NodeKind>() : standard.hiddenKinds;
    next.hiddenRelations = show ? QSet<QString>() : standard.hiddenRelations;
    if (next == savedLimits()) { // nothing to change: the button says so
        const QSignalBlocker quiet(m_showDocumentsAction);
        m_showDocumentsAction->setChecked(!m_filter.hiddenKinds.contains(NodeKind::Document));
        return;
    }
    pushLimits(next, show ? tr("Show Documents and Mentions") : tr("Hide Documents and Mentions"));
}

void MainWindow::updateStatus()
{
    m_emptyHint->setVisible(m_scene->visibleNodeCount() == 0);
    m_statusCounts->setText(tr("%1 nodes, %2 relationships shown · %3 documents")
                                .arg(m_scene->visibleNodeCount())
                                .arg(m_scene->visibleEdgeCount())
                                .arg(graph().documents().size()));
}

// After the review's Accept, where the new nodes went: the view fits the
// shown nodes the accepted articles give evidence for (new ones and those
// they were linked to). It fits the whole graph first (labels and the
// legend's corner reckoned), then closes in on them, up to natural size,
// unless they lie all over the graph: then the whole graph is their view.
// The selection stays as it was.
void MainWindow::showAccepted(const QList<Document> &articles)
{
    QSet<QString> accepted;
    for (const Document &article : articles)
        accepted.insert(article.id);
    QRectF bounds;
    for (NodeId id : graph().nodes()) {
        const NodeItem *item = m_scene->nodeItem(id);
        const QList<EvidenceSpan> &evidence = graph().node(id).evidence;
        if (item && item->isVisible() && std::any_of(evidence.cbegin(), evidence.cend(), [&](const EvidenceSpan &span) {
                return accepted.contains(span.document);
            }))
            bounds |= item->sceneBoundingRect();
    }
    if (bounds.isNull())
        return;
    m_view->fitAll();
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF wanted = bounds.adjusted(-40, -40, 40, 40);
    const qreal closer = std::min({shown.width() / wanted.width(), shown.height() / wanted.height(), 1.0 / m_view->zoom()});
    if (closer < 1.25)
        return; // spread over most of the graph
    m_view->zoomBy(closer);
    m_view->centerOn(bounds.center());
}

void MainWindow::selectNode(NodeId id)
{
    if (!graph().contains(id))
        return;
    m_selection->select(id);
    if (NodeItem *item = m_scene->nodeItem(id))
        m_view->centerOn(item);
}

bool MainWindow::selectBestMatch(const QString &text)
{
    const QList<SearchHit> hits = searchNodes(graph(), text, 1);
    if (hits.isEmpty()) {
        statusBar()->showMessage(tr("Nothing matches \"%1\"").arg(text), 8000);
        return false;
    }
    selectNode(hits.first().node);
    return true;
}

void MainWindow::selectEdge(EdgeId id)
{
    if (!graph().contains(id))
        return;
    m_selection->select(id);
    if (EdgeItem *item = m_scene->edgeItem(id))
        m_view->ensureVisible(item, 40, 40);
}

void MainWindow::showCurrent(bool openSource)
{
    if (m_selection->currentNode().isValid()) {
        showNodeDetails(m_selection->currentNode(), openSource);
    } else if (m_selection->currentEdge().isValid()) {
        showEdgeDetails(m_selection->currentEdge(), openSource);
    } else if (!m_selection->currentDocument().isEmpty()) {
        const QString id = m_selection->currentDocument();
        const DocumentCounts counts = countsByDocument(graph()).value(id);
        m_inspector->showDocument(id, counts.entities, counts.events, counts.statements);
        m_documents->setCurrentDocument(id);
        if (const Document *doc = graph().document(id); doc && openSource && m_source->documentId() != id)
            m_source->showSpan(*doc, 0, 0);
    } else if (m_selection->isEmpty()) {
        m_inspector->clear();
        m_evidence->clear();
    }
}

void MainWindow::openDocument(const QString &id)
{
    if (!graph().document(id))
        return;
    m_selection->selectDocument(id, nodesWithEvidenceIn(graph(), id));
    // Shown even when it was current already (the user asked again).
    m_source->showSpan(*graph().document(id), 0, 0);
}

void MainWindow::showNodeDetails(NodeId id, bool openSource)
{
    if (!graph().contains(id))
        return;
    const NodeData &node = graph().node(id);
    m_inspector->showNode(id);
    m_evidence->showEvidence(node.label, node.evidence, id);
    if (node.kind == NodeKind::Statement)
        m_statements->setCurrentStatement(id);
    if (openSource && !node.evidence.isEmpty()) {
        m_evidence->list()->setCurrentRow(0);
        openSpan(node.evidence.first());
    }
}

void MainWindow::showEdgeDetails(EdgeId id, bool openSource)
{
    if (!graph().contains(id))
        return;
    const EdgeData &edge = graph().edge(id);
    m_inspector->showEdge(id);
    const QString subject = QStringLiteral("%1 %2 %3")
                                .arg(graph().node(edge.source).label, relationPhrase(edge.relation, true),
                                     graph().node(edge.target).label);
    m_evidence->showEvidence(subject, edge.evidence);
    if (openSource && !edge.evidence.isEmpty()) {
        m_evidence->list()->setCurrentRow(0);
        openSpan(edge.evidence.first());
    }
}

// --- edits ------------------------------------------------------------------------

void MainWindow::push(std::unique_ptr<Edit> edit)
{
    m_curation->push(std::move(edit));
}

void MainWindow::onDocumentChanged()
{
    // What the panels show may have changed under them: show it again,
    // where it is, without jumping in the source.
    showCurrent(false);
    updateLegend();
    updateStatus();
}

void MainWindow::markMentions()
{
    const Document *doc = graph().document(m_source->documentId());
    if (!doc) {
        m_source->setMentions({}, {}, {});
        return;
    }
    if (!m_mentionIndex)
        m_mentionIndex = std::make_unique<MentionIndex>(graph());
    const KnowledgeGraph &g = graph();
    m_source->setMentions(
        m_mentionIndex->find(doc->text), [&g](NodeId id) { return kindStyle(g.node(id).kind).fill; },
        [&g](NodeId id) {
            return g.contains(id) ? QStringLiteral("%1 (%2)").arg(g.node(id).label, kindDisplayName(g.node(id).kind).toLower())
                                  : QString();
        });
}

void MainWindow::openSpan(const EvidenceSpan &span)
{
    const Document *doc = graph().document(span.document);
    if (!doc) {
        statusBar()->showMessage(tr("The source document \"%1\" is not in this graph.").arg(span.document), 8000);
        return;
    }
    m_source->showSpan(*doc, span.start, span.end);
}

void MainWindow::chooseFile()
{
    QSettings settings;
    QFileDialog dialog(this, tr("Open Graph"), settings.value(QStringLiteral("open/dir")).toString());
    dialog.setObjectName(QStringLiteral("openDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters(readableFilters());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("open/dir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::chooseGraphExport()
{
    const QList<GraphFormat> formats = {GraphFormat::Json, GraphFormat::GraphML, GraphFormat::Gexf, GraphFormat::Dot,
                                        GraphFormat::Csv};
    QStringList filters;
    for (GraphFormat format : formats)
        filters.append(graphFormatFilter(format));
    QSettings settings;
    const GraphFormat last = graphFormatFromName(settings.value(QStringLiteral("graphExport/format")).toString())
                                 .value_or(GraphFormat::GraphML);
    const QString stem = m_path.isEmpty() ? QStringLiteral("threadline") : QFileInfo(m_path).completeBaseName();
    QFileDialog dialog(this, tr("Export Graph File"), settings.value(QStringLiteral("graphExport/dir")).toString());
    dialog.setObjectName(QStringLiteral("exportGraphDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(graphFormatFilter(last));
    dialog.selectFile(stem + QLatin1Char('.') + graphFormatSuffix(last));
    // The ending follows the chosen format.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, &filters, &formats](const QString &filter) {
        const qsizetype index = filters.indexOf(filter);
        if (index >= 0)
            dialog.setDefaultSuffix(graphFormatSuffix(formats.at(index)));
    });
    dialog.setDefaultSuffix(graphFormatSuffix(last));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const qsizetype index = filters.indexOf(dialog.selectedNameFilter());
    const GraphFormat format = index >= 0 ? formats.at(index) : GraphFormat::Json;
    settings.setValue(QStringLiteral("graphExport/format"), graphFormatName(format));
    settings.setValue(QStringLiteral("graphExport/dir"), QFileInfo(path).absolutePath());
    exportGraphFile(path, format);
}

bool MainWindow::isExporting() const
{
    return m_exportWatcher.isRunning();
}

void MainWindow::exportGraphFile(const QString &path, GraphFormat format)
{
    if (isExporting())
        return;
    m_exportCancelled = std::make_shared<std::atomic<bool>>(false);
    // The worker gets its own copies: the window may change the graph meanwhile.
    m_exportWatcher.setFuture(QtConcurrent::run([graph = graph(), positions = m_scene->positions(), path, format,
                                                 cancelled = m_exportCancelled] {
        ExportResult result;
        result.format = format;
        const QList<SerializedFile> files = serializeGraph(path, format, graph, &result.warnings, &positions);
        // Cancelled while the files were being made: nothing is written.
        if (!cancelled->load())
            result.written = saveSerialized(files, &result.error);
        return result;
    }));
    if (!m_exportProgress) {
        m_exportProgress = new QProgressDialog(this);
        m_exportProgress->setWindowTitle(tr("Exporting"));
        m_exportProgress->setRange(0, 0);
        m_exportProgress->setMinimumDuration(400);
        m_exportProgress->setAutoReset(false);
        connect(m_exportProgress, &QProgressDialog::canceled, this, [this] {
            if (m_exportCancelled)
                m_exportCancelled->store(true);
        });
    }
    m_exportProgress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_exportProgress->reset();
    m_exportProgress->show();
    statusBar()->showMessage(m_exportProgress->labelText());
}

void MainWindow::onExportFinished()
{
    m_exportProgress->hide();
    const ExportResult result = m_exportWatcher.result();
    if (m_exportCancelled && m_exportCancelled->load()) {
        statusBar()->showMessage(tr("Export cancelled; nothing written."), 5000);
        Q_EMIT exportFailed(tr("cancelled"));
        return;
    }
    if (result.written.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), result.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT exportFailed(result.error);
        return;
    }
    const QString names = result.written.join(QStringLiteral(", "));
    statusBar()->showMessage(tr("Wrote %1").arg(names), 8000);
    if (!result.warnings.isEmpty()) {
        // Said, not silently dropped.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Exported with losses"),
                                    tr("Wrote %1. %2 cannot hold everything in this graph:")
                                        .arg(names, graphFormatFilter(result.format).section(QStringLiteral(" ("), 0, 0)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportLossesBox"));
        box->setInformativeText(result.warnings.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT graphExported(result.written);
}

ExportDialog *MainWindow::createExportDialog()
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    auto *dialog = new ExportDialog(graph(), m_scene->positions(), m_filter, visible, m_scene->selectedNodes(), this);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Wrote %1").arg(path), 8000); });
    return dialog;
}

void MainWindow::exportPicture()
{
    ExportDialog *dialog = createExportDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    // Articles are imported into the project; a graph file is opened.
    QStringList articles;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && articles::isArticleName(url.toLocalFile()))
            articles.append(url.toLocalFile());
    }
    if (!articles.isEmpty() && articles.size() == urls.size())
        importArticles(articles);
    else
        openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

// --- articles in -------------------------------------------------------------------

void MainWindow::chooseArticles()
{
    QSettings settings;
    QFileDialog dialog(this, tr("Import Articles"), settings.value(QStringLiteral("import/dir")).toString());
    dialog.setObjectName(QStringLiteral("importArticlesDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilters({articles::fileFilter(), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    settings.setValue(QStringLiteral("import/dir"), QFileInfo(dialog.selectedFiles().constFirst()).absolutePath());
    importArticles(dialog.selectedFiles());
}

bool MainWindow::isImporting() const
{
    return m_importWatcher.isRunning();
}

void MainWindow::importArticles(const QStringList &paths)
{
    if (isImporting() || paths.isEmpty())
        return;
    m_importCancelled = std::make_shared<std::atomic<bool>>(false);
    if (!m_importProgress) {
        m_importProgress = new QProgressDialog(this);
        m_importProgress->setWindowTitle(tr("Importing"));
        m_importProgress->setMinimumDuration(400);
        m_importProgress->setAutoReset(false);
        connect(m_importProgress, &QProgressDialog::canceled, this, [this] {
            if (m_importCancelled)
                m_importCancelled->store(true);
        });
    }
    m_importProgress->setRange(0, int(paths.size()));
    m_importProgress->setValue(0);
    m_importProgress->setLabelText(tr("Reading %n article(s) and finding what they say…", nullptr, int(paths.size())));
    m_importProgress->show();
    QPointer<QProgressDialog> progress = m_importProgress;
    m_importWatcher.setFuture(QtConcurrent::run([paths, cancelled = m_importCancelled, progress] {
        QList<ImportedArticle> read;
        for (const QString &path : paths) {
            if (cancelled->load())
                break; // stops between files: nothing is added
            const articles::ArticleResult r = articles::readArticle(path);
            read.append({path, r.ok, r.document, r.ok ? QString() : r.error.toString(), {}});
            if (r.ok) // what the rules find in it, for the review
                read.last().extraction =
                    extract::extractArticle(r.document.text, QDate::fromString(r.document.date, Qt::ISODate),
                                            r.document.outlet);
            QMetaObject::invokeMethod(progress, "setValue", Qt::QueuedConnection, Q_ARG(int, int(read.size())));
        }
        return read;
    }));
}

void MainWindow::onArticlesRead()
{
    m_importProgress->hide();
    if (m_importCancelled && m_importCancelled->load()) {
        statusBar()->showMessage(tr("Import cancelled; nothing added."), 5000);
        Q_EMIT articlesImported(0);
        return;
    }
    QList<Document> added;
    QList<extract::Extraction> proposals;
    QStringList already, failed;
    QSet<QString> ids;
    for (const ImportedArticle &article : m_importWatcher.result()) {
        if (!article.ok) {
            failed.append(article.error);
        } else if (graph().document(article.document.id) || ids.contains(article.document.id)) {
            const Document *there = graph().document(article.document.id);
            already.append(tr("%1 (as \"%2\")").arg(QFileInfo(article.path).fileName(),
                                                  there ? there->title : article.document.title));
        } else {
            ids.insert(article.document.id);
            added.append(article.document);
            proposals.append(article.extraction);
        }
    }
    if (!added.isEmpty()) {
        push(std::make_unique<AddDocumentsEdit>(added));
        for (qsizetype i = 0; i < added.size(); ++i)
            m_review->addProposals(added.at(i), proposals.at(i));
        m_sideTabs->setCurrentWidget(m_review);
        // Room to review: the proposals take half the side, the source a third.
        const int height = m_sideSplitter->height();
        m_sideSplitter->setSizes({height / 5, height / 2, height - height / 5 - height / 2});
        openDocument(added.constFirst().id);
    }
    const QString summary = tr("Imported %n article(s).", nullptr, int(added.size()));
    statusBar()->showMessage(summary, 8000);
    if (!already.isEmpty() || !failed.isEmpty()) {
        auto *box = new QMessageBox(failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                    tr("Import"), summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReportBox"));
        QStringList details;
        if (!already.isEmpty())
            details.append(tr("Already in the project, not added again:\n%1").arg(already.join(QLatin1Char('\n'))));
        if (!failed.isEmpty())
            details.append(tr("Could not be read:\n%1").arg(failed.join(QLatin1Char('\n'))));
        box->setInformativeText(details.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    updateStatus();
    Q_EMIT articlesImported(int(added.size()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this
            && (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            if (mouse->button() == Qt::BackButton)
                m_selection->back();
            else
                m_selection->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_loadWatcher.waitForFinished();
    m_layoutRunner->stopAndWait(); // a layout under way is not worth waiting for
    m_exportWatcher.waitForFinished();
    m_autosaveWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
    m_recovery->discard(); // saved, or let go on purpose
    event->accept();
}

// --- projects ------------------------------------------------------------------------

bool MainWindow::isModified() const
{
    return !m_undoStack->isClean() || m_recovered;
}

void MainWindow::updateTitle()
{
    QString name;
    if (!m_project->path().isEmpty())
        name = QFileInfo(m_project->path()).fileName();
    else if (!m_path.isEmpty())
        name = QFileInfo(m_path).fileName();
    else
        name = graph().nodeCount() > 0 ? tr("Bundled corpus") : tr("Untitled");
    setWindowTitle(tr("%1[*] — Threadline").arg(name));
    setWindowModified(isModified());
}

bool MainWindow::save()
{
    if (m_project->path().isEmpty()) {
        chooseSaveAs();
        return !isModified() && !m_project->path().isEmpty();
    }
    return saveAs(m_project->path());
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    const bool same = QFileInfo(path).absoluteFilePath() == m_project->path();
    const bool ok = same ? m_project->save(&error) : m_project->saveAs(path, &error);
    if (!ok) {
        // The edits stay in memory, unsaved; the message says where and why.
        m_lastError = error;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not save"), error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveFailedBox"));
        box->setInformativeText(tr("Nothing was lost: your changes are still here. Save them elsewhere with "
                                   "File → Save As."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_recovered = false;
    m_undoStack->setClean();
    m_recovery->discard();
    // Where the canvas is looking goes with it (apart from the graph: a
    // failure here loses nothing of the project, and says so).
    if (!project::writeViewState(m_project->path(), project::withLimits(m_view->viewState(), savedLimits()), &error))
        statusBar()->showMessage(error, 8000);
    m_path = m_project->path();
    addRecentFile(m_project->path());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(m_project->path()), 5000);
    return true;
}

void MainWindow::chooseSaveAs()
{
    QSettings settings;
    QFileDialog dialog(this, tr("Save Project"), settings.value(QStringLiteral("save/dir")).toString());
    dialog.setObjectName(QStringLiteral("saveProjectDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Threadline projects (*.%1)").arg(project::suffix)});
    dialog.setDefaultSuffix(project::suffix);
    const QString stem = !m_project->path().isEmpty() ? QFileInfo(m_project->path()).completeBaseName()
                         : !m_path.isEmpty()          ? QFileInfo(m_path).completeBaseName()
                                                      : tr("Untitled");
    dialog.selectFile(stem + QLatin1Char('.') + project::suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("save/dir"), QFileInfo(path).absolutePath());
    saveAs(path);
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to %1?").arg(windowTitle().section(QStringLiteral("[*]"), 0, 0)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard:
        m_recovery->discard();
        m_recovered = false;
        m_undoStack->setClean(); // what goes now goes on purpose
        return true;
    default: return false;
    }
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->start(milliseconds);
}

void MainWindow::autosave()
{
    if (!isModified() || m_autosaveWatcher.isRunning())
        return;
    // The worker writes copies: the user goes on editing meanwhile.
    m_autosaveWatcher.setFuture(QtConcurrent::run(
        [recovery = m_recovery.get(), graph = graph(), positions = m_document->positions(),
         pinned = m_document->pinned(), hidden = m_document->hidden(), project = m_project->path(),
         title = windowTitle().section(QStringLiteral("[*]"), 0, 0)] {
            QString error;
            recovery->write(graph, positions, pinned, hidden, project, title, &error);
            return error;
        }));
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryFile> files = m_recovery->leftBehind();
    if (files.isEmpty())
        return false;
    const RecoveryFile &file = files.first();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                    tr("Threadline stopped without saving %1. A copy from %2 was kept.")
                        .arg(file.title.isEmpty() ? tr("a graph") : file.title,
                             QLocale().toString(file.written.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryBox"));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == discard) {
        Recovery::remove(file);
        return false;
    }
    if (box.clickedButton() != recover)
        return false;
    ProjectContent content;
    const ReadResult read = project::read(file.path, content);
    if (!read.ok) {
        QMessageBox::warning(this, tr("Could not recover"), read.error.toString());
        return false;
    }
    m_loadWatcher.waitForFinished();
    m_inspector->clear();
    m_evidence->clear();
    m_source->clear();
    m_undoStack->clear();
    m_layoutJoins = nullptr;
    m_fitJoins = nullptr;
    m_scene->setFilterForReset(openingFilter()); // built once, as in applyGraph
    {
        const QSignalBlocker quiet(m_timeline);
        m_document->reset(std::move(content.graph), std::move(content.positions), std::move(content.pinned),
                          std::move(content.hidden));
    }
    restoreLimits(std::nullopt);
    m_filterPanel->setState(graph(), m_filter);
    if (m_sceneFilterStale) {
        rebuildScene();
    } else {
        updateLegend();
        updateStatus();
    }
    m_project->takeRecovered(file.projectPath);
    m_path = file.projectPath;
    m_recovered = true;
    Recovery::remove(file); // this session keeps it safe from here
    updateTitle();
    m_view->fitAll();
    statusBar()->showMessage(tr("Recovered; save it to keep it."), 8000);
    Q_EMIT graphLoaded();
    return true;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentFiles"), files.mid(0, 10));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    // Files moved or deleted since drop off the list.
    QStringList files = recentFiles();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &path) { return !QFileInfo::exists(path); }),
                files.end());
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    for (const QString &path : std::as_const(files)) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), this, [] { QSettings().remove(QStringLiteral("recentFiles")); });
    }
}

} // namespace threadline
