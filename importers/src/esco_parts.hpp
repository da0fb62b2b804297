// The steps of read_esco, one per group of ESCO files.
#pragma once

#include "woshou/importers/esco_reader.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace woshou::importers {

class CsvReader;

struct EscoContext {
    std::filesystem::path dir;
    EscoOptions options;
    EscoResult result;
    std::unordered_set<std::string> skills;  // skill and skill group URIs
    std::unordered_set<std::string> occupations;

    // Opens a required ESCO file; throws ImportError when it is missing.
    std::unique_ptr<CsvReader> open(const std::string& file, const std::vector<std::string>& columns,
                                    bool pad_short_records = false) const;
};

// skills_en.csv, skillGroups_en.csv and the groups only skillsHierarchy_en.csv names.
void read_esco_skills(EscoContext& ctx);
// broaderRelationsSkillPillar.csv; both ends must be known.
void read_esco_hierarchy(EscoContext& ctx);
// occupations_en.csv.
void read_esco_occupations(EscoContext& ctx);
// occupationSkillRelations.csv, applying the unknown-occupation policy.
void read_esco_relations(EscoContext& ctx);

}  // namespace woshou::importers
