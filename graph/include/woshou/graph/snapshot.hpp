// The immutable, in-memory view of the whole database that every reader uses.
//
// A Snapshot owns the entity rows (a Dataset whose relation vectors are
// empty), a Boost.Graph whose vertices are entities and whose edges are the
// relations between them (compressed sparse row form: about 28 bytes an
// edge, the nation's 33 million fit in a gigabyte), an external-id -> index
// table per entity kind, and the derived adjacency views the HTTP handlers
// and the analyses need, each in flat arrays. All indices are positions in
// the Dataset's vectors (e.g. data().courses[i]); those vectors are ordered
// by id, so index order is id order. A Snapshot never changes after it is
// built; a rebuild makes a new one (see SnapshotHolder). SnapshotBuilder
// builds one from rows streamed out of a database without holding the
// relation rows as strings.
#pragma once

#include "woshou/graph/flat_lists.hpp"
#include "woshou/graph/id_index.hpp"
#include "woshou/graph/model.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace woshou::graph {

using Index = std::uint32_t;

enum class VertexKind : std::uint8_t {
    university, major, plan, course, skill, occupation, employer, demand,
    micro_major,  // published micro-majors only (docs/micro-majors.md)
};

enum class EdgeKind : std::uint8_t {
    offers_major,       // university -> major
    offers_course,      // university -> course
    has_plan,           // major -> plan
    includes_course,    // plan -> course (semester, required)
    requires_course,    // course -> prerequisite course
    teaches_skill,      // course -> skill (weight)
    broader_skill,      // skill -> broader (parent) skill
    needs_skill,        // occupation -> skill (essential)
    posts_demand,       // employer -> demand
    asks_skill,         // demand -> skill (importance)
    for_occupation,     // demand -> occupation
    has_micro_major,    // major -> published micro-major built on it
    bundles_course,     // micro-major -> course (semester holds the course's position)
};

struct VertexProps {
    VertexKind kind{};
    Index index = 0;  // position in the Dataset vector of that kind
};

// 16 bytes: the weight first so no padding sits between the fields.
struct EdgeProps {
    double weight = 1.0;   // course skill weight, demand importance
    int semester = 0;      // includes_course: semester; bundles_course: 1-based position
    EdgeKind kind{};
    bool flag = true;      // includes_course: required; needs_skill: essential
};

// Bidirectional so in_edges work as well as out_edges; 32-bit vertex and edge
// indices (a nation has about 7 million vertices and 33 million edges).
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, VertexProps, EdgeProps,
                                                 boost::no_property, std::uint32_t, std::uint32_t>;

struct PlanCourseRef {
    Index course = 0;
    int semester = 0;
    bool required = true;
};

struct SkillWeight {
    Index skill = 0;
    double weight = 0;  // course weight, demand importance, or 1.0/0.5 for occupations
};

struct CourseWeight {
    Index course = 0;
    double weight = 0;
};

class SnapshotBuilder;

class Snapshot {
public:
    // Freezes `data` into a snapshot. The data must be referentially valid
    // (the importers and the database guarantee it); rows whose references
    // do not resolve are left out of the graph rather than crashing.
    static std::shared_ptr<const Snapshot> build(model::Dataset data, std::uint64_t version);

    // The data version this snapshot was built from; reported by every response.
    std::uint64_t version() const { return version_; }
    // The entity rows, each vector ordered by id (outcomes by major and year,
    // feedback marks by major, skill, employer). The relation vectors
    // (plan_courses, prerequisites, skill_broaders, course_skills,
    // occupation_skills, demand_skills, micro_major_majors,
    // micro_major_courses) are empty: relations live in graph() and the views.
    const model::Dataset& data() const { return data_; }
    const Graph& graph() const { return graph_; }

    // External id -> index. Empty when the id is unknown.
    std::optional<Index> find_university(std::string_view id) const;
    std::optional<Index> find_major(std::string_view id) const;
    std::optional<Index> find_plan(std::string_view id) const;
    std::optional<Index> find_course(std::string_view id) const;
    std::optional<Index> find_skill(std::string_view id) const;
    std::optional<Index> find_occupation(std::string_view id) const;
    std::optional<Index> find_employer(std::string_view id) const;
    std::optional<Index> find_demand(std::string_view id) const;
    std::optional<Index> find_micro_major(std::string_view id) const;  // published ones only

    // Derived views. Orders are deterministic and documented per function.
    std::span<const Index> majors_of_university(Index u) const;   // by major id
    std::span<const Index> courses_of_university(Index u) const;  // by course id
    std::span<const Index> plans_of_major(Index m) const;  // latest first: cohort desc, version desc (v10 after v9)
    std::optional<Index> latest_plan(Index m) const;
    std::span<const PlanCourseRef> courses_of_plan(Index p) const;  // by semester, then course code
    std::span<const SkillWeight> skills_of_course(Index c) const;   // by skill id
    std::span<const Index> prerequisites_of(Index c) const;         // by course id
    std::span<const Index> unlocked_by(Index c) const;              // courses that require c
    std::span<const Index> plans_including(Index c) const;          // by plan id
    std::span<const Index> broader_of(Index s) const;               // parents
    std::span<const Index> narrower_of(Index s) const;              // children
    std::span<const CourseWeight> courses_teaching(Index s) const;  // by course id
    std::span<const SkillWeight> skills_of_occupation(Index o) const;  // essential 1.0, optional 0.5
    std::span<const SkillWeight> skills_of_demand(Index d) const;      // importance
    std::span<const Index> demands_of_employer(Index e) const;         // by posted date
    std::span<const Index> outcomes_of_major(Index m) const;           // indices into data().outcomes, by year
    // Indices into data().feedback_marks of feedback on major m, by skill id then employer.
    std::span<const Index> feedback_marks_of_major(Index m) const;
    // Published micro-majors built on major m, by micro-major id.
    std::span<const Index> micro_majors_of_major(Index m) const;
    // Base majors of micro-major mm, by major id.
    std::span<const Index> majors_of_micro_major(Index mm) const;
    // Courses of micro-major mm in the proposer's order.
    std::span<const Index> courses_of_micro_major(Index mm) const;
    // The employer and occupation of demand d; npos when absent or unknown.
    Index employer_of_demand(Index d) const { return employer_of_demand_[d]; }
    Index occupation_of_demand(Index d) const { return occupation_of_demand_[d]; }
    static constexpr Index npos = static_cast<Index>(-1);

    // Skills whose label, English label or alternative label contains the
    // normalised query (NFKC, case-folded). Exact matches first, then prefix
    // matches, then other substring matches; ties by skill id.
    std::vector<Index> search_skills(std::string_view query, std::size_t limit) const;
    // The label index behind search_skills: (normalised label, skill), sorted
    // by label then skill index; each skill's label, English and alternative labels.
    const std::vector<std::pair<std::string, Index>>& skill_labels() const { return skill_labels_; }

    // Vertex of an entity in graph().
    Graph::vertex_descriptor vertex(VertexKind kind, Index index) const;

private:
    friend class SnapshotBuilder;
    Snapshot() = default;
    void build_views();           // snapshot_views.cpp: every view from graph_
    void build_label_index();     // snapshot_views.cpp

    std::uint64_t version_ = 0;
    model::Dataset data_;
    Graph graph_;
    std::vector<std::size_t> vertex_base_;  // first vertex of each VertexKind

    IdIndex university_ids_, major_ids_, plan_ids_, course_ids_, skill_ids_, occupation_ids_,
        employer_ids_, demand_ids_, micro_major_ids_;

    FlatLists<Index> majors_of_university_, courses_of_university_, plans_of_major_, prerequisites_of_,
        unlocked_by_, plans_including_, broader_of_, narrower_of_, demands_of_employer_,
        outcomes_of_major_, feedback_marks_of_major_, micro_majors_of_major_, majors_of_micro_major_,
        courses_of_micro_major_;
    FlatLists<PlanCourseRef> courses_of_plan_;
    FlatLists<SkillWeight> skills_of_course_, skills_of_occupation_, skills_of_demand_;
    FlatLists<CourseWeight> courses_teaching_;
    std::vector<Index> employer_of_demand_, occupation_of_demand_;

    // (normalised label, skill index), sorted by label then skill id.
    std::vector<std::pair<std::string, Index>> skill_labels_;
};

}  // namespace woshou::graph
