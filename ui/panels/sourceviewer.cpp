#include "sourceviewer.h"

#include <QLabel>
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
    m_documentId.clear();
    m_shownText.clear();
    m_header->setText(tr("<i>Click a quote to open its source here.</i>"));
    m_text->clear();
    m_text->setExtraSelections({});
}

void SourceViewer::showSpan(const Document &document, qsizetype start, qsizetype end)
{
    if (m_documentId != document.id || m_shownText != document.text) {
        m_documentId = document.id;
        QString header = QStringLiteral("<b>%1</b>").arg(document.title.toHtmlEscaped());
        QStringList meta;
        for (const QString &part : {document.outlet, document.date, document.file}) {
            if (!part.isEmpty())
                meta.append(part.toHtmlEscaped());
        }
        header += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(meta.join(QStringLiteral(" · ")));
        if (!document.url.isEmpty())
            header += QStringLiteral("<br><a href='%1'>%1</a>").arg(document.url.toHtmlEscaped());
        m_header->setText(header);
        m_shownText = document.text;
        m_text->setPlainText(document.text.isEmpty()
                                 ? tr("(The text of this document is not available.)")
                                 : document.text);
    }
    const qsizetype length = m_text->document()->characterCount() - 1;
    start = qBound(qsizetype(0), start, length);
    end = qBound(start, end, length);

    QTextEdit::ExtraSelection highlight;
    highlight.cursor = QTextCursor(m_text->document());
    highlight.cursor.setPosition(int(start));
    highlight.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    highlight.format.setBackground(QColor(0xffe066));
    highlight.format.setForeground(QColor(Qt::black));
    m_text->setExtraSelections({highlight});

    // Bring the whole span into view, its start first.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(end));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(int(start));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
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
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    if (selections.isEmpty())
        return {-1, -1};
    const QTextCursor &c = selections.first().cursor;
    return {c.selectionStart(), c.selectionEnd()};
}

} // namespace threadline
