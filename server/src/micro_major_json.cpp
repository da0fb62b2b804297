#include "micro_major_json.hpp"

#include "gap_report_view.hpp"

#include <algorithm>
#include <set>

namespace woshou::server {
namespace {

void course_ids(JsonWriter& w, const char* name, const graph::Snapshot& snapshot, const std::vector<graph::Index>& courses) {
    key(w, name);
    w.StartArray();
    for (graph::Index c : courses) string(w, snapshot.data().courses[c].id);
    w.EndArray();
}

void skill_brief(JsonWriter& w, const model::Skill& skill) {
    w.StartObject();
    field(w, "skill_id", skill.id);
    field(w, "label", skill.label);
    field(w, "label_en", skill.label_en);
    w.EndObject();
}

void write_bundle_course(JsonWriter& w, const graph::Snapshot& snapshot, const graph::BundleCourse& b) {
    const auto& data = snapshot.data();
    const auto& course = data.courses[b.course];
    w.StartObject();
    field(w, "course_id", course.id);
    field(w, "code", course.code);
    field(w, "name", course.name);
    field(w, "name_en", course.name_en);
    field(w, "university_id", course.university_id);
    field(w, "course_credits", course.credits);
    field(w, "credits", b.credits);
    field(w, "role", graph::role_name(b.role));
    field(w, "plan_elective", b.plan_elective);
    key(w, "term");
    if (b.term > 0) w.Int(b.term);
    else w.Null();
    field(w, "added_gain", b.added_gain);
    course_ids(w, "required_by", snapshot, b.required_by);
    // Why it is there: the skills in demand whose gap it narrowed most.
    key(w, "skills");
    w.StartArray();
    for (graph::Index s : b.skills) skill_brief(w, data.skills[s]);
    w.EndArray();
    w.EndObject();
}

std::vector<graph::Index> with_role(const graph::BundleEvaluation& e, std::initializer_list<graph::BundleRole> roles) {
    std::vector<graph::Index> out;
    for (const auto& b : e.courses)
        if (std::find(roles.begin(), roles.end(), b.role) != roles.end()) out.push_back(b.course);
    return out;
}

}  // namespace

void write_bundle_evaluation_members(JsonWriter& w, const graph::Snapshot& snapshot,
                                     const graph::BundleEvaluation& e, std::size_t limit) {
    field(w, "alignment_before", e.alignment_before);
    field(w, "alignment_after", e.alignment_after);
    field(w, "gain", e.gain);
    field(w, "credits", e.credits);
    // What a student takes, in term order; then the parts of it.
    course_ids(w, "courses", snapshot, with_role(e, {graph::BundleRole::chosen, graph::BundleRole::prerequisite}));
    course_ids(w, "prerequisites_added", snapshot, with_role(e, {graph::BundleRole::prerequisite}));
    course_ids(w, "already_required", snapshot, with_role(e, {graph::BundleRole::already_required}));
    key(w, "bundle");
    w.StartArray();
    for (const auto& b : e.courses) write_bundle_course(w, snapshot, b);
    w.EndArray();
    key(w, "terms");
    w.StartArray();
    for (const auto& t : e.terms) {
        w.StartObject();
        field(w, "term", t.term);
        field(w, "credits", t.credits);
        course_ids(w, "courses", snapshot, t.courses);
        w.EndObject();
    }
    w.EndArray();
    field(w, "gap_change_count", static_cast<std::uint64_t>(e.changes.size()));
    field(w, "gaps_closed",
          static_cast<std::uint64_t>(std::count_if(e.changes.begin(), e.changes.end(), [](const auto& c) { return c.closed; })));
    key(w, "gap_changes");
    w.StartArray();
    for (std::size_t i = 0; i < e.changes.size() && i < limit; ++i) write_skill_change(w, snapshot, e.changes[i], true);
    w.EndArray();
}

void write_bundle_evaluation(JsonWriter& w, const graph::Snapshot& snapshot, const graph::BundleEvaluation& e,
                             std::size_t limit) {
    w.StartObject();
    write_bundle_evaluation_members(w, snapshot, e, limit);
    w.EndObject();
}

void write_recommendation_members(JsonWriter& w, const graph::Snapshot& snapshot, const graph::Recommendation& r,
                                  std::size_t limit) {
    field(w, "method", r.method);
    key(w, "guarantee");
    if (r.guarantee) w.Double(*r.guarantee);
    else w.Null();
    field(w, "guarantee_note", r.guarantee_note);
    field(w, "upper_bound", r.upper_bound);
    field(w, "proven_fraction", r.proven_fraction);
    key(w, "search");
    w.StartObject();
    field(w, "pool", static_cast<std::uint64_t>(r.stats.pool));
    field(w, "excluded_in_plan", static_cast<std::uint64_t>(r.stats.excluded_in_plan));
    field(w, "candidates", static_cast<std::uint64_t>(r.stats.candidates));
    field(w, "seed_completions", static_cast<std::uint64_t>(r.stats.seeds));
    field(w, "branch_and_bound_nodes", static_cast<std::uint64_t>(r.stats.nodes));
    w.EndObject();
    write_bundle_evaluation_members(w, snapshot, r.evaluation, limit);

    const auto chosen = with_role(r.evaluation, {graph::BundleRole::chosen, graph::BundleRole::prerequisite});
    const std::set<graph::Index> in_chosen(chosen.begin(), chosen.end());
    key(w, "alternatives");
    w.StartArray();
    for (const auto& a : r.alternatives) {
        const std::set<graph::Index> in_alternative(a.courses.begin(), a.courses.end());
        std::vector<graph::Index> added, removed;
        for (graph::Index c : a.courses)
            if (!in_chosen.count(c)) added.push_back(c);
        for (graph::Index c : chosen)
            if (!in_alternative.count(c)) removed.push_back(c);
        w.StartObject();
        course_ids(w, "courses", snapshot, a.courses);
        field(w, "gain", a.gain);
        field(w, "credits", a.credits);
        field(w, "gain_difference", a.gain - r.evaluation.gain);
        course_ids(w, "instead_of", snapshot, removed);  // chosen courses it leaves out
        course_ids(w, "adds", snapshot, added);          // courses it takes instead
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace woshou::server
