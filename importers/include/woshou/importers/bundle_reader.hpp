// Reads and validates a bundle folder (docs/bundle.md is the contract).
#pragma once

#include "woshou/graph/model.hpp"
#include "woshou/importers/import_error.hpp"

#include <filesystem>

namespace woshou::importers {

// Parses every bundle CSV file present in `dir` and checks it against itself
// and against `existing` (what the database already holds): headers, types,
// ranges, UTF-8, duplicate ids, references, placed <= graduates, prerequisite
// cycles over existing + new edges. Returns the rows to upsert.
// Throws ImportError naming file, line, column and reason on the first error.
model::Dataset read_bundle(const std::filesystem::path& dir, const model::Dataset& existing);

}  // namespace woshou::importers
