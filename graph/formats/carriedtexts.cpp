#include "carriedtexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

#include "evidence.h"
#include "readerrors.h"

namespace threadline::formats {

QString joinAliases(const QStringList &aliases)
{
    QStringList escaped;
    escaped.reserve(aliases.size());
    for (QString alias : aliases) {
        alias.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        alias.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        escaped.append(alias);
    }
    return escaped.join(QLatin1Char('|'));
}

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    if (text.isEmpty())
        return aliases;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(text.at(++i));
        } else if (c == QLatin1Char('|')) {
            aliases.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    aliases.append(current);
    return aliases;
}

QJsonArray evidenceToJson(const QList<EvidenceSpan> &spans)
{
    QJsonArray array;
    for (const EvidenceSpan &span : spans) {
        array.append(QJsonObject{{QStringLiteral("document"), span.document},
                                 {QStringLiteral("start"), qint64(span.start)},
                                 {QStringLiteral("end"), qint64(span.end)},
                                 {QStringLiteral("text"), span.text}});
    }
    return array;
}

QString evidenceToText(const QList<EvidenceSpan> &spans)
{
    return QString::fromUtf8(QJsonDocument(evidenceToJson(spans)).toJson(QJsonDocument::Compact));
}

namespace {

QJsonArray parseJsonArray(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (%1 at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("expected a JSON array");
        return {};
    }
    return doc.array();
}

std::optional<qsizetype> offsetValue(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::trunc(d) || d > 1e15)
        return std::nullopt;
    return qsizetype(d);
}

} // namespace

QList<EvidenceSpan> evidenceFromText(const QString &text, QString *error)
{
    QList<EvidenceSpan> spans;
    const QJsonArray array = parseJsonArray(text, error);
    if (!error->isEmpty())
        return {};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        EvidenceSpan span;
        const auto start = offsetValue(o.value(QStringLiteral("start")));
        const auto end = offsetValue(o.value(QStringLiteral("end")));
        const QJsonValue textValue = o.value(QStringLiteral("text"));
        if (!array.at(i).isObject() || !o.value(QStringLiteral("document")).isString() || !start
            || !end || !(textValue.isString() || textValue.isUndefined())) {
            *error = QStringLiteral("span %1 needs a \"document\" string, whole-number \"start\" and "
                                    "\"end\", and a \"text\" string")
                         .arg(i);
            return {};
        }
        if (*end < *start) {
            *error = QStringLiteral("span %1 ends (%2) before it starts (%3)").arg(i).arg(*end).arg(*start);
            return {};
        }
        span.document = o.value(QStringLiteral("document")).toString();
        span.start = *start;
        span.end = *end;
        span.text = textValue.toString();
        spans.append(span);
    }
    return spans;
}

QString documentsToText(const QList<Document> &documents)
{
    QJsonArray array;
    for (const Document &doc : documents) {
        QJsonObject o{{QStringLiteral("id"), doc.id},       {QStringLiteral("title"), doc.title},
                      {QStringLiteral("outlet"), doc.outlet}, {QStringLiteral("date"), doc.date},
                      {QStringLiteral("url"), doc.url},     {QStringLiteral("file"), doc.file}};
        if (!doc.note.isEmpty())
            o.insert(QStringLiteral("note"), doc.note);
        if (!doc.text.isEmpty())
            o.insert(QStringLiteral("text"), doc.text);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Document> documentsFromText(const QString &text, QString *error)
{
    QList<Document> documents;
    const QJsonArray array = parseJsonArray(text, error);
    if (!error->isEmpty())
        return {};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const auto field = [&](const char *name, QString *to) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isString()) {
                *error = QStringLiteral("document %1: \"%2\" must be a string").arg(i).arg(QLatin1String(name));
                return false;
            }
            *to = v.toString();
            return true;
        };
        Document doc;
        if (!array.at(i).isObject() || !o.value(QStringLiteral("id")).isString()
            || o.value(QStringLiteral("id")).toString().isEmpty()) {
            *error = QStringLiteral("document %1 has no \"id\" string").arg(i);
            return {};
        }
        doc.id = o.value(QStringLiteral("id")).toString();
        if (!field("title", &doc.title) || !field("outlet", &doc.outlet) || !field("date", &doc.date)
            || !field("url", &doc.url) || !field("file", &doc.file) || !field("note", &doc.note)
            || !field("text", &doc.text))
            return {};
        documents.append(doc);
    }
    return documents;
}

bool isReservedNodeName(const QString &name)
{
    return name == QLatin1String("id") || name == QLatin1String("kind") || name == QLatin1String("label")
        || name == QLatin1String("aliases") || name == QLatin1String("evidence");
}

bool isReservedEdgeName(const QString &name)
{
    return name == QLatin1String("id") || name == QLatin1String("source")
        || name == QLatin1String("target") || name == QLatin1String("relation")
        || name == QLatin1String("evidence");
}

} // namespace threadline::formats
