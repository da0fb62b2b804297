#include "bundle_context.hpp"

#include "woshou/graph/prerequisite_cycles.hpp"

#include <unordered_map>

namespace woshou::importers {
namespace {

std::string edge_key(const std::string& course, const std::string& prerequisite) {
    return course + '\x1f' + prerequisite;
}

}  // namespace

void check_prerequisite_cycles(const BundleContext& ctx) {
    const auto& added = ctx.out.prerequisites;
    if (added.empty()) return;  // the database's own edges were checked when they came in

    // Bundle rows upsert over existing ones, so their codes win.
    std::unordered_map<std::string, std::string> code_of;
    for (const auto& course : ctx.existing.courses) code_of[course.id] = course.code;
    for (const auto& course : ctx.out.courses) code_of[course.id] = course.code;

    std::unordered_map<std::string, std::size_t> line_of;
    for (std::size_t i = 0; i < added.size(); ++i) {
        line_of.emplace(edge_key(added[i].course_id, added[i].prerequisite_id), ctx.prerequisite_lines[i]);
    }
    for (std::size_t i = 0; i < added.size(); ++i) {
        if (added[i].course_id == added[i].prerequisite_id) {
            const std::string& code = code_of[added[i].course_id];
            throw ImportError("prerequisites.csv", ctx.prerequisite_lines[i], "prerequisite_id",
                              "prerequisite cycle: " + code + " -> " + code);
        }
    }

    std::vector<model::Prerequisite> edges = ctx.existing.prerequisites;
    edges.insert(edges.end(), added.begin(), added.end());
    const std::vector<std::string> cycle = graph::find_prerequisite_cycle(edges);
    if (cycle.empty()) return;

    std::string path;
    for (const std::string& id : cycle) path += code_of[id] + " -> ";
    path += code_of[cycle.front()];

    // Report the first edge of the cycle that this bundle adds.
    std::size_t line = 0;
    for (std::size_t i = 0; i < cycle.size() && line == 0; ++i) {
        const auto it = line_of.find(edge_key(cycle[i], cycle[(i + 1) % cycle.size()]));
        if (it != line_of.end()) line = it->second;
    }
    throw ImportError("prerequisites.csv", line, "prerequisite_id", "prerequisite cycle: " + path);
}

}  // namespace woshou::importers
