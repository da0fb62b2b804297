#include "query_commands.hpp"

#include "answer.hpp"
#include "http_client.hpp"
#include "text_table.hpp"

#include <fmt/format.h>
#include <rapidjson/document.h>

#include <functional>

namespace woshou::clients {
namespace {

using Json = rapidjson::Value;

std::string text(const Json& object, const char* key) {
    if (!object.IsObject()) return {};
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || it->value.IsNull()) return {};
    const Json& v = it->value;
    if (v.IsString()) return v.GetString();
    if (v.IsBool()) return v.GetBool() ? "yes" : "no";
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    if (v.IsNumber()) return fmt::format("{:.3g}", v.GetDouble());
    return {};
}

const Json& array(const Json& object, const char* key) {
    static const Json empty(rapidjson::kArrayType);
    if (!object.IsObject()) return empty;
    auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsArray() ? it->value : empty;
}

// GETs `target`, prints errors, and hands a successful JSON body to `render`.
int fetch(const QueryOptions& options, const std::string& target,
          const std::function<void(const Json&)>& render) {
    HttpResult result;
    try {
        result = http_get(options.server, target);
    } catch (const HttpError& e) {
        fmt::print(stderr, "{}\n", e.what());
        return 1;
    }
    return print_answer(result, options.json, render);
}

}  // namespace

int search_majors(const QueryOptions& options, const MajorSearch& search) {
    std::string target = fmt::format("/api/v1/majors?limit={}&offset={}", search.limit, search.offset);
    if (!search.q.empty()) target += "&q=" + percent_encode(search.q);
    if (!search.university.empty()) target += "&university=" + percent_encode(search.university);
    if (!search.code.empty()) target += "&code=" + percent_encode(search.code);
    return fetch(options, target, [&](const Json& doc) {
        TextTable table({"id", "code", "name", "name_en", "university"});
        const Json& majors = array(doc, "majors");
        for (const auto& m : majors.GetArray())
            table.add_row({text(m, "id"), text(m, "code"), text(m, "name"), text(m, "name_en"),
                           text(m, "university_id")});
        fmt::print("{}", table.render());
        fmt::print("{} of {} majors (offset {})\n", majors.Size(), text(doc, "total"), search.offset);
    });
}

int show_major(const QueryOptions& options, const std::string& id) {
    return fetch(options, "/api/v1/majors/" + percent_encode(id), [&](const Json& doc) {
        const Json& major = doc.HasMember("major") ? doc["major"] : doc;
        fmt::print("{} {} ({})  {}\n", text(major, "code"), text(major, "name"), text(major, "name_en"),
                   text(major, "id"));
        if (doc.HasMember("university"))
            fmt::print("university: {} {}\n", text(doc["university"], "name"), text(doc["university"], "id"));
        for (const auto& plan : array(doc, "plans").GetArray()) {
            fmt::print("\nplan {} (cohort {}, version {})\n", text(plan, "id"), text(plan, "cohort_year"),
                       text(plan, "version"));
            TextTable table({"semester", "course", "name", "credits", "required", "skills"});
            for (const auto& semester : array(plan, "semesters").GetArray())
                for (const auto& course : array(semester, "courses").GetArray()) {
                    std::string skills;
                    for (const auto& s : array(course, "skills").GetArray())
                        skills += (skills.empty() ? "" : ", ") + text(s, "label");
                    table.add_row({text(semester, "semester"), text(course, "id"), text(course, "name"),
                                   text(course, "credits"), text(course, "required"), skills});
                }
            fmt::print("{}", table.render());
        }
        TextTable outcomes({"year", "graduates", "placed", "placement_rate"});
        for (const auto& o : array(doc, "outcomes").GetArray())
            outcomes.add_row({text(o, "year"), text(o, "graduates"), text(o, "placed"), text(o, "placement_rate")});
        fmt::print("\noutcomes\n{}", outcomes.render());
    });
}

int show_stats(const QueryOptions& options) {
    return fetch(options, "/api/v1/stats", [&](const Json& doc) {
        TextTable table({"entity", "count"});
        if (doc.HasMember("counts") && doc["counts"].IsObject())
            for (const auto& m : doc["counts"].GetObject())
                table.add_row({m.name.GetString(), text(doc["counts"], m.name.GetString())});
        fmt::print("{}snapshot {} on {}\n", table.render(), text(doc, "snapshot"), text(doc, "backend"));
    });
}

}  // namespace woshou::clients
