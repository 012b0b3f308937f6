#include "inspectorpanel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "elementeditor.h"
#include "kindstyle.h"
#include "knowledgegraph.h"

namespace threadline {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Shown by dateRows, not as plain properties.
bool isDateProperty(const QString &key)
{
    return key == QLatin1String("date") || key.startsWith(QLatin1String("date_"))
           || key == QLatin1String("place_accounts");
}

QString propertyRows(const QVariantMap &properties)
{
    QString rows;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (isDateProperty(it.key()))
            continue;
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
    m_nodeEditor = new NodeEditor(this);
    m_documentEditor = new DocumentEditor(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_browser);
    // The forms scroll: their height must not squeeze the panels below.
    const auto scrolling = [this](QWidget *form) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(form);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages->addWidget(scroll);
        return scroll;
    };
    m_nodePage = scrolling(m_nodeEditor);
    m_documentPage = scrolling(m_documentEditor);

    m_editButton = new QToolButton(this);
    m_editButton->setObjectName(QStringLiteral("editElement"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit the label, kind, aliases, date and properties, or a document's metadata (F2)"));
    m_editButton->setEnabled(false);
    connect(m_editButton, &QToolButton::clicked, this, &InspectorPanel::startEditing);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch();
    bar->addWidget(m_editButton);

    connect(m_nodeEditor, &NodeEditor::applied, this, [this](NodeId id, const NodeData &changed) {
        showBrowser();
        Q_EMIT nodeEditRequested(id, changed);
    });
    connect(m_nodeEditor, &NodeEditor::splitRequested, this, [this](NodeId id, const QString &alias) {
        showBrowser();
        Q_EMIT splitAliasRequested(id, alias);
    });
    connect(m_nodeEditor, &NodeEditor::cancelled, this, &InspectorPanel::showBrowser);
    connect(m_documentEditor, &DocumentEditor::applied, this, [this](const Document &doc) {
        showBrowser();
        Q_EMIT documentEditRequested(doc);
    });
    connect(m_documentEditor, &DocumentEditor::cancelled, this, &InspectorPanel::showBrowser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    clear();
}

bool InspectorPanel::startEditing()
{
    if (!m_graph)
        return false;
    if (m_shownNode.isValid() && m_graph->contains(m_shownNode)) {
        m_nodeEditor->edit(m_shownNode, m_graph->node(m_shownNode));
        m_pages->setCurrentWidget(m_nodePage);
        m_nodeEditor->labelEdit()->setFocus();
        return true;
    }
    if (const Document *doc = m_shownDocument.isEmpty() ? nullptr : m_graph->document(m_shownDocument)) {
        m_documentEditor->edit(*doc);
        m_pages->setCurrentWidget(m_documentPage);
        m_documentEditor->titleEdit()->setFocus();
        return true;
    }
    return false;
}

bool InspectorPanel::isEditing() const
{
    return m_pages->currentWidget() != m_browser;
}

void InspectorPanel::stopEditing()
{
    showBrowser();
}

void InspectorPanel::showBrowser()
{
    m_pages->setCurrentWidget(m_browser);
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
    m_shownNode = NodeId();
    m_shownDocument.clear();
    m_editButton->setEnabled(false);
    showBrowser();
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

QString InspectorPanel::spanLink(const QVariant &value) const
{
    const QVariantMap span = value.toMap();
    if (span.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("threadline"));
    url.setHost(QStringLiteral("span"));
    url.setPath(QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("d"), span.value(QStringLiteral("document")).toString());
    query.addQueryItem(QStringLiteral("s"), QString::number(span.value(QStringLiteral("start")).toLongLong()));
    query.addQueryItem(QStringLiteral("e"), QString::number(span.value(QStringLiteral("end")).toLongLong()));
    url.setQuery(query);
    // Not HTML-escaped: Qt's rich text keeps "&amp;" in an attribute as it
    // is. A fully encoded URL has no '"', '<' or '>' to escape.
    return QStringLiteral("<a href=\"%1\">\u201c%2\u201d</a>")
        .arg(url.toString(QUrl::FullyEncoded), esc(span.value(QStringLiteral("text")).toString()));
}

// The date, and where it comes from: stated (the words, a link to them) in
// plain type; inferred in italics with its basis.
QString InspectorPanel::dateRows(const QVariantMap &properties) const
{
    const QString date = properties.value(QStringLiteral("date")).toString();
    if (date.isEmpty())
        return {};
    const QString source = properties.value(QStringLiteral("date_source")).toString();
    const QString note = properties.value(QStringLiteral("date_note")).toString();
    const QString words = spanLink(properties.value(QStringLiteral("date_evidence")));
    QString value;
    if (source == QLatin1String("stated")) {
        value = tr("<b>%1</b> <span style='color:#2a7a3a'>stated</span>").arg(esc(date));
        if (!words.isEmpty())
            value += tr(" in %1").arg(words);
    } else if (source == QLatin1String("inferred")) {
        value = tr("<i>%1</i> <span style='color:#a06000'><i>inferred</i></span>").arg(esc(date));
        if (!words.isEmpty())
            value += tr(" from %1").arg(words);
    } else {
        value = esc(date) + tr(" <span style='color:#888'>(source of the date not recorded)</span>");
    }
    QString rows = QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                       .arg(tr("date"), value);
    if (!note.isEmpty())
        rows += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td style='color:#555'>%2</td></tr>")
                    .arg(source == QLatin1String("inferred") ? tr("basis") : tr("date note"), esc(note));
    return rows;
}

// Where documents or reports disagree on a date (date_accounts) or a place
// (place_accounts): every account, each with its words or the source it is
// cited from.
QString InspectorPanel::accountsOf(const QVariantMap &properties) const
{
    QString html;
    for (const bool isDate : {true, false}) {
        const QVariantList accounts =
            properties.value(isDate ? QStringLiteral("date_accounts") : QStringLiteral("place_accounts")).toList();
        if (accounts.isEmpty())
            continue;
        QString items;
        for (const QVariant &entry : accounts) {
            const QVariantMap account = entry.toMap();
            const QString value = account.value(isDate ? QStringLiteral("date") : QStringLiteral("place")).toString();
            const QString source = account.value(QStringLiteral("date_source")).toString();
            QString item = source == QLatin1String("inferred") ? QStringLiteral("<i>%1</i> (inferred)").arg(esc(value))
                           : source == QLatin1String("stated") ? QStringLiteral("<b>%1</b> (stated)").arg(esc(value))
                                                               : QStringLiteral("<b>%1</b>").arg(esc(value));
            const QString basis = account.value(QStringLiteral("basis")).toString();
            if (!basis.isEmpty())
                item += QStringLiteral(": ") + esc(basis);
            const QString words = spanLink(account.value(QStringLiteral("evidence")));
            if (!words.isEmpty())
                item += QStringLiteral(" &mdash; ") + words;
            const QString cited = account.value(QStringLiteral("cited")).toString();
            if (!cited.isEmpty())
                item += tr(" &mdash; <span style='color:#555'>cited: %1</span>").arg(esc(cited));
            items += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("<p style='margin-bottom:0'><b style='color:#a33'>%1</b></p><ul style='margin-top:0'>%2</ul>")
                    .arg(isDate ? tr("Accounts differ on the date") : tr("Accounts differ on the place"), items);
    }
    return html;
}

void InspectorPanel::showDocument(const QString &id, int actors, int events, int quotes)
{
    const Document *doc = m_graph ? m_graph->document(id) : nullptr;
    if (!doc) {
        clear();
        return;
    }
    if (isEditing() && m_documentEditor->documentId() != id)
        showBrowser(); // another element: its form would be stale
    m_shownNode = NodeId();
    m_shownDocument = id;
    m_editButton->setEnabled(true);
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p><b style='color:#9c755f'>%2</b></p><table>")
                       .arg(doc->title.toHtmlEscaped(), tr("Document"));
    const QList<std::pair<QString, QString>> rows = {{tr("Outlet"), doc->outlet}, {tr("Date"), doc->date},
                                                     {tr("URL"), doc->url},       {tr("File"), doc->file},
                                                     {tr("Id"), doc->id}};
    for (const auto &[name, value] : rows) {
        if (value.isEmpty())
            continue;
        // The URL opens in the desktop's browser.
        const QString shown = name == tr("URL") ? QStringLiteral("<a href=\"%1\">%2</a>")
                                                      .arg(QUrl(value).toString(QUrl::FullyEncoded), value.toHtmlEscaped())
                                                : value.toHtmlEscaped();
        html += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(name, shown);
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
    if (isEditing() && (m_nodeEditor->node() != id || m_pages->currentWidget() != m_nodePage))
        showBrowser(); // another element: its form would be stale
    m_shownNode = id;
    m_shownDocument.clear();
    m_editButton->setEnabled(true);
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
    const QString rows = dateRows(node.properties) + propertyRows(node.properties);
    if (!rows.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(rows);
    html += accountsOf(node.properties);

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
    showBrowser();
    m_shownNode = NodeId();
    m_shownDocument.clear();
    m_editButton->setEnabled(false);
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
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.scheme() != QLatin1String("threadline"))
        return;
    if (url.host() == QLatin1String("span")) {
        const QUrlQuery query(url);
        EvidenceSpan span;
        span.document = query.queryItemValue(QStringLiteral("d"), QUrl::FullyDecoded);
        span.start = query.queryItemValue(QStringLiteral("s")).toLongLong();
        span.end = query.queryItemValue(QStringLiteral("e")).toLongLong();
        if (const Document *doc = m_graph ? m_graph->document(span.document) : nullptr)
            span.text = doc->text.mid(span.start, span.end - span.start);
        Q_EMIT spanActivated(span);
        return;
    }
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
