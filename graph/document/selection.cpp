#include "selection.h"

#include "documentstats.h"

#include "graphdocument.h"

namespace threadline {

Selection::Selection(GraphDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &GraphDocument::nodesRemoved, this, [this](const QList<NodeId> &ids) { forget(ids, {}); });
    connect(document, &GraphDocument::edgesRemoved, this, [this](const QList<EdgeId> &ids) { forget({}, ids); });
    connect(document, &GraphDocument::wasReset, this, [this] {
        clear();
        clearHistory(); // another graph: its ids mean other things
    });
}

void Selection::emitIfChanged(const QSet<NodeId> &nodes, const QSet<EdgeId> &edges, NodeId node, EdgeId edge,
                              const QString &document)
{
    if (nodes == m_nodes && edges == m_edges && node == m_currentNode && edge == m_currentEdge
        && document == m_currentDocument)
        return;
    // A new current element is a step in the history (unless we are walking it).
    const Step before{m_currentNode, m_currentEdge, m_currentDocument};
    const Step after{node, edge, document};
    if (!m_navigating && !(before == after) && !before.isEmpty() && !after.isEmpty()) {
        if (m_back.isEmpty() || !(m_back.constLast() == before))
            m_back.append(before);
        if (m_back.size() > 200)
            m_back.removeFirst();
        m_forward.clear();
        Q_EMIT historyChanged();
    }
    m_nodes = nodes;
    m_edges = edges;
    m_currentNode = node;
    m_currentEdge = edge;
    m_currentDocument = document;
    Q_EMIT changed();
}

void Selection::select(NodeId id)
{
    if (!m_document->graph().contains(id))
        return clear();
    emitIfChanged({id}, {}, id, {}, {});
}

void Selection::select(EdgeId id)
{
    if (!m_document->graph().contains(id))
        return clear();
    emitIfChanged({}, {id}, {}, id, {});
}

void Selection::selectDocument(const QString &id, const QList<NodeId> &nodes)
{
    if (!m_document->graph().document(id))
        return clear();
    QSet<NodeId> selected;
    for (NodeId n : nodes) {
        if (m_document->graph().contains(n))
            selected.insert(n);
    }
    emitIfChanged(selected, {}, {}, {}, id);
}

void Selection::toggle(NodeId id)
{
    if (!m_document->graph().contains(id))
        return;
    QSet<NodeId> nodes = m_nodes;
    if (nodes.remove(id)) {
        const NodeId current = m_currentNode == id ? NodeId() : m_currentNode;
        emitIfChanged(nodes, m_edges, current, m_currentEdge, m_currentDocument);
    } else {
        nodes.insert(id);
        emitIfChanged(nodes, m_edges, id, {}, {});
    }
}

void Selection::toggle(EdgeId id)
{
    if (!m_document->graph().contains(id))
        return;
    QSet<EdgeId> edges = m_edges;
    if (edges.remove(id)) {
        const EdgeId current = m_currentEdge == id ? EdgeId() : m_currentEdge;
        emitIfChanged(m_nodes, edges, m_currentNode, current, m_currentDocument);
    } else {
        edges.insert(id);
        emitIfChanged(m_nodes, edges, {}, id, {});
    }
}

void Selection::setNodes(const QList<NodeId> &ids, NodeId current)
{
    QSet<NodeId> nodes;
    NodeId first;
    for (NodeId id : ids) {
        if (!m_document->graph().contains(id))
            continue;
        if (!first.isValid())
            first = id;
        nodes.insert(id);
    }
    emitIfChanged(nodes, {}, nodes.contains(current) ? current : first, {}, {});
}

void Selection::clear()
{
    emitIfChanged({}, {}, {}, {}, {});
}

void Selection::forget(const QList<NodeId> &nodes, const QList<EdgeId> &edges)
{
    QSet<NodeId> n = m_nodes;
    QSet<EdgeId> e = m_edges;
    for (NodeId id : nodes)
        n.remove(id);
    for (EdgeId id : edges)
        e.remove(id);
    emitIfChanged(n, e, n.contains(m_currentNode) ? m_currentNode : NodeId(),
                  e.contains(m_currentEdge) ? m_currentEdge : EdgeId(), m_currentDocument);
}

bool Selection::isLive(const Step &step) const
{
    const KnowledgeGraph &g = m_document->graph();
    return (step.node.isValid() && g.contains(step.node)) || (step.edge.isValid() && g.contains(step.edge))
           || (!step.document.isEmpty() && g.document(step.document));
}

bool Selection::go(QList<Step> &from, QList<Step> &to)
{
    while (!from.isEmpty() && !isLive(from.constLast()))
        from.removeLast();
    if (from.isEmpty()) {
        Q_EMIT historyChanged();
        return false;
    }
    const Step here{m_currentNode, m_currentEdge, m_currentDocument};
    const Step there = from.takeLast();
    if (!here.isEmpty())
        to.append(here);
    m_navigating = true;
    if (there.node.isValid())
        select(there.node);
    else if (there.edge.isValid())
        select(there.edge);
    else
        selectDocument(there.document, nodesWithEvidenceIn(m_document->graph(), there.document));
    m_navigating = false;
    Q_EMIT historyChanged();
    return true;
}

bool Selection::back()
{
    return go(m_back, m_forward);
}

bool Selection::forward()
{
    return go(m_forward, m_back);
}

void Selection::clearHistory()
{
    m_back.clear();
    m_forward.clear();
    Q_EMIT historyChanged();
}

} // namespace threadline
