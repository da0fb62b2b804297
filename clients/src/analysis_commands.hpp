// `woshou gap` and `woshou demand analysis`: analysis reports from a running server.
#pragma once

#include "query_commands.hpp"

#include <string>

namespace woshou::clients {

struct ScopeFlags {
    std::string region, industry, employer, occupation, since, until;
};

struct ReportFlags {
    std::string format = "table";  // table, json, csv, xlsx, html
    std::string output;            // file to write; stdout when empty (not for xlsx)
};

struct GapFlags {
    ScopeFlags scope;
    std::string elective_factor, taxonomy_decay;  // empty: server default
    int limit = 20;
    std::string plan;  // a specific plan instead of the major's latest
};

// `woshou gap MAJOR_ID`; returns the exit code (0 ok, 1 failure, 2 rejected request).
int show_gap(const QueryOptions& options, const std::string& major_id, const GapFlags& flags, const ReportFlags& report);

// `woshou demand analysis`; returns the exit code.
int show_demand_analysis(const QueryOptions& options, const ScopeFlags& scope, int limit, const ReportFlags& report);

}  // namespace woshou::clients
