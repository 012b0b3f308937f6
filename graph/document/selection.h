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

    // Back and forward through what was current, as a browser does: each
    // new current node, relationship or document is a step. Steps whose
    // element has gone since are passed over. False when there is none.
    bool back();
    bool forward();
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void clearHistory();

Q_SIGNALS:
    // After every change, once.
    void changed();
    void historyChanged();

private:
    void forget(const QList<NodeId> &nodes, const QList<EdgeId> &edges);
    void emitIfChanged(const QSet<NodeId> &nodes, const QSet<EdgeId> &edges, NodeId node, EdgeId edge,
                       const QString &document);

    struct Step
    {
        NodeId node;
        EdgeId edge;
        QString document;
        bool isEmpty() const { return !node.isValid() && !edge.isValid() && document.isEmpty(); }
        friend bool operator==(const Step &, const Step &) = default;
    };
    bool go(QList<Step> &from, QList<Step> &to);
    bool isLive(const Step &step) const;

    GraphDocument *m_document;
    QList<Step> m_back;    // newest last
    QList<Step> m_forward; // newest last
    bool m_navigating = false;
    QSet<NodeId> m_nodes;
    QSet<EdgeId> m_edges;
    NodeId m_currentNode;
    EdgeId m_currentEdge;
    QString m_currentDocument;
};

} // namespace threadline
