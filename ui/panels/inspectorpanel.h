#pragma once

#include <QWidget>

#include "ids.h"
#include "types.h"

class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace threadline {

class DocumentEditor;
class KnowledgeGraph;
class NodeEditor;

// Properties and relationships of the selected node or edge; every related
// element is a link that selects it. A date says where it comes from:
// stated in the text (a link opens the words) or inferred (with the basis),
// and where accounts differ each is shown with its source. Edit (F2) turns
// the panel into a form for the node or document shown; Apply asks for one
// undoable edit.
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
    QToolButton *editButton() const { return m_editButton; }
    NodeEditor *nodeEditor() const { return m_nodeEditor; }
    DocumentEditor *documentEditor() const { return m_documentEditor; }
    // Opens the form for the node or document shown; false when neither is.
    bool startEditing();
    bool isEditing() const;
    void stopEditing();
    static QString nodeLink(NodeId id);
    static QString edgeLink(EdgeId id);

Q_SIGNALS:
    void nodeActivated(threadline::NodeId id);
    void edgeActivated(threadline::EdgeId id);
    void spanActivated(const threadline::EvidenceSpan &span);
    void nodeEditRequested(threadline::NodeId id, const threadline::NodeData &data);
    void splitAliasRequested(threadline::NodeId id, const QString &alias);
    void documentEditRequested(const threadline::Document &document);

private:
    void onAnchorClicked(const QUrl &url);
    QString nodeAnchor(NodeId id) const;
    QString spanLink(const QVariant &span) const;
    QString dateRows(const QVariantMap &properties) const;
    QString accountsOf(const QVariantMap &properties) const;
    void showBrowser();

    const KnowledgeGraph *m_graph = nullptr;
    QTextBrowser *m_browser;
    QStackedWidget *m_pages;
    QToolButton *m_editButton;
    NodeEditor *m_nodeEditor;
    DocumentEditor *m_documentEditor;
    QWidget *m_nodePage;     // the node form, in its scroll area
    QWidget *m_documentPage; // the document form, in its scroll area
    NodeId m_shownNode;
    QString m_shownDocument;
};

} // namespace threadline
