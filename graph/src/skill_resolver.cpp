#include "woshou/graph/skill_resolver.hpp"

#include "woshou/graph/label_normalizer.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace woshou::graph {
namespace {

// Code points of a well-formed UTF-8 string (normalised labels always are), into `out`.
void decode(std::string_view utf8, std::u32string& out) {
    out.clear();
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out.push_back(cp);
        i += length;
    }
}

std::size_t code_point_count(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Levenshtein distance, or bound + 1 as soon as it must exceed `bound`. The
// rows are the caller's, so a scan over every label does not allocate.
std::size_t bounded_distance(const std::u32string& a, const std::u32string& b, std::size_t bound,
                             std::vector<std::size_t>& previous, std::vector<std::size_t>& current) {
    previous.resize(b.size() + 1);
    current.resize(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_min = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > bound) return bound + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

}  // namespace

std::vector<Index> skills_labelled(const Snapshot& snapshot, std::string_view label) {
    const std::string key = normalize_label(label);
    if (key.empty()) return {};
    const auto& labels = snapshot.skill_labels();
    auto first = std::lower_bound(labels.begin(), labels.end(), key,
                                  [](const auto& entry, const std::string& k) { return entry.first < k; });
    std::vector<std::tuple<int, std::string_view, Index>> found;  // (which label matched, skill id, skill)
    for (auto it = first; it != labels.end() && it->first == key; ++it) {
        const auto& skill = snapshot.data().skills[it->second];
        // Few skills share a label, so normalising theirs again is cheap.
        const int which = normalize_label(skill.label) == key ? 0 : normalize_label(skill.label_en) == key ? 1 : 2;
        found.emplace_back(which, skill.id, it->second);
    }
    std::sort(found.begin(), found.end());
    std::vector<Index> skills;
    for (const auto& [which, id, skill] : found) skills.push_back(skill);
    return skills;
}

std::vector<Index> skills_spelled_like(const Snapshot& snapshot, std::string_view label, std::size_t limit) {
    const std::string key = normalize_label(label);
    if (key.empty() || limit == 0) return {};
    std::u32string query, candidate;
    decode(key, query);
    std::vector<std::size_t> previous, current;
    const std::size_t bound = std::clamp<std::size_t>(query.size() / 3, 1, 3);
    // (distance, label, skill); a skill keeps its best label.
    std::vector<std::tuple<std::size_t, std::string_view, Index>> near;
    for (const auto& [text, skill] : snapshot.skill_labels()) {
        const std::size_t length = code_point_count(text);
        if (length + bound < query.size() || length > query.size() + bound) continue;
        decode(text, candidate);
        const std::size_t distance = bounded_distance(query, candidate, bound, previous, current);
        if (distance <= bound) near.emplace_back(distance, text, skill);
    }
    std::sort(near.begin(), near.end(), [&](const auto& a, const auto& b) {
        return std::tie(std::get<0>(a), std::get<1>(a), snapshot.data().skills[std::get<2>(a)].id) <
               std::tie(std::get<0>(b), std::get<1>(b), snapshot.data().skills[std::get<2>(b)].id);
    });
    std::vector<Index> skills;
    for (const auto& entry : near) {
        const Index skill = std::get<2>(entry);
        if (std::find(skills.begin(), skills.end(), skill) != skills.end()) continue;
        skills.push_back(skill);
        if (skills.size() == limit) break;
    }
    return skills;
}

SkillResolution resolve_skill(const Snapshot& snapshot, std::string_view text, std::size_t max_candidates) {
    SkillResolution resolution;
    if (auto by_id = snapshot.find_skill(text)) {
        resolution.skill = by_id;
        return resolution;
    }
    if (auto labelled = skills_labelled(snapshot, text); !labelled.empty()) {
        resolution.skill = labelled.front();
        return resolution;
    }
    resolution.candidates = snapshot.search_skills(text, max_candidates);
    if (resolution.candidates.empty()) resolution.candidates = skills_spelled_like(snapshot, text, max_candidates);
    return resolution;
}

}  // namespace woshou::graph
