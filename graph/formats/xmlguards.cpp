#include "xmlguards.h"

#include <QXmlStreamReader>

#include "graphio.h"
#include "readerrors.h"

namespace threadline::formats {

void checkXmlToken(const QXmlStreamReader &reader)
{
    const int line = int(reader.lineNumber());
    const int column = int(reader.columnNumber());
    failIfCancelled(line);
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

} // namespace threadline::formats
