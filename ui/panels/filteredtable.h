#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace threadline {

// A table of a model under a filter box, as the Documents and Statements
// tabs show: sorted by a click on a column header (in the model's order
// until then), filtered on every column as one types, one row selected at
// a time. Rows are given and asked for by their row in the model.
class FilteredTable : public QWidget
{
    Q_OBJECT

public:
    FilteredTable(QAbstractItemModel *model, const QString &filterHint, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    // The model's row shown in the table's row `row`; -1 when none.
    int modelRow(int row) const;
    // Selects and scrolls to the model's row `row`, or clears the selection.
    void showModelRow(int row);

Q_SIGNALS:
    // A row clicked or activated (Enter), as the model's row.
    void modelRowActivated(int row);

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
};

} // namespace threadline
