#include "formatsupport.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <thread>

#include "evidence.h"
#include "knowledgegraph.h"

namespace threadline::formats {

QString preview(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 60 ? simple.left(57) + QStringLiteral("…") : simple;
}

void insertProperty(QVariantMap &properties, QString name, const QVariant &value, bool reserved,
                    QSet<QString> &renamed)
{
    if (reserved || properties.contains(name)) {
        const QString base = name + QStringLiteral("_attribute");
        name = base;
        for (int n = 2; properties.contains(name); ++n)
            name = base + QString::number(n);
        renamed.insert(name);
    }
    properties.insert(name, value);
}

// ---- building ----------------------------------------------------------------

namespace {
// From this many edges a second thread looks up their ends (below it,
// starting a thread costs more than it saves), handing them over this many
// at a time.
constexpr qsizetype parallelResolveFrom = 20000;
constexpr qsizetype resolveChunk = 4096;

// The graph's nodes by key, for finding a file's edge ends: an open table
// of the keys' characters with a cheap hash of its own. Ends are looked up
// a million times in a file of 500k edges, and QHash's string hash made
// that a third of the work before the layout could start. Views into the
// keys, which the graph holds and does not change while edges are added.
class EndIndex
{
public:
    explicit EndIndex(const KnowledgeGraph &graph)
    {
        const QList<NodeId> ids = graph.nodes();
        size_t size = 16;
        while (size < size_t(ids.size()) * 2)
            size *= 2;
        m_mask = size - 1;
        m_slots.assign(size, Slot{});
        for (NodeId id : ids) {
            const QString &key = graph.node(id).key;
            const quint32 hash = hashOf(key);
            size_t at = hash & m_mask;
            while (m_slots[at].id.isValid())
                at = (at + 1) & m_mask;
            m_slots[at] = Slot{QStringView(key), hash, id};
        }
    }

    NodeId find(QStringView key) const
    {
        const quint32 hash = hashOf(key);
        for (size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            const Slot &slot = m_slots[at];
            if (!slot.id.isValid())
                return {};
            if (slot.hash == hash && slot.key == key)
                return slot.id;
        }
    }

private:
    struct Slot
    {
        QStringView key;
        quint32 hash = 0;
        NodeId id;
    };

    // FNV-1a over the UTF-16 units, then mixed so the low bits vary.
    static quint32 hashOf(QStringView key)
    {
        quint32 h = 2166136261u;
        for (QChar c : key) {
            h ^= c.unicode();
            h *= 16777619u;
        }
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        return h;
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};
} // namespace

void buildGraph(const QString &fileName, const QList<Document> &documents, QList<NodeDraft> &nodes,
                QList<EdgeDraft> &edges, KnowledgeGraph &graph, QStringList &warnings, const ShapeObserver &onShape)
{
    for (const Document &doc : documents) {
        if (!graph.addDocument(doc))
            fail(0, 0, QStringLiteral("two documents have the id \"%1\"").arg(doc.id),
                 QStringLiteral("documents"));
    }
    graph.reserve(nodes.size(), edges.size());
    qsizetype added = 0;
    for (NodeDraft &node : nodes) {
        if ((added++ & 4095) == 0)
            failIfCancelled(node.line);
        if (node.data.key.isEmpty())
            fail(node.line, node.column, QStringLiteral("a node has no id"));
        const QString key = node.data.key;
        if (!graph.addNode(std::move(node.data)).isValid())
            fail(node.line, node.column, QStringLiteral("a second node has the id \"%1\"").arg(key));
    }
    // Ids made for edges without one must not take an id that an edge of
    // the file names: the names, gathered before any edge is moved into the
    // graph (only when some edge has no id).
    QSet<QString> named;
    if (std::any_of(edges.cbegin(), edges.cend(), [](const EdgeDraft &edge) { return edge.data.key.isEmpty(); })) {
        for (const EdgeDraft &edge : std::as_const(edges))
            if (!edge.data.key.isEmpty())
                named.insert(edge.data.key); // no table at all when none is named: nothing to look up
    }
    const auto isNamed = [&](const QString &key) { return !named.isEmpty() && named.contains(key); };
    int nextGenerated = 0;
    // Into a graph without edges, a generated "e<n>" can meet only a key
    // the file names (a renamed duplicate has an underscore): no look-up in
    // the graph per generated id (500k of them in a file without ids).
    const bool noEdgesBefore = graph.edgeCount() == 0;

    // Where each edge starts and ends is looked up on another core while
    // this one adds the edges before it: the look-ups only read the nodes'
    // keys, which no longer change, and each edge is handed over once its
    // ends are written (a sixth of reading a file of 500k edges).
    const qsizetype count = edges.size();
    EdgeDraft *const all = edges.data(); // detached here, once: both threads index it
    const EndIndex ends(graph);
    std::atomic<qsizetype> resolved{0};
    std::atomic<bool> abandon{false};
    // Resolves edges [begin, end), handing them over every resolveChunk.
    const auto resolve = [&](qsizetype begin, qsizetype end) {
        // Files list edges node by node (networkx, igraph and Gephi write
        // each node's edges together): the node an edge starts at is most
        // often the one the edge before it started at, a string compare
        // instead of a hash look-up.
        QString lastSource;
        NodeId lastSourceId;
        for (qsizetype from = begin; from < end && !abandon.load(std::memory_order_relaxed); from += resolveChunk) {
            const qsizetype to = std::min(end, from + resolveChunk);
            for (qsizetype i = from; i < to; ++i) {
                EdgeDraft &edge = all[i];
                if (edge.source != lastSource || !lastSourceId.isValid()) {
                    lastSourceId = ends.find(edge.source);
                    lastSource = edge.source;
                }
                edge.data.source = lastSourceId;
                edge.data.target = ends.find(edge.target);
            }
            resolved.store(to, std::memory_order_release);
        }
    };
    std::thread resolver;
    if (onShape) {
        // Someone waits for the shape: every end first, half on each core,
        // then the edges are added.
        if (count >= parallelResolveFrom) {
            std::thread secondHalf(resolve, count / 2, count);
            resolve(0, count / 2);
            secondHalf.join();
        } else {
            resolve(0, count);
        }
        resolved.store(count, std::memory_order_release);
        std::vector<EdgeEnds> shape;
        shape.reserve(size_t(count));
        for (qsizetype i = 0; i < count; ++i) {
            const EdgeDraft &edge = all[i];
            if (!edge.data.source.isValid() || !edge.data.target.isValid())
                break; // reported in order below; no shape for a file that fails
            shape.push_back({edge.data.source, edge.data.target, edge.data.relation});
        }
        if (qsizetype(shape.size()) == count)
            onShape(graph, shape);
    } else if (count >= parallelResolveFrom) {
        resolver = std::thread(resolve, 0, count);
    } else {
        resolve(0, count);
    }
    // A failure below leaves the loop by an exception: the resolver stops
    // and is joined first.
    const auto joinResolver = qScopeGuard([&] {
        abandon = true;
        if (resolver.joinable())
            resolver.join();
    });
    for (qsizetype i = 0; i < count; ++i) {
        while (resolved.load(std::memory_order_acquire) <= i)
            std::this_thread::yield();
        EdgeDraft &edge = all[i];
        if ((i & 4095) == 0)
            failIfCancelled(edge.line);
        const auto which = [&] {
            return edge.data.key.isEmpty() ? QStringLiteral("an edge") : QStringLiteral("edge \"%1\"").arg(edge.data.key);
        };
        if (!edge.data.source.isValid())
            fail(edge.line, edge.column,
                 QStringLiteral("%1 starts at \"%2\", but no node has that id").arg(which(), edge.source));
        if (!edge.data.target.isValid())
            fail(edge.line, edge.column,
                 QStringLiteral("%1 ends at \"%2\", but no node has that id").arg(which(), edge.target));
        if (edge.data.key.isEmpty()) {
            do {
                edge.data.key = QLatin1Char('e') + QString::number(nextGenerated++);
            } while (isNamed(edge.data.key) || (!noEdgesBefore && graph.findEdge(edge.data.key).isValid()));
        } else if (graph.findEdge(edge.data.key).isValid()) {
            const QString original = edge.data.key;
            for (int n = 2; isNamed(edge.data.key) || graph.findEdge(edge.data.key).isValid(); ++n)
                edge.data.key = QStringLiteral("%1_%2").arg(original).arg(n);
            warnings.append(located(fileName, edge.line,
                                    QStringLiteral("a second edge has the id \"%1\"; it is kept as \"%2\"")
                                        .arg(original, edge.data.key)));
        }
        graph.addEdge(std::move(edge.data));
    }
}

ReadResult failedRead(ReadResult result, const Failure &failure)
{
    result.ok = false;
    result.error.line = failure.line;
    result.error.column = failure.column;
    result.error.field = failure.field;
    result.error.message = failure.message;
    return result;
}

ReadResult finishRead(ReadResult result, KnowledgeGraph &graph, KnowledgeGraph &out)
{
    bool hasEvidence = !graph.documents().isEmpty();
    for (NodeId id : graph.nodes())
        hasEvidence = hasEvidence || !graph.node(id).evidence.isEmpty();
    for (EdgeId id : graph.edges())
        hasEvidence = hasEvidence || !graph.edge(id).evidence.isEmpty();
    // A foreign graph has no evidence at all; saying so per node would bury
    // the warnings that matter.
    if (hasEvidence)
        result.warnings += verifyEvidence(graph);
    out = std::move(graph);
    result.ok = true;
    return result;
}

ReadResult readGuarded(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                       QHash<NodeId, QPointF> *positions, const ParseFunction &parse)
{
    ReadResult result;
    result.error.file = fileName;
    KnowledgeGraph graph;
    QHash<QString, QPointF> byKey;
    try {
        checkInputSize(data);
        parse(graph, result.warnings, byKey);
    } catch (const Failure &failure) {
        return failedRead(result, failure);
    }
    result = finishRead(result, graph, out);
    if (positions) {
        positions->clear();
        for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it)
            positions->insert(out.findNode(it.key()), it.value());
    }
    return result;
}

QString undirectedNote(qsizetype edges)
{
    return QStringLiteral("%1 edges are undirected; they keep the order written (source, target), are marked "
                          "\"directed\": false and are drawn without arrowheads")
        .arg(edges);
}

QString renamedNote(const QSet<QString> &names)
{
    if (names.isEmpty())
        return {};
    QStringList sorted = names.values();
    sorted.sort();
    return QStringLiteral("attributes whose names Threadline uses itself were renamed: %1")
        .arg(sorted.join(QStringLiteral(", ")));
}

ReadResult readFileWith(const QString &path, KnowledgeGraph &out, const ReadFunction &read)
{
    ReadResult result;
    result.error.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = QStringLiteral("cannot open: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > maxInputBytes) {
        result.error.message = QStringLiteral("the file is %1 MiB; the limit is %2 MiB")
                                   .arg(file.size() >> 20)
                                   .arg(maxInputBytes >> 20);
        return result;
    }
    return read(file.readAll(), path, out);
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace threadline::formats
