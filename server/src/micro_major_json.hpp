// JSON shapes of micro-major evaluations and recommendations
// (docs/micro-majors.md), shared by the planning routes and a proposal's page.
#pragma once

#include "json_out.hpp"
#include "woshou/graph/micro_major.hpp"

namespace woshou::server {

// Gap changes listed by default, and at most.
inline constexpr std::size_t default_change_limit = 20;
inline constexpr std::size_t max_change_limit = 1000;

// The members of an evaluation (alignment before/after, gain, credits, the
// courses taken, the bundle explained, terms, gap changes up to `limit`),
// written into an object the caller has opened.
void write_bundle_evaluation_members(JsonWriter& w, const graph::Snapshot& snapshot,
                                     const graph::BundleEvaluation& evaluation, std::size_t limit = default_change_limit);

// The same, as one JSON object.
void write_bundle_evaluation(JsonWriter& w, const graph::Snapshot& snapshot, const graph::BundleEvaluation& evaluation,
                             std::size_t limit = default_change_limit);

// A recommendation's members: method, guarantee, bounds, search statistics,
// the evaluation of the chosen bundle and the alternatives.
void write_recommendation_members(JsonWriter& w, const graph::Snapshot& snapshot,
                                  const graph::Recommendation& recommendation, std::size_t limit);

}  // namespace woshou::server
