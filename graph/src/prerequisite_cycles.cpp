#include "woshou/graph/prerequisite_cycles.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace woshou::graph {
namespace {

using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = Digraph::vertex_descriptor;

// Records the first back edge DFS meets; the tree edges give the path back.
struct BackEdgeRecorder : boost::default_dfs_visitor {
    std::vector<Vertex>* parent;
    std::optional<std::pair<Vertex, Vertex>>* first_back_edge;

    void tree_edge(Digraph::edge_descriptor e, const Digraph& g) const {
        (*parent)[boost::target(e, g)] = boost::source(e, g);
    }
    void back_edge(Digraph::edge_descriptor e, const Digraph& g) const {
        if (!first_back_edge->has_value()) *first_back_edge = std::make_pair(boost::source(e, g), boost::target(e, g));
    }
};

}  // namespace

std::vector<std::string> find_prerequisite_cycle(const std::vector<model::Prerequisite>& edges) {
    // Vertices numbered in id order so the reported cycle is deterministic.
    std::map<std::string, Vertex> vertex_of;
    for (const auto& e : edges) {
        vertex_of.emplace(e.course_id, 0);
        vertex_of.emplace(e.prerequisite_id, 0);
    }
    std::vector<std::string> id_of;
    for (auto& [id, v] : vertex_of) {
        v = id_of.size();
        id_of.push_back(id);
    }
    auto sorted = edges;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return std::tie(a.course_id, a.prerequisite_id) < std::tie(b.course_id, b.prerequisite_id);
    });
    Digraph g(id_of.size());
    for (const auto& e : sorted) boost::add_edge(vertex_of[e.course_id], vertex_of[e.prerequisite_id], g);

    std::vector<Vertex> parent(id_of.size());
    for (Vertex v = 0; v < parent.size(); ++v) parent[v] = v;
    std::optional<std::pair<Vertex, Vertex>> back;
    BackEdgeRecorder visitor;
    visitor.parent = &parent;
    visitor.first_back_edge = &back;
    boost::depth_first_search(g, boost::visitor(visitor));
    if (!back) return {};

    // back = (u -> v) with v an ancestor of u on the DFS tree: the cycle is v .. u.
    auto [u, v] = *back;
    std::vector<std::string> cycle;
    for (Vertex x = u; x != v; x = parent[x]) cycle.push_back(id_of[x]);
    cycle.push_back(id_of[v]);
    std::reverse(cycle.begin(), cycle.end());
    return cycle;
}

}  // namespace woshou::graph
