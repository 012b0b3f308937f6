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
    void showEvidence(const QString &subject, const QList<EvidenceSpan> &spans);
    void clear();

    QListWidget *list() const { return m_list; }
    EvidenceSpan spanAt(int row) const;

Q_SIGNALS:
    void spanActivated(const threadline::EvidenceSpan &span);

private:
    void onItemActivated(QListWidgetItem *item);

    const KnowledgeGraph *m_graph = nullptr;
    QLabel *m_title;
    QListWidget *m_list;
    QList<EvidenceSpan> m_spans;
};

} // namespace threadline
