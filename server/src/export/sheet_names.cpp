#include "sheet_names.hpp"

#include "text_utf8.hpp"

#include <algorithm>
#include <set>

namespace woshou::server::report {
namespace {

constexpr std::size_t max_sheet_name_units = 31;

// Excel compares sheet names case-insensitively; ASCII folding covers the
// names reports use (Chinese has no case).
std::string folded(std::string_view name) {
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); });
    return out;
}

}  // namespace

std::string sanitize_sheet_name(std::string_view name) {
    std::string text = repair_utf8(name);
    for (char& c : text) {
        bool forbidden = std::string_view("[]:*?/\\").find(c) != std::string_view::npos;
        if (forbidden || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '_';
    }
    text = truncate_utf16_units(text, max_sheet_name_units);
    while (!text.empty() && text.front() == '\'') text.erase(0, 1);
    while (!text.empty() && text.back() == '\'') text.pop_back();
    if (text.empty()) text = "sheet";
    if (folded(text) == "history") text += '_';  // reserved by Excel
    return text;
}

std::vector<std::string> workbook_sheet_names(const TabularReport& r) {
    std::vector<std::string> names{std::string(summary_sheet_name)};
    std::set<std::string> taken{folded(summary_sheet_name)};
    for (const auto& table : r.tables) {
        std::string base = sanitize_sheet_name(table.name);
        std::string name = base;
        for (int n = 2; taken.count(folded(name)) > 0; ++n) {
            std::string suffix = " (" + std::to_string(n) + ")";
            name = truncate_utf16_units(base, max_sheet_name_units - suffix.size()) + suffix;
        }
        taken.insert(folded(name));
        names.push_back(name);
    }
    return names;
}

}  // namespace woshou::server::report
