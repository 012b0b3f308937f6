#include "knowledgegraph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace threadline {

namespace {

// Topology only; element data lives in slot vectors indexed by id.
using Topology = boost::adjacency_list<
    boost::listS,          // out-edge lists: descriptors stay valid on removal
    boost::listS,          // vertex list: removing a vertex invalidates no other
    boost::bidirectionalS, // in-edges are needed for "incoming" relationships
    NodeId,                // vertex bundle: the stable id
    EdgeId>;               // edge bundle: the stable id
using Vertex = Topology::vertex_descriptor;
using BoostEdge = Topology::edge_descriptor;

struct NodeSlot
{
    NodeData data;
    Vertex vertex;
};

struct EdgeSlot
{
    EdgeData data;
    BoostEdge edge;
};

// A node's or edge's key in the tables that find it, hashed by a function
// of its own: Qt 6.4's string hash costs a few hundred cycles a key on the
// machines measured (BENCHMARKS.md), and reading a file of 500k edges adds
// as many keys. Seeded by QHash as Qt's is, so a
// file's keys cannot be chosen to collide without the process's seed.
struct ElementKey
{
    ElementKey(const QString &key) : text(key) {} // NOLINT: converts, as the tables are asked by QString
    QString text;
    friend bool operator==(const ElementKey &a, const ElementKey &b) { return a.text == b.text; }
};

size_t qHash(const ElementKey &key, size_t seed) noexcept
{
    // Four UTF-16 units at a time: xor, multiply, fold; then a final mix.
    const QChar *at = key.text.constData();
    qsizetype left = key.text.size();
    quint64 h = quint64(seed) ^ (quint64(left) * 0x9e3779b97f4a7c15ull);
    for (; left >= 4; left -= 4, at += 4) {
        quint64 chunk;
        std::memcpy(&chunk, at, sizeof chunk);
        h = (h ^ chunk) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    quint64 rest = 0;
    std::memcpy(&rest, at, size_t(left) * sizeof(QChar));
    h = (h ^ rest) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return size_t(h);
}

} // namespace

struct KnowledgeGraph::Private
{
    Topology topology;
    std::vector<std::optional<NodeSlot>> nodes;
    std::vector<std::optional<EdgeSlot>> edges;
    QHash<ElementKey, NodeId> nodeByKey;
    QHash<ElementKey, EdgeId> edgeByKey;
    qsizetype liveNodes = 0;
    qsizetype liveEdges = 0;
    QList<Document> documents;
    QHash<QString, qsizetype> documentIndex; // id → position in documents
    // Labels and aliases, case folded, to their nodes: made when a name is
    // first looked up (a scan of every node per name was a tenth of
    // accepting 1,000 imported articles), kept up to date after.
    mutable std::unique_ptr<QHash<QString, QList<NodeId>>> names;
    mutable std::mutex namesMade;

    static QStringList foldedNames(const NodeData &data)
    {
        QStringList folded{data.label.toCaseFolded()};
        for (const QString &alias : data.aliases) {
            const QString name = alias.toCaseFolded();
            if (!folded.contains(name))
                folded.append(name);
        }
        return folded;
    }
    void indexNames(NodeId id, const NodeData &data)
    {
        if (!names)
            return;
        for (const QString &name : foldedNames(data))
            (*names)[name].append(id);
    }
    void unindexNames(NodeId id, const NodeData &data)
    {
        if (!names)
            return;
        for (const QString &name : foldedNames(data)) {
            const auto it = names->find(name);
            if (it == names->end())
                continue;
            it->removeAll(id);
            if (it->isEmpty())
                names->erase(it);
        }
    }

    NodeSlot *nodeSlot(NodeId id)
    {
        if (!id.isValid() || id.value() >= nodes.size() || !nodes[id.value()])
            return nullptr;
        return &*nodes[id.value()];
    }
    EdgeSlot *edgeSlot(EdgeId id)
    {
        if (!id.isValid() || id.value() >= edges.size() || !edges[id.value()])
            return nullptr;
        return &*edges[id.value()];
    }
};

KnowledgeGraph::KnowledgeGraph() : d(std::make_unique<Private>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph &other) : d(std::make_unique<Private>())
{
    *this = other;
}

KnowledgeGraph &KnowledgeGraph::operator=(const KnowledgeGraph &other)
{
    if (this == &other)
        return *this;
    // Rebuild the topology; ids are kept because the slots are copied as is.
    auto fresh = std::make_unique<Private>();
    fresh->documents = other.d->documents;
    fresh->documentIndex = other.d->documentIndex;
    fresh->nodeByKey = other.d->nodeByKey;
    fresh->edgeByKey = other.d->edgeByKey;
    fresh->liveNodes = other.d->liveNodes;
    fresh->liveEdges = other.d->liveEdges;
    fresh->nodes.resize(other.d->nodes.size());
    fresh->edges.resize(other.d->edges.size());
    for (size_t i = 0; i < other.d->nodes.size(); ++i) {
        if (const auto &slot = other.d->nodes[i]) {
            Vertex v = boost::add_vertex(NodeId(quint32(i)), fresh->topology);
            fresh->nodes[i] = NodeSlot{slot->data, v};
        }
    }
    for (size_t i = 0; i < other.d->edges.size(); ++i) {
        if (const auto &slot = other.d->edges[i]) {
            Vertex s = fresh->nodes[slot->data.source.value()]->vertex;
            Vertex t = fresh->nodes[slot->data.target.value()]->vertex;
            BoostEdge e = boost::add_edge(s, t, EdgeId(quint32(i)), fresh->topology).first;
            fresh->edges[i] = EdgeSlot{slot->data, e};
        }
    }
    d = std::move(fresh);
    return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph &&) noexcept = default;
KnowledgeGraph &KnowledgeGraph::operator=(KnowledgeGraph &&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

NodeId KnowledgeGraph::addNode(NodeData data)
{
    if (data.key.isEmpty())
        return {};
    // One look-up: a new key gets an empty slot, which takes the id.
    NodeId &slot = d->nodeByKey[data.key];
    if (slot.isValid())
        return {};
    const NodeId id(quint32(d->nodes.size()));
    slot = id;
    Vertex v = boost::add_vertex(id, d->topology);
    d->indexNames(id, data);
    d->nodes.push_back(NodeSlot{std::move(data), v});
    ++d->liveNodes;
    return id;
}

bool KnowledgeGraph::removeNode(NodeId id)
{
    NodeSlot *slot = d->nodeSlot(id);
    if (!slot)
        return false;
    for (EdgeId e : incidentEdges(id))
        removeEdge(e);
    boost::remove_vertex(slot->vertex, d->topology);
    d->nodeByKey.remove(slot->data.key);
    d->unindexNames(id, slot->data);
    d->nodes[id.value()].reset();
    --d->liveNodes;
    return true;
}

EdgeId KnowledgeGraph::addEdge(EdgeData data)
{
    NodeSlot *source = d->nodeSlot(data.source);
    NodeSlot *target = d->nodeSlot(data.target);
    if (!source || !target)
        return {};
    const EdgeId id(quint32(d->edges.size()));
    if (data.key.isEmpty()) {
        data.key = QStringLiteral("e%1").arg(id.value());
        while (d->edgeByKey.contains(data.key))
            data.key += QLatin1Char('_');
    }
    EdgeId &slot = d->edgeByKey[data.key]; // one look-up, as for nodes
    if (slot.isValid())
        return {};
    slot = id;
    BoostEdge e = boost::add_edge(source->vertex, target->vertex, id, d->topology).first;
    d->edges.push_back(EdgeSlot{std::move(data), e});
    ++d->liveEdges;
    return id;
}

bool KnowledgeGraph::removeEdge(EdgeId id)
{
    EdgeSlot *slot = d->edgeSlot(id);
    if (!slot)
        return false;
    boost::remove_edge(slot->edge, d->topology);
    d->edgeByKey.remove(slot->data.key);
    d->edges[id.value()].reset();
    --d->liveEdges;
    return true;
}

quint32 KnowledgeGraph::nodeIdLimit() const { return quint32(d->nodes.size()); }
quint32 KnowledgeGraph::edgeIdLimit() const { return quint32(d->edges.size()); }

void KnowledgeGraph::reserveIds(quint32 nodeLimit, quint32 edgeLimit)
{
    if (nodeLimit > d->nodes.size())
        d->nodes.resize(nodeLimit);
    if (edgeLimit > d->edges.size())
        d->edges.resize(edgeLimit);
}

void KnowledgeGraph::reserve(qsizetype moreNodes, qsizetype moreEdges)
{
    d->nodes.reserve(d->nodes.size() + size_t(std::max<qsizetype>(moreNodes, 0)));
    d->edges.reserve(d->edges.size() + size_t(std::max<qsizetype>(moreEdges, 0)));
    d->nodeByKey.reserve(d->nodeByKey.size() + moreNodes);
    d->edgeByKey.reserve(d->edgeByKey.size() + moreEdges);
}

bool KnowledgeGraph::restoreNode(NodeId id, NodeData data)
{
    if (!id.isValid() || data.key.isEmpty() || d->nodeByKey.contains(data.key)
        || (id.value() < d->nodes.size() && d->nodes[id.value()]))
        return false;
    if (id.value() >= d->nodes.size())
        d->nodes.resize(size_t(id.value()) + 1);
    Vertex v = boost::add_vertex(id, d->topology);
    d->nodeByKey.insert(data.key, id);
    d->indexNames(id, data);
    d->nodes[id.value()] = NodeSlot{std::move(data), v};
    ++d->liveNodes;
    return true;
}

bool KnowledgeGraph::restoreEdge(EdgeId id, EdgeData data)
{
    NodeSlot *source = d->nodeSlot(data.source);
    NodeSlot *target = d->nodeSlot(data.target);
    if (!source || !target || !id.isValid() || data.key.isEmpty() || d->edgeByKey.contains(data.key)
        || (id.value() < d->edges.size() && d->edges[id.value()]))
        return false;
    if (id.value() >= d->edges.size())
        d->edges.resize(size_t(id.value()) + 1);
    BoostEdge e = boost::add_edge(source->vertex, target->vertex, id, d->topology).first;
    d->edgeByKey.insert(data.key, id);
    d->edges[id.value()] = EdgeSlot{std::move(data), e};
    ++d->liveEdges;
    return true;
}

bool KnowledgeGraph::reconnectEdge(EdgeId id, NodeId source, NodeId target)
{
    EdgeSlot *slot = d->edgeSlot(id);
    NodeSlot *from = d->nodeSlot(source);
    NodeSlot *to = d->nodeSlot(target);
    if (!slot || !from || !to)
        return false;
    boost::remove_edge(slot->edge, d->topology);
    slot->edge = boost::add_edge(from->vertex, to->vertex, id, d->topology).first;
    slot->data.source = source;
    slot->data.target = target;
    return true;
}

void KnowledgeGraph::clear()
{
    d = std::make_unique<Private>();
}

bool KnowledgeGraph::contains(NodeId id) const { return d->nodeSlot(id) != nullptr; }
bool KnowledgeGraph::contains(EdgeId id) const { return d->edgeSlot(id) != nullptr; }

const NodeData &KnowledgeGraph::node(NodeId id) const
{
    Q_ASSERT(contains(id));
    return d->nodeSlot(id)->data;
}

const EdgeData &KnowledgeGraph::edge(EdgeId id) const
{
    Q_ASSERT(contains(id));
    return d->edgeSlot(id)->data;
}

bool KnowledgeGraph::updateNode(NodeId id, NodeData data)
{
    NodeSlot *slot = d->nodeSlot(id);
    if (!slot || data.key.isEmpty())
        return false;
    if (data.key != slot->data.key) {
        if (d->nodeByKey.contains(data.key))
            return false;
        d->nodeByKey.remove(slot->data.key);
        d->nodeByKey.insert(data.key, id);
    }
    if (d->names && (data.label != slot->data.label || data.aliases != slot->data.aliases)) {
        d->unindexNames(id, slot->data);
        d->indexNames(id, data);
    }
    slot->data = std::move(data);
    return true;
}

bool KnowledgeGraph::updateEdge(EdgeId id, EdgeData data)
{
    EdgeSlot *slot = d->edgeSlot(id);
    if (!slot || data.key.isEmpty() || data.source != slot->data.source
        || data.target != slot->data.target)
        return false;
    if (data.key != slot->data.key) {
        if (d->edgeByKey.contains(data.key))
            return false;
        d->edgeByKey.remove(slot->data.key);
        d->edgeByKey.insert(data.key, id);
    }
    slot->data = std::move(data);
    return true;
}

NodeId KnowledgeGraph::findNode(const QString &key) const { return d->nodeByKey.value(key); }
EdgeId KnowledgeGraph::findEdge(const QString &key) const { return d->edgeByKey.value(key); }

QList<NodeId> KnowledgeGraph::findByName(const QString &name) const
{
    {
        const std::lock_guard<std::mutex> made(d->namesMade); // readers on two threads make it once
        if (!d->names) {
            d->names = std::make_unique<QHash<QString, QList<NodeId>>>();
            d->names->reserve(d->liveNodes);
            for (size_t i = 0; i < d->nodes.size(); ++i)
                if (const auto &slot = d->nodes[i])
                    d->indexNames(NodeId(quint32(i)), slot->data);
        }
    }
    QList<NodeId> found = d->names->value(name.trimmed().toCaseFolded());
    std::sort(found.begin(), found.end());
    return found;
}

qsizetype KnowledgeGraph::nodeCount() const { return d->liveNodes; }
qsizetype KnowledgeGraph::edgeCount() const { return d->liveEdges; }

QList<NodeId> KnowledgeGraph::nodes() const
{
    QList<NodeId> ids;
    ids.reserve(d->liveNodes);
    for (size_t i = 0; i < d->nodes.size(); ++i) {
        if (d->nodes[i])
            ids.append(NodeId(quint32(i)));
    }
    return ids;
}

QList<EdgeId> KnowledgeGraph::edges() const
{
    QList<EdgeId> ids;
    ids.reserve(d->liveEdges);
    for (size_t i = 0; i < d->edges.size(); ++i) {
        if (d->edges[i])
            ids.append(EdgeId(quint32(i)));
    }
    return ids;
}

QList<EdgeId> KnowledgeGraph::outEdges(NodeId id) const
{
    QList<EdgeId> result;
    if (NodeSlot *slot = d->nodeSlot(id)) {
        for (auto [it, end] = boost::out_edges(slot->vertex, d->topology); it != end; ++it)
            result.append(d->topology[*it]);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<EdgeId> KnowledgeGraph::inEdges(NodeId id) const
{
    QList<EdgeId> result;
    if (NodeSlot *slot = d->nodeSlot(id)) {
        for (auto [it, end] = boost::in_edges(slot->vertex, d->topology); it != end; ++it)
            result.append(d->topology[*it]);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<EdgeId> KnowledgeGraph::incidentEdges(NodeId id) const
{
    QList<EdgeId> result = outEdges(id);
    for (EdgeId e : inEdges(id)) {
        if (!result.contains(e)) // a self-loop is both out and in
            result.append(e);
    }
    return result;
}

QList<NodeId> KnowledgeGraph::neighbours(NodeId id) const
{
    QList<NodeId> result;
    QSet<NodeId> seen;
    for (EdgeId e : incidentEdges(id)) {
        const EdgeData &edge = d->edgeSlot(e)->data;
        const NodeId other = edge.source == id ? edge.target : edge.source;
        if (!seen.contains(other)) {
            seen.insert(other);
            result.append(other);
        }
    }
    return result;
}

QSet<NodeId> KnowledgeGraph::neighbourhood(NodeId id, int depth) const
{
    QSet<NodeId> reached;
    if (!contains(id))
        return reached;
    reached.insert(id);
    std::deque<std::pair<NodeId, int>> queue{{id, 0}};
    while (!queue.empty()) {
        auto [current, distance] = queue.front();
        queue.pop_front();
        if (distance >= depth)
            continue;
        for (NodeId next : neighbours(current)) {
            if (!reached.contains(next)) {
                reached.insert(next);
                queue.emplace_back(next, distance + 1);
            }
        }
    }
    return reached;
}

const QList<Document> &KnowledgeGraph::documents() const { return d->documents; }

const Document *KnowledgeGraph::document(const QString &id) const
{
    const auto it = d->documentIndex.constFind(id);
    return it == d->documentIndex.constEnd() ? nullptr : &d->documents.at(*it);
}

bool KnowledgeGraph::addDocument(Document doc)
{
    if (doc.id.isEmpty() || d->documentIndex.contains(doc.id))
        return false;
    d->documentIndex.insert(doc.id, d->documents.size());
    d->documents.append(std::move(doc));
    return true;
}

bool KnowledgeGraph::removeDocument(const QString &id)
{
    const auto it = d->documentIndex.constFind(id);
    if (it == d->documentIndex.constEnd())
        return false;
    d->documents.removeAt(*it);
    d->documentIndex.clear();
    for (qsizetype i = 0; i < d->documents.size(); ++i)
        d->documentIndex.insert(d->documents.at(i).id, i);
    return true;
}

void KnowledgeGraph::setDocumentText(const QString &id, const QString &text)
{
    const auto it = d->documentIndex.constFind(id);
    if (it != d->documentIndex.constEnd())
        d->documents[*it].text = text;
}

bool KnowledgeGraph::setDocumentMetadata(const Document &metadata)
{
    const auto it = d->documentIndex.constFind(metadata.id);
    if (it == d->documentIndex.constEnd())
        return false;
    Document &doc = d->documents[*it];
    const QString text = doc.text;
    doc = metadata;
    doc.text = text;
    return true;
}

} // namespace threadline
