#include "text_table.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace woshou::clients {

std::size_t display_width(const std::string& utf8) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    std::size_t width = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            ++width;
            continue;
        }
        const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

std::string TextTable::render() const {
    std::vector<std::size_t> widths(headers_.size());
    for (std::size_t i = 0; i < headers_.size(); ++i) widths[i] = display_width(headers_[i]);
    for (const auto& row : rows_)
        for (std::size_t i = 0; i < headers_.size() && i < row.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));

    std::string out;
    auto append_line = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < headers_.size(); ++i) {
            const std::string& cell = i < cells.size() ? cells[i] : std::string();
            line += cell;
            if (i + 1 < headers_.size()) line += std::string(widths[i] - display_width(cell) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    };
    append_line(headers_);
    std::vector<std::string> rule;
    for (auto w : widths) rule.emplace_back(w, '-');
    append_line(rule);
    for (const auto& row : rows_) append_line(row);
    return out;
}

}  // namespace woshou::clients
