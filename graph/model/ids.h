#pragma once

#include <QtGlobal>
#include <QHashFunctions>

#include <compare>
#include <limits>

namespace threadline {

// A strong, stable element id. Ids are handed out once and never reused or
// renumbered, so they survive removals (unlike Boost vertex descriptors,
// which never leave the model).
template <typename Tag>
class ElementId
{
public:
    constexpr ElementId() = default;
    constexpr explicit ElementId(quint32 value) : m_value(value) {}

    constexpr bool isValid() const { return m_value != invalidValue; }
    constexpr quint32 value() const { return m_value; }

    constexpr auto operator<=>(const ElementId &) const = default;

private:
    static constexpr quint32 invalidValue = std::numeric_limits<quint32>::max();
    quint32 m_value = invalidValue;
};

template <typename Tag>
inline size_t qHash(ElementId<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

using NodeId = ElementId<struct NodeIdTag>;
using EdgeId = ElementId<struct EdgeIdTag>;

} // namespace threadline
