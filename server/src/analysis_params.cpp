#include "analysis_params.hpp"

#include "params.hpp"
#include "woshou/graph/demand_trends.hpp"
#include "woshou/server/analysis_cache.hpp"

#include <charconv>

namespace woshou::server {
namespace {

[[noreturn]] void invalid(std::string_view name, const std::string& why) { throw_invalid_parameter(name, why); }

std::string date_parameter(const Request& request, std::string_view name) {
    auto value = text_parameter(request, name);
    if (!value) return {};
    if (!graph::parse_date(*value)) invalid(name, "must be a date YYYY-MM-DD, got '" + *value + "'");
    return *value;
}

double bounded_parameter(const Request& request, std::string_view name, double fallback, double max) {
    auto value = text_parameter(request, name);
    if (!value) return fallback;
    const std::string range = max == 1.0 ? "[0, 1]" : "[0, " + std::to_string(static_cast<int>(max)) + "]";
    double parsed = 0;
    const char* end = value->data() + value->size();
    auto [ptr, ec] = std::from_chars(value->data(), end, parsed);
    if (ec != std::errc{} || ptr != end) invalid(name, "must be a number in " + range + ", got '" + *value + "'");
    if (!(parsed >= 0.0 && parsed <= max)) invalid(name, "must be in " + range + ", got " + *value);
    return parsed;
}

double unit_parameter(const Request& request, std::string_view name, double fallback) {
    return bounded_parameter(request, name, fallback, 1.0);
}

}  // namespace

std::vector<std::string_view> analysis_parameter_names(std::initializer_list<std::string_view> extra) {
    std::vector<std::string_view> names{"region", "industry", "employer", "occupation", "since",
                                        "until", "elective_factor", "taxonomy_decay", "format"};
    names.insert(names.end(), extra.begin(), extra.end());
    return names;
}

graph::DemandScope scope_parameters(const Request& request, const graph::Snapshot& snapshot) {
    graph::DemandScope scope;
    scope.region = text_parameter(request, "region").value_or("");
    scope.industry = text_parameter(request, "industry").value_or("");
    scope.employer = text_parameter(request, "employer").value_or("");
    scope.occupation = text_parameter(request, "occupation").value_or("");
    scope.since = date_parameter(request, "since");
    scope.until = date_parameter(request, "until");
    check_scope(scope, snapshot, [](std::string_view name, const std::string& why) { invalid(name, why); });
    return scope;
}

void check_scope(const graph::DemandScope& scope, const graph::Snapshot& snapshot,
                 const std::function<void(std::string_view, const std::string&)>& fail) {
    for (const auto* date : {&scope.since, &scope.until})
        if (!date->empty() && !graph::parse_date(*date))
            fail(date == &scope.since ? "since" : "until", "must be a date YYYY-MM-DD, got '" + *date + "'");
    if (!scope.since.empty() && !scope.until.empty() && scope.since > scope.until)
        fail("since", "(" + scope.since + ") is after 'until' (" + scope.until + ")");
    if (!scope.employer.empty() && !snapshot.find_employer(scope.employer))
        fail("employer", "names an unknown employer '" + scope.employer + "'");
    if (!scope.occupation.empty() && !snapshot.find_occupation(scope.occupation))
        fail("occupation", "names an unknown occupation '" + scope.occupation + "'");
}

graph::CoverageParams coverage_parameters(const Request& request) {
    graph::CoverageParams params;
    params.elective_factor = unit_parameter(request, "elective_factor", params.elective_factor);
    params.taxonomy_decay = unit_parameter(request, "taxonomy_decay", params.taxonomy_decay);
    return params;
}

double feedback_weight_parameter(const Request& request) {
    return bounded_parameter(request, "feedback_weight", 0.0, 100.0);
}

ReportFormat format_parameter(const Request& request) {
    if (auto format = text_parameter(request, "format")) {
        if (*format == "json") return ReportFormat::json;
        if (*format == "csv") return ReportFormat::csv;
        if (*format == "xlsx") return ReportFormat::xlsx;
        if (*format == "html") return ReportFormat::html;
        invalid("format", "must be json, csv, xlsx or html, got '" + *format + "'");
    }
    if (const std::string* accept = request.header("Accept"); accept && accept->find("text/csv") != std::string::npos)
        return ReportFormat::csv;
    return ReportFormat::json;
}

std::shared_ptr<const graph::DemandProfile> demand_profile(const Context& context, const graph::DemandScope& scope) {
    if (context.analysis) return context.analysis->demand.get(*context.snapshot, scope);
    return std::make_shared<const graph::DemandProfile>(graph::compute_demand_profile(*context.snapshot, scope));
}

void require_demand(const graph::DemandProfile& profile) {
    if (profile.empty())
        throw HttpError(422, "empty_scope",
                        "the scope holds no demand (no posting with skills matches the region, industry, employer, "
                        "occupation and date filters); widen the filters");
}

}  // namespace woshou::server
