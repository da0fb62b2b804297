// References between files and into what the database already holds.
#include "temp_bundle.hpp"
#include "woshou/importers/bundle_reader.hpp"

#include <boost/test/unit_test.hpp>

using woshou::importers::read_bundle;
using woshou::importers::test::error_after_appending;
using woshou::importers::test::TempBundle;
namespace model = woshou::model;

namespace {

const std::string kEscoSkill = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
const std::string kEscoOccupation = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

}  // namespace

BOOST_AUTO_TEST_SUITE(bundle_references)

BOOST_AUTO_TEST_CASE(unknown_references_name_the_missing_id) {
    BOOST_TEST(error_after_appending("plans.csv", "P2,NO-SUCH-MAJOR,2024,v1\n") ==
               "plans.csv:3: column major_id: unknown major 'NO-SUCH-MAJOR'");
    BOOST_TEST(error_after_appending("course_skills.csv", "TJU-CS301,rust,0.5\n") ==
               "course_skills.csv:5: column skill_id: unknown skill 'rust'");
    BOOST_TEST(error_after_appending("demands.csv", "D3,E1,岗位,astronaut,1,,2024-01-01\n") ==
               "demands.csv:4: column occupation_id: unknown occupation 'astronaut'");
    BOOST_TEST(error_after_appending("prerequisites.csv", "TJU-CS301,CS999\n") ==
               "prerequisites.csv:4: column prerequisite_id: unknown course 'CS999'");
    BOOST_TEST(error_after_appending("skills.csv", "ml,机器学习,machine learning,,ai\n") ==
               "skills.csv:5: column parent_id: unknown skill 'ai'");
    BOOST_TEST(error_after_appending("majors.csv", "X-SE,XYZ,080902,软件工程,,bachelor\n") ==
               "majors.csv:4: column university_id: unknown university 'XYZ'");
}

BOOST_AUTO_TEST_CASE(references_into_existing_data_are_accepted) {
    model::Dataset existing;
    existing.skills.push_back({kEscoSkill, "Python", "Python", {}, "knowledge", "esco"});
    existing.occupations.push_back({kEscoOccupation, "software developer", "software developer"});
    existing.universities.push_back({"OLD", "旧大学", "", ""});
    auto bundle = TempBundle::copy_of_valid();
    bundle.append("course_skills.csv", "TJU-CS301," + kEscoSkill + ",0.7\n");
    bundle.append("demands.csv", "D3,E1,Python 开发,\"" + kEscoOccupation + "\",2,,2024-03-01\n");
    bundle.append("demand_skills.csv", "D3," + kEscoSkill + ",1\n");
    bundle.append("skills.csv", "py-web,Web 开发,web development,,\"" + kEscoSkill + "\"\n");
    bundle.append("majors.csv", "OLD-SE,OLD,080902,软件工程,Software Engineering,bachelor\n");
    const model::Dataset data = read_bundle(bundle.dir(), existing);
    BOOST_TEST(data.course_skills.back().skill_id == kEscoSkill);
    BOOST_TEST(data.demands.back().occupation_id == kEscoOccupation);
    BOOST_TEST(data.skill_broaders.back().broader_id == kEscoSkill);
    BOOST_TEST(data.majors.back().university_id == "OLD");
    BOOST_TEST(data.skills.size() == 4u);  // existing rows are not echoed back
}

BOOST_AUTO_TEST_CASE(reading_the_same_bundle_twice_gives_the_same_rows) {
    const model::Dataset first = read_bundle(woshou::importers::test::valid_fixture(), {});
    const model::Dataset again = read_bundle(woshou::importers::test::valid_fixture(), first);
    BOOST_TEST(again.row_count() == first.row_count());
    BOOST_TEST(again.courses[3].id == first.courses[3].id);
}

BOOST_AUTO_TEST_SUITE_END()
