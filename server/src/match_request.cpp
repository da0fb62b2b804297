#include "match_request.hpp"

#include "json_body.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace woshou::server {
namespace {

// Short local names: the checks below read like the rules they enforce.
[[noreturn]] void invalid(const std::string& message) { throw_invalid_body(message); }
std::string describe(const rapidjson::Value& value) { return describe_json(value); }

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
    const rapidjson::Document doc = parse_json_object(request);
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
