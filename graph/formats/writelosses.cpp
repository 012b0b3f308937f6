#include "writelosses.h"

#include <algorithm>

#include <QXmlStreamWriter>

#include <optional>

#include "knowledgegraph.h"
#include "readerrors.h"

namespace threadline::formats {

void LossReport::add(const QString &what, const QString &element)
{
    QStringList &examples = m_elements[what];
    if (examples.size() < 5)
        examples.append(element);
    ++m_counts[what];
}

void LossReport::flush(QStringList *warnings) const
{
    if (!warnings)
        return;
    for (auto it = m_elements.begin(); it != m_elements.end(); ++it) {
        const qsizetype count = m_counts.value(it.key());
        QString line = QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        if (count > it.value().size())
            line += QStringLiteral(" and %1 more").arg(count - it.value().size());
        warnings->append(line);
    }
    *warnings += m_notes;
}

QList<PropertyOut> propertiesToWrite(const QVariantMap &properties, const QStringList &fixed,
                                     const QString &element, bool skipKind, LossReport &losses)
{
    QList<PropertyOut> out;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (skipKind && it.key() == QLatin1String("kind"))
            continue;
        const auto type = valueTypeOf(it.value());
        if (!type) {
            losses.add(QStringLiteral("properties of a type no file format holds are not written"),
                       QStringLiteral("%1 (%2: %3)")
                           .arg(element, it.key(), QString::fromLatin1(it.value().typeName())));
            continue;
        }
        QString name = it.key();
        if (fixed.contains(name)) {
            name += QStringLiteral("_attribute");
            losses.add(QStringLiteral("properties named like an attribute the format uses itself are "
                                      "written with the suffix \"_attribute\""),
                       QStringLiteral("%1 (%2)").arg(element, it.key()));
        }
        out.append(PropertyOut{name, *type, it.value()});
    }
    return out;
}

std::optional<bool> edgeDirection(const EdgeData &edge)
{
    const auto it = edge.properties.constFind(QStringLiteral("directed"));
    if (it == edge.properties.constEnd() || it->typeId() != QMetaType::Bool)
        return std::nullopt;
    return it->toBool();
}

QVariantMap withoutDirection(const QVariantMap &properties)
{
    QVariantMap rest = properties;
    const auto it = rest.constFind(QStringLiteral("directed"));
    if (it != rest.constEnd() && it->typeId() == QMetaType::Bool)
        rest.remove(QStringLiteral("directed"));
    return rest;
}

bool allEdgesUndirected(const KnowledgeGraph &graph)
{
    const QList<EdgeId> edges = graph.edges();
    return !edges.isEmpty() && std::all_of(edges.begin(), edges.end(), [&graph](EdgeId id) {
        return edgeDirection(graph.edge(id)) == std::optional<bool>(false);
    });
}

QString kindText(const NodeData &node)
{
    if (node.kind == NodeKind::Other && node.properties.contains(QStringLiteral("kind")))
        return node.properties.value(QStringLiteral("kind")).toString();
    return kindName(node.kind);
}

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString xmlSafe(const QString &text, bool *replaced)
{
    QString out;
    bool changed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool ok;
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ok = true;
            width = 2;
        } else {
            ok = !c.isSurrogate() && isXmlChar(c.unicode());
        }
        if (!ok && !changed) {
            out = text.left(i);
            changed = true;
        }
        if (changed)
            out += ok ? text.mid(i, width) : QString(QChar::ReplacementCharacter);
        i += width - 1;
    }
    if (replaced)
        *replaced = *replaced || changed;
    return changed ? out : text;
}

void writeXmlText(QXmlStreamWriter &writer, const QString &text)
{
    qsizetype from = 0;
    for (qsizetype cr = text.indexOf(QLatin1Char('\r')); cr >= 0; cr = text.indexOf(QLatin1Char('\r'), from)) {
        writer.writeCharacters(text.mid(from, cr - from));
        writer.writeEntityReference(QStringLiteral("#13"));
        from = cr + 1;
    }
    writer.writeCharacters(text.mid(from));
}

} // namespace threadline::formats
