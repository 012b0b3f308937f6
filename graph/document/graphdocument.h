#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QSet>

#include <optional>
#include <utility>

#include "knowledgegraph.h"

namespace threadline {

// What a removal took out, enough to put it all back under the same ids:
// the nodes, every edge that went (named or touching a removed node), and
// the removed nodes' view state.
struct RemovedElements
{
    QList<std::pair<NodeId, NodeData>> nodes;
    QList<std::pair<EdgeId, EdgeData>> edges;
    QHash<NodeId, QPointF> positions;
    QSet<NodeId> pinned;
    QSet<NodeId> hidden;

    bool isEmpty() const { return nodes.isEmpty() && edges.isEmpty(); }
};

// Owns the knowledge graph and its view state (positions, pinned, hidden)
// and is the one path for every change. Each change emits a fine-grained
// signal naming the elements it touched, so views update what changed and
// nothing else; then changed() follows, once per change.
//
// Undo lives a level up: edits.h describes each user action as an Edit that
// calls these functions and knows how to reverse them. Ids never change:
// restore() puts removed elements back under their own ids.
class GraphDocument : public QObject
{
    Q_OBJECT

public:
    explicit GraphDocument(QObject *parent = nullptr);
    ~GraphDocument() override;

    const KnowledgeGraph &graph() const { return m_graph; }
    const QHash<NodeId, QPointF> &positions() const { return m_positions; }
    const QSet<NodeId> &pinned() const { return m_pinned; }
    const QSet<NodeId> &hidden() const { return m_hidden; }
    bool isPinned(NodeId id) const { return m_pinned.contains(id); }
    bool isHidden(NodeId id) const { return m_hidden.contains(id); }
    // Grows by one with every change; a saved project remembers the one it
    // saved, so "modified" is a comparison.
    quint64 revision() const { return m_revision; }

    // Many changes as one (an undo step of a thousand articles): the
    // fine-grained signals come as ever, and a view with work to do per
    // change may put it off until changesEnded(). Scopes nest; the
    // outermost end signals.
    void beginChanges() { ++m_changeDepth; }
    void endChanges();
    bool isChanging() const { return m_changeDepth > 0; }
    // A beginChanges() scope for the lifetime of the object.
    class ChangeScope
    {
    public:
        explicit ChangeScope(GraphDocument &document) : m_document(document) { m_document.beginChanges(); }
        ~ChangeScope() { m_document.endChanges(); }
        ChangeScope(const ChangeScope &) = delete;
        ChangeScope &operator=(const ChangeScope &) = delete;

    private:
        GraphDocument &m_document;
    };

    // Replaces everything (a file was opened): aboutToReset, then wasReset;
    // no per-element signals.
    void reset(KnowledgeGraph graph, QHash<NodeId, QPointF> positions = {}, QSet<NodeId> pinned = {},
               QSet<NodeId> hidden = {});

    // An invalid id when the key is empty or taken (addEdge: or an end is
    // missing). A node may come with its position.
    NodeId addNode(NodeData data, std::optional<QPointF> position = std::nullopt);
    EdgeId addEdge(EdgeData data);
    // Removes the nodes with every edge touching them, and the edges.
    RemovedElements remove(const QList<NodeId> &nodes, const QList<EdgeId> &edges);
    // Puts back what remove() returned, under the same ids; false (and
    // nothing changed) when an id or key is in use again.
    bool restore(const RemovedElements &removed);
    // Replaces an element's data (nodesChanged / edgesChanged, and
    // evidenceChanged when its evidence differs). Edge ends stay.
    bool setNode(NodeId id, NodeData data);
    bool setEdge(EdgeId id, EdgeData data);
    bool reconnectEdge(EdgeId id, NodeId source, NodeId target);
    // Positions of the nodes named; others keep theirs.
    void setPositions(const QHash<NodeId, QPointF> &positions);
    void setPinned(const QList<NodeId> &ids, bool pinned);
    void setHidden(const QList<NodeId> &ids, bool hidden);
    bool addDocument(Document document);
    bool removeDocument(const QString &id);
    // New metadata for a document (its text stays): documentEdited, then
    // documentsChanged.
    bool setDocumentMetadata(const Document &metadata);

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    void nodesAdded(const QList<threadline::NodeId> &ids);
    void nodesRemoved(const QList<threadline::NodeId> &ids);
    void nodesChanged(const QList<threadline::NodeId> &ids);
    void edgesAdded(const QList<threadline::EdgeId> &ids);
    void edgesRemoved(const QList<threadline::EdgeId> &ids);
    void edgesChanged(const QList<threadline::EdgeId> &ids);
    void evidenceChanged(const QList<threadline::NodeId> &nodes, const QList<threadline::EdgeId> &edges);
    void positionsChanged(const QList<threadline::NodeId> &ids);
    void pinnedChanged(const QList<threadline::NodeId> &ids);
    void hiddenChanged(const QList<threadline::NodeId> &ids);
    void documentsChanged();
    void documentEdited(const QString &id);
    // After every change above, once.
    void changed();
    // The outermost beginChanges() scope ended.
    void changesEnded();

private:
    void bump();

    KnowledgeGraph m_graph;
    QHash<NodeId, QPointF> m_positions;
    QSet<NodeId> m_pinned;
    QSet<NodeId> m_hidden;
    quint64 m_revision = 0;
    int m_changeDepth = 0;
};

} // namespace threadline
