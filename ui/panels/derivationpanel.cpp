#include "derivationpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {

QString propertyText(const NodeData &node, const char *name)
{
    return node.properties.value(QString::fromLatin1(name)).toString();
}

QString quoted(const QString &text)
{
    const QString words = text.simplified();
    return QStringLiteral("“%1”").arg(words.size() > 160 ? words.left(159).trimmed() + QChar(0x2026) : words);
}

// Who said the statement, by name, in the order of their edges.
QStringList speakers(const KnowledgeGraph &graph, NodeId statement)
{
    QStringList names;
    for (EdgeId e : graph.inEdges(statement)) {
        const EdgeData &edge = graph.edge(e);
        if (edge.relation == relation::said)
            names.append(graph.node(edge.source).label);
    }
    return names;
}

} // namespace

DerivationPanel::DerivationPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("derivationHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("derivationList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, &DerivationPanel::onItemClicked);
    connect(m_list, &QListWidget::itemActivated, this, &DerivationPanel::onItemClicked);
    clear();
}

void DerivationPanel::clear()
{
    m_list->clear();
    m_heading->setText(tr("View → Actors Only draws a line between two actors for every event both took part "
                          "in and every statement one of them made about the other (or both made). Click a "
                          "line to see what it rests on, or an actor to list its links."));
}

QListWidgetItem *DerivationPanel::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

void DerivationPanel::showLink(const KnowledgeGraph &graph, const ActorLink &link)
{
    m_list->clear();
    const QString a = graph.contains(link.a) ? graph.node(link.a).label : QString();
    const QString b = graph.contains(link.b) ? graph.node(link.b).label : QString();
    m_heading->setText(tr("%1 and %2: weight %3, derived (not stored) from %n shared event(s) and %4 shared "
                          "statement(s). Click one to see it in the full graph.",
                          nullptr, int(link.events.size()))
                           .arg(a, b)
                           .arg(link.weight())
                           .arg(link.statements.size()));
    if (!link.events.isEmpty())
        addSection(tr("Events both took part in"));
    for (NodeId id : link.events) {
        const NodeData &event = graph.node(id);
        const QString date = propertyText(event, "date");
        const QString type = propertyText(event, "type").replace(QLatin1Char('_'), QLatin1Char(' '));
        QString text = QStringLiteral("● %1 · %2").arg(date.isEmpty() ? tr("undated") : date, event.label);
        if (!type.isEmpty())
            text += QStringLiteral("  (%1)").arg(type);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(NodeRole, id.value());
        item->setForeground(kindStyle(NodeKind::Event).fill.darker(150));
        item->setToolTip(tr("Leave Actors Only and select this event"));
    }
    if (!link.statements.isEmpty())
        addSection(tr("Statements one made about the other, or both made"));
    for (NodeId id : link.statements) {
        const NodeData &statement = graph.node(id);
        const QString date = propertyText(statement, "date");
        QString text = QStringLiteral("%1\n    — %2").arg(quoted(propertyText(statement, "text").isEmpty()
                                                                    ? statement.label
                                                                    : propertyText(statement, "text")),
                                                             speakers(graph, id).join(QStringLiteral(", ")));
        if (!date.isEmpty())
            text += QStringLiteral(", %1").arg(date);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(NodeRole, id.value());
        item->setToolTip(tr("Leave Actors Only and select this statement"));
    }
}

void DerivationPanel::showActor(const KnowledgeGraph &derived, NodeId actor)
{
    m_list->clear();
    if (!derived.contains(actor))
        return clear();
    QList<EdgeId> edges = derived.incidentEdges(actor);
    const auto weight = [&](EdgeId e) { return derived.edge(e).properties.value(QStringLiteral("weight")).toInt(); };
    std::stable_sort(edges.begin(), edges.end(), [&](EdgeId x, EdgeId y) { return weight(x) > weight(y); });
    m_heading->setText(tr("%1: linked with %n actor(s). Click one to see what the link rests on.", nullptr,
                          int(edges.size()))
                           .arg(derived.node(actor).label));
    for (EdgeId e : std::as_const(edges)) {
        const EdgeData &edge = derived.edge(e);
        const NodeData &other = derived.node(edge.source == actor ? edge.target : edge.source);
        auto *item = new QListWidgetItem(tr("%1 — weight %2 (%3 events, %4 statements)")
                                             .arg(other.label)
                                             .arg(weight(e))
                                             .arg(edge.properties.value(QStringLiteral("events")).toInt())
                                             .arg(edge.properties.value(QStringLiteral("statements")).toInt()),
                                         m_list);
        item->setData(LinkRole, e.value());
        item->setForeground(kindStyle(other.kind).fill.darker(150));
    }
}

void DerivationPanel::onItemClicked(QListWidgetItem *item)
{
    if (!item)
        return;
    if (const QVariant node = item->data(NodeRole); node.isValid())
        Q_EMIT nodeActivated(NodeId(node.toUInt()));
    else if (const QVariant link = item->data(LinkRole); link.isValid())
        Q_EMIT linkActivated(EdgeId(link.toUInt()));
}

} // namespace threadline
