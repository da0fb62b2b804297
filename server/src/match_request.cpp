#include "match_request.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace woshou::server {
namespace {

[[noreturn]] void invalid(const std::string& message) { throw HttpError(400, "invalid_body", message); }

// A short description of a JSON value for messages: the number or string
// itself (cut to 40 bytes), else its type.
std::string describe(const rapidjson::Value& value) {
    if (value.IsString()) {
        std::string text(value.GetString(), value.GetStringLength());
        if (text.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
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
                        "POST /api/v1/match takes a JSON body: Content-Type must be application/json" +
                            (type ? ", got '" + *type + "'" : std::string(", and none was given")));
}

// Rejects members outside `known` and members given twice.
void check_members(const rapidjson::Value& object, std::string_view where, std::initializer_list<std::string_view> known) {
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const std::string_view name(it->name.GetString(), it->name.GetStringLength());
        const std::string path = where.empty() ? std::string(name) : std::string(where) + "." + std::string(name);
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string list;
            for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
            invalid("field '" + path + "' is not accepted (known: " + list + ")");
        }
        for (auto before = object.MemberBegin(); before != it; ++before)
            if (std::string_view(before->name.GetString(), before->name.GetStringLength()) == name)
                invalid("field '" + path + "' is given more than once");
    }
}

std::string text_field(const rapidjson::Value& value, const std::string& path) {
    if (!value.IsString()) invalid("field '" + path + "' must be a string, got " + describe(value));
    std::string text(value.GetString(), value.GetStringLength());
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) invalid("field '" + path + "' must not be empty");
    if (text.find('\0') != std::string::npos) invalid("field '" + path + "' must not contain a NUL character");
    return text;
}

double number_field(const rapidjson::Value& value, const std::string& path, double min, bool min_open, double max) {
    const std::string range = (min_open ? "(" : "[") + std::to_string(static_cast<int>(min)) + ", " +
                              std::to_string(static_cast<int>(max)) + "]";
    if (!value.IsNumber()) invalid("field '" + path + "' must be a number in " + range + ", got " + describe(value));
    const double number = value.GetDouble();
    const bool above_min = min_open ? number > min : number >= min;
    if (!std::isfinite(number) || !above_min || number > max)
        invalid("field '" + path + "' must be in " + range + ", got " + describe(value));
    return number;
}

std::vector<RequestedSkill> skills_field(const rapidjson::Value& value) {
    if (!value.IsArray()) invalid("field 'skills' must be an array, got " + describe(value));
    if (value.Empty()) invalid("field 'skills' must hold at least one skill");
    if (value.Size() > max_requested_skills)
        invalid("field 'skills' holds " + std::to_string(value.Size()) + " skills; at most " +
                std::to_string(max_requested_skills) + " are accepted");
    std::vector<RequestedSkill> skills;
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        const std::string path = "skills[" + std::to_string(i) + "]";
        const auto& item = value[i];
        RequestedSkill skill{path, {}, 1.0};
        if (item.IsString()) {
            // A bare string is a skill with weight 1.
            skill.text = text_field(item, path);
        } else if (item.IsObject()) {
            check_members(item, path, {"skill", "weight"});
            auto text = item.FindMember("skill");
            if (text == item.MemberEnd()) invalid("field '" + path + ".skill' is required (a skill id or label)");
            skill.text = text_field(text->value, path + ".skill");
            if (auto weight = item.FindMember("weight"); weight != item.MemberEnd())
                skill.weight = number_field(weight->value, path + ".weight", 0, true, 1);
        } else {
            invalid("field '" + path + "' must be an object {\"skill\", \"weight\"} or a string, got " + describe(item));
        }
        skills.push_back(std::move(skill));
    }
    return skills;
}

}  // namespace

MatchRequest parse_match_request(const Request& request) {
    require_json_content_type(request);
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos)
        invalid("the request body is empty; expected a JSON object");
    rapidjson::Document doc;
    // Iterative: deep nesting cannot exhaust the stack. The session has already bounded the size.
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(request.body.data(),
                                                                                         request.body.size());
    if (doc.HasParseError())
        invalid(std::string("the request body is not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                " (at byte " + std::to_string(doc.GetErrorOffset()) + ")");
    if (!doc.IsObject()) invalid("the request body must be a JSON object, got " + describe(doc));
    check_members(doc, "", {"skills", "occupation", "demand", "region", "limit", "elective_factor", "taxonomy_decay"});

    MatchRequest parsed;
    const auto skills = doc.FindMember("skills");
    const auto occupation = doc.FindMember("occupation");
    const auto demand = doc.FindMember("demand");
    const int forms = (skills != doc.MemberEnd()) + (occupation != doc.MemberEnd()) + (demand != doc.MemberEnd());
    if (forms != 1)
        invalid(std::string(forms == 0 ? "one of the fields 'skills', 'occupation' or 'demand' is required"
                                       : "give only one of the fields 'skills', 'occupation' and 'demand'"));
    if (skills != doc.MemberEnd()) {
        parsed.source = MatchSource::skills;
        parsed.skills = skills_field(skills->value);
    } else if (occupation != doc.MemberEnd()) {
        parsed.source = MatchSource::occupation;
        parsed.reference = text_field(occupation->value, "occupation");
    } else {
        parsed.source = MatchSource::demand;
        parsed.reference = text_field(demand->value, "demand");
    }

    if (auto region = doc.FindMember("region"); region != doc.MemberEnd()) {
        if (!region->value.IsString()) invalid("field 'region' must be a string, got " + describe(region->value));
        parsed.region.assign(region->value.GetString(), region->value.GetStringLength());
    }
    if (auto limit = doc.FindMember("limit"); limit != doc.MemberEnd()) {
        const auto& v = limit->value;
        const std::string range = "an integer between 1 and " + std::to_string(max_match_limit);
        if (!v.IsUint64() || v.GetUint64() < 1 || v.GetUint64() > max_match_limit)
            invalid("field 'limit' must be " + range + ", got " + describe(v));
        parsed.limit = static_cast<std::size_t>(v.GetUint64());
    }
    if (auto e = doc.FindMember("elective_factor"); e != doc.MemberEnd())
        parsed.params.elective_factor = number_field(e->value, "elective_factor", 0, false, 1);
    if (auto d = doc.FindMember("taxonomy_decay"); d != doc.MemberEnd())
        parsed.params.taxonomy_decay = number_field(d->value, "taxonomy_decay", 0, false, 1);
    return parsed;
}

}  // namespace woshou::server
