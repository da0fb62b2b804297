#include "bundle_search.hpp"

#include <algorithm>

namespace woshou::graph::detail {
namespace {

// Seed completions partial enumeration may run: sized so a 2,000-course pool
// answers well inside 100 ms (docs/performance.md has the measurement).
constexpr std::size_t kSeedBudget = 4000;

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
// is a past marginal gain over the course's own credits: by submodularity the
// gain only falls as the bundle grows, and the marginal cost is at least the
// own credits, so the key bounds the ratio now. Candidates that no longer fit
// never fit again (whatever the bundle saves on a shared prerequisite it has
// already spent), so they leave the heap for good. Leaves the bundle as it found it.
void BundleSearch::complete_greedily() {
    struct Entry {
        double key;
        std::size_t item;
        std::size_t step;
    };
    auto lower = [](const Entry& a, const Entry& b) {
        if (a.key != b.key) return a.key < b.key;
        return a.item > b.item;
    };
    constexpr std::size_t kNever = static_cast<std::size_t>(-1);
    const Frame seed = save();
    std::vector<Entry> heap;
    heap.reserve(items_.size());
    for (std::size_t i = 0; i < items_.size(); ++i)
        if (!taken(i)) heap.push_back({items_[i].gain / items_[i].own_credits, i, kNever});
    std::make_heap(heap.begin(), heap.end(), lower);

    std::vector<Entry> aside;
    for (std::size_t step = 0;; ++step) {
        double best_ratio = 0;
        std::size_t best_item = kNever;
        aside.clear();
        while (!heap.empty() && heap.front().key > best_ratio) {
            std::pop_heap(heap.begin(), heap.end(), lower);
            const Entry entry = heap.back();
            heap.pop_back();
            if (taken(entry.item)) continue;
            if (entry.step == step) {  // priced this step already
                aside.push_back(entry);
                continue;
            }
            if (!fits(entry.item)) continue;
            const double gain = price(entry.item);
            if (gain <= kGainEpsilon) continue;
            const double ratio = gain / marginal_cost(entry.item).first;
            if (ratio > best_ratio) best_ratio = ratio, best_item = entry.item;
            heap.push_back({gain / items_[entry.item].own_credits, entry.item, step});
            std::push_heap(heap.begin(), heap.end(), lower);
        }
        for (const auto& entry : aside) {
            heap.push_back(entry);
            std::push_heap(heap.begin(), heap.end(), lower);
        }
        if (best_item == kNever) break;
        take(best_item);
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
