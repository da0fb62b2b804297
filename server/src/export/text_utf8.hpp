// UTF-8 helpers of the exports: user text may hold anything, the output
// formats may not (XML forbids most control characters, Excel limits lengths).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace woshou::server::report {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view text);

// `text` repaired, without the characters XML 1.0 forbids (C0 controls other
// than tab, LF and CR; U+FFFE, U+FFFF), so it can go into any XML document.
std::string xml_safe_text(std::string_view text);

// Columns `text` takes in a monospaced view: 2 for East Asian wide characters
// (Chinese, Japanese, Korean, full-width forms), 1 for the rest.
std::size_t display_width(std::string_view text);

// The longest prefix of valid UTF-8 `text` whose length in UTF-16 code units
// (what Excel counts) is at most `max_units`; never splits a character.
std::string truncate_utf16_units(std::string_view text, std::size_t max_units);

// The longest prefix of `text` whose display_width is at most `max_columns`;
// never splits a character.
std::string truncate_display_width(std::string_view text, std::size_t max_columns);

}  // namespace woshou::server::report
