#include "evidence.h"

#include "knowledgegraph.h"

#include <QHash>

#include <vector>

namespace threadline {

QString checkSpan(const KnowledgeGraph &graph, const EvidenceSpan &span)
{
    const Document *doc = graph.document(span.document);
    if (!doc)
        return QStringLiteral("no document \"%1\"").arg(span.document);
    if (doc->text.isEmpty())
        return QStringLiteral("the text of document \"%1\" is not available").arg(span.document);
    if (span.start < 0 || span.end > doc->text.size() || span.start > span.end)
        return QStringLiteral("[%1, %2) lies outside document \"%3\" (%4 characters)")
            .arg(span.start)
            .arg(span.end)
            .arg(span.document)
            .arg(doc->text.size());
    const QStringView actual = QStringView(doc->text).mid(span.start, span.end - span.start);
    if (actual != span.text)
        return QStringLiteral("[%1, %2) of \"%3\" reads \"%4\", not \"%5\"")
            .arg(span.start)
            .arg(span.end)
            .arg(span.document, actual.toString(), span.text);
    return {};
}

QStringList verifyEvidence(const KnowledgeGraph &graph)
{
    // Problems in the order first met, each with the elements that have it.
    struct Problem
    {
        QString text;
        QStringList named; // the first few
        qsizetype count = 0;
    };
    constexpr qsizetype namedAtMost = 3;
    std::vector<Problem> problems;
    QHash<QString, size_t> byText;
    const auto note = [&](const QString &element, const QString &text) {
        // The same problem over and over (a document without its text):
        // the last one answers before the table.
        size_t at = problems.size();
        if (!problems.empty() && problems.back().text == text) {
            at = problems.size() - 1;
        } else if (const auto it = byText.constFind(text); it != byText.constEnd()) {
            at = *it;
        } else {
            byText.insert(text, at);
            problems.push_back({text, {}, 0});
        }
        Problem &problem = problems[at];
        if (problem.named.size() < namedAtMost)
            problem.named.append(element);
        ++problem.count;
    };
    const bool hasDocuments = !graph.documents().isEmpty();
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        for (const EvidenceSpan &span : node.evidence) {
            const QString problem = checkSpan(graph, span);
            if (!problem.isEmpty())
                note(QStringLiteral("node ") + node.key, problem);
        }
        if (hasDocuments && node.evidence.isEmpty() && node.kind != NodeKind::Document)
            note(QStringLiteral("node ") + node.key, QStringLiteral("has no evidence"));
    }
    for (EdgeId id : graph.edges()) {
        const EdgeData &edge = graph.edge(id);
        for (const EvidenceSpan &span : edge.evidence) {
            const QString problem = checkSpan(graph, span);
            if (!problem.isEmpty())
                note(QStringLiteral("edge ") + edge.key, problem);
        }
        if (hasDocuments && edge.evidence.isEmpty())
            note(QStringLiteral("edge ") + edge.key, QStringLiteral("has no evidence"));
    }
    QStringList lines;
    for (const Problem &problem : problems) {
        if (problem.count <= namedAtMost) {
            for (const QString &element : problem.named)
                lines.append(element + QStringLiteral(": ") + problem.text);
        } else {
            lines.append(QStringLiteral("%L1 elements: %2 (%3 and %L4 more)")
                             .arg(problem.count)
                             .arg(problem.text, problem.named.mid(0, namedAtMost).join(QStringLiteral(", ")))
                             .arg(problem.count - namedAtMost));
        }
    }
    return lines;
}

} // namespace threadline
