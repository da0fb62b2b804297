// The bundle's own skill vocabulary and occupations, and what refers to them.
#include "bundle_context.hpp"

#include <utility>

namespace woshou::importers {

void read_skills(BundleContext& ctx) {
    auto reader = ctx.open("skills.csv", {"skill_id", "label", "label_en", "alt_labels", "parent_id"});
    if (!reader) return;
    DuplicateGuard seen;
    // A parent may be defined further down the file, so parents are checked
    // once every skill of the file is known.
    std::vector<std::pair<model::SkillBroader, std::size_t>> parents;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Skill s;
        s.id = row.id("skill_id");
        seen.check(row, "skill_id", s.id);
        s.label = row.required_text("label");
        s.label_en = row.text("label_en");
        s.alt_labels = row.list("alt_labels", '|');
        s.type = "skill";
        s.source = "bundle";
        const std::string& parent = row.optional_id("parent_id");
        if (parent == s.id) row.fail("parent_id", "a skill cannot be its own parent");
        if (!parent.empty()) parents.push_back({model::SkillBroader{s.id, parent}, row.line()});
        ctx.skills.insert(s.id);
        ctx.out.skills.push_back(std::move(s));
    }
    for (auto& [broader, line] : parents) {
        if (ctx.skills.count(broader.broader_id) == 0) {
            throw ImportError(reader->file(), line, "parent_id",
                              "unknown skill '" + broader.broader_id + "'");
        }
        ctx.out.skill_broaders.push_back(std::move(broader));
    }
}

void read_course_skills(BundleContext& ctx) {
    auto reader = ctx.open("course_skills.csv", {"course_id", "skill_id", "weight"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::CourseSkill cs;
        cs.course_id = row.id("course_id");
        BundleContext::require(row, "course_id", ctx.courses, "course");
        cs.skill_id = row.id("skill_id");
        BundleContext::require(row, "skill_id", ctx.skills, "skill");
        seen.check(row, "course_id", cs.course_id, "skill_id", cs.skill_id);
        cs.weight = row.fraction("weight");
        ctx.out.course_skills.push_back(std::move(cs));
    }
}

void read_occupations(BundleContext& ctx) {
    auto reader = ctx.open("occupations.csv", {"occupation_id", "label", "label_en"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Occupation o;
        o.id = row.id("occupation_id");
        seen.check(row, "occupation_id", o.id);
        o.label = row.required_text("label");
        o.label_en = row.text("label_en");
        ctx.occupations.insert(o.id);
        ctx.out.occupations.push_back(std::move(o));
    }
}

void read_occupation_skills(BundleContext& ctx) {
    auto reader = ctx.open("occupation_skills.csv", {"occupation_id", "skill_id", "relation"});
    if (!reader) return;
    DuplicateGuard seen;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::OccupationSkill os;
        os.occupation_id = row.id("occupation_id");
        BundleContext::require(row, "occupation_id", ctx.occupations, "occupation");
        os.skill_id = row.id("skill_id");
        BundleContext::require(row, "skill_id", ctx.skills, "skill");
        seen.check(row, "occupation_id", os.occupation_id, "skill_id", os.skill_id);
        os.essential = row.essential("relation");
        ctx.out.occupation_skills.push_back(std::move(os));
    }
}

}  // namespace woshou::importers
