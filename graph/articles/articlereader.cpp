#include "articlereader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include "htmlarticle.h"

namespace threadline::articles {

namespace {

int lineOf(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

ArticleResult failure(const QString &path, int line, const QString &message)
{
    ArticleResult result;
    result.error.file = path;
    result.error.line = line;
    result.error.message = message;
    return result;
}

// Line breaks as "\n", whatever the file used.
QString normalizeBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// The first line with text, when it reads as a headline: short, and not a
// sentence that runs on.
QString headlineOf(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= 160 && !trimmed.endsWith(QLatin1Char('.')) && !trimmed.endsWith(QLatin1Char(':')))
            return trimmed;
        return {};
    }
    return {};
}

// ---- Markdown ----------------------------------------------------------------

struct FrontMatter
{
    QHash<QString, QString> values; // lower-case keys
    qsizetype bodyStart = 0;        // where the body begins, after the closing ---
};

// `---` lines around `key: value` lines at the very top.
std::optional<FrontMatter> frontMatterOf(const QString &text)
{
    if (!text.startsWith(QStringLiteral("---\n")))
        return std::nullopt;
    const qsizetype end = text.indexOf(QStringLiteral("\n---"), 3);
    if (end < 0)
        return std::nullopt;
    FrontMatter front;
    for (const QString &line : text.mid(4, end - 4 + 1).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        front.values.insert(line.left(colon).trimmed().toLower(), value);
    }
    const qsizetype afterFence = text.indexOf(QLatin1Char('\n'), end + 1);
    front.bodyStart = afterFence < 0 ? text.size() : afterFence + 1;
    return front;
}

QString firstOf(const QHash<QString, QString> &values, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = values.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Markdown as a reader sees it: no markup characters, links as their text,
// images and code fences gone, one line per line.
QString markdownText(const QString &body, QString *heading)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(.+?)\1)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*]))"));
    static const QRegularExpression code(QStringLiteral(R"(`([^`]*)`)"));
    static const QRegularExpression headingMark(QStringLiteral(R"(^#{1,6}\s+)"));
    static const QRegularExpression quoteMark(QStringLiteral(R"(^>\s?)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s*([-*_])(\s*\1){2,}\s*$)"));
    QStringList out;
    bool fence = false;
    for (QString line : body.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("```")) || line.trimmed().startsWith(QStringLiteral("~~~"))) {
            fence = !fence;
            continue;
        }
        if (fence)
            continue; // code is not the article's prose
        {
            if (rule.match(line).hasMatch())
                continue;
            while (quoteMark.match(line).hasMatch())
                line.remove(quoteMark);
            const bool isHeading = headingMark.match(line).hasMatch();
            line.remove(headingMark);
            line.replace(image, QString());
            line.replace(link, QStringLiteral("\\1"));
            line.replace(strong, QStringLiteral("\\2"));
            line.replace(emphasis, QStringLiteral("\\1"));
            line.replace(code, QStringLiteral("\\1"));
            line = line.trimmed();
            if (isHeading && heading->isEmpty())
                *heading = line;
        }
        out.append(line);
    }
    // No blank runs at the ends; single blank lines between paragraphs stay.
    while (!out.isEmpty() && out.constFirst().trimmed().isEmpty())
        out.removeFirst();
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

void setIf(QString &field, const QString &value, const QString &note, QStringList &notes)
{
    if (field.isEmpty() && !value.isEmpty()) {
        field = value;
        notes.append(note);
    }
}

} // namespace

QString documentIdFor(const QString &text)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("doc:") + QString::fromLatin1(hash.left(16));
}

bool isArticleName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
           || suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QString fileFilter()
{
    return QStringLiteral("Articles (*.txt *.md *.markdown *.html *.htm)");
}

std::optional<ArticleFormat> formatOf(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ArticleFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ArticleFormat::Markdown;
    if (suffix == QLatin1String("txt"))
        return ArticleFormat::Text;
    const QByteArray start = head.left(512).trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<head"))
        return ArticleFormat::Html;
    if (start.startsWith("---\n") || start.startsWith("---\r\n") || start.startsWith("# "))
        return ArticleFormat::Markdown;
    return std::nullopt;
}

ArticleResult readArticle(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(path, 0, info.exists() ? QStringLiteral("not a file") : QStringLiteral("no such file"));
    if (info.size() > maxArticleBytes)
        return failure(path, 0, QStringLiteral("%1 MiB is more than an article (at most %2 MiB are read)")
                                    .arg(info.size() >> 20)
                                    .arg(maxArticleBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, 0, file.errorString());
    return readArticle(file.readAll(), path);
}

ArticleResult readArticle(const QByteArray &data, const QString &path)
{
    if (data.size() > maxArticleBytes)
        return failure(path, 0, QStringLiteral("more than %1 MiB: not read").arg(maxArticleBytes >> 20));
    const std::optional<ArticleFormat> format = formatOf(path, data);
    // UTF-16 says so with its byte order mark; anything else is UTF-8 (an
    // HTML page may declare Latin-1).
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        encoding = data.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        skip = 2;
    } else {
        if (data.startsWith("\xEF\xBB\xBF"))
            skip = 3;
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
            return failure(path, lineOf(data, nul), QStringLiteral("a binary file, not an article (a NUL byte)"));
        if (format == ArticleFormat::Html) {
            const std::optional<QString> declared = html::declaredCharset(data);
            if (declared && *declared != QLatin1String("utf-8") && *declared != QLatin1String("utf8")) {
                if (*declared == QLatin1String("iso-8859-1") || *declared == QLatin1String("latin1")
                    || *declared == QLatin1String("us-ascii") || *declared == QLatin1String("ascii"))
                    encoding = QStringConverter::Latin1;
                else
                    return failure(path, 0, QStringLiteral("declares the encoding \"%1\", which Threadline does not "
                                                           "read; save it as UTF-8")
                                                .arg(*declared));
            }
        }
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data).sliced(skip));
    if (decoder.hasError()) {
        // Find the line: decode line by line until one fails.
        const QList<QByteArray> lines = data.mid(skip).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringDecoder lineDecoder(encoding, QStringConverter::Flag::Stateless);
            const QString decoded = lineDecoder.decode(lines.at(i)); // decodes when it becomes a QString
            if (lineDecoder.hasError())
                return failure(path, int(i) + 1, QStringLiteral("not valid UTF-8 text (save it as UTF-8)"));
        }
        return failure(path, 0, QStringLiteral("not valid text in its encoding"));
    }
    text = normalizeBreaks(text);

    ArticleResult result;
    Document &doc = result.document;
    doc.file = path;
    QStringList &notes = result.notes;
    if (format == ArticleFormat::Html) {
        html::Extracted page = html::extract(text);
        doc.text = page.text;
        setIf(doc.title, page.title, QStringLiteral("title from ") + page.titleSource, notes);
        setIf(doc.outlet, page.outlet, QStringLiteral("outlet from ") + page.outletSource, notes);
        setIf(doc.date, page.date, QStringLiteral("date from ") + page.dateSource, notes);
        setIf(doc.url, page.url, QStringLiteral("URL from ") + page.urlSource, notes);
    } else if (format == ArticleFormat::Markdown) {
        QString body = text;
        if (const std::optional<FrontMatter> front = frontMatterOf(text)) {
            body = text.mid(front->bodyStart);
            setIf(doc.title, firstOf(front->values, {"title", "headline"}), QStringLiteral("title from the front matter"), notes);
            setIf(doc.outlet, firstOf(front->values, {"outlet", "publisher", "source", "site", "site_name"}),
                  QStringLiteral("outlet from the front matter"), notes);
            setIf(doc.date, firstOf(front->values, {"date", "published", "pubdate", "published_time"}),
                  QStringLiteral("date from the front matter"), notes);
            setIf(doc.url, firstOf(front->values, {"url", "link", "canonical", "source_url"}),
                  QStringLiteral("URL from the front matter"), notes);
        }
        QString heading;
        doc.text = markdownText(body, &heading);
        setIf(doc.title, heading, QStringLiteral("title from the first heading"), notes);
    } else {
        doc.text = text;
        // Surrounding blank lines are not the article's.
        while (doc.text.startsWith(QLatin1Char('\n')))
            doc.text.remove(0, 1);
        while (doc.text.endsWith(QLatin1Char('\n')))
            doc.text.chop(1);
    }
    if (doc.text.trimmed().isEmpty())
        return failure(path, 0, format == ArticleFormat::Html ? QStringLiteral("no article text in the page")
                                                               : QStringLiteral("no text"));
    setIf(doc.title, headlineOf(doc.text), QStringLiteral("title from the first line"), notes);
    setIf(doc.title, QFileInfo(path).completeBaseName(), QStringLiteral("title from the file name"), notes);
    // Dates as ISO 8601 days where the file gives a timestamp.
    static const QRegularExpression isoDay(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ]\S*$)"));
    if (const QRegularExpressionMatch m = isoDay.match(doc.date); m.hasMatch())
        doc.date = m.captured(1);
    doc.id = documentIdFor(doc.text);
    result.ok = true;
    return result;
}

} // namespace threadline::articles
