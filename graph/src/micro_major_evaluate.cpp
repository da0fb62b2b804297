// evaluate_bundle: the plan plus a given bundle, explained (docs/micro-majors.md).
#include "bundle_order.hpp"
#include "bundle_state.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace woshou::graph {
namespace {

constexpr std::size_t kSkillsPerCourse = 5;
constexpr double kEpsilon = 1e-12;

std::vector<Index> distinct_in_order(std::span<const Index> courses) {
    std::vector<Index> out;
    std::set<Index> seen;
    for (Index c : courses)
        if (seen.insert(c).second) out.push_back(c);
    return out;
}

// The courses a student of the bundle studies, as the gap method counts them:
// the plan's, with bundle members raised to m = 1, then the bundle's others.
std::vector<CountedCourse> plan_with_bundle(std::span<const CountedCourse> plan,
                                            const std::vector<BundleCourse>& bundle) {
    std::set<Index> in_bundle;
    for (const auto& b : bundle) in_bundle.insert(b.course);
    std::vector<CountedCourse> counted(plan.begin(), plan.end());
    std::set<Index> in_plan;
    for (auto& c : counted) {
        in_plan.insert(c.course);
        if (in_bundle.count(c.course)) c = {c.course, 1.0, true};
    }
    for (const auto& b : bundle)
        if (!in_plan.count(b.course)) counted.push_back({b.course, 1.0, true});
    return counted;
}

std::vector<SkillChange> skill_changes(const Snapshot& snapshot, const DemandProfile& profile,
                                       const Coverage& before, const Coverage& after,
                                       std::span<const CountedCourse> bundle_only, const CoverageParams& params) {
    std::vector<SkillChange> changes;
    for (const auto& [skill, raw] : after.raw()) {
        const double share = profile.share[skill];
        if (share <= 0) continue;
        const double was = before.of(skill), now = after.of(skill);
        if (now <= was + kEpsilon) continue;
        SkillChange change{skill, share, was, now, share * (1 - was), share * (1 - now), now >= 1.0, {}};
        std::set<Index> teaching;
        for (const auto& c : course_contributions(snapshot, bundle_only, skill, params)) teaching.insert(c.course);
        change.courses.assign(teaching.begin(), teaching.end());
        std::sort(change.courses.begin(), change.courses.end(), [&](Index a, Index b) {
            return snapshot.data().courses[a].id < snapshot.data().courses[b].id;
        });
        changes.push_back(std::move(change));
    }
    const auto& skills = snapshot.data().skills;
    std::sort(changes.begin(), changes.end(), [&](const SkillChange& a, const SkillChange& b) {
        const double na = a.gap_before - a.gap_after, nb = b.gap_before - b.gap_after;
        if (na != nb) return na > nb;
        return skills[a.skill].id < skills[b.skill].id;
    });
    return changes;
}

}  // namespace

const char* role_name(BundleRole role) {
    switch (role) {
        case BundleRole::chosen: return "chosen";
        case BundleRole::prerequisite: return "prerequisite";
        case BundleRole::already_required: return "already_required";
    }
    return "chosen";
}

BundleEvaluation evaluate_bundle(const Snapshot& snapshot, Index plan, std::span<const Index> courses,
                                 const DemandProfile& profile, const BundleParams& params) {
    const auto given = distinct_in_order(courses);
    if (given.empty())
        throw MicroMajorError(MicroMajorError::Kind::empty_bundle, "a micro-major needs at least one course");
    const auto& data = snapshot.data();
    const auto plan_courses = counted_courses_of_plan(snapshot, plan, params.coverage);
    detail::BundleState state(snapshot, plan_courses, profile, params.coverage);

    BundleEvaluation result;
    result.plan = plan;
    std::vector<BundleCourse> bundle;
    std::unordered_map<Index, std::size_t> position;
    auto add = [&](Index course, BundleRole role) {
        BundleCourse b;
        b.course = course;
        b.role = role;
        b.credits = data.courses[course].credits;
        b.plan_elective = state.multiplier(course) > 0;
        std::vector<std::pair<Index, double>> per_skill;
        b.added_gain = state.take(course, &per_skill);
        std::sort(per_skill.begin(), per_skill.end(), [&](const auto& x, const auto& y) {
            if (x.second != y.second) return x.second > y.second;
            return data.skills[x.first].id < data.skills[y.first].id;
        });
        for (const auto& [skill, term] : per_skill) {
            if (b.skills.size() == kSkillsPerCourse) break;
            if (std::find(b.skills.begin(), b.skills.end(), skill) == b.skills.end()) b.skills.push_back(skill);
        }
        position.emplace(course, bundle.size());
        bundle.push_back(std::move(b));
        result.added_order.push_back(course);
    };
    for (Index course : given) {
        if (auto it = position.find(course); it != position.end()) {
            bundle[it->second].role = BundleRole::chosen;  // given after a course that needed it
            continue;
        }
        if (state.taken(course)) {  // the plan requires it already
            position.emplace(course, bundle.size());
            bundle.push_back({course, BundleRole::already_required, 0.0, false, 0, 0.0, {}, {}});
            continue;
        }
        for (Index p : detail::missing_prerequisites(snapshot, course, [&](Index c) { return state.taken(c); }))
            add(p, BundleRole::prerequisite);
        add(course, BundleRole::chosen);
    }

    // Who needs each prerequisite; the term order of what students take.
    std::vector<Index> studied;
    for (const auto& b : bundle)
        if (b.role != BundleRole::already_required) studied.push_back(b.course);
    for (auto& b : bundle) {
        if (b.role != BundleRole::prerequisite) continue;
        for (Index c : studied) {
            const auto prerequisites = snapshot.prerequisites_of(c);
            if (std::find(prerequisites.begin(), prerequisites.end(), b.course) != prerequisites.end())
                b.required_by.push_back(c);
        }
        std::sort(b.required_by.begin(), b.required_by.end(),
                  [&](Index x, Index y) { return data.courses[x].id < data.courses[y].id; });
    }
    if (!studied.empty()) {
        const auto terms = detail::term_of_courses(snapshot, studied, params.max_credits_per_term);
        std::map<int, TermSlot> slots;
        for (std::size_t i = 0; i < studied.size(); ++i) {
            auto& b = bundle[position.at(studied[i])];
            b.term = terms[i];
            auto& slot = slots[terms[i]];
            slot.term = terms[i];
            slot.credits += b.credits;
            slot.courses.push_back(b.course);
        }
        for (auto& [term, slot] : slots) {
            std::sort(slot.courses.begin(), slot.courses.end(),
                      [&](Index x, Index y) { return data.courses[x].id < data.courses[y].id; });
            result.terms.push_back(std::move(slot));
        }
    }

    // Alignment from scratch with the gap method, so it equals a gap report's A.
    const Coverage before(snapshot, plan_courses, params.coverage);
    const auto with_bundle = plan_with_bundle(plan_courses, bundle);
    const Coverage after(snapshot, with_bundle, params.coverage);
    result.alignment_before = alignment(profile, before);
    result.alignment_after = alignment(profile, after);
    result.gain = result.alignment_after - result.alignment_before;
    std::vector<CountedCourse> bundle_only;
    for (Index c : studied) bundle_only.push_back({c, 1.0, true});
    result.changes = skill_changes(snapshot, profile, before, after, bundle_only, params.coverage);

    for (auto& b : bundle)
        if (b.role == BundleRole::already_required) b.credits = 0;
    std::sort(bundle.begin(), bundle.end(), [&](const BundleCourse& x, const BundleCourse& y) {
        const bool xr = x.role == BundleRole::already_required, yr = y.role == BundleRole::already_required;
        if (xr != yr) return yr;
        if (x.term != y.term) return x.term < y.term;
        return data.courses[x.course].id < data.courses[y.course].id;
    });
    for (const auto& b : bundle) result.credits += b.credits;
    result.courses = std::move(bundle);
    return result;
}

std::vector<Index> university_pool(const Snapshot& snapshot, Index plan) {
    const auto& data = snapshot.data();
    std::vector<Index> pool;
    const auto major = snapshot.find_major(data.plans[plan].major_id);
    if (!major) return pool;
    const auto university = snapshot.find_university(data.majors[*major].university_id);
    if (!university) return pool;
    std::set<Index> in_plan;
    for (const auto& ref : snapshot.courses_of_plan(plan)) in_plan.insert(ref.course);
    for (Index c : snapshot.courses_of_university(*university))
        if (!in_plan.count(c)) pool.push_back(c);
    return pool;
}

}  // namespace woshou::graph
