#include "route_bench.hpp"

#include "latency.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/router.hpp"

#include <fmt/format.h>

#include <cctype>
#include <vector>

namespace woshou::bench {
namespace {

// Percent-encodes what a path segment cannot hold as is (ids may contain spaces).
std::string encode_segment(const std::string& id) {
    std::string out;
    for (unsigned char c : id) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

}  // namespace

void run_route_bench(const std::string& label, std::shared_ptr<const graph::Snapshot> snapshot,
                     std::size_t min_requests) {
    using clock = std::chrono::steady_clock;
    server::AnalysisCache analysis;
    const server::Context context{snapshot, "sqlite", &analysis};
    const auto router = server::make_api_router();
    std::vector<std::string> majors;
    for (const auto& m : snapshot->data().majors) majors.push_back("/api/v1/majors/" + encode_segment(m.id));
    if (majors.empty()) return;

    fmt::print("| data | route | requests | p50 µs | p99 µs | mean body bytes |\n|---|---|---|---|---|---|\n");
    const std::pair<const char*, std::string> routes[] = {{"GET /healthz", ""}, {"GET /api/v1/majors/{id}", ""},
                                                          {"GET /api/v1/majors/{id}/gap", "/gap"}};
    for (std::size_t r = 0; r < 3; ++r) {
        // The first gap report computes the whole-scope demand profile: not timed.
        if (r == 2) server::handle_http(router, context, "GET", majors[0] + "/gap", {}, "");
        std::vector<double> samples;
        double bytes = 0;
        const std::size_t n = std::max(min_requests, r == 0 ? std::size_t{1} : majors.size());
        for (std::size_t i = 0; samples.size() < n; ++i) {
            const std::string target = r == 0 ? "/healthz" : majors[i % majors.size()] + routes[r].second;
            const auto start = clock::now();
            const auto response = server::handle_http(router, context, "GET", target, {}, "");
            samples.push_back(micros_since(start));
            if (response.status != 200) {
                fmt::print("{}: GET {} answered {}: {}\n", label, target, response.status, response.body.substr(0, 200));
                return;
            }
            bytes += static_cast<double>(response.body.size());
        }
        const auto s = summarise(samples);
        fmt::print("| {} | {} | {} | {:.1f} | {:.1f} | {:.0f} |\n", label, routes[r].first, s.samples, s.p50_us, s.p99_us,
                   bytes / static_cast<double>(s.samples));
    }
}

}  // namespace woshou::bench
