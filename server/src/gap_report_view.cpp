#include "gap_report_view.hpp"

#include "json_entities.hpp"
#include "report_output.hpp"

#include <fmt/format.h>

namespace woshou::server {
namespace {

void write_askers(JsonWriter& w, const char* name, const std::vector<graph::NamedAmount>& askers,
                  const std::function<std::pair<const std::string&, const std::string&>(graph::Index)>& id_name) {
    key(w, name);
    w.StartArray();
    for (const auto& a : askers) {
        const auto [id, label] = id_name(a.index);
        w.StartObject();
        field(w, "id", id);
        field(w, "name", label);
        field(w, "demand", a.demand);
        field(w, "headcount", static_cast<std::int64_t>(a.headcount));
        w.EndObject();
    }
    w.EndArray();
}

void write_gap(JsonWriter& w, const graph::Snapshot& s, const graph::Gap& gap, std::size_t rank,
               const graph::DemandProfile& profile) {
    const auto& data = s.data();
    const auto& skill = data.skills[gap.skill];
    w.StartObject();
    field(w, "rank", static_cast<std::uint64_t>(rank));
    field(w, "skill_id", skill.id);
    field(w, "label", skill.label);
    field(w, "label_en", skill.label_en);
    field(w, "demand_share", gap.share);
    field(w, "coverage", gap.coverage);
    field(w, "gap", gap.gap);
    field(w, "demand", gap.demand);
    field(w, "headcount", static_cast<std::int64_t>(gap.headcount));
    write_askers(w, "employers", gap.top_employers, [&](graph::Index i) {
        return std::pair<const std::string&, const std::string&>(data.employers[i].id, data.employers[i].name);
    });
    write_askers(w, "occupations", gap.top_occupations, [&](graph::Index i) {
        return std::pair<const std::string&, const std::string&>(data.occupations[i].id, data.occupations[i].label);
    });
    if (!profile.feedback.empty()) {
        // The feedback behind this skill's extra demand (feedback_weight > 0).
        key(w, "feedback");
        w.StartArray();
        const auto position = profile.position[gap.skill];
        if (position >= 0)
            for (auto m : profile.feedback[position]) {
                const auto& mark = s.data().feedback_marks[m];
                w.StartObject();
                field(w, "feedback_id", mark.feedback_id);
                field(w, "employer_id", mark.employer_id);
                w.EndObject();
            }
        w.EndArray();
    }
    write_course_contributions(w, s, gap.courses);
    w.EndObject();
}

std::string number(double value) { return fmt::format("{:.4f}", value); }

}  // namespace

void write_skill_change(JsonWriter& w, const graph::Snapshot& snapshot, const graph::SkillChange& c,
                        bool with_courses) {
    const auto& skill = snapshot.data().skills[c.skill];
    w.StartObject();
    field(w, "skill_id", skill.id);
    field(w, "label", skill.label);
    field(w, "label_en", skill.label_en);
    field(w, "demand_share", c.share);
    field(w, "coverage_before", c.coverage_before);
    field(w, "coverage_after", c.coverage_after);
    field(w, "gap_before", c.gap_before);
    field(w, "gap_after", c.gap_after);
    field(w, "closed", c.closed);
    if (with_courses) {
        key(w, "courses");
        w.StartArray();
        for (graph::Index course : c.courses) string(w, snapshot.data().courses[course].id);
        w.EndArray();
    }
    w.EndObject();
}

void write_course_contributions(JsonWriter& w, const graph::Snapshot& snapshot,
                                const std::vector<graph::CourseContribution>& courses) {
    const auto& data = snapshot.data();
    key(w, "courses");
    w.StartArray();
    for (const auto& term : courses) {
        const auto& course = data.courses[term.course];
        w.StartObject();
        field(w, "course_id", course.id);
        field(w, "code", course.code);
        field(w, "name", course.name);
        field(w, "weight", term.weight);
        field(w, "multiplier", term.multiplier);
        field(w, "through", term.via_neighbour ? "neighbour" : "skill");
        field(w, "through_skill_id", data.skills[term.through].id);
        w.EndObject();
    }
    w.EndArray();
}

void write_plan_reference(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index plan) {
    const auto& data = snapshot.data();
    const auto& p = data.plans[plan];
    w.StartObject();
    field(w, "id", p.id);
    field(w, "major_id", p.major_id);
    field(w, "cohort_year", p.cohort_year);
    field(w, "version", p.version);
    if (auto m = snapshot.find_major(p.major_id)) {
        const auto& major = data.majors[*m];
        field(w, "major_code", major.code);
        field(w, "major_name", major.name);
        field(w, "major_name_en", major.name_en);
        field(w, "university_id", major.university_id);
        if (auto u = snapshot.find_university(major.university_id))
            field(w, "university_name", data.universities[*u].name);
    }
    w.EndObject();
}

void write_gap_report(JsonWriter& w, const GapReportInput& in) {
    const auto& s = *in.snapshot;
    const auto& data = s.data();
    key(w, "plan");
    write_plan_reference(w, s, in.plan);
    key(w, "scope");
    write_scope(w, in.scope);
    key(w, "parameters");
    w.StartObject();
    field(w, "elective_factor", in.params.elective_factor);
    field(w, "taxonomy_decay", in.params.taxonomy_decay);
    field(w, "limit", static_cast<std::uint64_t>(in.limit));
    field(w, "feedback_weight", in.feedback_weight);
    w.EndObject();
    field(w, "alignment", in.report->alignment);
    field(w, "demand_total", in.profile->total);
    field(w, "demand_count", static_cast<std::uint64_t>(in.profile->demand_count));
    field(w, "demand_headcount", static_cast<std::int64_t>(in.profile->headcount));
    field(w, "skills_in_demand", static_cast<std::uint64_t>(in.profile->by_share.size()));
    field(w, "gap_count", static_cast<std::uint64_t>(in.report->gap_count));
    key(w, "gaps");
    w.StartArray();
    for (std::size_t i = 0; i < in.report->gaps.size(); ++i) write_gap(w, s, in.report->gaps[i], i + 1, *in.profile);
    w.EndArray();
    key(w, "surplus");
    w.StartArray();
    for (const auto& c : in.report->surplus) {
        const auto& course = data.courses[c.course];
        w.StartObject();
        field(w, "course_id", course.id);
        field(w, "code", course.code);
        field(w, "name", course.name);
        field(w, "relevance", c.relevance);
        field(w, "credits", course.credits);
        field(w, "required", c.required);
        field(w, "multiplier", c.multiplier);
        w.EndObject();
    }
    w.EndArray();
    key(w, "untagged");
    w.StartArray();
    for (auto c : in.report->untagged) {
        const auto& course = data.courses[c];
        w.StartObject();
        field(w, "course_id", course.id);
        field(w, "code", course.code);
        field(w, "name", course.name);
        field(w, "credits", course.credits);
        w.EndObject();
    }
    w.EndArray();
}

report::TabularReport gap_report_tables(const GapReportInput& in) {
    const auto& s = *in.snapshot;
    const auto& data = s.data();
    const auto& plan = data.plans[in.plan];
    report::TabularReport r;
    std::string major_name = plan.major_id;
    if (auto m = s.find_major(plan.major_id)) major_name = data.majors[*m].name + " (" + plan.major_id + ")";
    r.title = "Gap report 差距分析: " + major_name + ", plan " + plan.id;
    r.facts = {{"snapshot", std::to_string(s.version())},
               {"plan", plan.id + " (cohort " + std::to_string(plan.cohort_year) + ", version " + plan.version + ")"},
               {"scope", describe_scope(in.scope)},
               {"elective factor", number(in.params.elective_factor)},
               {"taxonomy decay", number(in.params.taxonomy_decay)},
               {"feedback weight", number(in.feedback_weight)},
               {"alignment", number(in.report->alignment)},
               {"demand total", number(in.profile->total)},
               {"demands in scope", std::to_string(in.profile->demand_count)},
               {"skills with a gap", std::to_string(in.report->gap_count)}};

    report::Table gaps{"gaps", "Largest gaps 最大差距",
                       {{"rank", "Rank"}, {"skill_id", "Skill id"}, {"label", "Skill 技能"}, {"label_en", "Skill (English)"},
                        {"demand_share", "Demand share", true}, {"coverage", "Coverage", true}, {"gap", "Gap", true},
                        {"headcount", "Headcount"}, {"top_employer", "Top employer"}, {"courses", "Covering courses"}},
                       {}};
    for (std::size_t i = 0; i < in.report->gaps.size(); ++i) {
        const auto& g = in.report->gaps[i];
        const auto& skill = data.skills[g.skill];
        std::string courses;
        for (const auto& c : g.courses)
            courses += (courses.empty() ? "" : "; ") + data.courses[c.course].name + (c.via_neighbour ? " (neighbour)" : "");
        gaps.rows.push_back({static_cast<long long>(i + 1), skill.id, skill.label, skill.label_en, g.share, g.coverage, g.gap,
                             static_cast<long long>(g.headcount),
                             g.top_employers.empty() ? std::string() : data.employers[g.top_employers[0].index].name, courses});
        r.chart.push_back({skill.label, g.gap});
    }
    if (r.chart.size() > 15) r.chart.resize(15);
    r.chart_title = "Top gaps: share of demand not covered";
    r.chart_percent = true;
    r.tables.push_back(std::move(gaps));

    report::Table surplus{"surplus", "Courses by relevance to demand 课程相关度",
                          {{"course_id", "Course id"}, {"code", "Code"}, {"name", "Course 课程"}, {"relevance", "Relevance"},
                           {"credits", "Credits"}, {"multiplier", "m(c)"}},
                          {}};
    for (const auto& c : in.report->surplus) {
        const auto& course = data.courses[c.course];
        surplus.rows.push_back({course.id, course.code, course.name, c.relevance, course.credits, c.multiplier});
    }
    r.tables.push_back(std::move(surplus));

    report::Table untagged{"untagged", "Courses without skills 未标注技能的课程",
                           {{"course_id", "Course id"}, {"code", "Code"}, {"name", "Course 课程"}, {"credits", "Credits"}},
                           {}};
    for (auto c : in.report->untagged) {
        const auto& course = data.courses[c];
        untagged.rows.push_back({course.id, course.code, course.name, course.credits});
    }
    r.tables.push_back(std::move(untagged));
    return r;
}

}  // namespace woshou::server
