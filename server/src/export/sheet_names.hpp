// Excel's rules for worksheet names, applied to table names from reports.
#pragma once

#include "tabular_report.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace woshou::server::report {

// The name of the workbook's first sheet, holding the title and facts.
inline constexpr std::string_view summary_sheet_name = "summary";

// `name` made a legal sheet name: []:*?/\ and control characters become "_",
// no leading or trailing apostrophe, not empty, not "History", at most 31
// UTF-16 units (Excel's limit).
std::string sanitize_sheet_name(std::string_view name);

// The sheet names of `r`'s workbook: "summary", then one per table in order,
// sanitized and made unique ignoring case by a " (2)", " (3)"... suffix.
std::vector<std::string> workbook_sheet_names(const TabularReport& r);

}  // namespace woshou::server::report
