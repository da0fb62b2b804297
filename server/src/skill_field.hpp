// A skill named in a request body by id or label.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>

namespace woshou::server {

// The skill id `text` means (an id, or a label in Chinese or English, normalised).
// 400 invalid_body naming `path` and the closest candidates when nothing matches.
std::string resolve_skill_field(const graph::Snapshot& snapshot, const std::string& text, const std::string& path);

}  // namespace woshou::server
