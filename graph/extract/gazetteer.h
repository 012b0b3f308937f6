#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

#include "wordset.h"

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
    bool isTitle(QStringView phrase) const { return m_titlesLookup.containsLowerCased(phrase); }
    int longestTitleWords() const { return m_longestTitle; }
    // Whether a longer title begins with these words, case aside ("prime"
    // of "prime minister", "Deputy Prime" of "deputy prime minister").
    bool startsLongerTitle(QStringView phrase) const { return m_titlePrefixesLookup.containsLowerCased(phrase); }
    // As written, lower case or capitalised ("said", "Said"): no word is
    // lower-cased to look it up, which is most of what a lookup would cost.
    bool isSpeechVerb(const QString &word) const { return m_speechVerbsLookup.contains(word); }
    // Whether a title can start with this word, as written ("Foreign",
    // "foreign", "Minister"): a cheap test before any phrase is built.
    bool startsTitle(const QString &word) const { return m_titleStartsLookup.contains(word); }
    // The first word of a speech verb of two words ("told" of "told reporters").
    bool startsSpeechVerb(const QString &word) const { return m_speechVerbStartsLookup.contains(word); }
    bool isOrganizationWord(const QString &word) const { return m_organizationWordsLookup.contains(word); }
    // The country a name stands for, by its display label ("Ukrainian",
    // "U.S." and "United States of America" -> "United States"); empty if none.
    QString country(const QString &name) const { return m_countriesLookup.value(name); }
    bool isDemonym(const QString &name) const { return m_demonymsLookup.contains(name); }
    // A capital's country ("Moscow" -> "Russia"), empty for any other name:
    // the city, or its government when the text makes it act ("Moscow said").
    QString capitalOf(const QString &name) const { return m_capitalsLookup.value(name); }
    // Whether a country's name (or demonym) can start with this word.
    bool startsCountry(const QString &word) const { return m_countryStartsLookup.contains(word); }
    qsizetype countryNames() const { return m_countries.size(); }
    // A place of more than one word, as written ("Addis Ababa", "Buenos
    // Aires", "Kuala Lumpur"): ISO 3166-2 subdivisions and tz database cities.
    bool isPlaceName(const QString &name) const { return m_placesLookup.contains(name); }
    qsizetype placeNames() const { return m_places.size(); }

    // For tests: data read from these files instead.
    static Gazetteer fromFiles(const QString &titles, const QString &speechVerbs, const QString &organizationWords,
                               const QString &countryAliases, const QString &iso3166Json,
                               const QString &iso3166_2Json = {}, const QString &zoneTab = {});

private:
    void readList(const QString &path, QSet<QString> *into, bool lower);
    // The lists again, for lookups (see wordset.h): what fromFiles builds is read there.
    void fillLookups();

    QSet<QString> m_titles; // lower case
    QSet<QString> m_titleStarts; // first words, lower case and capitalised
    QSet<QString> m_titlePrefixes; // lower case: each title cut before any character but a letter or digit
    int m_longestTitle = 1;
    QSet<QString> m_speechVerbs;
    QSet<QString> m_speechVerbStarts;
    QSet<QString> m_organizationWords;
    QHash<QString, QString> m_countries; // any name -> display label
    QSet<QString> m_demonyms;
    QHash<QString, QString> m_capitals; // capital -> country label
    QSet<QString> m_countryStarts;
    QSet<QString> m_places; // names of two words or more
    WordSet m_titlesLookup, m_titleStartsLookup, m_titlePrefixesLookup, m_speechVerbsLookup, m_speechVerbStartsLookup,
        m_organizationWordsLookup, m_demonymsLookup, m_countryStartsLookup, m_placesLookup;
    WordHash<QString> m_countriesLookup, m_capitalsLookup;
};

} // namespace threadline::extract
