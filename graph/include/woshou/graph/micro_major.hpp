// Micro-majors (微专业): evaluate a bundle of courses added to a training plan,
// and recommend the bundle that closes the most demand-weighted gap within a
// credit budget (docs/micro-majors.md).
//
// A student of plan P who takes bundle X studies P's courses as the plan counts
// them plus every course of X, and every prerequisite of those the plan does
// not require, at m = 1. gain(X) = A(P ∪ X) - A(P) with the gap method's A.
#pragma once

#include "woshou/graph/gap_analysis.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace woshou::graph {

struct BundleParams {
    CoverageParams coverage;
    double max_credits_per_term = 10;  // term order: a term holds at most this many credits
                                       // (a single larger course gets a term of its own)
};

// Why a bundle cannot be evaluated or recommended; the message is for people.
class MicroMajorError : public std::runtime_error {
public:
    enum class Kind {
        prerequisite_cycle,  // the bundle's prerequisites form a cycle (cycle holds its course ids)
        empty_bundle,        // evaluate: no course given
        empty_pool,          // recommend: no candidate course outside the plan
        over_budget,         // recommend: no candidate (with its prerequisites) fits the budget
        no_gain,             // recommend: no candidate teaches anything asked for in scope
    };
    MicroMajorError(Kind kind, const std::string& message, std::vector<std::string> cycle = {})
        : std::runtime_error(message), kind_(kind), cycle_(std::move(cycle)) {}
    Kind kind() const { return kind_; }
    const std::vector<std::string>& cycle() const { return cycle_; }

private:
    Kind kind_;
    std::vector<std::string> cycle_;
};

// How a course enters the bundle.
enum class BundleRole : std::uint8_t {
    chosen,            // given (evaluate) or picked (recommend)
    prerequisite,      // brought in because a chosen course needs it
    already_required,  // given, but the plan already requires it: no credits, no change
};

// "chosen", "prerequisite" or "already_required".
const char* role_name(BundleRole role);

struct BundleCourse {
    Index course = 0;
    BundleRole role = BundleRole::chosen;
    double credits = 0;           // counted against the budget (0 when already required)
    bool plan_elective = false;   // the plan has it as an elective (now taken at m = 1)
    int term = 0;                 // 1-based term of the term order; 0 when already required
    double added_gain = 0;        // A gained when it was added, in the order of `added_order`
    std::vector<Index> required_by;  // prerequisite: the bundle courses that need it, by id
    std::vector<Index> skills;       // gap skills it narrows, largest narrowing first (at most 5)
};


struct TermSlot {
    int term = 0;                // 1-based
    double credits = 0;
    std::vector<Index> courses;  // by course id
};

struct BundleEvaluation {
    Index plan = 0;
    double alignment_before = 0;
    double alignment_after = 0;
    double gain = 0;                    // alignment_after - alignment_before
    double credits = 0;                 // sum of the courses' credits
    std::vector<BundleCourse> courses;  // term order, then course id; already required last
    std::vector<Index> added_order;     // the order added_gain was measured in
    std::vector<TermSlot> terms;
    std::vector<SkillChange> changes;   // gap narrowing p (cov_after - cov_before) desc, then skill id
};

// Evaluates `courses` (given order kept for added_gain) as a bundle on `plan`.
// Duplicates collapse. Throws MicroMajorError for an empty list or a
// prerequisite cycle among the bundle's courses and their prerequisites.
BundleEvaluation evaluate_bundle(const Snapshot& snapshot, Index plan, std::span<const Index> courses,
                                 const DemandProfile& profile, const BundleParams& params);

struct RecommendOptions {
    double credit_budget = 20;
    std::size_t max_courses = 0;    // courses in the bundle, prerequisites included; 0 = no limit
    std::vector<Index> pool;        // candidate courses; plan courses are dropped
    std::size_t exact_limit = 25;   // branch and bound when the pruned pool is at most this
    std::size_t seed_size = 3;      // partial enumeration: seeds of up to this many candidates
    std::size_t seed_pool = 0;      // seeds drawn from the best this many candidates; 0 = all
    std::uint64_t node_limit = 5'000'000;  // branch and bound gives up (keeps greedy) after this
    std::size_t alternatives = 3;
};

struct Alternative {
    std::vector<Index> courses;  // by course id, prerequisites included
    double gain = 0;
    double credits = 0;
};

struct RecommendStats {
    std::size_t pool = 0;          // candidates given
    std::size_t excluded_in_plan = 0;
    std::size_t candidates = 0;    // after pruning (positive gain, fits the budget)
    std::size_t seeds = 0;         // partial enumeration seeds completed
    std::uint64_t nodes = 0;       // branch and bound nodes
    bool exact_complete = false;   // branch and bound finished within node_limit
};

struct Recommendation {
    std::string method;                // "exact" (branch and bound) or "greedy" (partial enumeration)
    std::optional<double> guarantee;   // greedy: proven fraction of the optimum, when one applies
    std::string guarantee_note;        // why that guarantee holds or not
    double upper_bound = 0;            // a proven upper bound on the optimum gain
    double proven_fraction = 0;        // gain / upper_bound: at least this share of the optimum
    BundleEvaluation evaluation;       // of the recommended bundle
    std::vector<Alternative> alternatives;  // best other bundles found, gain desc
    RecommendStats stats;
};

// Recommends the bundle maximising gain within `options`. Throws
// MicroMajorError (empty_pool, over_budget, no_gain, prerequisite_cycle).
Recommendation recommend_bundle(const Snapshot& snapshot, Index plan, const DemandProfile& profile,
                                const BundleParams& params, const RecommendOptions& options);

// The default pool: courses of the plan's university that the plan does not include, by id.
std::vector<Index> university_pool(const Snapshot& snapshot, Index plan);

}  // namespace woshou::graph
