#pragma once

#include <QWidget>

#include "ids.h"

class QTextBrowser;
class QUrl;

namespace threadline {

class KnowledgeGraph;

// Properties and relationships of the selected node or edge; every related
// element is a link that selects it.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setGraph(const KnowledgeGraph *graph);
    void showNode(NodeId id);
    void showEdge(EdgeId id);
    // A document's metadata and what the graph holds from it.
    void showDocument(const QString &id, int actors, int events, int quotes);
    void clear();

    QTextBrowser *browser() const { return m_browser; }
    static QString nodeLink(NodeId id);
    static QString edgeLink(EdgeId id);

Q_SIGNALS:
    void nodeActivated(threadline::NodeId id);
    void edgeActivated(threadline::EdgeId id);

private:
    void onAnchorClicked(const QUrl &url);
    QString nodeAnchor(NodeId id) const;

    const KnowledgeGraph *m_graph = nullptr;
    QTextBrowser *m_browser;
};

} // namespace threadline
