#include <cctype>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

namespace {

bool starts_with_ci(const std::string& text, std::size_t at, const std::string& prefix) {
    if (text.size() - at < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) return false;
    }
    return true;
}

// URI form: postgresql://user:secret@host/db -> postgresql://user:***@host/db
std::string redact_uri_userinfo(const std::string& connection) {
    auto scheme_end = connection.find("://");
    if (scheme_end == std::string::npos || scheme_end == 0) return connection;
    for (std::size_t i = 0; i < scheme_end; ++i) {
        if (!std::isalpha(static_cast<unsigned char>(connection[i]))) return connection;  // not a URI
    }
    std::size_t authority = scheme_end + 3;
    std::size_t authority_end = connection.find_first_of("/?#", authority);
    if (authority_end == std::string::npos) authority_end = connection.size();
    // The last '@' ends the user info; an unencoded '@' in a password stays hidden.
    std::size_t at = connection.rfind('@', authority_end);
    if (at == std::string::npos || at < authority) return connection;
    std::size_t colon = connection.find(':', authority);
    if (colon == std::string::npos || colon > at) return connection;
    return connection.substr(0, colon + 1) + "***" + connection.substr(at);
}

// Keyword form (password=x, password = 'a b') and URI query (?password=x&...).
std::string redact_password_keyword(const std::string& connection) {
    std::string out;
    std::size_t i = 0;
    while (i < connection.size()) {
        bool at_word_start = i == 0 || !(std::isalnum(static_cast<unsigned char>(connection[i - 1])) ||
                                         connection[i - 1] == '_');
        if (!at_word_start || !starts_with_ci(connection, i, "password")) {
            out += connection[i++];
            continue;
        }
        std::size_t j = i + 8;
        while (j < connection.size() && connection[j] == ' ') ++j;
        if (j >= connection.size() || connection[j] != '=') {
            out += connection[i++];
            continue;
        }
        ++j;
        while (j < connection.size() && connection[j] == ' ') ++j;
        std::size_t value_end = j;
        if (value_end < connection.size() && connection[value_end] == '\'') {
            ++value_end;
            while (value_end < connection.size() && connection[value_end] != '\'') {
                if (connection[value_end] == '\\') ++value_end;  // libpq's \' escape
                ++value_end;
            }
            value_end = std::min(value_end + 1, connection.size());
        } else {
            while (value_end < connection.size() && connection[value_end] != ' ' &&
                   connection[value_end] != '&' && connection[value_end] != '#') {
                ++value_end;
            }
        }
        out += "password=***";
        i = value_end;
    }
    return out;
}

}  // namespace

std::string redact_connection_string(const std::string& connection) {
    return redact_password_keyword(redact_uri_userinfo(connection));
}

}  // namespace woshou::sql
