#include "woshou/importers/bundle_reader.hpp"

#include "bundle_context.hpp"

namespace woshou::importers {

model::Dataset read_bundle(const std::filesystem::path& dir, const model::Dataset& existing) {
    if (!std::filesystem::is_directory(dir)) {
        throw ImportError(dir.string(), 0, "", "bundle folder does not exist");
    }
    BundleContext ctx(dir, existing);
    // Referenced files before referring ones, so every reference resolves
    // against what this bundle has already defined plus the database.
    read_universities(ctx);
    read_majors(ctx);
    read_courses(ctx);
    read_plans(ctx);
    read_plan_courses(ctx);
    read_prerequisites(ctx);
    read_outcomes(ctx);
    read_skills(ctx);
    read_course_skills(ctx);
    read_occupations(ctx);
    read_occupation_skills(ctx);
    read_employers(ctx);
    read_demands(ctx);
    read_demand_skills(ctx);
    if (ctx.files_read == 0) {
        throw ImportError(dir.string(), 0, "",
                          "no bundle files found (expected universities.csv, majors.csv, "
                          "courses.csv, ... see docs/bundle.md)");
    }
    check_prerequisite_cycles(ctx);
    return std::move(ctx.out);
}

}  // namespace woshou::importers
