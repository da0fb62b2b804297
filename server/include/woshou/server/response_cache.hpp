// Rendered responses of read routes, by (snapshot version, request).
//
// A snapshot never changes, and the analysis routes' bodies are a function of
// the snapshot and the request alone (byte-identical, tested), so the bytes of
// one answer serve every equal request until the next snapshot. Committees
// re-read the same reports; a hit skips the analysis and the JSON writing.
#pragma once

#include "woshou/server/http.hpp"

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace woshou::server {

class ResponseCache {
public:
    // Holds at most `max_bytes` of bodies; the least recently used go first.
    explicit ResponseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

    // The key of `request` on `snapshot_version`: method, path, every query
    // parameter in order, and the Accept header (it picks the format).
    static std::string key_of(const Request& request, std::uint64_t snapshot_version);

    // The stored response for `key`, or null.
    std::shared_ptr<const Response> find(const std::string& key);
    // Stores `response` (a successful one) for `key`; a body over a quarter of the budget is not kept.
    void insert(const std::string& key, const Response& response);

private:
    using Entry = std::pair<std::string, std::shared_ptr<const Response>>;
    std::mutex mutex_;
    std::size_t max_bytes_;
    std::size_t bytes_ = 0;
    std::list<Entry> recent_;  // most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace woshou::server
