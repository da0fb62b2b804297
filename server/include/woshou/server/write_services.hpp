// What authenticated and write routes need beyond the snapshot: a database
// connection per worker thread, per-token rate limits, and a way to publish a
// write at once.
#pragma once

#include "woshou/sql/database.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace woshou::server {

// A token bucket per key: `per_minute` requests a minute, bursts up to the same.
class RateLimiter {
public:
    explicit RateLimiter(unsigned per_minute) : per_minute_(per_minute) {}
    // 0 when the request may go ahead (and is counted), else the seconds to wait.
    unsigned acquire(const std::string& key);
    unsigned per_minute() const { return per_minute_; }

private:
    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point refilled;
    };
    unsigned per_minute_;  // 0 = unlimited
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

class WriteServices {
public:
    // `connection` is opened once per worker thread on first use (a SOCI session
    // is not thread-safe). `after_write` runs after each successful write, e.g.
    // to rebuild the snapshot so the next request sees it.
    WriteServices(std::string connection, unsigned rate_per_minute, std::function<void()> after_write = {});
    ~WriteServices();

    // This thread's connection.
    sql::Database& database();
    RateLimiter& limiter() { return limiter_; }
    // Publishes a successful write (calls after_write; errors are logged, not thrown).
    void written();

private:
    std::string connection_;
    std::uint64_t id_;  // tells this instance's thread-local connections from a later one's
    RateLimiter limiter_;
    std::function<void()> after_write_;
};

}  // namespace woshou::server
