// External id -> row position for one entity kind, without copying the ids:
// an open-addressing table of row positions that compares against the rows'
// own `id` strings. 8-16 bytes per row where a std::unordered_map<std::string,
// Index> costs a heap node and a string copy (about 80 bytes) per row.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace woshou::graph {

class IdIndex {
public:
    using Index = std::uint32_t;

    // Indexes rows[i].id for every i; the first of duplicate ids wins.
    template <typename Rows>
    static IdIndex build(const Rows& rows) {
        IdIndex index;
        std::size_t capacity = 16;
        while (capacity < rows.size() * 2) capacity *= 2;
        index.slots_.assign(capacity, kEmpty);
        index.mask_ = capacity - 1;
        for (Index i = 0; i < rows.size(); ++i) {
            std::size_t slot = index.home(rows[i].id);
            while (index.slots_[slot] != kEmpty && rows[index.slots_[slot]].id != rows[i].id)
                slot = (slot + 1) & index.mask_;
            if (index.slots_[slot] == kEmpty) index.slots_[slot] = i;
        }
        return index;
    }

    // Position of the row with this id in the rows the index was built from.
    template <typename Rows>
    std::optional<Index> find(const Rows& rows, std::string_view id) const {
        if (slots_.empty()) return std::nullopt;
        for (std::size_t slot = home(id);; slot = (slot + 1) & mask_) {
            const Index row = slots_[slot];
            if (row == kEmpty) return std::nullopt;
            if (rows[row].id == id) return row;
        }
    }

private:
    static constexpr Index kEmpty = static_cast<Index>(-1);
    std::size_t home(std::string_view id) const { return std::hash<std::string_view>{}(id) & mask_; }

    std::vector<Index> slots_;  // row positions; at most half full, so probes stay short
    std::size_t mask_ = 0;
};

}  // namespace woshou::graph
