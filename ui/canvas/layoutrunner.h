#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

#include "ids.h"
#include "layout.h"
#include "viewfilter.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVariantAnimation;

namespace threadline {

class Edit;
class GraphDocument;
class GraphScene;

// Runs a layout of what the canvas shows on a worker thread, on a copy of
// the graph, while the user keeps browsing. The multilevel engine reports
// a percentage, pauses (the worker waits in its progress report), stops
// within a second when cancelled, and streams its picture so far onto the
// scene (at most ten times a second, fewer where moving the items is slow). The other layouts report nothing
// until they are done (well under a second at the sizes they are offered
// for); cancelling one drops its result.
//
// Streamed and animated positions go to the scene only; the document, and
// so the undo stack, sees one MoveEdit when the nodes have glided from
// where they were to where the layout put them. Pinned nodes never move,
// nor do nodes the user drags while a layout runs or glides: they stay
// where the user put them (their move is its own undo step).
// A cancelled layout puts back what the document holds: nothing moved, no
// step. Starting a layout while one runs cancels the first; a new graph
// (the document reset) drops whatever was under way.
class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    using Push = std::function<void(std::unique_ptr<Edit>)>;
    LayoutRunner(GraphDocument *document, GraphScene *scene, Push push, QObject *parent = nullptr);
    ~LayoutRunner() override;

    // A layout of what `filter` shows: `kind`, or when empty the automatic
    // choice (Fruchterman–Reingold up to multilevelThreshold nodes, the
    // multilevel engine above). Radial centres on `focus` (the most
    // connected node when invalid).
    void start(std::optional<LayoutKind> kind, const ViewFilter &filter, NodeId focus = {});
    // The opening layout of a graph the document is about to be reset to,
    // its multilevel job prepared off the GUI thread (by the loader). Its
    // worker starts now, so it runs on the other core while the scene is
    // built; it lives through that one reset (a later one drops it, as it
    // drops any run). Every node is new: none is pinned or placed.
    void startForComingGraph(std::shared_ptr<const MultilevelJob> job);
    // Drops the run started for a coming graph that did not come (the
    // project could not be taken): nothing of it may land on the old one.
    void abandonComingGraph();
    // A run started by startForComingGraph whose graph has not come yet.
    // Its pictures wait (comingGraphPicture() says one came); Pause and
    // Cancel take effect once the graph is there.
    bool isRunningForComingGraph() const;
    // A streamed picture has come that the scene does not show yet.
    bool hasWaitingPicture() const;
    // That picture (empty when none waits), left waiting.
    QHash<NodeId, QPointF> waitingPicture() const;
    // Puts that picture on the scene now (the opening layout's, made while
    // the scene was built): the first picture painted is then the layout's,
    // not the provisional spiral, which at 500k edges is a second's paint
    // for nothing.
    void applyWaitingPicture();
    // Takes that picture to build the scene at (it counts as streamed): a
    // scene built at the provisional spiral and then moved costs a second
    // more at 100k nodes before the first paint.
    QHash<NodeId, QPointF> takeWaitingPicture();
    // The scene has just been built at the taken picture, which has so
    // reached it (positionsStreamed): the next one waits its interval from
    // now, so the first paint comes before it.
    void sceneBuiltAtPicture();
    // The worker is running or the nodes are still gliding to their places.
    bool isRunning() const { return m_run != nullptr; }
    // This layout reports a percentage and can pause (the multilevel engine).
    bool hasProgress() const;
    int percent() const { return m_percent; } // -1 before the first report
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // The user's cancel: the positions the document holds come back on the
    // scene. The multilevel engine stops within a second and finished(false)
    // follows once it has returned. The other layouts cannot stop: their
    // run ends at once (finished(false) before this returns) and the worker
    // finishes unheard, unless nodes shown for the first time wait for its
    // positions.
    void cancel();
    // Cancels every worker and waits for it to return; nothing is applied
    // and no signal follows. For shutting down.
    void stopAndWait();
    // What the run under way is, for the status bar ("Multilevel").
    QString description() const;

    // How long the nodes glide to their new places (milliseconds).
    void setAnimationDuration(int ms) { m_animationMs = ms; }
    int animationDuration() const { return m_animationMs; }
    // Above this many moving nodes they jump to their places: each frame of
    // a glide moves every item and repaints the canvas, about half a second
    // at 30,000 nodes in view, so a glide would be two or three frozen
    // pictures, not motion.
    void setGlideLimit(qsizetype nodes) { m_glideLimit = nodes; }
    qsizetype glideLimit() const { return m_glideLimit; }
    static constexpr qsizetype defaultGlideLimit = 5000;
    // Pictures streamed onto the scene during the last run.
    int streamedFrames() const { return m_streamedFrames; }

    // Kamada–Kawai keeps an n×n matrix and has no way to stop: offered up
    // to this many shown nodes.
    static constexpr qsizetype kamadaKawaiLimit = multilevelThreshold;

Q_SIGNALS:
    void started();
    void progressChanged(int percent);
    void pausedChanged(bool paused);
    // An intermediate picture reached the scene.
    void positionsStreamed();
    // The run for a coming graph made a picture (see waitingPicture()).
    void comingGraphPicture();
    // The run started for a coming graph is the shown graph's from now on:
    // it can be paused and cancelled.
    void comingGraphArrived();
    // The new positions are in, as one undo step (applied), or the user
    // cancelled (nothing moved). Once per start, except for a run that a
    // newer start replaced or a new graph dropped.
    void finished(bool applied);
    // No run is under way any more, for whatever reason.
    void stopped();

private:
    struct Shared;
    struct Run;
    // Drops from `positions` the nodes the layout must leave where they
    // are: pinned, dragged during this run, or held by the mouse now.
    void leaveUsersNodes(QHash<NodeId, QPointF> &positions) const;
    void onProgress(quint64 generation, int percent);
    void onStreamReady(quint64 generation);
    void applyStream();
    void onWorkerFinished(quint64 generation);
    void animateTo(const QHash<NodeId, QPointF> &target);
    void onAnimationFinished();
    void restoreDocumentPositions();
    void endRun(bool applied, bool announce = true);
    void dropRun(); // a new graph: nothing of the old run applies
    void stopWorker();  // the run's worker is told to stop; it is among those leaving
    void stopCurrent(); // a newer run replaces it: its worker stops, its result goes
    void launch(std::unique_ptr<Run> run, std::shared_ptr<const MultilevelJob> job,
                std::shared_ptr<const KnowledgeGraph> graphCopy, const ViewFilter &filter, NodeId focus);

    GraphDocument *m_document;
    GraphScene *m_scene;
    Push m_push;
    int m_animationMs = 350;
    qsizetype m_glideLimit = defaultGlideLimit;
    quint64 m_generation = 0; // each start and each reset takes a new one
    std::unique_ptr<Run> m_run;
    // Workers still returning after their run was cancelled or replaced.
    QList<std::shared_ptr<Shared>> m_leaving;
    int m_percent = -1;
    bool m_paused = false;
    int m_streamedFrames = 0;
    QTimer *m_streamTimer;
    QElapsedTimer m_sinceStream;   // since the last picture began to be applied
    qint64 m_streamInterval = 100; // ms between pictures: 100, more where applying one is slow
    QVariantAnimation *m_animation;
    QHash<NodeId, QPointF> m_from, m_to;
    // Its own threads: the global pool may be busy with the analytics of a
    // large graph, and a layout must not wait behind them.
    QThreadPool m_pool;
};

// The status-bar face of a LayoutRunner: what runs, a percentage (or a busy
// bar), Pause/Resume and Cancel; empty while no layout runs.
class LayoutStatus : public QWidget
{
    Q_OBJECT

public:
    LayoutStatus(LayoutRunner *runner, QWidget *parent = nullptr);
    QProgressBar *bar() const { return m_bar; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    // A layout runs: the bar and buttons are shown.
    bool isActive() const;

private:
    void setActive(bool active);
    void showRunning();
    void showPaused(bool paused);

    LayoutRunner *m_runner;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_pause;
    QPushButton *m_cancel;
};

} // namespace threadline
