// Parameters shared by the analysis routes: the demand scope, the coverage
// parameters and the output format. Failures are 400s naming the parameter.
#pragma once

#include "woshou/graph/gap_analysis.hpp"
#include "woshou/server/http.hpp"

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace woshou::server {

enum class ReportFormat { json, csv, xlsx, html };

// `limit` of the gap-listing routes (gaps per report, gap changes per comparison).
inline constexpr std::size_t default_gap_limit = 20;
inline constexpr std::size_t max_gap_limit = 1000;

// region, industry, employer, occupation, since, until. Dates must be real
// YYYY-MM-DD days with since <= until; employer and occupation must exist.
graph::DemandScope scope_parameters(const Request& request, const graph::Snapshot& snapshot);

// The checks of scope_parameters on a scope read from anywhere (a JSON body):
// calls `fail(field, why)`, which must throw, for the first problem.
void check_scope(const graph::DemandScope& scope, const graph::Snapshot& snapshot,
                 const std::function<void(std::string_view, const std::string&)>& fail);

// elective_factor and taxonomy_decay, each in [0, 1] (defaults 0.5).
graph::CoverageParams coverage_parameters(const Request& request);

// feedback_weight: a number in [0, 100], default 0 (feedback does not count as demand).
double feedback_weight_parameter(const Request& request);

// `format` (json, csv, xlsx, html) wins; else Accept: text/csv means csv; else json.
ReportFormat format_parameter(const Request& request);

// The demand profile of `scope`, from the server's cache when there is one.
std::shared_ptr<const graph::DemandProfile> demand_profile(const Context& context, const graph::DemandScope& scope);

// HttpError 422 "empty_scope" when the scope holds no demand.
void require_demand(const graph::DemandProfile& profile);

// The names scope_parameters and coverage_parameters read, plus `format` and `extra`,
// for check_parameters.
std::vector<std::string_view> analysis_parameter_names(std::initializer_list<std::string_view> extra);

}  // namespace woshou::server
