#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace threadline {

// The guards of the XML readers (GraphML, GEXF): no entity declarations, no
// oversized values, and input checked before any parsing.
namespace formats {

// Throws for the token the reader stands on when it declares entities (no
// expansion bombs, no external entities) or carries an oversized attribute.
void checkXmlToken(const QXmlStreamReader &reader);
// Appends character data, throwing once it grows beyond maxValueChars.
void appendText(QString &to, QStringView text, const QXmlStreamReader &reader);
[[noreturn]] void failXml(const QXmlStreamReader &reader);
// Empty input, oversized input: an error before any parsing.
void checkInputSize(const QByteArray &data);

} // namespace formats
} // namespace threadline
