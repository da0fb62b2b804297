// POST /api/v1/micro-majors/evaluate and /recommend: the planner's two
// questions about a micro-major on a plan (docs/micro-majors.md).
#include "json_body.hpp"
#include "json_entities.hpp"
#include "micro_major_json.hpp"
#include "micro_plan_request.hpp"
#include "params.hpp"
#include "woshou/server/handlers.hpp"

#include <numeric>

namespace woshou::server {
namespace {

constexpr std::size_t kMaxBundleCourses = 60;
constexpr std::size_t kMaxPoolCourses = 50'000;
constexpr double kMaxCreditBudget = 200;

// The plan, scope and parameters an answer was computed for.
void write_request_echo(JsonWriter& w, const graph::Snapshot& snapshot, const PlanningRequest& r) {
    const auto& data = snapshot.data();
    const auto& plan = data.plans[r.plan];
    key(w, "plan");
    w.StartObject();
    write_plan_fields(w, plan);
    if (auto major = snapshot.find_major(plan.major_id)) {
        field(w, "major_name", data.majors[*major].name);
        field(w, "major_code", data.majors[*major].code);
        field(w, "university_id", data.majors[*major].university_id);
    }
    w.EndObject();
    key(w, "scope");
    w.StartObject();
    field(w, "region", r.scope.region);
    field(w, "industry", r.scope.industry);
    field(w, "employer", r.scope.employer);
    field(w, "occupation", r.scope.occupation);
    field(w, "since", r.scope.since);
    field(w, "until", r.scope.until);
    field(w, "demand_count", static_cast<std::uint64_t>(r.profile->demand_count));
    w.EndObject();
    field(w, "elective_factor", r.params.coverage.elective_factor);
    field(w, "taxonomy_decay", r.params.coverage.taxonomy_decay);
    field(w, "max_credits_per_term", r.params.max_credits_per_term);
}

// "university" (default), "city" or an explicit list of course ids.
std::vector<graph::Index> pool_of(const rapidjson::Value& body, const graph::Snapshot& snapshot, graph::Index plan,
                                  std::string& kind) {
    const auto* pool = member(body, "pool");
    if (pool && pool->IsArray()) {
        kind = "list";
        return course_list(*pool, "pool", snapshot, kMaxPoolCourses);
    }
    kind = pool ? text_field(*pool, "pool", 20) : "university";
    if (kind == "university") return graph::university_pool(snapshot, plan);
    if (kind == "city") {
        std::vector<graph::Index> all(snapshot.data().courses.size());
        std::iota(all.begin(), all.end(), graph::Index{0});
        return all;
    }
    throw_invalid_body("field 'pool' must be \"university\", \"city\" or an array of course ids, got '" + kind + "'");
}

}  // namespace

Response post_micro_major_evaluate(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto body = parse_json_object(request);
    check_members(body, "", planning_members({"courses"}));
    const auto& snapshot = *context.snapshot;
    const auto* courses_field = member(body, "courses");
    if (!courses_field) throw_invalid_body("field 'courses' is required: the course ids of the micro-major");
    const auto courses = course_list(*courses_field, "courses", snapshot, kMaxBundleCourses);
    const auto planning = read_planning_request(body, context);
    graph::BundleEvaluation evaluation;
    try {
        evaluation = graph::evaluate_bundle(snapshot, planning.plan, courses, *planning.profile, planning.params);
    } catch (const graph::MicroMajorError& e) {
        throw_planning_error(e);
    }
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    write_request_echo(w, snapshot, planning);
    write_bundle_evaluation_members(w, snapshot, evaluation, planning.limit);
    return finish(out, context);
}

Response post_micro_major_recommend(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto body = parse_json_object(request);
    check_members(body, "", planning_members({"credit_budget", "max_courses", "pool"}));
    const auto& snapshot = *context.snapshot;
    const auto planning = read_planning_request(body, context);
    graph::RecommendOptions options;
    if (const auto* v = member(body, "credit_budget"))
        options.credit_budget = number_field(*v, "credit_budget", 0, true, kMaxCreditBudget);
    if (const auto* v = member(body, "max_courses"))
        options.max_courses = static_cast<std::size_t>(integer_field(*v, "max_courses", 1, kMaxBundleCourses));
    std::string pool_kind;
    options.pool = pool_of(body, snapshot, planning.plan, pool_kind);
    graph::Recommendation recommendation;
    try {
        recommendation = graph::recommend_bundle(snapshot, planning.plan, *planning.profile, planning.params, options);
    } catch (const graph::MicroMajorError& e) {
        throw_planning_error(e);
    }
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    write_request_echo(w, snapshot, planning);
    field(w, "credit_budget", options.credit_budget);
    key(w, "max_courses");
    if (options.max_courses) w.Uint64(options.max_courses);
    else w.Null();
    field(w, "pool", pool_kind);
    write_recommendation_members(w, snapshot, recommendation, planning.limit);
    return finish(out, context);
}

}  // namespace woshou::server
