// The HTML export's chart: a horizontal bar chart as inline SVG.
#pragma once

#include "tabular_report.hpp"

#include <string>
#include <vector>

namespace woshou::server::report {

// An <svg> element with one row per bar in order: the label (shortened to fit,
// in full in the bar's <title> tooltip), exactly one <rect> whose width is
// proportional to value / max value (negative values draw nothing), and the
// value as text (a percentage when `percent`). Empty `bars` give an empty string.
std::string svg_bar_chart(const std::vector<Bar>& bars, const std::string& title, bool percent = false);

}  // namespace woshou::server::report
