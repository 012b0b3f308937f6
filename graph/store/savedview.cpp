#include "savedview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

#include "knowledgegraph.h"

namespace threadline::project {

namespace {

const QString filterKey = QStringLiteral("filter");
const QString focusKey = QStringLiteral("focus");
const QString kindsKey = QStringLiteral("hiddenKinds");
const QString relationsKey = QStringLiteral("hiddenRelations");
const QString documentsKey = QStringLiteral("hiddenDocuments");
const QString periodKey = QStringLiteral("period");

// Sorted, so that the same limits always read the same.
QJsonArray sortedArray(QStringList values)
{
    std::sort(values.begin(), values.end());
    return QJsonArray::fromStringList(values);
}

std::optional<NodeKind> kindNamed(const QString &name)
{
    if (name == kindName(NodeKind::Other))
        return NodeKind::Other;
    return kindFromName(name);
}

} // namespace

QString withLimits(const QString &viewState, const SavedLimits &limits)
{
    QJsonObject state = QJsonDocument::fromJson(viewState.toUtf8()).object();
    QStringList kinds;
    for (NodeKind kind : limits.hiddenKinds)
        kinds.append(kindName(kind));
    QJsonObject filter{{kindsKey, sortedArray(kinds)},
                       {relationsKey, sortedArray(limits.hiddenRelations.values())},
                       {documentsKey, sortedArray(limits.hiddenDocuments.values())}};
    if (limits.period)
        filter.insert(periodKey, QJsonArray{limits.period->first.toString(Qt::ISODate),
                                            limits.period->second.toString(Qt::ISODate)});
    state.insert(filterKey, filter);
    QList<quint32> ids;
    for (NodeId id : limits.focus)
        if (id.isValid())
            ids.append(id.value());
    std::sort(ids.begin(), ids.end());
    QJsonArray focus;
    for (quint32 id : std::as_const(ids))
        focus.append(qint64(id));
    state.insert(focusKey, focus);
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

std::optional<SavedLimits> readLimits(const QString &viewState, const KnowledgeGraph &graph)
{
    const QJsonObject state = QJsonDocument::fromJson(viewState.toUtf8()).object();
    if (!state.value(filterKey).isObject())
        return std::nullopt;
    const QJsonObject filter = state.value(filterKey).toObject();
    SavedLimits limits;
    for (const QJsonValue &name : filter.value(kindsKey).toArray())
        if (const std::optional<NodeKind> kind = kindNamed(name.toString()))
            limits.hiddenKinds.insert(*kind);
    // A relation the graph lacks now may come back with the next import:
    // it stays hidden, as it would have in the window.
    for (const QJsonValue &relation : filter.value(relationsKey).toArray())
        if (!relation.toString().isEmpty())
            limits.hiddenRelations.insert(relation.toString());
    for (const QJsonValue &document : filter.value(documentsKey).toArray())
        if (graph.document(document.toString()))
            limits.hiddenDocuments.insert(document.toString());
    const QJsonArray period = filter.value(periodKey).toArray();
    if (period.size() == 2) {
        const QDate from = QDate::fromString(period.at(0).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(period.at(1).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid())
            limits.period = std::make_pair(std::min(from, to), std::max(from, to));
    }
    for (const QJsonValue &value : state.value(focusKey).toArray()) {
        const double number = value.toDouble(-1);
        if (number < 0 || number >= double(std::numeric_limits<quint32>::max()) || number != std::floor(number))
            continue;
        const NodeId id{static_cast<quint32>(number)};
        if (graph.contains(id))
            limits.focus.insert(id);
    }
    return limits;
}

} // namespace threadline::project
