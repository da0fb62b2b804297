// Employers and their demand for skills.
#include "bundle_context.hpp"

#include <limits>

namespace woshou::importers {

void read_employers(BundleContext& ctx) {
    auto reader = ctx.open("employers.csv", {"employer_id", "name", "industry", "region"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Employer e;
        e.id = row.id("employer_id");
        seen.check(row, "employer_id", e.id);
        e.name = row.required_text("name");
        e.industry = row.required_text("industry");
        e.region = row.text("region");
        ctx.employers.insert(e.id);
        ctx.out.employers.push_back(std::move(e));
    }
}

void read_demands(BundleContext& ctx) {
    auto reader = ctx.open("demands.csv", {"demand_id", "employer_id", "title", "occupation_id",
                                           "headcount", "region", "posted_on"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Demand d;
        d.id = row.id("demand_id");
        seen.check(row, "demand_id", d.id);
        d.employer_id = row.id("employer_id");
        BundleContext::require(row, "employer_id", ctx.employers, "employer");
        d.title = row.text("title");
        d.occupation_id = row.optional_id("occupation_id");
        if (!d.occupation_id.empty()) {
            BundleContext::require(row, "occupation_id", ctx.occupations, "occupation");
        }
        d.headcount = row.integer("headcount", 1, std::numeric_limits<int>::max());
        d.region = row.text("region");
        d.posted_on = row.date("posted_on");
        ctx.demands.insert(d.id);
        ctx.out.demands.push_back(std::move(d));
    }
}

void read_demand_skills(BundleContext& ctx) {
    auto reader = ctx.open("demand_skills.csv", {"demand_id", "skill_id", "importance"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::DemandSkill ds;
        ds.demand_id = row.id("demand_id");
        BundleContext::require(row, "demand_id", ctx.demands, "demand");
        ds.skill_id = row.id("skill_id");
        BundleContext::require(row, "skill_id", ctx.skills, "skill");
        seen.check(row, "demand_id", ds.demand_id, "skill_id", ds.skill_id);
        ds.importance = row.fraction("importance");
        ctx.out.demand_skills.push_back(std::move(ds));
    }
}

}  // namespace woshou::importers
