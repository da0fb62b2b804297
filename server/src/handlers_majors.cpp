#include "json_entities.hpp"
#include "micro_major_view.hpp"
#include "params.hpp"
#include "woshou/graph/label_normalizer.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace woshou::server {
namespace {

struct MajorFilter {
    std::string query;  // normalised; empty = any
    std::optional<std::string> university;
    std::string code;  // normalised; empty = any
};

bool contains(const std::string& haystack, const std::string& normalised_needle) {
    return !haystack.empty() && graph::normalize_label(haystack).find(normalised_needle) != std::string::npos;
}

bool matches(const model::Major& major, const MajorFilter& filter) {
    if (filter.university && major.university_id != *filter.university) return false;
    if (!filter.code.empty() && graph::normalize_label(major.code) != filter.code) return false;
    if (filter.query.empty()) return true;
    return contains(major.name, filter.query) || contains(major.name_en, filter.query) ||
           contains(major.code, filter.query);
}

void write_course_in_plan(JsonWriter& w, const graph::Snapshot& snapshot, const graph::PlanCourseRef& ref) {
    const auto& data = snapshot.data();
    w.StartObject();
    write_course_fields(w, data.courses[ref.course], false);
    field(w, "required", ref.required);
    key(w, "skills");
    w.StartArray();
    for (const auto& taught : snapshot.skills_of_course(ref.course)) {
        const auto& skill = data.skills[taught.skill];
        w.StartObject();
        field(w, "id", skill.id);
        field(w, "label", skill.label);
        field(w, "label_en", skill.label_en);
        field(w, "weight", taught.weight);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

// One plan with its courses grouped by semester (courses_of_plan is already
// ordered by semester, then course code).
void write_plan(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index p, bool latest) {
    const auto& data = snapshot.data();
    auto courses = snapshot.courses_of_plan(p);
    double total = 0;
    for (const auto& ref : courses) total += data.courses[ref.course].credits;

    w.StartObject();
    write_plan_fields(w, data.plans[p]);
    field(w, "latest", latest);
    field(w, "course_count", static_cast<std::uint64_t>(courses.size()));
    field(w, "total_credits", total);
    key(w, "semesters");
    w.StartArray();
    for (std::size_t i = 0; i < courses.size();) {
        std::size_t end = i;
        double credits = 0;
        while (end < courses.size() && courses[end].semester == courses[i].semester)
            credits += data.courses[courses[end++].course].credits;
        w.StartObject();
        field(w, "semester", courses[i].semester);
        field(w, "credits", credits);
        key(w, "courses");
        w.StartArray();
        for (; i < end; ++i) write_course_in_plan(w, snapshot, courses[i]);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

// Skill weight summed over the latest plan's courses, heaviest first, ties by skill id.
void write_skill_profile(JsonWriter& w, const graph::Snapshot& snapshot, std::optional<graph::Index> plan) {
    const auto& data = snapshot.data();
    std::map<graph::Index, double> weights;
    if (plan) {
        for (const auto& ref : snapshot.courses_of_plan(*plan))
            for (const auto& taught : snapshot.skills_of_course(ref.course)) weights[taught.skill] += taught.weight;
    }
    std::vector<std::pair<graph::Index, double>> profile(weights.begin(), weights.end());
    std::sort(profile.begin(), profile.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return data.skills[a.first].id < data.skills[b.first].id;
    });
    w.StartArray();
    for (const auto& [s, weight] : profile) {
        const auto& skill = data.skills[s];
        w.StartObject();
        field(w, "id", skill.id);
        field(w, "label", skill.label);
        field(w, "label_en", skill.label_en);
        field(w, "type", skill.type);
        field(w, "weight", weight);
        w.EndObject();
    }
    w.EndArray();
}

void write_outcomes(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index m) {
    w.StartArray();
    for (graph::Index o : snapshot.outcomes_of_major(m)) {
        const auto& outcome = snapshot.data().outcomes[o];
        w.StartObject();
        field(w, "year", outcome.year);
        field(w, "graduates", outcome.graduates);
        field(w, "placed", outcome.placed);
        std::optional<double> rate;
        if (outcome.graduates > 0) rate = static_cast<double>(outcome.placed) / outcome.graduates;
        field(w, "placement_rate", rate);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

Response search_majors(const Request& request, const Context& context) {
    check_parameters(request, {"q", "university", "code", "limit", "offset"});
    MajorFilter filter;
    if (auto q = text_parameter(request, "q")) filter.query = graph::normalize_label(*q);
    filter.university = text_parameter(request, "university");
    if (auto code = text_parameter(request, "code")) filter.code = graph::normalize_label(*code);
    Paging paging = paging_parameters(request);

    const auto& snapshot = *context.snapshot;
    const auto& majors = snapshot.data().majors;
    std::vector<graph::Index> hits;
    for (graph::Index m = 0; m < majors.size(); ++m)
        if (matches(majors[m], filter)) hits.push_back(m);
    // By id, so paging is stable whatever order the data arrived in.
    std::sort(hits.begin(), hits.end(), [&](graph::Index a, graph::Index b) { return majors[a].id < majors[b].id; });

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    page_fields(w, hits.size(), paging.limit, paging.offset, "majors");
    w.StartArray();
    for (std::size_t i = paging.offset; i < hits.size() && i < paging.offset + paging.limit; ++i) {
        const auto& major = majors[hits[i]];
        w.StartObject();
        write_major_fields(w, major);
        auto u = snapshot.find_university(major.university_id);
        field(w, "university_name", u ? snapshot.data().universities[*u].name : std::string());
        w.EndObject();
    }
    w.EndArray();
    return finish(out, context);
}

Response get_major(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto& snapshot = *context.snapshot;
    const auto& data = snapshot.data();
    const std::string& id = request.path_param("id");
    auto m = snapshot.find_major(id);
    if (!m) throw_not_found("major", id);
    const auto& major = data.majors[*m];
    auto latest = snapshot.latest_plan(*m);

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "major");
    write_major(w, major);
    key(w, "university");
    if (auto u = snapshot.find_university(major.university_id)) write_university(w, data.universities[*u]);
    else w.Null();
    key(w, "plans");
    w.StartArray();
    for (graph::Index p : snapshot.plans_of_major(*m)) write_plan(w, snapshot, p, latest && *latest == p);
    w.EndArray();
    key(w, "skill_profile");
    write_skill_profile(w, snapshot, latest);
    key(w, "outcomes");
    write_outcomes(w, snapshot, *m);
    // Published micro-majors only: the snapshot holds no others (docs/micro-majors.md).
    key(w, "micro_majors");
    w.StartArray();
    for (graph::Index mm : snapshot.micro_majors_of_major(*m)) write_published_micro_major(w, snapshot, mm);
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
