// A bounded, thread-safe cache of demand profiles by (snapshot version, scope).
#pragma once

#include "woshou/graph/demand_profile.hpp"

#include <future>
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
    // and scope: concurrent requests for the same key wait for the one
    // computation instead of repeating it. The lock is never held while computing.
    // Profiles of older snapshot versions are dropped when a newer one is seen.
    std::shared_ptr<const DemandProfile> get(const Snapshot& snapshot, const DemandScope& scope);

    // Lookups answered from the cache, and computations, so far (for benchmarks).
    std::size_t hits() const;
    std::size_t misses() const;

private:
    using Key = std::string;
    using Profile = std::shared_ptr<const DemandProfile>;
    struct Entry {
        std::shared_future<Profile> profile;
        std::list<Key>::iterator recency;
    };
    void drop_older_than(std::uint64_t version);  // caller holds mutex_

    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::uint64_t newest_version_ = 0;
    std::list<Key> recency_;  // most recent first
    std::unordered_map<Key, Entry> entries_;
    std::size_t hits_ = 0, misses_ = 0;
};

}  // namespace woshou::graph
