// Coverage of a plan plus a growing bundle, kept incrementally so the planner
// can price a course in the time of its own skills (not the plan's).
//
// Internal to the micro-major engine. raw(s) and the course multipliers are
// those of graph::Coverage, kept only for skills in demand (the others add
// nothing to A); every change is logged so a search can try a course and roll
// it back. Not thread-safe: one search owns one state.
#pragma once

#include "woshou/graph/gap_analysis.hpp"

#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace woshou::graph::detail {

class BundleState {
public:
    // The plan's courses as the gap method counts them, against `profile`.
    BundleState(const Snapshot& snapshot, std::span<const CountedCourse> plan, const DemandProfile& profile,
                const CoverageParams& params);

    // A(P) plus every gain since: sum_s p(s) min(1, raw(s)).
    double alignment() const { return alignment_; }
    // The plan requires the course, or the bundle holds it: a student has taken it.
    bool taken(Index course) const;
    // m(c) now: 1 when taken, e for a plan elective, 0 otherwise.
    double multiplier(Index course) const;

    // Takes `course` at m = 1 and returns the rise in alignment. When
    // `per_skill` is given, appends (skill, rise of p(s) min(1, raw(s))) for
    // every skill whose term rose. Taking a taken course changes nothing.
    double take(Index course, std::vector<std::pair<Index, double>>* per_skill = nullptr);
    // The rise take(course) would give, without changing anything.
    double price(Index course) const;

    // Rollback point: take() calls after mark() can be undone with rollback(mark).
    std::size_t mark() const { return log_.size(); }
    void rollback(std::size_t mark);

private:
    struct CourseState {
        double multiplier = 0;
        bool taken = false;
    };
    struct Undo {
        bool is_course;  // course state, else raw
        Index index;
        double raw;
        CourseState course;
        bool existed;
        double alignment;
    };

    // (skill, raw added per unit of m) over the skills in demand that taking
    // the course raises: its skills and their neighbours, each skill once.
    using Effects = std::vector<std::pair<Index, double>>;
    const Effects& effects(Index course) const;

    const Snapshot& snapshot_;
    const std::vector<double>& share_;
    CoverageParams params_;
    std::vector<double> raw_;  // by skill index
    std::unordered_map<Index, CourseState> courses_;
    std::vector<Undo> log_;
    double alignment_ = 0;
    mutable std::unordered_map<Index, Effects> effects_;  // by course, filled on first use
};

}  // namespace woshou::graph::detail
