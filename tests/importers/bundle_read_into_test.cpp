// read_bundle_into: the form of read_bundle that tells a writer on another
// thread when each table is complete (clients' `import bundle`).
#include "temp_bundle.hpp"
#include "woshou/importers/bundle_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <map>

using woshou::importers::ImportError;
using woshou::importers::read_bundle;
using woshou::importers::read_bundle_into;
using woshou::importers::test::TempBundle;
using woshou::importers::test::valid_fixture;
namespace model = woshou::model;

BOOST_AUTO_TEST_SUITE(bundle_read_into)

BOOST_AUTO_TEST_CASE(each_table_is_reported_once_when_complete_and_the_rows_equal_read_bundle) {
    model::Dataset out;
    std::map<const void*, std::size_t> size_when_done;  // rows the vector held when reported
    std::size_t calls = 0;
    const auto size_of = [&](const void* rows) -> std::size_t {
        if (rows == &out.universities) return out.universities.size();
        if (rows == &out.majors) return out.majors.size();
        if (rows == &out.courses) return out.courses.size();
        if (rows == &out.plans) return out.plans.size();
        if (rows == &out.plan_courses) return out.plan_courses.size();
        if (rows == &out.prerequisites) return out.prerequisites.size();
        if (rows == &out.outcomes) return out.outcomes.size();
        if (rows == &out.skills) return out.skills.size();
        if (rows == &out.skill_broaders) return out.skill_broaders.size();
        if (rows == &out.course_skills) return out.course_skills.size();
        if (rows == &out.occupations) return out.occupations.size();
        if (rows == &out.occupation_skills) return out.occupation_skills.size();
        if (rows == &out.employers) return out.employers.size();
        if (rows == &out.demands) return out.demands.size();
        if (rows == &out.demand_skills) return out.demand_skills.size();
        BOOST_ERROR("reported something that is not one of out's row vectors");
        return 0;
    };
    read_bundle_into(valid_fixture(), {}, out, [&](const void* rows) {
        ++calls;
        size_when_done[rows] = size_of(rows);
    });
    BOOST_TEST(calls == 15u);
    BOOST_TEST(size_when_done.size() == 15u);
    for (const auto& [rows, size] : size_when_done) BOOST_TEST(size == size_of(rows));
    const model::Dataset whole = read_bundle(valid_fixture(), {});
    BOOST_TEST(out.row_count() == whole.row_count());
    BOOST_TEST(out.demand_skills.size() == whole.demand_skills.size());
}

BOOST_AUTO_TEST_CASE(an_error_in_a_later_file_throws_after_earlier_tables_were_reported) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("demand_skills.csv", "no-such-demand,S1,0.5\n");
    model::Dataset out;
    std::size_t calls = 0;
    BOOST_CHECK_THROW(read_bundle_into(bundle.dir(), {}, out, [&](const void*) { ++calls; }), ImportError);
    // Everything before demand_skills.csv was complete and reported: a writer
    // may have written it, and must roll back because the read threw.
    BOOST_TEST(calls == 14u);
}

BOOST_AUTO_TEST_SUITE_END()
