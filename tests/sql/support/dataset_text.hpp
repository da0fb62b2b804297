// A Dataset as one line per row, so tests can compare datasets field by
// field and a failure prints exactly which row differs.
#pragma once

#include <string>
#include <vector>

#include "woshou/graph/model.hpp"

namespace woshou::sql::test {

// Every row of every entity, prefixed by the entity name, in Dataset order.
// Doubles are printed with 17 significant digits, so any change shows.
std::vector<std::string> dataset_lines(const model::Dataset& dataset);

}  // namespace woshou::sql::test
