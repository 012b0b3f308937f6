#pragma once

#include <QWidget>

#include "ids.h"
#include "types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace threadline {

// The inspector's form for one node: label, kind, aliases (add, remove,
// split one off into a node of its own), date with where it comes from
// (stated in the text or inferred, and the basis), and the other
// properties. Nothing changes until Apply, which asks for one undoable edit.
class NodeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NodeEditor(QWidget *parent = nullptr);

    void edit(NodeId id, const NodeData &node);
    NodeId node() const { return m_node; }
    // The node as the form has it now; nullopt while the form is not valid
    // (an empty label, a date that is not ISO 8601).
    std::optional<NodeData> result() const;

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    QListWidget *aliasList() const { return m_aliases; }
    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *dateSourceBox() const { return m_dateSource; }
    QLineEdit *dateNoteEdit() const { return m_dateNote; }
    QTableWidget *propertyTable() const { return m_properties; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *splitButton() const { return m_split; }

    // "2025-04-24", "2025-01", "2025-04-03/2025-04-04", or empty.
    static bool isValidDate(const QString &date);

Q_SIGNALS:
    void applied(threadline::NodeId id, const threadline::NodeData &data);
    void splitRequested(threadline::NodeId id, const QString &alias);
    void cancelled();

private:
    void validate();

    NodeId m_node;
    NodeData m_original;
    QLineEdit *m_label;
    QComboBox *m_kind;
    QListWidget *m_aliases;
    QPushButton *m_split;
    QLineEdit *m_date;
    QComboBox *m_dateSource;
    QLineEdit *m_dateNote;
    QTableWidget *m_properties;
    QLabel *m_problem;
    QPushButton *m_apply;
};

// The inspector's form for a document's metadata: title, outlet, date, URL
// and note. The text stays as imported: evidence points into it.
class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentEditor(QWidget *parent = nullptr);

    void edit(const Document &document);
    QString documentId() const { return m_document.id; }
    std::optional<Document> result() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void applied(const threadline::Document &document);
    void cancelled();

private:
    void validate();

    Document m_document;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_date;
    QLineEdit *m_url;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_apply;
};

} // namespace threadline
