#pragma once

// A set of words that answers "not in it" without hashing the word, for
// the sets the extractor asks of nearly every token (speech verbs, words
// that start a trigger, title words …), where most answers are no.
// Internal to graph/extract/.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <initializer_list>

namespace threadline::extract {

// A bit for each word of a set, by its length and its first, second and
// last characters: a word whose bit is clear is not in the set. A few
// instructions, where a hash of the word costs a hundred or more.
class WordFilter
{
public:
    void add(QStringView word) { m_bits[slot(word) >> 6] |= quint64(1) << (slot(word) & 63); }
    bool mayContain(QStringView word) const { return (m_bits[slot(word) >> 6] >> (slot(word) & 63)) & 1; }

private:
    static size_t slot(QStringView word)
    {
        const size_t n = size_t(word.size());
        if (n == 0)
            return 0;
        size_t h = n;
        h = h * 31 + word.front().unicode();
        h = h * 31 + word.at(n > 1 ? 1 : 0).unicode();
        h = h * 31 + word.back().unicode();
        h ^= h >> 9;
        return h & (bits - 1);
    }
    static constexpr size_t bits = 16384;
    std::array<quint64, bits / 64> m_bits{};
};

// A QSet<QString> of words with a WordFilter in front of it.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString &w : words)
            insert(w);
    }
    void insert(const QString &word)
    {
        m_words.insert(word);
        m_filter.add(word);
    }
    bool contains(const QString &word) const { return m_filter.mayContain(word) && m_words.contains(word); }

private:
    QSet<QString> m_words;
    WordFilter m_filter;
};

// A QHash<QString, T> with a WordFilter in front of it (the calls the
// extractor makes of one).
template <typename T>
class WordHash
{
public:
    using const_iterator = typename QHash<QString, T>::const_iterator;
    const_iterator constFind(const QString &word) const
    {
        return m_filter.mayContain(word) ? m_map.constFind(word) : m_map.constEnd();
    }
    const_iterator constEnd() const { return m_map.constEnd(); }
    bool contains(const QString &word) const { return m_filter.mayContain(word) && m_map.contains(word); }
    T value(const QString &word, const T &otherwise) const
    {
        return m_filter.mayContain(word) ? m_map.value(word, otherwise) : otherwise;
    }
    void insert(const QString &word, const T &value)
    {
        m_map.insert(word, value);
        m_filter.add(word);
    }

private:
    QHash<QString, T> m_map;
    WordFilter m_filter;
};

} // namespace threadline::extract
