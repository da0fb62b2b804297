#include "woshou/graph/demand_cache.hpp"

namespace woshou::graph {

std::shared_ptr<const DemandProfile> DemandCache::get(const Snapshot& snapshot, const DemandScope& scope) {
    const Key key = std::to_string(snapshot.version()) + '\x1e' + scope.key();
    {
        std::lock_guard lock(mutex_);
        if (auto it = entries_.find(key); it != entries_.end()) {
            recency_.splice(recency_.begin(), recency_, it->second.recency);
            ++hits_;
            return it->second.profile;
        }
        ++misses_;
    }
    auto profile = std::make_shared<const DemandProfile>(compute_demand_profile(snapshot, scope));
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) return it->second.profile;
    recency_.push_front(key);
    entries_.emplace(key, Entry{profile, recency_.begin()});
    while (entries_.size() > capacity_) {
        entries_.erase(recency_.back());
        recency_.pop_back();
    }
    return profile;
}

std::size_t DemandCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

std::size_t DemandCache::misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
}

}  // namespace woshou::graph
