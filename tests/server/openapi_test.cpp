#include "woshou/server/router.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <string>

namespace {

// "METHOD /path" for every operation under `paths:` in docs/openapi.yaml.
// A line-based reading is enough: path keys sit at two spaces of indent,
// operation keys at four, as the file's own layout keeps them.
std::set<std::string> documented_operations(const std::string& file) {
    std::ifstream in(file);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << file);
    static const std::set<std::string> methods{"get", "put", "post", "delete", "patch", "head", "options", "trace"};
    std::set<std::string> operations;
    std::string line;
    std::string path;
    bool in_paths = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.find_first_not_of(' ') == std::string::npos) continue;
        if (line[0] != ' ' && line[0] != '#') {
            in_paths = line == "paths:";
            continue;
        }
        if (!in_paths) continue;
        auto indent = line.find_first_not_of(' ');
        std::string key = line.substr(indent, line.find(':', indent) - indent);
        if (indent == 2) {
            path = key;
            if (path.size() > 1 && (path.front() == '"' || path.front() == '\'')) path = path.substr(1, path.size() - 2);
        } else if (indent == 4 && methods.count(key)) {
            std::string method = key;
            std::transform(method.begin(), method.end(), method.begin(), [](unsigned char c) { return std::toupper(c); });
            operations.insert(method + " " + path);
        }
    }
    return operations;
}

std::set<std::string> served_operations() {
    std::set<std::string> operations;
    for (const auto& route : woshou::server::make_api_router().routes())
        operations.insert(route.method + " " + route.pattern);
    return operations;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(openapi)

BOOST_AUTO_TEST_CASE(every_served_route_is_documented_and_every_documented_route_is_served) {
    auto documented = documented_operations(WOSHOU_SOURCE_DIR "/docs/openapi.yaml");
    auto served = served_operations();
    BOOST_TEST(!served.empty());
    for (const auto& operation : served)
        BOOST_TEST(documented.count(operation) == 1u, "served but not in docs/openapi.yaml: " << operation);
    for (const auto& operation : documented)
        BOOST_TEST(served.count(operation) == 1u, "documented in docs/openapi.yaml but not served: " << operation);
}

BOOST_AUTO_TEST_SUITE_END()
