#include "svg_bar_chart.hpp"

#include "cell_text.hpp"
#include "markup.hpp"
#include "text_utf8.hpp"

#include <algorithm>
#include <cmath>

namespace woshou::server::report {
namespace {

// Geometry in SVG user units; the page scales the whole chart to its width.
// Sized for A4 portrait: 680 units fit the printable width at 96 dpi.
constexpr double chart_width = 680;
constexpr double label_width = 220;
constexpr double value_width = 80;
constexpr double bar_area = chart_width - label_width - value_width;
constexpr double row_height = 22;
constexpr double bar_height = 16;
constexpr double gap = 6;
// Labels longer than this many display columns are shortened with an ellipsis.
constexpr std::size_t max_label_columns = 34;

std::string coordinate(double value) { return format_number(std::round(value * 100) / 100); }

std::string shortened(const std::string& label) {
    std::string text = xml_safe_text(label);
    if (display_width(text) <= max_label_columns) return text;
    // One column is left for the ellipsis.
    return truncate_display_width(text, max_label_columns - 1) + "\xE2\x80\xA6";
}

double finite_or_zero(double value) { return std::isfinite(value) ? value : 0; }

}  // namespace

std::string svg_bar_chart(const std::vector<Bar>& bars, const std::string& title, bool percent) {
    if (bars.empty()) return "";
    double max_value = 0;
    for (const auto& bar : bars) max_value = std::max(max_value, finite_or_zero(bar.value));
    double height = double(bars.size()) * row_height + gap;

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                      coordinate(chart_width) + " " + coordinate(height) + "\" width=\"" +
                      coordinate(chart_width) + "\" height=\"" + coordinate(height) +
                      "\" aria-label=\"" + escape_xml(title) + "\">\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        double value = finite_or_zero(bar.value);
        double width = max_value > 0 && value > 0 ? value / max_value * bar_area : 0;
        double top = gap + double(i) * row_height;
        std::string baseline = coordinate(top + bar_height - 4);
        std::string shown = percent ? format_percent(bar.value) : format_number(bar.value);
        svg += "<text class=\"label\" x=\"" + coordinate(label_width - gap) + "\" y=\"" + baseline +
               "\" text-anchor=\"end\">" + escape_xml(shortened(bar.label)) + "</text>\n";
        svg += "<rect class=\"bar\" x=\"" + coordinate(label_width) + "\" y=\"" + coordinate(top) +
               "\" width=\"" + coordinate(width) + "\" height=\"" + coordinate(bar_height) +
               "\"><title>" + escape_xml(bar.label) + ": " + shown + "</title></rect>\n";
        svg += "<text class=\"value\" x=\"" + coordinate(label_width + width + gap) + "\" y=\"" + baseline +
               "\">" + shown + "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

}  // namespace woshou::server::report
