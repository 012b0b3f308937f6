#include "reviewpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "apply.h"
#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {

// Where a proposal sits in its article's extraction.
enum Role { PartRole = Qt::UserRole + 1, IndexRole, StartRole, EndRole };
enum Part { EntityPart, EventPart, StatementPart };

QString shorten(QString s, int n = 90)
{
    s = s.simplified();
    return s.size() > n ? s.left(n - 1) + QChar(0x2026) : s;
}

QIcon dot(NodeKind kind)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(kindStyle(kind).fill);
    painter.setPen(kindStyle(kind).stroke);
    painter.drawPath(kindShape(kind, 5).translated(6, 6));
    return QIcon(pixmap);
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reviewTree"));
    m_tree->setHeaderLabels({tr("Proposal"), tr("Kind"), tr("Rule")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_acceptChecked = new QPushButton(tr("Accept Checked"), this);
    m_acceptChecked->setObjectName(QStringLiteral("acceptChecked"));
    m_acceptAll = new QPushButton(tr("Accept All"), this);
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    m_rejectAll = new QPushButton(tr("Reject All"), this);
    m_rejectAll->setObjectName(QStringLiteral("rejectAll"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptChecked);
    buttons->addWidget(m_acceptAll);
    buttons->addStretch();
    buttons->addWidget(m_rejectAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_acceptChecked, &QPushButton::clicked, this, &ReviewPanel::acceptChecked);
    connect(m_acceptAll, &QPushButton::clicked, this, &ReviewPanel::acceptAll);
    connect(m_rejectAll, &QPushButton::clicked, this, &ReviewPanel::rejectAll);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->parent())
            return;
        const qsizetype start = item->data(0, StartRole).toLongLong(), end = item->data(0, EndRole).toLongLong();
        for (const Pending &p : std::as_const(m_pending)) {
            if (p.item == item->parent() && end > start)
                Q_EMIT spanRequested(EvidenceSpan{p.article.id, start, end, p.article.text.mid(start, end - start)});
        }
    });
    updateSummary();
}

void ReviewPanel::addProposals(const Document &article, const extract::Extraction &x)
{
    auto *top = new QTreeWidgetItem(m_tree, {article.title, tr("article"), QString()});
    top->setFlags(top->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
    top->setCheckState(0, Qt::Checked);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    const auto add = [&](NodeKind kind, const QString &text, const QString &kindText, const QString &rule, Part part,
                         int index, qsizetype start, qsizetype end, bool editable) {
        auto *item = new QTreeWidgetItem(top, {text, kindText, rule});
        item->setIcon(0, dot(kind));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
        item->setCheckState(0, Qt::Checked);
        item->setData(0, PartRole, part);
        item->setData(0, IndexRole, index);
        item->setData(0, StartRole, start);
        item->setData(0, EndRole, end);
        item->setToolTip(0, text);
        item->setToolTip(2, rule);
    };
    for (int i = 0; i < x.entities.size(); ++i) {
        const extract::Entity &e = x.entities[i];
        if (e.mentions.isEmpty())
            continue; // a title's qualifier the text never names by itself
        QString rule = e.rule;
        if (!e.title.isEmpty())
            rule += tr("; title: %1").arg(e.title);
        add(e.kind, e.label, kindDisplayName(e.kind).toLower(), rule, EntityPart, i, e.mentions.first().start,
            e.mentions.first().end, true);
    }
    for (int i = 0; i < x.events.size(); ++i) {
        const extract::Event &e = x.events[i];
        QString text = e.label;
        if (!e.date.isEmpty())
            text += QStringLiteral(" \u00b7 ") + e.date + (e.dateStated ? QString() : tr(" (inferred)"));
        add(NodeKind::Event, text, e.planned ? tr("planned %1").arg(e.type) : e.type, e.rule, EventPart, i,
            e.evidence.start, e.evidence.end, false);
    }
    for (int i = 0; i < x.statements.size(); ++i) {
        const extract::Statement &s = x.statements[i];
        const QString words = article.text.mid(s.text.start, s.text.end - s.text.start);
        const QString speaker = s.speaker >= 0 ? x.entities[s.speaker].label : tr("no speaker found");
        add(NodeKind::Statement,
            QStringLiteral("%1 \u2014 %2").arg(speaker, s.direct ? QStringLiteral("\u201c%1\u201d").arg(shorten(words))
                                                                  : shorten(words)),
            s.direct ? tr("quotation") : tr("reported"), s.rule, StatementPart, i, s.evidence.start, s.evidence.end, false);
    }
    top->setExpanded(true);
    m_pending.append(Pending{article, x, top});
    updateSummary();
    Q_EMIT pendingChanged(int(m_pending.size()));
}

void ReviewPanel::acceptChecked()
{
    accept(false);
}

void ReviewPanel::acceptAll()
{
    accept(true);
}

void ReviewPanel::accept(bool everything)
{
    const QList<Pending> pending = m_pending;
    m_pending.clear();
    QList<Document> articles;
    QList<extract::Extraction> extractions;
    for (const Pending &p : pending) {
        QSet<int> entities, events, statements;
        extract::Extraction x = p.extraction;
        for (int c = 0; c < p.item->childCount(); ++c) {
            const QTreeWidgetItem *item = p.item->child(c);
            if (!everything && item->checkState(0) != Qt::Checked)
                continue;
            const int index = item->data(0, IndexRole).toInt();
            switch (item->data(0, PartRole).toInt()) {
            case EntityPart:
                entities.insert(index);
                // A name corrected here is the one the graph takes.
                if (!item->text(0).trimmed().isEmpty() && item->text(0) != x.entities[index].label) {
                    x.entities[index].aliases.append(x.entities[index].label);
                    x.entities[index].label = item->text(0).simplified();
                }
                break;
            case EventPart: events.insert(index); break;
            case StatementPart: statements.insert(index); break;
            }
        }
        delete p.item;
        if (!entities.isEmpty() || !events.isEmpty() || !statements.isEmpty()) {
            articles.append(p.article);
            extractions.append(extract::selected(x, entities, events, statements));
        }
    }
    updateSummary();
    Q_EMIT pendingChanged(0);
    if (!articles.isEmpty())
        Q_EMIT accepted(articles, extractions);
}

void ReviewPanel::rejectAll()
{
    for (const Pending &p : std::as_const(m_pending))
        delete p.item;
    m_pending.clear();
    updateSummary();
    Q_EMIT pendingChanged(0);
}

void ReviewPanel::dropMissing(const KnowledgeGraph &graph)
{
    const qsizetype before = m_pending.size();
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (!graph.document(m_pending.at(i).article.id)) {
            delete m_pending.at(i).item;
            m_pending.removeAt(i);
        }
    }
    if (m_pending.size() != before) {
        updateSummary();
        Q_EMIT pendingChanged(int(m_pending.size()));
    }
}

void ReviewPanel::updateSummary()
{
    int proposals = 0;
    for (const Pending &p : std::as_const(m_pending))
        proposals += p.item->childCount();
    m_summary->setText(m_pending.isEmpty()
                           ? tr("<i>Nothing to review. Import articles (Ctrl+I): what they say is proposed here.</i>")
                           : tr("%n proposal(s) from %1 article(s). Uncheck what is wrong, double-click a name to "
                                "correct it, click one to see its words in the source.",
                                nullptr, proposals)
                                 .arg(m_pending.size()));
    m_acceptChecked->setEnabled(!m_pending.isEmpty());
    m_acceptAll->setEnabled(!m_pending.isEmpty());
    m_rejectAll->setEnabled(!m_pending.isEmpty());
}

} // namespace threadline
