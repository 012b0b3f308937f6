#include "documentspanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "filteredtable.h"
#include "graphdocument.h"

namespace threadline {

DocumentsModel::DocumentsModel(const GraphDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Counts follow evidence, which many changes touch: refreshed once per
    // turn of the event loop, however many changes came.
    connect(document, &GraphDocument::changed, this, [this] { m_refreshLater.request(); });
    refresh();
}

void DocumentsModel::refresh()
{
    beginResetModel();
    const QHash<QString, DocumentCounts> counts = countsByDocument(m_document->graph());
    m_rows.clear();
    for (const Document &doc : m_document->graph().documents())
        m_rows.append({doc.id, doc.title, doc.outlet, doc.date, doc.url.isEmpty() ? doc.file : doc.url, counts.value(doc.id)});
    endResetModel();
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentsModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DocumentsModel::rowOf(const QString &documentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == documentId)
            return int(i);
    }
    return -1;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &doc = m_rows.at(index.row());
    const DocumentCounts &counts = doc.counts;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(doc.title, doc.where);
    if (role == Qt::TextAlignmentRole && index.column() >= Entities)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title: return doc.title;
    case Outlet: return doc.outlet;
    case Date: return doc.date;
    case Entities: return counts.entities; // numbers sort as numbers
    case Events: return counts.events;
    case Statements: return counts.statements;
    default: return {};
    }
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Outlet: return tr("Outlet");
    case Date: return tr("Date");
    case Entities: return tr("Actors");
    case Events: return tr("Events");
    case Statements: return tr("Quotes");
    default: return {};
    }
}

DocumentsPanel::DocumentsPanel(const GraphDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new DocumentsModel(document, this)),
      m_view(new FilteredTable(m_model, tr("Filter documents…"), this))
{
    QTableView *table = m_view->table();
    table->setObjectName(QStringLiteral("documentsTable"));
    // The title takes the room the short columns leave.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(DocumentsModel::Title, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(DocumentsModel::Outlet, QHeaderView::Interactive);
    table->horizontalHeader()->resizeSection(DocumentsModel::Outlet, 90);
    table->horizontalHeader()->setMinimumSectionSize(36);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &FilteredTable::modelRowActivated, this,
            [this](int row) { Q_EMIT documentActivated(m_model->documentId(row)); });
}

QTableView *DocumentsPanel::table() const
{
    return m_view->table();
}

QLineEdit *DocumentsPanel::filter() const
{
    return m_view->filter();
}

QString DocumentsPanel::documentAt(int row) const
{
    return m_model->documentId(m_view->modelRow(row));
}

void DocumentsPanel::setCurrentDocument(const QString &id)
{
    m_view->showModelRow(m_model->rowOf(id));
}

} // namespace threadline
