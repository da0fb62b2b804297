// The order a bulk writer writes a table's rows in: ascending primary key.
//
// Why: SQLite keeps a table (WITHOUT ROWID) or its key index in a B-tree
// sorted by key, so rows in key order are appends to the rightmost leaf,
// while rows in any other order are inserts into random pages, which at
// nation scale no longer fit in the page cache. Importers usually give rows
// in key order already, so that is checked first (one pass) and a permutation
// is sorted only when needed.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "bulk_tables.hpp"

namespace woshou::sql::detail {

// The primary key of one row as TableOf<Row>::fields hands it out: the first
// `keys` values, compared as SQLite compares them (TEXT bytewise, the
// BINARY collation; INTEGER numerically; no key column holds another type).
template <class Row>
class RowKey {
public:
    explicit RowKey(const Row& row) { TableOf<Row>::fields(row, *this); }

    bool operator<(const RowKey& other) const {
        for (std::size_t i = 0; i < TableOf<Row>::keys; ++i) {
            if (text_[i] != other.text_[i]) return text_[i] < other.text_[i];
            if (number_[i] != other.number_[i]) return number_[i] < other.number_[i];
        }
        return false;
    }

    // The sink fields() writes into; values past the key are ignored.
    void text(std::string_view value) {
        if (next_ < TableOf<Row>::keys) text_[next_] = value;
        ++next_;
    }
    void integer(long long value) {
        if (next_ < TableOf<Row>::keys) number_[next_] = value;
        ++next_;
    }
    template <class T>
    void joined(const T&) { ++next_; }
    void real(double) { ++next_; }
    void null() { ++next_; }

private:
    std::string_view text_[TableOf<Row>::keys]{};
    long long number_[TableOf<Row>::keys]{};
    std::size_t next_ = 0;
};

// Row positions in ascending key order, or empty when `rows` are in that
// order already. Stable: of a key given twice, the later row stays later and
// so wins its upsert, as in the given order.
template <class Row>
std::vector<std::uint32_t> key_order(const std::vector<Row>& rows) {
    bool sorted = true;
    for (std::size_t i = 1; i < rows.size() && sorted; ++i) sorted = !(RowKey<Row>(rows[i]) < RowKey<Row>(rows[i - 1]));
    if (sorted) return {};
    std::vector<std::uint32_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return RowKey<Row>(rows[a]) < RowKey<Row>(rows[b]); });
    return order;
}

}  // namespace woshou::sql::detail
