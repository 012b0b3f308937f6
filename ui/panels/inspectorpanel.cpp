#include "inspectorpanel.h"

#include <QMap>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString propertyRows(const QVariantMap &properties)
{
    QString rows;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        QString value = it.value().typeId() == QMetaType::QVariantList
            ? it.value().toStringList().join(QStringLiteral(", "))
            : it.value().toString();
        if (it.value().typeId() == QMetaType::Bool)
            value = it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        QString name = it.key();
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        rows += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(esc(name), esc(value));
    }
    return rows;
}

QString quoteCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 quote") : QStringLiteral("%1 quotes").arg(n);
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("inspector"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &InspectorPanel::onAnchorClicked);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void InspectorPanel::setGraph(const KnowledgeGraph *graph)
{
    m_graph = graph;
    clear();
}

QString InspectorPanel::nodeLink(NodeId id)
{
    return QStringLiteral("threadline://node/%1").arg(id.value());
}

QString InspectorPanel::edgeLink(EdgeId id)
{
    return QStringLiteral("threadline://edge/%1").arg(id.value());
}

void InspectorPanel::clear()
{
    m_browser->setHtml(tr("<p style='color:#666'>Click a node or a relationship on the canvas "
                          "to see its properties, relationships and sources.</p>"));
}

QString InspectorPanel::nodeAnchor(NodeId id) const
{
    const NodeData &node = m_graph->node(id);
    return QStringLiteral("<a href='%1' style='color:%2;text-decoration:none'>&#9679;</a> "
                          "<a href='%1'>%3</a>")
        .arg(nodeLink(id), kindStyle(node.kind).fill.darker(115).name(), esc(node.label));
}

void InspectorPanel::showDocument(const QString &id, int actors, int events, int quotes)
{
    const Document *doc = m_graph ? m_graph->document(id) : nullptr;
    if (!doc) {
        clear();
        return;
    }
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p><b style='color:#9c755f'>%2</b></p><table>")
                       .arg(doc->title.toHtmlEscaped(), tr("Document"));
    const QList<std::pair<QString, QString>> rows = {{tr("Outlet"), doc->outlet}, {tr("Date"), doc->date},
                                                     {tr("URL"), doc->url},       {tr("File"), doc->file},
                                                     {tr("Id"), doc->id}};
    for (const auto &[name, value] : rows) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(name, value.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Evidence here for %1 actors, %2 events and %3 statements (selected on the canvas); "
                        "%4 characters of text.")
                         .arg(actors)
                         .arg(events)
                         .arg(quotes)
                         .arg(doc->text.size()));
    if (!doc->note.isEmpty())
        html += QStringLiteral("<p style='color:#555'>%1</p>").arg(doc->note.toHtmlEscaped());
    m_browser->setHtml(html);
}

void InspectorPanel::showNode(NodeId id)
{
    if (!m_graph || !m_graph->contains(id)) {
        clear();
        return;
    }
    const NodeData &node = m_graph->node(id);
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>"
                                  "<div style='color:%2'><b>%3</b> &middot; %4</div>")
                       .arg(esc(node.label), kindStyle(node.kind).fill.darker(130).name(),
                            kindDisplayName(node.kind), quoteCount(node.evidence.size()));
    if (node.evidence.isEmpty() && node.kind != NodeKind::Document)
        html += tr("<div style='color:#a33'>No source: this element has no evidence.</div>");
    if (!node.aliases.isEmpty())
        html += QStringLiteral("<p><span style='color:#666'>Also called:</span> %1</p>")
                    .arg(esc(node.aliases.join(QStringLiteral("; "))));
    if (!node.properties.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(propertyRows(node.properties));

    // Relationships grouped by how they read from this node.
    QMap<QString, QStringList> groups;
    QStringList order;
    for (EdgeId e : m_graph->incidentEdges(id)) {
        const EdgeData &edge = m_graph->edge(e);
        const bool outgoing = edge.source == id;
        const QString phrase = relationPhrase(edge.relation, outgoing);
        const NodeId other = outgoing ? edge.target : edge.source;
        QString extra;
        const QString title = edge.properties.value(QStringLiteral("title")).toString();
        if (!title.isEmpty())
            extra = QStringLiteral(" <i>(%1)</i>").arg(esc(title));
        const QString row = QStringLiteral("<li>%1%2 &nbsp;<a href='%3' style='color:#777'>[%4]</a></li>")
                                .arg(nodeAnchor(other), extra, edgeLink(e),
                                     edge.evidence.isEmpty() ? tr("no source")
                                                             : quoteCount(edge.evidence.size()));
        if (!groups.contains(phrase))
            order.append(phrase);
        groups[phrase].append(row);
    }
    if (!order.isEmpty())
        html += tr("<h4 style='margin-bottom:0'>Relationships</h4>");
    for (const QString &phrase : std::as_const(order)) {
        html += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                    .arg(esc(phrase), groups.value(phrase).join(QString()));
    }
    m_browser->setHtml(html);
}

void InspectorPanel::showEdge(EdgeId id)
{
    if (!m_graph || !m_graph->contains(id)) {
        clear();
        return;
    }
    const EdgeData &edge = m_graph->edge(id);
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>"
                                  "<div style='color:#555'><b>Relationship</b> &middot; %2 &middot; %3</div>")
                       .arg(esc(relationPhrase(edge.relation, true)), esc(edge.relation),
                            quoteCount(edge.evidence.size()));
    if (edge.evidence.isEmpty())
        html += tr("<div style='color:#a33'>No source: this relationship has no evidence.</div>");
    html += QStringLiteral("<p>From %1<br>to %2</p>").arg(nodeAnchor(edge.source), nodeAnchor(edge.target));
    if (!edge.properties.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(propertyRows(edge.properties));
    m_browser->setHtml(html);
}

void InspectorPanel::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1String("threadline"))
        return;
    bool ok = false;
    const quint32 value = url.path().mid(1).toUInt(&ok);
    if (!ok)
        return;
    if (url.host() == QLatin1String("node"))
        Q_EMIT nodeActivated(NodeId(value));
    else if (url.host() == QLatin1String("edge"))
        Q_EMIT edgeActivated(EdgeId(value));
}

} // namespace threadline
