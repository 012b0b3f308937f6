#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

#include "types.h"

namespace threadline {

// The knowledge graph: nodes and directed, typed edges with evidence, plus the
// documents that evidence points into. Boost.Graph holds the topology; it never
// appears in this header. Ids are stable: removing an element never renumbers
// another, and an id is never handed out twice.
class KnowledgeGraph
{
public:
    KnowledgeGraph();
    KnowledgeGraph(const KnowledgeGraph &other);
    KnowledgeGraph &operator=(const KnowledgeGraph &other);
    KnowledgeGraph(KnowledgeGraph &&) noexcept;
    KnowledgeGraph &operator=(KnowledgeGraph &&) noexcept;
    ~KnowledgeGraph();

    // Adds a node; returns an invalid id when data.key is empty or taken.
    NodeId addNode(NodeData data);
    // Removes the node and every edge touching it.
    bool removeNode(NodeId id);
    // Adds an edge; returns an invalid id when an endpoint does not exist or
    // data.key is taken. An empty key gets a generated one.
    EdgeId addEdge(EdgeData data);
    bool removeEdge(EdgeId id);
    // Puts an element in under a given id: one that was removed (undo), or
    // one a saved project gave it. False when the id is live, when the key
    // is taken, or (edges) when an endpoint is missing. nodes() and edges()
    // stay in id order.
    bool restoreNode(NodeId id, NodeData data);
    bool restoreEdge(EdgeId id, EdgeData data);
    // The next ids handed out are at least these (a project keeps them, so
    // an id is never handed out twice, across sessions too).
    quint32 nodeIdLimit() const;
    quint32 edgeIdLimit() const;
    void reserveIds(quint32 nodeLimit, quint32 edgeLimit);
    // Room for this many more nodes and edges, so a reader adding a file's
    // elements one by one does not grow the tables again and again.
    void reserve(qsizetype moreNodes, qsizetype moreEdges);
    // Moves an edge's ends (a merge re-points edges); the edge keeps its id.
    bool reconnectEdge(EdgeId id, NodeId source, NodeId target);
    void clear();

    bool contains(NodeId id) const;
    bool contains(EdgeId id) const;
    const NodeData &node(NodeId id) const; // id must exist
    const EdgeData &edge(EdgeId id) const; // id must exist
    // Replaces a node's data; the key may change if the new one is free.
    bool updateNode(NodeId id, NodeData data);
    bool updateEdge(EdgeId id, EdgeData data); // endpoints must stay the same

    NodeId findNode(const QString &key) const;
    EdgeId findEdge(const QString &key) const;
    // Nodes whose label or one of whose aliases equals name, ignoring case
    // (and the spaces around `name`), in id order. Answered from an index
    // made at the first call and kept up to date by every change after.
    QList<NodeId> findByName(const QString &name) const;

    qsizetype nodeCount() const;
    qsizetype edgeCount() const;
    QList<NodeId> nodes() const; // in order of insertion
    QList<EdgeId> edges() const; // in order of insertion

    QList<EdgeId> outEdges(NodeId id) const;
    QList<EdgeId> inEdges(NodeId id) const;
    QList<EdgeId> incidentEdges(NodeId id) const; // out, then in
    // Nodes one edge away, either direction, without duplicates.
    QList<NodeId> neighbours(NodeId id) const;
    // Nodes within depth edges of id (either direction), id included.
    QSet<NodeId> neighbourhood(NodeId id, int depth) const;

    // Documents that evidence spans point into.
    const QList<Document> &documents() const;
    const Document *document(const QString &id) const;
    bool addDocument(Document doc); // false if the id is taken
    bool removeDocument(const QString &id); // spans into it are the caller's business
    void setDocumentText(const QString &id, const QString &text);
    // New metadata (title, outlet, date, URL, file, note) for a document;
    // its text stays, because evidence points into it. False if unknown.
    bool setDocumentMetadata(const Document &metadata);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace threadline
