#include "pathpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "graphdocument.h"
#include "kindstyle.h"

namespace threadline {

namespace {

QString quoted(const QString &text)
{
    const QString words = text.simplified();
    return QStringLiteral("“%1”").arg(words.size() > 160 ? words.left(159).trimmed() + QChar(0x2026) : words);
}

} // namespace

PathPanel::PathPanel(const GraphDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pathHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pathSteps"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, &PathPanel::onItemClicked);
    connect(m_list, &QListWidget::itemActivated, this, &PathPanel::onItemClicked);
    connect(m_document, &GraphDocument::wasReset, this, &PathPanel::clear);
    connect(m_document, &GraphDocument::nodesRemoved, this, &PathPanel::dropIfGone);
    connect(m_document, &GraphDocument::edgesRemoved, this, &PathPanel::dropIfGone);
    clear();
}

void PathPanel::clear()
{
    m_from = m_to = NodeId();
    m_steps.clear();
    m_list->clear();
    m_heading->setText(tr("Right-click a node on the canvas and choose Path From Here, then right-click "
                          "another and choose Path To Here."));
}

void PathPanel::showPath(NodeId from, NodeId to, const QList<PathStep> &steps)
{
    const KnowledgeGraph &g = m_document->graph();
    m_list->clear();
    m_from = from;
    m_to = to;
    m_steps = steps;
    const QString fromName = g.contains(from) ? g.node(from).label : QString();
    const QString toName = g.contains(to) ? g.node(to).label : QString();
    if (steps.isEmpty()) {
        m_heading->setText(tr("No path between %1 and %2 among the nodes and relationships the canvas can show.")
                               .arg(fromName, toName));
        return;
    }
    m_heading->setText(tr("From %1 to %2 in %n step(s):", nullptr, int(steps.size() - 1)).arg(fromName, toName));
    for (const PathStep &step : steps) {
        if (step.via.isValid()) {
            const EdgeData &edge = g.edge(step.via);
            QString text = QStringLiteral("    ↳ %1 %2 %3")
                               .arg(g.node(edge.source).label, relationPhrase(edge.relation, true),
                                    g.node(edge.target).label);
            if (!edge.evidence.isEmpty())
                text += QStringLiteral("\n       ") + quoted(edge.evidence.first().text);
            else
                text += QStringLiteral("\n       ") + tr("(no quote)");
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(EdgeRole, step.via.value());
            item->setToolTip(tr("Click to open this relationship's evidence"));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(QColor(0x44, 0x44, 0x44));
        }
        const NodeData &node = g.node(step.node);
        auto *item = new QListWidgetItem(QStringLiteral("● %1  (%2)").arg(node.label, kindDisplayName(node.kind).toLower()),
                                         m_list);
        item->setData(NodeRole, step.node.value());
        item->setForeground(kindStyle(node.kind).fill.darker(150));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

void PathPanel::onItemClicked(QListWidgetItem *item)
{
    if (!item)
        return;
    if (const QVariant node = item->data(NodeRole); node.isValid())
        Q_EMIT nodeActivated(NodeId(node.toUInt()));
    else if (const QVariant edge = item->data(EdgeRole); edge.isValid())
        Q_EMIT edgeActivated(EdgeId(edge.toUInt()));
}

void PathPanel::dropIfGone()
{
    const KnowledgeGraph &g = m_document->graph();
    for (const PathStep &step : std::as_const(m_steps)) {
        if (!g.contains(step.node) || (step.via.isValid() && !g.contains(step.via))) {
            clear();
            m_heading->setText(tr("The path shown was edited away; ask for it again with Path To Here."));
            return;
        }
    }
}

} // namespace threadline
