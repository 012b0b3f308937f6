#include "layoutrunner.h"

#include <QEasingCurve>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVariantAnimation>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <utility>

#include "edits.h"
#include "graphdocument.h"
#include "graphscene.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {

// At most ten streamed pictures a second: each one moves every item (and
// the view paints them again), and the user is browsing meanwhile.
constexpr qint64 streamIntervalMs = 100;
// Where moving the items takes long (10k nodes, a slow machine), fewer:
// the interval is at least this many times what the last picture took to
// apply, so streaming leaves most of the GUI thread to the user.
constexpr qint64 streamCostFactor = 4;

QString kindName(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::ForceDirected:
        return LayoutRunner::tr("Force-directed layout");
    case LayoutKind::KamadaKawai:
        return LayoutRunner::tr("Kamada–Kawai layout");
    case LayoutKind::Circle:
        return LayoutRunner::tr("Circle layout");
    case LayoutKind::Radial:
        return LayoutRunner::tr("Radial layout");
    case LayoutKind::Multilevel:
        return LayoutRunner::tr("Multilevel layout");
    case LayoutKind::Groups:
        return LayoutRunner::tr("Groups-apart layout");
    }
    return {};
}

} // namespace

// What the GUI thread and one worker share. The worker holds it too, so it
// outlives a run that was cancelled or replaced.
struct LayoutRunner::Shared
{
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable wake;
    bool paused = false; // under mutex
    std::mutex streamMutex;
    QHash<NodeId, QPointF> latest;          // under streamMutex: the newest picture
    std::atomic<bool> streamPending{false}; // a picture came that the GUI has not taken
    LayoutResult result;                    // the worker's, read once it has returned
    QFuture<void> future;

    void stop()
    {
        cancel = true;
        {
            const std::lock_guard lock(mutex);
            paused = false;
        }
        wake.notify_all();
    }
};

struct LayoutRunner::Run
{
    quint64 generation = 0;
    std::shared_ptr<Shared> shared;
    LayoutKind kind = LayoutKind::ForceDirected;
    bool progress = false;  // the multilevel engine: percent, pause, stream
    bool cancelled = false; // by the user
    bool animating = false;
    bool placesNew = false; // it shows nodes that have no place yet
    bool forComingGraph = false; // started before the reset it was made for
    bool workerDone = false;     // its worker returned before that reset
    // A picture in Shared::latest that the scene has not shown, noticed
    // while the run waited for its graph (streamPending is cleared then, so
    // that the worker's next picture is noticed too).
    bool pictureHeld = false;
    QSet<NodeId> draggedByUser; // while it ran or glided: left where the user put them
};

LayoutRunner::LayoutRunner(GraphDocument *document, GraphScene *scene, Push push, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_push(std::move(push)),
      m_streamTimer(new QTimer(this)), m_animation(new QVariantAnimation(this))
{
    // One thread for the run, one for a replaced run still on its way out.
    m_pool.setMaxThreadCount(2);
    m_streamTimer->setSingleShot(true);
    connect(m_streamTimer, &QTimer::timeout, this, &LayoutRunner::applyStream);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (!m_run || !m_run->animating)
            return;
        const qreal t = value.toReal();
        QHash<NodeId, QPointF> now;
        now.reserve(m_from.size());
        for (auto it = m_from.constBegin(); it != m_from.constEnd(); ++it)
            now.insert(it.key(), it.value() + (m_to.value(it.key()) - it.value()) * t);
        leaveUsersNodes(now);
        m_scene->setNodePositions(now);
    });
    // A node dragged while the layout runs stays where it was dropped.
    connect(m_scene, &GraphScene::nodesDragged, this, [this](const QHash<NodeId, QPointF> &positions) {
        if (!m_run)
            return;
        for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
            m_run->draggedByUser.insert(it.key());
    });
    connect(m_animation, &QVariantAnimation::finished, this, &LayoutRunner::onAnimationFinished);
    // A new graph: nothing computed for the old one may land on it.
    connect(m_document, &GraphDocument::aboutToReset, this, &LayoutRunner::dropRun);
}

LayoutRunner::~LayoutRunner()
{
    stopAndWait();
}

bool LayoutRunner::hasProgress() const
{
    return m_run && m_run->progress;
}

QString LayoutRunner::description() const
{
    return m_run ? kindName(m_run->kind) : QString();
}

void LayoutRunner::stopWorker()
{
    m_run->animating = false;
    m_animation->stop();
    m_streamTimer->stop();
    m_run->shared->stop();
    m_leaving.append(m_run->shared);
}

void LayoutRunner::stopCurrent()
{
    if (!m_run)
        return;
    stopWorker();
    m_run.reset();
}

void LayoutRunner::start(std::optional<LayoutKind> kind, const ViewFilter &filter, NodeId focus)
{
    stopCurrent(); // replaced: the old worker stops and its result goes
    const KnowledgeGraph &graph = m_document->graph();
    const QSet<NodeId> visible = filter.visibleNodes(graph);
    const qsizetype shown = visible.size();
    auto run = std::make_unique<Run>();
    for (NodeId id : visible) {
        if (!m_document->positions().contains(id)) {
            run->placesNew = true;
            break;
        }
    }
    // Force-directed means the automatic choice: above the threshold
    // Fruchterman–Reingold is too slow and the multilevel engine does it.
    run->kind = kind.value_or(LayoutKind::ForceDirected);
    if (run->kind == LayoutKind::ForceDirected && shown > multilevelThreshold)
        run->kind = LayoutKind::Multilevel;
    QHash<NodeId, QPointF> pinned;
    for (NodeId id : m_document->pinned()) {
        const auto at = m_document->positions().constFind(id);
        if (at != m_document->positions().constEnd())
            pinned.insert(id, *at);
    }

    // The worker gets what it needs of the graph, its own: the window may
    // edit it or open another meanwhile. The multilevel engine needs only
    // the shown nodes and their edges as index pairs, taken out here (a copy
    // of the whole graph took 0.7 s at 100k nodes and 500k edges); the
    // others, for small graphs, get a copy. Held by shared pointers: the
    // task is moved into the pool, and a lambda's copy of a const member
    // is a copy, not a move.
    std::shared_ptr<const MultilevelJob> job;
    std::shared_ptr<const KnowledgeGraph> graphCopy;
    if (isMultilevel(run->kind)) {
        LayoutControl given;
        given.pinned = pinned;
        MultilevelJob prepared = prepareMultilevelForView(graph, filter, visible, given);
        prepared.logAttraction = run->kind == LayoutKind::Groups;
        job = std::make_shared<const MultilevelJob>(std::move(prepared));
    } else {
        graphCopy = std::make_shared<const KnowledgeGraph>(graph);
    }
    launch(std::move(run), std::move(job), std::move(graphCopy), filter, focus);
}

void LayoutRunner::startForComingGraph(std::shared_ptr<const MultilevelJob> job)
{
    stopCurrent();
    auto run = std::make_unique<Run>();
    run->kind = LayoutKind::Multilevel;
    run->placesNew = true;
    run->forComingGraph = true;
    launch(std::move(run), std::move(job), nullptr, ViewFilter(), NodeId());
}

void LayoutRunner::abandonComingGraph()
{
    if (m_run && m_run->forComingGraph) {
        m_run->forComingGraph = false;
        dropRun();
    }
}

bool LayoutRunner::isRunningForComingGraph() const
{
    return m_run && m_run->forComingGraph;
}

bool LayoutRunner::hasWaitingPicture() const
{
    return m_run && (m_run->shared->streamPending || m_run->pictureHeld);
}

QHash<NodeId, QPointF> LayoutRunner::waitingPicture() const
{
    if (!hasWaitingPicture())
        return {};
    const std::lock_guard lock(m_run->shared->streamMutex);
    return m_run->shared->latest;
}

QHash<NodeId, QPointF> LayoutRunner::takeWaitingPicture()
{
    if (!hasWaitingPicture())
        return {};
    m_streamTimer->stop();
    m_run->pictureHeld = false;
    m_run->shared->streamPending = false;
    QHash<NodeId, QPointF> positions;
    {
        const std::lock_guard lock(m_run->shared->streamMutex);
        positions.swap(m_run->shared->latest);
    }
    m_sinceStream.start();
    ++m_streamedFrames;
    return positions;
}

void LayoutRunner::sceneBuiltAtPicture()
{
    m_sinceStream.start();
    Q_EMIT positionsStreamed();
}

void LayoutRunner::applyWaitingPicture()
{
    if (!hasWaitingPicture())
        return;
    m_streamTimer->stop();
    applyStream();
}

void LayoutRunner::launch(std::unique_ptr<Run> run, std::shared_ptr<const MultilevelJob> job,
                          std::shared_ptr<const KnowledgeGraph> graphCopy, const ViewFilter &filter, NodeId focus)
{
    run->generation = ++m_generation;
    run->shared = std::make_shared<Shared>();
    run->progress = isMultilevel(run->kind);
    const std::shared_ptr<Shared> shared = run->shared;
    const quint64 generation = run->generation;
    auto work = [this, job, graphCopy, filter = ViewFilter(filter), kind = run->kind, focus, shared, generation] {
        if (!job) {
            shared->result.positions = layoutForView(*graphCopy, filter, kind, focus);
            return;
        }
        LayoutControl control;
        control.cancel = &shared->cancel;
        control.progress = [this, shared, generation](int percent) {
            {
                // Pause: the worker waits here until resumed or cancelled.
                std::unique_lock lock(shared->mutex);
                shared->wake.wait(lock, [&] { return !shared->paused || shared->cancel; });
            }
            if (shared->cancel)
                return false;
            QMetaObject::invokeMethod(
                this, [this, generation, percent] { onProgress(generation, percent); }, Qt::QueuedConnection);
            return true;
        };
        // A picture of fewer places than this says nothing of a large
        // graph's shape, and each costs a pass over every node.
        control.intermediateFromNodes = int(std::min<qsizetype>(1000, job->ids.size() / 8));
        control.intermediate = [this, shared, generation](const QHash<NodeId, QPointF> &positions) {
            {
                const std::lock_guard lock(shared->streamMutex);
                shared->latest = positions;
            }
            // One notice until the GUI takes the picture; later ones replace it.
            if (!shared->streamPending.exchange(true))
                QMetaObject::invokeMethod(
                    this, [this, generation] { onStreamReady(generation); }, Qt::QueuedConnection);
        };
        shared->result = runMultilevel(*job, control);
    };
    shared->future = QtConcurrent::run(&m_pool, std::move(work));
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, shared, generation] {
        watcher->deleteLater();
        m_leaving.removeOne(shared);
        onWorkerFinished(generation);
    });
    watcher->setFuture(shared->future);

    m_run = std::move(run);
    m_percent = m_run->progress ? 0 : -1;
    m_paused = false;
    m_streamedFrames = 0;
    m_sinceStream.invalidate();
    m_streamInterval = streamIntervalMs;
    Q_EMIT started();
}

void LayoutRunner::setPaused(bool paused)
{
    if (!m_run || !m_run->progress || m_run->cancelled || m_run->animating || m_run->forComingGraph
        || paused == m_paused)
        return;
    {
        const std::lock_guard lock(m_run->shared->mutex);
        m_run->shared->paused = paused;
    }
    m_run->shared->wake.notify_all();
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void LayoutRunner::cancel()
{
    if (!m_run || m_run->cancelled || m_run->forComingGraph)
        return;
    const bool wasPaused = m_paused;
    m_paused = false;
    m_streamTimer->stop();
    if (m_run->animating) { // the worker is done: stop gliding, put them back
        m_animation->stop();
        restoreDocumentPositions();
        m_run->animating = false;
        endRun(false);
        return;
    }
    m_run->cancelled = true;
    m_run->shared->stop();
    restoreDocumentPositions();
    if (wasPaused)
        Q_EMIT pausedChanged(false);
    if (!m_run->progress && !m_run->placesNew) {
        // A layout without steps cannot stop (about a second at most, at
        // the sizes it runs at): it finishes on its own, unheard.
        m_leaving.append(m_run->shared);
        endRun(false);
    }
}

void LayoutRunner::stopAndWait()
{
    QList<std::shared_ptr<Shared>> workers = m_leaving;
    if (m_run) {
        m_run->animating = false;
        m_animation->stop();
        workers.append(m_run->shared);
    }
    for (const std::shared_ptr<Shared> &shared : std::as_const(workers)) {
        shared->stop();
        shared->future.waitForFinished();
    }
    m_leaving.clear();
    if (m_run) // shutting down: nothing of it is applied
        endRun(false, false);
}

void LayoutRunner::onProgress(quint64 generation, int percent)
{
    if (!m_run || m_run->generation != generation || m_run->cancelled || percent <= m_percent)
        return;
    m_percent = percent;
    Q_EMIT progressChanged(percent);
}

void LayoutRunner::onStreamReady(quint64 generation)
{
    if (!m_run || m_run->generation != generation || m_run->cancelled || m_run->animating)
        return;
    if (m_run->forComingGraph) { // the scene still shows the old graph: it waits
        m_run->pictureHeld = true;
        m_run->shared->streamPending = false;
        Q_EMIT comingGraphPicture();
        return;
    }
    // The first picture at once, then at most one per interval: the newest.
    const qint64 since = m_sinceStream.isValid() ? m_sinceStream.elapsed() : m_streamInterval;
    if (since >= m_streamInterval)
        applyStream();
    else if (!m_streamTimer->isActive())
        m_streamTimer->start(int(m_streamInterval - since));
}

void LayoutRunner::applyStream()
{
    if (!m_run || m_run->cancelled || m_run->animating)
        return;
    Shared &shared = *m_run->shared;
    const bool held = std::exchange(m_run->pictureHeld, false);
    if (!shared.streamPending.exchange(false) && !held)
        return;
    QHash<NodeId, QPointF> positions;
    {
        const std::lock_guard lock(shared.streamMutex);
        positions.swap(shared.latest);
    }
    leaveUsersNodes(positions);
    m_sinceStream.start();
    m_scene->setNodePositions(positions);
    ++m_streamedFrames;
    Q_EMIT positionsStreamed(); // what follows it (the view fitting again) counts in the cost
    m_streamInterval = std::max(streamIntervalMs, streamCostFactor * m_sinceStream.elapsed());
}

void LayoutRunner::onWorkerFinished(quint64 generation)
{
    if (!m_run || m_run->generation != generation)
        return; // replaced or dropped: its result goes
    if (m_run->forComingGraph) { // its graph is not here yet: taken up after the reset
        m_run->workerDone = true;
        return;
    }
    m_streamTimer->stop();
    const LayoutResult &result = m_run->shared->result;
    const KnowledgeGraph &graph = m_document->graph();
    if (m_run->cancelled || result.cancelled) {
        // Nodes the filter shows that never had a place (documents shown
        // for the first time) still need one; placed nodes stay put.
        QHash<NodeId, QPointF> unplaced;
        for (auto it = result.positions.constBegin(); it != result.positions.constEnd(); ++it) {
            if (graph.contains(it.key()) && !m_document->positions().contains(it.key()))
                unplaced.insert(it.key(), it.value());
        }
        if (!unplaced.isEmpty())
            m_push(std::make_unique<MoveEdit>(*m_document, unplaced, tr("Place Shown Nodes")));
        endRun(false);
        return;
    }
    QHash<NodeId, QPointF> target = result.positions;
    // An edit may have removed a node meanwhile.
    for (auto it = target.begin(); it != target.end();)
        it = graph.contains(it.key()) ? std::next(it) : target.erase(it);
    leaveUsersNodes(target);
    animateTo(target);
}

void LayoutRunner::leaveUsersNodes(QHash<NodeId, QPointF> &positions) const
{
    for (NodeId id : m_document->pinned())
        positions.remove(id);
    if (!m_run)
        return;
    for (NodeId id : m_run->draggedByUser)
        positions.remove(id);
    for (NodeId id : m_scene->nodesInHand())
        positions.remove(id);
}

void LayoutRunner::animateTo(const QHash<NodeId, QPointF> &target)
{
    m_run->animating = true;
    if (std::exchange(m_paused, false)) // paused after the last step: nothing left to hold
        Q_EMIT pausedChanged(false);
    m_to = target;
    m_from.clear();
    const QHash<NodeId, QPointF> shown = m_scene->positions();
    for (auto it = target.constBegin(); it != target.constEnd(); ++it) {
        const auto at = shown.constFind(it.key());
        if (at != shown.constEnd() && *at != it.value())
            m_from.insert(it.key(), *at);
    }
    if (m_from.isEmpty() || m_animationMs <= 0 || m_from.size() > m_glideLimit) {
        // The step moves the picture, once.
        onAnimationFinished();
        return;
    }
    m_animation->setDuration(m_animationMs);
    m_animation->start();
}

void LayoutRunner::onAnimationFinished()
{
    if (!m_run || !m_run->animating)
        return;
    // The whole layout, one step: undo brings back what the document held
    // before it began. Not the nodes dragged while it glided.
    leaveUsersNodes(m_to);
    if (!m_to.isEmpty())
        m_push(std::make_unique<MoveEdit>(*m_document, m_to, tr("Lay Out")));
    endRun(true);
}

void LayoutRunner::restoreDocumentPositions()
{
    if (m_streamedFrames == 0 && !(m_run && m_run->animating))
        return; // nothing on the scene moved
    QHash<NodeId, QPointF> held = m_scene->positions();
    for (auto it = held.begin(); it != held.end(); ++it)
        *it = m_document->positions().value(it.key(), *it);
    m_scene->setNodePositions(held);
}

void LayoutRunner::endRun(bool applied, bool announce)
{
    m_run.reset();
    m_from.clear();
    m_to.clear();
    m_percent = -1;
    m_paused = false;
    Q_EMIT stopped();
    if (announce)
        Q_EMIT finished(applied);
}

void LayoutRunner::dropRun()
{
    if (!m_run)
        return;
    if (std::exchange(m_run->forComingGraph, false)) {
        // The reset it was started for: from here on the run is this
        // graph's. A worker already done lands once the scene is built.
        if (m_run->workerDone) {
            const quint64 generation = m_run->generation;
            QMetaObject::invokeMethod(
                this, [this, generation] { onWorkerFinished(generation); }, Qt::QueuedConnection);
        }
        Q_EMIT comingGraphArrived();
        return;
    }
    stopWorker();
    endRun(false, false);
}

// --- the status bar --------------------------------------------------------------

LayoutStatus::LayoutStatus(LayoutRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_pause(new QPushButton(tr("Pause"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    m_bar->setObjectName(QStringLiteral("layoutProgress"));
    m_bar->setFixedWidth(160);
    m_pause->setObjectName(QStringLiteral("layoutPause"));
    m_cancel->setObjectName(QStringLiteral("layoutCancel"));
    for (QPushButton *button : {m_pause, m_cancel})
        button->setFocusPolicy(Qt::NoFocus); // the canvas keeps the keyboard
    connect(m_pause, &QPushButton::clicked, this, [this] { m_runner->setPaused(!m_runner->isPaused()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        if (m_runner->isRunning()) { // until the worker has returned
            m_label->setText(tr("Cancelling…"));
            m_pause->setEnabled(false);
            m_cancel->setEnabled(false);
        }
    });
    connect(runner, &LayoutRunner::started, this, &LayoutStatus::showRunning);
    connect(runner, &LayoutRunner::comingGraphArrived, this, &LayoutStatus::showRunning);
    connect(runner, &LayoutRunner::progressChanged, m_bar, &QProgressBar::setValue);
    connect(runner, &LayoutRunner::pausedChanged, this, &LayoutStatus::showPaused);
    connect(runner, &LayoutRunner::stopped, this, [this] { setActive(false); });
    // The status bar is as tall from the start as it is with the buttons
    // in it: a layout starting or ending never resizes the canvas (which
    // would fit the graph again, at a cost on large graphs).
    setMinimumHeight(
        std::max({m_pause->sizeHint().height(), m_cancel->sizeHint().height(), m_bar->sizeHint().height()}));
    setActive(false);
}

bool LayoutStatus::isActive() const
{
    return m_bar->isVisibleTo(this);
}

void LayoutStatus::setActive(bool active)
{
    for (QWidget *part :
         {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_cancel)})
        part->setVisible(active);
    m_pause->setVisible(active && m_runner->hasProgress());
}

void LayoutStatus::showRunning()
{
    const bool steps = m_runner->hasProgress();
    // Layouts without steps finish in well under a second: a busy bar.
    m_bar->setRange(0, steps ? 100 : 0);
    m_bar->setValue(steps ? std::max(0, m_runner->percent()) : 0);
    m_bar->setFormat(QStringLiteral("%p%"));
    // A graph still being opened is cancelled from the Opening dialog.
    const bool opening = m_runner->isRunningForComingGraph();
    m_pause->setEnabled(!opening);
    m_cancel->setEnabled(!opening);
    showPaused(false);
    if (opening)
        m_cancel->setToolTip(tr("The graph is still being opened; cancel that in the Opening dialog"));
    else
        m_cancel->setToolTip(tr("Stop the layout; the nodes stay where they were"));
    setActive(true);
}

void LayoutStatus::showPaused(bool paused)
{
    m_label->setText(paused ? tr("%1 paused").arg(m_runner->description())
                            : m_runner->description() + QStringLiteral("…"));
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Go on with the layout")
                               : tr("Hold the layout where it is; it goes on when resumed"));
}

} // namespace threadline
