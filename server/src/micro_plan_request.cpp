#include "micro_plan_request.hpp"

#include "analysis_params.hpp"
#include "json_body.hpp"
#include "micro_major_json.hpp"

#include <set>

namespace woshou::server {
namespace {

constexpr double kMaxCreditsPerTerm = 60;

graph::Index base_plan(const rapidjson::Value& body, const graph::Snapshot& snapshot) {
    const auto* plan = member(body, "plan");
    const auto* major = member(body, "major");
    if (plan && major) throw_invalid_body("give either 'plan' or 'major', not both");
    if (plan) {
        const std::string id = text_field(*plan, "plan", 200);
        if (auto found = snapshot.find_plan(id)) return *found;
        throw_invalid_body("field 'plan': unknown training plan '" + id + "'");
    }
    if (major) {
        const std::string id = text_field(*major, "major", 200);
        auto found = snapshot.find_major(id);
        if (!found) throw_invalid_body("field 'major': unknown major '" + id + "'");
        if (auto latest = snapshot.latest_plan(*found)) return *latest;
        throw_invalid_body("field 'major': major '" + id + "' has no training plan");
    }
    throw_invalid_body("field 'plan' or 'major' is required: the plan the micro-major adds to");
}

graph::DemandScope scope_of(const rapidjson::Value& body, const graph::Snapshot& snapshot) {
    graph::DemandScope scope;
    const auto* object = member(body, "scope");
    if (!object) return scope;
    if (!object->IsObject()) throw_invalid_body("field 'scope' must be an object, got " + describe_json(*object));
    check_members(*object, "scope", {"region", "industry", "employer", "occupation", "since", "until"});
    auto text = [&](const char* name, std::string& out) {
        if (const auto* v = member(*object, name)) out = text_field(*v, std::string("scope.") + name, 200);
    };
    text("region", scope.region);
    text("industry", scope.industry);
    text("employer", scope.employer);
    text("occupation", scope.occupation);
    text("since", scope.since);
    text("until", scope.until);
    check_scope(scope, snapshot, [](std::string_view name, const std::string& why) {
        throw_invalid_body("field 'scope." + std::string(name) + "' " + why);
    });
    return scope;
}

}  // namespace

std::vector<std::string_view> planning_members(std::initializer_list<std::string_view> extra) {
    std::vector<std::string_view> names{"plan",           "major", "scope", "elective_factor", "taxonomy_decay",
                                        "max_credits_per_term", "limit"};
    names.insert(names.end(), extra.begin(), extra.end());
    return names;
}

PlanningRequest read_planning_request(const rapidjson::Value& body, const Context& context) {
    const auto& snapshot = *context.snapshot;
    PlanningRequest request;
    request.plan = base_plan(body, snapshot);
    request.scope = scope_of(body, snapshot);
    if (const auto* v = member(body, "elective_factor"))
        request.params.coverage.elective_factor = number_field(*v, "elective_factor", 0, false, 1);
    if (const auto* v = member(body, "taxonomy_decay"))
        request.params.coverage.taxonomy_decay = number_field(*v, "taxonomy_decay", 0, false, 1);
    if (const auto* v = member(body, "max_credits_per_term"))
        request.params.max_credits_per_term = number_field(*v, "max_credits_per_term", 0, true, kMaxCreditsPerTerm);
    if (const auto* v = member(body, "limit"))
        request.limit = static_cast<std::size_t>(integer_field(*v, "limit", 0, max_change_limit));
    request.profile = demand_profile(context, request.scope);
    require_demand(*request.profile);
    return request;
}

std::vector<graph::Index> course_list(const rapidjson::Value& list, const std::string& name,
                                      const graph::Snapshot& snapshot, std::size_t max_count) {
    if (!list.IsArray()) throw_invalid_body("field '" + name + "' must be an array of course ids, got " + describe_json(list));
    if (list.Empty()) throw_invalid_body("field '" + name + "' must name at least one course");
    if (list.Size() > max_count)
        throw_invalid_body("field '" + name + "' names " + std::to_string(list.Size()) + " courses; at most " +
                           std::to_string(max_count) + " are accepted");
    std::vector<graph::Index> courses;
    std::set<graph::Index> seen;
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const std::string path = name + "[" + std::to_string(i) + "]";
        const std::string id = text_field(list[i], path, 200);
        auto course = snapshot.find_course(id);
        if (!course) throw_invalid_body("field '" + path + "': unknown course '" + id + "'");
        if (seen.insert(*course).second) courses.push_back(*course);
    }
    return courses;
}

void throw_planning_error(const graph::MicroMajorError& error) {
    using Kind = graph::MicroMajorError::Kind;
    switch (error.kind()) {
        case Kind::prerequisite_cycle: throw HttpError(400, "prerequisite_cycle", error.what());
        case Kind::empty_bundle: throw HttpError(400, "invalid_body", error.what());
        case Kind::empty_pool: throw HttpError(422, "empty_pool", error.what());
        case Kind::over_budget: throw HttpError(422, "over_budget", error.what());
        case Kind::no_gain: throw HttpError(422, "no_gain", error.what());
    }
    throw HttpError(422, "unprocessable", error.what());
}

}  // namespace woshou::server
