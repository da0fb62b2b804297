#include "woshou/graph/snapshot_builder.hpp"

#include <algorithm>

namespace woshou::graph {
namespace {

// Sorts rows by id unless they already are (a database hands them sorted),
// so a snapshot's index order is id order whatever order rows arrived in.
template <typename Rows>
void sort_by_id(Rows& rows) {
    auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
    if (!std::is_sorted(rows.begin(), rows.end(), by_id)) std::stable_sort(rows.begin(), rows.end(), by_id);
}

// Frees a relation vector's memory once its rows became edges.
template <typename Rows>
void release(Rows& rows) {
    Rows().swap(rows);
}

}  // namespace

SnapshotBuilder::SnapshotBuilder(model::Dataset data) : snapshot_(new Snapshot()) {
    Snapshot& s = *snapshot_;
    sort_by_id(data.universities);
    sort_by_id(data.majors);
    sort_by_id(data.courses);
    sort_by_id(data.plans);
    sort_by_id(data.skills);
    sort_by_id(data.occupations);
    sort_by_id(data.employers);
    sort_by_id(data.demands);
    sort_by_id(data.micro_majors);
    s.university_ids_ = IdIndex::build(data.universities);
    s.major_ids_ = IdIndex::build(data.majors);
    s.plan_ids_ = IdIndex::build(data.plans);
    s.course_ids_ = IdIndex::build(data.courses);
    s.skill_ids_ = IdIndex::build(data.skills);
    s.occupation_ids_ = IdIndex::build(data.occupations);
    s.employer_ids_ = IdIndex::build(data.employers);
    s.demand_ids_ = IdIndex::build(data.demands);
    s.micro_major_ids_ = IdIndex::build(data.micro_majors);
    // Vertices laid out kind by kind, so vertex(kind, i) is base[kind] + i.
    const std::size_t sizes[] = {data.universities.size(), data.majors.size(), data.plans.size(),
                                 data.courses.size(),      data.skills.size(), data.occupations.size(),
                                 data.employers.size(),    data.demands.size(),  data.micro_majors.size()};
    std::size_t total = 0;
    for (std::size_t size : sizes) {
        s.vertex_base_.push_back(total);
        total += size;
    }
    s.data_ = std::move(data);
    add_entity_edges();
    add_relation_rows(s.data_);
}

template <typename Rows>
std::optional<Index> SnapshotBuilder::find(const IdIndex& ids, const Rows& rows, std::string_view id,
                                           CachedLookup& cache) {
    if (cache.valid && cache.last_id == id) return cache.last_index;
    cache.last_id.assign(id);
    cache.last_index = ids.find(rows, id);
    cache.valid = true;
    return cache.last_index;
}

void SnapshotBuilder::connect(VertexKind from_kind, std::optional<Index> from, VertexKind to_kind,
                              std::optional<Index> to, EdgeProps props) {
    if (!from || !to) return;  // dangling reference: left out, see Snapshot::build's contract
    edges_.emplace_back(static_cast<std::uint32_t>(snapshot_->vertex(from_kind, *from)),
                        static_cast<std::uint32_t>(snapshot_->vertex(to_kind, *to)));
    edge_props_.push_back(props);
}

// Relations held as columns of entity rows: a major's university, a demand's employer, ...
void SnapshotBuilder::add_entity_edges() {
    const Snapshot& s = *snapshot_;
    const model::Dataset& d = s.data_;
    using K = VertexKind;
    using E = EdgeKind;
    for (Index m = 0; m < d.majors.size(); ++m)
        connect(K::university, s.university_ids_.find(d.universities, d.majors[m].university_id), K::major, m,
                {.kind = E::offers_major});
    for (Index c = 0; c < d.courses.size(); ++c)
        connect(K::university, s.university_ids_.find(d.universities, d.courses[c].university_id), K::course, c,
                {.kind = E::offers_course});
    for (Index p = 0; p < d.plans.size(); ++p)
        connect(K::major, s.major_ids_.find(d.majors, d.plans[p].major_id), K::plan, p, {.kind = E::has_plan});
    for (Index i = 0; i < d.demands.size(); ++i) {
        const auto& demand = d.demands[i];
        connect(K::employer, s.employer_ids_.find(d.employers, demand.employer_id), K::demand, i,
                {.kind = E::posts_demand});
        if (!demand.occupation_id.empty())
            connect(K::demand, i, K::occupation, s.occupation_ids_.find(d.occupations, demand.occupation_id),
                    {.kind = E::for_occupation});
    }
}

void SnapshotBuilder::add_relation_rows(model::Dataset& d) {
    for (const auto& r : d.plan_courses) add_plan_course(r.plan_id, r.course_id, r.semester, r.required);
    release(d.plan_courses);
    for (const auto& r : d.prerequisites) add_prerequisite(r.course_id, r.prerequisite_id);
    release(d.prerequisites);
    for (const auto& r : d.skill_broaders) add_skill_broader(r.skill_id, r.broader_id);
    release(d.skill_broaders);
    for (const auto& r : d.course_skills) add_course_skill(r.course_id, r.skill_id, r.weight);
    release(d.course_skills);
    for (const auto& r : d.occupation_skills) add_occupation_skill(r.occupation_id, r.skill_id, r.essential);
    release(d.occupation_skills);
    for (const auto& r : d.demand_skills) add_demand_skill(r.demand_id, r.skill_id, r.importance);
    release(d.demand_skills);
    for (const auto& r : d.micro_major_majors) add_micro_major_major(r.micro_major_id, r.major_id);
    release(d.micro_major_majors);
    for (const auto& r : d.micro_major_courses) add_micro_major_course(r.micro_major_id, r.course_id, r.position);
    release(d.micro_major_courses);
}

void SnapshotBuilder::add_plan_course(std::string_view plan_id, std::string_view course_id, int semester,
                                      bool required) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::plan, find(s.plan_ids_, s.data_.plans, plan_id, plan_cache_), VertexKind::course,
            s.course_ids_.find(s.data_.courses, course_id),
            {.semester = semester, .kind = EdgeKind::includes_course, .flag = required});
}

void SnapshotBuilder::add_prerequisite(std::string_view course_id, std::string_view prerequisite_id) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::course, find(s.course_ids_, s.data_.courses, course_id, course_cache_), VertexKind::course,
            s.course_ids_.find(s.data_.courses, prerequisite_id), {.kind = EdgeKind::requires_course});
}

void SnapshotBuilder::add_skill_broader(std::string_view skill_id, std::string_view broader_id) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::skill, find(s.skill_ids_, s.data_.skills, skill_id, skill_cache_), VertexKind::skill,
            s.skill_ids_.find(s.data_.skills, broader_id), {.kind = EdgeKind::broader_skill});
}

void SnapshotBuilder::add_course_skill(std::string_view course_id, std::string_view skill_id, double weight) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::course, find(s.course_ids_, s.data_.courses, course_id, course_cache_), VertexKind::skill,
            s.skill_ids_.find(s.data_.skills, skill_id), {.weight = weight, .kind = EdgeKind::teaches_skill});
}

void SnapshotBuilder::add_occupation_skill(std::string_view occupation_id, std::string_view skill_id,
                                           bool essential) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::occupation, find(s.occupation_ids_, s.data_.occupations, occupation_id, occupation_cache_),
            VertexKind::skill, s.skill_ids_.find(s.data_.skills, skill_id),
            {.weight = essential ? 1.0 : 0.5, .kind = EdgeKind::needs_skill, .flag = essential});
}

void SnapshotBuilder::add_demand_skill(std::string_view demand_id, std::string_view skill_id, double importance) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::demand, find(s.demand_ids_, s.data_.demands, demand_id, demand_cache_), VertexKind::skill,
            s.skill_ids_.find(s.data_.skills, skill_id), {.weight = importance, .kind = EdgeKind::asks_skill});
}

void SnapshotBuilder::add_micro_major_major(std::string_view micro_major_id, std::string_view major_id) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::major, s.major_ids_.find(s.data_.majors, major_id), VertexKind::micro_major,
            find(s.micro_major_ids_, s.data_.micro_majors, micro_major_id, micro_major_cache_),
            {.kind = EdgeKind::has_micro_major});
}

void SnapshotBuilder::add_micro_major_course(std::string_view micro_major_id, std::string_view course_id,
                                             int position) {
    const Snapshot& s = *snapshot_;
    connect(VertexKind::micro_major, find(s.micro_major_ids_, s.data_.micro_majors, micro_major_id, micro_major_cache_),
            VertexKind::course, s.course_ids_.find(s.data_.courses, course_id),
            {.semester = position, .kind = EdgeKind::bundles_course});
}

std::shared_ptr<const Snapshot> SnapshotBuilder::build(std::uint64_t version) && {
    Snapshot& s = *snapshot_;
    s.version_ = version;
    const std::size_t vertices = s.vertex_base_.back() + s.data_.micro_majors.size();
    s.graph_ = Graph(boost::edges_are_unsorted_multi_pass, edges_.begin(), edges_.end(), edge_props_.begin(),
                     vertices);
    release(edges_);
    release(edge_props_);
    for (std::size_t kind = 0; kind < s.vertex_base_.size(); ++kind) {
        const std::size_t end = kind + 1 < s.vertex_base_.size() ? s.vertex_base_[kind + 1] : vertices;
        for (std::size_t v = s.vertex_base_[kind]; v < end; ++v)
            s.graph_[v] = VertexProps{static_cast<VertexKind>(kind), static_cast<Index>(v - s.vertex_base_[kind])};
    }
    s.build_views();
    s.build_label_index();
    return std::move(snapshot_);
}

}  // namespace woshou::graph
