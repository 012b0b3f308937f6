#include "citation.h"

#include <QStringList>

#include "knowledgegraph.h"

namespace threadline {

namespace {

// The person (or other actor) with a `said` edge to the statement.
QString speakerOf(const KnowledgeGraph &graph, NodeId statement)
{
    if (!graph.contains(statement) || graph.node(statement).kind != NodeKind::Statement)
        return {};
    for (EdgeId e : graph.inEdges(statement)) {
        if (graph.edge(e).relation == relation::said)
            return graph.node(graph.edge(e).source).label;
    }
    return {};
}

// Markdown's own characters in text, escaped.
QString markdownEscaped(QString text)
{
    for (const char c : {'\\', '*', '_', '[', ']', '`'})
        text.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    return text;
}

} // namespace

Citation citationFor(const KnowledgeGraph &graph, const EvidenceSpan &span, NodeId owner)
{
    const QString words = span.text.simplified();
    const QString speaker = speakerOf(graph, owner);
    const Document *doc = graph.document(span.document);
    QStringList source;
    QStringList sourceMd;
    if (doc) {
        if (!doc->title.isEmpty()) {
            source.append(doc->title);
            sourceMd.append(doc->url.isEmpty() ? QStringLiteral("*%1*").arg(markdownEscaped(doc->title))
                                               : QStringLiteral("[*%1*](%2)").arg(markdownEscaped(doc->title), doc->url));
        }
        for (const QString *field : {&doc->outlet, &doc->date}) {
            if (!field->isEmpty()) {
                source.append(*field);
                sourceMd.append(markdownEscaped(*field));
            }
        }
    } else {
        source.append(span.document);
        sourceMd.append(markdownEscaped(span.document));
    }
    Citation citation;
    const QString who = speaker.isEmpty() ? QString() : speaker + QStringLiteral(", ");
    citation.plain = QStringLiteral("\u201C%1\u201D \u2014 %2%3").arg(words, who, source.join(QStringLiteral(", ")));
    if (doc && !doc->url.isEmpty())
        citation.plain += QStringLiteral(". ") + doc->url;
    citation.markdown = QStringLiteral("> %1\n>\n> \u2014 %2%3")
                            .arg(markdownEscaped(words), speaker.isEmpty() ? QString() : markdownEscaped(speaker) + QStringLiteral(", "),
                                 sourceMd.join(QStringLiteral(", ")));
    return citation;
}

} // namespace threadline
