// The gap method on a case worked out on paper (docs/gap-analysis.md has the
// same numbers), plus properties on random data.
#include "woshou/graph/gap_analysis.hpp"

#include "worked_example.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <random>

using namespace woshou;
using namespace woshou::graph;
using woshou::test::worked_example;
using boost::test_tools::tolerance;

namespace {

const Gap* find_gap(const Snapshot& s, const GapReport& r, const std::string& id) {
    for (const auto& g : r.gaps)
        if (s.data().skills[g.skill].id == id) return &g;
    return nullptr;
}

GapReport report_for(const Snapshot& s, const DemandScope& scope, std::size_t limit = 100) {
    const auto courses = counted_courses_of_plan(s, *s.find_plan("P"), {});
    return analyse_gaps(s, courses, compute_demand_profile(s, scope), {}, limit);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(gap_analysis)

BOOST_AUTO_TEST_CASE(demand_shares_include_the_occupation_profile_of_a_demand_without_skills) {
    auto s = Snapshot::build(worked_example(), 1);
    auto profile = compute_demand_profile(*s, {});
    BOOST_TEST(profile.total == 6.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(profile.demand_count == 3u);
    BOOST_TEST(profile.share[*s->find_skill("sql")] == 2.5 / 6, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(profile.share[*s->find_skill("prog")] == 0.5 / 6, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s->data().skills[profile.by_share[0].skill].id == "sql");
}

BOOST_AUTO_TEST_CASE(alignment_coverage_and_gaps_match_the_worked_example) {
    auto s = Snapshot::build(worked_example(), 1);
    auto r = report_for(*s, {});
    using boost::test_tools::tolerance;
    // A = 1/3*0.8 + 1/6*0 + 5/12*0.5 + 1/12*0.4
    BOOST_TEST(r.alignment == 0.5083333333333333, tolerance(1e-12));
    BOOST_TEST_REQUIRE(r.gaps.size() == 4u);
    const char* order[] = {"sql", "ml", "python", "prog"};
    for (int i = 0; i < 4; ++i) BOOST_TEST(s->data().skills[r.gaps[i].skill].id == order[i]);
    BOOST_TEST(r.gap_count == 4u);

    const Gap* sql = find_gap(*s, r, "sql");
    BOOST_TEST(sql->coverage == 0.5, tolerance(1e-12));  // elective: m = 0.5
    BOOST_TEST(sql->gap == 5.0 / 12 * 0.5, tolerance(1e-12));
    BOOST_TEST(sql->headcount == 4);
    BOOST_TEST_REQUIRE(sql->top_employers.size() == 2u);
    BOOST_TEST(s->data().employers[sql->top_employers[0].index].id == "E1");
    BOOST_TEST_REQUIRE(sql->top_occupations.size() == 1u);
    BOOST_TEST_REQUIRE(sql->courses.size() == 1u);
    BOOST_TEST(sql->courses[0].multiplier == 0.5);

    const Gap* prog = find_gap(*s, r, "prog");
    BOOST_TEST(prog->coverage == 0.4, tolerance(1e-12));  // via its child python: 0.5 * 0.8
    BOOST_TEST_REQUIRE(prog->courses.size() == 1u);
    BOOST_TEST(prog->courses[0].via_neighbour);
    BOOST_TEST(s->data().skills[prog->courses[0].through].id == "python");

    const Gap* ml = find_gap(*s, r, "ml");
    BOOST_TEST(ml->coverage == 0.0);
    BOOST_TEST(ml->gap == 1.0 / 6, tolerance(1e-12));
    BOOST_TEST(ml->courses.empty());
}

BOOST_AUTO_TEST_CASE(surplus_ranks_courses_by_relevance_and_lists_untagged_apart) {
    auto s = Snapshot::build(worked_example(), 1);
    auto r = report_for(*s, {});
    BOOST_TEST_REQUIRE(r.surplus.size() == 3u);
    BOOST_TEST(s->data().courses[r.surplus[0].course].id == "C4");
    BOOST_TEST(r.surplus[0].relevance == 0.0);
    BOOST_TEST(s->data().courses[r.surplus[1].course].id == "C1");
    BOOST_TEST(r.surplus[1].relevance == 1.0 / 3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s->data().courses[r.surplus[2].course].id == "C2");
    BOOST_TEST_REQUIRE(r.untagged.size() == 1u);
    BOOST_TEST(s->data().courses[r.untagged[0]].id == "C3");
}

BOOST_AUTO_TEST_CASE(industry_and_date_filters_narrow_the_demand) {
    auto s = Snapshot::build(worked_example(), 1);
    DemandScope finance;
    finance.industry = "FIN";
    auto r = report_for(*s, finance);
    BOOST_TEST(r.alignment == 2.0 / 3 * 0.5 + 1.0 / 3 * 0.4, boost::test_tools::tolerance(1e-12));
    DemandScope recent;
    recent.since = "2024-01-01";
    auto profile = compute_demand_profile(*s, recent);
    BOOST_TEST(profile.total == 4.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(profile.demand_count == 2u);
    DemandScope region_b;
    region_b.region = "B";  // D2 has no region of its own: its employer's counts
    BOOST_TEST(compute_demand_profile(*s, region_b).demand_count == 1u);
}

BOOST_AUTO_TEST_CASE(a_scope_without_demand_is_reported_empty) {
    auto s = Snapshot::build(worked_example(), 1);
    DemandScope nobody;
    nobody.employer = "E9";
    BOOST_TEST(compute_demand_profile(*s, nobody).empty());
}

BOOST_AUTO_TEST_CASE(limit_keeps_the_largest_gaps_in_order) {
    auto s = Snapshot::build(worked_example(), 1);
    auto r = report_for(*s, {}, 2);
    BOOST_TEST_REQUIRE(r.gaps.size() == 2u);
    BOOST_TEST(s->data().skills[r.gaps[0].skill].id == "sql");
    BOOST_TEST(s->data().skills[r.gaps[1].skill].id == "ml");
    BOOST_TEST(r.gap_count == 4u);
}

// Random cities: properties that must hold for any data.
model::Dataset random_city(std::mt19937& rng, int courses, int skills, int demands) {
    model::Dataset d;
    d.universities = {{"U", "U", "", ""}};
    d.employers = {{"E1", "e1", "IT", "A"}, {"E2", "e2", "FIN", "B"}};
    for (int s = 0; s < skills; ++s) {
        d.skills.push_back({"s" + std::to_string(s), "s", "", {}, "skill", "bundle"});
        if (s > 0 && rng() % 2) d.skill_broaders.push_back({"s" + std::to_string(s), "s" + std::to_string(rng() % s)});
    }
    for (int c = 0; c < courses; ++c) {
        const std::string id = "c" + std::to_string(c);
        d.courses.push_back({id, "U", id, id, "", 2, {}, "", ""});
        for (int k = 0; k < 3; ++k)
            d.course_skills.push_back({id, "s" + std::to_string(rng() % skills), 0.1 + (rng() % 90) / 100.0});
    }
    std::sort(d.course_skills.begin(), d.course_skills.end(), [](auto& a, auto& b) {
        return std::tie(a.course_id, a.skill_id) < std::tie(b.course_id, b.skill_id);
    });
    d.course_skills.erase(std::unique(d.course_skills.begin(), d.course_skills.end(),
                                      [](auto& a, auto& b) { return a.course_id == b.course_id && a.skill_id == b.skill_id; }),
                          d.course_skills.end());
    for (int i = 0; i < demands; ++i) {
        const std::string id = "d" + std::to_string(i);
        d.demands.push_back({id, rng() % 2 ? "E1" : "E2", "", "", 1 + static_cast<int>(rng() % 20), "", "2025-01-01"});
        for (int k = 0; k < 4; ++k)
            d.demand_skills.push_back({id, "s" + std::to_string(rng() % skills), 0.1 + (rng() % 90) / 100.0});
    }
    std::sort(d.demand_skills.begin(), d.demand_skills.end(), [](auto& a, auto& b) {
        return std::tie(a.demand_id, a.skill_id) < std::tie(b.demand_id, b.skill_id);
    });
    d.demand_skills.erase(std::unique(d.demand_skills.begin(), d.demand_skills.end(),
                                      [](auto& a, auto& b) { return a.demand_id == b.demand_id && a.skill_id == b.skill_id; }),
                          d.demand_skills.end());
    return d;
}

BOOST_AUTO_TEST_CASE(properties_hold_on_random_cities) {
    std::mt19937 rng(42);
    for (int round = 0; round < 20; ++round) {
        auto data = random_city(rng, 30, 40, 50);
        auto doubled = data;
        for (auto& d : doubled.demands) d.headcount *= 2;
        auto s = Snapshot::build(std::move(data), 1);
        auto s2 = Snapshot::build(std::move(doubled), 1);
        const auto profile = compute_demand_profile(*s, {});
        const auto profile2 = compute_demand_profile(*s2, {});
        CoverageParams params;

        std::vector<CountedCourse> chosen;
        double previous = alignment(profile, Coverage(*s, chosen, params));
        BOOST_TEST(previous == 0.0);  // no courses, no coverage
        for (Index c = 0; c < 15; ++c) {
            chosen.push_back({static_cast<Index>(rng() % 30), rng() % 2 ? 1.0 : 0.5});
            const double a = alignment(profile, Coverage(*s, chosen, params));
            BOOST_TEST(a >= 0.0);
            BOOST_TEST(a <= 1.0);
            BOOST_TEST(a >= previous - 1e-12, "adding a course lowered A");
            const double a2 = alignment(profile2, Coverage(*s2, chosen, params));
            BOOST_TEST(a2 == a, boost::test_tools::tolerance(1e-9));
            previous = a;
        }
        const auto report = analyse_gaps(*s, chosen, profile, params, 10);
        BOOST_TEST(report.alignment == previous, boost::test_tools::tolerance(1e-12));
        for (std::size_t i = 1; i < report.gaps.size(); ++i) BOOST_TEST(report.gaps[i - 1].gap >= report.gaps[i].gap);
        // The listed gaps are the largest: nothing unlisted is bigger than the last listed one.
        const auto full = analyse_gaps(*s, chosen, profile, params, 1000);
        BOOST_TEST(full.gaps.size() == profile.by_share.size());
        for (std::size_t i = 0; i < report.gaps.size(); ++i) BOOST_TEST(report.gaps[i].skill == full.gaps[i].skill);
    }
}

BOOST_AUTO_TEST_SUITE_END()

#include "woshou/graph/demand_cache.hpp"

BOOST_AUTO_TEST_CASE(demand_cache_computes_once_per_version_and_scope_and_stays_bounded) {
    auto s1 = Snapshot::build(worked_example(), 1);
    auto s2 = Snapshot::build(worked_example(), 2);
    DemandCache cache(2);
    DemandScope fin;
    fin.industry = "FIN";
    auto a = cache.get(*s1, {});
    auto b = cache.get(*s1, {});
    BOOST_TEST(a.get() == b.get());
    BOOST_TEST(cache.hits() == 1u);
    auto c = cache.get(*s2, {});  // new snapshot version: recomputed
    BOOST_TEST(c.get() != a.get());
    BOOST_TEST(c->snapshot_version == 2u);
    cache.get(*s1, fin);          // evicts (1, all), the least recently used
    cache.get(*s1, {});
    BOOST_TEST(cache.misses() == 4u);
    BOOST_TEST(a->total == 6.0, boost::test_tools::tolerance(1e-12));  // held profiles outlive eviction
}

#include "woshou/graph/demand_trends.hpp"

BOOST_AUTO_TEST_CASE(dates_parse_strictly) {
    BOOST_TEST(parse_date("2024-02-29").has_value());
    BOOST_TEST(!parse_date("2023-02-29").has_value());
    BOOST_TEST(!parse_date("2024-2-01").has_value());
    BOOST_TEST(!parse_date("2024-13-01").has_value());
    BOOST_TEST(format_date(*parse_date("2025-01-09")) == "2025-01-09");
}

BOOST_AUTO_TEST_CASE(demand_analysis_compares_with_the_window_before) {
    auto data = worked_example();
    // D4 in the previous window asks only for ml.
    data.demands.push_back({"D4", "E2", "", "", 4, "", "2024-06-01"});
    data.demand_skills.push_back({"D4", "ml", 1.0});
    auto s = Snapshot::build(std::move(data), 1);
    DemandCache cache;
    DemandScope window;
    window.since = "2025-01-01";
    window.until = "2025-12-31";
    const auto counts = majors_teaching_counts(*s, {});
    auto a = analyse_demand(*s, cache, window, counts, 10);
    BOOST_TEST(a.previous_scope.since == "2024-01-02");  // 365 days, and 2024 is a leap year
    BOOST_TEST(a.previous_scope.until == "2024-12-31");
    BOOST_TEST(a.demand_count == 2u);
    BOOST_TEST(a.total == 4.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(a.previous_total == 4.0, boost::test_tools::tolerance(1e-12));
    const SkillTrend* ml = nullptr;
    const SkillTrend* python = nullptr;
    for (const auto& t : a.skills) {
        if (s->data().skills[t.skill].id == "ml") ml = &t;
        if (s->data().skills[t.skill].id == "python") python = &t;
    }
    BOOST_TEST_REQUIRE(ml);
    BOOST_TEST(ml->direction == "falling");  // 1/4.5 now, 1.0 before
    BOOST_TEST_REQUIRE(python);
    BOOST_TEST(python->direction == "new");
    BOOST_TEST(python->majors_teaching == 1u);  // cov(python) = 0.8 >= 0.5
    BOOST_TEST(ml->majors_teaching == 0u);
    BOOST_TEST(python->employers == 1u);
}

#include <thread>

BOOST_AUTO_TEST_CASE(concurrent_requests_for_one_scope_compute_it_once) {
    std::mt19937 rng(7);
    auto s = Snapshot::build(gap_analysis::random_city(rng, 50, 200, 20000), 1);
    DemandCache cache;
    std::vector<std::shared_ptr<const DemandProfile>> got(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < got.size(); ++i) threads.emplace_back([&, i] { got[i] = cache.get(*s, {}); });
    for (auto& t : threads) t.join();
    BOOST_TEST(cache.misses() == 1u);
    for (const auto& p : got) BOOST_TEST(p.get() == got[0].get());
}

BOOST_AUTO_TEST_CASE(coverage_flows_from_parent_to_child_too) {
    // A course teaching the parent `prog` covers the child `python` by delta x T[prog].
    auto data = worked_example();
    data.course_skills.push_back({"C3", "prog", 0.6});
    auto s = Snapshot::build(std::move(data), 1);
    const auto courses = counted_courses_of_plan(*s, *s->find_plan("P"), {});
    const Coverage coverage(*s, courses, {});
    BOOST_TEST(coverage.of(*s->find_skill("python")) == std::min(1.0, 0.8 + 0.5 * 0.6), tolerance(1e-12));
    BOOST_TEST(coverage.of(*s->find_skill("prog")) == 0.6 + 0.5 * 0.8, tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_filter_that_excludes_a_demand_removes_exactly_its_share) {
    auto s = Snapshot::build(worked_example(), 1);
    DemandScope without_d3;
    without_d3.since = "2024-01-01";  // D3 (E1, sql 1.5) was posted in 2023
    const auto all = compute_demand_profile(*s, {});
    const auto some = compute_demand_profile(*s, without_d3);
    const auto sql = *s->find_skill("sql");
    BOOST_TEST(all.total - some.total == 1.5, tolerance(1e-12));
    BOOST_TEST(all.by_share[all.position[sql]].demand - some.by_share[some.position[sql]].demand == 1.5,
               tolerance(1e-12));
    BOOST_TEST(some.by_share[some.position[sql]].headcount == 1);
}

BOOST_AUTO_TEST_CASE(trends_are_rising_falling_or_steady_against_the_previous_window) {
    auto data = worked_example();
    // Previous window (2024): D4 asks python (1), D5 asks ml (3).
    data.demands.push_back({"D4", "E1", "", "", 1, "", "2024-06-01"});
    data.demand_skills.push_back({"D4", "python", 1.0});
    data.demands.push_back({"D5", "E2", "", "", 3, "", "2024-07-01"});
    data.demand_skills.push_back({"D5", "ml", 1.0});
    auto s = Snapshot::build(std::move(data), 1);
    DemandCache cache;
    DemandScope window;
    window.since = "2025-01-01";
    window.until = "2025-12-31";
    auto a = analyse_demand(*s, cache, window, majors_teaching_counts(*s, {}), 10);
    std::map<std::string, std::string> trend;
    for (const auto& t : a.skills) trend[s->data().skills[t.skill].id] = t.direction;
    BOOST_TEST(trend["python"] == "rising");  // 2/4.5 now, 1/4 before
    BOOST_TEST(trend["ml"] == "falling");     // 1/4.5 now, 3/4 before
    BOOST_TEST(trend["sql"] == "new");        // D3 (sql) is in 2023, outside both windows
}

BOOST_AUTO_TEST_CASE(courses_that_add_nothing_are_not_listed_as_covering) {
    auto s = Snapshot::build(worked_example(), 1);
    CoverageParams no_electives_no_decay;
    no_electives_no_decay.elective_factor = 0;
    no_electives_no_decay.taxonomy_decay = 0;
    const auto courses = counted_courses_of_plan(*s, *s->find_plan("P"), no_electives_no_decay);
    // sql is taught only by the elective C2 (m = 0); prog only through its child python (decay 0).
    BOOST_TEST(course_contributions(*s, courses, *s->find_skill("sql"), no_electives_no_decay).empty());
    BOOST_TEST(course_contributions(*s, courses, *s->find_skill("prog"), no_electives_no_decay).empty());
    BOOST_TEST(course_contributions(*s, courses, *s->find_skill("python"), no_electives_no_decay).size() == 1u);
}

BOOST_AUTO_TEST_CASE(feedback_weight_adds_distinct_employers_per_missing_skill) {
    auto data = worked_example();
    // Two feedback from E1 and one from E2 mark ml missing on M; one from E2 marks excel.
    data.feedback_marks = {{"f1", "M", "ml", "E1"}, {"f2", "M", "ml", "E1"}, {"f3", "M", "ml", "E2"},
                           {"f4", "M", "excel", "E2"}};
    auto s = Snapshot::build(std::move(data), 1);
    const auto base = compute_demand_profile(*s, {});
    const auto p = with_feedback(*s, base, *s->find_major("M"), 0.5);
    // D[ml] = 1 + 0.5 x 2 employers; D[excel] = 0 + 0.5 x 1; total 6 + 1.5.
    BOOST_TEST(p.total == 7.5, tolerance(1e-12));
    BOOST_TEST(p.share[*s->find_skill("ml")] == 2.0 / 7.5, tolerance(1e-12));
    BOOST_TEST(p.share[*s->find_skill("excel")] == 0.5 / 7.5, tolerance(1e-12));
    BOOST_TEST(p.feedback[p.position[*s->find_skill("ml")]].size() == 3u);
    // A = Σ p cov with the new shares: python 2/7.5*0.8 + sql 2.5/7.5*0.5 + prog 0.5/7.5*0.4 + excel 0.5/7.5*0.4
    const auto courses = counted_courses_of_plan(*s, *s->find_plan("P"), {});
    const double a = alignment(p, Coverage(*s, courses, {}));
    BOOST_TEST(a == (2 * 0.8 + 2.5 * 0.5 + 0.5 * 0.4 + 0.5 * 0.4) / 7.5, tolerance(1e-12));
    // Industry FIN keeps only E2's marks: ml + 0.5, excel + 0.5 on top of D2's sql 1, prog 0.5.
    DemandScope finance;
    finance.industry = "FIN";
    const auto f = with_feedback(*s, compute_demand_profile(*s, finance), *s->find_major("M"), 0.5);
    BOOST_TEST(f.total == 2.5, tolerance(1e-12));
    // Weight 0 changes nothing.
    BOOST_TEST(with_feedback(*s, base, *s->find_major("M"), 0.0).total == base.total, tolerance(1e-12));
}
