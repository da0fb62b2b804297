#include "json_entities.hpp"
#include "params.hpp"
#include "woshou/server/handlers.hpp"

namespace woshou::server {
namespace {

void write_course_list(JsonWriter& w, const graph::Snapshot& snapshot, std::span<const graph::Index> courses) {
    w.StartArray();
    for (graph::Index c : courses) {
        w.StartObject();
        write_course_fields(w, snapshot.data().courses[c], false);
        w.EndObject();
    }
    w.EndArray();
}

// Where `course` sits in `plan` (a course appears at most once per plan).
const graph::PlanCourseRef* placement(const graph::Snapshot& snapshot, graph::Index plan, graph::Index course) {
    for (const auto& ref : snapshot.courses_of_plan(plan))
        if (ref.course == course) return &ref;
    return nullptr;
}

}  // namespace

Response get_course(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto& snapshot = *context.snapshot;
    const auto& data = snapshot.data();
    const std::string& id = request.path_param("id");
    auto c = snapshot.find_course(id);
    if (!c) throw_not_found("course", id);
    const auto& course = data.courses[*c];

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "course");
    w.StartObject();
    write_course_fields(w, course, true);
    w.EndObject();
    key(w, "university");
    if (auto u = snapshot.find_university(course.university_id)) write_university(w, data.universities[*u]);
    else w.Null();
    key(w, "prerequisites");
    write_course_list(w, snapshot, snapshot.prerequisites_of(*c));
    key(w, "unlocks");
    write_course_list(w, snapshot, snapshot.unlocked_by(*c));
    key(w, "skills");
    w.StartArray();
    for (const auto& taught : snapshot.skills_of_course(*c)) {
        w.StartObject();
        write_skill_fields(w, data.skills[taught.skill], false);
        field(w, "weight", taught.weight);
        w.EndObject();
    }
    w.EndArray();
    key(w, "plans");
    w.StartArray();
    for (graph::Index p : snapshot.plans_including(*c)) {
        const auto& plan = data.plans[p];
        w.StartObject();
        write_plan_fields(w, plan);
        auto m = snapshot.find_major(plan.major_id);
        field(w, "major_name", m ? data.majors[*m].name : std::string());
        if (const auto* ref = placement(snapshot, p, *c)) {
            field(w, "semester", ref->semester);
            field(w, "required", ref->required);
        }
        w.EndObject();
    }
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
