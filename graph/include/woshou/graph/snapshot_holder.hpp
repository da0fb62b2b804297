// Hands out the current snapshot to readers and replaces it atomically.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <atomic>
#include <memory>

namespace woshou::graph {

class SnapshotHolder {
public:
    explicit SnapshotHolder(std::shared_ptr<const Snapshot> initial) : current_(std::move(initial)) {}

    // The snapshot to read; stays valid for as long as the caller holds it.
    std::shared_ptr<const Snapshot> get() const { return current_.load(std::memory_order_acquire); }

    // Publishes `next`; readers that hold the old one keep it until they drop it.
    void replace(std::shared_ptr<const Snapshot> next) {
        current_.store(std::move(next), std::memory_order_release);
    }

private:
    std::atomic<std::shared_ptr<const Snapshot>> current_;
};

}  // namespace woshou::graph
