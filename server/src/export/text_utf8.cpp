#include "text_utf8.hpp"

#include <cstdint>

namespace woshou::server::report {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// Decodes one code point at `text[pos]`; returns its byte length, or 0 when
// the bytes there are not a valid, shortest-form UTF-8 sequence.
std::size_t decode(std::string_view text, std::size_t pos, char32_t& code_point) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    unsigned char lead = byte(0);
    std::size_t length = 0;
    char32_t value = 0;
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) return 0;
        value = (value << 6) | (byte(i) & 0x3F);
    }
    bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
    bool surrogate = value >= 0xD800 && value <= 0xDFFF;
    if (overlong || surrogate || value > 0x10FFFF) return 0;
    code_point = value;
    return length;
}

bool is_xml_char(char32_t c) {
    if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
    return c != 0xFFFE && c != 0xFFFF;
}

// East Asian Wide and Fullwidth ranges that occur in practice.
bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

template <typename Visit>
std::string filter(std::string_view text, Visit keep) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = 0;
        std::size_t length = decode(text, pos, c);
        if (length == 0) {
            out += replacement_character;
            ++pos;
            continue;
        }
        if (keep(c)) out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}

}  // namespace

std::string repair_utf8(std::string_view text) {
    return filter(text, [](char32_t) { return true; });
}

std::string xml_safe_text(std::string_view text) {
    return filter(text, is_xml_char);
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = 0;
        std::size_t length = decode(text, pos, c);
        width += (length != 0 && is_wide(c)) ? 2 : 1;
        pos += length == 0 ? 1 : length;
    }
    return width;
}

std::string truncate_display_width(std::string_view text, std::size_t max_columns) {
    std::size_t columns = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        std::size_t length = decode(text, pos, c);
        std::size_t cost = (length != 0 && is_wide(c)) ? 2 : 1;
        if (columns + cost > max_columns) break;
        columns += cost;
        pos += length == 0 ? 1 : length;
    }
    return std::string(text.substr(0, pos));
}

std::string truncate_utf16_units(std::string_view text, std::size_t max_units) {
    std::size_t units = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        std::size_t length = decode(text, pos, c);
        if (length == 0) length = 1;  // callers pass repaired text; stay total anyway
        std::size_t cost = c >= 0x10000 ? 2 : 1;
        if (units + cost > max_units) break;
        units += cost;
        pos += length;
    }
    return std::string(text.substr(0, pos));
}

}  // namespace woshou::server::report
