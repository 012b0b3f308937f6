#pragma once

#include <QWidget>

#include <optional>

#include "types.h"

class QAction;
class QLabel;
class QPlainTextEdit;

namespace threadline {

// The source document of a piece of evidence, with the span highlighted and
// scrolled into view, under its title, outlet and date.
class SourceViewer : public QWidget
{
    Q_OBJECT

public:
    explicit SourceViewer(QWidget *parent = nullptr);

    void showSpan(const Document &document, qsizetype start, qsizetype end);
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

Q_SIGNALS:
    void selectionSpanChanged(bool hasSpan);

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
    QString m_documentId;
    QString m_shownText; // as given: QTextDocument turns no-break spaces into spaces
    QList<QAction *> m_selectionActions;
};

} // namespace threadline
