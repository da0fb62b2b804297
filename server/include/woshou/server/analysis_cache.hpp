// Per-server caches for the analysis routes: demand profiles by (snapshot,
// scope), match indexes, rendered gap reports and, per snapshot, how many
// majors teach each skill.
#pragma once

#include "woshou/graph/demand_cache.hpp"
#include "woshou/graph/demand_trends.hpp"
#include "woshou/graph/match_cache.hpp"
#include "woshou/server/response_cache.hpp"

#include <memory>
#include <mutex>

namespace woshou::server {

struct AnalysisCache {
    // `response_bytes` bounds the rendered gap reports kept (0 keeps none:
    // benchmarks of the computed path).
    explicit AnalysisCache(std::size_t response_bytes = 64u << 20) : responses{response_bytes} {}

    graph::DemandCache demand{256};
    // Match indexes by (snapshot version, elective factor, taxonomy decay).
    graph::MatchIndexCache match{4};
    // Rendered gap reports by (snapshot version, request): 64 MiB of bodies by default.
    ResponseCache responses;

    // majors_teaching_counts for `snapshot` with default parameters, computed
    // once per snapshot version (concurrent callers wait for that one computation).
    std::shared_ptr<const std::vector<std::size_t>> teaching_counts(const graph::Snapshot& snapshot) {
        std::lock_guard lock(mutex_);
        if (!counts_ || counts_version_ != snapshot.version()) {
            counts_ = std::make_shared<const std::vector<std::size_t>>(
                graph::majors_teaching_counts(snapshot, graph::CoverageParams{}));
            counts_version_ = snapshot.version();
        }
        return counts_;
    }

private:
    std::mutex mutex_;  // held while computing: the computation is the thing to share
    std::shared_ptr<const std::vector<std::size_t>> counts_;
    std::uint64_t counts_version_ = 0;
};

}  // namespace woshou::server
