// GET /api/v1/majors/{id}/gap and /api/v1/plans/{id}/gap (docs/gap-analysis.md).
#include "analysis_params.hpp"
#include "gap_report_view.hpp"
#include "params.hpp"
#include "report_output.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/handlers.hpp"

namespace woshou::server {
namespace {

Response render_gap_report(const Request& request, const Context& context, graph::Index plan) {
    const auto& snapshot = *context.snapshot;
    const auto scope = scope_parameters(request, snapshot);
    const auto params = coverage_parameters(request);
    const auto format = format_parameter(request);
    const std::size_t limit = integer_parameter(request, "limit", default_gap_limit, 1, max_gap_limit);
    const double feedback_weight = feedback_weight_parameter(request);
    auto profile = demand_profile(context, scope);
    // Feedback on this major counts as demand when asked for (docs/gap-analysis.md).
    if (feedback_weight > 0) {
        if (auto major = snapshot.find_major(snapshot.data().plans[plan].major_id))
            profile = std::make_shared<const graph::DemandProfile>(
                graph::with_feedback(snapshot, *profile, *major, feedback_weight));
    }
    require_demand(*profile);

    const auto courses = graph::counted_courses_of_plan(snapshot, plan, params);
    const auto report = graph::analyse_gaps(snapshot, courses, *profile, params, limit);
    const GapReportInput in{&snapshot, plan, scope, params, limit, profile.get(), &report, feedback_weight};
    return report_response(request, context, format, "gap-" + snapshot.data().plans[plan].id,
                           {[&](JsonWriter& w) { write_gap_report(w, in); }, [&] { return gap_report_tables(in); }});
}

// A gap report's bytes depend on the snapshot and the request alone, so equal
// requests on one snapshot share them (ResponseCache).
Response gap_report_for_plan(const Request& request, const Context& context, graph::Index plan) {
    std::string key;
    if (context.analysis) {
        key = ResponseCache::key_of(request, context.snapshot->version());
        if (auto cached = context.analysis->responses.find(key)) return *cached;
    }
    Response response = render_gap_report(request, context, plan);
    if (context.analysis && response.status == 200) context.analysis->responses.insert(key, response);
    return response;
}

}  // namespace

Response get_major_gap(const Request& request, const Context& context) {
    check_parameters(request, analysis_parameter_names({"limit", "section", "feedback_weight"}));
    const std::string& id = request.path_param("id");
    auto major = context.snapshot->find_major(id);
    if (!major) throw_not_found("major", id);
    auto plan = context.snapshot->latest_plan(*major);
    if (!plan) throw HttpError(404, "not_found", "major '" + id + "' has no training plan");
    return gap_report_for_plan(request, context, *plan);
}

Response get_plan_gap(const Request& request, const Context& context) {
    check_parameters(request, analysis_parameter_names({"limit", "section", "feedback_weight"}));
    const std::string& id = request.path_param("id");
    auto plan = context.snapshot->find_plan(id);
    if (!plan) throw_not_found("plan", id);
    return gap_report_for_plan(request, context, *plan);
}

}  // namespace woshou::server
