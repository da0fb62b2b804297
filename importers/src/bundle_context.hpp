// State shared by the per-file bundle readers: the rows read so far, every id
// known from the database or the bundle, and helpers for the common checks.
#pragma once

#include "csv_row.hpp"
#include "woshou/graph/model.hpp"
#include "woshou/importers/csv_reader.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace woshou::importers {

using IdSet = std::unordered_set<std::string>;

struct BundleContext {
    // Seeds the known ids with everything `existing` holds; rows go to `out`.
    BundleContext(std::filesystem::path dir, const model::Dataset& existing, model::Dataset& out);

    // Opens `file` in the bundle with its required columns, or nullptr when absent.
    std::unique_ptr<CsvReader> open(const std::string& file, const std::vector<std::string>& columns);

    // Throws "unknown ENTITY 'ID'" at `column` unless the row's id there is in `known`.
    static void require(const CsvRow& row, std::string_view column, const IdSet& known,
                        std::string_view entity);

    std::filesystem::path dir;
    const model::Dataset& existing;
    model::Dataset& out;
    std::size_t files_read = 0;
    std::vector<std::size_t> prerequisite_lines;  // parallel to out.prerequisites

    IdSet universities, majors, courses, plans, skills, occupations, employers, demands;
};

// Rejects a key seen before in the same file, naming the line it was first on.
class DuplicateGuard {
public:
    // For a single id column.
    void check(const CsvRow& row, std::string_view column, const std::string& id);
    // For a composite key of two columns; the error names `second`.
    void check(const CsvRow& row, std::string_view first, const std::string& first_value,
               std::string_view second, const std::string& second_value);

private:
    std::unordered_map<std::string, std::size_t> first_line_;
};

// A row of a file whose natural key (e.g. university + course code) the
// database keeps unique besides the id.
struct KeyedRow {
    std::string id;
    std::string key;          // the natural key, joined
    std::string description;  // how errors name the key, e.g. "code 'CS101' of university 'TJU'"
    std::size_t line;
};

// Throws when two different ids share a natural key, within `rows` or with an
// `existing` (id, key) pair whose id the bundle does not redefine.
void check_natural_keys(const std::string& file, std::string_view column, std::string_view entity,
                        const std::vector<KeyedRow>& rows,
                        const std::vector<std::pair<std::string, std::string>>& existing);

// The per-file readers, called in dependency order by read_bundle.
void read_universities(BundleContext& ctx);
void read_majors(BundleContext& ctx);
void read_courses(BundleContext& ctx);
void read_plans(BundleContext& ctx);
void read_plan_courses(BundleContext& ctx);
void read_prerequisites(BundleContext& ctx);
void read_outcomes(BundleContext& ctx);
void read_skills(BundleContext& ctx);
void read_course_skills(BundleContext& ctx);
void read_occupations(BundleContext& ctx);
void read_occupation_skills(BundleContext& ctx);
void read_employers(BundleContext& ctx);
void read_demands(BundleContext& ctx);
void read_demand_skills(BundleContext& ctx);

// Throws when the existing plus new prerequisite edges contain a cycle,
// naming it by course codes at the line of one of its new edges.
void check_prerequisite_cycles(const BundleContext& ctx);

}  // namespace woshou::importers
