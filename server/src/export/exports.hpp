// The three export formats of an analysis report: CSV (one table), XLSX (a
// workbook) and a printable HTML page. All renderers are pure functions of
// their input: the same report always gives the same bytes.
#pragma once

#include "tabular_report.hpp"

#include <stdexcept>
#include <string>

namespace woshou::server::report {

// A report the renderers cannot express (a row whose cell count differs from
// its table's columns, a table without columns, too many rows for a sheet), or
// a failure of libxlsxwriter or of its temporary file.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// RFC 4180 CSV of `table`: a header of column names, then one record per row,
// LF line ends, no BOM; numbers in fixed notation with at most six decimals
// (percent columns keep their fraction: 0.25, not 25%). Throws ExportError.
std::string render_csv(const Table& table);

// The .xlsx bytes of `r`: a "summary" sheet (title, facts, sheet index), then
// one sheet per table with a bold frozen header, numeric cells kept numeric and
// percent columns formatted 0.0%. Throws ExportError.
std::string render_xlsx(const TabularReport& r);

// A self-contained printable XHTML5 page of `r` (UTF-8, A4 print CSS, no
// scripts or external resources) with the facts, the chart as inline SVG and
// every table; well-formed XML with all text escaped. Throws ExportError.
std::string render_html(const TabularReport& r);

}  // namespace woshou::server::report
