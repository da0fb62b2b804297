#include "woshou/graph/demand_cache.hpp"

namespace woshou::graph {
namespace {

// "version:" then the scope key; versions are numbers, so keys of different versions never collide.
std::string cache_key(std::uint64_t version, const DemandScope& scope) {
    return std::to_string(version) + ':' + scope.key();
}

}  // namespace

void DemandCache::drop_older_than(std::uint64_t version) {
    for (auto it = recency_.begin(); it != recency_.end();) {
        if (std::stoull(it->substr(0, it->find(':'))) < version) {
            entries_.erase(*it);
            it = recency_.erase(it);
        } else {
            ++it;
        }
    }
}

std::shared_ptr<const DemandProfile> DemandCache::get(const Snapshot& snapshot, const DemandScope& scope) {
    const Key key = cache_key(snapshot.version(), scope);
    std::promise<Profile> promise;
    std::unique_lock lock(mutex_);
    if (snapshot.version() > newest_version_) {
        newest_version_ = snapshot.version();
        drop_older_than(newest_version_);
    }
    if (auto it = entries_.find(key); it != entries_.end()) {
        recency_.splice(recency_.begin(), recency_, it->second.recency);
        ++hits_;
        auto pending = it->second.profile;
        lock.unlock();
        return pending.get();  // waits while another request computes it
    }
    ++misses_;
    recency_.push_front(key);
    entries_.emplace(key, Entry{promise.get_future().share(), recency_.begin()});
    while (entries_.size() > capacity_) {
        entries_.erase(recency_.back());
        recency_.pop_back();
    }
    lock.unlock();

    try {
        auto profile = std::make_shared<const DemandProfile>(compute_demand_profile(snapshot, scope));
        promise.set_value(profile);
        return profile;
    } catch (...) {
        // Waiters see the exception; the next request tries again.
        promise.set_exception(std::current_exception());
        lock.lock();
        if (auto it = entries_.find(key); it != entries_.end()) {
            recency_.erase(it->second.recency);
            entries_.erase(it);
        }
        throw;
    }
}

std::size_t DemandCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

std::size_t DemandCache::misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
}

}  // namespace woshou::graph
