#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "knowledgegraph.h"

namespace threadline {

ConnectDialog::ConnectDialog(const KnowledgeGraph &graph, NodeId source, NodeId target,
                             std::optional<EvidenceSpan> evidence, QWidget *parent)
    : QDialog(parent), m_graph(graph), m_source(source), m_target(target)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect Nodes"));
    m_ends = new QLabel(this);
    m_ends->setWordWrap(true);
    m_swap = new QPushButton(tr("&Swap Direction"), this);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_relations = new QComboBox(this);
    m_relations->setObjectName(QStringLiteral("relationBox"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("roleTitle"));
    m_title->setPlaceholderText(tr("for a role, e.g. Secretary General"));
    m_fitNote = new QLabel(this);
    m_fitNote->setWordWrap(true);
    m_fitNote->setStyleSheet(QStringLiteral("color:#8a5a00"));
    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("connectEvidence"));
    quote->setWordWrap(true);
    if (evidence) {
        QString words = evidence->text.simplified();
        if (words.size() > 240)
            words = words.left(239) + QChar(0x2026);
        quote->setText(tr("<b>Evidence:</b> \u201c%1\u201d").arg(words.toHtmlEscaped()));
    } else {
        quote->setText(tr("<span style='color:#a33'>No text is selected in the Source viewer: the relationship "
                          "will have no evidence until you add some.</span>"));
    }

    auto *form = new QFormLayout;
    form->addRow(m_ends);
    form->addRow(QString(), m_swap);
    form->addRow(tr("&Relation:"), m_relations);
    form->addRow(tr("Role &title:"), m_title);
    form->addRow(m_fitNote);
    form->addRow(quote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_swap, &QPushButton::clicked, this, &ConnectDialog::swap);
    connect(m_relations, &QComboBox::currentIndexChanged, this,
            [this] { m_title->setEnabled(relation() == relation::role); });
    // Where the model has nothing for this direction but has for the other, start there.
    const NodeKind a = graph.node(source).kind, b = graph.node(target).kind;
    const auto fitsAny = [](NodeKind from, NodeKind to) {
        for (const QString &r : modelRelations()) {
            if (r != relation::mentions && relationFits(r, from, to))
                return true;
        }
        return false;
    };
    if (!fitsAny(a, b) && fitsAny(b, a))
        std::swap(m_source, m_target);
    fill();
}

QString ConnectDialog::relation() const
{
    return m_relations->currentData().toString();
}

QString ConnectDialog::roleTitle() const
{
    return relation() == relation::role ? m_title->text().simplified() : QString();
}

void ConnectDialog::swap()
{
    std::swap(m_source, m_target);
    fill();
}

void ConnectDialog::fill()
{
    const NodeData &from = m_graph.node(m_source);
    const NodeData &to = m_graph.node(m_target);
    m_ends->setText(tr("From <b>%1</b> (%2)<br>to <b>%3</b> (%4)")
                        .arg(from.label.toHtmlEscaped(), kindDisplayName(from.kind).toLower(),
                             to.label.toHtmlEscaped(), kindDisplayName(to.kind).toLower()));
    const QString before = relation();
    m_relations->clear();
    QStringList others;
    for (const QString &r : modelRelations()) {
        if (r == relation::mentions) // documents' own: made when evidence is
            continue;
        if (relationFits(r, from.kind, to.kind))
            m_relations->addItem(QStringLiteral("%1 (%2)").arg(relationPhrase(r, true), r), r);
        else
            others.append(r);
    }
    const int fitting = m_relations->count();
    // The rest stay choosable for graphs that do not follow the model.
    if (fitting > 0 && !others.isEmpty())
        m_relations->insertSeparator(fitting);
    for (const QString &r : std::as_const(others))
        m_relations->addItem(QStringLiteral("%1 (%2)").arg(relationPhrase(r, true), r), r);
    const int keep = m_relations->findData(before);
    m_relations->setCurrentIndex(keep >= 0 && keep < fitting ? keep : 0);
    m_fitNote->setText(fitting == 0 ? tr("The model has no relation from a %1 to a %2; any you choose is kept as "
                                         "given.")
                                          .arg(kindDisplayName(from.kind).toLower(), kindDisplayName(to.kind).toLower())
                                    : QString());
    m_fitNote->setVisible(fitting == 0);
    m_title->setEnabled(relation() == relation::role);
}

} // namespace threadline
