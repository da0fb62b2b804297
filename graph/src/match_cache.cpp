#include "woshou/graph/match_cache.hpp"

#include <algorithm>

namespace woshou::graph {
namespace {

bool same_key(const MatchIndex& index, const Snapshot& snapshot, const CoverageParams& params) {
    return index.snapshot_version() == snapshot.version() && index.params().elective_factor == params.elective_factor &&
           index.params().taxonomy_decay == params.taxonomy_decay;
}

}  // namespace

std::shared_ptr<const MatchIndex> MatchIndexCache::get(const Snapshot& snapshot, const CoverageParams& params) {
    auto find = [&] {
        return std::find_if(entries_.begin(), entries_.end(),
                            [&](const auto& entry) { return same_key(*entry, snapshot, params); });
    };
    {
        std::lock_guard lock(mutex_);
        if (auto it = find(); it != entries_.end()) {
            std::rotate(entries_.begin(), it, it + 1);  // to the front: most recent
            ++hits_;
            return entries_.front();
        }
        ++misses_;
    }
    auto index = std::make_shared<const MatchIndex>(snapshot, params);
    std::lock_guard lock(mutex_);
    if (auto it = find(); it != entries_.end()) return *it;
    entries_.insert(entries_.begin(), index);
    if (entries_.size() > capacity_) entries_.resize(capacity_);
    return index;
}

std::size_t MatchIndexCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

std::size_t MatchIndexCache::misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
}

}  // namespace woshou::graph
