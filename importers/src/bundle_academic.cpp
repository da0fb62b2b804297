// Universities, majors, courses, plans and what hangs off them.
#include "bundle_context.hpp"

#include <limits>

namespace woshou::importers {
namespace {

constexpr int kMaxInt = std::numeric_limits<int>::max();
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

std::string plan_key(const model::TrainingPlan& p) {
    return p.major_id + '\x1f' + std::to_string(p.cohort_year) + '\x1f' + p.version;
}

}  // namespace

void read_universities(BundleContext& ctx) {
    auto reader = ctx.open("universities.csv", {"university_id", "name", "name_en", "region"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::University u;
        u.id = row.id("university_id");
        seen.check(row, "university_id", u.id);
        u.name = row.required_text("name");
        u.name_en = row.text("name_en");
        u.region = row.text("region");
        ctx.universities.insert(u.id);
        ctx.out.universities.push_back(std::move(u));
    }
}

void read_majors(BundleContext& ctx) {
    auto reader = ctx.open("majors.csv", {"major_id", "university_id", "code", "name", "name_en",
                                          "degree_level"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Major m;
        m.id = row.id("major_id");
        seen.check(row, "major_id", m.id);
        m.university_id = row.id("university_id");
        BundleContext::require(row, "university_id", ctx.universities, "university");
        m.code = row.required_text("code");
        m.name = row.required_text("name");
        m.name_en = row.text("name_en");
        m.degree_level = row.required_text("degree_level");
        ctx.majors.insert(m.id);
        ctx.out.majors.push_back(std::move(m));
    }
}

void read_courses(BundleContext& ctx) {
    auto reader = ctx.open("courses.csv", {"course_id", "university_id", "code", "name", "name_en",
                                           "credits", "hours", "category", "description"});
    if (!reader) return;
    DuplicateGuard seen;
    std::vector<KeyedRow> codes;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Course c;
        c.id = row.id("course_id");
        seen.check(row, "course_id", c.id);
        c.university_id = row.id("university_id");
        BundleContext::require(row, "university_id", ctx.universities, "university");
        c.code = row.required_text("code");
        c.name = row.required_text("name");
        c.name_en = row.text("name_en");
        c.credits = row.positive_number("credits");
        c.hours = row.optional_integer("hours", 0, kMaxInt);
        c.category = row.text("category");
        c.description = row.text("description");
        codes.push_back({c.id, c.university_id + '\x1f' + c.code,
                         "code '" + c.code + "' of university '" + c.university_id + "'", row.line()});
        ctx.courses.insert(c.id);
        ctx.out.courses.push_back(std::move(c));
    }
    // Cycle reports name courses by code, so a code is unique within its university.
    std::vector<std::pair<std::string, std::string>> existing;
    for (const auto& c : ctx.existing.courses) existing.emplace_back(c.id, c.university_id + '\x1f' + c.code);
    check_natural_keys(reader->file(), "code", "course", codes, existing);
}

void read_plans(BundleContext& ctx) {
    auto reader = ctx.open("plans.csv", {"plan_id", "major_id", "cohort_year", "version"});
    if (!reader) return;
    DuplicateGuard seen;
    std::vector<KeyedRow> versions;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::TrainingPlan p;
        p.id = row.id("plan_id");
        seen.check(row, "plan_id", p.id);
        p.major_id = row.id("major_id");
        BundleContext::require(row, "major_id", ctx.majors, "major");
        p.cohort_year = row.integer("cohort_year", kFirstYear, kLastYear);
        p.version = row.required_text("version");
        versions.push_back({p.id, plan_key(p),
                            "version '" + p.version + "' of major '" + p.major_id + "' for cohort " +
                                std::to_string(p.cohort_year),
                            row.line()});
        ctx.plans.insert(p.id);
        ctx.out.plans.push_back(std::move(p));
    }
    std::vector<std::pair<std::string, std::string>> existing;
    for (const auto& p : ctx.existing.plans) existing.emplace_back(p.id, plan_key(p));
    check_natural_keys(reader->file(), "version", "plan", versions, existing);
}

void read_plan_courses(BundleContext& ctx) {
    auto reader = ctx.open("plan_courses.csv", {"plan_id", "course_id", "semester", "required"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::PlanCourse pc;
        pc.plan_id = row.id("plan_id");
        BundleContext::require(row, "plan_id", ctx.plans, "plan");
        pc.course_id = row.id("course_id");
        BundleContext::require(row, "course_id", ctx.courses, "course");
        seen.check(row, "plan_id", pc.plan_id, "course_id", pc.course_id);
        pc.semester = row.integer("semester", 1, 12);
        pc.required = row.flag("required");
        ctx.out.plan_courses.push_back(std::move(pc));
    }
}

void read_prerequisites(BundleContext& ctx) {
    auto reader = ctx.open("prerequisites.csv", {"course_id", "prerequisite_id"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Prerequisite p;
        p.course_id = row.id("course_id");
        BundleContext::require(row, "course_id", ctx.courses, "course");
        p.prerequisite_id = row.id("prerequisite_id");
        BundleContext::require(row, "prerequisite_id", ctx.courses, "course");
        seen.check(row, "course_id", p.course_id, "prerequisite_id", p.prerequisite_id);
        ctx.prerequisite_lines.push_back(row.line());
        ctx.out.prerequisites.push_back(std::move(p));
    }
}

void read_outcomes(BundleContext& ctx) {
    auto reader = ctx.open("outcomes.csv", {"major_id", "year", "graduates", "placed"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Outcome o;
        o.major_id = row.id("major_id");
        BundleContext::require(row, "major_id", ctx.majors, "major");
        o.year = row.integer("year", kFirstYear, kLastYear);
        seen.check(row, "major_id", o.major_id, "year", std::to_string(o.year));
        o.graduates = row.integer("graduates", 0, kMaxInt);
        o.placed = row.integer("placed", 0, kMaxInt);
        if (o.placed > o.graduates) {
            row.fail("placed", "placed (" + std::to_string(o.placed) + ") exceeds graduates (" +
                                   std::to_string(o.graduates) + ")");
        }
        ctx.out.outcomes.push_back(std::move(o));
    }
}

}  // namespace woshou::importers
