#include "latency.hpp"

#include <algorithm>
#include <numeric>

namespace woshou::bench {

LatencySummary summarise(std::vector<double>& samples) {
    LatencySummary s;
    s.samples = samples.size();
    if (samples.empty()) return s;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))]; };
    s.p50_us = at(0.50);
    s.p99_us = at(0.99);
    s.mean_us = std::accumulate(samples.begin(), samples.end(), 0.0) / samples.size();
    return s;
}

}  // namespace woshou::bench
