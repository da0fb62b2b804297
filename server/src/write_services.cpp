#include "woshou/server/write_services.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace woshou::server {
namespace {

std::atomic<std::uint64_t> next_id{1};

// Connections of this thread, by WriteServices id.
std::unordered_map<std::uint64_t, std::unique_ptr<sql::Database>>& thread_connections() {
    thread_local std::unordered_map<std::uint64_t, std::unique_ptr<sql::Database>> connections;
    return connections;
}

}  // namespace

unsigned RateLimiter::acquire(const std::string& key) {
    if (per_minute_ == 0) return 0;
    const auto now = std::chrono::steady_clock::now();
    const double rate = per_minute_ / 60.0;  // tokens per second
    std::lock_guard lock(mutex_);
    auto [it, inserted] = buckets_.try_emplace(key, Bucket{static_cast<double>(per_minute_), now});
    Bucket& b = it->second;
    if (!inserted) {
        b.tokens = std::min<double>(per_minute_, b.tokens + std::chrono::duration<double>(now - b.refilled).count() * rate);
        b.refilled = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return static_cast<unsigned>(std::ceil((1.0 - b.tokens) / rate));
}

WriteServices::WriteServices(std::string connection, unsigned rate_per_minute, std::function<void()> after_write)
    : connection_(std::move(connection)), id_(next_id++), limiter_(rate_per_minute), after_write_(std::move(after_write)) {}

WriteServices::~WriteServices() = default;

sql::Database& WriteServices::database() {
    auto& connections = thread_connections();
    auto& db = connections[id_];
    if (!db) db = sql::Database::open(connection_);
    return *db;
}

void WriteServices::written() {
    if (!after_write_) return;
    try {
        after_write_();
    } catch (const std::exception& error) {
        // The write is committed; the poller will publish it on its next round.
        spdlog::warn("snapshot refresh after a write failed: {}", error.what());
    }
}

}  // namespace woshou::server
