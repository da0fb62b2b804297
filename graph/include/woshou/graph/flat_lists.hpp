// Many short lists in two flat arrays (compressed sparse row form): one
// offsets array and one values array, so a snapshot's millions of adjacency
// lists cost no heap block each. Built in two passes by FlatListsBuilder.
// Up to 2^32 values in all.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace woshou::graph {

template <typename T>
class FlatLists {
public:
    // Values of list i; empty for a list that does not exist.
    std::span<const T> operator[](std::size_t i) const {
        if (i + 1 >= offsets_.size()) return {};
        return {values_.data() + offsets_[i], values_.data() + offsets_[i + 1]};
    }
    std::size_t list_count() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
    std::size_t value_count() const { return values_.size(); }

    // Sorts every list by `less`; for the builder's final step.
    template <typename Less>
    void sort_each(Less less) {
        for (std::size_t i = 0; i + 1 < offsets_.size(); ++i)
            std::sort(values_.begin() + offsets_[i], values_.begin() + offsets_[i + 1], less);
    }

private:
    template <typename>
    friend class FlatListsBuilder;
    std::vector<std::uint32_t> offsets_;  // list i is values_[offsets_[i], offsets_[i + 1])
    std::vector<T> values_;
};

// Two passes over the same entries: add(list, value) for each entry (this
// only counts), allocate(), then add(list, value) for each entry again (this
// stores; same entries, any order); finish() hands the lists over.
template <typename T>
class FlatListsBuilder {
public:
    explicit FlatListsBuilder(std::size_t lists) { lists_.offsets_.assign(lists + 1, 0); }

    void add(std::size_t list, const T& value) {
        if (!allocated_) {
            ++lists_.offsets_[list + 1];
        } else {
            lists_.values_[cursor_[list]++] = value;
        }
    }

    void allocate() {
        auto& offsets = lists_.offsets_;
        for (std::size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
        lists_.values_.resize(offsets.back());
        cursor_.assign(offsets.begin(), offsets.end() - 1);
        allocated_ = true;
    }

    FlatLists<T> finish() && {
        cursor_ = {};
        return std::move(lists_);
    }

    // The whole two-pass sequence: fill(builder) adds every entry, and is
    // called twice (to count, then to store).
    template <typename Fill>
    static FlatLists<T> build(std::size_t lists, Fill fill) {
        FlatListsBuilder builder(lists);
        fill(builder);
        builder.allocate();
        fill(builder);
        return std::move(builder).finish();
    }

private:
    FlatLists<T> lists_;
    std::vector<std::uint32_t> cursor_;  // next free slot of each list while storing
    bool allocated_ = false;
};

}  // namespace woshou::graph
