#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointF>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "extractor.h"
#include "graphfiles.h"
#include "graphio.h"
#include "oncelater.h"
#include "knowledgegraph.h"
#include "layout.h"
#include "savedview.h"
#include "viewfilter.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTimer;
class QUndoStack;

namespace threadline {

class DocumentsPanel;
class EvidencePanel;
class GraphDocument;
class GraphScene;
class Project;
class Recovery;
class GraphView;
class InspectorPanel;
class LegendWidget;
class SearchBox;
class Selection;
class SourceViewer;

// One article file as the import read it off the GUI thread.
struct ImportedArticle
{
    QString path;
    bool ok = false;
    Document document;
    QString error;
    extract::Extraction extraction; // what the rules propose, made off the GUI thread
};

// A large graph's layout job, made off the GUI thread from the shape its
// reader told before adding its edges (ShapeObserver), and its nodes' kinds
// for the preview: the window starts the layout and shows its first picture
// while the rest of the file is read.
struct ComingShape
{
    std::shared_ptr<const MultilevelJob> job;
    std::vector<NodeKind> kinds; // by the job's node index
    ViewFilter filter;           // what the job lays out
};

// What a load produces off the GUI thread.
struct LoadedGraph
{
    KnowledgeGraph graph;
    ReadResult result;
    QHash<NodeId, QPointF> positions;
    QString path; // empty for the bundled corpus
    bool positionsFromFile = false; // the file's own layout (GEXF viz:position)
    // Too large to lay out before showing it: the window lays it out once
    // it is shown (layoutAfterOpeningThreshold).
    bool layOutAfterOpening = false;
    // Its multilevel job, prepared with the graph (off the GUI thread) for
    // what `layoutFilter` shows; empty when the window must prepare it.
    std::shared_ptr<const MultilevelJob> layoutJob;
    ViewFilter layoutFilter;
    // A project file brings its view state and where its saves go.
    bool isProject = false;
    QSet<NodeId> pinned;
    QSet<NodeId> hidden;
    quint64 revision = 0;
    QString viewState; // the canvas's zoom and centre when it was saved
};

// What the canvas is limited to beyond the Filter tab's kinds, relations
// and documents: a focus on some nodes, a period brushed on the timeline,
// or neither. Each replaces the other.
struct CanvasFocus
{
    QSet<NodeId> nodes;                            // a focus; empty for none
    std::optional<std::pair<QDate, QDate>> period; // or the period's days

    friend bool operator==(const CanvasFocus &, const CanvasFocus &) = default;
};

// The window's size on a screen with `available` room (logical pixels):
// `preferred` where it fits, else the room less a frame and title bar.
QSize fittedWindowSize(QSize preferred, const QRect &available);

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Both load off the GUI thread; graphLoaded or loadFailed follows. A
    // project file (NAME.threadline) opens as the project; any other graph
    // file opens as a new, not yet saved project. Unsaved changes are
    // offered for saving first.
    void openBundledCorpus();
    void openFile(const QString &path);
    // Opens a file (the bundled corpus when empty) and selects the best
    // match for `text` in it: that file only, not the ones opened later.
    void openAndSelect(const QString &path, const QString &text);
    // An empty project.
    void newProject();
    // Save writes the changes to the project's file (Save As when it has
    // none); Save As writes the whole project to `path`. On failure a
    // message says why and the edits stay, unsaved.
    bool save();
    bool saveAs(const QString &path);
    // Unsaved changes: edits since the last save (undo back to it counts as
    // none), or recovered work.
    bool isModified() const;
    Project *project() const { return m_project; }
    // Asks what to do with unsaved changes (Save, Discard, Cancel); false
    // when the user cancels or the save fails.
    bool maybeSave();
    // Offers back work a crash left unsaved (a message box); called once
    // the window shows. True when something was recovered.
    bool offerRecovery();
    // How often unsaved work is copied for recovery (default one minute).
    void setAutosaveInterval(int milliseconds);
    const Recovery &recovery() const { return *m_recovery; }
    QStringList recentFiles() const;
    // Adds articles (.txt, .md, .html) to the project as documents: read off
    // the GUI thread with progress and cancel, added as one undoable step.
    // What was already in the project, and files that could not be read,
    // are listed in a message box; articlesImported follows.
    void importArticles(const QStringList &paths);
    bool isImporting() const;
    bool isLoading() const;
    // A layout runs (the worker, or the nodes gliding to their places).
    bool isLayingOut() const;
    // Graphs with more shown nodes than this (and no positions of their
    // own) open first and are laid out after, streaming in; the first
    // picture is not an edit, so it is not on the undo stack.
    void setLayoutAfterOpeningAbove(qsizetype nodes) { m_layoutAfterOpeningAbove = nodes; }
    // Tests: called on the reading thread right after a large graph's shape
    // went to the window, before its edges are added (the reader waits for
    // it to return).
    void setAfterShapeReadForTesting(std::function<void()> hook) { m_afterShapeRead = std::move(hook); }
    // Lays the visible graph out again off the GUI thread, the automatic
    // choice (Fruchterman–Reingold up to 1,000 shown nodes, multilevel
    // above); layoutFinished follows. A layout under way is cancelled.
    void relayout();
    // One of the Layout menu's layouts; Radial centres on the selected
    // node (the most connected when none is shown selected).
    void layOut(LayoutKind kind);
    class LayoutRunner *layoutRunner() const { return m_layoutRunner; }
    class LayoutStatus *layoutStatus() const { return m_layoutStatus; }

    const KnowledgeGraph &graph() const;
    // The graph and its view state; every edit goes through the undo stack
    // to it, and the canvas and panels follow its signals.
    GraphDocument *document() const { return m_document; }
    // The one selection the canvas and every panel share.
    Selection *selection() const { return m_selection; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QDockWidget *undoHistory() const { return m_undoDock; }
    // Every curation gesture of the Edit menu, the inspector's editor and
    // the source viewer, each one undo step.
    class CurationController *curation() const { return m_curation; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    InspectorPanel *inspector() const { return m_inspector; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    class StatementsPanel *statementsPanel() const { return m_statements; }
    class ReviewPanel *reviewPanel() const { return m_review; }
    class QTabWidget *sideTabs() const { return m_sideTabs; }
    class TimelineView *timelineView() const { return m_timeline; }
    class AnalyticsView *analyticsView() const { return m_analytics; }
    class FilterPanel *filterPanel() const { return m_filterPanel; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QDockWidget *analyticsDock() const { return m_analyticsDock; }
    // Canvas node size: "degree", "betweenness" or "mentions".
    void setNodeSizeMeasure(const QString &measure);
    QString nodeSizeMeasure() const { return m_sizeMeasure; }
    // Opens a document: its text in the source viewer, its metadata in the
    // inspector, the nodes it gives evidence for selected on the canvas.
    void openDocument(const QString &id);
    SourceViewer *sourceViewer() const { return m_source; }
    LegendWidget *legend() const { return m_legend; }
    SearchBox *searchBox() const { return m_search; }
    QString lastError() const { return m_lastError; }
    bool showsNoSourcesBanner() const;
    // What the last file opened could not bring across (shown in a bar
    // above the canvas, the whole list on request).
    QStringList importNotes() const { return m_importNotes; }
    bool showsImportNotesBanner() const;
    bool positionsFromFile() const { return m_positionsFromFile; }

    // Writes the whole graph as `format` (GEXF with the positions on the
    // canvas) off the GUI thread, with progress and cancel; graphExported or
    // exportFailed follows. What the format cannot hold is shown in a
    // message box, as is an error.
    void exportGraphFile(const QString &path, GraphFormat format);
    bool isExporting() const;

    void selectNode(NodeId id);
    void selectEdge(EdgeId id);
    // The export dialog for the current view, selection and layout.
    class ExportDialog *createExportDialog();
    // Selects the best search hit for text; false when nothing matches.
    bool selectBestMatch(const QString &text);
    void setShowDocuments(bool show);
    // What the canvas shows. Its "only these nodes" part is one state, set
    // by a focus on a node's neighbourhood or a period brushed on the
    // timeline; each replaces the other, and clearFocus ends either.
    const ViewFilter &viewFilter() const { return m_filter; }
    CanvasFocus canvasFocus() const;
    // Focuses the canvas on `nodes`, one undo step named `step` ("Focus on
    // Mark Rutte within 2 steps"); the status bar says `description`.
    void setFocusNodes(const QSet<NodeId> &nodes, const QString &step, const QString &description);
    // Show All: ends a focus or a brushed period, one undo step.
    void clearFocus();
    class PathPanel *pathPanel() const { return m_pathPanel; }
    class CanvasMenu *canvasMenu() const { return m_canvasMenu; }
    // View → Actors Only: the derived actor-to-actor picture, read-only.
    class ActorsView *actorsView() const { return m_actorsView; }

Q_SIGNALS:
    void graphLoaded();
    void loadFailed(const QString &message);
    void graphExported(const QStringList &paths);
    void autosaved(const QString &path);
    void articlesImported(int added);
    void exportFailed(const QString &message);
    void layoutFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createCharts();
    void applyNodeSizes();
    // The gestures of the Filter tab and the timeline's brush, each one
    // undo step (pushLimits): a period brushed or set by dates, the period
    // cleared, a row of the Filter tab ticked or unticked.
    void showPeriod(QDate from, QDate to);
    void showAllPeriods();
    void applyFilterChoice(const QSet<NodeKind> &hiddenKinds, const QSet<QString> &hiddenRelations,
                           const QSet<QString> &hiddenDocuments);
    void refreshFilterPanel();
    // Shows `focus` as it is, not an undo step.
    void showFocus(const CanvasFocus &focus);
    void pushFocus(const CanvasFocus &focus, const QString &step, const QString &message, int timeout);
    // One undo step from what the canvas is limited to now to `next`; the
    // status bar says `message` when it is done (and redone).
    void pushLimits(const SavedLimits &next, const QString &step, const QString &message = {}, int timeout = 0);
    // Shows `limits` as they are, not an undo step: the canvas, the Filter
    // tab and the timeline's brush, without their signals coming back.
    void showLimits(const SavedLimits &limits);
    // What the canvas is limited to, as the project keeps it; restoreLimits
    // puts it back on the graph (nullopt: the Filter tab's choices stay,
    // the focus or period goes) and leaves the canvas to the caller
    // (m_sceneFilterStale says whether it must be built again).
    SavedLimits savedLimits() const;
    void restoreLimits(const std::optional<SavedLimits> &limits);
    // The filter `limits` make of the window's, on `graph` (the open one,
    // or one about to be).
    ViewFilter limitedFilter(const std::optional<SavedLimits> &limits, const KnowledgeGraph &graph) const;
    // What a graph being opened is laid out for: the filter without the
    // focus or period, which name the nodes of the graph that goes.
    ViewFilter openingFilter() const;
    void startLoad(const QString &path);
    void onLoadFinished();
    // A large graph's layout has made a picture while the graph waits to
    // be shown: a useful one (or the deadline) shows it and opens the graph.
    void onComingGraphPicture();
    void openComingGraph();
    // The reader told a large graph's shape: its layout starts now, while
    // the edges are read.
    void onShapeRead(std::shared_ptr<const ComingShape> shape);
    void showComingPreview();
    // The coming graph's layout and preview go (cancelled, failed, replaced).
    void dropComingShape();
    void finishOpening(LoadedGraph loaded, const QString &select);
    void applyGraph(LoadedGraph loaded);
    void rebuildScene();
    void updateLegend();
    void onLayoutFinished(bool applied);
    // The panels show the selection's current element; openSource also
    // opens its first quote (on a new selection, not on an edit of it).
    void showCurrent(bool openSource);
    void showNodeDetails(NodeId id, bool openSource);
    void showEdgeDetails(EdgeId id, bool openSource);
    void push(std::unique_ptr<class Edit> edit);
    void onDocumentChanged();
    void showAccepted(const QList<Document> &articles);
    void openSpan(const EvidenceSpan &span);
    void markMentions();
    void updateStatus();
    void chooseGraphExport();
    void exportPicture();
    void chooseFile();
    void chooseSaveAs();
    void showImportNotes();
    void updateTitle();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    void autosave();
    void chooseArticles();
    void onArticlesRead();

    GraphDocument *m_document;
    Selection *m_selection;
    QUndoStack *m_undoStack;
    Project *m_project;
    std::unique_ptr<Recovery> m_recovery;
    QTimer *m_autosaveTimer;
    QFutureWatcher<QString> m_autosaveWatcher; // the error, empty on success
    QMenu *m_recentMenu = nullptr;
    QFutureWatcher<QList<ImportedArticle>> m_importWatcher;
    std::shared_ptr<std::atomic<bool>> m_importCancelled;
    QProgressDialog *m_importProgress = nullptr;
    bool m_recovered = false; // recovered work is unsaved until saved
    QDockWidget *m_undoDock = nullptr;
    class TimelineView *m_timeline = nullptr;
    class AnalyticsView *m_analytics = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_analyticsDock = nullptr;
    QString m_sizeMeasure = QStringLiteral("degree");
    class FilterPanel *m_filterPanel = nullptr;
    OnceLater m_filterRefresh{this, [this] { refreshFilterPanel(); }};
    bool m_documentChangedPending = false; // changed inside a beginChanges() scope
    QList<QAction *> m_sizeActions;
    QString m_path;
    ViewFilter m_filter = ViewFilter::standard();
    // The period the canvas shows (brushed on the timeline or set in the
    // Filter tab); m_filter.onlyNodes holds its nodes. The timeline's brush
    // moves under the mouse before the step is made: this is the one shown.
    std::optional<std::pair<QDate, QDate>> m_period;
    bool m_sceneFilterStale = false; // the filter changed; the scene follows when the layout is in
    int m_dragGesture = 0;
    QString m_lastError;

    GraphScene *m_scene;
    GraphView *m_view;
    LegendWidget *m_legend;
    InspectorPanel *m_inspector;
    EvidencePanel *m_evidence;
    DocumentsPanel *m_documents;
    class QTabWidget *m_sideTabs;
    class CurationController *m_curation;
    class StatementsPanel *m_statements;
    class ReviewPanel *m_review;
    class PathPanel *m_pathPanel;
    class CanvasMenu *m_canvasMenu;
    class ActorsView *m_actorsView;
    QSplitter *m_sideSplitter;
    QString m_selectAfterLoad; // --select, for the load under way
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    std::unique_ptr<class MentionIndex> m_mentionIndex; // made when first needed, dropped when names change
    OnceLater m_mentionsRefresh{this, [this] { markMentions(); }};
    QLabel *m_emptyHint;
    SourceViewer *m_source;
    SearchBox *m_search;
    QLabel *m_statusCounts;
    QLabel *m_noSourcesBanner;
    QLabel *m_importNotesBanner;
    QStringList m_importNotes;
    bool m_positionsFromFile = false;
    QAction *m_showDocumentsAction = nullptr;
    // A filter step's redo started a layout (showLimits), and the step that
    // layout joins when it ends (see pushLimits).
    bool m_layoutByLimits = false;
    class ViewCommand *m_layoutJoins = nullptr;
    QString m_viewBeforeJoin; // where the view looked when that step was pushed
    // The step the layout ending now joined: the fit that follows joins it
    // too (onLayoutFinished).
    class ViewCommand *m_fitJoins = nullptr;

    QFutureWatcher<std::shared_ptr<LoadedGraph>> m_loadWatcher;
    // Read, its layout under way, waiting for the layout's first useful
    // picture to show while its canvas is built (at most comingGraphWaitMs).
    std::shared_ptr<LoadedGraph> m_comingGraph;
    QString m_comingSelect;
    class QTimer *m_comingDeadline = nullptr;
    bool m_comingOpens = false; // its preview is up; it opens on the next turn
    // The coming graph's layout job, from its shape (while it is still read)
    // or from the loaded graph.
    std::shared_ptr<const ComingShape> m_comingShape;
    bool m_comingPreviewStale = false; // a newer picture than the preview's
    QElapsedTimer m_comingPreviewDrawn;
    class QTimer *m_comingPreviewTimer = nullptr; // draws a stale preview again
    std::function<void()> m_afterShapeRead;
    class LayoutRunner *m_layoutRunner = nullptr;
    class LayoutStatus *m_layoutStatus = nullptr;
    struct ExportResult
    {
        QStringList written;
        QStringList warnings;
        QString error;
        GraphFormat format = GraphFormat::Json;
    };
    QFutureWatcher<ExportResult> m_exportWatcher;
    QProgressDialog *m_exportProgress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_exportCancelled;
    void onExportFinished();
    QProgressDialog *m_progress = nullptr;
    bool m_loadCancelled = false;
    std::shared_ptr<std::atomic<bool>> m_loadCancelFlag; // the reader's
    // From startLoad until onLoadFinished has taken the result (the future
    // is finished a little before that).
    bool m_loadUnhandled = false;
    qsizetype m_layoutAfterOpeningAbove = layoutAfterOpeningThreshold;
    // The layout running is an opened graph's first picture: what it
    // places goes straight into the document, not onto the undo stack.
    bool m_placingOpenedGraph = false;
};

} // namespace threadline
