// The body of POST /api/v1/match, parsed and checked field by field
// (docs/matching.md). Failures are HttpError 415 unsupported_media_type or
// 400 invalid_body whose message names the field, e.g. skills[2].weight.
#pragma once

#include "woshou/graph/gap_analysis.hpp"
#include "woshou/server/http.hpp"

#include <string>
#include <vector>

namespace woshou::server {

enum class MatchSource { skills, occupation, demand };

// One entry of "skills": what the client typed and its weight.
struct RequestedSkill {
    std::string field;  // "skills[0]", for messages
    std::string text;   // a skill id or a label
    double weight = 1.0;
};

struct MatchRequest {
    MatchSource source = MatchSource::skills;
    std::vector<RequestedSkill> skills;  // source == skills
    std::string reference;               // the occupation or demand id otherwise
    std::string region;                  // empty: every region
    std::size_t limit = 20;
    graph::CoverageParams params;
};

inline constexpr std::size_t default_match_limit = 20;
inline constexpr std::size_t max_match_limit = 200;
inline constexpr std::size_t max_requested_skills = 500;

// Reads the JSON body of `request` (Content-Type application/json, parsed
// iteratively): exactly one of skills, occupation, demand, plus optional
// region, limit, elective_factor, taxonomy_decay; anything else is a 400.
MatchRequest parse_match_request(const Request& request);

}  // namespace woshou::server
