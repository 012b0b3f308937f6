#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace threadline {

// Property values through typed formats: the type a value is written as,
// its text, and the text read back (GraphML, GEXF, CSV and the project file).
namespace formats {

// How a property value is written to a typed format. Json covers what no
// scalar type holds (lists, maps, null): it travels as JSON text.
enum class ValueType { Boolean, Int, Long, Double, String, Json };

// nullopt for a type no format can hold (the caller reports it).
std::optional<ValueType> valueTypeOf(const QVariant &value);
QString valueToText(const QVariant &value, ValueType type);
// nullopt when `text` is not a value of `type`; empty text of a non-string
// type means "no value" and is left to the caller.
std::optional<QVariant> valueFromText(const QString &text, ValueType type);
QString typeDescription(ValueType type); // "a boolean", … for error messages

std::optional<bool> parseBoolean(QStringView text);   // true/false/1/0, any case, trimmed
std::optional<double> parseDouble(QStringView text);  // also INF, -INF, NaN, Infinity
std::optional<qlonglong> parseInteger(QStringView text);

QString jsonText(const QVariant &value); // compact JSON of any property value
std::optional<QVariant> variantFromJsonText(const QString &text);

} // namespace formats
} // namespace threadline
