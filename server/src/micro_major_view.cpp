#include "micro_major_view.hpp"

#include "json_entities.hpp"

namespace woshou::server {
namespace {

void nullable(JsonWriter& w, const char* name, const std::optional<std::string>& value) {
    key(w, name);
    if (value) string(w, *value);
    else w.Null();
}

void nullable(JsonWriter& w, const char* name, const std::string& value) {
    nullable(w, name, value.empty() ? std::nullopt : std::optional<std::string>(value));
}

// [{"id", NAME...}] for a list of ids: the entity's name when the snapshot
// knows it, else null (a proposal may name what a newer import added).
template <class Find, class Write>
void write_named_list(JsonWriter& w, const char* name, const std::vector<std::string>& ids, Find find, Write write) {
    key(w, name);
    w.StartArray();
    for (const auto& id : ids) {
        w.StartObject();
        field(w, "id", id);
        write(find(id));
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

void write_micro_major(JsonWriter& w, const graph::Snapshot& snapshot, const sql::MicroMajor& m) {
    const auto& data = snapshot.data();
    double credits = 0;
    for (const auto& id : m.courses)
        if (auto c = snapshot.find_course(id)) credits += data.courses[*c].credits;

    w.StartObject();
    field(w, "id", m.id);
    field(w, "name", m.name);
    // Plain text, as stored: whoever shows it in a page must escape it.
    field(w, "description", m.description);
    field(w, "university_id", m.university_id);
    const auto u = snapshot.find_university(m.university_id);
    nullable(w, "university_name", u ? data.universities[*u].name : std::string());
    field(w, "status", m.status);
    field(w, "created_by", m.created_by);
    field(w, "created_at", m.created_at);
    field(w, "updated_at", m.updated_at);
    nullable(w, "submitted_at", m.submitted_at);
    nullable(w, "reviewed_by", m.reviewed_by);
    nullable(w, "reviewed_at", m.reviewed_at);
    nullable(w, "review_comment", m.review_comment);
    nullable(w, "published_at", m.published_at);
    field(w, "credits", credits);
    field(w, "course_count", static_cast<std::uint64_t>(m.courses.size()));

    write_named_list(w, "base_majors", m.base_majors, [&](const std::string& id) { return snapshot.find_major(id); },
                     [&](std::optional<graph::Index> major) {
                         nullable(w, "code", major ? data.majors[*major].code : std::string());
                         nullable(w, "name", major ? data.majors[*major].name : std::string());
                     });
    key(w, "courses");
    w.StartArray();
    for (std::size_t i = 0; i < m.courses.size(); ++i) {
        w.StartObject();
        field(w, "position", static_cast<std::uint64_t>(i + 1));
        if (auto c = snapshot.find_course(m.courses[i])) {
            write_course_fields(w, data.courses[*c], false);
        } else {
            field(w, "id", m.courses[i]);
        }
        w.EndObject();
    }
    w.EndArray();
    write_named_list(w, "target_skills", m.target_skills, [&](const std::string& id) { return snapshot.find_skill(id); },
                     [&](std::optional<graph::Index> skill) {
                         nullable(w, "label", skill ? data.skills[*skill].label : std::string());
                         nullable(w, "label_en", skill ? data.skills[*skill].label_en : std::string());
                     });
    write_named_list(w, "sponsors", m.sponsors, [&](const std::string& id) { return snapshot.find_employer(id); },
                     [&](std::optional<graph::Index> employer) {
                         nullable(w, "name", employer ? data.employers[*employer].name : std::string());
                     });
    w.EndObject();
}

void write_published_micro_major(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index mm) {
    const auto& data = snapshot.data();
    const auto courses = snapshot.courses_of_micro_major(mm);
    double credits = 0;
    for (graph::Index c : courses) credits += data.courses[c].credits;
    w.StartObject();
    field(w, "id", data.micro_majors[mm].id);
    field(w, "name", data.micro_majors[mm].name);
    field(w, "university_id", data.micro_majors[mm].university_id);
    field(w, "credits", credits);
    field(w, "course_count", static_cast<std::uint64_t>(courses.size()));
    w.EndObject();
}

}  // namespace woshou::server
