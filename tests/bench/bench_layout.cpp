// Layout speed, memory and quality against Graphviz sfdp and igraph's
// Fruchterman–Reingold, on the same Barabási–Albert graphs (5 edges per new
// node, seed 42) in the same run. One JSON object per engine and size:
//   {"bench": "layout", "engine": E, "nodes": N, "edges": M, "ms": T, "stress": S, "max_rss_kib": K}
// Every engine runs in a child process that reads the graph from a file and
// lays it out; max_rss_kib is that child's peak resident set (wait4). ms is
// the layout call for threadline (timed in the child) and igraph_fr (timed
// in Python), the whole sfdp process (wall clock) for sfdp.
// stress: 2,000 random pairs of the largest component (seed 1), d their hop
// distance; the layout scaled by the s minimising Σ (s·|xi − xj| − d)² / d²,
// that minimum divided by the pair count. 0 is a perfect drawing of the
// hop distances.
// Then cancel latency, at the largest size only:
//   {"bench": "layout_cancel", "nodes": N, "edges": M, "at": A, "percent": P, "ms": T, "cpu_after_ms": C}
// The window's layout of a large graph (runMultilevel on the job
// prepareMultilevelForView makes for the standard view, with the progress,
// cancel and streamed pictures LayoutRunner gives it) runs on a worker
// thread and this thread cancels it at A: "start" (its first report, 0 %,
// before its levels are built and coarsened: the engine checks for a
// cancel only once it refines, so this is the longest wait), "coarsening"
// (when the worker's CPU clock since that report has reached the CPU time
// this thread took to build the same levels and coarsen them halfway),
// "25%", "50%", "90%" (once it has reported that much).
// P is the percentage it had reported then; ms runs from the cancel (the
// flag set, which is all LayoutRunner::cancel does to the worker) to the
// worker's thread having finished (joined); cpu_after_ms is the process's
// CPU time (user + system, getrusage) from the cancel to 1 s after it (or
// to the join, if later): about ms when the worker stopped, and nothing
// else kept working.
// Usage: bench_layout [--quick] [--sizes 1000,10000] [--engines threadline,sfdp,igraph_fr,cancel] [--seed S]
//   --quick: 1k and 10k; otherwise 1k, 10k and 100k. --seed: threadline's
//   layout seed (default 1; the graphs and pairs stay the same), to see how
//   much its stress moves from one seed to another. "cancel" in --engines
//   (there by default) gives the layout_cancel lines; "--engines cancel
//   --sizes 100000" gives them alone.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "coarsening.h"
#include "layout.h"
#include "multilevel.h"
#include "synthetic.h"

using namespace threadline;

namespace {

using Edges = bench::Edges;
using bench::barabasiAlbert;


struct Adjacency
{
    std::vector<int> offsets, next;
};

Adjacency adjacency(int nodes, const Edges &edges)
{
    Adjacency a;
    a.offsets.assign(size_t(nodes) + 1, 0);
    for (auto [u, v] : edges) {
        ++a.offsets[size_t(u) + 1];
        ++a.offsets[size_t(v) + 1];
    }
    for (size_t i = 1; i < a.offsets.size(); ++i)
        a.offsets[i] += a.offsets[i - 1];
    a.next.resize(size_t(a.offsets.back()));
    std::vector<int> fill(a.offsets.begin(), a.offsets.end() - 1);
    for (auto [u, v] : edges) {
        a.next[size_t(fill[size_t(u)]++)] = v;
        a.next[size_t(fill[size_t(v)]++)] = u;
    }
    return a;
}

// Hop distance from source to target (-1 if none), breadth first, stopping
// at the target; `distance` is scratch of one entry per node, all -1, and
// is left so.
int hopDistance(const Adjacency &a, int source, int target, std::vector<int> &distance, std::vector<int> &queue)
{
    queue.assign(1, source);
    distance[size_t(source)] = 0;
    int found = source == target ? 0 : -1;
    for (size_t q = 0; q < queue.size() && found < 0; ++q) {
        const int u = queue[q];
        for (int e = a.offsets[size_t(u)]; e < a.offsets[size_t(u) + 1]; ++e) {
            const int v = a.next[size_t(e)];
            if (distance[size_t(v)] < 0) {
                distance[size_t(v)] = distance[size_t(u)] + 1;
                queue.push_back(v);
                if (v == target) {
                    found = distance[size_t(v)];
                    break;
                }
            }
        }
    }
    for (int v : queue)
        distance[size_t(v)] = -1;
    return found;
}

struct Pair
{
    int a, b, hops;
};

// 2,000 random pairs of distinct nodes of the largest component, seed 1.
std::vector<Pair> stressPairs(int nodes, const Edges &edges)
{
    const Adjacency a = adjacency(nodes, edges);
    std::vector<int> component(size_t(nodes), -1), queue;
    int largest = -1, largestSize = 0, components = 0;
    for (int s = 0; s < nodes; ++s) {
        if (component[size_t(s)] >= 0)
            continue;
        queue.assign(1, s);
        component[size_t(s)] = components;
        for (size_t q = 0; q < queue.size(); ++q) {
            const int u = queue[q];
            for (int e = a.offsets[size_t(u)]; e < a.offsets[size_t(u) + 1]; ++e) {
                const int v = a.next[size_t(e)];
                if (component[size_t(v)] < 0) {
                    component[size_t(v)] = components;
                    queue.push_back(v);
                }
            }
        }
        if (int(queue.size()) > largestSize) {
            largestSize = int(queue.size());
            largest = components;
        }
        ++components;
    }
    std::vector<int> members;
    for (int v = 0; v < nodes; ++v) {
        if (component[size_t(v)] == largest)
            members.push_back(v);
    }
    std::mt19937_64 random(1);
    std::vector<Pair> pairs;
    std::vector<int> distance(size_t(nodes), -1);
    while (pairs.size() < 2000 && members.size() > 1) {
        const int x = members[size_t(random() % members.size())];
        const int y = members[size_t(random() % members.size())];
        if (x == y)
            continue;
        pairs.push_back({x, y, hopDistance(a, x, y, distance, queue)});
    }
    return pairs;
}

double stress(const std::vector<Pair> &pairs, const std::vector<QPointF> &positions)
{
    double xd = 0, xd2 = 0;
    for (const Pair &p : pairs) {
        const double x = std::hypot(positions[size_t(p.a)].x() - positions[size_t(p.b)].x(),
                                    positions[size_t(p.a)].y() - positions[size_t(p.b)].y());
        xd += x / p.hops;
        xd2 += (x / p.hops) * (x / p.hops);
    }
    const double s = xd2 > 0 ? xd / xd2 : 0;
    double sum = 0;
    for (const Pair &p : pairs) {
        const double x = std::hypot(positions[size_t(p.a)].x() - positions[size_t(p.b)].x(),
                                    positions[size_t(p.a)].y() - positions[size_t(p.b)].y());
        sum += (s * x / p.hops - 1) * (s * x / p.hops - 1);
    }
    return pairs.empty() ? 0 : sum / double(pairs.size());
}

struct ChildRun
{
    bool ok = false;
    double wallMs = 0;
    long maxRssKib = 0;
    QByteArray output; // its stdout
};

// Runs a program with stdout to a file; its wall time and peak RSS.
ChildRun runChild(const QStringList &command, const QString &stdoutPath)
{
    ChildRun run;
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray out = stdoutPath.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(126);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKib = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    QFile file(stdoutPath);
    if (file.open(QIODevice::ReadOnly))
        run.output = file.readAll();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// "N M" then one "u v" line per edge: what every engine reads.
QByteArray edgeList(int nodes, const Edges &edges)
{
    QByteArray text = QByteArray::number(nodes) + ' ' + QByteArray::number(qint64(edges.size())) + '\n';
    for (auto [u, v] : edges)
        text += QByteArray::number(u) + ' ' + QByteArray::number(v) + '\n';
    return text;
}

bool readEdgeList(const QString &path, int &nodes, Edges &edges)
{
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "r");
    if (!file)
        return false;
    long long m = 0;
    bool ok = std::fscanf(file, "%d %lld", &nodes, &m) == 2;
    edges.resize(size_t(m));
    for (auto &e : edges)
        ok = ok && std::fscanf(file, "%d %d", &e.first, &e.second) == 2;
    std::fclose(file);
    return ok;
}

// Reads "x y" lines, one per node, in node order.
bool readPositions(const QString &path, int nodes, std::vector<QPointF> &positions)
{
    FILE *file = std::fopen(path.toLocal8Bit().constData(), "r");
    if (!file)
        return false;
    positions.assign(size_t(nodes), QPointF());
    bool ok = true;
    for (auto &p : positions) {
        double x = 0, y = 0;
        ok = ok && std::fscanf(file, "%lf %lf", &x, &y) == 2;
        p = QPointF(x, y);
    }
    std::fclose(file);
    return ok;
}

// Graphviz -Tplain: "node NAME X Y W H ..." lines; names are node numbers.
bool readPlain(const QByteArray &plain, int nodes, std::vector<QPointF> &positions)
{
    positions.assign(size_t(nodes), QPointF());
    std::vector<char> seen(size_t(nodes), 0);
    int count = 0;
    for (const QByteArray &line : plain.split('\n')) {
        if (!line.startsWith("node "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 4)
            return false;
        const int id = f[1].toInt();
        if (id < 0 || id >= nodes || seen[size_t(id)])
            return false;
        seen[size_t(id)] = 1;
        ++count;
        positions[size_t(id)] = QPointF(f[2].toDouble(), f[3].toDouble());
    }
    return count == nodes;
}

// The child side of the threadline engine: reads the edge list, lays it
// out, writes the positions; prints the layout call's milliseconds.
int runThreadline(const QString &edgesPath, const QString &outPath, quint32 seed)
{
    MultilevelInput input;
    if (!readEdgeList(edgesPath, input.nodes, input.edges))
        return 1;
    QElapsedTimer timer;
    timer.start();
    MultilevelOptions options;
    options.seed = seed;
    const MultilevelResult result = multilevelLayout(input, options);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    FILE *file = std::fopen(outPath.toLocal8Bit().constData(), "w");
    if (!file)
        return 1;
    for (const QPointF &p : result.positions)
        std::fprintf(file, "%.6f %.6f\n", p.x(), p.y());
    std::fclose(file);
    std::printf("%.3f %d\n", ms, result.levels);
    return 0;
}

const char igraphScript[] = R"(import sys, time, random
import igraph
random.seed(1)
with open(sys.argv[1]) as f:
    n, m = map(int, f.readline().split())
    edges = [tuple(map(int, line.split())) for line in f]
g = igraph.Graph(n=n, edges=edges)
start = time.perf_counter()
layout = g.layout_fruchterman_reingold()
ms = (time.perf_counter() - start) * 1000
with open(sys.argv[2], "w") as out:
    for x, y in layout.coords:
        out.write("%f %f\n" % (x, y))
print("%.3f" % ms)
)";

const char python[] = "/usr/bin/python3";

void print(const char *engine, int nodes, size_t edges, double ms, double stressValue, long rss)
{
    std::printf("{\"bench\": \"layout\", \"engine\": \"%s\", \"nodes\": %d, \"edges\": %zu, \"ms\": %.1f, "
                "\"stress\": %.4f, \"max_rss_kib\": %ld}\n",
                engine, nodes, edges, ms, stressValue, rss);
    std::fflush(stdout);
}

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The process's CPU time so far, user and system, every thread.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double threadCpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Where a run is cancelled: once the layout has reported `percent`, or
// (percent negative) once its worker has spent `cpuMs` of CPU time since
// its first report.
struct CancelPoint
{
    QString name;
    int percent = -1;
    double cpuMs = 0;
};

struct CancelRun
{
    bool cancelled = false; // the result says so
    int percentAtCancel = -1;
    double ms = 0; // cancel to joined
    double cpuAfterMs = 0;
};

// One run of the window's layout on a worker thread, as LayoutRunner runs
// it: runMultilevel with a progress callback that answers false once
// cancelled, the cancel flag, and its pictures kept under a mutex for the
// GUI (which takes none here). Cancelled from this thread at `point`.
CancelRun runAndCancel(const MultilevelJob &job, const CancelPoint &point)
{
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{-1};
    std::atomic<bool> finished{false};
    std::atomic<double> cpuAtFirstReport{-1};
    std::mutex streamMutex;
    QHash<NodeId, QPointF> latest;
    LayoutResult result;
    std::thread worker([&] {
        LayoutControl control;
        control.cancel = &cancel;
        control.progress = [&](int p) {
            if (cpuAtFirstReport < 0)
                cpuAtFirstReport = threadCpuMs(CLOCK_THREAD_CPUTIME_ID);
            percent = p;
            return !cancel.load();
        };
        control.intermediateFromNodes = int(std::min<qsizetype>(1000, job.ids.size() / 8));
        control.intermediate = [&](const QHash<NodeId, QPointF> &positions) {
            const std::lock_guard lock(streamMutex);
            latest = positions;
        };
        result = runMultilevel(job, control);
        finished = true;
    });
    clockid_t workerClock{};
    if (pthread_getcpuclockid(worker.native_handle(), &workerClock) != 0)
        workerClock = CLOCK_PROCESS_CPUTIME_ID;
    // Polled every 0.2 ms; a cancel lands where the worker happens to be.
    while (!finished) {
        if (point.percent >= 0 ? percent >= point.percent
                               : cpuAtFirstReport >= 0 && threadCpuMs(workerClock) - cpuAtFirstReport >= point.cpuMs)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    CancelRun run;
    run.percentAtCancel = percent;
    const double cpuAtCancel = cpuMs();
    cancel = true; // all LayoutRunner::cancel does to the worker
    const Clock::time_point cancelledAt = Clock::now();
    worker.join();
    run.ms = msBetween(cancelledAt, Clock::now());
    if (run.ms < 1000)
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(1000 - run.ms));
    run.cpuAfterMs = cpuMs() - cpuAtCancel;
    run.cancelled = result.cancelled;
    return run;
}

// CPU time of the engine's first steps on this job, as it takes them: the
// levels built (the whole graph, then its largest component's), and the
// coarsening down to the coarsest level.
std::pair<double, double> preparationAndCoarseningMs(const MultilevelJob &job)
{
    const int n = job.input.nodes;
    double at = threadCpuMs(CLOCK_THREAD_CPUTIME_ID);
    const Level whole = levelFromEdges(n, job.input.edges, job.input.weights);
    std::vector<int> members(static_cast<size_t>(n)), local(static_cast<size_t>(n), -1);
    std::iota(members.begin(), members.end(), 0);
    std::vector<Level> levels;
    levels.push_back(subLevel(whole, members, local));
    const double prepared = threadCpuMs(CLOCK_THREAD_CPUTIME_ID);
    Random random(job.seed);
    while (levels.back().n > 40) { // the engine's coarsestSize and stalledRatio
        Level coarser = coarsen(levels.back(), random);
        if (double(coarser.n) > 0.9 * double(levels.back().n))
            break;
        levels.push_back(std::move(coarser));
    }
    const double coarsened = threadCpuMs(CLOCK_THREAD_CPUTIME_ID);
    return {prepared - at, coarsened - prepared};
}

// The layout_cancel lines for a Barabási–Albert graph of `size` nodes;
// false when a run was not cancelled (it ended first).
bool measureCancel(int size)
{
    const KnowledgeGraph graph = bench::barabasiAlbertGraph(size, 5, 42);
    const MultilevelJob job = prepareMultilevelForView(graph, ViewFilter::standard());
    const auto [preparation, coarsening] = preparationAndCoarseningMs(job);
    std::fprintf(stderr, "bench_layout: %d nodes: levels built in %.0f ms of CPU, coarsened in %.0f ms\n", size,
                 preparation, coarsening);
    const QList<CancelPoint> points{{QStringLiteral("start"), 0, 0},
                                    {QStringLiteral("coarsening"), -1, preparation + coarsening / 2},
                                    {QStringLiteral("25%"), 25, 0},
                                    {QStringLiteral("50%"), 50, 0},
                                    {QStringLiteral("90%"), 90, 0}};
    bool ok = true;
    for (const CancelPoint &point : points) {
        const CancelRun run = runAndCancel(job, point);
        if (!run.cancelled) {
            std::fprintf(stderr, "bench_layout: the layout ended before its cancel at %s\n", qPrintable(point.name));
            ok = false;
            continue;
        }
        std::printf("{\"bench\": \"layout_cancel\", \"nodes\": %lld, \"edges\": %zu, \"at\": \"%s\", "
                    "\"percent\": %d, \"ms\": %.1f, \"cpu_after_ms\": %.1f}\n",
                    static_cast<long long>(job.ids.size()), job.input.edges.size(), qPrintable(point.name),
                    run.percentAtCancel, run.ms, run.cpuAfterMs);
        std::fflush(stdout);
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--run-threadline"))
        return runThreadline(args[2], args[3], args[4].toUInt());

    QList<int> sizes{1000, 10000, 100000};
    QStringList engines{QStringLiteral("threadline"), QStringLiteral("sfdp"), QStringLiteral("igraph_fr"),
                        QStringLiteral("cancel")};
    QString seed = QStringLiteral("1");
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick")) {
            sizes = {1000, 10000};
        } else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--engines") && i + 1 < args.size()) {
            engines = args[++i].split(QLatin1Char(','));
        } else if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i];
        } else {
            std::fprintf(stderr, "usage: bench_layout [--quick] [--sizes N,N] [--engines threadline,sfdp,igraph_fr,cancel] [--seed S]\n");
            return 2;
        }
    }

    // The comparison needs both tools; without them it says which is missing.
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (engines.contains(QLatin1String("sfdp")) && sfdp.isEmpty()) {
        std::fprintf(stderr, "bench_layout: sfdp not found on PATH (Debian package graphviz; scripts/setup.sh installs it)\n");
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_layout: cannot make a temporary directory\n");
        return 1;
    }
    const QString script = dir.filePath(QStringLiteral("igraph_fr.py"));
    if (engines.contains(QLatin1String("igraph_fr"))) {
        const ChildRun check = runChild({QLatin1String(python), QStringLiteral("-c"), QStringLiteral("import igraph")},
                                        dir.filePath(QStringLiteral("check.txt")));
        if (!check.ok) {
            std::fprintf(stderr, "bench_layout: %s cannot import igraph (Debian package python3-igraph; "
                                 "scripts/setup.sh installs it)\n", python);
            return 1;
        }
        writeFile(script, igraphScript);
    }

    const QString self = QCoreApplication::applicationFilePath();
    int failures = 0;
    const bool cancelLines = engines.removeAll(QStringLiteral("cancel")) > 0;
    for (int size : sizes) {
        if (engines.isEmpty())
            break;
        const Edges edges = barabasiAlbert(size, 5, 42);
        const std::vector<Pair> pairs = stressPairs(size, edges);
        const QString edgesPath = dir.filePath(QStringLiteral("graph.txt"));
        const QString outPath = dir.filePath(QStringLiteral("positions.txt"));
        const QString stdoutPath = dir.filePath(QStringLiteral("stdout.txt"));
        writeFile(edgesPath, edgeList(size, edges));
        for (const QString &engine : std::as_const(engines)) {
            std::vector<QPointF> positions;
            ChildRun run;
            double ms = 0;
            bool ok = false;
            if (engine == QLatin1String("threadline")) {
                run = runChild({self, QStringLiteral("--run-threadline"), edgesPath, outPath, seed}, stdoutPath);
                ms = run.output.split(' ').value(0).toDouble();
                ok = run.ok && readPositions(outPath, size, positions);
            } else if (engine == QLatin1String("sfdp")) {
                const QString gv = dir.filePath(QStringLiteral("graph.gv"));
                QByteArray text = "graph G {\n";
                for (auto [u, v] : edges)
                    text += QByteArray::number(u) + " -- " + QByteArray::number(v) + ";\n";
                text += "}\n";
                writeFile(gv, text);
                run = runChild({sfdp, QStringLiteral("-Tplain"), gv}, stdoutPath);
                ms = run.wallMs;
                ok = run.ok && readPlain(run.output, size, positions);
            } else if (engine == QLatin1String("igraph_fr")) {
                run = runChild({QLatin1String(python), script, edgesPath, outPath}, stdoutPath);
                ms = run.output.trimmed().toDouble();
                ok = run.ok && readPositions(outPath, size, positions);
            } else {
                std::fprintf(stderr, "bench_layout: unknown engine %s\n", qPrintable(engine));
                return 2;
            }
            if (!ok) {
                std::fprintf(stderr, "bench_layout: %s failed at %d nodes\n", qPrintable(engine), size);
                ++failures;
                continue;
            }
            print(qPrintable(engine), size, edges.size(), ms, stress(pairs, positions), run.maxRssKib);
        }
    }
    if (cancelLines && !sizes.isEmpty() && !measureCancel(*std::max_element(sizes.cbegin(), sizes.cend())))
        ++failures;
    return failures == 0 ? 0 : 1;
}
