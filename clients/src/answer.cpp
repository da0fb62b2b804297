#include "answer.hpp"

#include "json_read.hpp"

#include <fmt/format.h>

namespace woshou::clients {

int print_answer(const HttpResult& result, bool raw_json, const std::function<void(const rapidjson::Document&)>& render) {
    rapidjson::Document doc;
    doc.Parse(result.body.c_str());
    if (result.status != 200) {
        const bool enveloped = !doc.HasParseError() && doc.IsObject() && doc.HasMember("error");
        fmt::print(stderr, "error {}: {}\n", result.status, enveloped ? str(doc["error"], "message") : result.body);
        return 2;
    }
    if (raw_json) {
        fmt::print("{}\n", result.body);
        return 0;
    }
    if (doc.HasParseError()) {
        fmt::print(stderr, "the server answered with something that is not JSON\n");
        return 1;
    }
    render(doc);
    return 0;
}

}  // namespace woshou::clients
