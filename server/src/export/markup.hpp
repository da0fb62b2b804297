// Escaping user text for the XHTML and SVG the HTML export writes.
#pragma once

#include <string>
#include <string_view>

namespace woshou::server::report {

// `text` made safe for XML element content and quoted attribute values alike:
// invalid UTF-8 repaired, forbidden control characters dropped, and & < > " '
// written as character references, so no user text can open a tag.
std::string escape_xml(std::string_view text);

}  // namespace woshou::server::report
