#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "graphdocument.h"

namespace threadline {

// One user action on a GraphDocument, done and undone. The UI wraps each in
// a QUndoCommand (ui/undo); this layer stays Qt Core so that the same edits
// serve the command line and the tests. An edit is made just before it is
// first done, from the document as it is then; after that, undo and redo
// alternate.
class Edit
{
public:
    explicit Edit(QString text) : m_text(std::move(text)) {}
    virtual ~Edit() = default;
    Edit(const Edit &) = delete;
    Edit &operator=(const Edit &) = delete;

    QString text() const { return m_text; }
    virtual void redo(GraphDocument &document) = 0;
    virtual void undo(GraphDocument &document) = 0;
    // Edits of one gesture (a drag) share an id >= 0 and merge into one
    // step: mergeWith takes the later one in.
    virtual int mergeId() const { return -1; }
    virtual bool mergeWith(const Edit &) { return false; }

protected:
    void setText(QString text) { m_text = std::move(text); }

private:
    QString m_text;
};

class AddNodeEdit : public Edit
{
public:
    explicit AddNodeEdit(NodeData data, std::optional<QPointF> position = std::nullopt);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;
    NodeId id() const { return m_id; } // valid once done

private:
    NodeData m_data;
    std::optional<QPointF> m_position;
    NodeId m_id;
    RemovedElements m_removed;
};

class AddEdgeEdit : public Edit
{
public:
    explicit AddEdgeEdit(EdgeData data);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;
    EdgeId id() const { return m_id; }

private:
    EdgeData m_data;
    EdgeId m_id;
    RemovedElements m_removed;
};

// Adds articles as documents (an import); undo takes them out again.
class AddDocumentsEdit : public Edit
{
public:
    explicit AddDocumentsEdit(QList<Document> documents);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    QList<Document> m_documents;
};

// Deletes nodes (with their edges) and edges.
class RemoveEdit : public Edit
{
public:
    RemoveEdit(QList<NodeId> nodes, QList<EdgeId> edges);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    QList<NodeId> m_nodes;
    QList<EdgeId> m_edges;
    RemovedElements m_removed;
};

// New data for one node (label, aliases, kind, properties, evidence).
class ChangeNodeEdit : public Edit
{
public:
    ChangeNodeEdit(const GraphDocument &document, NodeId id, NodeData after, QString text);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    NodeId m_id;
    NodeData m_before;
    NodeData m_after;
};

class ChangeEdgeEdit : public Edit
{
public:
    ChangeEdgeEdit(const GraphDocument &document, EdgeId id, EdgeData after, QString text);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    EdgeId m_id;
    EdgeData m_before;
    EdgeData m_after;
};

// New metadata for one document (title, outlet, date, URL, note).
class ChangeDocumentEdit : public Edit
{
public:
    ChangeDocumentEdit(const GraphDocument &document, Document after);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    Document m_before;
    Document m_after;
};

// Nodes moved by hand (one step per gesture) or by a layout.
class MoveEdit : public Edit
{
public:
    // gesture >= 0 merges consecutive moves of one drag into one step.
    MoveEdit(const GraphDocument &document, QHash<NodeId, QPointF> after, QString text, int gesture = -1);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;
    int mergeId() const override { return m_gesture; }
    bool mergeWith(const Edit &other) override;

private:
    QHash<NodeId, std::optional<QPointF>> m_before;
    QHash<NodeId, QPointF> m_after;
    int m_gesture;
};

// Pins or unpins, hides or shows nodes.
class FlagEdit : public Edit
{
public:
    enum class Flag { Pinned, Hidden };
    FlagEdit(const GraphDocument &document, Flag flag, const QList<NodeId> &ids, bool on);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;

private:
    void set(GraphDocument &document, bool on) const;

    Flag m_flag;
    QList<NodeId> m_changed; // the ids whose flag this edit flips
    bool m_on;
};

// Several edits as one step: done in order, undone in reverse.
class CompositeEdit : public Edit
{
public:
    explicit CompositeEdit(QString text) : Edit(std::move(text)) {}
    // Does the edit now (the next part may depend on it) and keeps it.
    void doAndAppend(GraphDocument &document, std::unique_ptr<Edit> edit);
    void redo(GraphDocument &document) override;
    void undo(GraphDocument &document) override;
    bool isEmpty() const { return m_parts.empty(); }

private:
    std::vector<std::unique_ptr<Edit>> m_parts;
    bool m_done = false;
};

// Merges `absorbed` into `kept`: the absorbed node's label and aliases become
// aliases of the kept one, evidence and properties it lacks are added, its
// edges are re-pointed to the kept node (an edge that would then repeat one
// the kept node has, same relation and other end, gives that one its
// evidence instead; an edge between the two goes), and the absorbed node is
// deleted. Done on construction; undo restores every id, edge and span.
std::unique_ptr<CompositeEdit> mergeNodes(GraphDocument &document, NodeId kept, NodeId absorbed);

// Splits one of a node's aliases off into a node of its own, of the same
// kind: the alias leaves the node, and so does each evidence span whose
// text holds the alias (as a whole word, in any case) but not the node's
// label; the new node gets those spans and sits beside the old one. Edges
// stay. Done on construction; nullptr when the node has no such alias.
// *created is the new node's id.
std::unique_ptr<CompositeEdit> splitAlias(GraphDocument &document, NodeId node, const QString &alias,
                                          NodeId *created = nullptr);

// A key for a new node that no node has yet: kind, colon, the first words
// of `words` in lower case joined by hyphens ("person:andrii-sybiha"), and
// a number when that is taken.
QString uniqueNodeKey(const KnowledgeGraph &graph, NodeKind kind, const QString &words);

} // namespace threadline
