#pragma once

#include <QDate>
#include <QSet>
#include <QString>
#include <QWidget>

#include "types.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace threadline {

class KnowledgeGraph;
struct ViewFilter;

// What the canvas shows, chosen by node kind, relation, document and
// period. Each list has a row per kind, relation or document the graph
// has, with its count, checked when shown. The period is the timeline's
// brush, set here by dates.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Rows for `graph`, checked as `filter` shows them (no signal).
    void setState(const KnowledgeGraph &graph, const ViewFilter &filter);
    // The rows there are, checked as `filter` shows them (no signal): an
    // undo puts back the checks, not the rows.
    void setChecks(const ViewFilter &filter);
    // The period the canvas is limited to, or none (no signal).
    void setPeriod(QDate from, QDate to);
    void clearPeriod();

    QListWidget *kindList() const { return m_kinds; }
    QListWidget *relationList() const { return m_relations; }
    QListWidget *documentList() const { return m_documents; }
    QCheckBox *periodCheck() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void filterChanged(const QSet<threadline::NodeKind> &hiddenKinds, const QSet<QString> &hiddenRelations,
                       const QSet<QString> &hiddenDocuments);
    void periodChosen(QDate from, QDate to);
    void periodCleared();
    // Reset Filters: back to the standard view, the whole period.
    void resetRequested();

private:
    void emitFilter();
    void emitPeriod();

    QListWidget *m_kinds;
    QListWidget *m_relations;
    QListWidget *m_documents;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_filling = false;
};

} // namespace threadline
