// Turning what a person types ("Python", "ｐｙｔｈｏｎ", "数据库", an ESCO URI)
// into a skill of the snapshot, and proposing the closest skills when nothing matches.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace woshou::graph {

// Skills whose label, English label or an alternative label equals `label`
// after normalisation (NFKC, case fold, white space collapsed). Best first:
// a match of the skill's own label, then of its English label, then of an
// alternative label; ties by skill id.
std::vector<Index> skills_labelled(const Snapshot& snapshot, std::string_view label);

// At most `limit` skills whose normalised labels are within a small edit
// distance of `label` (Levenshtein over code points, at most 1 per 3 code
// points of the query, between 1 and 3): by distance, then label, then skill id.
std::vector<Index> skills_spelled_like(const Snapshot& snapshot, std::string_view label, std::size_t limit);

struct SkillResolution {
    std::optional<Index> skill;     // the skill meant, when found
    std::vector<Index> candidates;  // when not found: the closest skills, best first
};

// `text` as an exact skill id first, else as a label (skills_labelled, first
// one). When neither matches, the candidates are search_skills (substring
// matches) or, when that finds none, skills_spelled_like.
SkillResolution resolve_skill(const Snapshot& snapshot, std::string_view text, std::size_t max_candidates = 5);

}  // namespace woshou::graph
