#include "edits.h"

#include <QObject>

#include <algorithm>

namespace threadline {

// --- adding ------------------------------------------------------------------

AddNodeEdit::AddNodeEdit(NodeData data, std::optional<QPointF> position)
    : Edit(QObject::tr("Add %1").arg(data.label)), m_data(std::move(data)), m_position(position)
{
}

void AddNodeEdit::redo(GraphDocument &document)
{
    if (!m_id.isValid())
        m_id = document.addNode(m_data, m_position);
    else
        document.restore(m_removed); // back under the same id
}

void AddNodeEdit::undo(GraphDocument &document)
{
    m_removed = document.remove({m_id}, {});
}

AddEdgeEdit::AddEdgeEdit(EdgeData data) : Edit(QObject::tr("Connect (%1)").arg(data.relation)), m_data(std::move(data)) {}

void AddEdgeEdit::redo(GraphDocument &document)
{
    if (!m_id.isValid())
        m_id = document.addEdge(m_data);
    else
        document.restore(m_removed);
}

void AddEdgeEdit::undo(GraphDocument &document)
{
    m_removed = document.remove({}, {m_id});
}

AddDocumentsEdit::AddDocumentsEdit(QList<Document> documents)
    : Edit(documents.size() == 1 ? QObject::tr("Import %1").arg(documents.constFirst().title)
                                 : QObject::tr("Import %n articles", nullptr, int(documents.size()))),
      m_documents(std::move(documents))
{
}

void AddDocumentsEdit::redo(GraphDocument &document)
{
    for (const Document &doc : std::as_const(m_documents))
        document.addDocument(doc);
}

void AddDocumentsEdit::undo(GraphDocument &document)
{
    for (auto it = m_documents.crbegin(); it != m_documents.crend(); ++it)
        document.removeDocument(it->id);
}

// --- removing ----------------------------------------------------------------

RemoveEdit::RemoveEdit(QList<NodeId> nodes, QList<EdgeId> edges)
    : Edit(nodes.size() + edges.size() == 1 ? QObject::tr("Delete") : QObject::tr("Delete %n elements", nullptr, int(nodes.size() + edges.size()))),
      m_nodes(std::move(nodes)), m_edges(std::move(edges))
{
}

void RemoveEdit::redo(GraphDocument &document)
{
    m_removed = document.remove(m_nodes, m_edges);
}

void RemoveEdit::undo(GraphDocument &document)
{
    document.restore(m_removed);
}

// --- changing ----------------------------------------------------------------

ChangeNodeEdit::ChangeNodeEdit(const GraphDocument &document, NodeId id, NodeData after, QString text)
    : Edit(std::move(text)), m_id(id), m_before(document.graph().node(id)), m_after(std::move(after))
{
}

void ChangeNodeEdit::redo(GraphDocument &document)
{
    document.setNode(m_id, m_after);
}

void ChangeNodeEdit::undo(GraphDocument &document)
{
    document.setNode(m_id, m_before);
}

ChangeEdgeEdit::ChangeEdgeEdit(const GraphDocument &document, EdgeId id, EdgeData after, QString text)
    : Edit(std::move(text)), m_id(id), m_before(document.graph().edge(id)), m_after(std::move(after))
{
}

void ChangeEdgeEdit::redo(GraphDocument &document)
{
    // The ends are the edge's own business (ReconnectEdit); only data here.
    EdgeData data = m_after;
    data.source = document.graph().edge(m_id).source;
    data.target = document.graph().edge(m_id).target;
    document.setEdge(m_id, data);
}

void ChangeEdgeEdit::undo(GraphDocument &document)
{
    EdgeData data = m_before;
    data.source = document.graph().edge(m_id).source;
    data.target = document.graph().edge(m_id).target;
    document.setEdge(m_id, data);
}

namespace {

class ReconnectEdit : public Edit
{
public:
    ReconnectEdit(const GraphDocument &document, EdgeId id, NodeId source, NodeId target)
        : Edit(QObject::tr("Re-point edge")), m_id(id), m_before{document.graph().edge(id).source, document.graph().edge(id).target},
          m_after{source, target}
    {
    }
    void redo(GraphDocument &document) override { document.reconnectEdge(m_id, m_after.first, m_after.second); }
    void undo(GraphDocument &document) override { document.reconnectEdge(m_id, m_before.first, m_before.second); }

private:
    EdgeId m_id;
    std::pair<NodeId, NodeId> m_before;
    std::pair<NodeId, NodeId> m_after;
};

} // namespace

// --- view state --------------------------------------------------------------

ChangeDocumentEdit::ChangeDocumentEdit(const GraphDocument &document, Document after)
    : Edit(QObject::tr("Edit document %1").arg(after.title)), m_after(std::move(after))
{
    if (const Document *before = document.graph().document(m_after.id))
        m_before = *before;
    m_after.text = m_before.text;
}

void ChangeDocumentEdit::redo(GraphDocument &document)
{
    document.setDocumentMetadata(m_after);
}

void ChangeDocumentEdit::undo(GraphDocument &document)
{
    document.setDocumentMetadata(m_before);
}

MoveEdit::MoveEdit(const GraphDocument &document, QHash<NodeId, QPointF> after, QString text, int gesture)
    : Edit(std::move(text)), m_after(std::move(after)), m_gesture(gesture)
{
    for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
        const auto at = document.positions().constFind(it.key());
        m_before.insert(it.key(), at == document.positions().constEnd() ? std::nullopt : std::optional<QPointF>(*at));
    }
}

void MoveEdit::redo(GraphDocument &document)
{
    document.setPositions(m_after);
}

void MoveEdit::undo(GraphDocument &document)
{
    // A node that had no position before keeps the new one: positions are
    // moved, never taken away.
    QHash<NodeId, QPointF> before;
    for (auto it = m_before.constBegin(); it != m_before.constEnd(); ++it) {
        if (it.value())
            before.insert(it.key(), *it.value());
    }
    document.setPositions(before);
}

bool MoveEdit::mergeWith(const Edit &other)
{
    const auto *next = dynamic_cast<const MoveEdit *>(&other);
    if (!next || next->m_gesture != m_gesture || m_gesture < 0)
        return false;
    for (auto it = next->m_after.constBegin(); it != next->m_after.constEnd(); ++it) {
        if (!m_before.contains(it.key()))
            m_before.insert(it.key(), next->m_before.value(it.key()));
        m_after.insert(it.key(), it.value());
    }
    return true;
}

FlagEdit::FlagEdit(const GraphDocument &document, Flag flag, const QList<NodeId> &ids, bool on)
    : Edit(flag == Flag::Pinned ? (on ? QObject::tr("Pin") : QObject::tr("Unpin"))
                                : (on ? QObject::tr("Hide") : QObject::tr("Show"))),
      m_flag(flag), m_on(on)
{
    for (NodeId id : ids) {
        const bool now = flag == Flag::Pinned ? document.isPinned(id) : document.isHidden(id);
        if (document.graph().contains(id) && now != on && !m_changed.contains(id))
            m_changed.append(id);
    }
}

void FlagEdit::set(GraphDocument &document, bool on) const
{
    if (m_flag == Flag::Pinned)
        document.setPinned(m_changed, on);
    else
        document.setHidden(m_changed, on);
}

void FlagEdit::redo(GraphDocument &document)
{
    set(document, m_on);
}

void FlagEdit::undo(GraphDocument &document)
{
    set(document, !m_on);
}

// --- several as one ----------------------------------------------------------

void CompositeEdit::doAndAppend(GraphDocument &document, std::unique_ptr<Edit> edit)
{
    edit->redo(document);
    m_parts.push_back(std::move(edit));
    m_done = true;
}

void CompositeEdit::redo(GraphDocument &document)
{
    if (m_done)
        return; // done as it was built (a QUndoStack redoes on push)
    for (const auto &part : m_parts)
        part->redo(document);
    m_done = true;
}

void CompositeEdit::undo(GraphDocument &document)
{
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        (*it)->undo(document);
    m_done = false;
}

// --- merging -----------------------------------------------------------------

namespace {

void appendNew(QList<EvidenceSpan> &into, const QList<EvidenceSpan> &from)
{
    for (const EvidenceSpan &span : from) {
        if (!into.contains(span))
            into.append(span);
    }
}

} // namespace

std::unique_ptr<CompositeEdit> mergeNodes(GraphDocument &document, NodeId kept, NodeId absorbed)
{
    const KnowledgeGraph &g = document.graph();
    if (kept == absorbed || !g.contains(kept) || !g.contains(absorbed))
        return nullptr;
    const NodeData &gone = g.node(absorbed);
    auto merge = std::make_unique<CompositeEdit>(QObject::tr("Merge %1 into %2").arg(gone.label, g.node(kept).label));

    // The kept node takes the other's names, evidence and missing properties.
    NodeData data = g.node(kept);
    for (const QString &name : QStringList{gone.label} + gone.aliases) {
        const bool known = name.compare(data.label, Qt::CaseInsensitive) == 0
                           || std::any_of(data.aliases.cbegin(), data.aliases.cend(), [&](const QString &a) {
                                  return a.compare(name, Qt::CaseInsensitive) == 0;
                              });
        if (!name.isEmpty() && !known)
            data.aliases.append(name);
    }
    appendNew(data.evidence, gone.evidence);
    for (auto it = gone.properties.constBegin(); it != gone.properties.constEnd(); ++it) {
        if (!data.properties.contains(it.key()))
            data.properties.insert(it.key(), it.value());
    }
    merge->doAndAppend(document, std::make_unique<ChangeNodeEdit>(document, kept, data, merge->text()));

    // Its edges move over; repeats fold into the edge the kept node has.
    QList<EdgeId> dropped;
    for (EdgeId e : g.incidentEdges(absorbed)) {
        const EdgeData edge = g.edge(e);
        const NodeId source = edge.source == absorbed ? kept : edge.source;
        const NodeId target = edge.target == absorbed ? kept : edge.target;
        if (source == kept && target == kept) {
            dropped.append(e); // between the two: nothing left to relate
            continue;
        }
        EdgeId twin;
        for (EdgeId k : g.incidentEdges(kept)) {
            const EdgeData &candidate = g.edge(k);
            if (candidate.relation == edge.relation && candidate.source == source && candidate.target == target) {
                twin = k;
                break;
            }
        }
        if (twin.isValid()) {
            EdgeData twinData = g.edge(twin);
            appendNew(twinData.evidence, edge.evidence);
            merge->doAndAppend(document, std::make_unique<ChangeEdgeEdit>(document, twin, twinData, merge->text()));
            dropped.append(e);
        } else {
            merge->doAndAppend(document, std::make_unique<ReconnectEdit>(document, e, source, target));
        }
    }
    merge->doAndAppend(document, std::make_unique<RemoveEdit>(QList<NodeId>{absorbed}, dropped));
    return merge;
}

namespace {

// The alias as a whole word of the text, in any case.
bool holdsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<CompositeEdit> splitAlias(GraphDocument &document, NodeId node, const QString &alias,
                                          NodeId *created)
{
    const KnowledgeGraph &g = document.graph();
    if (!g.contains(node) || !g.node(node).aliases.contains(alias))
        return nullptr;
    NodeData kept = g.node(node);
    kept.aliases.removeAll(alias);
    NodeData split;
    split.kind = kept.kind;
    split.label = alias;
    split.key = uniqueNodeKey(g, kept.kind, alias);
    QList<EvidenceSpan> stays;
    for (const EvidenceSpan &span : std::as_const(kept.evidence)) {
        if (holdsWord(span.text, alias) && !holdsWord(span.text, kept.label))
            split.evidence.append(span);
        else
            stays.append(span);
    }
    kept.evidence = stays;
    std::optional<QPointF> at;
    if (const auto p = document.positions().constFind(node); p != document.positions().constEnd())
        at = *p + QPointF(60, 40);

    auto edit = std::make_unique<CompositeEdit>(QObject::tr("Split %1 off %2").arg(alias, kept.label));
    edit->doAndAppend(document, std::make_unique<ChangeNodeEdit>(document, node, kept, edit->text()));
    auto add = std::make_unique<AddNodeEdit>(split, at);
    AddNodeEdit *added = add.get();
    edit->doAndAppend(document, std::move(add));
    if (created)
        *created = added->id();
    return edit;
}

QString uniqueNodeKey(const KnowledgeGraph &graph, NodeKind kind, const QString &words)
{
    QString slug = words.simplified().toLower();
    for (QChar &c : slug) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    slug = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).mid(0, 8).join(QLatin1Char('-'));
    const QString base = kindName(kind) + QLatin1Char(':') + (slug.isEmpty() ? QStringLiteral("item") : slug);
    QString key = base;
    for (int n = 2; graph.findNode(key).isValid(); ++n)
        key = base + QLatin1Char('-') + QString::number(n);
    return key;
}

} // namespace threadline
