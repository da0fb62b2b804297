#include "csv_row.hpp"
#include "esco_parts.hpp"

#include <map>
#include <unordered_map>

namespace woshou::importers {

void read_esco_occupations(EscoContext& ctx) {
    auto reader = ctx.open("occupations_en.csv", {"conceptUri", "preferredLabel"});
    std::unordered_map<std::string, std::size_t> first_line;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::Occupation occupation;
        occupation.id = row.id("conceptUri");
        const auto [it, inserted] = first_line.emplace(occupation.id, row.line());
        if (!inserted) {
            row.fail("conceptUri", "duplicate id '" + occupation.id + "' (first on line " +
                                       std::to_string(it->second) + ")");
        }
        occupation.label = row.required_text("preferredLabel");
        occupation.label_en = occupation.label;
        ctx.occupations.insert(occupation.id);
        ctx.result.data.occupations.push_back(std::move(occupation));
    }
}

void read_esco_relations(EscoContext& ctx) {
    auto reader = ctx.open("occupationSkillRelations.csv", {"occupationUri", "relationType", "skillUri"});
    struct Skipped {
        std::size_t first_line = 0;
        std::size_t rows = 0;
    };
    std::map<std::string, Skipped> skipped;  // ordered, so warnings come out stable
    std::unordered_map<std::string, std::size_t> first_line;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::OccupationSkill relation;
        relation.occupation_id = row.id("occupationUri");
        relation.skill_id = row.id("skillUri");
        relation.essential = row.essential("relationType");
        if (ctx.skills.count(relation.skill_id) == 0) {
            row.fail("skillUri", "unknown skill '" + relation.skill_id + "'");
        }
        if (ctx.occupations.count(relation.occupation_id) == 0) {
            if (!ctx.options.skip_unknown_occupations) {
                row.fail("occupationUri", "unknown occupation '" + relation.occupation_id +
                                              "' (not in occupations_en.csv; "
                                              "--skip-unknown-occupations skips its relations)");
            }
            Skipped& entry = skipped[relation.occupation_id];
            if (entry.rows++ == 0) entry.first_line = row.line();
            continue;
        }
        const auto [it, inserted] =
            first_line.emplace(relation.occupation_id + '\x1f' + relation.skill_id, row.line());
        if (!inserted) {
            row.fail("skillUri", "duplicate relation of occupation '" + relation.occupation_id +
                                     "' and skill '" + relation.skill_id + "' (first on line " +
                                     std::to_string(it->second) + ")");
        }
        ctx.result.data.occupation_skills.push_back(std::move(relation));
    }
    for (const auto& [uri, entry] : skipped) {
        ctx.result.warnings.push_back(
            reader->file() + ":" + std::to_string(entry.first_line) + ": skipped " +
            std::to_string(entry.rows) + " relations of unknown occupation '" + uri +
            "' (not in occupations_en.csv)");
    }
}

}  // namespace woshou::importers
