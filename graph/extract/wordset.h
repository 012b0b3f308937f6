#pragma once

// Sets and maps of words for the lookups the extractor makes of nearly
// every token (speech verbs, words that start a trigger, title words, the
// names found so far …). Internal to graph/extract/.
//
// Qt's string hash costs a few hundred cycles a word here (Qt 6.4 on this
// machine), far more than its instructions say, and a QSet<QString> pays
// it on every lookup. These pay a cheap hash of their own, and most words
// that are not in a set are turned away before any hash, by a filter.

#include <QString>
#include <QStringView>

#include <array>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace threadline::extract {

// word.toLower(), by hand when the word is ASCII (as most words and
// phrases looked up are; the word itself, shared, when it has no capital):
// Qt's toLower reads every character through its Unicode tables, some
// hundreds of instructions a word, more than a thousand with a capital.
inline QString lowerCased(const QString &word)
{
    bool capital = false;
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            return word.toLower();
        capital = capital || (c >= u'A' && c <= u'Z');
    }
    if (!capital)
        return word;
    QString lower(word.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : word)
        *out++ = c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 32) : c;
    return lower;
}

// A hash of a word, its bits well mixed (both ends of it: the cache of
// shared words takes the top bits, the tables the bottom ones). Not of
// every character: the length, the first four and the last four (two and
// two below four), and four from the middle of a word longer than eight;
// two or three loads and multiplications, no loop (asked of every token
// and of every lookup that passes a filter). Words that differ only
// elsewhere share a hash, which costs a look further on, never a wrong
// answer: every user compares the words.
inline quint64 wordHash(QStringView word)
{
    constexpr quint64 mix = 0x9E3779B97F4A7C15u;
    const char16_t *p = word.utf16();
    const qsizetype n = word.size();
    quint64 head;
    quint64 tail;
    if (n >= 4) {
        std::memcpy(&head, p, sizeof head);
        std::memcpy(&tail, p + n - 4, sizeof tail);
    } else if (n >= 2) {
        quint32 first;
        quint32 last;
        std::memcpy(&first, p, sizeof first);
        std::memcpy(&last, p + n - 2, sizeof last);
        head = first;
        tail = last;
    } else {
        head = n > 0 ? p[0] : 0;
        tail = 0;
    }
    quint64 h = ((quint64(n) * mix) ^ head) * mix;
    h ^= h >> 32;
    if (n > 8) {
        quint64 middle;
        std::memcpy(&middle, p + (n >> 1) - 2, sizeof middle);
        h = (h ^ middle) * mix;
        h ^= h >> 32;
    }
    h = (h ^ tail) * mix;
    h ^= h >> 29;
    return h;
}

// Whether n characters at a and at b are the same: words of up to eight
// characters (most) by two overlapping loads from each, no call to memcmp.
inline bool sameCharacters(const char16_t *a, const char16_t *b, size_t n)
{
    if (n >= 4 && n <= 8) {
        quint64 a0, a1, b0, b1;
        std::memcpy(&a0, a, sizeof a0);
        std::memcpy(&b0, b, sizeof b0);
        std::memcpy(&a1, a + n - 4, sizeof a1);
        std::memcpy(&b1, b + n - 4, sizeof b1);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n > 8)
        return std::memcmp(a, b, n * sizeof(char16_t)) == 0;
    if (n >= 2) {
        quint32 a0, a1, b0, b1;
        std::memcpy(&a0, a, sizeof a0);
        std::memcpy(&b0, b, sizeof b0);
        std::memcpy(&a1, a + n - 2, sizeof a1);
        std::memcpy(&b1, b + n - 2, sizeof b1);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return n == 0 || *a == *b;
}

// A bit for each word of a set, by its length and its first, second and
// last characters: a word whose bit is clear is not in the set.
class WordFilter
{
public:
    void add(QStringView word) { m_bits[slot(word) >> 6] |= quint64(1) << (slot(word) & 63); }
    bool mayContain(QStringView word) const
    {
        const size_t at = slot(word);
        return (m_bits[at >> 6] >> (at & 63)) & 1;
    }

private:
    // The four in one key, mixed by one multiplication (a chain of them
    // cost more than the look they spare: every set asks this of every word).
    static size_t slot(QStringView word)
    {
        const size_t n = size_t(word.size());
        if (n == 0)
            return 0;
        const quint64 key = quint64(n & 0xffff) | quint64(word.front().unicode()) << 16 |
                            quint64(word[n > 1 ? 1 : 0].unicode()) << 32 | quint64(word.back().unicode()) << 48;
        return size_t((key * 0x9E3779B97F4A7C15u) >> (64 - bitsLog2));
    }
    static constexpr int bitsLog2 = 14;
    static constexpr size_t bits = size_t(1) << bitsLog2;
    std::array<quint64, bits / 64> m_bits{};
};

// Words to values (exact, as QHash<QString, T> compares them), in an open
// table of their own with a cheap hash, behind a WordFilter.
template <typename T>
class WordHash
{
public:
    // Null when the word is not in it (the calls read as QHash's do:
    // `it != constEnd()`, `*it`).
    // (The filter inline, the table not: most words asked are turned away
    // by the filter, and the call would cost more than its test.)
    Q_ALWAYS_INLINE const T *constFind(QStringView word) const
    {
        if (m_count == 0 || !m_filter.mayContain(word))
            return nullptr;
        return find(word);
    }
    const T *constEnd() const { return nullptr; }
    Q_ALWAYS_INLINE bool contains(QStringView word) const { return constFind(word) != nullptr; }
    T value(QStringView word, const T &otherwise = T()) const
    {
        const T *found = constFind(word);
        return found ? *found : otherwise;
    }
    // As QHash::insert: a word already there takes the new value.
    void insert(const QString &word, const T &value)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        place(word, value);
        m_filter.add(word);
    }

private:
    Q_NEVER_INLINE const T *find(QStringView word) const
    {
        // A byte a slot first (its word's hash's top bits, none where it is
        // empty): the slot and its word's characters, out of a larger
        // table, are read only where that byte agrees.
        const size_t hash = hashOf(word);
        const quint8 tag = tagOf(hash);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const quint8 at = m_tags[i];
            if (at == 0)
                return nullptr;
            if (at != tag)
                continue;
            const Slot &slot = m_slots[i];
            if (slot.key.size() == word.size() &&
                sameCharacters(reinterpret_cast<const char16_t *>(slot.key.constData()), word.utf16(),
                               size_t(word.size())))
                return &slot.value;
        }
    }
    struct Slot
    {
        QString key;
        T value{};
        bool used = false;
    };
    static size_t hashOf(QStringView word) { return size_t(wordHash(word)); }
    // Never 0 (an empty slot's): the hash's top seven bits, and the eighth set.
    static quint8 tagOf(size_t hash) { return quint8(0x80 | (hash >> 57)); }
    void place(const QString &word, const T &value)
    {
        const size_t hash = hashOf(word);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot = Slot{word, value, true};
                m_tags[i] = tagOf(hash);
                ++m_count;
                return;
            }
            if (slot.key == word) {
                slot.value = value;
                return;
            }
        }
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(old.empty() ? 16 : old.size() * 2);
        m_tags.assign(m_slots.size(), 0);
        m_mask = m_slots.size() - 1;
        m_count = 0;
        for (Slot &slot : old) {
            if (slot.used)
                place(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    std::vector<quint8> m_tags; // per slot, see find
    size_t m_mask = 0;
    size_t m_count = 0;
    WordFilter m_filter;
};

// A set of words, the same way.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString &w : words)
            insert(w);
    }
    void insert(const QString &word) { m_words.insert(word, true); }
    Q_ALWAYS_INLINE bool contains(QStringView word) const { return m_words.contains(word); }
    // contains(lowerCased(word)), without a lower-cased copy of a word of
    // ASCII (as most are; any other is lowered as lowerCased does it).
    bool containsLowerCased(QStringView word) const
    {
        std::array<char16_t, 64> lower;
        if (word.size() > qsizetype(lower.size()))
            return contains(lowerCased(word.toString()));
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            if (c >= 0x80)
                return contains(lowerCased(word.toString()));
            lower[size_t(i)] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        return contains(QStringView(lower.data(), word.size()));
    }

private:
    WordHash<bool> m_words;
};

// A set of the words given as Latin-1 literals ({"Island", "Sea", …}).
inline WordSet wordSetOf(std::initializer_list<const char *> words)
{
    WordSet set;
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

} // namespace threadline::extract
