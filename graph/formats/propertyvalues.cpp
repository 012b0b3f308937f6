#include "propertyvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <optional>

#include "readerrors.h"

namespace threadline::formats {

std::optional<ValueType> valueTypeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return ValueType::Boolean;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return ValueType::Int;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ValueType::Long;
    case QMetaType::Double:
    case QMetaType::Float:
        return ValueType::Double;
    case QMetaType::QString:
    case QMetaType::QChar:
        return ValueType::String;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
    case QMetaType::Nullptr:
    case QMetaType::QJsonValue:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonObject:
    case QMetaType::UnknownType: // an invalid QVariant, which JSON writes as null
        return ValueType::Json;
    default:
        break;
    }
    if (value.canConvert<QString>())
        return ValueType::String; // dates, URLs, …: their text is what JSON writes too
    return std::nullopt;
}

namespace {

QString doubleText(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("INF") : QStringLiteral("-INF");
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString valueToText(const QVariant &value, ValueType type)
{
    switch (type) {
    case ValueType::Boolean: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueType::Int:
    case ValueType::Long: return QString::number(value.toLongLong());
    case ValueType::Double: return doubleText(value.toDouble());
    case ValueType::String: return value.toString();
    case ValueType::Json: return jsonText(value);
    }
    return value.toString();
}

std::optional<QVariant> valueFromText(const QString &text, ValueType type)
{
    switch (type) {
    case ValueType::String:
        return QVariant(text);
    case ValueType::Json:
        return variantFromJsonText(text);
    case ValueType::Boolean:
        if (const auto b = parseBoolean(text))
            return QVariant(*b);
        return std::nullopt;
    case ValueType::Int:
        if (const auto i = parseInteger(text)) {
            if (*i >= std::numeric_limits<int>::min() && *i <= std::numeric_limits<int>::max())
                return QVariant(int(*i));
            return QVariant(*i);
        }
        return std::nullopt;
    case ValueType::Long:
        if (const auto i = parseInteger(text))
            return QVariant(*i);
        return std::nullopt;
    case ValueType::Double:
        if (const auto d = parseDouble(text))
            return QVariant(*d);
        return std::nullopt;
    }
    return std::nullopt;
}

QString typeDescription(ValueType type)
{
    switch (type) {
    case ValueType::Boolean: return QStringLiteral("a boolean (true, false, 1 or 0)");
    case ValueType::Int: return QStringLiteral("a whole number");
    case ValueType::Long: return QStringLiteral("a whole number");
    case ValueType::Double: return QStringLiteral("a number");
    case ValueType::String: return QStringLiteral("text");
    case ValueType::Json: return QStringLiteral("JSON text");
    }
    return QStringLiteral("a value");
}

std::optional<bool> parseBoolean(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t == u"1")
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t == u"0")
        return false;
    return std::nullopt;
}

std::optional<double> parseDouble(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const char16_t *inf : {u"inf", u"+inf", u"infinity", u"+infinity"}) {
        if (t.compare(QStringView(inf), Qt::CaseInsensitive) == 0)
            return std::numeric_limits<double>::infinity();
    }
    for (const char16_t *inf : {u"-inf", u"-infinity"}) {
        if (t.compare(QStringView(inf), Qt::CaseInsensitive) == 0)
            return -std::numeric_limits<double>::infinity();
    }
    if (t.compare(u"nan", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

std::optional<qlonglong> parseInteger(QStringView text)
{
    const QStringView t = text.trimmed();
    bool ok = false;
    const qlonglong i = t.toLongLong(&ok);
    if (ok)
        return i;
    // Some writers put whole numbers as "5.0".
    const auto d = parseDouble(t);
    if (d && std::isfinite(*d) && *d == std::trunc(*d) && std::abs(*d) < 9.0e18)
        return qlonglong(*d);
    return std::nullopt;
}

QString jsonText(const QVariant &value)
{
    // Wrapped in an array because QJsonDocument holds only arrays and objects.
    const QByteArray json =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

std::optional<QVariant> variantFromJsonText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first().toVariant();
}

} // namespace threadline::formats
