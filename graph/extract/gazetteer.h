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
    bool isTitle(const QString &phrase) const { return has(m_titles, m_titlesFilter, phrase.toLower()); }
    int longestTitleWords() const { return m_longestTitle; }
    // Whether a longer title begins with these words, in lower case ("prime"
    // of "prime minister", "deputy prime" of "deputy prime minister").
    bool startsLongerTitle(const QString &lowerPhrase) const { return has(m_titlePrefixes, m_titlePrefixesFilter, lowerPhrase); }
    // As written, lower case or capitalised ("said", "Said"): no word is
    // lower-cased to look it up, which is most of what a lookup would cost.
    bool isSpeechVerb(const QString &word) const { return has(m_speechVerbs, m_speechVerbsFilter, word); }
    // Whether a title can start with this word, as written ("Foreign",
    // "foreign", "Minister"): a cheap test before any phrase is built.
    bool startsTitle(const QString &word) const { return has(m_titleStarts, m_titleStartsFilter, word); }
    // The first word of a speech verb of two words ("told" of "told reporters").
    bool startsSpeechVerb(const QString &word) const { return has(m_speechVerbStarts, m_speechVerbStartsFilter, word); }
    bool isOrganizationWord(const QString &word) const { return has(m_organizationWords, m_organizationWordsFilter, word); }
    // The country a name stands for, by its display label ("Ukrainian",
    // "U.S." and "United States of America" -> "United States"); empty if none.
    QString country(const QString &name) const { return m_countriesFilter.mayContain(name) ? m_countries.value(name) : QString(); }
    bool isDemonym(const QString &name) const { return has(m_demonyms, m_demonymsFilter, name); }
    // A capital's country ("Moscow" -> "Russia"), empty for any other name:
    // the city, or its government when the text makes it act ("Moscow said").
    QString capitalOf(const QString &name) const { return m_capitalsFilter.mayContain(name) ? m_capitals.value(name) : QString(); }
    // Whether a country's name (or demonym) can start with this word.
    bool startsCountry(const QString &word) const { return has(m_countryStarts, m_countryStartsFilter, word); }
    qsizetype countryNames() const { return m_countries.size(); }
    // A place of more than one word, as written ("Addis Ababa", "Buenos
    // Aires", "Kuala Lumpur"): ISO 3166-2 subdivisions and tz database cities.
    bool isPlaceName(const QString &name) const { return has(m_places, m_placesFilter, name); }
    qsizetype placeNames() const { return m_places.size(); }

    // For tests: data read from these files instead.
    static Gazetteer fromFiles(const QString &titles, const QString &speechVerbs, const QString &organizationWords,
                               const QString &countryAliases, const QString &iso3166Json,
                               const QString &iso3166_2Json = {}, const QString &zoneTab = {});

private:
    void readList(const QString &path, QSet<QString> *into, bool lower);
    // Most words asked about are in no list: a filter says so before any hash.
    static bool has(const QSet<QString> &set, const WordFilter &filter, const QString &word)
    {
        return filter.mayContain(word) && set.contains(word);
    }
    void fillFilters();

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
    WordFilter m_titlesFilter, m_titleStartsFilter, m_titlePrefixesFilter, m_speechVerbsFilter,
        m_speechVerbStartsFilter, m_organizationWordsFilter, m_countriesFilter, m_demonymsFilter, m_capitalsFilter,
        m_countryStartsFilter, m_placesFilter;
};

} // namespace threadline::extract
