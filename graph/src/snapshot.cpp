#include "woshou/graph/snapshot.hpp"

#include "woshou/graph/label_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace woshou::graph {
namespace {

template <typename Rows>
std::unordered_map<std::string, Index> index_by_id(const Rows& rows) {
    std::unordered_map<std::string, Index> ids;
    ids.reserve(rows.size());
    for (Index i = 0; i < rows.size(); ++i) ids.emplace(rows[i].id, i);
    return ids;
}

std::optional<Index> lookup(const std::unordered_map<std::string, Index>& ids, std::string_view id) {
    // Heterogeneous lookup needs a transparent hash; ids are short, a copy is fine.
    auto it = ids.find(std::string(id));
    if (it == ids.end()) return std::nullopt;
    return it->second;
}

// "v9" < "v10": digit runs compare as numbers, everything else byte by byte.
bool natural_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
            std::size_t i_end = i, j_end = j;
            while (i_end < a.size() && std::isdigit(static_cast<unsigned char>(a[i_end]))) ++i_end;
            while (j_end < b.size() && std::isdigit(static_cast<unsigned char>(b[j_end]))) ++j_end;
            // Compare without leading zeros: longer run is larger, then lexicographic.
            auto trim = [](const std::string& s, std::size_t from, std::size_t to) {
                while (from + 1 < to && s[from] == '0') ++from;
                return std::string_view(s).substr(from, to - from);
            };
            const auto x = trim(a, i, i_end), y = trim(b, j, j_end);
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = i_end;
            j = j_end;
        } else {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

template <typename T>
std::span<const T> view(const std::vector<std::vector<T>>& lists, Index i) {
    if (i >= lists.size()) return {};
    return lists[i];
}

}  // namespace

std::shared_ptr<const Snapshot> Snapshot::build(model::Dataset data, std::uint64_t version) {
    std::shared_ptr<Snapshot> snapshot(new Snapshot());
    snapshot->version_ = version;
    snapshot->data_ = std::move(data);
    snapshot->build_indexes();
    snapshot->build_graph();
    snapshot->build_views();
    return snapshot;
}

void Snapshot::build_indexes() {
    university_ids_ = index_by_id(data_.universities);
    major_ids_ = index_by_id(data_.majors);
    plan_ids_ = index_by_id(data_.plans);
    course_ids_ = index_by_id(data_.courses);
    skill_ids_ = index_by_id(data_.skills);
    occupation_ids_ = index_by_id(data_.occupations);
    employer_ids_ = index_by_id(data_.employers);
    demand_ids_ = index_by_id(data_.demands);
    micro_major_ids_ = index_by_id(data_.micro_majors);
}

Graph::vertex_descriptor Snapshot::vertex(VertexKind kind, Index index) const {
    return vertex_base_[static_cast<std::size_t>(kind)] + index;
}

void Snapshot::build_graph() {
    // Vertices laid out kind by kind, so vertex(kind, i) is base[kind] + i.
    const std::size_t sizes[] = {data_.universities.size(), data_.majors.size(), data_.plans.size(),
                                 data_.courses.size(),      data_.skills.size(), data_.occupations.size(),
                                 data_.employers.size(),    data_.demands.size(),  data_.micro_majors.size()};
    std::size_t total = 0;
    vertex_base_.clear();
    for (std::size_t size : sizes) {
        vertex_base_.push_back(total);
        total += size;
    }
    graph_ = Graph(total);
    for (std::size_t kind = 0; kind < std::size(sizes); ++kind)
        for (Index i = 0; i < sizes[kind]; ++i)
            graph_[vertex_base_[kind] + i] = VertexProps{static_cast<VertexKind>(kind), i};

    auto connect = [&](VertexKind from_kind, const std::unordered_map<std::string, Index>& from_ids,
                       const std::string& from, VertexKind to_kind,
                       const std::unordered_map<std::string, Index>& to_ids, const std::string& to,
                       EdgeProps props) {
        auto a = lookup(from_ids, from);
        auto b = lookup(to_ids, to);
        if (!a || !b) return;  // dangling reference: left out, see build() contract
        boost::add_edge(vertex(from_kind, *a), vertex(to_kind, *b), props, graph_);
    };
    using K = VertexKind;
    using E = EdgeKind;
    for (const auto& m : data_.majors)
        connect(K::university, university_ids_, m.university_id, K::major, major_ids_, m.id, {E::offers_major});
    for (const auto& c : data_.courses)
        connect(K::university, university_ids_, c.university_id, K::course, course_ids_, c.id, {E::offers_course});
    for (const auto& p : data_.plans)
        connect(K::major, major_ids_, p.major_id, K::plan, plan_ids_, p.id, {E::has_plan});
    for (const auto& pc : data_.plan_courses)
        connect(K::plan, plan_ids_, pc.plan_id, K::course, course_ids_, pc.course_id,
                {E::includes_course, 1.0, pc.semester, pc.required});
    for (const auto& pr : data_.prerequisites)
        connect(K::course, course_ids_, pr.course_id, K::course, course_ids_, pr.prerequisite_id, {E::requires_course});
    for (const auto& cs : data_.course_skills)
        connect(K::course, course_ids_, cs.course_id, K::skill, skill_ids_, cs.skill_id, {E::teaches_skill, cs.weight});
    for (const auto& sb : data_.skill_broaders)
        connect(K::skill, skill_ids_, sb.skill_id, K::skill, skill_ids_, sb.broader_id, {E::broader_skill});
    for (const auto& os : data_.occupation_skills)
        connect(K::occupation, occupation_ids_, os.occupation_id, K::skill, skill_ids_, os.skill_id,
                {E::needs_skill, os.essential ? 1.0 : 0.5, 0, os.essential});
    for (const auto& d : data_.demands) {
        connect(K::employer, employer_ids_, d.employer_id, K::demand, demand_ids_, d.id, {E::posts_demand});
        if (!d.occupation_id.empty())
            connect(K::demand, demand_ids_, d.id, K::occupation, occupation_ids_, d.occupation_id, {E::for_occupation});
    }
    for (const auto& ds : data_.demand_skills)
        connect(K::demand, demand_ids_, ds.demand_id, K::skill, skill_ids_, ds.skill_id, {E::asks_skill, ds.importance});
    for (const auto& mm : data_.micro_major_majors)
        connect(K::major, major_ids_, mm.major_id, K::micro_major, micro_major_ids_, mm.micro_major_id,
                {E::has_micro_major});
    for (const auto& mc : data_.micro_major_courses)
        connect(K::micro_major, micro_major_ids_, mc.micro_major_id, K::course, course_ids_, mc.course_id,
                {E::bundles_course, 1.0, mc.position});
}

void Snapshot::build_views() {
    // Every view is read off the graph's edges, so the graph is the one source of truth.
    majors_of_university_.assign(data_.universities.size(), {});
    courses_of_university_.assign(data_.universities.size(), {});
    plans_of_major_.assign(data_.majors.size(), {});
    courses_of_plan_.assign(data_.plans.size(), {});
    prerequisites_of_.assign(data_.courses.size(), {});
    unlocked_by_.assign(data_.courses.size(), {});
    plans_including_.assign(data_.courses.size(), {});
    skills_of_course_.assign(data_.courses.size(), {});
    broader_of_.assign(data_.skills.size(), {});
    narrower_of_.assign(data_.skills.size(), {});
    courses_teaching_.assign(data_.skills.size(), {});
    skills_of_occupation_.assign(data_.occupations.size(), {});
    demands_of_employer_.assign(data_.employers.size(), {});
    skills_of_demand_.assign(data_.demands.size(), {});
    outcomes_of_major_.assign(data_.majors.size(), {});
    micro_majors_of_major_.assign(data_.majors.size(), {});
    majors_of_micro_major_.assign(data_.micro_majors.size(), {});
    courses_of_micro_major_.assign(data_.micro_majors.size(), {});
    std::vector<std::vector<std::pair<int, Index>>> positioned(data_.micro_majors.size());

    for (auto [it, end] = boost::edges(graph_); it != end; ++it) {
        const EdgeProps& e = graph_[*it];
        const Index from = graph_[boost::source(*it, graph_)].index;
        const Index to = graph_[boost::target(*it, graph_)].index;
        switch (e.kind) {
            case EdgeKind::offers_major: majors_of_university_[from].push_back(to); break;
            case EdgeKind::offers_course: courses_of_university_[from].push_back(to); break;
            case EdgeKind::has_plan: plans_of_major_[from].push_back(to); break;
            case EdgeKind::includes_course:
                courses_of_plan_[from].push_back({to, e.semester, e.flag});
                plans_including_[to].push_back(from);
                break;
            case EdgeKind::requires_course:
                prerequisites_of_[from].push_back(to);
                unlocked_by_[to].push_back(from);
                break;
            case EdgeKind::teaches_skill:
                skills_of_course_[from].push_back({to, e.weight});
                courses_teaching_[to].push_back({from, e.weight});
                break;
            case EdgeKind::broader_skill:
                broader_of_[from].push_back(to);
                narrower_of_[to].push_back(from);
                break;
            case EdgeKind::needs_skill: skills_of_occupation_[from].push_back({to, e.weight}); break;
            case EdgeKind::posts_demand: demands_of_employer_[from].push_back(to); break;
            case EdgeKind::asks_skill: skills_of_demand_[from].push_back({to, e.weight}); break;
            case EdgeKind::for_occupation: break;  // read from the Demand row directly
            case EdgeKind::has_micro_major:
                micro_majors_of_major_[from].push_back(to);
                majors_of_micro_major_[to].push_back(from);
                break;
            case EdgeKind::bundles_course: positioned[from].emplace_back(e.semester, to); break;
        }
    }
    employer_of_demand_.assign(data_.demands.size(), npos);
    occupation_of_demand_.assign(data_.demands.size(), npos);
    for (Index d = 0; d < data_.demands.size(); ++d) {
        if (auto e = lookup(employer_ids_, data_.demands[d].employer_id)) employer_of_demand_[d] = *e;
        if (auto o = lookup(occupation_ids_, data_.demands[d].occupation_id)) occupation_of_demand_[d] = *o;
    }
    feedback_marks_of_major_.assign(data_.majors.size(), {});
    for (Index i = 0; i < data_.feedback_marks.size(); ++i)  // loaded in (major, skill, employer) order
        if (auto m = lookup(major_ids_, data_.feedback_marks[i].major_id)) feedback_marks_of_major_[*m].push_back(i);
    for (Index i = 0; i < data_.outcomes.size(); ++i)
        if (auto m = lookup(major_ids_, data_.outcomes[i].major_id)) outcomes_of_major_[*m].push_back(i);

    // Deterministic orders, independent of input row order.
    auto by_id = [](const auto& rows) {
        return [&rows](Index a, Index b) { return rows[a].id < rows[b].id; };
    };
    for (auto& v : majors_of_university_) std::sort(v.begin(), v.end(), by_id(data_.majors));
    for (auto& v : courses_of_university_) std::sort(v.begin(), v.end(), by_id(data_.courses));
    for (auto& v : plans_of_major_)
        std::sort(v.begin(), v.end(), [this](Index a, Index b) {
            const auto& pa = data_.plans[a];
            const auto& pb = data_.plans[b];
            if (pa.cohort_year != pb.cohort_year) return pa.cohort_year > pb.cohort_year;
            if (pa.version != pb.version) return natural_less(pb.version, pa.version);
            return pa.id < pb.id;
        });
    for (auto& v : courses_of_plan_)
        std::sort(v.begin(), v.end(), [this](const PlanCourseRef& a, const PlanCourseRef& b) {
            const auto& ca = data_.courses[a.course];
            const auto& cb = data_.courses[b.course];
            return std::tie(a.semester, ca.code, ca.id) < std::tie(b.semester, cb.code, cb.id);
        });
    for (auto* lists : {&prerequisites_of_, &unlocked_by_})
        for (auto& v : *lists) std::sort(v.begin(), v.end(), by_id(data_.courses));
    for (auto& v : plans_including_) std::sort(v.begin(), v.end(), by_id(data_.plans));
    for (auto* lists : {&broader_of_, &narrower_of_})
        for (auto& v : *lists) std::sort(v.begin(), v.end(), by_id(data_.skills));
    auto skill_order = [this](const SkillWeight& a, const SkillWeight& b) {
        return data_.skills[a.skill].id < data_.skills[b.skill].id;
    };
    for (auto* lists : {&skills_of_course_, &skills_of_occupation_, &skills_of_demand_})
        for (auto& v : *lists) std::sort(v.begin(), v.end(), skill_order);
    for (auto& v : courses_teaching_)
        std::sort(v.begin(), v.end(), [this](const CourseWeight& a, const CourseWeight& b) {
            return data_.courses[a.course].id < data_.courses[b.course].id;
        });
    for (auto& v : demands_of_employer_)
        std::sort(v.begin(), v.end(), [this](Index a, Index b) {
            return std::tie(data_.demands[a].posted_on, data_.demands[a].id) <
                   std::tie(data_.demands[b].posted_on, data_.demands[b].id);
        });
    for (auto& v : outcomes_of_major_)
        std::sort(v.begin(), v.end(),
                  [this](Index a, Index b) { return data_.outcomes[a].year < data_.outcomes[b].year; });
    for (auto& v : micro_majors_of_major_) std::sort(v.begin(), v.end(), by_id(data_.micro_majors));
    for (auto& v : majors_of_micro_major_) std::sort(v.begin(), v.end(), by_id(data_.majors));
    // The proposer's order; equal positions (never stored, but a hand-made
    // Dataset may hold them) fall back to course id so the order stays total.
    for (Index mm = 0; mm < positioned.size(); ++mm) {
        auto& v = positioned[mm];
        std::sort(v.begin(), v.end(), [this](const auto& a, const auto& b) {
            return std::tie(a.first, data_.courses[a.second].id) < std::tie(b.first, data_.courses[b.second].id);
        });
        for (const auto& entry : v) courses_of_micro_major_[mm].push_back(entry.second);
    }

    // Label index: every label form of every skill, normalised.
    skill_labels_.clear();
    for (Index i = 0; i < data_.skills.size(); ++i) {
        const auto& s = data_.skills[i];
        auto add = [&](const std::string& label) {
            if (label.empty()) return;
            std::string key = normalize_label(label);
            if (!key.empty()) skill_labels_.emplace_back(std::move(key), i);
        };
        add(s.label);
        add(s.label_en);
        for (const auto& alt : s.alt_labels) add(alt);
    }
    std::sort(skill_labels_.begin(), skill_labels_.end());
    skill_labels_.erase(std::unique(skill_labels_.begin(), skill_labels_.end()), skill_labels_.end());
}

std::vector<Index> Snapshot::search_skills(std::string_view query, std::size_t limit) const {
    const std::string key = normalize_label(query);
    if (key.empty() || limit == 0) return {};
    // Rank: 0 exact, 1 prefix, 2 substring; keep each skill's best rank.
    std::unordered_map<Index, int> best;
    for (const auto& [label, skill] : skill_labels_) {
        const auto pos = label.find(key);
        if (pos == std::string::npos) continue;
        const int rank = label.size() == key.size() ? 0 : pos == 0 ? 1 : 2;
        auto [it, inserted] = best.emplace(skill, rank);
        if (!inserted) it->second = std::min(it->second, rank);
    }
    std::vector<std::pair<int, Index>> ranked;
    ranked.reserve(best.size());
    for (auto [skill, rank] : best) ranked.emplace_back(rank, skill);
    std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
        return std::tie(a.first, data_.skills[a.second].id) < std::tie(b.first, data_.skills[b.second].id);
    });
    std::vector<Index> result;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) result.push_back(ranked[i].second);
    return result;
}

std::optional<Index> Snapshot::find_university(std::string_view id) const { return lookup(university_ids_, id); }
std::optional<Index> Snapshot::find_major(std::string_view id) const { return lookup(major_ids_, id); }
std::optional<Index> Snapshot::find_plan(std::string_view id) const { return lookup(plan_ids_, id); }
std::optional<Index> Snapshot::find_course(std::string_view id) const { return lookup(course_ids_, id); }
std::optional<Index> Snapshot::find_skill(std::string_view id) const { return lookup(skill_ids_, id); }
std::optional<Index> Snapshot::find_occupation(std::string_view id) const { return lookup(occupation_ids_, id); }
std::optional<Index> Snapshot::find_employer(std::string_view id) const { return lookup(employer_ids_, id); }
std::optional<Index> Snapshot::find_demand(std::string_view id) const { return lookup(demand_ids_, id); }
std::optional<Index> Snapshot::find_micro_major(std::string_view id) const { return lookup(micro_major_ids_, id); }

std::span<const Index> Snapshot::majors_of_university(Index u) const { return view(majors_of_university_, u); }
std::span<const Index> Snapshot::courses_of_university(Index u) const { return view(courses_of_university_, u); }
std::span<const Index> Snapshot::plans_of_major(Index m) const { return view(plans_of_major_, m); }
std::optional<Index> Snapshot::latest_plan(Index m) const {
    auto plans = plans_of_major(m);
    if (plans.empty()) return std::nullopt;
    return plans.front();
}
std::span<const PlanCourseRef> Snapshot::courses_of_plan(Index p) const { return view(courses_of_plan_, p); }
std::span<const SkillWeight> Snapshot::skills_of_course(Index c) const { return view(skills_of_course_, c); }
std::span<const Index> Snapshot::prerequisites_of(Index c) const { return view(prerequisites_of_, c); }
std::span<const Index> Snapshot::unlocked_by(Index c) const { return view(unlocked_by_, c); }
std::span<const Index> Snapshot::plans_including(Index c) const { return view(plans_including_, c); }
std::span<const Index> Snapshot::broader_of(Index s) const { return view(broader_of_, s); }
std::span<const Index> Snapshot::narrower_of(Index s) const { return view(narrower_of_, s); }
std::span<const CourseWeight> Snapshot::courses_teaching(Index s) const { return view(courses_teaching_, s); }
std::span<const SkillWeight> Snapshot::skills_of_occupation(Index o) const { return view(skills_of_occupation_, o); }
std::span<const SkillWeight> Snapshot::skills_of_demand(Index d) const { return view(skills_of_demand_, d); }
std::span<const Index> Snapshot::demands_of_employer(Index e) const { return view(demands_of_employer_, e); }
std::span<const Index> Snapshot::outcomes_of_major(Index m) const { return view(outcomes_of_major_, m); }
std::span<const Index> Snapshot::feedback_marks_of_major(Index m) const { return view(feedback_marks_of_major_, m); }
std::span<const Index> Snapshot::micro_majors_of_major(Index m) const { return view(micro_majors_of_major_, m); }
std::span<const Index> Snapshot::majors_of_micro_major(Index mm) const { return view(majors_of_micro_major_, mm); }
std::span<const Index> Snapshot::courses_of_micro_major(Index mm) const { return view(courses_of_micro_major_, mm); }

}  // namespace woshou::graph
