#include "formatsupport.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <limits>
#include <optional>

#include "evidence.h"
#include "knowledgegraph.h"

namespace threadline::formats {

void fail(int line, int column, const QString &message, const QString &field)
{
    throw Failure{line, column, message, field};
}

QString located(const QString &file, int line, const QString &message)
{
    const QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(where).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(where, message);
}

// ---- property values ----------------------------------------------------

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

// ---- aliases, evidence, documents ---------------------------------------

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

QString evidenceToText(const QList<EvidenceSpan> &spans)
{
    QJsonArray array;
    for (const EvidenceSpan &span : spans) {
        array.append(QJsonObject{{QStringLiteral("document"), span.document},
                                 {QStringLiteral("start"), qint64(span.start)},
                                 {QStringLiteral("end"), qint64(span.end)},
                                 {QStringLiteral("text"), span.text}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
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

// ---- writing ---------------------------------------------------------------

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

// ---- reading XML -------------------------------------------------------------

void checkXmlToken(const QXmlStreamReader &reader)
{
    const int line = int(reader.lineNumber());
    const int column = int(reader.columnNumber());
    switch (reader.tokenType()) {
    case QXmlStreamReader::DTD:
        if (!reader.entityDeclarations().isEmpty() || reader.text().contains(u"<!ENTITY"))
            // The reader stands at the end of the DOCTYPE; name the line it starts on.
            fail(line - int(reader.text().trimmed().count(QLatin1Char('\n'))), 0,
                 QStringLiteral("the DOCTYPE declares XML entities; Threadline does not expand entities, "
                                "so that a file cannot make it read other files, reach the network or "
                                "exhaust memory. Remove the DOCTYPE and save the file again"));
        break;
    case QXmlStreamReader::EntityReference:
        fail(line, column, QStringLiteral("the entity &%1; is not expanded").arg(reader.name()));
    case QXmlStreamReader::StartElement:
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            if (attribute.value().size() > maxValueChars)
                fail(line, column,
                     QStringLiteral("the attribute \"%1\" of <%2> is %3 characters long; the limit is %4")
                         .arg(attribute.qualifiedName(), reader.qualifiedName())
                         .arg(attribute.value().size())
                         .arg(maxValueChars));
        }
        break;
    case QXmlStreamReader::Characters:
    case QXmlStreamReader::Comment:
        if (reader.text().size() > maxValueChars)
            fail(line, column,
                 QStringLiteral("a text of %1 characters; the limit is %2")
                     .arg(reader.text().size())
                     .arg(maxValueChars));
        break;
    default:
        break;
    }
}

void appendText(QString &to, QStringView text, const QXmlStreamReader &reader)
{
    if (to.size() + text.size() > maxValueChars)
        fail(int(reader.lineNumber()), int(reader.columnNumber()),
             QStringLiteral("a value of more than %1 characters; the limit is %1").arg(maxValueChars));
    to += text;
}

void failXml(const QXmlStreamReader &reader)
{
    const int line = int(reader.lineNumber());
    const int column = int(reader.columnNumber());
    switch (reader.error()) {
    case QXmlStreamReader::PrematureEndOfDocumentError:
        fail(line, column,
             QStringLiteral("the file ends in the middle of the XML (truncated?): %1").arg(reader.errorString()));
    case QXmlStreamReader::NotWellFormedError:
        fail(line, column, QStringLiteral("not well-formed XML: %1").arg(reader.errorString()));
    default:
        fail(line, column, QStringLiteral("not valid XML: %1").arg(reader.errorString()));
    }
}

namespace {

// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int extra;
        char32_t min;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t value = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

void checkInputSize(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        fail(0, 0, QStringLiteral("the file is empty"));
    if (data.size() > maxInputBytes)
        fail(0, 0, QStringLiteral("the file is %1 MiB; the limit is %2 MiB")
                       .arg(data.size() >> 20)
                       .arg(maxInputBytes >> 20));
    // QXmlStreamReader reports bad bytes at the start of the file; find them
    // here, where the line can be named. Only for files that are UTF-8: no
    // byte-order mark of UTF-16 and no other encoding declared.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return;
    const qsizetype declarationEnd = data.indexOf("?>");
    if (data.startsWith("<?xml") && declarationEnd > 0) {
        const QByteArray declaration = data.left(declarationEnd).toLower();
        const qsizetype encoding = declaration.indexOf("encoding");
        if (encoding >= 0 && !declaration.mid(encoding).contains("utf-8") && !declaration.mid(encoding).contains("utf8"))
            return;
    }
    const qsizetype bad = invalidUtf8At(data);
    if (bad >= 0) {
        const auto [line, column] = lineAndColumn(data, bad);
        fail(line, column, QStringLiteral("the file is not valid UTF-8 here (byte 0x%1)")
                               .arg(uchar(data.at(bad)), 2, 16, QLatin1Char('0')));
    }
}

QString preview(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 60 ? simple.left(57) + QStringLiteral("…") : simple;
}

void insertProperty(QVariantMap &properties, QString name, const QVariant &value, bool reserved,
                    QSet<QString> &renamed)
{
    if (reserved || properties.contains(name)) {
        const QString base = name + QStringLiteral("_attribute");
        name = base;
        for (int n = 2; properties.contains(name); ++n)
            name = base + QString::number(n);
        renamed.insert(name);
    }
    properties.insert(name, value);
}

// ---- building ----------------------------------------------------------------

void buildGraph(const QString &fileName, const QList<Document> &documents, QList<NodeDraft> &nodes,
                QList<EdgeDraft> &edges, KnowledgeGraph &graph, QStringList &warnings)
{
    for (const Document &doc : documents) {
        if (!graph.addDocument(doc))
            fail(0, 0, QStringLiteral("two documents have the id \"%1\"").arg(doc.id),
                 QStringLiteral("documents"));
    }
    graph.reserve(nodes.size(), edges.size());
    for (NodeDraft &node : nodes) {
        if (node.data.key.isEmpty())
            fail(node.line, node.column, QStringLiteral("a node has no id"));
        const QString key = node.data.key;
        if (!graph.addNode(std::move(node.data)).isValid())
            fail(node.line, node.column, QStringLiteral("a second node has the id \"%1\"").arg(key));
    }
    // Ids for edges without one must not take an id that a later edge names
    // (made only when needed: files of 500k edges without ids are common).
    std::optional<QSet<QString>> named;
    const auto isNamed = [&](const QString &key) {
        if (!named) {
            named.emplace();
            named->reserve(edges.size());
            for (const EdgeDraft &edge : edges)
                if (!edge.data.key.isEmpty())
                    named->insert(edge.data.key);
        }
        return named->contains(key);
    };
    int nextGenerated = 0;
    for (EdgeDraft &edge : edges) {
        edge.data.source = graph.findNode(edge.source);
        edge.data.target = graph.findNode(edge.target);
        const auto which = [&] {
            return edge.data.key.isEmpty() ? QStringLiteral("an edge") : QStringLiteral("edge \"%1\"").arg(edge.data.key);
        };
        if (!edge.data.source.isValid())
            fail(edge.line, edge.column,
                 QStringLiteral("%1 starts at \"%2\", but no node has that id").arg(which(), edge.source));
        if (!edge.data.target.isValid())
            fail(edge.line, edge.column,
                 QStringLiteral("%1 ends at \"%2\", but no node has that id").arg(which(), edge.target));
        if (edge.data.key.isEmpty()) {
            do {
                edge.data.key = QLatin1Char('e') + QString::number(nextGenerated++);
            } while (isNamed(edge.data.key) || graph.findEdge(edge.data.key).isValid());
        } else if (graph.findEdge(edge.data.key).isValid()) {
            const QString original = edge.data.key;
            for (int n = 2; isNamed(edge.data.key) || graph.findEdge(edge.data.key).isValid(); ++n)
                edge.data.key = QStringLiteral("%1_%2").arg(original).arg(n);
            warnings.append(located(fileName, edge.line,
                                    QStringLiteral("a second edge has the id \"%1\"; it is kept as \"%2\"")
                                        .arg(original, edge.data.key)));
        }
        graph.addEdge(std::move(edge.data));
    }
}

ReadResult failedRead(ReadResult result, const Failure &failure)
{
    result.ok = false;
    result.error.line = failure.line;
    result.error.column = failure.column;
    result.error.field = failure.field;
    result.error.message = failure.message;
    return result;
}

ReadResult finishRead(ReadResult result, KnowledgeGraph &graph, KnowledgeGraph &out)
{
    bool hasEvidence = !graph.documents().isEmpty();
    for (NodeId id : graph.nodes())
        hasEvidence = hasEvidence || !graph.node(id).evidence.isEmpty();
    for (EdgeId id : graph.edges())
        hasEvidence = hasEvidence || !graph.edge(id).evidence.isEmpty();
    // A foreign graph has no evidence at all; saying so per node would bury
    // the warnings that matter.
    if (hasEvidence)
        result.warnings += verifyEvidence(graph);
    out = std::move(graph);
    result.ok = true;
    return result;
}

ReadResult readGuarded(const QByteArray &data, const QString &fileName, KnowledgeGraph &out,
                       QHash<NodeId, QPointF> *positions, const ParseFunction &parse)
{
    ReadResult result;
    result.error.file = fileName;
    KnowledgeGraph graph;
    QHash<QString, QPointF> byKey;
    try {
        checkInputSize(data);
        parse(graph, result.warnings, byKey);
    } catch (const Failure &failure) {
        return failedRead(result, failure);
    }
    result = finishRead(result, graph, out);
    if (positions) {
        positions->clear();
        for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it)
            positions->insert(out.findNode(it.key()), it.value());
    }
    return result;
}

QString undirectedNote(qsizetype edges)
{
    return QStringLiteral("%1 edges are undirected; they keep the order written (source, target), are marked "
                          "\"directed\": false and are drawn without arrowheads")
        .arg(edges);
}

QString renamedNote(const QSet<QString> &names)
{
    if (names.isEmpty())
        return {};
    QStringList sorted = names.values();
    sorted.sort();
    return QStringLiteral("attributes whose names Threadline uses itself were renamed: %1")
        .arg(sorted.join(QStringLiteral(", ")));
}

ReadResult readFileWith(const QString &path, KnowledgeGraph &out, const ReadFunction &read)
{
    ReadResult result;
    result.error.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = QStringLiteral("cannot open: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > maxInputBytes) {
        result.error.message = QStringLiteral("the file is %1 MiB; the limit is %2 MiB")
                                   .arg(file.size() >> 20)
                                   .arg(maxInputBytes >> 20);
        return result;
    }
    return read(file.readAll(), path, out);
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace threadline::formats
