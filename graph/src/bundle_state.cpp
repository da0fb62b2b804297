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

double BundleState::take(Index course, std::vector<std::pair<Index, double>>* per_skill) {
    auto it = courses_.find(course);
    const bool existed = it != courses_.end();
    const CourseState before = existed ? it->second : CourseState{};
    if (before.taken) return 0.0;
    log_.push_back({true, course, 0.0, before, existed, alignment_});
    courses_[course] = {1.0, true};

    const double rise = 1.0 - before.multiplier;
    double gain = 0;
    auto add = [&](Index skill, double amount) {
        if (amount <= 0) return;
        const double old_raw = raw_[skill];
        log_.push_back({false, skill, old_raw, {}, true, alignment_});
        raw_[skill] = old_raw + amount;
        const double share = skill < share_.size() ? share_[skill] : 0.0;
        const double term = share * (std::min(1.0, raw_[skill]) - std::min(1.0, old_raw));
        if (term > 0) {
            gain += term;
            if (per_skill) per_skill->emplace_back(skill, term);
        }
    };
    for (const auto& sw : snapshot_.skills_of_course(course)) {
        const double t = rise * sw.weight;
        add(sw.skill, t);
        for (Index n : snapshot_.broader_of(sw.skill)) add(n, params_.taxonomy_decay * t);
        for (Index n : snapshot_.narrower_of(sw.skill)) add(n, params_.taxonomy_decay * t);
    }
    alignment_ += gain;
    return gain;
}

double BundleState::price(Index course) {
    const auto at = mark();
    const double gain = take(course);
    rollback(at);
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
