#include "woshou/server/response_cache.hpp"

namespace woshou::server {

std::string ResponseCache::key_of(const Request& request, std::uint64_t snapshot_version) {
    // '\n' cannot occur in a decoded HTTP method, path or header value, and
    // '\t' separates names from values: equal keys mean equal requests.
    std::string key = std::to_string(snapshot_version) + '\n' + request.method + '\n' + request.path + '\n';
    for (const auto& [name, value] : request.query) key += name + '\t' + value + '\n';
    if (const std::string* accept = request.header("Accept")) key += *accept;
    return key;
}

std::shared_ptr<const Response> ResponseCache::find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = by_key_.find(key);
    if (it == by_key_.end()) return nullptr;
    recent_.splice(recent_.begin(), recent_, it->second);
    return it->second->second;
}

void ResponseCache::insert(const std::string& key, const Response& response) {
    const std::size_t size = response.body.size() + key.size();
    if (size > max_bytes_ / 4) return;
    auto stored = std::make_shared<const Response>(response);
    std::lock_guard lock(mutex_);
    if (by_key_.count(key)) return;  // an equal request computed it meanwhile
    recent_.emplace_front(key, std::move(stored));
    by_key_.emplace(key, recent_.begin());
    bytes_ += size;
    while (bytes_ > max_bytes_ && !recent_.empty()) {
        const auto& [old_key, old] = recent_.back();
        bytes_ -= old->body.size() + old_key.size();
        by_key_.erase(old_key);
        recent_.pop_back();
    }
}

}  // namespace woshou::server
