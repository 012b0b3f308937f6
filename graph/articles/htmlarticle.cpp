#include "htmlarticle.h"

#include <QRegularExpression>
#include <QStringList>

#include <gumbo.h>

#include <memory>

namespace threadline::articles::html {

namespace {

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Depth-first, the first element for which `match` holds.
template <typename Match>
const GumboNode *find(const GumboNode *node, const Match &match)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return nullptr;
    if (node->type == GUMBO_NODE_ELEMENT && match(node))
        return node;
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                    : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode *found = find(static_cast<const GumboNode *>(children.data[i]), match))
            return found;
    }
    return nullptr;
}

template <typename Visit>
void forEachElement(const GumboNode *node, const Visit &visit)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (node->type == GUMBO_NODE_ELEMENT)
        visit(node);
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                    : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        forEachElement(static_cast<const GumboNode *>(children.data[i]), visit);
}

// Content no reader reads as the article.
bool isSkipped(GumboTag tag, bool inArticle)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
        return true;
    case GUMBO_TAG_HEADER: return !inArticle; // the page's masthead, not the article's own header
    default: return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
        return true;
    default: return false;
    }
}

// Collects text a block at a time: runs of white space inside a block
// become one space; each block is one line.
class TextCollector
{
public:
    void text(const QString &piece, bool preformatted)
    {
        if (preformatted) {
            m_line += piece;
            return;
        }
        for (const QChar c : piece) {
            if (c.isSpace()) {
                m_space = true;
            } else {
                if (m_space && !m_line.isEmpty())
                    m_line += QLatin1Char(' ');
                m_space = false;
                m_line += c;
            }
        }
    }
    void lineBreak()
    {
        flush(true);
    }
    void block()
    {
        flush(false);
    }
    QString result()
    {
        flush(false);
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    void flush(bool evenEmpty)
    {
        const QString line = m_line.trimmed();
        if (!line.isEmpty() || (evenEmpty && !m_lines.isEmpty()))
            m_lines.append(line);
        m_line.clear();
        m_space = false;
    }

    QStringList m_lines;
    QString m_line;
    bool m_space = false;
};

void collect(const GumboNode *node, TextCollector &out, bool inArticle, bool preformatted)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        out.text(QString::fromUtf8(node->v.text.text), preformatted);
        return;
    case GUMBO_NODE_ELEMENT: break;
    default: return;
    }
    const GumboTag tag = node->v.element.tag;
    if (isSkipped(tag, inArticle) || attribute(node, "hidden") == QLatin1String("hidden")
        || attribute(node, "aria-hidden") == QLatin1String("true"))
        return;
    if (tag == GUMBO_TAG_BR) {
        out.lineBreak();
        return;
    }
    const bool block = isBlock(tag);
    if (block)
        out.block();
    const bool article = inArticle || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collect(static_cast<const GumboNode *>(children.data[i]), out, article, preformatted || tag == GUMBO_TAG_PRE);
    if (block)
        out.block();
}

QString plainText(const GumboNode *node)
{
    TextCollector out;
    collect(node, out, true, false);
    return out.result().simplified();
}

struct Output
{
    GumboOutput *output;
    ~Output() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

std::optional<QString> declaredCharset(const QByteArray &page)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(page.left(2048)));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLower();
}

Extracted extract(const QString &page)
{
    const QByteArray utf8 = page.toUtf8();
    const Output parsed{gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()))};
    const GumboNode *root = parsed.output->document;
    Extracted result;

    // Metadata: Open Graph and article meta tags first, then the rest.
    QHash<QString, QString> metas;
    forEachElement(root, [&](const GumboNode *node) {
        if (!isElement(node, GUMBO_TAG_META))
            return;
        const QString key = (attribute(node, "property").isEmpty() ? attribute(node, "name") : attribute(node, "property")).toLower();
        const QString content = attribute(node, "content");
        if (!key.isEmpty() && !content.isEmpty() && !metas.contains(key))
            metas.insert(key, content);
    });
    const auto fromMeta = [&](QString &field, QString &source, std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = metas.value(QString::fromLatin1(key));
            if (!value.isEmpty() && field.isEmpty()) {
                field = value;
                source = QStringLiteral("the %1 meta tag").arg(QString::fromLatin1(key));
            }
        }
    };
    fromMeta(result.title, result.titleSource, {"og:title", "twitter:title"});
    fromMeta(result.outlet, result.outletSource, {"og:site_name", "application-name", "publisher"});
    fromMeta(result.date, result.dateSource,
             {"article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dcterms.date"});
    fromMeta(result.url, result.urlSource, {"og:url"});
    if (result.title.isEmpty()) {
        if (const GumboNode *title = find(root, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_TITLE); })) {
            result.title = plainText(title);
            result.titleSource = QStringLiteral("the <title> element");
            // "Headline | Outlet": the outlet is not part of the headline.
            for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" – "), QStringLiteral(" — "), QStringLiteral(" - ")}) {
                const qsizetype at = result.title.lastIndexOf(separator);
                if (at > 0 && !result.outlet.isEmpty() && result.title.mid(at + separator.size()).trimmed() == result.outlet)
                    result.title = result.title.left(at).trimmed();
            }
        }
    }
    if (result.url.isEmpty()) {
        if (const GumboNode *link = find(root, [](const GumboNode *n) {
                return isElement(n, GUMBO_TAG_LINK) && attribute(n, "rel").toLower() == QLatin1String("canonical");
            })) {
            result.url = attribute(link, "href");
            result.urlSource = QStringLiteral("the canonical link");
        }
    }

    // The article: <article>, else <main> (or role="main"), else the body.
    const GumboNode *content = find(root, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_ARTICLE); });
    if (!content)
        content = find(root, [](const GumboNode *n) {
            return isElement(n, GUMBO_TAG_MAIN) || attribute(n, "role") == QLatin1String("main");
        });
    const bool whole = !content;
    if (!content)
        content = find(root, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_BODY); });
    if (content) {
        TextCollector out;
        collect(content, out, !whole, false);
        result.text = out.result();
    }
    if (result.title.isEmpty() && content) {
        if (const GumboNode *h1 = find(content, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_H1); })) {
            result.title = plainText(h1);
            result.titleSource = QStringLiteral("the first <h1>");
        }
    }
    if (result.date.isEmpty() && content) {
        if (const GumboNode *time = find(content, [](const GumboNode *n) {
                return isElement(n, GUMBO_TAG_TIME) && !attribute(n, "datetime").isEmpty();
            })) {
            result.date = attribute(time, "datetime");
            result.dateSource = QStringLiteral("the article's <time> element");
        }
    }
    return result;
}

} // namespace threadline::articles::html
