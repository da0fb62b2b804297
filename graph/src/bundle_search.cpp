#include "bundle_search.hpp"

#include <algorithm>

namespace woshou::graph::detail {
namespace {

// Seed completions partial enumeration may run: sized so a 2,000-course pool
// answers well inside 100 ms (docs/performance.md has the measurement).
constexpr std::size_t kSeedBudget = 1000;

std::size_t seeds_of(std::size_t k, std::size_t size) {
    // sum_{j=1..size} C(k, j), saturating.
    std::size_t total = 0, term = 1;
    for (std::size_t j = 1; j <= size && j <= k; ++j) {
        term = term * (k - j + 1) / j;
        total += term;
        if (total > kSeedBudget * 16) break;
    }
    return total;
}

constexpr std::size_t kStale = static_cast<std::size_t>(-1);

// Max-heap order: larger key first, then the earlier candidate.
bool lower_key(const HeapEntry& a, const HeapEntry& b) {
    if (a.key != b.key) return a.key < b.key;
    return a.item > b.item;
}

}  // namespace

double fractional_knapsack(std::vector<std::pair<double, double>> items, double capacity) {
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.first * b.second > b.first * a.second; });
    double total = 0;
    for (const auto& [gain, weight] : items) {
        if (capacity <= 0) break;
        if (weight <= capacity) {
            total += gain;
            capacity -= weight;
        } else {
            total += gain * capacity / weight;
            capacity = 0;
        }
    }
    return total;
}

BundleSearch::BundleSearch(const Snapshot& snapshot, Index plan, const DemandProfile& profile,
                           const BundleParams& params, const RecommendOptions& options,
                           const std::vector<Candidate>& candidates)
    : snapshot_(snapshot),
      options_(options),
      items_(candidates),
      state_(snapshot, counted_courses_of_plan(snapshot, plan, params.coverage), profile, params.coverage) {
    base_alignment_ = state_.alignment();
    for (std::size_t i = 0; i < items_.size(); ++i)
        for (Index p : items_[i].closure) dependents_[p].push_back(i);
    base_gain_.resize(items_.size());
    min_own_credits_ = items_.empty() ? 0.0 : items_[0].own_credits;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        base_gain_[i] = items_[i].gain;
        base_heap_.push_back({items_[i].gain / items_[i].cost, i, kStale, 0});
        min_own_credits_ = std::min(min_own_credits_, items_[i].own_credits);
    }
    std::make_heap(base_heap_.begin(), base_heap_.end(), lower_key);
}

template <class Push>
void BundleSearch::rekey_dependents(Index course, Push&& push) {
    auto found = dependents_.find(course);
    if (found == dependents_.end()) return;
    for (std::size_t j : found->second) {
        if (taken(j)) continue;
        ++version_[j];
        push(last_gain_[j] / marginal_cost(j).first, j, kStale);
    }
}

BundleSearch::Frame BundleSearch::save() const {
    return {state_.mark(), credits_, count_, bundle_.size(), order_.size()};
}

void BundleSearch::restore(const Frame& frame) {
    state_.rollback(frame.state_mark);
    credits_ = frame.credits;
    count_ = frame.count;
    bundle_.resize(frame.bundle_size);
    order_.resize(frame.order_size);
}

std::pair<double, std::size_t> BundleSearch::marginal_cost(std::size_t item) const {
    const auto& courses = snapshot_.data().courses;
    double credits = 0;
    std::size_t count = 0;
    for (Index p : items_[item].closure)
        if (!state_.taken(p)) credits += courses[p].credits, ++count;
    if (!taken(item)) credits += items_[item].own_credits, ++count;
    return {credits, count};
}

bool BundleSearch::fits(std::size_t item) const {
    const auto [credits, count] = marginal_cost(item);
    return credits_ + credits <= options_.credit_budget + kCreditEpsilon &&
           (options_.max_courses == 0 || count_ + count <= options_.max_courses);
}

double BundleSearch::take(std::size_t item) {
    const auto& courses = snapshot_.data().courses;
    const double before = state_.alignment();
    auto take_course = [&](Index c) {
        if (state_.taken(c)) return;
        state_.take(c);
        credits_ += courses[c].credits;
        ++count_;
        bundle_.push_back(c);
    };
    for (Index p : items_[item].closure) take_course(p);
    take_course(items_[item].course);
    order_.push_back(items_[item].course);
    return state_.alignment() - before;
}

double BundleSearch::price(std::size_t item) {
    const auto& closure = items_[item].closure;
    if (std::all_of(closure.begin(), closure.end(), [&](Index p) { return state_.taken(p); }))
        return state_.price(items_[item].course);  // the common case, without touching the state
    const Frame frame = save();
    const double gain = take(item);
    restore(frame);
    return gain;
}

void BundleSearch::record() {
    std::vector<Index> key = bundle_;
    std::sort(key.begin(), key.end());
    Solution solution{order_, gain(), credits_};
    auto [it, inserted] = solutions_.emplace(key, solution);
    if (!inserted && solution.gain > it->second.gain) it->second = solution;
    const bool better = best_key_.empty() || solution.gain > best_.gain + kGainEpsilon ||
                        (solution.gain > best_.gain - kGainEpsilon && solution.credits < best_.credits);
    if (better && !key.empty()) {
        best_ = solution;
        best_key_ = key;
    }
}

// Budgeted greedy by gain per credit with lazy evaluation (CELF). A heap key
// is a candidate's last marginal gain over its marginal cost now: by
// submodularity the gain only falls as the bundle grows, and the cost only
// falls when one of its prerequisites is taken, which re-keys it; so a key
// always bounds the candidate's ratio, and a key computed in this step that
// tops the heap is the best ratio. Candidates that no longer fit never fit
// again (whatever the bundle saves on a shared prerequisite it has already
// spent), so they leave the heap for good. Leaves the bundle as it found it.
void BundleSearch::complete_greedily() {
    const Frame seed = save();
    std::vector<HeapEntry> heap = base_heap_;  // keys of the plan alone, already a heap
    last_gain_ = base_gain_;
    version_.assign(items_.size(), 0);
    auto push = [&](double key, std::size_t item, std::size_t step) {
        heap.push_back({key, item, step, version_[item]});
        std::push_heap(heap.begin(), heap.end(), lower_key);
    };
    // The seed's courses make their dependents cheaper: re-key them.
    for (Index course : bundle_) rekey_dependents(course, push);

    for (std::size_t step = 0; !heap.empty();) {
        // Nothing fits in less than the cheapest candidate's own credits.
        if (options_.credit_budget - credits_ < min_own_credits_ - kCreditEpsilon) break;
        std::pop_heap(heap.begin(), heap.end(), lower_key);
        const HeapEntry entry = heap.back();
        heap.pop_back();
        const std::size_t i = entry.item;
        if (entry.version != version_[i] || taken(i) || !fits(i)) continue;
        if (entry.step != step) {
            last_gain_[i] = price(i);
            if (last_gain_[i] > kGainEpsilon) push(last_gain_[i] / marginal_cost(i).first, i, step);
            continue;
        }
        // The best ratio now: take it, and re-key candidates whose prerequisites it brought.
        const std::size_t first_new = bundle_.size();
        take(i);
        for (std::size_t b = first_new; b < bundle_.size(); ++b) rekey_dependents(bundle_[b], push);
        ++step;
    }
    ++completions_;
    record();
    restore(seed);
}

std::size_t BundleSearch::partial_enumeration() {
    const std::size_t n = items_.size();
    std::size_t k = options_.seed_pool ? std::min(options_.seed_pool, n) : n;
    while (k > 0 && seeds_of(k, options_.seed_size) > kSeedBudget) --k;

    complete_greedily();  // the empty seed: plain greedy
    std::vector<std::size_t> seed;
    // Seeds in lexicographic order of candidate positions, sizes 1..seed_size.
    auto run = [&](auto&& self, std::size_t from) -> void {
        for (std::size_t i = from; i < k; ++i) {
            if (taken(i) || !fits(i)) continue;  // taken: an equal smaller seed exists
            const Frame frame = save();
            take(i);
            seed.push_back(i);
            complete_greedily();
            if (seed.size() < options_.seed_size) self(self, i + 1);
            seed.pop_back();
            restore(frame);
        }
    };
    run(run, 0);
    return k;
}

bool BundleSearch::branch_and_bound() {
    aborted_ = false;
    nodes_ = 0;
    const Frame root = save();
    branch(0);
    restore(root);
    return !aborted_;
}

void BundleSearch::branch(std::size_t next) {
    if (aborted_) return;
    if (++nodes_ > options_.node_limit) {
        aborted_ = true;
        return;
    }
    if (gain() > best_.gain + kGainEpsilon) record();
    if (next == items_.size()) return;

    // Bound: what the remaining candidates could still add, each at its
    // marginal gain now (submodularity) and at least its own credits.
    const double room = options_.credit_budget - credits_;
    std::vector<std::pair<double, double>> rest;
    for (std::size_t j = next; j < items_.size(); ++j) {
        if (taken(j) || items_[j].own_credits > room + kCreditEpsilon) continue;
        const double g = price(j);
        if (g > kGainEpsilon) rest.emplace_back(g, items_[j].own_credits);
    }
    double bound = fractional_knapsack(rest, room);
    if (options_.max_courses > 0) {
        std::vector<double> gains;
        for (const auto& [g, w] : rest) gains.push_back(g);
        std::sort(gains.rbegin(), gains.rend());
        const std::size_t slots = options_.max_courses - std::min(options_.max_courses, count_);
        double top = 0;
        for (std::size_t i = 0; i < gains.size() && i < slots; ++i) top += gains[i];
        bound = std::min(bound, top);
    }
    if (gain() + bound <= best_.gain + kGainEpsilon) return;

    if (!taken(next) && fits(next)) {
        const Frame frame = save();
        take(next);
        branch(next + 1);
        restore(frame);
    }
    branch(next + 1);
}

std::vector<Alternative> BundleSearch::alternatives(std::size_t count) const {
    std::vector<const std::pair<const std::vector<Index>, Solution>*> found;
    for (const auto& entry : solutions_)
        if (entry.first != best_key_ && !entry.first.empty()) found.push_back(&entry);
    std::sort(found.begin(), found.end(), [](const auto* a, const auto* b) {
        if (a->second.gain != b->second.gain) return a->second.gain > b->second.gain;
        if (a->second.credits != b->second.credits) return a->second.credits < b->second.credits;
        return a->first < b->first;
    });
    std::vector<Alternative> out;
    const auto& courses = snapshot_.data().courses;
    for (std::size_t i = 0; i < found.size() && i < count; ++i) {
        Alternative alternative{found[i]->first, found[i]->second.gain, found[i]->second.credits};
        std::sort(alternative.courses.begin(), alternative.courses.end(),
                  [&](Index a, Index b) { return courses[a].id < courses[b].id; });
        out.push_back(std::move(alternative));
    }
    return out;
}

}  // namespace woshou::graph::detail
