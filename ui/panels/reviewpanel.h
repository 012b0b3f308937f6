#pragma once

#include <QList>
#include <QWidget>

#include "extractor.h"
#include "types.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace threadline {

// What the extractor proposes for newly imported articles, to accept,
// reject or edit before it enters the graph. One branch per article; each
// proposal (person, organisation, country, place, event, quotation,
// reported statement) shows its words, the rule that made it and, for a
// statement, its speaker; a click opens its evidence in the source viewer.
// Unchecking leaves a proposal out; a double click edits a name. Accepting
// hands the checked proposals of each article on, to be added as one step.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void addProposals(const Document &article, const extract::Extraction &extraction);
    int pendingArticles() const { return int(m_pending.size()); }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *acceptCheckedButton() const { return m_acceptChecked; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QPushButton *rejectAllButton() const { return m_rejectAll; }

    // Accept the checked proposals (all of them) of every article.
    void acceptChecked();
    void acceptAll();
    void rejectAll();
    // Proposals of articles no longer in the project (an import undone) go.
    void dropMissing(const class KnowledgeGraph &graph);

Q_SIGNALS:
    // What was accepted, article by article, all at once: one step.
    void accepted(const QList<threadline::Document> &articles,
                  const QList<threadline::extract::Extraction> &extractions);
    void spanRequested(const threadline::EvidenceSpan &span);
    void pendingChanged(int articles);

private:
    struct Pending
    {
        Document article;
        extract::Extraction extraction;
        QTreeWidgetItem *item = nullptr;
    };
    void accept(bool everything);
    void updateSummary();

    QList<Pending> m_pending;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_acceptChecked;
    QPushButton *m_acceptAll;
    QPushButton *m_rejectAll;
};

} // namespace threadline
