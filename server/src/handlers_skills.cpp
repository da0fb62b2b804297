#include "json_entities.hpp"
#include "params.hpp"
#include "woshou/server/handlers.hpp"

namespace woshou::server {
namespace {

void write_skill_list(JsonWriter& w, const graph::Snapshot& snapshot, std::span<const graph::Index> skills) {
    w.StartArray();
    for (graph::Index s : skills) {
        w.StartObject();
        write_skill_fields(w, snapshot.data().skills[s], false);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

Response search_skills(const Request& request, const Context& context) {
    check_parameters(request, {"q", "limit"});
    auto query = text_parameter(request, "q");
    if (!query) throw HttpError(400, "invalid_parameter", "parameter 'q' is required (a label to search for)");
    std::size_t limit = integer_parameter(request, "limit", default_limit, 1, max_limit);

    const auto& snapshot = *context.snapshot;
    auto hits = snapshot.search_skills(*query, limit);

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    field(w, "q", *query);
    field(w, "limit", static_cast<std::uint64_t>(limit));
    key(w, "skills");
    write_skill_list(w, snapshot, hits);
    return finish(out, context);
}

Response get_skill(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto& snapshot = *context.snapshot;
    const auto& data = snapshot.data();
    const std::string& id = request.path_param("id");
    auto s = snapshot.find_skill(id);
    if (!s) throw_not_found("skill", id);

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "skill");
    w.StartObject();
    write_skill_fields(w, data.skills[*s], true);
    w.EndObject();
    key(w, "broader");
    write_skill_list(w, snapshot, snapshot.broader_of(*s));
    key(w, "narrower");
    write_skill_list(w, snapshot, snapshot.narrower_of(*s));
    key(w, "courses");
    w.StartArray();
    for (const auto& teaching : snapshot.courses_teaching(*s)) {
        w.StartObject();
        write_course_fields(w, data.courses[teaching.course], false);
        field(w, "weight", teaching.weight);
        w.EndObject();
    }
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
