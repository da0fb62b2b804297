#include "markup.hpp"

#include "text_utf8.hpp"

namespace woshou::server::report {

std::string escape_xml(std::string_view text) {
    std::string safe = xml_safe_text(text);
    std::string out;
    out.reserve(safe.size());
    for (char c : safe) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace woshou::server::report
