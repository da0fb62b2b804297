// A bounded, thread-safe cache of demand profiles by (snapshot version, scope).
#pragma once

#include "woshou/graph/demand_profile.hpp"

#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace woshou::graph {

class DemandCache {
public:
    // Keeps at most `capacity` profiles; the least recently used goes first.
    explicit DemandCache(std::size_t capacity = 256) : capacity_(capacity) {}

    // The profile of `scope` on `snapshot`, computed once per snapshot version
    // and scope. Concurrent misses for the same key may compute it twice; the
    // lock is never held while computing.
    std::shared_ptr<const DemandProfile> get(const Snapshot& snapshot, const DemandScope& scope);

    // Hits and misses so far, for benchmarks and /api/v1/stats.
    std::size_t hits() const;
    std::size_t misses() const;

private:
    using Key = std::string;
    struct Entry {
        std::shared_ptr<const DemandProfile> profile;
        std::list<Key>::iterator recency;
    };
    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::list<Key> recency_;  // most recent first
    std::unordered_map<Key, Entry> entries_;
    std::size_t hits_ = 0, misses_ = 0;
};

}  // namespace woshou::graph
