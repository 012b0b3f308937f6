#include "gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::extract {

namespace {

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Threadline: the extractor's data %s is missing", qPrintable(path));
    QStringList out;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.append(line);
    }
    return out;
}

} // namespace

void Gazetteer::readList(const QString &path, QSet<QString> *into, bool lower)
{
    for (const QString &line : lines(path))
        into->insert(lower ? line.toLower() : line);
}

Gazetteer Gazetteer::fromFiles(const QString &titles, const QString &speechVerbs, const QString &organizationWords,
                               const QString &countryAliases, const QString &iso3166Json,
                               const QString &iso3166_2Json, const QString &zoneTab)
{
    Gazetteer g;
    g.readList(titles, &g.m_titles, true);
    for (const QString &title : std::as_const(g.m_titles)) {
        g.m_longestTitle = std::max(g.m_longestTitle, int(title.count(QLatin1Char(' '))) + 1);
        for (qsizetype i = 1; i < title.size(); ++i) {
            if (!title.at(i).isLetterOrNumber())
                g.m_titlePrefixes.insert(title.left(i));
        }
        QString first = title.section(QLatin1Char(' '), 0, 0);
        g.m_titleStarts.insert(first);
        first[0] = first[0].toUpper();
        g.m_titleStarts.insert(first);
        g.m_titleStarts.insert(first.toUpper()); // "CEO"
        // "Secretary-General", "Director-General": each part capitalised.
        for (qsizetype dash = first.indexOf(QLatin1Char('-')); dash >= 0 && dash + 1 < first.size();
             dash = first.indexOf(QLatin1Char('-'), dash + 1))
            first[dash + 1] = first[dash + 1].toUpper();
        g.m_titleStarts.insert(first);
    }
    g.readList(speechVerbs, &g.m_speechVerbs, true);
    const QSet<QString> verbs = g.m_speechVerbs;
    for (QString verb : verbs) {
        if (verb.contains(QLatin1Char(' ')))
            g.m_speechVerbStarts.insert(verb.section(QLatin1Char(' '), 0, 0));
        verb[0] = verb[0].toUpper();
        g.m_speechVerbs.insert(verb);
    }
    g.readList(organizationWords, &g.m_organizationWords, false);

    // ISO 3166: the name, the common name and the official name of each
    // country, shown by its common name where it has one.
    QFile iso(iso3166Json);
    if (!iso.open(QIODevice::ReadOnly))
        qFatal("Threadline: ISO 3166 names %s are missing", qPrintable(iso3166Json));
    QHash<QString, QString> labelOf; // ISO name or common name -> label
    const QJsonArray countries = QJsonDocument::fromJson(iso.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject c = value.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        const QString common = c.value(QStringLiteral("common_name")).toString();
        const QString official = c.value(QStringLiteral("official_name")).toString();
        const QString label = common.isEmpty() ? name : common;
        for (const QString &n : {name, common, official}) {
            if (!n.isEmpty()) {
                labelOf.insert(n, label);
                g.m_countries.insert(n, label);
            }
        }
    }
    // Display names first: they change the labels the aliases point to.
    const QStringList aliasLines = lines(countryAliases);
    for (const QString &line : aliasLines) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 2 || !line.startsWith(QLatin1Char('=')))
            continue;
        const QString label = parts.at(0).mid(1), country = parts.at(1);
        for (auto it = g.m_countries.begin(); it != g.m_countries.end(); ++it) {
            if (it.value() == labelOf.value(country))
                it.value() = label;
        }
        labelOf.insert(country, label);
        g.m_countries.insert(label, label);
    }
    for (const QString &line : aliasLines) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 2 || line.startsWith(QLatin1Char('=')))
            continue;
        const QString label = labelOf.value(parts.at(1));
        if (label.isEmpty())
            qFatal("Threadline: %s names an unknown country %s", qPrintable(countryAliases), qPrintable(parts.at(1)));
        // A capital names its city, and its government only where the text
        // makes it act: not one of the country's names.
        if (parts.size() > 2 && parts.at(2) == QLatin1String("capital")) {
            g.m_capitals.insert(parts.at(0), label);
            continue;
        }
        g.m_countries.insert(parts.at(0), label);
        // A demonym qualifies ("Indian minister"); it does not name the country on its own.
        if (parts.size() > 2 && parts.at(2) == QLatin1String("adjective"))
            g.m_demonyms.insert(parts.at(0));
    }
    // "Costa Rican", "Guatemalan", "Papua New Guinean", "Chadian": the
    // demonym of a country whose name ends in "a" (and "n") or in a
    // consonant (and "ian"), where the aliases give none (two capitalised
    // words would otherwise pass for somebody's name, and one would qualify
    // no title). A form no one writes ("Omanian") is never looked up.
    for (const QString &name : QStringList(g.m_countries.keys())) {
        const QChar last = name.back();
        const bool vowel = QStringLiteral("aeiouy").contains(last);
        if (!last.isLower() || (vowel && last != QLatin1Char('a')))
            continue;
        const QString demonym = name + (vowel ? QStringLiteral("n") : QStringLiteral("ian"));
        if (!g.m_countries.contains(demonym)) {
            g.m_countries.insert(demonym, g.m_countries.value(name));
            g.m_demonyms.insert(demonym);
        }
    }
    // Places of two words or more: one word ("Georgia", "Victoria") can be a name.
    // Also without its accents ("San Jose" for "San José"), as plain-text
    // feeds and agency copy often write it.
    const auto addPlace = [&](const QString &name) {
        if (!name.contains(QLatin1Char(' ')) || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); }))
            return;
        g.m_places.insert(name);
        QString plain = name.normalized(QString::NormalizationForm_D);
        plain.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        if (plain != name)
            g.m_places.insert(plain);
    };
    if (!iso3166_2Json.isEmpty()) {
        QFile subdivisions(iso3166_2Json);
        if (!subdivisions.open(QIODevice::ReadOnly))
            qFatal("Threadline: ISO 3166-2 names %s are missing", qPrintable(iso3166_2Json));
        const QJsonArray all = QJsonDocument::fromJson(subdivisions.readAll()).object().value(QStringLiteral("3166-2")).toArray();
        for (const QJsonValue &value : all)
            addPlace(value.toObject().value(QStringLiteral("name")).toString());
    }
    if (!zoneTab.isEmpty()) {
        // "ET\t+0902+03842\tAfrica/Addis_Ababa": the city is the zone's last part.
        for (const QString &line : lines(zoneTab)) {
            const QString zone = line.section(QLatin1Char('\t'), 2, 2);
            addPlace(zone.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' ')));
        }
    }
    for (auto it = g.m_countries.constBegin(); it != g.m_countries.constEnd(); ++it) {
        // The first word as the tokenizer cuts it ("U.S." whole, "Korea," without its comma).
        QString first = it.key().section(QLatin1Char(' '), 0, 0);
        while (!first.isEmpty() && !first.back().isLetterOrNumber() && first.back() != QLatin1Char('.'))
            first.chop(1);
        g.m_countryStarts.insert(first);
    }
    g.fillLookups();
    return g;
}

void Gazetteer::fillLookups()
{
    const auto fill = [](WordSet &lookup, const QSet<QString> &words) {
        for (const QString &w : words)
            lookup.insert(w);
    };
    fill(m_titlesLookup, m_titles);
    fill(m_titleStartsLookup, m_titleStarts);
    fill(m_titlePrefixesLookup, m_titlePrefixes);
    fill(m_speechVerbsLookup, m_speechVerbs);
    fill(m_speechVerbStartsLookup, m_speechVerbStarts);
    fill(m_organizationWordsLookup, m_organizationWords);
    fill(m_demonymsLookup, m_demonyms);
    fill(m_countryStartsLookup, m_countryStarts);
    fill(m_placesLookup, m_places);
    for (auto it = m_countries.constBegin(); it != m_countries.constEnd(); ++it)
        m_countriesLookup.insert(it.key(), it.value());
    for (auto it = m_capitals.constBegin(); it != m_capitals.constEnd(); ++it)
        m_capitalsLookup.insert(it.key(), it.value());
}

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer data = fromFiles(
        QStringLiteral(":/threadline/extract/titles.txt"), QStringLiteral(":/threadline/extract/speech-verbs.txt"),
        QStringLiteral(":/threadline/extract/organization-words.txt"),
        QStringLiteral(":/threadline/extract/country-aliases.txt"), QStringLiteral(":/threadline/extract/iso_3166-1.json"),
        QStringLiteral(":/threadline/extract/iso_3166-2.json"), QStringLiteral(":/threadline/extract/zone.tab"));
    return data;
}

} // namespace threadline::extract
