// Bundle structure: files, headers, duplicates, quoting and line numbers, cycles.
#include "temp_bundle.hpp"
#include "woshou/importers/bundle_reader.hpp"

#include <boost/test/unit_test.hpp>

using woshou::importers::read_bundle;
using woshou::importers::test::import_error_of;
using woshou::importers::test::TempBundle;
using woshou::importers::test::valid_fixture;
namespace model = woshou::model;

BOOST_AUTO_TEST_SUITE(bundle_reader)

BOOST_AUTO_TEST_CASE(valid_fixture_bundle_reads_every_file) {
    const model::Dataset data = read_bundle(valid_fixture(), {});
    BOOST_TEST(data.universities.size() == 2u);
    BOOST_TEST(data.majors.size() == 2u);
    BOOST_TEST(data.courses.size() == 4u);
    BOOST_TEST(data.plans.size() == 1u);
    BOOST_TEST(data.plan_courses.size() == 3u);
    BOOST_TEST(data.prerequisites.size() == 2u);
    BOOST_TEST(data.skills.size() == 3u);
    BOOST_TEST(data.skill_broaders.size() == 1u);
    BOOST_TEST(data.course_skills.size() == 3u);
    BOOST_TEST(data.occupations.size() == 1u);
    BOOST_TEST(data.occupation_skills.size() == 2u);
    BOOST_TEST(data.employers.size() == 1u);
    BOOST_TEST(data.demands.size() == 2u);
    BOOST_TEST(data.demand_skills.size() == 2u);
    BOOST_TEST(data.outcomes.size() == 2u);

    const model::Course& first = data.courses[0];
    BOOST_TEST(first.description == "Variables, loops and functions");
    BOOST_TEST(first.credits == 4.0);
    BOOST_TEST(first.hours.value_or(-1) == 64);
    BOOST_TEST(!data.courses[2].hours.has_value());
    BOOST_TEST(data.courses[1].credits == 3.5);
    BOOST_TEST(data.courses[3].id == "LIS 3781");

    const model::Skill& python = data.skills[0];
    BOOST_TEST(python.alt_labels == (std::vector<std::string>{"py", "Python3"}), boost::test_tools::per_element());
    BOOST_TEST(python.source == "bundle");
    BOOST_TEST(python.type == "skill");
    BOOST_TEST(data.skill_broaders[0].skill_id == "python");
    BOOST_TEST(data.skill_broaders[0].broader_id == "programming");  // defined on a later line
    BOOST_TEST(data.plan_courses[2].required == false);
    BOOST_TEST(data.occupation_skills[1].essential == false);
    BOOST_TEST(data.demands[1].occupation_id.empty());
    BOOST_TEST(data.demands[0].posted_on == "2024-02-29");
    BOOST_TEST(data.demand_skills[0].importance == 0.9);
}

BOOST_AUTO_TEST_CASE(absent_files_are_fine) {
    TempBundle bundle;
    bundle.write("universities.csv", "university_id,name,name_en,region\nU1,一大,,\n");
    bundle.write("employers.csv", "employer_id,name,industry,region\nE1,某公司,finance,\n");
    const model::Dataset data = read_bundle(bundle.dir(), {});
    BOOST_TEST(data.universities.size() == 1u);
    BOOST_TEST(data.employers.size() == 1u);
    BOOST_TEST(data.row_count() == 2u);
}

BOOST_AUTO_TEST_CASE(folder_without_bundle_files_or_missing_is_an_error) {
    TempBundle bundle;
    bundle.write("notes.txt", "nothing here");
    BOOST_TEST(import_error_of(bundle.dir()).find("no bundle files found") != std::string::npos);
    BOOST_TEST(import_error_of(bundle.dir() / "nope") == (bundle.dir() / "nope").string() + ": bundle folder does not exist");
}

BOOST_AUTO_TEST_CASE(extra_columns_are_ignored_and_column_order_is_free) {
    TempBundle bundle;
    bundle.write("universities.csv",
                 "region,exported_by,name,university_id,name_en\n"
                 "天津,sys-42,天津大学,TJU,\n");
    const model::Dataset data = read_bundle(bundle.dir(), {});
    BOOST_REQUIRE_EQUAL(data.universities.size(), 1u);
    BOOST_TEST(data.universities[0].id == "TJU");
    BOOST_TEST(data.universities[0].name == "天津大学");
    BOOST_TEST(data.universities[0].region == "天津");
}

BOOST_AUTO_TEST_CASE(wrong_header_names_the_missing_column) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.write("majors.csv", "major_id,university_id,code,name,name_en\nTJU-CS,TJU,080901,计算机,\n");
    BOOST_TEST(import_error_of(bundle.dir()) == "majors.csv:1: column degree_level: missing required column");
}

BOOST_AUTO_TEST_CASE(quoted_fields_keep_correct_line_numbers_in_errors) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.write("courses.csv",
                 "course_id,university_id,code,name,name_en,credits,hours,category,description\n"
                 "C1,TJU,C1,课程一,,2,,,\"covers lists, trees\nand graphs\"\n"
                 "C2,TJU,C2,\"课程,二\",,0,,,\n");
    BOOST_TEST(import_error_of(bundle.dir()) == "courses.csv:4: column credits: must be greater than 0, got '0'");
}

BOOST_AUTO_TEST_CASE(duplicate_id_names_both_lines) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("universities.csv", "TJU,天津大学（重复）,,\n");
    BOOST_TEST(import_error_of(bundle.dir()) ==
               "universities.csv:4: column university_id: duplicate university_id 'TJU' (first on line 2)");
}

BOOST_AUTO_TEST_CASE(duplicate_composite_key_names_both_lines) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("course_skills.csv", "TJU-CS101,python,0.5\n");
    BOOST_TEST(import_error_of(bundle.dir()) ==
               "course_skills.csv:5: column skill_id: duplicate row for course_id 'TJU-CS101' and "
               "skill_id 'python' (first on line 2)");
    bundle.write("course_skills.csv", "course_id,skill_id,weight\n");
    bundle.append("outcomes.csv", "TJU-CS,2023,100,90\n");
    BOOST_TEST(import_error_of(bundle.dir()) ==
               "outcomes.csv:4: column year: duplicate row for major_id 'TJU-CS' and year '2023' (first on line 2)");
}

BOOST_AUTO_TEST_CASE(prerequisite_cycle_is_named_by_course_codes_in_order) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("prerequisites.csv", "TJU-CS101,TJU-CS301\n");
    BOOST_TEST(import_error_of(bundle.dir()) ==
               "prerequisites.csv:4: column prerequisite_id: prerequisite cycle: CS101 -> CS301 -> CS201 -> CS101");
}

BOOST_AUTO_TEST_CASE(prerequisite_cycle_through_existing_edges_is_found) {
    model::Dataset existing;
    existing.universities.push_back({"OLD", "旧大学", "", ""});
    existing.courses.push_back({"old-a", "OLD", "A100", "甲", "", 2, std::nullopt, "", ""});
    existing.courses.push_back({"old-b", "OLD", "B200", "乙", "", 2, std::nullopt, "", ""});
    existing.prerequisites.push_back({"old-b", "old-a"});
    TempBundle bundle;
    bundle.write("prerequisites.csv", "course_id,prerequisite_id\nold-a,old-b\n");
    BOOST_TEST(import_error_of(bundle.dir(), existing) ==
               "prerequisites.csv:2: column prerequisite_id: prerequisite cycle: A100 -> B200 -> A100");
}

BOOST_AUTO_TEST_CASE(course_that_requires_itself_is_a_cycle) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("prerequisites.csv", "LIS 3781,LIS 3781\n");
    BOOST_TEST(import_error_of(bundle.dir()) ==
               "prerequisites.csv:4: column prerequisite_id: prerequisite cycle: LIS 3781 -> LIS 3781");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(bundle_natural_keys)

BOOST_AUTO_TEST_CASE(two_courses_with_one_code_at_one_university_are_rejected) {
    BOOST_TEST(woshou::importers::test::error_after_appending("courses.csv", "TJU-CS101b,TJU,CS101,重复,,2,,,\n") ==
               "courses.csv:6: column code: code 'CS101' of university 'TJU' is already used by course "
               "'TJU-CS101' (on line 2)");
    model::Dataset existing;
    existing.universities.push_back({"TJU", "天津大学", "", ""});
    existing.courses.push_back({"old-101", "TJU", "CS101", "旧课", "", 2, std::nullopt, "", ""});
    BOOST_TEST(import_error_of(valid_fixture(), existing) ==
               "courses.csv:2: column code: code 'CS101' of university 'TJU' is already used by course "
               "'old-101' (already in the database)");
}

BOOST_AUTO_TEST_CASE(two_plans_with_one_major_cohort_and_version_are_rejected) {
    BOOST_TEST(woshou::importers::test::error_after_appending("plans.csv", "again,TJU-CS,2023,v1\n") ==
               "plans.csv:3: column version: version 'v1' of major 'TJU-CS' for cohort 2023 is already "
               "used by plan 'TJU-CS-2023' (on line 2)");
}

BOOST_AUTO_TEST_CASE(a_course_may_keep_its_code_when_reimported) {
    const model::Dataset first = read_bundle(valid_fixture(), {});
    BOOST_TEST(read_bundle(valid_fixture(), first).courses.size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
