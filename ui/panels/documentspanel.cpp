#include "documentspanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "graphdocument.h"

namespace threadline {

DocumentsModel::DocumentsModel(const GraphDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Counts follow evidence, which many changes touch: refreshed once per
    // turn of the event loop, however many changes came.
    connect(document, &GraphDocument::changed, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, &DocumentsModel::refresh);
    });
    refresh();
}

void DocumentsModel::refresh()
{
    m_refreshQueued = false;
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
    : QWidget(parent), m_model(new DocumentsModel(document, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as imported, until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The title takes the room the short columns leave.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentsModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentsModel::Outlet, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(DocumentsModel::Outlet, 90);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter documents…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT documentActivated(documentAt(index.row())); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT documentActivated(documentAt(index.row())); });
}

QString DocumentsPanel::documentAt(int row) const
{
    return m_model->documentId(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
}

void DocumentsPanel::setCurrentDocument(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (index.isValid())
        m_table->selectRow(index.row());
    else
        m_table->clearSelection();
}

} // namespace threadline
