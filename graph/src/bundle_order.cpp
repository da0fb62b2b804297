#include "bundle_order.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

namespace woshou::graph::detail {
namespace {

[[noreturn]] void throw_cycle(const Snapshot& snapshot, const std::vector<Index>& stack, Index back_to) {
    const auto& courses = snapshot.data().courses;
    std::vector<std::string> cycle;
    auto start = std::find(stack.begin(), stack.end(), back_to);
    for (auto it = start; it != stack.end(); ++it) cycle.push_back(courses[*it].id);
    std::string text;
    for (const auto& id : cycle) text += id + " -> ";
    text += courses[back_to].id;
    throw MicroMajorError(MicroMajorError::Kind::prerequisite_cycle,
                          "the prerequisites form a cycle: " + text + " (each course requires the next)",
                          std::move(cycle));
}

}  // namespace

std::vector<Index> missing_prerequisites(const Snapshot& snapshot, Index course,
                                         const std::function<bool(Index)>& provided) {
    enum Colour : char { white, grey, black };
    std::unordered_map<Index, Colour> colour;
    std::vector<Index> order, stack;
    // Recursion depth is the longest prerequisite chain: a few dozen at most.
    std::function<void(Index)> visit = [&](Index c) {
        colour[c] = grey;
        stack.push_back(c);
        for (Index p : snapshot.prerequisites_of(c)) {
            if (provided(p)) continue;
            const Colour seen = colour.count(p) ? colour[p] : white;
            if (seen == grey) throw_cycle(snapshot, stack, p);
            if (seen == white) visit(p);
        }
        stack.pop_back();
        colour[c] = black;
        if (c != course) order.push_back(c);
    };
    visit(course);
    return order;
}

std::vector<int> term_of_courses(const Snapshot& snapshot, const std::vector<Index>& courses,
                                 double max_credits_per_term) {
    using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const std::size_t n = courses.size();
    std::unordered_map<Index, std::size_t> position;
    for (std::size_t i = 0; i < n; ++i) position.emplace(courses[i], i);

    // Edge prerequisite -> course, for prerequisites inside the bundle.
    Digraph g(n);
    for (std::size_t i = 0; i < n; ++i)
        for (Index p : snapshot.prerequisites_of(courses[i]))
            if (auto it = position.find(p); it != position.end()) boost::add_edge(it->second, i, g);

    std::vector<Digraph::vertex_descriptor> reverse_topological;
    try {
        boost::topological_sort(g, std::back_inserter(reverse_topological));
    } catch (const boost::not_a_dag&) {
        // Closures are built by missing_prerequisites, which rejects cycles first.
        std::vector<Index> none;
        throw_cycle(snapshot, none, courses.front());
    }
    std::vector<int> layer(n, 0);
    for (auto it = reverse_topological.rbegin(); it != reverse_topological.rend(); ++it)
        for (auto [e, end] = boost::out_edges(*it, g); e != end; ++e)
            layer[boost::target(*e, g)] = std::max(layer[boost::target(*e, g)], layer[*it] + 1);

    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    const auto& data = snapshot.data().courses;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (layer[a] != layer[b]) return layer[a] < layer[b];
        return data[courses[a]].id < data[courses[b]].id;
    });

    std::vector<int> term(n, 0);
    std::map<int, double> used;  // credits per term
    for (std::size_t i : order) {
        int t = 1;
        for (Index p : snapshot.prerequisites_of(courses[i]))
            if (auto it = position.find(p); it != position.end()) t = std::max(t, term[it->second] + 1);
        // A term that already holds something takes no more than the cap; an
        // empty term takes any one course, however large.
        const double credits = data[courses[i]].credits;
        while (used[t] > 0 && used[t] + credits > max_credits_per_term + 1e-9) ++t;
        term[i] = t;
        used[t] += credits;
    }
    return term;
}

}  // namespace woshou::graph::detail
