#include "filterpanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <map>

#include "knowledgegraph.h"
#include "viewfilter.h"

namespace threadline {

namespace {

constexpr int keyRole = Qt::UserRole + 1;

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(70);
    return list;
}

void addRow(QListWidget *list, const QString &text, const QVariant &key, int count, bool shown)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(text).arg(count), list);
    item->setData(keyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
}

// The keys of the rows left unchecked.
template <typename Key, typename Read>
QSet<Key> unchecked(const QListWidget *list, Read read)
{
    QSet<Key> keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() != Qt::Checked)
            keys.insert(read(list->item(i)->data(keyRole)));
    return keys;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_kinds(checkList(this, QStringLiteral("filterKinds"))),
      m_relations(checkList(this, QStringLiteral("filterRelations"))),
      m_documents(checkList(this, QStringLiteral("filterDocuments")))
{
    // In a scroll area: the side panel's tabs must not hold the window tall.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text), this);
        layout->addWidget(label);
    };
    heading(tr("Kinds"));
    layout->addWidget(m_kinds, 2);
    heading(tr("Relations"));
    layout->addWidget(m_relations, 2);
    heading(tr("Documents (what only they say)"));
    layout->addWidget(m_documents, 2);

    m_period = new QCheckBox(tr("Only what happened from"), this);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // A date typed is one change (one undo step) when it is entered,
        // not one per digit; the arrows still step at once.
        edit->setKeyboardTracking(false);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    layout->addLayout(period);
    auto *all = new QPushButton(tr("Reset Filters"), this);
    all->setObjectName(QStringLiteral("filterShowAll"));
    layout->addWidget(all);

    for (QListWidget *list : {m_kinds, m_relations, m_documents})
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!m_filling)
                emitFilter();
        });
    connect(m_period, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emitPeriod();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling && m_period->isChecked())
                emitPeriod();
        });
    connect(all, &QPushButton::clicked, this, &FilterPanel::resetRequested);
}

void FilterPanel::setState(const KnowledgeGraph &graph, const ViewFilter &filter)
{
    m_filling = true;
    std::map<int, int> kinds;
    std::map<QString, int> relations;
    QHash<QString, int> perDocument;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        ++kinds[int(node.kind)];
        QSet<QString> documents;
        for (const EvidenceSpan &span : node.evidence)
            documents.insert(span.document);
        for (const QString &document : std::as_const(documents))
            ++perDocument[document];
    }
    for (EdgeId id : graph.edges())
        ++relations[graph.edge(id).relation];
    m_kinds->clear();
    for (const auto &[kind, count] : kinds)
        addRow(m_kinds, kindDisplayName(NodeKind(kind)), kind, count,
               !filter.hiddenKinds.contains(NodeKind(kind)));
    m_relations->clear();
    for (const auto &[relation, count] : relations)
        addRow(m_relations, relation, relation, count, !filter.hiddenRelations.contains(relation));
    m_documents->clear();
    for (const Document &document : graph.documents()) {
        const QString title = document.title.isEmpty() ? document.id : document.title;
        addRow(m_documents, title, document.id, perDocument.value(document.id),
               !filter.hiddenDocuments.contains(document.id));
        m_documents->item(m_documents->count() - 1)->setToolTip(title);
    }
    m_filling = false;
}

void FilterPanel::setChecks(const ViewFilter &filter)
{
    m_filling = true;
    const auto check = [](QListWidget *list, const auto &hidden) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(hidden(list->item(i)->data(keyRole)) ? Qt::Unchecked : Qt::Checked);
    };
    check(m_kinds, [&](const QVariant &key) { return filter.hiddenKinds.contains(NodeKind(key.toInt())); });
    check(m_relations, [&](const QVariant &key) { return filter.hiddenRelations.contains(key.toString()); });
    check(m_documents, [&](const QVariant &key) { return filter.hiddenDocuments.contains(key.toString()); });
    m_filling = false;
}

void FilterPanel::setPeriod(QDate from, QDate to)
{
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_period->setChecked(true);
    m_filling = false;
}

void FilterPanel::clearPeriod()
{
    m_filling = true;
    m_period->setChecked(false);
    m_filling = false;
}

void FilterPanel::emitFilter()
{
    Q_EMIT filterChanged(unchecked<NodeKind>(m_kinds, [](const QVariant &v) { return NodeKind(v.toInt()); }),
                         unchecked<QString>(m_relations, [](const QVariant &v) { return v.toString(); }),
                         unchecked<QString>(m_documents, [](const QVariant &v) { return v.toString(); }));
}

void FilterPanel::emitPeriod()
{
    if (!m_period->isChecked()) {
        Q_EMIT periodCleared();
        return;
    }
    QDate from = m_from->date(), to = m_to->date();
    if (from > to)
        std::swap(from, to);
    Q_EMIT periodChosen(from, to);
}

} // namespace threadline
