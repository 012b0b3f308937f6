#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace threadline::extract {

// The reference data the extractor reads, all of it editable text under
// resources/extract/ plus ISO 3166 country names from Debian's iso-codes:
// titles that precede a name, speech verbs, words that make a name an
// organisation's, and every name of a country (ISO names, common names,
// abbreviations, demonyms).
class Gazetteer
{
public:
    // The bundled data (Qt resources). Loaded once; thread-safe to read.
    static const Gazetteer &bundled();

    // Title words, as sequences ("Foreign Minister" -> {"Foreign", "Minister"}).
    bool isTitle(const QString &phrase) const { return m_titles.contains(phrase.toLower()); }
    int longestTitleWords() const { return m_longestTitle; }
    bool isSpeechVerb(const QString &word) const
    {
        return m_speechVerbs.contains(word) || m_speechVerbs.contains(word.toLower());
    }
    // The first word of a speech verb of two words ("told" of "told reporters").
    bool startsSpeechVerb(const QString &word) const { return m_speechVerbStarts.contains(word); }
    bool isOrganizationWord(const QString &word) const { return m_organizationWords.contains(word); }
    // The country a name stands for, by its display label ("Ukrainian",
    // "U.S." and "United States of America" -> "United States"); empty if none.
    QString country(const QString &name) const { return m_countries.value(name); }
    bool isDemonym(const QString &name) const { return m_demonyms.contains(name); }
    qsizetype countryNames() const { return m_countries.size(); }

    // For tests: data read from these files instead.
    static Gazetteer fromFiles(const QString &titles, const QString &speechVerbs, const QString &organizationWords,
                               const QString &countryAliases, const QString &iso3166Json);

private:
    void readList(const QString &path, QSet<QString> *into, bool lower);

    QSet<QString> m_titles; // lower case
    int m_longestTitle = 1;
    QSet<QString> m_speechVerbs;
    QSet<QString> m_speechVerbStarts;
    QSet<QString> m_organizationWords;
    QHash<QString, QString> m_countries; // any name -> display label
    QSet<QString> m_demonyms;
};

} // namespace threadline::extract
