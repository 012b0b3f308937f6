#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QWidget>

#include "ids.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace threadline {

class GraphDocument;

// Every statement of the graph as a row: its words, who said it, when
// (stated or inferred), at which event, about which topics, in which
// document, and whether it is a quotation or reported. Rows follow the
// document's signals one by one: an edit touches the rows it concerns
// (the statement, or the statements of a speaker, event or topic renamed),
// never the whole table.
class StatementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Statement, Speaker, Date, Event, Topics, Document, Form, ColumnCount };
    // The statement's node id, for views and tests.
    static constexpr int NodeRole = Qt::UserRole + 1;

    explicit StatementsModel(const GraphDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    NodeId statementAt(int row) const;
    int rowOf(NodeId statement) const;

private:
    struct Row
    {
        NodeId id;
        QString words, text, speakers, date, dateTip, event, topics, document;
        bool inferred = false;
        bool direct = false;
        QSet<EdgeId> edges; // the edges the row was made from
    };
    Row rowFor(NodeId id) const;
    void reset();
    void add(const QList<NodeId> &ids);
    void remove(const QList<NodeId> &ids);
    void update(const QSet<NodeId> &statements);
    void reindex();
    void touchedByNodes(const QList<NodeId> &ids);
    void touchedByEdges(const QList<EdgeId> &ids, bool removed);
    bool isStatement(NodeId id) const;

    const GraphDocument *m_document;
    QList<Row> m_rows;
    QHash<NodeId, int> m_rowOf;
    QHash<EdgeId, NodeId> m_edgeOwner; // edge -> the statement row that uses it
    QSet<NodeId> m_pendingUpdates; // rows to bring up to date when the changes end
};

// The statements table, sortable by any column and filtered as you type;
// a row selects the statement and opens its source.
class StatementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatementsPanel(const GraphDocument *document, QWidget *parent = nullptr);

    QTableView *table() const;
    QLineEdit *filter() const;
    StatementsModel *model() const { return m_model; }
    // The statement in the table's row as shown (sorted and filtered).
    NodeId statementAt(int row) const;
    void setCurrentStatement(NodeId id);

Q_SIGNALS:
    void statementActivated(threadline::NodeId id);

private:
    StatementsModel *m_model;
    class FilteredTable *m_view;
};

} // namespace threadline
