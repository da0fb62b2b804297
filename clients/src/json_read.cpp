#include "json_read.hpp"

#include <fmt/format.h>

namespace woshou::clients {

std::string str(const Json& v, const char* key) {
    if (!v.IsObject()) return {};
    auto it = v.FindMember(key);
    return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

double num(const Json& v, const char* key) {
    if (!v.IsObject()) return 0.0;
    auto it = v.FindMember(key);
    return it != v.MemberEnd() && it->value.IsNumber() ? it->value.GetDouble() : 0.0;
}

std::string whole(const Json& v, const char* key) {
    if (!v.IsObject()) return {};
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsNumber()) return {};
    return it->value.IsInt64() ? std::to_string(it->value.GetInt64()) : fmt::format("{:g}", it->value.GetDouble());
}

const Json& member(const Json& v, const char* key) {
    static const Json null;
    if (!v.IsObject()) return null;
    auto it = v.FindMember(key);
    return it == v.MemberEnd() ? null : it->value;
}

const Json& list(const Json& v, const char* key) {
    static const Json empty(rapidjson::kArrayType);
    const Json& m = member(v, key);
    return m.IsArray() ? m : empty;
}

}  // namespace woshou::clients
