#pragma once

#include <QWidget>

#include "types.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace threadline {

class KnowledgeGraph;

// The quotes behind the selected element; choosing one opens its source.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void setGraph(const KnowledgeGraph *graph);
    // `owner` is the node the spans are evidence for (invalid for an edge):
    // a citation of a statement names its speaker.
    void showEvidence(const QString &subject, const QList<EvidenceSpan> &spans, NodeId owner = {});
    // Puts the citation of the quote in `row` (the current one when -1) on
    // the clipboard, as plain text and as Markdown; false without a quote.
    bool copyCitation(int row = -1);
    void clear();

    QListWidget *list() const { return m_list; }
    EvidenceSpan spanAt(int row) const;

Q_SIGNALS:
    void spanActivated(const threadline::EvidenceSpan &span);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onItemActivated(QListWidgetItem *item);

    const KnowledgeGraph *m_graph = nullptr;
    QLabel *m_title;
    QListWidget *m_list;
    QList<EvidenceSpan> m_spans;
    NodeId m_owner;
};

} // namespace threadline
