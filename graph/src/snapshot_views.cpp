// The snapshot's derived views, every one read off the graph's edges so the
// graph is the one source of truth, each stored as flat lists.
#include "woshou/graph/label_normalizer.hpp"
#include "woshou/graph/snapshot.hpp"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <tuple>

namespace woshou::graph {
namespace {

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

// Every view under construction. Each edge is routed twice: once to count
// the lists' sizes, once (after allocate_all) to store.
struct ViewBuilders {
    explicit ViewBuilders(const model::Dataset& d)
        : majors_of_university(d.universities.size()), courses_of_university(d.universities.size()),
          plans_of_major(d.majors.size()), courses_of_plan(d.plans.size()), prerequisites_of(d.courses.size()),
          unlocked_by(d.courses.size()), plans_including(d.courses.size()), skills_of_course(d.courses.size()),
          broader_of(d.skills.size()), narrower_of(d.skills.size()), courses_teaching(d.skills.size()),
          skills_of_occupation(d.occupations.size()), demands_of_employer(d.employers.size()),
          skills_of_demand(d.demands.size()), micro_majors_of_major(d.majors.size()),
          majors_of_micro_major(d.micro_majors.size()), positioned_courses(d.micro_majors.size()) {}

    void route(const EdgeProps& e, Index from, Index to) {
        switch (e.kind) {
            case EdgeKind::offers_major: majors_of_university.add(from, to); break;
            case EdgeKind::offers_course: courses_of_university.add(from, to); break;
            case EdgeKind::has_plan: plans_of_major.add(from, to); break;
            case EdgeKind::includes_course:
                courses_of_plan.add(from, {to, e.semester, e.flag});
                plans_including.add(to, from);
                break;
            case EdgeKind::requires_course:
                prerequisites_of.add(from, to);
                unlocked_by.add(to, from);
                break;
            case EdgeKind::teaches_skill:
                skills_of_course.add(from, {to, e.weight});
                courses_teaching.add(to, {from, e.weight});
                break;
            case EdgeKind::broader_skill:
                broader_of.add(from, to);
                narrower_of.add(to, from);
                break;
            case EdgeKind::needs_skill: skills_of_occupation.add(from, {to, e.weight}); break;
            case EdgeKind::posts_demand: demands_of_employer.add(from, to); break;
            case EdgeKind::asks_skill: skills_of_demand.add(from, {to, e.weight}); break;
            case EdgeKind::for_occupation: break;  // read from the Demand row directly
            case EdgeKind::has_micro_major:
                micro_majors_of_major.add(from, to);
                majors_of_micro_major.add(to, from);
                break;
            case EdgeKind::bundles_course: positioned_courses.add(from, {e.semester, to}); break;
        }
    }

    void allocate_all() {
        for (auto* b : {&majors_of_university, &courses_of_university, &plans_of_major, &prerequisites_of,
                        &unlocked_by, &plans_including, &broader_of, &narrower_of, &demands_of_employer,
                        &micro_majors_of_major, &majors_of_micro_major})
            b->allocate();
        courses_of_plan.allocate();
        for (auto* b : {&skills_of_course, &skills_of_occupation, &skills_of_demand}) b->allocate();
        courses_teaching.allocate();
        positioned_courses.allocate();
    }

    FlatListsBuilder<Index> majors_of_university, courses_of_university, plans_of_major;
    FlatListsBuilder<PlanCourseRef> courses_of_plan;
    FlatListsBuilder<Index> prerequisites_of, unlocked_by, plans_including;
    FlatListsBuilder<SkillWeight> skills_of_course;
    FlatListsBuilder<Index> broader_of, narrower_of;
    FlatListsBuilder<CourseWeight> courses_teaching;
    FlatListsBuilder<SkillWeight> skills_of_occupation;
    FlatListsBuilder<Index> demands_of_employer;
    FlatListsBuilder<SkillWeight> skills_of_demand;
    FlatListsBuilder<Index> micro_majors_of_major, majors_of_micro_major;
    FlatListsBuilder<std::pair<int, Index>> positioned_courses;  // (position, course) per micro-major
};

// Lists of row positions grouped by a key column: rows[i] goes to list
// key_of(rows[i]) when the key resolves, in row order.
template <typename Rows, typename KeyOf>
FlatLists<Index> group_rows(const Rows& rows, std::size_t lists, KeyOf key_of) {
    return FlatListsBuilder<Index>::build(lists, [&](FlatListsBuilder<Index>& builder) {
        for (Index i = 0; i < rows.size(); ++i)
            if (auto key = key_of(rows[i])) builder.add(*key, i);
    });
}

}  // namespace

void Snapshot::build_views() {
    const model::Dataset& d = data_;
    ViewBuilders views(d);
    auto route_every_edge = [&] {
        for (auto v : boost::make_iterator_range(boost::vertices(graph_))) {
            const Index from = graph_[v].index;
            for (auto e : boost::make_iterator_range(boost::out_edges(v, graph_)))
                views.route(graph_[e], from, graph_[boost::target(e, graph_)].index);
        }
    };
    route_every_edge();
    views.allocate_all();
    route_every_edge();

    // Deterministic orders, independent of input row order. Entity vectors
    // are sorted by id, so "by id" is "by index" for them.
    auto by_index = [](Index a, Index b) { return a < b; };
    majors_of_university_ = std::move(views.majors_of_university).finish();
    courses_of_university_ = std::move(views.courses_of_university).finish();
    plans_of_major_ = std::move(views.plans_of_major).finish();
    plans_of_major_.sort_each([&d](Index a, Index b) {
        const auto& pa = d.plans[a];
        const auto& pb = d.plans[b];
        if (pa.cohort_year != pb.cohort_year) return pa.cohort_year > pb.cohort_year;
        if (pa.version != pb.version) return natural_less(pb.version, pa.version);
        return a < b;
    });
    courses_of_plan_ = std::move(views.courses_of_plan).finish();
    courses_of_plan_.sort_each([&d](const PlanCourseRef& a, const PlanCourseRef& b) {
        if (a.semester != b.semester) return a.semester < b.semester;
        const auto& code_a = d.courses[a.course].code;
        const auto& code_b = d.courses[b.course].code;
        if (code_a != code_b) return code_a < code_b;
        return a.course < b.course;
    });
    prerequisites_of_ = std::move(views.prerequisites_of).finish();
    unlocked_by_ = std::move(views.unlocked_by).finish();
    plans_including_ = std::move(views.plans_including).finish();
    broader_of_ = std::move(views.broader_of).finish();
    narrower_of_ = std::move(views.narrower_of).finish();
    micro_majors_of_major_ = std::move(views.micro_majors_of_major).finish();
    majors_of_micro_major_ = std::move(views.majors_of_micro_major).finish();
    for (auto* lists : {&majors_of_university_, &courses_of_university_, &prerequisites_of_, &unlocked_by_,
                        &plans_including_, &broader_of_, &narrower_of_, &micro_majors_of_major_,
                        &majors_of_micro_major_})
        lists->sort_each(by_index);
    auto by_skill = [](const SkillWeight& a, const SkillWeight& b) { return a.skill < b.skill; };
    skills_of_course_ = std::move(views.skills_of_course).finish();
    skills_of_occupation_ = std::move(views.skills_of_occupation).finish();
    skills_of_demand_ = std::move(views.skills_of_demand).finish();
    for (auto* lists : {&skills_of_course_, &skills_of_occupation_, &skills_of_demand_}) lists->sort_each(by_skill);
    courses_teaching_ = std::move(views.courses_teaching).finish();
    courses_teaching_.sort_each([](const CourseWeight& a, const CourseWeight& b) { return a.course < b.course; });
    demands_of_employer_ = std::move(views.demands_of_employer).finish();
    demands_of_employer_.sort_each([&d](Index a, Index b) {
        const auto& posted_a = d.demands[a].posted_on;
        const auto& posted_b = d.demands[b].posted_on;
        if (posted_a != posted_b) return posted_a < posted_b;
        return a < b;
    });
    // The proposer's order; equal positions (never stored, but a hand-made
    // Dataset may hold them) fall back to course id so the order stays total.
    auto positioned = std::move(views.positioned_courses).finish();
    positioned.sort_each([](const auto& a, const auto& b) { return a < b; });
    courses_of_micro_major_ =
        FlatListsBuilder<Index>::build(d.micro_majors.size(), [&](FlatListsBuilder<Index>& courses) {
            for (Index mm = 0; mm < d.micro_majors.size(); ++mm)
                for (const auto& [position, course] : positioned[mm]) courses.add(mm, course);
        });

    employer_of_demand_.assign(d.demands.size(), npos);
    occupation_of_demand_.assign(d.demands.size(), npos);
    for (Index i = 0; i < d.demands.size(); ++i) {
        if (auto e = employer_ids_.find(d.employers, d.demands[i].employer_id)) employer_of_demand_[i] = *e;
        if (auto o = occupation_ids_.find(d.occupations, d.demands[i].occupation_id)) occupation_of_demand_[i] = *o;
    }
    // Feedback marks arrive in (major, skill, employer) order; outcomes sorted by year below.
    auto major_of = [this, &d](const auto& row) { return major_ids_.find(d.majors, row.major_id); };
    feedback_marks_of_major_ = group_rows(d.feedback_marks, d.majors.size(), major_of);
    outcomes_of_major_ = group_rows(d.outcomes, d.majors.size(), major_of);
    outcomes_of_major_.sort_each([&d](Index a, Index b) { return d.outcomes[a].year < d.outcomes[b].year; });
}

void Snapshot::build_label_index() {
    // Every label form of every skill, normalised.
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

}  // namespace woshou::graph
