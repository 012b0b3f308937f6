#include "types.h"

#include <algorithm>

namespace threadline {

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Person: return QStringLiteral("person");
    case NodeKind::Organization: return QStringLiteral("organization");
    case NodeKind::Country: return QStringLiteral("country");
    case NodeKind::Place: return QStringLiteral("place");
    case NodeKind::Event: return QStringLiteral("event");
    case NodeKind::Statement: return QStringLiteral("statement");
    case NodeKind::Topic: return QStringLiteral("topic");
    case NodeKind::Document: return QStringLiteral("document");
    case NodeKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<NodeKind> kindFromName(const QString &name)
{
    for (NodeKind kind : allNodeKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString kindDisplayName(NodeKind kind)
{
    QString name = kindName(kind);
    name[0] = name[0].toUpper();
    return name;
}

QStringList modelRelations()
{
    return {relation::participatedIn, relation::locatedIn, relation::said, relation::madeAt,
            relation::about,          relation::role,      relation::memberOf, relation::mentions};
}

bool relationFits(const QString &rel, NodeKind source, NodeKind target)
{
    using K = NodeKind;
    const auto in = [](NodeKind kind, std::initializer_list<NodeKind> kinds) {
        return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    };
    const std::initializer_list<NodeKind> actors = {K::Person, K::Organization, K::Country};
    if (rel == relation::participatedIn)
        return (in(source, actors) || source == K::Place) && target == K::Event;
    if (rel == relation::locatedIn)
        return source == K::Event && in(target, {K::Place, K::Country});
    if (rel == relation::said)
        return in(source, actors) && target == K::Statement;
    if (rel == relation::madeAt)
        return source == K::Statement && target == K::Event;
    if (rel == relation::about)
        return source == K::Statement
               && in(target, {K::Person, K::Organization, K::Country, K::Place, K::Event, K::Topic});
    if (rel == relation::role)
        return source == K::Person && in(target, {K::Organization, K::Country});
    if (rel == relation::memberOf)
        return in(source, {K::Country, K::Place, K::Organization}) && target == K::Organization;
    if (rel == relation::mentions)
        return source == K::Document && target != K::Document;
    return true;
}

QString relationPhrase(const QString &rel, bool fromSource)
{
    struct Phrase { const QString &relation; const char *forward; const char *backward; };
    static const Phrase phrases[] = {
        {relation::participatedIn, "took part in", "participant"},
        {relation::locatedIn, "took place in", "place of"},
        {relation::said, "said", "said by"},
        {relation::madeAt, "made at", "statement made here"},
        {relation::about, "about", "subject of"},
        {relation::role, "role at", "has in a role"},
        {relation::memberOf, "member of", "has member"},
        {relation::mentions, "mentions", "mentioned in"},
    };
    for (const Phrase &p : phrases) {
        if (p.relation == rel)
            return QString::fromUtf8(fromSource ? p.forward : p.backward);
    }
    QString plain = rel;
    plain.replace(QLatin1Char('_'), QLatin1Char(' '));
    return fromSource ? plain : plain + QStringLiteral(" (incoming)");
}

QString foreignCategory(const NodeData &node)
{
    if (node.kind != NodeKind::Other)
        return {};
    for (const char *name : {"kind", "labelV", "type", "category", "subgraph"}) {
        const QVariant value = node.properties.value(QString::fromLatin1(name));
        if (value.typeId() == QMetaType::QString && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return {};
}

} // namespace threadline
