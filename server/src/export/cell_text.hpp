// How cells and numbers read as text, shared by the three formats so a value
// looks the same in CSV, HTML and the XLSX column widths.
#pragma once

#include "tabular_report.hpp"

#include <string>

namespace woshou::server::report {

// `value` in fixed notation with at most six decimals and no trailing zeros:
// 0.5 -> "0.5", 5.0/24 -> "0.208333", 3.0 -> "3", -0.0 -> "0". Non-finite
// values give "" because no format here can hold them as numbers.
std::string format_number(double value);

// `fraction` as a percentage with one decimal: 0.125 -> "12.5%"; "" if non-finite.
std::string format_percent(double fraction);

// The text of `cell`: strings as they are, numbers through format_number.
std::string cell_text(const Cell& cell);

// The text HTML shows for `cell` in `column`: percent columns as percentages.
std::string display_text(const Cell& cell, const Column& column);

// Throws ExportError unless `table` has columns and every row has one cell
// per column; the message names the table and the first bad row.
void check_table_shape(const Table& table);

}  // namespace woshou::server::report
