// Reads and validates a bundle folder (docs/bundle.md is the contract).
#pragma once

#include "woshou/graph/model.hpp"
#include "woshou/importers/import_error.hpp"

#include <filesystem>
#include <functional>

namespace woshou::importers {

// Parses every bundle CSV file present in `dir` and checks it against itself
// and against `existing` (what the database already holds): headers, types,
// ranges, UTF-8, duplicate ids, references, placed <= graduates, prerequisite
// cycles over existing + new edges. Returns the rows to upsert.
// Throws ImportError naming file, line, column and reason on the first error.
model::Dataset read_bundle(const std::filesystem::path& dir, const model::Dataset& existing);

// Called with the address of one of the output Dataset's row vectors (e.g.
// &out.courses) once that vector is complete: no later file adds to it.
using TableDoneFn = std::function<void(const void* rows)>;

// read_bundle into `out` (empty), calling `done` for each of out's vectors as
// its file has been read and validated, so a writer on another thread can
// write that table while later files are still read (clients' import bundle).
// Checks that span files (prerequisite cycles) run after the last `done`:
// a writer must not commit until read_bundle_into has returned. Throws as
// read_bundle does; `out` is then incomplete.
void read_bundle_into(const std::filesystem::path& dir, const model::Dataset& existing, model::Dataset& out,
                      const TableDoneFn& done);

}  // namespace woshou::importers
