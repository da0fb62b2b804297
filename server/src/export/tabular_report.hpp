// A report as tables, the common input of the CSV, XLSX and HTML exports.
//
// Handlers build a TabularReport from an analysis result (gap report, plan
// comparison, university overview, demand analysis); the renderers know
// nothing about analyses, only titles, facts, tables and one bar chart.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace woshou::server::report {

// A cell: text, or a number that spreadsheets should keep numeric.
using Cell = std::variant<std::string, double, long long>;

struct Column {
    std::string name;        // machine name, used as the CSV header: "skill_id"
    std::string title;       // human title for XLSX/HTML: "Skill"
    bool percent = false;    // a share in [0,1] shown as a percentage in XLSX/HTML
};

struct Table {
    std::string name;   // short section name, also the XLSX sheet name (<= 31 chars): "gaps"
    std::string title;  // human title: "Largest gaps"
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;  // each row has columns.size() cells
};

// One bar of the HTML chart, e.g. a gap: label and value in [0, max].
struct Bar {
    std::string label;
    double value = 0;
};

struct TabularReport {
    std::string title;                                       // "Gap report: 软件工程 (JHUT-080902)"
    std::vector<std::pair<std::string, std::string>> facts;  // snapshot, plan, scope, parameters, alignment...
    std::vector<Table> tables;                               // first table is the main one (CSV default)
    std::string chart_title;                                 // empty: no chart
    std::vector<Bar> chart;                                  // drawn as an inline SVG bar chart in HTML
    bool chart_percent = false;                              // bar values are shares, shown as 12.5%
};

}  // namespace woshou::server::report
