// Latency sampling for the benchmark harness.
#pragma once

#include <chrono>
#include <vector>

namespace woshou::bench {

struct LatencySummary {
    double p50_us = 0;
    double p99_us = 0;
    double mean_us = 0;
    std::size_t samples = 0;
};

// Percentiles of `samples` (microseconds); the vector is reordered.
LatencySummary summarise(std::vector<double>& samples);

// Microseconds since `start`.
inline double micros_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace woshou::bench
