// A bounded, thread-safe cache of match indexes by (snapshot version, e, delta).
#pragma once

#include "woshou/graph/matching.hpp"

#include <memory>
#include <mutex>
#include <vector>

namespace woshou::graph {

class MatchIndexCache {
public:
    // Keeps at most `capacity` indexes (each holds every major's coverage, so
    // few); the least recently used goes first.
    explicit MatchIndexCache(std::size_t capacity = 4) : capacity_(capacity) {}

    // The index of `snapshot` with `params`, built once per key. Concurrent
    // misses for the same key may build it twice; the lock is never held while building.
    std::shared_ptr<const MatchIndex> get(const Snapshot& snapshot, const CoverageParams& params);

    // Hits and misses so far, for benchmarks and tests.
    std::size_t hits() const;
    std::size_t misses() const;

private:
    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::vector<std::shared_ptr<const MatchIndex>> entries_;  // most recent first
    std::size_t hits_ = 0, misses_ = 0;
};

}  // namespace woshou::graph
