#include "nodeindex.h"

#include <algorithm>
#include <cmath>

#include "graphitems.h"

namespace threadline {

namespace {
constexpr int maxCellsPerSide = 512;
// Nodes listed apart before the grid is built again: each question looks at
// every one of them, a rebuild at every node.
qsizetype mostApart(qsizetype nodes)
{
    return std::max<qsizetype>(256, nodes / 32);
}

// Which label claims room first (NodeIndex::labelOrder).
struct LabelRank
{
    bool major;
    qreal radius;
    NodeId id;
    explicit LabelRank(const NodeItem *node) : major(node->isMajor()), radius(node->radius()), id(node->nodeId()) {}
    bool operator<(const LabelRank &other) const
    {
        if (major != other.major)
            return major;
        if (radius != other.radius)
            return radius > other.radius;
        return id < other.id;
    }
};
// The nodes, most important label first.
std::vector<NodeItem *> byRank(std::vector<std::pair<LabelRank, NodeItem *>> keyed)
{
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<NodeItem *> order;
    order.reserve(keyed.size());
    for (const auto &[rank, node] : keyed)
        order.push_back(node);
    return order;
}
} // namespace

void NodeIndex::markMoved(NodeItem *node)
{
    if (m_stale || node->isListedApart())
        return;
    if (qsizetype(m_apart.size()) >= mostApart(m_nodes->size())) {
        markStale();
        return;
    }
    node->setListedApart(true);
    m_apart.push_back(node);
}

void NodeIndex::rebuild()
{
    m_stale = false;
    ++m_builds;
    m_apart.clear(); // (a node listed may be gone: each node's mark is cleared below)
    m_items.clear();
    m_starts.clear();
    m_columns = m_rows = 0;
    if (m_nodes->isEmpty())
        return;
    qreal left = INFINITY, top = INFINITY, right = -INFINITY, bottom = -INFINITY;
    m_reach = QMarginsF();
    for (NodeItem *node : *m_nodes) {
        node->setListedApart(false);
        const QPointF at = node->pos();
        left = std::min(left, at.x());
        right = std::max(right, at.x());
        top = std::min(top, at.y());
        bottom = std::max(bottom, at.y());
        const QRectF bounds = node->boundingRect();
        m_reach = QMarginsF(std::max(m_reach.left(), -bounds.left()), std::max(m_reach.top(), -bounds.top()),
                            std::max(m_reach.right(), bounds.right()), std::max(m_reach.bottom(), bounds.bottom()));
    }
    m_area = QRectF(QPointF(left, top), QPointF(right, bottom));
    // About two nodes a cell, at most maxCellsPerSide a side.
    const qreal width = std::max<qreal>(m_area.width(), 1), height = std::max<qreal>(m_area.height(), 1);
    m_cell = std::max(std::sqrt(width * height * 2 / qreal(m_nodes->size())),
                      std::max(width, height) / maxCellsPerSide);
    m_columns = std::max(1, int(std::ceil(width / m_cell)));
    m_rows = std::max(1, int(std::ceil(height / m_cell)));
    const auto cellOf = [&](QPointF at) {
        const int x = std::clamp(int((at.x() - left) / m_cell), 0, m_columns - 1);
        const int y = std::clamp(int((at.y() - top) / m_cell), 0, m_rows - 1);
        return y * m_columns + x;
    };
    // Counted, then placed: one array for every cell.
    m_starts.assign(size_t(m_columns) * m_rows + 1, 0);
    for (const NodeItem *node : *m_nodes)
        ++m_starts[size_t(cellOf(node->pos())) + 1];
    for (size_t i = 1; i < m_starts.size(); ++i)
        m_starts[i] += m_starts[i - 1];
    std::vector<int> next(m_starts.begin(), m_starts.end() - 1);
    m_items.resize(size_t(m_nodes->size()));
    for (NodeItem *node : *m_nodes)
        m_items[size_t(next[size_t(cellOf(node->pos()))]++)] = node;
}

void NodeIndex::forEachIn(const QRectF &rect, const std::function<void(NodeItem *)> &visit)
{
    if (m_stale)
        rebuild();
    if (m_columns == 0)
        return;
    const auto meets = [&rect](const NodeItem *node) { return node->boundingRect().translated(node->pos()).intersects(rect); };
    for (NodeItem *node : m_apart) {
        if (meets(node))
            visit(node);
    }
    const bool skipApart = !m_apart.empty();
    // A node reaches `rect` only if its centre lies within its reach of it.
    const QRectF centres = rect.marginsAdded(m_reach);
    if (!centres.intersects(m_area.adjusted(-1, -1, 1, 1)))
        return;
    const int x0 = std::clamp(int(std::floor((centres.left() - m_area.left()) / m_cell)), 0, m_columns - 1);
    const int x1 = std::clamp(int(std::floor((centres.right() - m_area.left()) / m_cell)), 0, m_columns - 1);
    const int y0 = std::clamp(int(std::floor((centres.top() - m_area.top()) / m_cell)), 0, m_rows - 1);
    const int y1 = std::clamp(int(std::floor((centres.bottom() - m_area.top()) / m_cell)), 0, m_rows - 1);
    for (int y = y0; y <= y1; ++y) {
        // A row's cells are one run of the array.
        const int from = m_starts[size_t(y * m_columns + x0)], to = m_starts[size_t(y * m_columns + x1) + 1];
        for (int i = from; i < to; ++i) {
            NodeItem *node = m_items[size_t(i)];
            if (meets(node) && !(skipApart && node->isListedApart()))
                visit(node);
        }
    }
}

quint64 NodeIndex::drawingKey(const NodeItem *node)
{
    return (quint64(node->isMajor()) << 32) | node->nodeId().value();
}

void NodeIndex::forEachInDrawingOrder(const QRectF &rect, const std::function<void(NodeItem *)> &visit)
{
    if (m_stale)
        rebuild();
    if (m_orderStale) {
        m_orderStale = false;
        std::vector<std::pair<quint64, NodeItem *>> keyed;
        keyed.reserve(size_t(m_nodes->size()));
        for (NodeItem *node : *m_nodes)
            keyed.emplace_back(drawingKey(node), node);
        std::sort(keyed.begin(), keyed.end());
        m_order.clear();
        m_order.reserve(keyed.size());
        for (const auto &[key, node] : keyed)
            m_order.push_back(node);
    }
    const QRectF reach = m_area.marginsAdded(m_reach);
    const QRectF common = reach.intersected(rect);
    if (common.width() * common.height() >= 0.25 * reach.width() * reach.height()) {
        for (NodeItem *node : m_order) {
            if (node->nodeSceneRect().intersects(rect))
                visit(node);
        }
        return;
    }
    std::vector<std::pair<quint64, NodeItem *>> found;
    forEachIn(rect, [&](NodeItem *node) {
        if (node->nodeSceneRect().intersects(rect))
            found.emplace_back(drawingKey(node), node);
    });
    std::sort(found.begin(), found.end());
    for (const auto &[key, node] : found)
        visit(node);
}

const std::vector<NodeItem *> &NodeIndex::labelOrder()
{
    // A node's size may change without the index hearing of it (node size
    // by degree): the last order stands while one pass finds it still holds.
    if (!m_labelOrderStale) {
        const auto broken = std::adjacent_find(m_labelOrder.begin(), m_labelOrder.end(),
                                               [](const NodeItem *a, const NodeItem *b) { return LabelRank(b) < LabelRank(a); });
        m_labelOrderStale = broken != m_labelOrder.end();
    }
    if (m_labelOrderStale) {
        m_labelOrderStale = false;
        // Sorted by keys read once per node: a comparison that reads two
        // items costs two cache misses at 100k nodes.
        std::vector<std::pair<LabelRank, NodeItem *>> keyed;
        keyed.reserve(size_t(m_nodes->size()));
        for (NodeItem *node : *m_nodes)
            keyed.emplace_back(LabelRank(node), node);
        m_labelOrder = byRank(std::move(keyed));
    }
    return m_labelOrder;
}

std::vector<NodeItem *> NodeIndex::labelOrderIn(const QRectF &rect)
{
    std::vector<std::pair<LabelRank, NodeItem *>> keyed;
    forEachIn(rect, [&](NodeItem *node) { keyed.emplace_back(LabelRank(node), node); });
    return byRank(std::move(keyed));
}

} // namespace threadline
