// POST /api/v1/match: the majors whose latest plans teach what an employer
// asks for (docs/matching.md).
#include "gap_report_view.hpp"
#include "json_out.hpp"
#include "match_request.hpp"
#include "params.hpp"
#include "woshou/graph/match_cache.hpp"
#include "woshou/graph/matching.hpp"
#include "woshou/graph/skill_resolver.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>

namespace woshou::server {
namespace {

constexpr std::size_t max_entries_with_candidates = 10;

// A requested skill after resolution, with what the client typed for it.
struct Requested {
    graph::WeightedSkill skill;
    std::string input;  // the first text that named it; empty for occupation and demand
};

// A "skills" entry that names nothing, with the closest skills.
struct Unresolved {
    const RequestedSkill* item = nullptr;
    std::vector<graph::Index> candidates;
};

void write_skill_brief(JsonWriter& w, const model::Skill& skill) {
    field(w, "skill_id", skill.id);
    field(w, "label", skill.label);
    field(w, "label_en", skill.label_en);
}

// 400 unknown_reference listing every unresolved entry and its candidates.
Response unresolved_response(const std::vector<Unresolved>& unresolved, const Context& context) {
    const auto& skills = context.snapshot->data().skills;
    const auto& first = unresolved.front();
    std::string message = "field '" + first.item->field + "': no skill has the id or label '" + first.item->text + "'";
    if (first.candidates.empty()) {
        message += " and no label is close to it";
    } else {
        message += "; closest: ";
        for (std::size_t i = 0; i < first.candidates.size(); ++i) {
            const auto& s = skills[first.candidates[i]];
            message += (i ? ", " : "") + s.label + (s.label_en.empty() || s.label_en == s.label ? "" : " / " + s.label_en) +
                       " (" + s.id + ")";
        }
    }
    if (unresolved.size() > 1) message += "; " + std::to_string(unresolved.size() - 1) + " more unresolved";

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "error");
    w.StartObject();
    field(w, "code", "unknown_reference");
    field(w, "message", message);
    key(w, "unresolved");
    w.StartArray();
    for (const auto& u : unresolved) {
        w.StartObject();
        field(w, "field", u.item->field);
        field(w, "value", u.item->text);
        key(w, "candidates");
        w.StartArray();
        for (graph::Index c : u.candidates) {
            w.StartObject();
            write_skill_brief(w, skills[c]);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return finish(out, context, 400);
}

// Adds `skill`; a skill named twice keeps its first position and the larger weight.
void add_requested(std::vector<Requested>& requested, graph::WeightedSkill skill, const std::string& input) {
    auto it = std::find_if(requested.begin(), requested.end(), [&](const auto& r) { return r.skill.skill == skill.skill; });
    if (it == requested.end()) requested.push_back({skill, input});
    else it->skill.weight = std::max(it->skill.weight, skill.weight);
}

void add_profile(std::vector<Requested>& requested, std::span<const graph::SkillWeight> profile) {
    for (const auto& sw : profile) add_requested(requested, {sw.skill, sw.weight}, {});
}

[[noreturn]] void unknown(std::string_view field_name, std::string_view kind, const std::string& id) {
    throw HttpError(400, "unknown_reference",
                    "field '" + std::string(field_name) + "': " + std::string(kind) + " '" + id + "' not found");
}

[[noreturn]] void no_skills(const std::string& what) {
    throw HttpError(422, "no_skills", what + ", so there is nothing to match");
}

void write_source(JsonWriter& w, const MatchRequest& request, const graph::Snapshot& snapshot) {
    w.StartObject();
    const auto& data = snapshot.data();
    if (request.source == MatchSource::skills) {
        field(w, "kind", "skills");
    } else if (request.source == MatchSource::occupation) {
        const auto& o = data.occupations[*snapshot.find_occupation(request.reference)];
        field(w, "kind", "occupation");
        field(w, "id", o.id);
        field(w, "label", o.label);
        field(w, "label_en", o.label_en);
    } else {
        const graph::Index d = *snapshot.find_demand(request.reference);
        field(w, "kind", "demand");
        field(w, "id", data.demands[d].id);
        field(w, "title", data.demands[d].title);
        // Set when the demand lists no skills and its occupation's profile stands in.
        const graph::Index o = snapshot.occupation_of_demand(d);
        key(w, "occupation_profile_of");
        if (snapshot.skills_of_demand(d).empty() && o != graph::Snapshot::npos) string(w, data.occupations[o].id);
        else w.Null();
    }
    w.EndObject();
}

void write_result(JsonWriter& w, const graph::Snapshot& snapshot, const graph::MatchIndex& index,
                  const graph::MajorMatch& match, std::size_t rank) {
    const auto& data = snapshot.data();
    const auto& major = data.majors[match.major];
    w.StartObject();
    field(w, "rank", static_cast<std::uint64_t>(rank));
    field(w, "major_id", major.id);
    field(w, "university_id", major.university_id);
    field(w, "score", match.score);
    field(w, "major_code", major.code);
    field(w, "major_name", major.name);
    field(w, "major_name_en", major.name_en);
    field(w, "degree_level", major.degree_level);
    const graph::Index u = index.university(match.major);
    field(w, "university_name", u == graph::Snapshot::npos ? std::string() : data.universities[u].name);
    field(w, "university_name_en", u == graph::Snapshot::npos ? std::string() : data.universities[u].name_en);
    field(w, "region", u == graph::Snapshot::npos ? std::string() : data.universities[u].region);
    field(w, "plan_id", data.plans[*match.plan].id);
    std::optional<int> year, graduates;
    std::optional<double> rate;
    if (auto o = index.latest_outcome(match.major)) {
        const auto& outcome = data.outcomes[*o];
        year = outcome.year;
        graduates = outcome.graduates;
        if (outcome.graduates > 0) rate = static_cast<double>(outcome.placed) / outcome.graduates;
    }
    field(w, "outcome_year", year);
    field(w, "graduates", graduates);
    field(w, "placement_rate", rate);
    key(w, "covered");
    w.StartArray();
    for (const auto& c : match.covered) {
        w.StartObject();
        write_skill_brief(w, data.skills[c.skill]);
        field(w, "weight", c.weight);
        field(w, "coverage", c.coverage);
        write_course_contributions(w, snapshot, c.courses);
        w.EndObject();
    }
    w.EndArray();
    key(w, "missing");
    w.StartArray();
    for (const auto& m : match.missing) {
        w.StartObject();
        write_skill_brief(w, data.skills[m.skill]);
        field(w, "weight", m.weight);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

Response post_match(const Request& request, const Context& context) {
    check_parameters(request, {});
    const MatchRequest parsed = parse_match_request(request);
    const auto& snapshot = *context.snapshot;

    std::vector<Requested> requested;
    if (parsed.source == MatchSource::skills) {
        std::vector<Unresolved> unresolved;
        for (const auto& item : parsed.skills) {
            // Candidates scan every label, so only the first few unresolved entries get them.
            const std::size_t candidates = unresolved.size() < max_entries_with_candidates ? 5 : 0;
            auto resolution = graph::resolve_skill(snapshot, item.text, candidates);
            if (resolution.skill) add_requested(requested, {*resolution.skill, item.weight}, item.text);
            else unresolved.push_back({&item, std::move(resolution.candidates)});
        }
        if (!unresolved.empty()) return unresolved_response(unresolved, context);
    } else if (parsed.source == MatchSource::occupation) {
        const auto o = snapshot.find_occupation(parsed.reference);
        if (!o) unknown("occupation", "occupation", parsed.reference);
        add_profile(requested, snapshot.skills_of_occupation(*o));
        if (requested.empty()) no_skills("occupation '" + parsed.reference + "' names no skills");
    } else {
        const auto d = snapshot.find_demand(parsed.reference);
        if (!d) unknown("demand", "demand", parsed.reference);
        add_profile(requested, snapshot.skills_of_demand(*d));
        // As in the gap method: a demand without skills takes its occupation's profile.
        if (const auto o = snapshot.occupation_of_demand(*d); requested.empty() && o != graph::Snapshot::npos)
            add_profile(requested, snapshot.skills_of_occupation(o));
        if (requested.empty()) no_skills("demand '" + parsed.reference + "' names no skills and no occupation with skills");
    }

    graph::MatchQuery query;
    for (const auto& r : requested) query.skills.push_back(r.skill);
    query.region = parsed.region;
    query.limit = parsed.limit;
    const auto index = context.analysis ? context.analysis->match.get(snapshot, parsed.params)
                                        : std::make_shared<const graph::MatchIndex>(snapshot, parsed.params);
    const auto answer = graph::match_majors(snapshot, *index, query);

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "source");
    write_source(w, parsed, snapshot);
    key(w, "requested");
    w.StartArray();
    for (const auto& r : requested) {
        w.StartObject();
        write_skill_brief(w, snapshot.data().skills[r.skill.skill]);
        field(w, "weight", r.skill.weight);
        key(w, "input");
        if (r.input.empty()) w.Null();
        else string(w, r.input);
        w.EndObject();
    }
    w.EndArray();
    key(w, "parameters");
    w.StartObject();
    field(w, "elective_factor", parsed.params.elective_factor);
    field(w, "taxonomy_decay", parsed.params.taxonomy_decay);
    field(w, "limit", static_cast<std::uint64_t>(parsed.limit));
    key(w, "region");
    if (parsed.region.empty()) w.Null();
    else string(w, parsed.region);
    w.EndObject();
    field(w, "weight_total", answer.weight_total);
    field(w, "total_majors", static_cast<std::uint64_t>(answer.total_majors));
    field(w, "matched_majors", static_cast<std::uint64_t>(answer.matched_majors));
    key(w, "results");
    w.StartArray();
    for (std::size_t i = 0; i < answer.results.size(); ++i) write_result(w, snapshot, *index, answer.results[i], i + 1);
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
