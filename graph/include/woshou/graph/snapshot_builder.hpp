// Builds a Snapshot from entity rows plus relation rows handed over one at a
// time, so a loader streaming millions of relation rows from a database never
// holds them as strings: each row becomes a 24-byte graph edge as it arrives.
//
//   SnapshotBuilder builder(std::move(entities));    // universities ... outcomes
//   builder.add_demand_skill("D1", "sk.sql", 0.8);   // for every relation row
//   auto snapshot = std::move(builder).build(version);
//
// Rows whose ids do not resolve are left out (Snapshot::build's contract).
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace woshou::graph {

class SnapshotBuilder {
public:
    // Takes the entity rows of `data` (sorted by id here unless they already
    // are) and adds the relation rows it already holds, as the add_ calls would.
    explicit SnapshotBuilder(model::Dataset data);

    // Each add_ call adds one relation row, by the external ids of its ends
    // (the string_views need only live for the call); a row whose ids do not
    // resolve to entities given to the constructor is dropped.
    void add_plan_course(std::string_view plan_id, std::string_view course_id, int semester, bool required);
    void add_prerequisite(std::string_view course_id, std::string_view prerequisite_id);
    void add_skill_broader(std::string_view skill_id, std::string_view broader_id);
    void add_course_skill(std::string_view course_id, std::string_view skill_id, double weight);
    void add_occupation_skill(std::string_view occupation_id, std::string_view skill_id, bool essential);
    void add_demand_skill(std::string_view demand_id, std::string_view skill_id, double importance);
    void add_micro_major_major(std::string_view micro_major_id, std::string_view major_id);
    void add_micro_major_course(std::string_view micro_major_id, std::string_view course_id, int position);

    // Freezes the entities and every relation added into a snapshot; the
    // builder is spent afterwards.
    std::shared_ptr<const Snapshot> build(std::uint64_t version) &&;

private:
    // An id -> index lookup that remembers its last answer: relation rows
    // arrive grouped by their first column, so most lookups repeat.
    struct CachedLookup {
        std::string last_id;
        std::optional<Index> last_index;
        bool valid = false;
    };
    template <typename Rows>
    std::optional<Index> find(const IdIndex& ids, const Rows& rows, std::string_view id, CachedLookup& cache);
    void connect(VertexKind from_kind, std::optional<Index> from, VertexKind to_kind, std::optional<Index> to,
                 EdgeProps props);
    void add_entity_edges();
    void add_relation_rows(model::Dataset& data);

    std::shared_ptr<Snapshot> snapshot_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges_;  // (source, target) vertices
    std::vector<EdgeProps> edge_props_;                           // parallel to edges_
    CachedLookup plan_cache_, course_cache_, skill_cache_, occupation_cache_, demand_cache_, micro_major_cache_;
};

}  // namespace woshou::graph
