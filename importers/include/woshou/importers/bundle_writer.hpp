// Writes a Dataset as a bundle folder (docs/bundle.md), e.g. for `woshou generate`.
#pragma once

#include "woshou/graph/model.hpp"

#include <filesystem>

namespace woshou::importers {

// Writes one CSV per entity that has rows into `dir` (created if missing),
// RFC 4180 quoted, with the bundle's header rows. A skill's first broader
// skill becomes its parent_id (a bundle holds one parent per skill); further
// parents are left out. Throws std::runtime_error naming the file on I/O errors.
void write_bundle(const model::Dataset& data, const std::filesystem::path& dir);

}  // namespace woshou::importers
