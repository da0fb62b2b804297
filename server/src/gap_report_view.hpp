// How a gap report looks in JSON and as tables.
#pragma once

#include "export/tabular_report.hpp"
#include "json_out.hpp"
#include "woshou/graph/gap_analysis.hpp"

namespace woshou::server {

// Everything a gap report states about itself.
struct GapReportInput {
    const graph::Snapshot* snapshot = nullptr;
    graph::Index plan = 0;
    graph::DemandScope scope;
    graph::CoverageParams params;
    std::size_t limit = 0;
    const graph::DemandProfile* profile = nullptr;
    const graph::GapReport* report = nullptr;
    double feedback_weight = 0;  // > 0: the profile includes feedback (profile->feedback)
};

// The members of the gap report object: plan, major, university, scope,
// parameters, alignment, demand totals, gaps, surplus, untagged.
void write_gap_report(JsonWriter& w, const GapReportInput& in);

// Facts, the gaps table (main), surplus and untagged tables, and a bar chart of the top gaps.
report::TabularReport gap_report_tables(const GapReportInput& in);

// "courses": the terms of a skill's coverage, as gap reports and matches show them:
// [{"course_id","code","name","weight","multiplier","through","through_skill_id"}].
void write_course_contributions(JsonWriter& w, const graph::Snapshot& snapshot,
                                const std::vector<graph::CourseContribution>& courses);

// One skill's gap between two course sets: {"skill_id","label","label_en","demand_share",
// "coverage_before","coverage_after","gap_before","gap_after","closed"} plus, with
// `with_courses`, "courses": the course ids of change.courses.
void write_skill_change(JsonWriter& w, const graph::Snapshot& snapshot, const graph::SkillChange& change,
                        bool with_courses);

// {"id","major_id","cohort_year","version"} plus the major and university names.
void write_plan_reference(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index plan);

}  // namespace woshou::server
