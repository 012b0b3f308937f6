#include "mentions.h"

#include <algorithm>

#include "knowledgegraph.h"

namespace threadline {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The first run of word characters of a name, in lower case.
QString firstWord(const QString &name)
{
    qsizetype end = 0;
    while (end < name.size() && isWordChar(name.at(end)))
        ++end;
    return name.left(end).toLower();
}

bool isEntity(NodeKind kind)
{
    return kind == NodeKind::Person || kind == NodeKind::Organization || kind == NodeKind::Country
           || kind == NodeKind::Place;
}

} // namespace

MentionIndex::MentionIndex(const KnowledgeGraph &graph)
{
    // Which node each name stands for: the one with more evidence wins a shared name.
    QHash<QString, NodeId> owner;
    for (NodeId id : graph.nodes()) {
        const NodeData &node = graph.node(id);
        if (!isEntity(node.kind))
            continue;
        for (const QString &raw : QStringList{node.label} + node.aliases) {
            const QString name = raw.trimmed();
            if (name.size() < 2 || !isWordChar(name.front()))
                continue;
            const auto it = owner.constFind(name);
            if (it == owner.constEnd()) {
                owner.insert(name, id);
                continue;
            }
            const qsizetype mine = node.evidence.size(), theirs = graph.node(*it).evidence.size();
            if (mine > theirs || (mine == theirs && id < *it))
                owner[name] = id;
        }
    }
    for (auto it = owner.constBegin(); it != owner.constEnd(); ++it)
        m_byFirstWord[firstWord(it.key())].append(Name{it.key(), it.value()});
    for (QList<Name> &names : m_byFirstWord) {
        std::sort(names.begin(), names.end(), [](const Name &a, const Name &b) {
            return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text;
        });
    }
}

QList<Mention> MentionIndex::find(const QString &text) const
{
    QList<Mention> found;
    if (m_byFirstWord.isEmpty())
        return found;
    const qsizetype n = text.size();
    qsizetype at = 0;
    while (at < n) {
        if (!isWordChar(text.at(at)) || (at > 0 && isWordChar(text.at(at - 1)))) {
            ++at;
            continue;
        }
        qsizetype wordEnd = at;
        while (wordEnd < n && isWordChar(text.at(wordEnd)))
            ++wordEnd;
        const auto candidates = m_byFirstWord.constFind(text.mid(at, wordEnd - at).toLower());
        qsizetype next = wordEnd;
        if (candidates != m_byFirstWord.constEnd()) {
            for (const Name &name : *candidates) { // longest first
                const qsizetype end = at + name.text.size();
                if (end > n || (end < n && isWordChar(text.at(end)) && isWordChar(name.text.back())))
                    continue;
                if (text.at(at).toLower() != name.text.front().toLower()
                    || QStringView(text).mid(at + 1, name.text.size() - 1) != QStringView(name.text).mid(1))
                    continue;
                found.append(Mention{at, end, name.node});
                next = end;
                break;
            }
        }
        at = next;
    }
    return found;
}

} // namespace threadline
