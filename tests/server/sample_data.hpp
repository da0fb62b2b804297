// A small, hand-written dataset for the server tests: two universities, four
// majors (one id holding a slash), two training plans, a prerequisite chain,
// a skill hierarchy with an ESCO-style URI, and outcomes.
#pragma once

#include "woshou/graph/model.hpp"
#include "woshou/graph/snapshot.hpp"

#include <memory>

namespace woshou::test {

// The dataset; same content on every call.
model::Dataset sample_dataset();

// sample_dataset() frozen at `version`.
std::shared_ptr<const graph::Snapshot> sample_snapshot(std::uint64_t version = 7);

// The ESCO-style skill id used in the sample (needs percent-encoding in a path).
inline constexpr const char* esco_skill_id = "http://data.europa.eu/esco/skill/abc-123";

}  // namespace woshou::test
