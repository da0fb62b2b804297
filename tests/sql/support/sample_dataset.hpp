// A small dataset touching every entity and every field, including the edge
// cases storage could lose: missing hours, empty optional text, Chinese text,
// ids with spaces, alternative labels with spaces, non-terminating doubles.
#pragma once

#include "woshou/graph/model.hpp"

namespace woshou::sql::test {

// The sample, with rows deliberately not in key order.
model::Dataset sample_dataset();

// `dataset` with every vector sorted by its key in byte order, which is the
// order Database::load promises.
model::Dataset in_key_order(model::Dataset dataset);

}  // namespace woshou::sql::test
