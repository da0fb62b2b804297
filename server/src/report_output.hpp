// One response for an analysis in any of the report formats.
#pragma once

#include "analysis_params.hpp"
#include "export/tabular_report.hpp"
#include "json_out.hpp"

#include <functional>
#include <string>

namespace woshou::server {

struct ReportRenderers {
    // Writes the members of the top-level JSON object (the caller adds nothing else).
    std::function<void(JsonWriter&)> json;
    // The same report as tables, for CSV, XLSX and HTML.
    std::function<report::TabularReport()> tables;
};

// Renders the report in `format`. CSV carries one table: `section` names it
// (default: the first); an unknown section is a 400 listing the known ones.
// Non-JSON responses carry the snapshot version in X-Woshou-Snapshot and
// XLSX a Content-Disposition with `file_stem`.xlsx.
Response report_response(const Request& request, const Context& context, ReportFormat format,
                         const std::string& file_stem, const ReportRenderers& renderers);

// Writes "parameters": {"elective_factor", "taxonomy_decay", then `extra` in order}.
// Extra values that are whole numbers are written as numbers, the rest as strings.
void write_parameters(JsonWriter& w, const graph::CoverageParams& params,
                      const std::vector<std::pair<std::string, std::string>>& extra);

// Writes {"region":..,"industry":..,...} with null for filters not given.
void write_scope(JsonWriter& w, const graph::DemandScope& scope);
// "region=滨海新区, since=2025-01-01" or "whole city, all dates".
std::string describe_scope(const graph::DemandScope& scope);

}  // namespace woshou::server
