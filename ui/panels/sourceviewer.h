#pragma once

#include <QWidget>

#include "types.h"

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

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
    QString m_documentId;
    QString m_shownText; // as given: QTextDocument turns no-break spaces into spaces
};

} // namespace threadline
