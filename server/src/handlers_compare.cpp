// GET /api/v1/plans/{id}/compare/{other_id}: how the picture changes between two plans.
#include "analysis_params.hpp"
#include "gap_report_view.hpp"
#include "json_entities.hpp"
#include "params.hpp"
#include "report_output.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace woshou::server {
namespace {

using graph::SkillChange;

struct Comparison {
    graph::Index from = 0, to = 0;
    double alignment_from = 0, alignment_to = 0;
    std::vector<graph::Index> added, removed;  // courses, by id
    std::vector<SkillChange> closed, opened;   // gap narrowed / widened, by |change| desc then id
};

// Courses of `a` that are not in `b`, by course id.
std::vector<graph::Index> courses_only_in(const graph::Snapshot& s, graph::Index a, graph::Index b) {
    std::set<graph::Index> in_b;
    for (const auto& ref : s.courses_of_plan(b)) in_b.insert(ref.course);
    std::vector<graph::Index> only;
    for (const auto& ref : s.courses_of_plan(a))
        if (!in_b.count(ref.course)) only.push_back(ref.course);
    std::sort(only.begin(), only.end(), [&](auto x, auto y) { return s.data().courses[x].id < s.data().courses[y].id; });
    return only;
}

Comparison compare(const graph::Snapshot& s, graph::Index from, graph::Index to, const graph::DemandProfile& profile,
                   const graph::CoverageParams& params, std::size_t limit) {
    Comparison c;
    c.from = from;
    c.to = to;
    const auto courses_from = graph::counted_courses_of_plan(s, from, params);
    const auto courses_to = graph::counted_courses_of_plan(s, to, params);
    const graph::Coverage before(s, courses_from, params), after(s, courses_to, params);
    c.alignment_from = graph::alignment(profile, before);
    c.alignment_to = graph::alignment(profile, after);
    c.added = courses_only_in(s, to, from);
    c.removed = courses_only_in(s, from, to);

    // Only skills either plan covers can change; the rest keep g = p.
    std::set<graph::Index> touched;
    for (const auto* cov : {&before, &after})
        for (const auto& [skill, raw] : cov->raw())
            if (profile.position[skill] >= 0) touched.insert(skill);
    for (auto skill : touched) {
        SkillChange change{skill, profile.share[skill], before.of(skill), after.of(skill), 0, 0, false, {}};
        change.gap_before = change.share * (1 - change.coverage_before);
        change.gap_after = change.share * (1 - change.coverage_after);
        change.closed = change.coverage_after >= 1.0;
        if (std::abs(change.gap_after - change.gap_before) < 1e-12) continue;
        (change.gap_after < change.gap_before ? c.closed : c.opened).push_back(change);
    }
    for (auto* list : {&c.closed, &c.opened}) {
        std::sort(list->begin(), list->end(), [&](const SkillChange& a, const SkillChange& b) {
            const double da = std::abs(a.gap_after - a.gap_before), db = std::abs(b.gap_after - b.gap_before);
            if (da != db) return da > db;
            return s.data().skills[a.skill].id < s.data().skills[b.skill].id;
        });
        if (list->size() > limit) list->resize(limit);
    }
    return c;
}

void write_changes(JsonWriter& w, const graph::Snapshot& s, const char* name, const std::vector<SkillChange>& changes) {
    key(w, name);
    w.StartArray();
    for (const auto& c : changes) write_skill_change(w, s, c, false);
    w.EndArray();
}

void write_courses(JsonWriter& w, const graph::Snapshot& s, const char* name, const std::vector<graph::Index>& courses) {
    key(w, name);
    w.StartArray();
    for (auto c : courses) {
        w.StartObject();
        write_course_fields(w, s.data().courses[c], false);
        w.EndObject();
    }
    w.EndArray();
}

report::TabularReport comparison_tables(const graph::Snapshot& s, const Comparison& c, const graph::DemandScope& scope) {
    const auto& data = s.data();
    report::TabularReport r;
    r.title = "Plan comparison 培养方案对比: " + data.plans[c.from].id + " → " + data.plans[c.to].id;
    r.facts = {{"snapshot", std::to_string(s.version())}, {"scope", describe_scope(scope)},
               {"alignment " + data.plans[c.from].id, std::to_string(c.alignment_from)},
               {"alignment " + data.plans[c.to].id, std::to_string(c.alignment_to)},
               {"change", std::to_string(c.alignment_to - c.alignment_from)}};
    auto changes_table = [&](const char* name, const char* title, const std::vector<SkillChange>& list) {
        report::Table t{name, title,
                        {{"skill_id", "Skill id"}, {"label", "Skill 技能"}, {"demand_share", "Demand share", true},
                         {"gap_before", "Gap before", true}, {"gap_after", "Gap after", true}},
                        {}};
        for (const auto& ch : list)
            t.rows.push_back({data.skills[ch.skill].id, data.skills[ch.skill].label, ch.share, ch.gap_before, ch.gap_after});
        return t;
    };
    auto courses_table = [&](const char* name, const char* title, const std::vector<graph::Index>& list) {
        report::Table t{name, title, {{"course_id", "Course id"}, {"code", "Code"}, {"name", "Course 课程"}, {"credits", "Credits"}}, {}};
        for (auto i : list) t.rows.push_back({data.courses[i].id, data.courses[i].code, data.courses[i].name, data.courses[i].credits});
        return t;
    };
    r.tables.push_back(changes_table("gaps_closed", "Gaps narrowed or closed", c.closed));
    r.tables.push_back(changes_table("gaps_opened", "Gaps opened or widened", c.opened));
    r.tables.push_back(courses_table("courses_added", "Courses added", c.added));
    r.tables.push_back(courses_table("courses_removed", "Courses removed", c.removed));
    r.chart_title = "Alignment";
    r.chart_percent = true;
    r.chart = {{data.plans[c.from].id, c.alignment_from}, {data.plans[c.to].id, c.alignment_to}};
    return r;
}

}  // namespace

Response compare_plans(const Request& request, const Context& context) {
    check_parameters(request, analysis_parameter_names({"limit", "section"}));
    const auto& s = *context.snapshot;
    const std::string& id = request.path_param("id");
    const std::string& other_id = request.path_param("other_id");
    auto from = s.find_plan(id);
    if (!from) throw_not_found("plan", id);
    auto to = s.find_plan(other_id);
    if (!to) throw_not_found("plan", other_id);
    const auto scope = scope_parameters(request, s);
    const auto params = coverage_parameters(request);
    const auto format = format_parameter(request);
    const std::size_t limit = integer_parameter(request, "limit", default_gap_limit, 1, max_gap_limit);
    const auto profile = demand_profile(context, scope);
    require_demand(*profile);
    const Comparison c = compare(s, *from, *to, *profile, params, limit);

    return report_response(
        request, context, format, "compare-" + id + "-" + other_id,
        {[&](JsonWriter& w) {
             key(w, "from");
             write_plan_reference(w, s, c.from);
             key(w, "to");
             write_plan_reference(w, s, c.to);
             key(w, "scope");
             write_scope(w, scope);
             write_parameters(w, params, {{"limit", std::to_string(limit)}});
             field(w, "alignment_from", c.alignment_from);
             field(w, "alignment_to", c.alignment_to);
             field(w, "alignment_change", c.alignment_to - c.alignment_from);
             write_courses(w, s, "courses_added", c.added);
             write_courses(w, s, "courses_removed", c.removed);
             write_changes(w, s, "gaps_closed", c.closed);
             write_changes(w, s, "gaps_opened", c.opened);
         },
         [&] { return comparison_tables(s, c, scope); }});
}

}  // namespace woshou::server
