#pragma once

#include <QLineEdit>

#include <functional>

#include "ids.h"
#include "project.h"

class QCompleter;
class QStandardItemModel;

namespace threadline {

class KnowledgeGraph;

// Type to find entities and quote text; choosing a hit (or Enter for the
// best one) selects that node. Below the graph's own hits come the words of
// the project's articles and statements from its full-text index: choosing
// a document opens it.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);
    void setGraph(const KnowledgeGraph *graph);
    // Where the full text is searched (the project's FTS5 index).
    void setTextSearch(std::function<QList<TextMatch>(const QString &query)> search) { m_textSearch = std::move(search); }
    QStandardItemModel *results() const { return m_model; }
    QCompleter *popupCompleter() const { return m_completer; }

Q_SIGNALS:
    void nodeChosen(threadline::NodeId id);
    void documentChosen(const QString &id);

private:
    void updateResults(const QString &text);
    void chooseBest();

    void choose(const QModelIndex &index);

    const KnowledgeGraph *m_graph = nullptr;
    std::function<QList<TextMatch>(const QString &)> m_textSearch;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace threadline
