// The printable HTML export. The page is XHTML-compatible HTML5 (every tag
// closed, only XML's five character references) so it is both a browser page
// and well-formed XML that tests and tools can parse. Styles are inline and
// there is no script or external resource: the file prints and archives as is.
#include "cell_text.hpp"
#include "exports.hpp"
#include "markup.hpp"
#include "svg_bar_chart.hpp"

namespace woshou::server::report {
namespace {


// No "<", ">" or "&" here: the style element's content is parsed as XML too.
constexpr std::string_view stylesheet = R"(
@page { size: A4; margin: 15mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
       font-size: 10.5pt; color: #222; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 16pt; margin: 0 0 8pt 0; }
h2 { font-size: 12.5pt; margin: 14pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top;
         white-space: pre-line; }
thead th { background: #e8edf4; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.facts th { width: 30%; background: #f4f4f4; }
svg.chart { width: 100%; height: auto; }
svg.chart text { font-size: 12px; fill: #222; }
svg.chart rect.bar { fill: #3b6ea8; }
section { page-break-inside: auto; }
section.chart { page-break-inside: avoid; }
p.empty { color: #666; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
)";

void append_facts(std::string& html, const TabularReport& r) {
    if (r.facts.empty()) return;
    html += "<table class=\"facts\">\n<tbody>\n";
    for (const auto& [key, value] : r.facts) {
        html += "<tr><th scope=\"row\">" + escape_xml(key) + "</th><td>" + escape_xml(value) + "</td></tr>\n";
    }
    html += "</tbody>\n</table>\n";
}

void append_chart(std::string& html, const TabularReport& r) {
    if (r.chart_title.empty()) return;
    html += "<section class=\"chart\">\n<h2>" + escape_xml(r.chart_title) + "</h2>\n";
    std::string svg = svg_bar_chart(r.chart, r.chart_title, r.chart_percent);
    html += svg.empty() ? "<p class=\"empty\">\xE2\x80\x94</p>\n" : svg;
    html += "</section>\n";
}

void append_table(std::string& html, const Table& table) {
    html += "<section class=\"table\">\n";
    html += "<h2>" + escape_xml(table.title.empty() ? table.name : table.title) + "</h2>\n";
    html += "<table>\n<thead>\n<tr>";
    for (const auto& column : table.columns) {
        html += "<th scope=\"col\">" + escape_xml(column.title.empty() ? column.name : column.title) + "</th>";
    }
    html += "</tr>\n</thead>\n<tbody>\n";
    if (table.rows.empty()) {
        html += "<tr><td colspan=\"" + std::to_string(table.columns.size()) + "\">\xE2\x80\x94</td></tr>\n";
    }
    for (const auto& row : table.rows) {
        html += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c) {
            bool numeric = !std::holds_alternative<std::string>(row[c]);
            html += numeric ? "<td class=\"num\">" : "<td>";
            html += escape_xml(display_text(row[c], table.columns[c])) + "</td>";
        }
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string render_html(const TabularReport& r) {
    for (const auto& table : r.tables) check_table_shape(table);
    std::string title = escape_xml(r.title);
    std::string html =
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n"
        "<head>\n<meta charset=\"utf-8\"/>\n<title>" + title + "</title>\n<style>";
    html += stylesheet;
    html += "</style>\n</head>\n<body>\n<h1>" + title + "</h1>\n";
    append_facts(html, r);
    append_chart(html, r);
    for (const auto& table : r.tables) append_table(html, table);
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace woshou::server::report
