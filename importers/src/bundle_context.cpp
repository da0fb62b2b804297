#include "bundle_context.hpp"

#include <utility>

namespace woshou::importers {
namespace {

template <typename Row>
void collect_ids(const std::vector<Row>& rows, IdSet& into) {
    for (const Row& row : rows) into.insert(row.id);
}

}  // namespace

BundleContext::BundleContext(std::filesystem::path bundle_dir, const model::Dataset& existing_rows,
                             model::Dataset& out_rows)
    : dir(std::move(bundle_dir)), existing(existing_rows), out(out_rows) {
    collect_ids(existing.universities, universities);
    collect_ids(existing.majors, majors);
    collect_ids(existing.courses, courses);
    collect_ids(existing.plans, plans);
    collect_ids(existing.skills, skills);
    collect_ids(existing.occupations, occupations);
    collect_ids(existing.employers, employers);
    collect_ids(existing.demands, demands);
}

std::unique_ptr<CsvReader> BundleContext::open(const std::string& file,
                                               const std::vector<std::string>& columns) {
    const std::filesystem::path path = dir / file;
    if (!std::filesystem::exists(path)) return nullptr;
    ++files_read;
    return std::make_unique<CsvReader>(path, file, columns);
}

void BundleContext::require(const CsvRow& row, std::string_view column, const IdSet& known,
                            std::string_view entity) {
    const std::string& id = row.text(column);
    if (known.count(id) == 0) row.fail(column, "unknown " + std::string(entity) + " '" + id + "'");
}

void DuplicateGuard::check(const CsvRow& row, std::string_view column, const std::string& id) {
    const auto [it, inserted] = first_line_.emplace(id, row.line());
    if (!inserted) {
        row.fail(column, "duplicate " + std::string(column) + " '" + id + "' (first on line " +
                             std::to_string(it->second) + ")");
    }
}

void DuplicateGuard::check(const CsvRow& row, std::string_view first, const std::string& first_value,
                           std::string_view second, const std::string& second_value) {
    // A unit separator cannot occur in ids (control characters are rejected).
    const auto [it, inserted] = first_line_.emplace(first_value + '\x1f' + second_value, row.line());
    if (!inserted) {
        row.fail(second, "duplicate row for " + std::string(first) + " '" + first_value + "' and " +
                             std::string(second) + " '" + second_value + "' (first on line " +
                             std::to_string(it->second) + ")");
    }
}

void check_natural_keys(const std::string& file, std::string_view column, std::string_view entity,
                        const std::vector<KeyedRow>& rows,
                        const std::vector<std::pair<std::string, std::string>>& existing) {
    IdSet redefined;
    for (const KeyedRow& row : rows) redefined.insert(row.id);
    struct Owner {
        std::string id;
        std::size_t line;  // 0 = a row already in the database
    };
    std::unordered_map<std::string, Owner> owner_of;
    for (const auto& [id, key] : existing) {
        if (redefined.count(id) == 0) owner_of.emplace(key, Owner{id, 0});
    }
    for (const KeyedRow& row : rows) {
        const auto [it, inserted] = owner_of.emplace(row.key, Owner{row.id, row.line});
        if (inserted || it->second.id == row.id) continue;
        const std::string where = it->second.line == 0 ? "already in the database"
                                                       : "on line " + std::to_string(it->second.line);
        throw ImportError(file, row.line, std::string(column),
                          row.description + " is already used by " + std::string(entity) + " '" +
                              it->second.id + "' (" + where + ")");
    }
}

}  // namespace woshou::importers
