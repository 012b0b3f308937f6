#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

#include "graphio.h"
#include "types.h"

namespace threadline::articles {

enum class ArticleFormat { Text, Markdown, Html };

// From the file name (.txt, .md/.markdown, .html/.htm) and, failing that,
// the first bytes (an HTML doctype or tag, Markdown front matter).
std::optional<ArticleFormat> formatOf(const QString &path, const QByteArray &head);
// Whether a file name looks like an article Threadline imports.
bool isArticleName(const QString &path);
// "Articles (*.txt *.md *.markdown *.html *.htm)", for file dialogs.
QString fileFilter();

struct ArticleResult
{
    bool ok = false;
    // The article as a document: its text as a reader sees it (HTML and
    // Markdown without markup, navigation or scripts; line breaks "\n"),
    // and what the file says of its title, outlet, date and URL. Its id is
    // made from the text, so the same article imported twice has the same id.
    Document document;
    QStringList notes; // where each piece of metadata came from
    GraphIoError error; // when !ok: the file, the line, what is wrong
};

// Reads one article file. Errors name the file and, where there is one,
// the line: not a file, too big (over 64 MiB), binary, not UTF-8 (or the
// encoding it declares), no text.
ArticleResult readArticle(const QString &path);
// The same on bytes already read; `path` names them in messages and in the
// document's "file".
ArticleResult readArticle(const QByteArray &data, const QString &path);

// "doc:" and 16 hexadecimal digits of the SHA-256 of the text.
QString documentIdFor(const QString &text);

inline constexpr qint64 maxArticleBytes = qint64(64) << 20;

} // namespace threadline::articles
