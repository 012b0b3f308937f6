#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace threadline::articles::html {

// What a news page holds for a reader: its article text and metadata, with
// where each piece came from ("the og:title meta tag", …).
struct Extracted
{
    QString text;
    QString title, titleSource;
    QString outlet, outletSource;
    QString date, dateSource;
    QString url, urlSource;
};

// Parses the page with gumbo, an HTML5 parser (the algorithm browsers use,
// so broken markup reads as a browser reads it). The text is that of the
// page's <article> (else <main>, else the body) without scripts, styles,
// navigation, forms, asides and page headers and footers; one line per
// paragraph, heading or list item.
Extracted extract(const QString &page);

// The charset a page declares in its first 2 KiB (<meta charset> or the
// http-equiv Content-Type), lower-case; nullopt when it declares none.
std::optional<QString> declaredCharset(const QByteArray &page);

} // namespace threadline::articles::html
