#include "sourceviewer.h"

#include <algorithm>

#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QUrl>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace threadline {

SourceViewer::SourceViewer(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setOpenExternalLinks(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_text->createStandardContextMenu(at);
        if (selectedSpan() && !m_selectionActions.isEmpty()) {
            QAction *first = menu->actions().value(0);
            menu->insertActions(first, m_selectionActions);
            menu->insertSeparator(first);
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_text->viewport()->mapToGlobal(at));
    });
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    connect(m_text, &QPlainTextEdit::selectionChanged, this,
            [this] { Q_EMIT selectionSpanChanged(selectedSpan().has_value()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    clear();
}

std::optional<EvidenceSpan> SourceViewer::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (m_documentId.isEmpty() || !cursor.hasSelection())
        return std::nullopt;
    // Cursor positions count UTF-16 code units of the plain text, as spans do.
    qsizetype start = cursor.selectionStart();
    qsizetype end = qMin(qsizetype(cursor.selectionEnd()), m_shownText.size());
    while (start < end && m_shownText.at(start).isSpace())
        ++start;
    while (end > start && m_shownText.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return std::nullopt;
    return EvidenceSpan{m_documentId, start, end, m_shownText.mid(start, end - start)};
}

void SourceViewer::clear()
{
    const bool wasShowing = !m_documentId.isEmpty();
    m_documentId.clear();
    m_shownText.clear();
    m_header->setText(tr("<i>Click a quote to open its source here.</i>"));
    m_text->clear();
    m_mentions.clear();
    m_mentionMarks.clear();
    m_highlightStart = m_highlightEnd = -1;
    m_text->setExtraSelections({});
    if (wasShowing)
        Q_EMIT documentShown(QString());
}

void SourceViewer::setMentions(const QList<Mention> &mentions, const std::function<QColor(NodeId)> &color,
                               const std::function<QString(NodeId)> &label)
{
    m_mentions = mentions;
    std::sort(m_mentions.begin(), m_mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    m_mentionLabel = label;
    m_mentionMarks.clear();
    const qsizetype length = m_text->document()->characterCount() - 1;
    for (const Mention &mention : std::as_const(m_mentions)) {
        if (mention.end > length)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(int(mention.start));
        mark.cursor.setPosition(int(mention.end), QTextCursor::KeepAnchor);
        QColor tint = color(mention.node);
        mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        mark.format.setUnderlineColor(tint.darker(140));
        tint.setAlpha(45);
        mark.format.setBackground(tint);
        m_mentionMarks.append(mark);
    }
    applyMarks();
}

std::optional<Mention> SourceViewer::mentionAt(qsizetype position) const
{
    auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                               [](qsizetype p, const Mention &m) { return p < m.start; });
    if (it == m_mentions.cbegin())
        return std::nullopt;
    --it;
    if (position >= it->start && position < it->end)
        return *it;
    return std::nullopt;
}

// Mentions under, the highlighted span over them.
void SourceViewer::applyMarks()
{
    QList<QTextEdit::ExtraSelection> all = m_mentionMarks;
    if (m_highlightStart >= 0) {
        QTextEdit::ExtraSelection highlight;
        highlight.cursor = QTextCursor(m_text->document());
        highlight.cursor.setPosition(int(m_highlightStart));
        highlight.cursor.setPosition(int(m_highlightEnd), QTextCursor::KeepAnchor);
        highlight.format.setBackground(QColor(0xffe066));
        highlight.format.setForeground(QColor(Qt::black));
        all.append(highlight);
    }
    m_text->setExtraSelections(all);
}

bool SourceViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text->viewport() || m_mentions.isEmpty())
        return QWidget::eventFilter(watched, event);
    const auto mentionUnder = [this](const QPoint &at) -> std::optional<Mention> {
        // The character under the pointer, not the gap nearest to it.
        QTextCursor cursor = m_text->cursorForPosition(at);
        const qsizetype gap = cursor.position();
        for (qsizetype position : {gap, gap - 1}) {
            if (position < 0)
                continue;
            const std::optional<Mention> mention = mentionAt(position);
            if (!mention)
                continue;
            QTextCursor first(m_text->document()), last(m_text->document());
            first.setPosition(int(mention->start));
            last.setPosition(int(mention->end));
            const QRect a = m_text->cursorRect(first), b = m_text->cursorRect(last);
            const bool oneLine = a.top() == b.top();
            if (!oneLine || (at.x() >= a.left() && at.x() <= b.right()))
                return mention;
        }
        return std::nullopt;
    };
    if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const std::optional<Mention> mention = mentionUnder(mouse->position().toPoint());
        m_text->viewport()->setCursor(mention ? Qt::PointingHandCursor : Qt::IBeamCursor);
        if (mention && m_mentionLabel)
            QToolTip::showText(mouse->globalPosition().toPoint(),
                               tr("%1 \u2014 click to select it").arg(m_mentionLabel(mention->node)), m_text->viewport());
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A click, not the end of a drag that selected text.
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
            if (const std::optional<Mention> mention = mentionUnder(mouse->position().toPoint()))
                Q_EMIT mentionClicked(mention->node);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SourceViewer::showHeader(const Document &document)
{
    QString header = QStringLiteral("<b>%1</b>").arg(document.title.toHtmlEscaped());
    QStringList meta;
    for (const QString &part : {document.outlet, document.date, document.file}) {
        if (!part.isEmpty())
            meta.append(part.toHtmlEscaped());
    }
    header += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(meta.join(QStringLiteral(" · ")));
    if (!document.url.isEmpty())
        header += QStringLiteral("<br><a href=\"%1\">%2</a>")
                      .arg(QUrl(document.url).toString(QUrl::FullyEncoded), document.url.toHtmlEscaped());
    m_header->setText(header);
}

void SourceViewer::showSpan(const Document &document, qsizetype start, qsizetype end)
{
    const bool another = m_documentId != document.id || m_shownText != document.text;
    if (another) {
        m_documentId = document.id;
        m_mentions.clear();
        m_mentionMarks.clear();
        showHeader(document);
        m_shownText = document.text;
        m_text->setPlainText(document.text.isEmpty()
                                 ? tr("(The text of this document is not available.)")
                                 : document.text);
    }
    const qsizetype length = m_text->document()->characterCount() - 1;
    start = qBound(qsizetype(0), start, length);
    end = qBound(start, end, length);

    m_highlightStart = start;
    m_highlightEnd = end;
    applyMarks();

    // Bring the whole span into view, its start first.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(end));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(int(start));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    if (another)
        Q_EMIT documentShown(m_documentId);
}

QString SourceViewer::headerText() const
{
    return m_header->text();
}

QString SourceViewer::text() const
{
    return m_shownText;
}

std::pair<qsizetype, qsizetype> SourceViewer::highlightedSpan() const
{
    return {m_highlightStart, m_highlightEnd};
}

} // namespace threadline
