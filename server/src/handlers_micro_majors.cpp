// Micro-major proposals over HTTP (docs/micro-majors.md, "Proposals"): create,
// edit, list, read, and the review workflow. The storage decides who may do
// what (sql/micro_major_store.hpp); these routes add who may see what.
#include "auth.hpp"
#include "json_body.hpp"
#include "analysis_params.hpp"
#include "json_out.hpp"
#include "micro_major_json.hpp"
#include "micro_major_view.hpp"
#include "params.hpp"
#include "skill_field.hpp"
#include "woshou/server/handlers.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/micro_major_store.hpp"

#include <algorithm>
#include <array>

namespace woshou::server {
namespace {

constexpr std::array<std::string_view, 5> kStatuses{"draft", "submitted", "approved", "rejected", "published"};

// The caller when a token was sent; anonymous otherwise (published data is public).
std::optional<sql::Principal> optional_principal(const Request& request, const Context& context) {
    if (!request.header("Authorization")) return std::nullopt;
    return require_principal(request, context);
}

// Published micro-majors are public; the others are for planners, admins,
// their university and their creator.
bool may_see(const sql::MicroMajor& m, const std::optional<sql::Principal>& principal) {
    if (m.status == "published") return true;
    if (!principal) return false;
    const auto& org = principal->organisation;
    return org.role == sql::kRolePlanner || org.role == sql::kRoleAdmin || org.id == m.created_by ||
           (org.role == sql::kRoleUniversity && org.university_id == m.university_id);
}

// The micro-major `id` as the caller may see it: 404 both when it does not
// exist and when it is someone else's unpublished proposal, so drafts stay private.
sql::MicroMajor visible_micro_major(sql::Database& db, const std::string& id,
                                    const std::optional<sql::Principal>& principal) {
    auto m = sql::micro_major_by_id(db, id);
    if (!m || !may_see(*m, principal)) throw_not_found("micro-major", id);
    return std::move(*m);
}

std::vector<std::string> id_list(const rapidjson::Value& body, const char* name, bool required) {
    std::vector<std::string> ids;
    const auto* list = member(body, name);
    if (!list) {
        if (required) throw_invalid_body(std::string("field '") + name + "' is required (an array of ids)");
        return ids;
    }
    if (!list->IsArray()) throw_invalid_body(std::string("field '") + name + "' must be an array, got " + describe_json(*list));
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i)
        ids.push_back(text_field((*list)[i], std::string(name) + "[" + std::to_string(i) + "]", 2000));
    return ids;
}

// The body of POST and PUT: the whole proposal. Skills by id or label; the
// rest by id. The storage checks that every reference exists.
sql::MicroMajorContent parse_content(const Request& request, const graph::Snapshot& snapshot) {
    const auto body = parse_json_object(request);
    check_members(body, "", {"name", "description", "base_majors", "courses", "target_skills", "sponsors"});
    sql::MicroMajorContent content;
    const auto* name = member(body, "name");
    if (!name) throw_invalid_body("field 'name' is required");
    content.name = text_field(*name, "name", 4 * sql::kMicroMajorNameLimit);
    if (const auto* description = member(body, "description")) {
        if (!description->IsString())
            throw_invalid_body("field 'description' must be a string, got " + describe_json(*description));
        content.description.assign(description->GetString(), description->GetStringLength());
    }
    content.base_majors = id_list(body, "base_majors", true);
    content.courses = id_list(body, "courses", true);
    content.target_skills = id_list(body, "target_skills", false);
    for (std::size_t i = 0; i < content.target_skills.size(); ++i) {
        const std::string path = "target_skills[" + std::to_string(i) + "]";
        content.target_skills[i] = resolve_skill_field(snapshot, content.target_skills[i], path);
    }
    content.sponsors = id_list(body, "sponsors", false);
    return content;
}

// The optional reviewer's comment of a workflow action: no body, or {"comment": "..."}.
std::string parse_comment(const Request& request) {
    if (request.body.empty()) return {};
    const auto body = parse_json_object(request);
    check_members(body, "", {"comment"});
    const auto* comment = member(body, "comment");
    if (!comment) return {};
    if (!comment->IsString()) throw_invalid_body("field 'comment' must be a string, got " + describe_json(*comment));
    return std::string(comment->GetString(), comment->GetStringLength());
}

Response micro_major_response(const Context& context, const sql::MicroMajor& m, int status, std::string action) {
    JsonOut out;
    out.writer().StartObject();
    key(out.writer(), "micro_major");
    write_micro_major(out.writer(), *context.snapshot, m);
    Response response = finish(out, context, status);
    response.audit_action = std::move(action);
    response.audit_target_kind = "micro_major";
    response.audit_target_id = m.id;
    return response;
}

Response apply_action(const Request& request, const Context& context, sql::MicroMajorAction action) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    const std::string& id = request.path_param("id");
    auto& db = write_services(context).database();
    visible_micro_major(db, id, principal);
    const std::string comment = parse_comment(request);
    sql::transition_micro_major(db, id, action, principal.organisation.id, comment);
    return micro_major_response(context, *sql::micro_major_by_id(db, id), 200,
                                std::string("micro_major.") + sql::to_string(action));
}

// "evaluations": the proposal on each base major's latest plan against the
// whole city's demand now, with default parameters (docs/micro-majors.md);
// "evaluation": null and a "reason" where that cannot be computed.
void write_evaluations(JsonWriter& w, const Context& context, const sql::MicroMajor& m) {
    const auto& snapshot = *context.snapshot;
    std::vector<graph::Index> courses;
    std::vector<std::string> unknown;
    for (const auto& id : m.courses) {
        if (auto c = snapshot.find_course(id)) courses.push_back(*c);
        else unknown.push_back(id);
    }
    const auto profile = demand_profile(context, graph::DemandScope{});
    key(w, "evaluations");
    w.StartArray();
    for (const auto& major_id : m.base_majors) {
        w.StartObject();
        field(w, "major_id", major_id);
        const auto major = snapshot.find_major(major_id);
        std::optional<graph::Index> plan;
        if (major) plan = snapshot.latest_plan(*major);
        key(w, "plan_id");
        if (plan) string(w, snapshot.data().plans[*plan].id);
        else w.Null();
        key(w, "unknown_courses");
        w.StartArray();
        for (const auto& id : unknown) string(w, id);
        w.EndArray();
        std::string reason;
        if (!plan) reason = major ? "the major has no training plan" : "the major is not in the current data";
        else if (profile->empty()) reason = "there is no demand in the current data";
        else if (courses.empty()) reason = "none of its courses is in the current data";
        if (reason.empty()) {
            try {
                const auto evaluation = graph::evaluate_bundle(snapshot, plan.value_or(0), courses, *profile, {});
                key(w, "evaluation");
                write_bundle_evaluation(w, snapshot, evaluation);
            } catch (const graph::MicroMajorError& e) {
                reason = e.what();
            }
        }
        if (!reason.empty()) {
            key(w, "evaluation");
            w.Null();
            field(w, "reason", reason);
        }
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

Response post_micro_major(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRolePlanner, sql::kRoleUniversity}, "propose micro-majors");
    const auto content = parse_content(request, *context.snapshot);
    auto& db = write_services(context).database();
    const std::string id = sql::create_micro_major(db, content, principal.organisation.id);
    Response response = micro_major_response(context, *sql::micro_major_by_id(db, id), 201, "micro_major.create");
    response.headers.emplace_back("Location", "/api/v1/micro-majors/" + id);
    return response;
}

Response put_micro_major(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    const std::string& id = request.path_param("id");
    auto& db = write_services(context).database();
    visible_micro_major(db, id, principal);
    const auto content = parse_content(request, *context.snapshot);
    sql::update_micro_major(db, id, content, principal.organisation.id);
    return micro_major_response(context, *sql::micro_major_by_id(db, id), 200, "micro_major.edit");
}

Response list_micro_majors(const Request& request, const Context& context) {
    check_parameters(request, {"status", "university", "major", "limit", "offset"});
    const auto principal = optional_principal(request, context);
    sql::MicroMajorQuery query;
    query.status = text_parameter(request, "status").value_or("");
    if (!query.status.empty() && std::find(kStatuses.begin(), kStatuses.end(), query.status) == kStatuses.end())
        throw_invalid_parameter("status", "must be draft, submitted, approved, rejected or published, got '" +
                                              query.status + "'");
    query.university_id = text_parameter(request, "university").value_or("");
    query.major_id = text_parameter(request, "major").value_or("");
    const auto paging = paging_parameters(request);
    query.limit = paging.limit;
    query.offset = paging.offset;
    // Employers and anonymous callers see what is published; a university its
    // own proposals as well; planners and admins everything.
    const std::string role = principal ? principal->organisation.role : std::string();
    if (!principal || role == sql::kRoleEmployer) {
        if (!query.status.empty() && query.status != "published")
            throw HttpError(403, "forbidden", std::string(principal ? "employer organisations" : "callers without a token") +
                                                  " see only published micro-majors, not status '" + query.status + "'");
        query.status = "published";
    } else if (role == sql::kRoleUniversity) {
        query.viewer_university = principal->organisation.university_id;
    }
    auto& db = write_services(context).database();
    const auto rows = sql::micro_majors(db, query);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    page_fields(w, sql::micro_major_count(db, query), query.limit, query.offset, "micro_majors");
    w.StartArray();
    for (const auto& m : rows) write_micro_major(w, *context.snapshot, m);
    w.EndArray();
    return finish(out, context);
}

Response get_micro_major(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = optional_principal(request, context);
    const std::string& id = request.path_param("id");
    const auto m = visible_micro_major(write_services(context).database(), id, principal);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "micro_major");
    write_micro_major(w, *context.snapshot, m);
    write_evaluations(w, context, m);
    return finish(out, context);
}

Response submit_micro_major(const Request& request, const Context& context) {
    return apply_action(request, context, sql::MicroMajorAction::submit);
}
Response withdraw_micro_major(const Request& request, const Context& context) {
    return apply_action(request, context, sql::MicroMajorAction::withdraw);
}
Response approve_micro_major(const Request& request, const Context& context) {
    return apply_action(request, context, sql::MicroMajorAction::approve);
}
Response reject_micro_major(const Request& request, const Context& context) {
    return apply_action(request, context, sql::MicroMajorAction::reject);
}
Response publish_micro_major(const Request& request, const Context& context) {
    return apply_action(request, context, sql::MicroMajorAction::publish);
}

}  // namespace woshou::server
