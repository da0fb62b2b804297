// ESCO: a tiny synthetic download for the rules, and the real v1.1.1 data when present.
#include "temp_bundle.hpp"
#include "woshou/importers/esco_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>

using woshou::importers::EscoOptions;
using woshou::importers::EscoResult;
using woshou::importers::ImportError;
using woshou::importers::read_esco;
using woshou::importers::test::TempBundle;

namespace {

const std::string kUnknownOccupation =
    "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

std::filesystem::path esco_dir() {
    return std::filesystem::path(WOSHOU_SOURCE_DIR) / "../shared/data/esco-1.1.1";
}

// A five-file ESCO download with two skills, one group and one occupation.
TempBundle tiny_esco() {
    TempBundle esco;
    esco.write("skills_en.csv",
               "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
               "KnowledgeSkillCompetence,s:1,knowledge,,Python,\"python programming\nPython 3\"\n"
               "KnowledgeSkillCompetence,s:2,skill/competence,,use databases,\n");
    esco.write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel,altLabels\nSkillGroup,g:1,ICT,\n");
    esco.write("broaderRelationsSkillPillar.csv",
               "conceptType,conceptUri,broaderType,broaderUri\nx,s:1,y,g:1\nx,s:2,y,g:1\n");
    esco.write("occupations_en.csv", "conceptType,conceptUri,preferredLabel\nOccupation,o:1,developer\n");
    esco.write("occupationSkillRelations.csv",
               "occupationUri,relationType,skillType,skillUri\n"
               "o:1,essential,knowledge,s:1\n"
               "o:9,essential,knowledge,s:1\n"
               "o:1,optional,skill/competence,s:2\n"
               "o:9,optional,knowledge,s:2\n");
    return esco;
}

std::string esco_error(const std::filesystem::path& dir, const EscoOptions& options = {}) {
    try {
        (void)read_esco(dir, options);
    } catch (const ImportError& error) {
        return error.what();
    }
    BOOST_ERROR("expected an ImportError");
    return {};
}

std::size_t count_groups(const EscoResult& result) {
    return static_cast<std::size_t>(std::count_if(result.data.skills.begin(), result.data.skills.end(),
                                                  [](const auto& s) { return s.type == "skill group"; }));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(esco_reader)

BOOST_AUTO_TEST_CASE(tiny_esco_reads_skills_groups_hierarchy_and_relations) {
    const auto esco = tiny_esco();
    esco.write("occupationSkillRelations.csv",
               "occupationUri,relationType,skillType,skillUri\no:1,essential,knowledge,s:1\no:1,optional,x,s:2\n");
    const EscoResult result = read_esco(esco.dir(), {});
    BOOST_REQUIRE_EQUAL(result.data.skills.size(), 3u);
    BOOST_TEST(result.data.skills[0].id == "s:1");
    BOOST_TEST(result.data.skills[0].type == "knowledge");
    BOOST_TEST(result.data.skills[0].source == "esco");
    BOOST_TEST(result.data.skills[0].label_en == "Python");
    BOOST_TEST(result.data.skills[0].alt_labels == (std::vector<std::string>{"python programming", "Python 3"}),
               boost::test_tools::per_element());
    BOOST_TEST(count_groups(result) == 1u);
    BOOST_TEST(result.data.skill_broaders.size() == 2u);
    BOOST_TEST(result.data.occupations.size() == 1u);
    BOOST_REQUIRE_EQUAL(result.data.occupation_skills.size(), 2u);
    BOOST_TEST(result.data.occupation_skills[0].essential == true);
    BOOST_TEST(result.data.occupation_skills[1].essential == false);
    BOOST_TEST(result.warnings.empty());
}

BOOST_AUTO_TEST_CASE(unknown_occupation_is_an_error_by_default_and_a_warning_when_skipped) {
    const auto esco = tiny_esco();
    BOOST_TEST(esco_error(esco.dir()) ==
               "occupationSkillRelations.csv:3: column occupationUri: unknown occupation 'o:9' "
               "(not in occupations_en.csv; --skip-unknown-occupations skips its relations)");
    EscoOptions skip;
    skip.skip_unknown_occupations = true;
    const EscoResult result = read_esco(esco.dir(), skip);
    BOOST_TEST(result.data.occupation_skills.size() == 2u);
    BOOST_REQUIRE_EQUAL(result.warnings.size(), 1u);
    BOOST_TEST(result.warnings[0] ==
               "occupationSkillRelations.csv:3: skipped 2 relations of unknown occupation 'o:9' (not in occupations_en.csv)");
}

BOOST_AUTO_TEST_CASE(broader_relation_to_an_unknown_skill_and_a_missing_file_are_errors) {
    auto esco = tiny_esco();
    esco.append("broaderRelationsSkillPillar.csv", "x,s:2,y,g:404\n");
    BOOST_TEST(esco_error(esco.dir()) ==
               "broaderRelationsSkillPillar.csv:4: column broaderUri: unknown skill or skill group 'g:404'");
    esco.remove("occupations_en.csv");
    esco.write("broaderRelationsSkillPillar.csv", "conceptType,conceptUri,broaderType,broaderUri\n");
    BOOST_TEST(esco_error(esco.dir()) == "occupations_en.csv: required ESCO file is missing");
}

BOOST_AUTO_TEST_CASE(groups_named_only_in_the_hierarchy_file_complete_the_tree) {
    auto esco = tiny_esco();
    esco.append("broaderRelationsSkillPillar.csv", "x,g:2,y,g:1\n");
    esco.write("skillsHierarchy_en.csv",
               "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,"
               "Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Level 0 code\n"
               "g:1,ICT,g:2,\"positioning materials, tools or equipment\",,,,\n");  // short row, as in ESCO
    EscoOptions skip;
    skip.skip_unknown_occupations = true;
    const EscoResult result = read_esco(esco.dir(), skip);
    BOOST_TEST(count_groups(result) == 2u);
    BOOST_TEST(result.data.skills.back().label == "positioning materials, tools or equipment");
    BOOST_TEST(result.data.skill_broaders.size() == 3u);
}

BOOST_AUTO_TEST_CASE(real_esco_1_1_1_imports_completely) {
    if (!std::filesystem::is_directory(esco_dir())) {
        BOOST_TEST_MESSAGE("skipped: ESCO data not found at " << esco_dir());
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    BOOST_TEST(esco_error(esco_dir()) ==
               "occupationSkillRelations.csv:84425: column occupationUri: unknown occupation '" + kUnknownOccupation +
                   "' (not in occupations_en.csv; --skip-unknown-occupations skips its relations)");
    const auto rejected = std::chrono::steady_clock::now();

    EscoOptions skip;
    skip.skip_unknown_occupations = true;
    const EscoResult result = read_esco(esco_dir(), skip);
    const auto finished = std::chrono::steady_clock::now();

    const std::size_t groups = count_groups(result);
    BOOST_TEST(result.data.skills.size() - groups == 13896u);
    BOOST_TEST(groups == 647u);  // 640 in skillGroups_en.csv + 7 only in skillsHierarchy_en.csv
    BOOST_TEST(result.data.occupations.size() == 3007u);
    BOOST_TEST(result.data.skill_broaders.size() == 20656u);
    BOOST_TEST(result.data.occupation_skills.size() == 123855u - 67u);
    const auto essential = std::count_if(result.data.occupation_skills.begin(), result.data.occupation_skills.end(),
                                         [](const auto& r) { return r.essential; });
    BOOST_TEST(essential > 0);
    BOOST_REQUIRE_EQUAL(result.warnings.size(), 1u);
    BOOST_TEST(result.warnings[0] == "occupationSkillRelations.csv:84425: skipped 67 relations of unknown occupation '" +
                                         kUnknownOccupation + "' (not in occupations_en.csv)");

    using ms = std::chrono::milliseconds;
    BOOST_TEST_MESSAGE("ESCO read: " << std::chrono::duration_cast<ms>(rejected - started).count()
                                     << " ms until the unknown occupation, "
                                     << std::chrono::duration_cast<ms>(finished - rejected).count()
                                     << " ms for the full read with --skip-unknown-occupations ("
                                     << result.data.row_count() << " rows)");
}

BOOST_AUTO_TEST_SUITE_END()
