#include "json_body.hpp"

#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace woshou::server {

void throw_invalid_body(const std::string& message) { throw HttpError(400, "invalid_body", message); }

std::string describe_json(const rapidjson::Value& value) {
    if (value.IsString()) {
        // The text itself, cut to 40 bytes without splitting a UTF-8 character.
        std::string text(value.GetString(), value.GetStringLength());
        if (text.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            text = text.substr(0, cut) + "...";
        }
        return "'" + text + "'";
    }
    if (value.IsNumber()) {
        if (value.IsInt64()) return std::to_string(value.GetInt64());
        if (value.IsUint64()) return std::to_string(value.GetUint64());
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", value.GetDouble());
        return buffer;
    }
    if (value.IsBool()) return value.GetBool() ? "true" : "false";
    if (value.IsNull()) return "null";
    return value.IsArray() ? "an array" : "an object";
}

void require_json_content_type(const Request& request) {
    const std::string* type = request.header("Content-Type");
    std::string media = type ? type->substr(0, type->find(';')) : std::string();
    media.erase(std::remove_if(media.begin(), media.end(), [](unsigned char c) { return std::isspace(c); }), media.end());
    std::transform(media.begin(), media.end(), media.begin(), [](unsigned char c) { return std::tolower(c); });
    if (media != "application/json")
        throw HttpError(415, "unsupported_media_type",
                        request.method + " " + request.path + " takes a JSON body: Content-Type must be application/json" +
                            (type ? ", got '" + *type + "'" : std::string(", and none was given")));
}

rapidjson::Document parse_json_object(const Request& request) {
    require_json_content_type(request);
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos)
        throw_invalid_body("the request body is empty; expected a JSON object");
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(request.body.data(),
                                                                                      request.body.size());
    if (doc.HasParseError())
        throw_invalid_body(std::string("the request body is not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                           " (at byte " + std::to_string(doc.GetErrorOffset()) + ")");
    if (!doc.IsObject()) throw_invalid_body("the request body must be a JSON object, got " + describe_json(doc));
    return doc;
}

void check_members(const rapidjson::Value& object, std::string_view where, std::initializer_list<std::string_view> known) {
    check_members(object, where, std::vector<std::string_view>(known));
}

void check_members(const rapidjson::Value& object, std::string_view where, const std::vector<std::string_view>& known) {
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const std::string_view name(it->name.GetString(), it->name.GetStringLength());
        const std::string path = where.empty() ? std::string(name) : std::string(where) + "." + std::string(name);
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string list;
            for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
            throw_invalid_body("field '" + path + "' is not accepted (known: " + list + ")");
        }
        for (auto before = object.MemberBegin(); before != it; ++before)
            if (std::string_view(before->name.GetString(), before->name.GetStringLength()) == name)
                throw_invalid_body("field '" + path + "' is given more than once");
    }
}

const rapidjson::Value* member(const rapidjson::Value& object, std::string_view name) {
    auto it = object.FindMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size())));
    return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string text_field(const rapidjson::Value& value, const std::string& path, std::size_t max_length) {
    if (!value.IsString()) throw_invalid_body("field '" + path + "' must be a string, got " + describe_json(value));
    std::string text(value.GetString(), value.GetStringLength());
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw_invalid_body("field '" + path + "' must not be empty");
    if (text.find('\0') != std::string::npos) throw_invalid_body("field '" + path + "' must not contain a NUL character");
    if (text.size() > max_length)
        throw_invalid_body("field '" + path + "' must be at most " + std::to_string(max_length) + " bytes");
    return text;
}

double number_field(const rapidjson::Value& value, const std::string& path, double min, bool min_open, double max) {
    char range[64];
    std::snprintf(range, sizeof range, "%s%g, %g]", min_open ? "(" : "[", min, max);
    if (!value.IsNumber())
        throw_invalid_body("field '" + path + "' must be a number in " + range + ", got " + describe_json(value));
    const double x = value.GetDouble();
    if (!(std::isfinite(x) && (min_open ? x > min : x >= min) && x <= max))
        throw_invalid_body("field '" + path + "' must be in " + range + ", got " + describe_json(value));
    return x;
}

long long integer_field(const rapidjson::Value& value, const std::string& path, long long min, long long max) {
    if (!value.IsInt64()) throw_invalid_body("field '" + path + "' must be a whole number, got " + describe_json(value));
    const long long x = value.GetInt64();
    if (x < min || x > max)
        throw_invalid_body("field '" + path + "' must be between " + std::to_string(min) + " and " + std::to_string(max) +
                           ", got " + std::to_string(x));
    return x;
}

}  // namespace woshou::server
