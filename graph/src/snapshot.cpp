#include "woshou/graph/snapshot.hpp"

#include "woshou/graph/label_normalizer.hpp"
#include "woshou/graph/snapshot_builder.hpp"

#include <algorithm>
#include <unordered_map>
#include <tuple>

namespace woshou::graph {

std::shared_ptr<const Snapshot> Snapshot::build(model::Dataset data, std::uint64_t version) {
    return SnapshotBuilder(std::move(data)).build(version);
}

Graph::vertex_descriptor Snapshot::vertex(VertexKind kind, Index index) const {
    return static_cast<Graph::vertex_descriptor>(vertex_base_[static_cast<std::size_t>(kind)] + index);
}

std::vector<Index> Snapshot::search_skills(std::string_view query, std::size_t limit) const {
    const std::string key = normalize_label(query);
    if (key.empty() || limit == 0) return {};
    // Rank: 0 exact, 1 prefix, 2 substring; keep each skill's best rank.
    std::unordered_map<Index, int> best;
    for (const auto& [label, skill] : skill_labels_) {
        const auto pos = label.find(key);
        if (pos == std::string::npos) continue;
        const int rank = label.size() == key.size() ? 0 : pos == 0 ? 1 : 2;
        auto [it, inserted] = best.emplace(skill, rank);
        if (!inserted) it->second = std::min(it->second, rank);
    }
    std::vector<std::pair<int, Index>> ranked;
    ranked.reserve(best.size());
    for (auto [skill, rank] : best) ranked.emplace_back(rank, skill);
    std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
        return std::tie(a.first, data_.skills[a.second].id) < std::tie(b.first, data_.skills[b.second].id);
    });
    std::vector<Index> result;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) result.push_back(ranked[i].second);
    return result;
}

std::optional<Index> Snapshot::find_university(std::string_view id) const { return university_ids_.find(data_.universities, id); }
std::optional<Index> Snapshot::find_major(std::string_view id) const { return major_ids_.find(data_.majors, id); }
std::optional<Index> Snapshot::find_plan(std::string_view id) const { return plan_ids_.find(data_.plans, id); }
std::optional<Index> Snapshot::find_course(std::string_view id) const { return course_ids_.find(data_.courses, id); }
std::optional<Index> Snapshot::find_skill(std::string_view id) const { return skill_ids_.find(data_.skills, id); }
std::optional<Index> Snapshot::find_occupation(std::string_view id) const { return occupation_ids_.find(data_.occupations, id); }
std::optional<Index> Snapshot::find_employer(std::string_view id) const { return employer_ids_.find(data_.employers, id); }
std::optional<Index> Snapshot::find_demand(std::string_view id) const { return demand_ids_.find(data_.demands, id); }
std::optional<Index> Snapshot::find_micro_major(std::string_view id) const { return micro_major_ids_.find(data_.micro_majors, id); }

std::span<const Index> Snapshot::majors_of_university(Index u) const { return majors_of_university_[u]; }
std::span<const Index> Snapshot::courses_of_university(Index u) const { return courses_of_university_[u]; }
std::span<const Index> Snapshot::plans_of_major(Index m) const { return plans_of_major_[m]; }
std::optional<Index> Snapshot::latest_plan(Index m) const {
    auto plans = plans_of_major(m);
    if (plans.empty()) return std::nullopt;
    return plans.front();
}
std::span<const PlanCourseRef> Snapshot::courses_of_plan(Index p) const { return courses_of_plan_[p]; }
std::span<const SkillWeight> Snapshot::skills_of_course(Index c) const { return skills_of_course_[c]; }
std::span<const Index> Snapshot::prerequisites_of(Index c) const { return prerequisites_of_[c]; }
std::span<const Index> Snapshot::unlocked_by(Index c) const { return unlocked_by_[c]; }
std::span<const Index> Snapshot::plans_including(Index c) const { return plans_including_[c]; }
std::span<const Index> Snapshot::broader_of(Index s) const { return broader_of_[s]; }
std::span<const Index> Snapshot::narrower_of(Index s) const { return narrower_of_[s]; }
std::span<const CourseWeight> Snapshot::courses_teaching(Index s) const { return courses_teaching_[s]; }
std::span<const SkillWeight> Snapshot::skills_of_occupation(Index o) const { return skills_of_occupation_[o]; }
std::span<const SkillWeight> Snapshot::skills_of_demand(Index d) const { return skills_of_demand_[d]; }
std::span<const Index> Snapshot::demands_of_employer(Index e) const { return demands_of_employer_[e]; }
std::span<const Index> Snapshot::outcomes_of_major(Index m) const { return outcomes_of_major_[m]; }
std::span<const Index> Snapshot::feedback_marks_of_major(Index m) const { return feedback_marks_of_major_[m]; }
std::span<const Index> Snapshot::micro_majors_of_major(Index m) const { return micro_majors_of_major_[m]; }
std::span<const Index> Snapshot::majors_of_micro_major(Index mm) const { return majors_of_micro_major_[mm]; }
std::span<const Index> Snapshot::courses_of_micro_major(Index mm) const { return courses_of_micro_major_[mm]; }

}  // namespace woshou::graph
