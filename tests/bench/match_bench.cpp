#include "match_bench.hpp"

#include "latency.hpp"
#include "woshou/graph/match_cache.hpp"
#include "woshou/graph/matching.hpp"
#include "woshou/graph/skill_resolver.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/router.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace woshou::bench {
namespace {

constexpr std::size_t skills_per_query = 10;

// Queries of 10 distinct skills each, taken from the demands in order (a
// demand without skills contributes its occupation's profile), so they look
// like what employers ask for. Weights are the importances.
std::vector<std::vector<graph::WeightedSkill>> demand_queries(const graph::Snapshot& s, std::size_t wanted) {
    std::vector<std::vector<graph::WeightedSkill>> queries;
    std::vector<graph::WeightedSkill> current;
    for (graph::Index d = 0; d < s.data().demands.size() && queries.size() < wanted; ++d) {
        auto skills = s.skills_of_demand(d);
        if (skills.empty() && s.occupation_of_demand(d) != graph::Snapshot::npos)
            skills = s.skills_of_occupation(s.occupation_of_demand(d));
        for (const auto& sw : skills) {
            if (std::any_of(current.begin(), current.end(), [&](const auto& q) { return q.skill == sw.skill; })) continue;
            current.push_back({sw.skill, sw.weight});
            if (current.size() == skills_per_query) {
                queries.push_back(std::move(current));
                current.clear();
                break;  // the next query starts at the next demand
            }
        }
    }
    return queries;
}

std::string body_of(const graph::Snapshot& s, const std::vector<graph::WeightedSkill>& query) {
    std::string body = R"({"skills":[)";
    for (std::size_t i = 0; i < query.size(); ++i) {
        // ESCO URIs and bundle ids need no JSON escaping.
        body += fmt::format(R"({}{{"skill":"{}","weight":{}}})", i ? "," : "", s.data().skills[query[i].skill].id,
                            query[i].weight);
    }
    return body + "]}";
}

}  // namespace

void run_label_bench(const std::string& label, const graph::Snapshot& snapshot) {
    using clock = std::chrono::steady_clock;
    // A label found exactly, one found only as a substring, and misspellings that need the edit distance.
    for (const char* text : {"use databases", "databa", "use databses", "pyton", "数据库查旬"}) {
        std::vector<double> samples;
        std::size_t candidates = 0;
        for (int i = 0; i < 20; ++i) {
            const auto start = clock::now();
            const auto resolution = graph::resolve_skill(snapshot, text);
            samples.push_back(micros_since(start));
            candidates = resolution.skill ? 0 : resolution.candidates.size();
        }
        const auto s = summarise(samples);
        fmt::print("| {} | {} | {} | {:.1f} |\n", label, text, candidates, s.p50_us);
    }
}

void print_match_header() {
    fmt::print("| data | majors | postings | queries | engine p50 | engine p99 | POST p50 | POST p99 | cold build p50 | cold build p99 | mean results |\n");
    fmt::print("|---|---|---|---|---|---|---|---|---|---|---|\n");
}

void run_match_bench(const std::string& label, std::shared_ptr<const graph::Snapshot> snapshot, std::size_t min_queries) {
    using clock = std::chrono::steady_clock;
    const auto& s = *snapshot;
    const auto queries = demand_queries(s, 1000);
    if (queries.empty()) {
        fmt::print("{}: no demand with enough skills\n", label);
        return;
    }

    // Cold: building the index of every major's coverage (one per snapshot and parameters).
    std::vector<double> cold;
    std::size_t postings = 0;
    for (int i = 0; i < 5; ++i) {
        const auto start = clock::now();
        const graph::MatchIndex index(s, {});
        cold.push_back(micros_since(start));
        postings = index.posting_count();
    }

    // Warm engine: rank every major and explain the top 20, index cached.
    graph::MatchIndexCache cache;
    std::vector<double> engine;
    double results = 0;
    for (std::size_t i = 0; engine.size() < std::max(min_queries, queries.size()); ++i) {
        const auto start = clock::now();
        const auto index = cache.get(s, {});
        graph::MatchQuery query;
        query.skills = queries[i % queries.size()];
        const auto answer = graph::match_majors(s, *index, query);
        engine.push_back(micros_since(start));
        results += static_cast<double>(answer.results.size());
    }

    // Warm POST /api/v1/match: JSON parsing, skill resolution, the match and the JSON answer.
    server::AnalysisCache analysis;
    const server::Context context{snapshot, "sqlite", &analysis};
    const auto router = server::make_api_router();
    std::vector<std::string> bodies;
    for (const auto& q : queries) bodies.push_back(body_of(s, q));
    std::vector<double> post;
    for (std::size_t i = 0; post.size() < std::max(min_queries, queries.size()); ++i) {
        const auto start = clock::now();
        const auto response = server::handle_http(router, context, "POST", "/api/v1/match",
                                                  {{"Content-Type", "application/json"}}, bodies[i % bodies.size()]);
        post.push_back(micros_since(start));
        if (response.status != 200) {
            fmt::print("{}: POST /api/v1/match answered {}: {}\n", label, response.status, response.body.substr(0, 300));
            return;
        }
    }

    const auto e = summarise(engine);
    const auto p = summarise(post);
    const auto c = summarise(cold);
    fmt::print("| {} | {} | {} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.0f} | {:.0f} | {:.1f} |\n", label,
               s.data().majors.size(), postings, e.samples, e.p50_us, e.p99_us, p.p50_us, p.p99_us, c.p50_us, c.p99_us,
               results / e.samples);
}

}  // namespace woshou::bench
