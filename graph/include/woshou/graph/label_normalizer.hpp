// Normalises labels for matching: Unicode NFKC (which also folds full-width
// forms to half-width), case folding, and collapsing of white space.
#pragma once

#include <string>
#include <string_view>

namespace woshou::graph {

// Returns the normalised form of a UTF-8 label ("Ｐｙｔｈｏｎ  编程" -> "python 编程").
// Invalid UTF-8 yields an empty string.
std::string normalize_label(std::string_view utf8);

// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace woshou::graph
