// Feedback on course settings (对专业课程设置的反馈): employers write it,
// universities answer it, planners read it all.
#include "auth.hpp"
#include "json_body.hpp"
#include "json_out.hpp"
#include "params.hpp"
#include "skill_field.hpp"
#include "woshou/server/handlers.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/feedback_store.hpp"

namespace woshou::server {
namespace {

void write_feedback(JsonWriter& w, const sql::Feedback& f) {
    auto nullable = [&w](const char* name, const std::string& value) {
        key(w, name);
        if (value.empty()) w.Null();
        else string(w, value);
    };
    w.StartObject();
    field(w, "id", f.id);
    field(w, "employer_id", f.employer_id);
    field(w, "organisation_id", f.organisation_id);
    field(w, "target_kind", f.target_kind);
    field(w, "target_id", f.target_id);
    nullable("major_id", f.major_id);
    field(w, "university_id", f.university_id);
    field(w, "rating", f.rating);
    // Plain text, returned as stored: JSON escaping is all it needs; whoever
    // shows it in a page must HTML-escape it.
    field(w, "comment", f.comment);
    for (const auto* list : {&f.missing_skills, &f.outdated_skills}) {
        key(w, list == &f.missing_skills ? "missing_skills" : "outdated_skills");
        w.StartArray();
        for (const auto& s : *list) string(w, s);
        w.EndArray();
    }
    field(w, "status", f.status);
    nullable("response", f.response);
    nullable("adopted_plan_id", f.adopted_plan_id);
    nullable("declined_reason", f.declined_reason);
    field(w, "created_at", f.created_at);
    nullable("responded_at", f.responded_at.value_or(""));
    nullable("responded_by", f.responded_by);
    w.EndObject();
}

std::vector<std::string> skill_list(const rapidjson::Value& body, const char* name, const graph::Snapshot& snapshot) {
    std::vector<std::string> ids;
    const auto* list = member(body, name);
    if (!list) return ids;
    if (!list->IsArray()) throw_invalid_body(std::string("field '") + name + "' must be an array, got " + describe_json(*list));
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
        const std::string path = std::string(name) + "[" + std::to_string(i) + "]";
        ids.push_back(resolve_skill_field(snapshot, text_field((*list)[i], path, 2000), path));
    }
    return ids;
}

Response feedback_response(const Context& context, const sql::Feedback& f, int status, const char* action) {
    JsonOut out;
    out.writer().StartObject();
    key(out.writer(), "feedback");
    write_feedback(out.writer(), f);
    Response response = finish(out, context, status);
    response.audit_action = action;
    response.audit_target_kind = "feedback";
    response.audit_target_id = f.id;
    return response;
}

}  // namespace

Response post_feedback(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRoleEmployer}, "send feedback");
    const auto body = parse_json_object(request);
    check_members(body, "", {"target_kind", "target_id", "major_id", "rating", "missing_skills", "outdated_skills", "comment"});
    sql::NewFeedback feedback;
    feedback.organisation_id = principal.organisation.id;
    const auto* kind = member(body, "target_kind");
    const auto* target = member(body, "target_id");
    const auto* rating = member(body, "rating");
    if (!kind) throw_invalid_body("field 'target_kind' is required (major, plan or course)");
    if (!target) throw_invalid_body("field 'target_id' is required");
    if (!rating) throw_invalid_body("field 'rating' is required (1 to 5)");
    feedback.target_kind = text_field(*kind, "target_kind");
    feedback.target_id = text_field(*target, "target_id", 2000);
    if (auto* major = member(body, "major_id")) feedback.major_id = text_field(*major, "major_id", 2000);
    feedback.rating = static_cast<int>(integer_field(*rating, "rating", 1, 5));
    feedback.missing_skills = skill_list(body, "missing_skills", *context.snapshot);
    feedback.outdated_skills = skill_list(body, "outdated_skills", *context.snapshot);
    if (auto* comment = member(body, "comment")) {
        if (!comment->IsString()) throw_invalid_body("field 'comment' must be a string, got " + describe_json(*comment));
        feedback.comment.assign(comment->GetString(), comment->GetStringLength());
    }
    auto& db = write_services(context).database();
    const std::string id = sql::add_feedback(db, feedback);
    Response response = feedback_response(context, *sql::feedback_by_id(db, id), 201, "feedback.create");
    response.headers.emplace_back("Location", "/api/v1/feedback/" + id);
    return response;
}

Response list_feedback(const Request& request, const Context& context) {
    check_parameters(request, {"university", "employer", "major", "status", "limit", "offset"});
    const auto principal = require_principal(request, context);
    sql::FeedbackQuery query;
    query.university_id = text_parameter(request, "university").value_or("");
    query.employer_id = text_parameter(request, "employer").value_or("");
    query.major_id = text_parameter(request, "major").value_or("");
    query.status = text_parameter(request, "status").value_or("");
    const auto paging = paging_parameters(request);
    query.limit = paging.limit;
    query.offset = paging.offset;
    // Each role sees its own corner: a university the feedback addressed to it,
    // an employer its own feedback and the answers; planners and admins all.
    const auto& org = principal.organisation;
    if (org.role == sql::kRoleUniversity) {
        if (!query.university_id.empty() && query.university_id != org.university_id)
            throw HttpError(403, "forbidden", "a university organisation reads only the feedback addressed to " + org.university_id);
        query.university_id = org.university_id;
    } else if (org.role == sql::kRoleEmployer) {
        if (!query.employer_id.empty() && query.employer_id != org.employer_id)
            throw HttpError(403, "forbidden", "an employer organisation reads only its own feedback");
        query.employer_id = org.employer_id;
    }
    auto& db = write_services(context).database();
    const auto rows = sql::feedback(db, query);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    page_fields(w, sql::feedback_count(db, query), query.limit, query.offset, "feedback");
    w.StartArray();
    for (const auto& f : rows) write_feedback(w, f);
    w.EndArray();
    return finish(out, context);
}

Response respond_to_feedback(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRoleUniversity, sql::kRoleAdmin}, "answer feedback");
    const std::string& id = request.path_param("id");
    auto& db = write_services(context).database();
    const auto existing = sql::feedback_by_id(db, id);
    if (!existing) throw_not_found("feedback", id);
    if (principal.organisation.role == sql::kRoleUniversity && existing->university_id != principal.organisation.university_id)
        throw HttpError(403, "forbidden", "feedback '" + id + "' is addressed to university '" + existing->university_id +
                                              "', not to " + principal.organisation.university_id);
    const auto body = parse_json_object(request);
    check_members(body, "", {"status", "response", "adopted_plan_id", "declined_reason"});
    sql::FeedbackResponse answer;
    answer.responded_by = principal.organisation.id;
    const auto* status = member(body, "status");
    if (!status) throw_invalid_body("field 'status' is required (under_review, adopted or declined)");
    answer.status = text_field(*status, "status");
    auto optional_text = [&body](const char* name) -> std::string {
        const auto* v = member(body, name);
        if (!v) return {};
        if (!v->IsString()) throw_invalid_body(std::string("field '") + name + "' must be a string, got " + describe_json(*v));
        return std::string(v->GetString(), v->GetStringLength());
    };
    answer.response = optional_text("response");
    answer.adopted_plan_id = optional_text("adopted_plan_id");
    answer.declined_reason = optional_text("declined_reason");
    sql::respond_feedback(db, id, answer);
    return feedback_response(context, *sql::feedback_by_id(db, id), 200, "feedback.respond");
}

Response get_feedback_summary(const Request& request, const Context& context) {
    check_parameters(request, {});
    const std::string& id = request.path_param("id");
    if (!context.snapshot->find_major(id)) throw_not_found("major", id);
    const auto summary = sql::feedback_summary(write_services(context).database(), id);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    field(w, "major_id", id);
    field(w, "total", static_cast<std::uint64_t>(summary.total));
    key(w, "by_rating");
    w.StartObject();
    for (const auto& [rating, n] : summary.by_rating) field(w, std::to_string(rating), static_cast<std::uint64_t>(n));
    w.EndObject();
    key(w, "by_status");
    w.StartObject();
    for (const auto& [status, n] : summary.by_status) field(w, status, static_cast<std::uint64_t>(n));
    w.EndObject();
    for (const auto* list : {&summary.missing_skills, &summary.outdated_skills}) {
        key(w, list == &summary.missing_skills ? "missing_skills" : "outdated_skills");
        w.StartArray();
        for (const auto& [skill, n] : *list) {
            w.StartObject();
            field(w, "skill_id", skill);
            if (auto s = context.snapshot->find_skill(skill)) field(w, "label", context.snapshot->data().skills[*s].label);
            field(w, "count", static_cast<std::uint64_t>(n));
            w.EndObject();
        }
        w.EndArray();
    }
    field(w, "responded", static_cast<std::uint64_t>(summary.responded));
    field(w, "median_response_hours", summary.median_response_hours);
    field(w, "mean_response_hours", summary.mean_response_hours);
    return finish(out, context);
}

Response get_audit(const Request& request, const Context& context) {
    check_parameters(request, {"organisation", "since", "limit", "offset"});
    const auto principal = require_principal(request, context);
    require_role(principal, {sql::kRoleAdmin}, "read the audit log");
    sql::AuditQuery query;
    query.organisation_id = text_parameter(request, "organisation").value_or("");
    query.since = text_parameter(request, "since").value_or("");
    const auto paging = paging_parameters(request);
    query.limit = paging.limit;
    query.offset = paging.offset;
    const auto entries = sql::Accounts(write_services(context).database()).audit(query);
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "entries");
    w.StartArray();
    for (const auto& e : entries) {
        w.StartObject();
        field(w, "seq", static_cast<std::int64_t>(e.seq));
        field(w, "at", e.at);
        field(w, "organisation_id", e.organisation_id);
        field(w, "token_id", e.token_id);
        field(w, "remote_address", e.remote_address);
        field(w, "method", e.method);
        field(w, "path", e.path);
        field(w, "action", e.action);
        field(w, "target_kind", e.target_kind);
        field(w, "target_id", e.target_id);
        field(w, "status", e.status);
        w.EndObject();
    }
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
