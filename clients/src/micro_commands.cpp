#include "micro_commands.hpp"

#include "answer.hpp"
#include "http_client.hpp"
#include "json_read.hpp"
#include "text_table.hpp"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace woshou::clients {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void text(Writer& w, const char* name, const std::string& value) {
    if (value.empty()) return;
    w.Key(name);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

// A numeric flag given as text, sent as a number; the server checks the range.
void number(Writer& w, const char* name, const std::string& value) {
    if (value.empty()) return;
    w.Key(name);
    w.RawValue(value.c_str(), value.size(), rapidjson::kNumberType);
}

void id_list(Writer& w, const char* name, const std::vector<std::string>& ids) {
    w.Key(name);
    w.StartArray();
    for (const auto& id : ids) w.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
    w.EndArray();
}

// The body fields both routes share: base plan, scope, parameters.
void common_fields(Writer& w, const MicroFlags& f) {
    text(w, f.plan.empty() ? "major" : "plan", f.plan.empty() ? f.major : f.plan);
    const auto& s = f.scope;
    if (!(s.region + s.industry + s.employer + s.occupation + s.since + s.until).empty()) {
        w.Key("scope");
        w.StartObject();
        text(w, "region", s.region);
        text(w, "industry", s.industry);
        text(w, "employer", s.employer);
        text(w, "occupation", s.occupation);
        text(w, "since", s.since);
        text(w, "until", s.until);
        w.EndObject();
    }
    number(w, "elective_factor", f.elective_factor);
    number(w, "taxonomy_decay", f.taxonomy_decay);
    number(w, "max_credits_per_term", f.max_credits_per_term);
}

std::string joined(const Json& ids) {
    std::string out;
    for (const auto& id : ids.GetArray()) out += (out.empty() ? "" : ", ") + std::string(id.GetString());
    return out;
}

std::string percent(double share) { return fmt::format("{:.1f}%", share * 100); }

// The part of an evaluation both commands print: the bundle by term, then the gaps.
std::string evaluation_text(const rapidjson::Document& doc) {
    const Json& plan = member(doc, "plan");
    std::string out = fmt::format("{} {} — plan {} (cohort {}, {}); {} demands in scope; snapshot {}\n",
                                  str(plan, "major_code"), str(plan, "major_name"), str(plan, "id"),
                                  whole(plan, "cohort_year"), str(plan, "version"),
                                  whole(member(doc, "scope"), "demand_count"), whole(doc, "snapshot"));
    out += fmt::format("alignment {:.4f} -> {:.4f} (gain {:+.4f}); {} credits; {} gaps closed of {} narrowed\n\n",
                       num(doc, "alignment_before"), num(doc, "alignment_after"), num(doc, "gain"),
                       num(doc, "credits"), whole(doc, "gaps_closed"), whole(doc, "gap_change_count"));
    TextTable bundle({"term", "course", "name", "credits", "role", "gain", "why: skills it raises most"});
    for (const auto& c : list(doc, "bundle").GetArray()) {
        std::string why;
        for (const auto& s : list(c, "skills").GetArray())
            why += (why.empty() ? "" : ", ") + str(s, "label");
        std::string role = str(c, "role");
        if (role == "prerequisite") role += " of " + joined(list(c, "required_by"));
        bundle.add_row({whole(c, "term"), str(c, "course_id"), str(c, "name"), fmt::format("{:g}", num(c, "credits")),
                        role, fmt::format("{:+.4f}", num(c, "added_gain")), why});
    }
    out += bundle.render();
    TextTable gaps({"skill", "share", "coverage", "gap", "closed", "by"});
    for (const auto& g : list(doc, "gap_changes").GetArray())
        gaps.add_row({str(g, "label"), percent(num(g, "demand_share")),
                      percent(num(g, "coverage_before")) + " -> " + percent(num(g, "coverage_after")),
                      percent(num(g, "gap_before")) + " -> " + percent(num(g, "gap_after")),
                      member(g, "closed").IsTrue() ? "yes" : "", joined(list(g, "courses"))});
    return out + "\ngaps narrowed\n" + gaps.render();
}

std::string recommendation_text(const rapidjson::Document& doc) {
    const Json& guarantee = member(doc, "guarantee");
    std::string out = fmt::format("method {} ({}); guarantee {}; at least {} of the optimum (upper bound {:.4f})\n",
                                  str(doc, "method"), str(doc, "guarantee_note"),
                                  guarantee.IsNumber() ? fmt::format("{:.3f}", guarantee.GetDouble()) : "none",
                                  percent(num(doc, "proven_fraction")), num(doc, "upper_bound"));
    const Json& search = member(doc, "search");
    out += fmt::format("pool {} of {} courses ({} in the plan left out), {} could raise the alignment; budget {:g} credits\n",
                       str(doc, "pool"), whole(search, "pool"), whole(search, "excluded_in_plan"),
                       whole(search, "candidates"), num(doc, "credit_budget"));
    out += evaluation_text(doc);
    TextTable alternatives({"alternative", "gain", "credits", "instead of", "adds"});
    int n = 0;
    for (const auto& a : list(doc, "alternatives").GetArray())
        alternatives.add_row({std::to_string(++n), fmt::format("{:.4f} ({:+.4f})", num(a, "gain"), num(a, "gain_difference")),
                              fmt::format("{:g}", num(a, "credits")), joined(list(a, "instead_of")), joined(list(a, "adds"))});
    if (n) out += "\nclose alternatives\n" + alternatives.render();
    return out;
}

int post_and_print(const MicroFlags& flags, const std::string& target, const std::string& body,
                   std::string (*render)(const rapidjson::Document&)) {
    HttpResult result;
    try {
        result = http_post_json(flags.server, target, body);
    } catch (const HttpError& e) {
        fmt::print(stderr, "{}\n", e.what());
        return 1;
    }
    return print_answer(result, flags.json, [&](const rapidjson::Document& doc) { fmt::print("{}", render(doc)); });
}

}  // namespace

int micro_evaluate(const MicroFlags& flags) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    common_fields(w, flags);
    id_list(w, "courses", flags.courses);
    w.EndObject();
    return post_and_print(flags, "/api/v1/micro-majors/evaluate", buffer.GetString(), evaluation_text);
}

int micro_recommend(const MicroFlags& flags) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    common_fields(w, flags);
    w.Key("credit_budget");
    w.Double(flags.budget);
    if (flags.max_courses > 0) {
        w.Key("max_courses");
        w.Int(flags.max_courses);
    }
    if (!flags.pool_courses.empty()) id_list(w, "pool", flags.pool_courses);
    else text(w, "pool", flags.pool);
    w.EndObject();
    return post_and_print(flags, "/api/v1/micro-majors/recommend", buffer.GetString(), recommendation_text);
}

}  // namespace woshou::clients
