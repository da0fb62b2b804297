// POST /api/v1/demands, GET /api/v1/demands, DELETE /api/v1/demands/{id}.
#include "auth.hpp"
#include "json_body.hpp"
#include "json_out.hpp"
#include "params.hpp"
#include "skill_field.hpp"
#include "woshou/server/handlers.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/demand_writes.hpp"

namespace woshou::server {
namespace {

void write_demand(JsonWriter& w, const sql::DemandRow& row) {
    const auto& d = row.demand;
    w.StartObject();
    field(w, "id", d.id);
    field(w, "employer_id", d.employer_id);
    field(w, "title", d.title);
    key(w, "occupation_id");
    if (d.occupation_id.empty()) w.Null();
    else string(w, d.occupation_id);
    field(w, "headcount", d.headcount);
    field(w, "region", d.region);
    field(w, "posted_on", d.posted_on);
    key(w, "skills");
    w.StartArray();
    for (const auto& s : row.skills) {
        w.StartObject();
        field(w, "skill_id", s.skill_id);
        field(w, "importance", s.importance);
        w.EndObject();
    }
    w.EndArray();
    key(w, "posted_by");
    if (row.posted_by_organisation.empty()) w.Null();
    else string(w, row.posted_by_organisation);
    key(w, "deleted_at");
    if (row.deleted_at) string(w, *row.deleted_at);
    else w.Null();
    w.EndObject();
}

sql::NewDemand parse_new_demand(const Request& request, const graph::Snapshot& snapshot) {
    const auto body = parse_json_object(request);
    check_members(body, "", {"title", "occupation", "headcount", "region", "posted_on", "skills"});
    sql::NewDemand demand;
    if (auto* v = member(body, "title")) demand.title = text_field(*v, "title", 200);
    if (auto* v = member(body, "occupation")) demand.occupation_id = text_field(*v, "occupation", 2000);
    if (auto* v = member(body, "region")) demand.region = text_field(*v, "region", 200);
    if (auto* v = member(body, "posted_on")) demand.posted_on = text_field(*v, "posted_on", 10);
    const auto* headcount = member(body, "headcount");
    if (!headcount) throw_invalid_body("field 'headcount' is required");
    demand.headcount = static_cast<int>(integer_field(*headcount, "headcount", 1, 100000));
    const auto* skills = member(body, "skills");
    if (!skills) throw_invalid_body("field 'skills' is required (at least one skill by id or label)");
    {
        if (!skills->IsArray()) throw_invalid_body("field 'skills' must be an array, got " + describe_json(*skills));
        for (rapidjson::SizeType i = 0; i < skills->Size(); ++i) {
            const std::string path = "skills[" + std::to_string(i) + "]";
            const auto& item = (*skills)[i];
            if (!item.IsObject()) throw_invalid_body("field '" + path + "' must be an object, got " + describe_json(item));
            check_members(item, path, {"skill", "importance"});
            const auto* skill = member(item, "skill");
            if (!skill) throw_invalid_body("field '" + path + ".skill' is required");
            sql::NewDemandSkill s;
            s.skill_id = resolve_skill_field(snapshot, text_field(*skill, path + ".skill", 2000), path + ".skill");
            if (auto* importance = member(item, "importance"))
                s.importance = number_field(*importance, path + ".importance", 0, true, 1);
            demand.skills.push_back(std::move(s));
        }
    }
    return demand;
}

}  // namespace

Response post_demand(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRoleEmployer}, "post demand");
    auto demand = parse_new_demand(request, *context.snapshot);
    demand.employer_id = principal.organisation.employer_id;
    demand.posted_by_organisation = principal.organisation.id;
    auto& db = write_services(context).database();
    const std::string id = sql::post_demand(db, demand);
    JsonOut out;
    out.writer().StartObject();
    key(out.writer(), "demand");
    write_demand(out.writer(), *sql::demand_by_id(db, id));
    Response response = finish(out, context, 201);
    response.headers.emplace_back("Location", "/api/v1/demands/" + id);
    response.audit_action = "demand.create";
    response.audit_target_kind = "demand";
    response.audit_target_id = id;
    return response;
}

Response list_demands(const Request& request, const Context& context) {
    check_parameters(request, {"employer", "include_deleted"});
    auto employer = text_parameter(request, "employer");
    std::optional<sql::Principal> principal;
    if (request.header("Authorization")) principal = require_principal(request, context);
    if (!employer && principal && principal->organisation.role == sql::kRoleEmployer)
        employer = principal->organisation.employer_id;  // an employer's own demands by default
    if (!employer) throw_invalid_parameter("employer", "is required (an employer id)");
    if (!context.snapshot->find_employer(*employer)) throw_not_found("employer", *employer);
    const bool include_deleted = text_parameter(request, "include_deleted").value_or("0") == "1";
    // Deleted demand is bookkeeping: only its owner, planners and admins see it.
    if (include_deleted) {
        if (!principal) principal = require_principal(request, context);
        const auto& org = principal->organisation;
        const bool owner = org.role == sql::kRoleEmployer && org.employer_id == *employer;
        if (!owner) require_role(*principal, {sql::kRolePlanner, sql::kRoleAdmin}, "see another employer's deleted demand");
    }
    const auto rows = sql::demands_of_employer(write_services(context).database(), *employer, include_deleted);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    field(w, "employer_id", *employer);
    key(w, "demands");
    w.StartArray();
    for (const auto& row : rows) write_demand(w, row);
    w.EndArray();
    return finish(out, context);
}

Response delete_demand(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRoleEmployer, sql::kRolePlanner, sql::kRoleAdmin}, "delete demand");
    const std::string& id = request.path_param("id");
    sql::delete_demand(write_services(context).database(), id, principal.organisation.id);
    JsonOut out;
    out.writer().StartObject();
    field(out.writer(), "deleted", id);
    Response response = finish(out, context);
    response.audit_action = "demand.delete";
    response.audit_target_kind = "demand";
    response.audit_target_id = id;
    return response;
}

}  // namespace woshou::server
