#include "statementspanel.h"

#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "filteredtable.h"
#include "graphdocument.h"

namespace threadline {

StatementsModel::StatementsModel(const GraphDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &GraphDocument::wasReset, this, &StatementsModel::reset);
    connect(document, &GraphDocument::nodesAdded, this, [this](const QList<NodeId> &ids) {
        add(ids);
        touchedByNodes(ids);
    });
    connect(document, &GraphDocument::nodesRemoved, this, &StatementsModel::remove);
    connect(document, &GraphDocument::nodesChanged, this, &StatementsModel::touchedByNodes);
    connect(document, &GraphDocument::edgesAdded, this,
            [this](const QList<EdgeId> &ids) { touchedByEdges(ids, false); });
    connect(document, &GraphDocument::edgesChanged, this,
            [this](const QList<EdgeId> &ids) { touchedByEdges(ids, false); });
    connect(document, &GraphDocument::edgesRemoved, this,
            [this](const QList<EdgeId> &ids) { touchedByEdges(ids, true); });
    // Inside a scope of many changes (Accept All of a thousand articles
    // re-touched a prolific speaker's rows at every evidence span added)
    // the rows are brought up to date once, at its end.
    connect(document, &GraphDocument::changesEnded, this, [this] { update(std::exchange(m_pendingUpdates, {})); });
    connect(document, &GraphDocument::documentsChanged, this, [this] {
        // A document's title may be what a row shows.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Document), index(int(m_rows.size()) - 1, Document));
    });
    reset();
}

bool StatementsModel::isStatement(NodeId id) const
{
    const KnowledgeGraph &g = m_document->graph();
    return g.contains(id) && g.node(id).kind == NodeKind::Statement;
}

StatementsModel::Row StatementsModel::rowFor(NodeId id) const
{
    const KnowledgeGraph &g = m_document->graph();
    const NodeData &node = g.node(id);
    Row row;
    row.id = id;
    row.words = node.label;
    row.text = node.properties.value(QStringLiteral("text")).toString();
    row.direct = node.properties.value(QStringLiteral("direct")).toBool();
    row.date = node.properties.value(QStringLiteral("date")).toString();
    row.inferred = node.properties.value(QStringLiteral("date_source")).toString() == QLatin1String("inferred");
    row.dateTip = node.properties.value(QStringLiteral("date_note")).toString();
    QStringList speakers, events, topics, documents;
    for (EdgeId e : g.incidentEdges(id)) {
        const EdgeData &edge = g.edge(e);
        if (edge.target == id && edge.relation == relation::said) {
            speakers.append(g.node(edge.source).label);
        } else if (edge.source == id && edge.relation == relation::madeAt) {
            events.append(g.node(edge.target).label);
        } else if (edge.source == id && edge.relation == relation::about
                   && g.node(edge.target).kind == NodeKind::Topic) {
            topics.append(g.node(edge.target).label);
        } else {
            continue;
        }
        row.edges.insert(e);
    }
    for (const EvidenceSpan &span : node.evidence) {
        if (!documents.contains(span.document))
            documents.append(span.document);
    }
    row.speakers = speakers.join(QStringLiteral(", "));
    row.event = events.join(QStringLiteral("; "));
    row.topics = topics.join(QStringLiteral(", "));
    row.document = documents.join(QStringLiteral("\n")); // ids; shown as titles
    return row;
}

void StatementsModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_edgeOwner.clear();
    const KnowledgeGraph &g = m_document->graph();
    for (NodeId id : g.nodes()) {
        if (g.node(id).kind == NodeKind::Statement)
            m_rows.append(rowFor(id));
    }
    reindex();
    endResetModel();
}

void StatementsModel::reindex()
{
    m_rowOf.clear();
    m_edgeOwner.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows.at(i).id, i);
        for (EdgeId e : m_rows.at(i).edges)
            m_edgeOwner.insert(e, m_rows.at(i).id);
    }
}

void StatementsModel::add(const QList<NodeId> &ids)
{
    QList<NodeId> fresh;
    for (NodeId id : ids) {
        if (isStatement(id) && !m_rowOf.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (NodeId id : std::as_const(fresh)) {
        m_rowOf.insert(id, int(m_rows.size()));
        m_rows.append(rowFor(id));
        for (EdgeId e : m_rows.constLast().edges)
            m_edgeOwner.insert(e, id);
    }
    endInsertRows();
}

void StatementsModel::remove(const QList<NodeId> &ids)
{
    QList<int> rows;
    for (NodeId id : ids) {
        if (const auto it = m_rowOf.constFind(id); it != m_rowOf.constEnd())
            rows.append(*it);
    }
    if (rows.isEmpty())
        return;
    // From the bottom, in runs of neighbouring rows.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int last = rows.at(i), first = rows.at(j);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    reindex();
}

void StatementsModel::update(const QSet<NodeId> &statements)
{
    if (m_document->isChanging()) {
        m_pendingUpdates.unite(statements);
        return;
    }
    for (NodeId id : statements) {
        const auto it = m_rowOf.constFind(id);
        if (it == m_rowOf.constEnd() || !isStatement(id))
            continue;
        for (EdgeId e : m_rows.at(*it).edges)
            m_edgeOwner.remove(e);
        m_rows[*it] = rowFor(id);
        for (EdgeId e : m_rows.at(*it).edges)
            m_edgeOwner.insert(e, id);
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
}

void StatementsModel::touchedByNodes(const QList<NodeId> &ids)
{
    const KnowledgeGraph &g = m_document->graph();
    QSet<NodeId> touched;
    QList<NodeId> gone, came;
    for (NodeId id : ids) {
        if (!g.contains(id))
            continue;
        const bool statement = isStatement(id);
        if (statement != m_rowOf.contains(id)) // its kind changed
            (statement ? came : gone).append(id);
        if (statement)
            touched.insert(id);
        // A speaker, event or topic renamed: the rows that name it.
        for (EdgeId e : g.incidentEdges(id)) {
            const EdgeData &edge = g.edge(e);
            const NodeId other = edge.source == id ? edge.target : edge.source;
            if (m_rowOf.contains(other))
                touched.insert(other);
        }
    }
    remove(gone);
    add(came);
    update(touched);
}

void StatementsModel::touchedByEdges(const QList<EdgeId> &ids, bool removed)
{
    const KnowledgeGraph &g = m_document->graph();
    QSet<NodeId> touched;
    for (EdgeId e : ids) {
        if (const auto it = m_edgeOwner.constFind(e); it != m_edgeOwner.constEnd())
            touched.insert(*it);
        if (removed || !g.contains(e))
            continue;
        const EdgeData &edge = g.edge(e);
        for (NodeId end : {edge.source, edge.target}) {
            if (m_rowOf.contains(end))
                touched.insert(end);
        }
    }
    update(touched);
}

int StatementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == NodeRole)
        return QVariant::fromValue(row.id.value());
    const auto documentTitles = [&] {
        QStringList titles;
        for (const QString &id : row.document.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const threadline::Document *doc = m_document->graph().document(id);
            titles.append(doc && !doc->title.isEmpty() ? doc->title : id);
        }
        return titles;
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Statement: return row.words;
        case Speaker: return row.speakers;
        case Date: return row.date;
        case Event: return row.event;
        case Topics: return row.topics;
        case Document: return documentTitles().join(QStringLiteral("; "));
        case Form: return row.direct ? tr("quote") : tr("reported");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Statement: return row.text.isEmpty() ? row.words : row.text;
        case Date:
            if (row.date.isEmpty())
                return tr("No date");
            return row.inferred ? tr("Inferred: %1").arg(row.dateTip) : tr("Stated in the text");
        case Document: return documentTitles().join(QLatin1Char('\n'));
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Date && row.inferred) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ForegroundRole && index.column() == Date && row.inferred)
        return QColor(0xa0, 0x60, 0x00);
    return {};
}

QVariant StatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Date)
        return tr("Dates in italics are inferred; hover one for its basis");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Statement: return tr("Statement");
    case Speaker: return tr("Speaker");
    case Date: return tr("Date");
    case Event: return tr("Event");
    case Topics: return tr("Topics");
    case Document: return tr("Document");
    case Form: return tr("Form");
    default: return {};
    }
}

NodeId StatementsModel::statementAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : NodeId();
}

int StatementsModel::rowOf(NodeId statement) const
{
    return m_rowOf.value(statement, -1);
}

StatementsPanel::StatementsPanel(const GraphDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new StatementsModel(document, this)),
      m_view(new FilteredTable(m_model, tr("Filter statements: words, speaker, date, event, topic, document…"), this))
{
    m_view->table()->setObjectName(QStringLiteral("statementsTable"));
    m_view->filter()->setObjectName(QStringLiteral("statementsFilter"));
    QHeaderView *header = m_view->table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(StatementsModel::Statement, 220);
    header->resizeSection(StatementsModel::Speaker, 110);
    header->resizeSection(StatementsModel::Date, 150);
    header->resizeSection(StatementsModel::Event, 160);
    header->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &FilteredTable::modelRowActivated, this, [this](int row) {
        if (const NodeId id = m_model->statementAt(row); id.isValid())
            Q_EMIT statementActivated(id);
    });
}

QTableView *StatementsPanel::table() const
{
    return m_view->table();
}

QLineEdit *StatementsPanel::filter() const
{
    return m_view->filter();
}

NodeId StatementsPanel::statementAt(int row) const
{
    return m_model->statementAt(m_view->modelRow(row));
}

void StatementsPanel::setCurrentStatement(NodeId id)
{
    m_view->showModelRow(m_model->rowOf(id));
}

} // namespace threadline
