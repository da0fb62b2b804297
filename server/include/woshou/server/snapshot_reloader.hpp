// Rebuilds the served snapshot when the database changes (e.g. after a
// `woshou import` from another process). Runs on its own thread so no SQL
// ever runs on an I/O thread.
#pragma once

#include "woshou/graph/snapshot_holder.hpp"
#include "woshou/sql/database.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace woshou::server {

class SnapshotReloader {
public:
    // Does not start polling; call start() or drive reload_if_changed() directly.
    SnapshotReloader(sql::Database& database, graph::SnapshotHolder& holder,
                     std::chrono::milliseconds interval);
    ~SnapshotReloader();
    SnapshotReloader(const SnapshotReloader&) = delete;
    SnapshotReloader& operator=(const SnapshotReloader&) = delete;

    // Starts the polling thread.
    void start();
    // Stops and joins the polling thread; idempotent.
    void stop();

    // Rebuilds and publishes a snapshot when the data version differs from the
    // served one. Returns true when it published. Throws on database errors.
    // Safe to call from several threads (the poller, and workers after a write).
    bool reload_if_changed();

private:
    void poll_loop();

    sql::Database& database_;
    graph::SnapshotHolder& holder_;
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::mutex reload_mutex_;  // one reload at a time: the database connection is not thread-safe
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace woshou::server
