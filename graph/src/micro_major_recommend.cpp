// recommend_bundle: budgeted greedy with partial enumeration, and branch and
// bound when the pruned pool is small (docs/micro-majors.md, "Recommend").
#include "bundle_order.hpp"
#include "bundle_search.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace woshou::graph {
namespace {

using detail::BundleSearch;
using detail::Candidate;

// "1 credit", "2.5 credits".
std::string credits_text(double credits) {
    std::ostringstream out;
    out << credits << (credits == 1 ? " credit" : " credits");
    return out.str();
}

// Candidates of the pool that are not in the plan, each with its prerequisites.
std::vector<Candidate> candidates_of(const Snapshot& snapshot, Index plan, const DemandProfile& profile,
                                     const BundleParams& params, const RecommendOptions& options,
                                     RecommendStats& stats) {
    const auto& data = snapshot.data();
    std::set<Index> in_plan;
    for (const auto& ref : snapshot.courses_of_plan(plan)) in_plan.insert(ref.course);
    std::set<Index> pool;
    for (Index c : options.pool) {
        if (in_plan.count(c)) ++stats.excluded_in_plan;
        else pool.insert(c);
    }
    stats.pool = options.pool.size();
    if (pool.empty())
        throw MicroMajorError(MicroMajorError::Kind::empty_pool,
                              options.pool.empty()
                                  ? "the candidate pool is empty"
                                  : "every course of the candidate pool (" + std::to_string(options.pool.size()) +
                                        ") is already in the plan");

    const auto plan_courses = counted_courses_of_plan(snapshot, plan, params.coverage);
    detail::BundleState base(snapshot, plan_courses, profile, params.coverage);
    std::vector<Candidate> all;
    for (Index c : pool) {
        Candidate item;
        item.course = c;
        item.closure = detail::missing_prerequisites(snapshot, c, [&](Index x) { return base.taken(x); });
        item.own_credits = data.courses[c].credits;
        item.cost = item.own_credits;
        for (Index p : item.closure) item.cost += data.courses[p].credits;
        item.count = item.closure.size() + 1;
        const auto at = base.mark();
        for (Index p : item.closure) item.gain += base.take(p);
        item.gain += base.take(c);
        base.rollback(at);
        all.push_back(std::move(item));
    }
    // Why nothing can be recommended, most basic reason first.
    auto cheapest = std::min_element(all.begin(), all.end(),
                                     [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
    auto describe = [&](const Candidate& c) {
        return data.courses[c.course].id + " (" + credits_text(c.cost) +
               (c.closure.empty() ? "" : " with " + std::to_string(c.closure.size()) + " prerequisite(s)") + ")";
    };
    if (cheapest->cost > options.credit_budget)
        throw MicroMajorError(MicroMajorError::Kind::over_budget,
                              "the credit budget of " + credits_text(options.credit_budget) +
                                  " is below the cheapest candidate, " + describe(*cheapest));
    if (profile.empty())
        throw MicroMajorError(MicroMajorError::Kind::no_gain,
                              "there is no demand in the scope, so no course can raise the alignment");
    std::vector<Candidate> useful;
    for (auto& c : all)
        if (c.gain > detail::kGainEpsilon) useful.push_back(std::move(c));
    if (useful.empty())
        throw MicroMajorError(MicroMajorError::Kind::no_gain,
                              "none of the " + std::to_string(all.size()) +
                                  " candidate courses teaches a skill asked for in the scope, or a neighbour of one");
    std::vector<Candidate> fitting;
    for (auto& c : useful)
        if (c.cost <= options.credit_budget + detail::kCreditEpsilon &&
            (options.max_courses == 0 || c.count <= options.max_courses))
            fitting.push_back(std::move(c));
    if (fitting.empty()) {
        const auto& least = *std::min_element(useful.begin(), useful.end(),
                                              [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
        throw MicroMajorError(MicroMajorError::Kind::over_budget,
                              "the " + std::to_string(useful.size()) +
                                  " candidates that would raise the alignment do not fit the budget of " +
                                  credits_text(options.credit_budget) +
                                  (options.max_courses ? " and " + std::to_string(options.max_courses) + " courses" : "") +
                                  "; the cheapest is " + describe(least));
    }
    // Best gain per credit first: seeds and branch order both want it.
    std::sort(fitting.begin(), fitting.end(), [&](const Candidate& a, const Candidate& b) {
        const double ra = a.gain / a.cost, rb = b.gain / b.cost;
        if (ra != rb) return ra > rb;
        return data.courses[a.course].id < data.courses[b.course].id;
    });
    return fitting;
}

// Proven bound on the optimum: submodularity gives f(X) <= sum of each
// course's gain alone, so the fractional knapsack of single-course gains over
// every course a bundle could hold bounds every feasible bundle; so do the
// best max_courses single gains, and the whole remaining gap 1 - A(P).
double optimum_upper_bound(const Snapshot& snapshot, Index plan, const DemandProfile& profile,
                           const BundleParams& params, const RecommendOptions& options,
                           const std::vector<Candidate>& candidates) {
    const auto plan_courses = counted_courses_of_plan(snapshot, plan, params.coverage);
    detail::BundleState base(snapshot, plan_courses, profile, params.coverage);
    std::set<Index> courses;
    for (const auto& c : candidates) {
        courses.insert(c.course);
        courses.insert(c.closure.begin(), c.closure.end());
    }
    std::vector<std::pair<double, double>> items;  // (gain, credits)
    for (Index c : courses) {
        const double gain = base.price(c);
        if (gain > 0) items.emplace_back(gain, snapshot.data().courses[c].credits);
    }
    double bound = std::max(0.0, 1.0 - base.alignment());
    bound = std::min(bound, detail::fractional_knapsack(items, options.credit_budget));
    if (options.max_courses > 0) {
        std::vector<double> gains;
        for (const auto& [g, credits] : items) gains.push_back(g);
        std::sort(gains.rbegin(), gains.rend());
        double top = 0;
        for (std::size_t i = 0; i < gains.size() && i < options.max_courses; ++i) top += gains[i];
        bound = std::min(bound, top);
    }
    return bound;
}

}  // namespace

Recommendation recommend_bundle(const Snapshot& snapshot, Index plan, const DemandProfile& profile,
                                const BundleParams& params, const RecommendOptions& options) {
    Recommendation result;
    const auto candidates = candidates_of(snapshot, plan, profile, params, options, result.stats);
    result.stats.candidates = candidates.size();

    BundleSearch search(snapshot, plan, profile, params, options, candidates);
    const std::size_t seeded = search.partial_enumeration();
    result.stats.seeds = search.completions();
    const bool prerequisites_outside = std::any_of(candidates.begin(), candidates.end(),
                                                   [](const Candidate& c) { return !c.closure.empty(); });

    result.method = "greedy";
    if (candidates.size() <= options.exact_limit) {
        result.stats.exact_complete = search.branch_and_bound();
        result.stats.nodes = search.nodes();
        if (result.stats.exact_complete) result.method = "exact";
    }
    const auto& best = search.best();
    result.upper_bound = result.method == "exact"
                             ? best.gain
                             : optimum_upper_bound(snapshot, plan, profile, params, options, candidates);

    if (result.method == "greedy") {
        const bool all_seeds = seeded == candidates.size() && options.seed_size >= 3;
        if (all_seeds && !prerequisites_outside && options.max_courses == 0) {
            result.guarantee = 1.0 - 1.0 / std::exp(1.0);
            result.guarantee_note =
                "budgeted greedy with partial enumeration over every set of up to 3 candidates "
                "(Khuller, Moss and Naor 1999): at least 1 - 1/e of the optimum";
        } else {
            std::string why = !all_seeds ? "seeds were drawn from the best " + std::to_string(seeded) + " of " +
                                               std::to_string(candidates.size()) + " candidates"
                              : prerequisites_outside ? "some candidates bring prerequisites, so costs are not additive"
                                                      : "a course limit adds a second constraint";
            result.guarantee_note = "no worst-case guarantee applies (" + why +
                                    "); the proven fraction below bounds this answer against the optimum";
        }
        if (candidates.size() <= options.exact_limit && !result.stats.exact_complete)
            result.guarantee_note += "; branch and bound stopped at its node limit";
    } else {
        result.guarantee = 1.0;
        result.guarantee_note = "branch and bound over the " + std::to_string(candidates.size()) +
                                " candidates that can raise the alignment: optimal";
    }
    result.evaluation = evaluate_bundle(snapshot, plan, best.order, profile, params);
    result.proven_fraction =
        result.upper_bound > 0 ? std::min(1.0, result.evaluation.gain / result.upper_bound) : 1.0;
    result.alternatives = search.alternatives(options.alternatives);
    return result;
}

}  // namespace woshou::graph
