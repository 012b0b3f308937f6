#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include "ids.h"

namespace threadline {

class GraphDocument;

// What the user has selected, shared by the canvas and every panel, so they
// never disagree. The current element is the one the inspector, evidence
// list and source viewer show: the last one selected (a node, an edge or a
// document). Ids the document removes leave the selection; a reset clears it.
class Selection : public QObject
{
    Q_OBJECT

public:
    explicit Selection(GraphDocument *document, QObject *parent = nullptr);

    const QSet<NodeId> &nodes() const { return m_nodes; }
    const QSet<EdgeId> &edges() const { return m_edges; }
    NodeId currentNode() const { return m_currentNode; }
    EdgeId currentEdge() const { return m_currentEdge; }
    QString currentDocument() const { return m_currentDocument; }
    bool isEmpty() const { return m_nodes.isEmpty() && m_edges.isEmpty() && m_currentDocument.isEmpty(); }
    bool contains(NodeId id) const { return m_nodes.contains(id); }
    bool contains(EdgeId id) const { return m_edges.contains(id); }

    // Replaces the selection with one element, which becomes current.
    void select(NodeId id);
    void select(EdgeId id);
    // A document becomes current; `nodes` (those it gives evidence for) are
    // selected with it.
    void selectDocument(const QString &id, const QList<NodeId> &nodes = {});
    // Adds or removes one element (Ctrl+click); an added one becomes current.
    void toggle(NodeId id);
    void toggle(EdgeId id);
    // Replaces the selection (a rubber band, Ctrl+click); current is
    // `current` when it is among them, else the first.
    void setNodes(const QList<NodeId> &ids, NodeId current = {});
    void clear();

Q_SIGNALS:
    // After every change, once.
    void changed();

private:
    void forget(const QList<NodeId> &nodes, const QList<EdgeId> &edges);
    void emitIfChanged(const QSet<NodeId> &nodes, const QSet<EdgeId> &edges, NodeId node, EdgeId edge,
                       const QString &document);

    GraphDocument *m_document;
    QSet<NodeId> m_nodes;
    QSet<EdgeId> m_edges;
    NodeId m_currentNode;
    EdgeId m_currentEdge;
    QString m_currentDocument;
};

} // namespace threadline
