#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include "documentstats.h"
#include "oncelater.h"

class QSortFilterProxyModel;
class QTableView;
class QLineEdit;

namespace threadline {

class GraphDocument;

// The project's documents as a table: title, outlet, date and how many
// actors, events and statements each gives evidence for. It follows the
// document's changes.
class DocumentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Outlet, Date, Entities, Events, Statements, ColumnCount };

    explicit DocumentsModel(const GraphDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString documentId(int row) const;
    int rowOf(const QString &documentId) const;

private:
    void refresh();

    // What the table shows, as of the last refresh: a model may not change
    // under its views between the notifications it sends.
    struct Row
    {
        QString id, title, outlet, date, where;
        DocumentCounts counts;
    };
    const GraphDocument *m_document;
    QList<Row> m_rows;
    OnceLater m_refreshLater{this, [this] { refresh(); }};
};

// The documents table, sortable by any column and filtered as you type;
// activating a row opens that document.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsPanel(const GraphDocument *document, QWidget *parent = nullptr);

    QTableView *table() const;
    QLineEdit *filter() const;
    DocumentsModel *model() const { return m_model; }
    // The document shown in the table's row (after sorting and filtering).
    QString documentAt(int row) const;
    void setCurrentDocument(const QString &id);

Q_SIGNALS:
    void documentActivated(const QString &id);

private:
    DocumentsModel *m_model;
    class FilteredTable *m_view;
};

} // namespace threadline
