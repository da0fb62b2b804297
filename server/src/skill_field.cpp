#include "skill_field.hpp"

#include "json_body.hpp"
#include "woshou/graph/skill_resolver.hpp"

namespace woshou::server {

std::string resolve_skill_field(const graph::Snapshot& snapshot, const std::string& text, const std::string& path) {
    const auto resolution = graph::resolve_skill(snapshot, text);
    if (resolution.skill) return snapshot.data().skills[*resolution.skill].id;
    std::string candidates;
    for (auto c : resolution.candidates) {
        const auto& skill = snapshot.data().skills[c];
        candidates += (candidates.empty() ? "" : "; ") + skill.label + " (" + skill.id + ")";
    }
    throw_invalid_body("field '" + path + "': no skill has the id or label '" + text + "'" +
                       (candidates.empty() ? std::string() : "; closest: " + candidates));
}

}  // namespace woshou::server
