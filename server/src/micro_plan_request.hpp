// Reading the bodies of POST /api/v1/micro-majors/evaluate and /recommend
// (docs/micro-majors.md): the base plan, the scope and the parameters.
// Failures are 400 invalid_body naming the field.
#pragma once

#include "woshou/graph/micro_major.hpp"
#include "woshou/server/http.hpp"

#include <rapidjson/document.h>

#include <memory>
#include <string>
#include <vector>

namespace woshou::server {

struct PlanningRequest {
    graph::Index plan = 0;
    graph::DemandScope scope;
    graph::BundleParams params;
    std::size_t limit = 20;  // gap changes listed
    std::shared_ptr<const graph::DemandProfile> profile;  // of `scope`; never empty
};

// "plan" or "major" (its latest plan; exactly one), "scope", "elective_factor",
// "taxonomy_decay", "max_credits_per_term", "limit". 422 empty_scope when the
// scope holds no demand.
PlanningRequest read_planning_request(const rapidjson::Value& body, const Context& context);

// The member names read_planning_request reads, plus `extra`, for check_members.
std::vector<std::string_view> planning_members(std::initializer_list<std::string_view> extra);

// An array of 1..max_count course ids at `name`, each known to the snapshot.
std::vector<graph::Index> course_list(const rapidjson::Value& list, const std::string& name,
                                      const graph::Snapshot& snapshot, std::size_t max_count);

// Maps an engine refusal to its HTTP answer: a prerequisite cycle or an empty
// bundle is 400; an empty pool, a budget too small and nothing to gain are 422.
[[noreturn]] void throw_planning_error(const graph::MicroMajorError& error);

}  // namespace woshou::server
