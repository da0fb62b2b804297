// Reads the official ESCO v1.1.1 CSV download (English).
#pragma once

#include "woshou/graph/model.hpp"
#include "woshou/importers/import_error.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace woshou::importers {

struct EscoOptions {
    // An occupation->skill relation whose occupation is not in occupations_en.csv
    // is an error by default; with this set it is skipped and reported as a warning.
    bool skip_unknown_occupations = false;
};

struct EscoResult {
    model::Dataset data;                // skills (incl. skill groups), hierarchy, occupations, relations
    std::vector<std::string> warnings;  // one line each, e.g. a skipped relation by URI
};

// Reads skills_en.csv, skillGroups_en.csv, broaderRelationsSkillPillar.csv,
// occupations_en.csv and occupationSkillRelations.csv from `dir`.
// Throws ImportError on malformed input or (by default) unknown references.
EscoResult read_esco(const std::filesystem::path& dir, const EscoOptions& options);

}  // namespace woshou::importers
