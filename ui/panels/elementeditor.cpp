#include "elementeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace threadline {

namespace {

const QString kDate = QStringLiteral("date");
const QString kDateSource = QStringLiteral("date_source");
const QString kDateNote = QStringLiteral("date_note");

bool isScalar(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (isScalar(value))
        return value.toString();
    return QObject::tr("(structured value, kept as it is)");
}

// The text typed for a property, in the type it had.
QVariant typed(const QString &text, const QVariant &before)
{
    if (before.typeId() == QMetaType::Bool) {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return false;
    } else if (before.typeId() == QMetaType::Double || before.typeId() == QMetaType::Int
               || before.typeId() == QMetaType::LongLong) {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (ok)
            return before.typeId() == QMetaType::Double ? QVariant(number) : QVariant(qint64(number));
    }
    return text;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

bool NodeEditor::isValidDate(const QString &date)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$)"));
    return date.isEmpty() || iso.match(date).hasMatch();
}

NodeEditor::NodeEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeEditor"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (NodeKind kind : allNodeKinds)
        m_kind->addItem(kindDisplayName(kind), kindName(kind));

    m_aliases = new QListWidget(this);
    m_aliases->setObjectName(QStringLiteral("aliasList"));
    m_aliases->setMaximumHeight(90);
    auto *addAlias = button(tr("Add"), "addAlias", this);
    auto *removeAlias = button(tr("Remove"), "removeAlias", this);
    m_split = button(tr("Split Off as Node"), "splitAlias", this);
    m_split->setToolTip(tr("Make the chosen alias a node of its own, with the quotes that name it (one undo step)"));
    auto *aliasButtons = new QHBoxLayout;
    aliasButtons->addWidget(addAlias);
    aliasButtons->addWidget(removeAlias);
    aliasButtons->addWidget(m_split);
    aliasButtons->addStretch();

    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setPlaceholderText(tr("2025-04-24, 2025-01 or 2025-04-03/2025-04-04"));
    m_dateSource = new QComboBox(this);
    m_dateSource->setObjectName(QStringLiteral("dateSourceBox"));
    m_dateSource->addItem(tr("stated in the text"), QStringLiteral("stated"));
    m_dateSource->addItem(tr("inferred"), QStringLiteral("inferred"));
    m_dateSource->addItem(tr("not said"), QString());
    m_dateNote = new QLineEdit(this);
    m_dateNote->setObjectName(QStringLiteral("dateNoteEdit"));
    m_dateNote->setPlaceholderText(tr("the basis: \u201con Thursday\u201d in an article of 2025-04-25 \u2192 2025-04-24"));

    m_properties = new QTableWidget(0, 2, this);
    m_properties->setObjectName(QStringLiteral("propertyTable"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    auto *addProperty = button(tr("Add Property"), "addProperty", this);
    auto *removeProperty = button(tr("Remove Property"), "removeProperty", this);
    auto *propertyButtons = new QHBoxLayout;
    propertyButtons->addWidget(addProperty);
    propertyButtons->addWidget(removeProperty);
    propertyButtons->addStretch();

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color:#a33"));
    m_problem->setWordWrap(true);
    m_apply = button(tr("Apply"), "applyButton", this);
    m_apply->setDefault(true);
    auto *cancel = button(tr("Cancel"), "cancelButton", this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_apply);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(QString(), aliasButtons);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Date &source:"), m_dateSource);
    form->addRow(tr("&Basis:"), m_dateNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_properties, 1);
    layout->addLayout(propertyButtons);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(addAlias, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("new alias"), m_aliases);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_aliases->setCurrentItem(item);
        m_aliases->editItem(item);
    });
    connect(removeAlias, &QPushButton::clicked, this, [this] { delete m_aliases->currentItem(); });
    connect(m_split, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_aliases->currentItem();
        if (item && m_original.aliases.contains(item->text()))
            Q_EMIT splitRequested(m_node, item->text());
    });
    connect(m_aliases, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_split->setEnabled(item && m_original.aliases.contains(item->text()));
    });
    connect(addProperty, &QPushButton::clicked, this, [this] {
        const int row = m_properties->rowCount();
        m_properties->insertRow(row);
        m_properties->setItem(row, 0, new QTableWidgetItem(tr("property")));
        m_properties->setItem(row, 1, new QTableWidgetItem());
        m_properties->setCurrentCell(row, 0);
        m_properties->editItem(m_properties->item(row, 0));
    });
    connect(removeProperty, &QPushButton::clicked, this, [this] {
        if (m_properties->currentRow() >= 0)
            m_properties->removeRow(m_properties->currentRow());
        validate();
    });
    connect(m_label, &QLineEdit::textChanged, this, &NodeEditor::validate);
    connect(m_date, &QLineEdit::textChanged, this, &NodeEditor::validate);
    connect(m_dateSource, &QComboBox::currentIndexChanged, this, &NodeEditor::validate);
    connect(m_dateNote, &QLineEdit::textChanged, this, &NodeEditor::validate);
    connect(m_properties, &QTableWidget::itemChanged, this, &NodeEditor::validate);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const std::optional<NodeData> changed = result())
            Q_EMIT applied(m_node, *changed);
    });
    connect(cancel, &QPushButton::clicked, this, &NodeEditor::cancelled);
}

void NodeEditor::edit(NodeId id, const NodeData &node)
{
    m_node = id;
    m_original = node;
    m_label->setText(node.label);
    m_kind->setCurrentIndex(m_kind->findData(kindName(node.kind)));
    m_aliases->clear();
    for (const QString &alias : node.aliases) {
        auto *item = new QListWidgetItem(alias, m_aliases);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_split->setEnabled(false);
    m_date->setText(node.properties.value(kDate).toString());
    const int source = m_dateSource->findData(node.properties.value(kDateSource).toString());
    m_dateSource->setCurrentIndex(source >= 0 ? source : m_dateSource->count() - 1);
    m_dateNote->setText(node.properties.value(kDateNote).toString());

    const QSignalBlocker quiet(m_properties);
    m_properties->setRowCount(0);
    for (auto it = node.properties.constBegin(); it != node.properties.constEnd(); ++it) {
        if (it.key() == kDate || it.key() == kDateSource || it.key() == kDateNote)
            continue;
        const int row = m_properties->rowCount();
        m_properties->insertRow(row);
        auto *name = new QTableWidgetItem(it.key());
        name->setData(Qt::UserRole, it.key());
        auto *value = new QTableWidgetItem(shown(it.value()));
        if (!isScalar(it.value())) {
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
            value->setForeground(QColor(0x77, 0x77, 0x77));
        }
        m_properties->setItem(row, 0, name);
        m_properties->setItem(row, 1, value);
    }
    m_properties->resizeColumnToContents(0);
    validate();
}

std::optional<NodeData> NodeEditor::result() const
{
    NodeData out = m_original;
    out.label = m_label->text().simplified();
    if (out.label.isEmpty())
        return std::nullopt;
    out.kind = kindFromName(m_kind->currentData().toString()).value_or(m_original.kind);
    out.aliases.clear();
    for (int i = 0; i < m_aliases->count(); ++i) {
        const QString alias = m_aliases->item(i)->text().simplified();
        if (!alias.isEmpty() && alias != out.label && !out.aliases.contains(alias))
            out.aliases.append(alias);
    }
    const QString date = m_date->text().trimmed();
    if (!isValidDate(date))
        return std::nullopt;
    const QString source = m_dateSource->currentData().toString();
    const QString note = m_dateNote->text().simplified();
    if (!date.isEmpty() && source == QLatin1String("inferred") && note.isEmpty())
        return std::nullopt; // an inferred date says on what
    const auto setOrDrop = [&](const QString &key, const QString &value) {
        if (value.isEmpty())
            out.properties.remove(key);
        else
            out.properties.insert(key, value);
    };
    // A node that had the property keeps it, emptied, so formats that
    // expect "date" still find one.
    if (date.isEmpty() && m_original.properties.contains(kDate))
        out.properties.insert(kDate, QString());
    else
        setOrDrop(kDate, date);
    setOrDrop(kDateSource, date.isEmpty() ? QString() : source);
    setOrDrop(kDateNote, note);
    if (source != QLatin1String("stated") || date != m_original.properties.value(kDate).toString())
        out.properties.remove(QStringLiteral("date_evidence")); // it no longer states this date

    // The table: renamed, changed, added and removed properties.
    QVariantMap properties;
    for (const QString &key : {kDate, kDateSource, kDateNote, QStringLiteral("date_evidence")}) {
        if (out.properties.contains(key))
            properties.insert(key, out.properties.value(key));
    }
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QTableWidgetItem *name = m_properties->item(row, 0);
        const QTableWidgetItem *value = m_properties->item(row, 1);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        const QString key = name->text().trimmed();
        const QString original = name->data(Qt::UserRole).toString();
        const QVariant before = m_original.properties.value(original);
        if (!original.isEmpty() && !isScalar(before))
            properties.insert(key, before);
        else
            properties.insert(key, typed(value ? value->text() : QString(), before));
    }
    out.properties = properties;
    return out;
}

void NodeEditor::validate()
{
    QString problem;
    if (m_label->text().simplified().isEmpty())
        problem = tr("A node needs a label.");
    else if (!isValidDate(m_date->text().trimmed()))
        problem = tr("The date is not ISO 8601: write 2025-04-24, 2025-04 or 2025-04-03/2025-04-04.");
    else if (!m_date->text().trimmed().isEmpty() && m_dateSource->currentData().toString() == QLatin1String("inferred")
             && m_dateNote->text().simplified().isEmpty())
        problem = tr("An inferred date needs its basis: say how it was worked out.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty());
}

DocumentEditor::DocumentEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("documentEditor"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_outlet = new QLineEdit(this);
    m_outlet->setObjectName(QStringLiteral("outletEdit"));
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("documentDateEdit"));
    m_date->setPlaceholderText(tr("2025-04-25"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("documentNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color:#a33"));
    m_problem->setWordWrap(true);
    m_apply = button(tr("Apply"), "applyDocumentButton", this);
    m_apply->setDefault(true);
    auto *cancel = button(tr("Cancel"), "cancelDocumentButton", this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_apply);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    for (QLineEdit *edit : {m_title, m_date, m_url})
        connect(edit, &QLineEdit::textChanged, this, &DocumentEditor::validate);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const std::optional<Document> doc = result())
            Q_EMIT applied(*doc);
    });
    connect(cancel, &QPushButton::clicked, this, &DocumentEditor::cancelled);
}

void DocumentEditor::edit(const Document &document)
{
    m_document = document;
    m_document.text.clear(); // kept by the document itself
    m_title->setText(document.title);
    m_outlet->setText(document.outlet);
    m_date->setText(document.date);
    m_url->setText(document.url);
    m_note->setPlainText(document.note);
    validate();
}

std::optional<Document> DocumentEditor::result() const
{
    Document doc = m_document;
    doc.title = m_title->text().simplified();
    doc.outlet = m_outlet->text().simplified();
    doc.date = m_date->text().trimmed();
    doc.url = m_url->text().trimmed();
    doc.note = m_note->toPlainText().trimmed();
    if (doc.title.isEmpty() || !NodeEditor::isValidDate(doc.date))
        return std::nullopt;
    if (!doc.url.isEmpty() && !QUrl(doc.url, QUrl::StrictMode).isValid())
        return std::nullopt;
    return doc;
}

void DocumentEditor::validate()
{
    QString problem;
    if (m_title->text().simplified().isEmpty())
        problem = tr("A document needs a title.");
    else if (!NodeEditor::isValidDate(m_date->text().trimmed()))
        problem = tr("The date is not ISO 8601: write 2025-04-25.");
    else if (!m_url->text().trimmed().isEmpty() && !QUrl(m_url->text().trimmed(), QUrl::StrictMode).isValid())
        problem = tr("The URL is not valid.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty());
}

} // namespace threadline
