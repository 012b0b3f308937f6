#pragma once

#include <QLineEdit>

#include "ids.h"

class QCompleter;
class QStandardItemModel;

namespace threadline {

class KnowledgeGraph;

// Type to find entities and quote text; choosing a hit (or Enter for the
// best one) selects that node.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);
    void setGraph(const KnowledgeGraph *graph);
    QStandardItemModel *results() const { return m_model; }
    QCompleter *popupCompleter() const { return m_completer; }

Q_SIGNALS:
    void nodeChosen(threadline::NodeId id);

private:
    void updateResults(const QString &text);
    void chooseBest();

    const KnowledgeGraph *m_graph = nullptr;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace threadline
