// The search behind recommend_bundle (internal): greedy completion with lazy
// evaluation, partial enumeration of seeds, and branch and bound.
#pragma once

#include "bundle_state.hpp"
#include "woshou/graph/micro_major.hpp"

#include <map>
#include <unordered_map>
#include <vector>

namespace woshou::graph::detail {

inline constexpr double kGainEpsilon = 1e-12;
inline constexpr double kCreditEpsilon = 1e-9;

// A pool course that can raise the alignment and fits the budget on its own.
struct Candidate {
    Index course = 0;
    std::vector<Index> closure;  // prerequisites the plan does not require, prerequisites first
    double own_credits = 0;
    double cost = 0;   // credits with the closure
    double gain = 0;   // gain of the closure and the course on the plan alone
    std::size_t count = 0;  // courses with the closure
};

struct Solution {
    std::vector<Index> order;  // candidates in the order taken (their closures come with them)
    double gain = 0;
    double credits = 0;
};

// A greedy heap entry: `key` bounds the candidate's gain per credit.
struct HeapEntry {
    double key;
    std::size_t item;
    std::size_t step;        // the greedy step the key was priced in
    std::uint32_t version;   // stale when the candidate was re-keyed since
};

// Max sum of gains with sum of weights <= capacity, items divisible: an upper
// bound for the 0/1 choice. Items are (gain, weight > 0).
double fractional_knapsack(std::vector<std::pair<double, double>> items, double capacity);

class BundleSearch {
public:
    // `candidates` sorted by gain per credit, best first; they outlive the search.
    BundleSearch(const Snapshot& snapshot, Index plan, const DemandProfile& profile, const BundleParams& params,
                 const RecommendOptions& options, const std::vector<Candidate>& candidates);

    // Greedy completion from the empty bundle and from every feasible seed of
    // up to options.seed_size candidates among the best K; returns K (all of
    // them unless options.seed_pool or the seed budget limits it).
    std::size_t partial_enumeration();
    // Exhaustive search with a fractional-knapsack bound; false when it hit options.node_limit.
    bool branch_and_bound();

    const Solution& best() const { return best_; }
    // The best other bundles found, by gain desc, credits asc.
    std::vector<Alternative> alternatives(std::size_t count) const;
    std::size_t completions() const { return completions_; }
    std::uint64_t nodes() const { return nodes_; }

private:
    struct Frame {
        std::size_t state_mark;
        double credits;
        std::size_t count;
        std::size_t bundle_size;
        std::size_t order_size;
    };
    Frame save() const;
    void restore(const Frame& frame);

    bool taken(std::size_t item) const { return state_.taken(items_[item].course); }
    // Credits and courses taking `item` would add now (untaken closure and the course).
    std::pair<double, std::size_t> marginal_cost(std::size_t item) const;
    bool fits(std::size_t item) const;
    double take(std::size_t item);
    double price(std::size_t item);
    double gain() const { return state_.alignment() - base_alignment_; }

    void complete_greedily();
    template <class Push>
    void rekey_dependents(Index course, Push&& push);
    void record();
    void branch(std::size_t next);

    const Snapshot& snapshot_;
    const RecommendOptions& options_;
    const std::vector<Candidate>& items_;
    BundleState state_;
    double base_alignment_ = 0;
    double credits_ = 0;
    std::size_t count_ = 0;
    std::vector<Index> bundle_;  // courses taken, in order
    std::vector<Index> order_;   // candidates taken, in order

    std::unordered_map<Index, std::vector<std::size_t>> dependents_;  // course -> candidates needing it
    std::vector<HeapEntry> base_heap_;    // greedy: keys on the plan alone
    std::vector<double> base_gain_;
    double min_own_credits_ = 0;
    std::vector<double> last_gain_;       // greedy: each candidate's last marginal gain
    std::vector<std::uint32_t> version_;  // greedy: heap entries of older versions are stale

    std::map<std::vector<Index>, Solution> solutions_;  // by sorted bundle courses
    Solution best_;
    std::vector<Index> best_key_;
    std::size_t completions_ = 0;
    std::uint64_t nodes_ = 0;
    bool aborted_ = false;
};

}  // namespace woshou::graph::detail
