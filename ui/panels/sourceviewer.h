#pragma once

#include <QTextEdit>
#include <QWidget>

#include <functional>
#include <optional>

#include "mentions.h"
#include "types.h"

class QAction;
class QLabel;
class QPlainTextEdit;

namespace threadline {

// The source document of a piece of evidence, with the span highlighted and
// scrolled into view, under its title, outlet and date. Every mention of a
// known entity is underlined in its kind's colour; clicking one asks for
// that node.
class SourceViewer : public QWidget
{
    Q_OBJECT

public:
    explicit SourceViewer(QWidget *parent = nullptr);

    void showSpan(const Document &document, qsizetype start, qsizetype end);
    // The title, outlet, date and URL above the text (again, after an edit).
    void showHeader(const Document &document);
    void clear();

    QString documentId() const { return m_documentId; }
    QString headerText() const;
    QString text() const; // the document text shown
    // The highlighted range as the user sees it: [start, end) in the text.
    std::pair<qsizetype, qsizetype> highlightedSpan() const;
    QPlainTextEdit *textView() const { return m_text; }
    // The text the user selected, as an exact evidence span of the document
    // shown (white space at its ends left out); nullopt without one.
    std::optional<EvidenceSpan> selectedSpan() const;
    // Actions offered at the top of the text's context menu while text is
    // selected ("New Person from Selection", …).
    void setSelectionActions(const QList<QAction *> &actions) { m_selectionActions = actions; }
    // Marks where the text shown names known entities; colour gives each
    // mention's colour, label its tooltip.
    void setMentions(const QList<Mention> &mentions, const std::function<QColor(NodeId)> &color,
                     const std::function<QString(NodeId)> &label);
    const QList<Mention> &mentions() const { return m_mentions; }
    // The mention at a position of the text, if any.
    std::optional<Mention> mentionAt(qsizetype position) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void selectionSpanChanged(bool hasSpan);
    // Another document is shown (or none).
    void documentShown(const QString &id);
    void mentionClicked(threadline::NodeId node);

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
    QString m_documentId;
    QString m_shownText; // as given: QTextDocument turns no-break spaces into spaces
    QList<QAction *> m_selectionActions;
    QList<Mention> m_mentions; // by start
    QList<QTextEdit::ExtraSelection> m_mentionMarks;
    std::function<QString(NodeId)> m_mentionLabel;
    qsizetype m_highlightStart = -1;
    qsizetype m_highlightEnd = -1;
    void applyMarks();
};

} // namespace threadline
