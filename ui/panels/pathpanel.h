#pragma once

#include <QList>
#include <QWidget>

#include "analysis.h"
#include "ids.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace threadline {

class GraphDocument;

// The Path tab: a shortest path between two nodes, step by step. Each node
// is a row, and between two nodes the relationship that joins them as it
// reads ("Mark Rutte took part in …") with its first quote. Clicking a node
// row asks for that node, clicking a relationship row for that
// relationship (the window selects it and opens its evidence). A path whose
// elements are edited away is dropped, with a note saying so.
class PathPanel : public QWidget
{
    Q_OBJECT

public:
    // What a row stands for.
    static constexpr int NodeRole = Qt::UserRole + 1;
    static constexpr int EdgeRole = Qt::UserRole + 2;

    explicit PathPanel(const GraphDocument *document, QWidget *parent = nullptr);

    // `steps` as shortestPath gives them; empty: there is no path, and the
    // panel says so with both names.
    void showPath(NodeId from, NodeId to, const QList<PathStep> &steps);
    void clear();

    const QList<PathStep> &steps() const { return m_steps; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }
    QLabel *heading() const { return m_heading; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void nodeActivated(threadline::NodeId id);
    void edgeActivated(threadline::EdgeId id);

private:
    void onItemClicked(QListWidgetItem *item);
    void dropIfGone();

    const GraphDocument *m_document;
    QLabel *m_heading;
    QListWidget *m_list;
    NodeId m_from;
    NodeId m_to;
    QList<PathStep> m_steps;
};

} // namespace threadline
