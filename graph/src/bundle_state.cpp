#include "bundle_state.hpp"

#include <algorithm>

namespace woshou::graph::detail {

BundleState::BundleState(const Snapshot& snapshot, std::span<const CountedCourse> plan, const DemandProfile& profile,
                         const CoverageParams& params)
    : snapshot_(snapshot), share_(profile.share), params_(params), raw_(snapshot.data().skills.size(), 0.0) {
    const Coverage coverage(snapshot, plan, params);
    for (const auto& [skill, raw] : coverage.raw()) raw_[skill] = raw;
    alignment_ = graph::alignment(profile, coverage);
    for (const auto& c : plan) courses_[c.course] = {c.multiplier, c.required};
}

bool BundleState::taken(Index course) const {
    auto it = courses_.find(course);
    return it != courses_.end() && it->second.taken;
}

double BundleState::multiplier(Index course) const {
    auto it = courses_.find(course);
    return it == courses_.end() ? 0.0 : it->second.multiplier;
}

const BundleState::Effects& BundleState::effects(Index course) const {
    auto it = effects_.find(course);
    if (it != effects_.end()) return it->second;
    Effects raw;
    auto add = [&](Index skill, double amount) {
        if (amount > 0 && skill < share_.size() && share_[skill] > 0) raw.emplace_back(skill, amount);
    };
    for (const auto& sw : snapshot_.skills_of_course(course)) {
        add(sw.skill, sw.weight);
        for (Index n : snapshot_.broader_of(sw.skill)) add(n, params_.taxonomy_decay * sw.weight);
        for (Index n : snapshot_.narrower_of(sw.skill)) add(n, params_.taxonomy_decay * sw.weight);
    }
    // One entry per skill: a skill reached twice (taught and a neighbour of
    // another taught skill) gets the sum, as in Coverage.
    std::sort(raw.begin(), raw.end());
    Effects merged;
    for (const auto& [skill, amount] : raw) {
        if (!merged.empty() && merged.back().first == skill) merged.back().second += amount;
        else merged.emplace_back(skill, amount);
    }
    return effects_.emplace(course, std::move(merged)).first->second;
}

double BundleState::take(Index course, std::vector<std::pair<Index, double>>* per_skill) {
    auto it = courses_.find(course);
    const bool existed = it != courses_.end();
    const CourseState before = existed ? it->second : CourseState{};
    if (before.taken) return 0.0;
    log_.push_back({true, course, 0.0, before, existed, alignment_});
    courses_[course] = {1.0, true};

    const double rise = 1.0 - before.multiplier;
    double gain = 0;
    for (const auto& [skill, amount] : effects(course)) {
        const double old_raw = raw_[skill];
        log_.push_back({false, skill, old_raw, {}, true, alignment_});
        raw_[skill] = old_raw + rise * amount;
        const double term = share_[skill] * (std::min(1.0, raw_[skill]) - std::min(1.0, old_raw));
        if (term > 0) {
            gain += term;
            if (per_skill) per_skill->emplace_back(skill, term);
        }
    }
    alignment_ += gain;
    return gain;
}

double BundleState::price(Index course) const {
    auto it = courses_.find(course);
    const CourseState before = it != courses_.end() ? it->second : CourseState{};
    if (before.taken) return 0.0;
    const double rise = 1.0 - before.multiplier;
    double gain = 0;
    for (const auto& [skill, amount] : effects(course)) {
        const double old_raw = raw_[skill];
        gain += share_[skill] * (std::min(1.0, old_raw + rise * amount) - std::min(1.0, old_raw));
    }
    return gain;
}

void BundleState::rollback(std::size_t mark) {
    while (log_.size() > mark) {
        const Undo& u = log_.back();
        if (u.is_course) {
            if (u.existed) courses_[u.index] = u.course;
            else courses_.erase(u.index);
        } else {
            raw_[u.index] = u.raw;
        }
        alignment_ = u.alignment;
        log_.pop_back();
    }
}

}  // namespace woshou::graph::detail
