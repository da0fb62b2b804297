// `woshou micro evaluate` and `woshou micro recommend`: the micro-major
// planner of a running server (docs/micro-majors.md).
#pragma once

#include "analysis_commands.hpp"

#include <string>
#include <vector>

namespace woshou::clients {

struct MicroFlags {
    std::string major;  // the base major (its latest plan) ...
    std::string plan;   // ... or a specific plan
    ScopeFlags scope;
    std::string elective_factor, taxonomy_decay, max_credits_per_term;  // empty: server default
    std::vector<std::string> courses;  // evaluate: the bundle
    double budget = 20;                // recommend
    int max_courses = 0;               // recommend; 0 = no limit
    std::string pool = "university";   // recommend: university or city ...
    std::vector<std::string> pool_courses;  // ... or these course ids
    bool json = false;                 // print the server's JSON as is
    std::string server;
};

// Both return the exit code: 0 ok, 1 server unreachable, 2 request refused (the server's message is printed).
int micro_evaluate(const MicroFlags& flags);
int micro_recommend(const MicroFlags& flags);

}  // namespace woshou::clients
