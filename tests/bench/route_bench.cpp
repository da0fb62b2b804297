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
    // Rendered gap reports not kept, so every request computes its report;
    // the last row asks for one report over and over with them kept.
    server::AnalysisCache computing(0), caching;
    const server::Context context{snapshot, "sqlite", &computing};
    const server::Context cached_context{snapshot, "sqlite", &caching};
    const auto router = server::make_api_router();
    std::vector<std::string> majors;
    for (const auto& m : snapshot->data().majors) majors.push_back("/api/v1/majors/" + encode_segment(m.id));
    if (majors.empty()) return;

    fmt::print("| data | route | requests | p50 µs | p99 µs | mean body bytes |\n|---|---|---|---|---|---|\n");
    struct Route {
        const char* name;
        const char* suffix;
        bool every_major;
        const server::Context& context;
    };
    const Route routes[] = {{"GET /healthz", "", false, context},
                            {"GET /api/v1/majors/{id}", "", true, context},
                            {"GET /api/v1/majors/{id}/gap", "/gap", true, context},
                            {"GET /api/v1/majors/{id}/gap, the same one again (rendered reports kept)", "/gap", false,
                             cached_context}};
    for (const auto& route : routes) {
        const std::string first = route.suffix[0] ? majors[0] + route.suffix : "/healthz";
        // The first gap report computes the whole-scope demand profile: not timed.
        if (route.suffix[0]) server::handle_http(router, route.context, "GET", first, {}, "");
        std::vector<double> samples;
        double bytes = 0;
        const std::size_t n = std::max(min_requests, route.every_major ? majors.size() : std::size_t{1});
        for (std::size_t i = 0; samples.size() < n; ++i) {
            const std::string target = route.every_major ? majors[i % majors.size()] + route.suffix : first;
            const auto start = clock::now();
            const auto response = server::handle_http(router, route.context, "GET", target, {}, "");
            samples.push_back(micros_since(start));
            if (response.status != 200) {
                fmt::print("{}: GET {} answered {}: {}\n", label, target, response.status, response.body.substr(0, 200));
                return;
            }
            bytes += static_cast<double>(response.body.size());
        }
        const auto s = summarise(samples);
        fmt::print("| {} | {} | {} | {:.1f} | {:.1f} | {:.0f} |\n", label, route.name, s.samples, s.p50_us, s.p99_us,
                   bytes / static_cast<double>(s.samples));
    }
}

}  // namespace woshou::bench
