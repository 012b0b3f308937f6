#include "searchbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPainter>
#include <QStandardItemModel>

#include "kindstyle.h"
#include "knowledgegraph.h"
#include "search.h"

#include <QSet>

namespace threadline {

namespace {
constexpr int nodeRole = Qt::UserRole + 1;
constexpr int documentRole = Qt::UserRole + 2;
// What the completer matches against: the words typed, on every row, so
// that it keeps the best row (the first) current instead of jumping to the
// first label that happens to start with them ("Hegseth's remarks…" over
// "Pete Hegseth").
constexpr int typedRole = Qt::UserRole + 3;
constexpr int maxResults = 25;
constexpr int maxTextResults = 10;

QIcon kindIcon(NodeKind kind)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kindStyle(kind).stroke, 1));
    painter.setBrush(kindStyle(kind).fill);
    painter.drawPath(kindShape(kind, 6).translated(7, 7));
    return QIcon(pixmap);
}
} // namespace

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("search"));
    setPlaceholderText(tr("Search people, events, quotes…"));
    setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setCompletionRole(typedRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateResults);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::chooseBest);
    // Not with the line edit as the receiver: QLineEdit drops every
    // connection from its completer to itself each time it loses the focus.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), m_completer,
            [this](const QModelIndex &index) { choose(index); });
}

void SearchBox::setGraph(const KnowledgeGraph *graph)
{
    m_graph = graph;
    m_model->clear();
}

void SearchBox::updateResults(const QString &text)
{
    m_model->clear();
    if (!m_graph)
        return;
    QSet<NodeId> listed;
    for (const SearchHit &hit : searchNodes(*m_graph, text, maxResults)) {
        const NodeData &node = m_graph->node(hit.node);
        QString shown = node.label;
        if (hit.matched != node.label) {
            QString context = hit.matched.simplified();
            if (context.size() > 60)
                context = context.left(59) + QChar(0x2026);
            shown += QStringLiteral("  — \u201C%1\u201D").arg(context);
        }
        auto *item = new QStandardItem(kindIcon(node.kind), shown);
        item->setData(hit.node.value(), nodeRole);
        item->setToolTip(kindDisplayName(node.kind));
        m_model->appendRow(item);
        listed.insert(hit.node);
    }
    // The articles' words, from the project's full-text index.
    const QString query = Project::queryForTyping(text);
    if (m_textSearch && !query.isEmpty()) {
        for (const TextMatch &match : m_textSearch(query)) {
            QString snippet = match.snippet.simplified();
            snippet.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            if (match.kind == TextMatch::Kind::Statement) {
                if (listed.contains(match.statement) || !m_graph->contains(match.statement))
                    continue;
                const NodeData &node = m_graph->node(match.statement);
                auto *item = new QStandardItem(kindIcon(node.kind),
                                               QStringLiteral("%1  — \u201C%2\u201D").arg(node.label, snippet));
                item->setData(match.statement.value(), nodeRole);
                m_model->appendRow(item);
                listed.insert(match.statement);
            } else if (const Document *doc = m_graph->document(match.document)) {
                auto *item = new QStandardItem(kindIcon(NodeKind::Document),
                                               tr("%1 (document)  — %2").arg(doc->title, snippet));
                item->setData(doc->id, documentRole);
                item->setToolTip(tr("Open this article"));
                m_model->appendRow(item);
            }
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row)->setData(text, typedRole);
    m_completer->complete();
}

void SearchBox::choose(const QModelIndex &index)
{
    const QString document = index.data(documentRole).toString();
    if (!document.isEmpty())
        Q_EMIT documentChosen(document);
    else
        Q_EMIT nodeChosen(NodeId(index.data(nodeRole).toUInt()));
}

void SearchBox::chooseBest()
{
    if (m_model->rowCount() == 0)
        updateResults(text());
    if (m_model->rowCount() > 0)
        choose(m_model->index(0, 0));
}

} // namespace threadline
