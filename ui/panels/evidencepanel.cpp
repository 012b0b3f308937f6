#include "evidencepanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>

#include "citation.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "knowledgegraph.h"

namespace threadline {

EvidencePanel::EvidencePanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemClicked, this, &EvidencePanel::onItemActivated);
    // A quote's context menu: copy it as a citation.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy Citation"), m_list);
    copy->setObjectName(QStringLiteral("copyCitation"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyCitation(); });
    m_list->addAction(copy);
    m_list->installEventFilter(this); // Ctrl+C: the list would copy the item's text instead
    connect(m_list, &QListWidget::itemActivated, this, &EvidencePanel::onItemActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    clear();
}

void EvidencePanel::setGraph(const KnowledgeGraph *graph)
{
    m_graph = graph;
    clear();
}

void EvidencePanel::clear()
{
    m_spans.clear();
    m_list->clear();
    m_title->setText(tr("<b>Evidence</b>"));
}

void EvidencePanel::showEvidence(const QString &subject, const QList<EvidenceSpan> &spans, NodeId owner)
{
    m_spans = spans;
    m_owner = owner;
    m_list->clear();
    m_title->setText(tr("<b>Evidence</b> for %1 — %n quote(s)", nullptr, int(spans.size()))
                         .arg(subject.toHtmlEscaped()));
    for (const EvidenceSpan &span : spans) {
        QString source = span.document;
        if (const Document *doc = m_graph ? m_graph->document(span.document) : nullptr) {
            QStringList parts{doc->title};
            if (!doc->outlet.isEmpty())
                parts.append(doc->outlet);
            if (!doc->date.isEmpty())
                parts.append(doc->date);
            source = parts.join(QStringLiteral(" · "));
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("\u201C%1\u201D\n— %2").arg(span.text.simplified(), source), m_list);
        item->setToolTip(tr("Open in the source viewer"));
    }
    if (spans.isEmpty())
        new QListWidgetItem(tr("No evidence: nothing in the sources supports this."), m_list);
}

bool EvidencePanel::copyCitation(int row)
{
    if (row < 0)
        row = m_list->currentRow();
    if (!m_graph || row < 0 || row >= m_spans.size())
        return false;
    const Citation citation = citationFor(*m_graph, m_spans.at(row), m_owner);
    auto *mime = new QMimeData;
    mime->setText(citation.plain);
    mime->setData(QStringLiteral("text/markdown"), citation.markdown.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

bool EvidencePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copyCitation();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

EvidenceSpan EvidencePanel::spanAt(int row) const
{
    return m_spans.value(row);
}

void EvidencePanel::onItemActivated(QListWidgetItem *item)
{
    const int row = m_list->row(item);
    if (row >= 0 && row < m_spans.size())
        Q_EMIT spanActivated(m_spans.at(row));
}

} // namespace threadline
