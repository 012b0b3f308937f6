#pragma once

#include <QDialog>

#include <optional>

#include "ids.h"
#include "types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace threadline {

class KnowledgeGraph;

// Asks how two nodes relate: a relation of the model that fits their kinds
// (participated_in runs actor -> event, …), which way it runs, a title for
// a role, and shows the quote that will be its evidence.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(const KnowledgeGraph &graph, NodeId source, NodeId target, std::optional<EvidenceSpan> evidence,
                  QWidget *parent = nullptr);

    NodeId source() const { return m_source; }
    NodeId target() const { return m_target; }
    QString relation() const;
    QString roleTitle() const; // for a role: "Secretary General"; empty otherwise

    QComboBox *relationBox() const { return m_relations; }
    QPushButton *swapButton() const { return m_swap; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    void fill();
    void swap();

    const KnowledgeGraph &m_graph;
    NodeId m_source;
    NodeId m_target;
    QLabel *m_ends;
    QComboBox *m_relations;
    QLineEdit *m_title;
    QLabel *m_fitNote;
    QPushButton *m_swap;
    QPushButton *m_ok;
};

} // namespace threadline
