#include "woshou/server/snapshot_reloader.hpp"

#include <spdlog/spdlog.h>

namespace woshou::server {

SnapshotReloader::SnapshotReloader(sql::Database& database, graph::SnapshotHolder& holder,
                                   std::chrono::milliseconds interval)
    : database_(database), holder_(holder), interval_(interval) {}

SnapshotReloader::~SnapshotReloader() { stop(); }

void SnapshotReloader::start() {
    thread_ = std::thread([this] { poll_loop(); });
}

void SnapshotReloader::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

bool SnapshotReloader::reload_if_changed() {
    std::lock_guard lock(reload_mutex_);
    std::uint64_t served = holder_.get()->version();
    // Read the version before the rows: a write landing in between then shows
    // up as a newer version on the next poll instead of being missed.
    std::uint64_t version = database_.data_version();
    if (version == served) return false;
    auto started = std::chrono::steady_clock::now();
    auto snapshot = database_.load_snapshot(version);
    holder_.replace(std::move(snapshot));
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    spdlog::info("snapshot reloaded: version {} -> {} in {} ms", served, version, ms.count());
    return true;
}

void SnapshotReloader::poll_loop() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
        lock.unlock();
        try {
            reload_if_changed();
        } catch (const std::exception& error) {
            // Keep serving the old snapshot; the next poll tries again.
            spdlog::warn("snapshot reload failed, still serving the previous one: {}", error.what());
        }
        lock.lock();
    }
}

}  // namespace woshou::server
