#include "csv_row.hpp"
#include "esco_parts.hpp"

#include <unordered_map>

namespace woshou::importers {
namespace {

constexpr const char* kSkillGroup = "skill group";

// Rejects a URI defined twice, within a file or across the skill files.
class UriGuard {
public:
    void check(const CsvRow& row, std::string_view column, const std::string& uri) {
        const auto [it, inserted] = seen_.emplace(uri, Origin{row.file(), row.line()});
        if (!inserted) {
            row.fail(column, "duplicate id '" + uri + "' (first in " + it->second.file + " line " +
                                 std::to_string(it->second.line) + ")");
        }
    }

private:
    struct Origin {
        std::string file;
        std::size_t line;
    };
    std::unordered_map<std::string, Origin> seen_;
};

model::Skill esco_skill(const CsvRow& row, std::string type) {
    model::Skill skill;
    skill.id = row.id("conceptUri");
    skill.label = row.required_text("preferredLabel");
    skill.label_en = skill.label;
    skill.alt_labels = row.list("altLabels", '\n');  // one label per line in ESCO
    skill.type = std::move(type);
    skill.source = "esco";
    return skill;
}

// skillsHierarchy_en.csv names a few groups that skillGroups_en.csv lacks
// (7 in v1.1.1) although broaderRelationsSkillPillar.csv uses them; adding
// them keeps the hierarchy complete instead of dropping relations.
void read_groups_only_in_hierarchy(EscoContext& ctx) {
    const std::string file = "skillsHierarchy_en.csv";
    if (!std::filesystem::exists(ctx.dir / file)) return;
    std::vector<std::string> columns;
    for (int level = 0; level < 4; ++level) {
        columns.push_back("Level " + std::to_string(level) + " URI");
        columns.push_back("Level " + std::to_string(level) + " preferred term");
    }
    // Its rows omit trailing empty code columns (11 to 14 fields for 14 headers).
    auto reader = ctx.open(file, columns, /*pad_short_records=*/true);
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        for (std::size_t i = 0; i < columns.size(); i += 2) {
            const std::string& uri = row.optional_id(columns[i]);
            if (uri.empty() || ctx.skills.count(uri) != 0) continue;
            model::Skill group;
            group.id = uri;
            group.label = row.required_text(columns[i + 1]);
            group.label_en = group.label;
            group.type = kSkillGroup;
            group.source = "esco";
            ctx.skills.insert(uri);
            ctx.result.data.skills.push_back(std::move(group));
        }
    }
}

}  // namespace

void read_esco_skills(EscoContext& ctx) {
    UriGuard seen;
    {
        auto reader = ctx.open("skills_en.csv", {"conceptUri", "skillType", "preferredLabel", "altLabels"});
        for (CsvRecord record; reader->next(record);) {
            const CsvRow row(*reader, record);
            // skillType is empty for a handful of ESCO skills; kept as it is.
            model::Skill skill = esco_skill(row, row.text("skillType"));
            seen.check(row, "conceptUri", skill.id);
            ctx.skills.insert(skill.id);
            ctx.result.data.skills.push_back(std::move(skill));
        }
    }
    {
        auto reader = ctx.open("skillGroups_en.csv", {"conceptUri", "preferredLabel", "altLabels"});
        for (CsvRecord record; reader->next(record);) {
            const CsvRow row(*reader, record);
            model::Skill group = esco_skill(row, kSkillGroup);
            seen.check(row, "conceptUri", group.id);
            ctx.skills.insert(group.id);
            ctx.result.data.skills.push_back(std::move(group));
        }
    }
    read_groups_only_in_hierarchy(ctx);
}

void read_esco_hierarchy(EscoContext& ctx) {
    auto reader = ctx.open("broaderRelationsSkillPillar.csv", {"conceptUri", "broaderUri"});
    std::unordered_map<std::string, std::size_t> first_line;
    for (CsvRecord record; reader->next(record);) {
        const CsvRow row(*reader, record);
        model::SkillBroader edge{row.id("conceptUri"), row.id("broaderUri")};
        for (const char* column : {"conceptUri", "broaderUri"}) {
            const std::string& uri = row.text(column);
            if (ctx.skills.count(uri) == 0) row.fail(column, "unknown skill or skill group '" + uri + "'");
        }
        const auto [it, inserted] = first_line.emplace(edge.skill_id + '\x1f' + edge.broader_id, row.line());
        if (!inserted) {
            row.fail("broaderUri", "duplicate relation '" + edge.skill_id + "' -> '" + edge.broader_id +
                                       "' (first on line " + std::to_string(it->second) + ")");
        }
        ctx.result.data.skill_broaders.push_back(std::move(edge));
    }
}

}  // namespace woshou::importers
