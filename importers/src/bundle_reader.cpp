#include "woshou/importers/bundle_reader.hpp"

#include "bundle_context.hpp"

namespace woshou::importers {

void read_bundle_into(const std::filesystem::path& dir, const model::Dataset& existing, model::Dataset& out,
                      const TableDoneFn& done) {
    if (!std::filesystem::is_directory(dir)) {
        throw ImportError(dir.string(), 0, "", "bundle folder does not exist");
    }
    BundleContext ctx(dir, existing, out);
    // Tells `done` that `rows` is complete: no file read later touches it.
    const auto finished = [&](const void* rows) {
        if (done) done(rows);
    };
    // Referenced files before referring ones, so every reference resolves
    // against what this bundle has already defined plus the database.
    read_universities(ctx);
    finished(&out.universities);
    read_majors(ctx);
    finished(&out.majors);
    read_courses(ctx);
    finished(&out.courses);
    read_plans(ctx);
    finished(&out.plans);
    read_plan_courses(ctx);
    finished(&out.plan_courses);
    read_prerequisites(ctx);
    finished(&out.prerequisites);
    read_outcomes(ctx);
    finished(&out.outcomes);
    read_skills(ctx);
    finished(&out.skills);
    finished(&out.skill_broaders);
    read_course_skills(ctx);
    finished(&out.course_skills);
    read_occupations(ctx);
    finished(&out.occupations);
    read_occupation_skills(ctx);
    finished(&out.occupation_skills);
    read_employers(ctx);
    finished(&out.employers);
    read_demands(ctx);
    finished(&out.demands);
    read_demand_skills(ctx);
    finished(&out.demand_skills);
    if (ctx.files_read == 0) {
        throw ImportError(dir.string(), 0, "",
                          "no bundle files found (expected universities.csv, majors.csv, "
                          "courses.csv, ... see docs/bundle.md)");
    }
    check_prerequisite_cycles(ctx);
}

model::Dataset read_bundle(const std::filesystem::path& dir, const model::Dataset& existing) {
    model::Dataset out;
    read_bundle_into(dir, existing, out, {});
    return out;
}

}  // namespace woshou::importers
