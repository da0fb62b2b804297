// XLSX export: a real zip with the expected sheets, numeric cells numeric,
// percent columns formatted, the header frozen, Excel's sheet-name rules kept.
#include "export_support.hpp"

#include "../../server/src/export/sheet_names.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <regex>
#include <unistd.h>

using namespace woshou::server::report;
using woshou::test::run_command;
using woshou::test::TempFile;

namespace {

bool unzip_missing() {
    if (woshou::test::have_tool("unzip")) return false;
    BOOST_TEST_MESSAGE("skipped: unzip is not installed (scripts/install-deps.sh installs it)");
    return true;
}

// The content of `member` inside the zip `file`; fails the test when absent.
std::string zip_member(const TempFile& file, const std::string& member) {
    auto result = run_command("unzip -p " + file.quoted() + " " + member);
    BOOST_TEST_REQUIRE(result.exit_code == 0, "unzip -p " << member << " failed");
    return result.output;
}

std::vector<std::string> sheet_names_in(const std::string& workbook_xml) {
    std::vector<std::string> names;
    std::regex sheet("<sheet name=\"([^\"]*)\"");
    for (std::sregex_iterator it(workbook_xml.begin(), workbook_xml.end(), sheet), end; it != end; ++it)
        names.push_back((*it)[1]);
    return names;
}

// The attributes and <v> value of cell `ref` ("C2") in a sheet's XML.
std::pair<std::string, std::string> cell(const std::string& sheet_xml, const std::string& ref) {
    std::smatch match;
    std::regex pattern("<c r=\"" + ref + "\"([^>]*)><v>([^<]*)</v></c>");
    BOOST_TEST_REQUIRE(std::regex_search(sheet_xml, match, pattern), "cell " << ref << " not found");
    return {match[1], match[2]};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_export)

BOOST_AUTO_TEST_CASE(the_workbook_is_a_valid_zip_with_a_summary_then_one_sheet_per_table) {
    if (unzip_missing()) return;
    TempFile file(render_xlsx(woshou::test::sample_export_report()), ".xlsx");
    BOOST_TEST(run_command("unzip -tq " + file.quoted() + " >/dev/null").exit_code == 0);
    std::vector<std::string> expected{"summary", "gaps", "surplus"};
    BOOST_TEST(sheet_names_in(zip_member(file, "xl/workbook.xml")) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(numbers_stay_numeric_and_text_is_shared_strings) {
    if (unzip_missing()) return;
    TempFile file(render_xlsx(woshou::test::sample_export_report()), ".xlsx");
    std::string gaps = zip_member(file, "xl/worksheets/sheet2.xml");
    auto [share_attributes, share] = cell(gaps, "C2");
    BOOST_TEST(share == "0.25");
    BOOST_TEST(share_attributes.find("t=\"s\"") == std::string::npos);
    auto [headcount_attributes, headcount] = cell(gaps, "E2");
    BOOST_TEST(headcount == "120");
    BOOST_TEST(headcount_attributes.find("t=") == std::string::npos);
    BOOST_TEST(cell(gaps, "B2").first.find("t=\"s\"") != std::string::npos);

    std::string strings = zip_member(file, "xl/sharedStrings.xml");
    BOOST_TEST(strings.find("机器学习, 深度学习") != std::string::npos);
    BOOST_TEST(strings.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(strings.find("Demand share") != std::string::npos);  // header uses column titles
}

BOOST_AUTO_TEST_CASE(percent_columns_use_a_percent_format_and_the_header_is_frozen_and_bold) {
    if (unzip_missing()) return;
    TempFile file(render_xlsx(woshou::test::sample_export_report()), ".xlsx");
    std::string styles = zip_member(file, "xl/styles.xml");
    std::smatch format;
    BOOST_TEST_REQUIRE(std::regex_search(styles, format, std::regex("<numFmt numFmtId=\"(\\d+)\" formatCode=\"0.0%\"")));
    std::string gaps = zip_member(file, "xl/worksheets/sheet2.xml");
    BOOST_TEST(cell(gaps, "C2").first.find(" s=\"") != std::string::npos);
    BOOST_TEST(cell(gaps, "D2").first.find(" s=\"") == std::string::npos);  // a plain number
    BOOST_TEST(gaps.find("<pane ySplit=\"1\"") != std::string::npos);
    BOOST_TEST(gaps.find("state=\"frozen\"") != std::string::npos);
    BOOST_TEST(gaps.find("<autoFilter ref=\"A1:E5\"") != std::string::npos);
    BOOST_TEST(styles.find("<b/>") != std::string::npos);
    // A Chinese label column is wider than Excel's default of 8.43.
    BOOST_TEST(std::regex_search(gaps, std::regex("<col min=\"2\" max=\"2\" width=\"(1\\d|2\\d)")));
}

BOOST_AUTO_TEST_CASE(the_summary_sheet_holds_the_title_facts_and_a_sheet_index) {
    if (unzip_missing()) return;
    TempFile file(render_xlsx(woshou::test::sample_export_report()), ".xlsx");
    std::string strings = zip_member(file, "xl/sharedStrings.xml");
    for (const char* text : {"Gap report: 软件工程 (JHUT-080902) &amp; &lt;friends&gt;", "JHUT-080902-2023",
                             "region=杭州, \"all\" dates", "Largest gaps", "Courses by relevance"}) {
        BOOST_TEST(strings.find(text) != std::string::npos, "missing " << text);
    }
}

BOOST_AUTO_TEST_CASE(sheet_names_follow_excel_rules_and_stay_unique) {
    BOOST_TEST(sanitize_sheet_name("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g");
    BOOST_TEST(sanitize_sheet_name("") == "sheet");
    BOOST_TEST(sanitize_sheet_name("'quoted'") == "quoted");
    BOOST_TEST(sanitize_sheet_name("History") == "History_");
    std::string chinese;
    for (int i = 0; i < 40; ++i) chinese += "课";
    std::string expected;
    for (int i = 0; i < 31; ++i) expected += "课";
    BOOST_TEST(sanitize_sheet_name(chinese) == expected);

    TabularReport r;
    Table t{"", "", {{"a", "A", false}}, {}};
    for (const char* name : {"Summary", "gaps", "GAPS", "a very long table name that goes past the limit",
                             "a very long table name that goes past the limit, again"}) {
        t.name = name;
        r.tables.push_back(t);
    }
    std::vector<std::string> expected_names{"summary", "Summary (2)", "gaps", "GAPS (2)",
                                            "a very long table name that goe",
                                            "a very long table name that (2)"};
    BOOST_TEST(workbook_sheet_names(r) == expected_names, boost::test_tools::per_element());
    if (unzip_missing()) return;
    TempFile file(render_xlsx(r), ".xlsx");
    BOOST_TEST(sheet_names_in(zip_member(file, "xl/workbook.xml")) == expected_names, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_same_report_gives_the_same_bytes) {
    auto report = woshou::test::sample_export_report();
    BOOST_TEST(render_xlsx(report) == render_xlsx(report));
    if (unzip_missing()) return;
    // Not the clock: a workbook made a second later must match too.
    TempFile file(render_xlsx(report), ".xlsx");
    BOOST_TEST(zip_member(file, "docProps/core.xml").find("2000-01-01T00:00:00Z") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_with_line_breaks_wraps) {
    if (unzip_missing()) return;
    TempFile file(render_xlsx(woshou::test::sample_export_report()), ".xlsx");
    BOOST_TEST(zip_member(file, "xl/styles.xml").find("wrapText=\"1\"") != std::string::npos);
    BOOST_TEST(cell(zip_member(file, "xl/worksheets/sheet2.xml"), "B3").first.find(" s=\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_temporary_workbook_file_is_removed) {
    std::filesystem::path directory = std::filesystem::temp_directory_path() /
                                      ("woshou-export-tmpdir-" + std::to_string(::getpid()));
    std::filesystem::create_directories(directory);
    const char* previous = std::getenv("TMPDIR");
    std::string saved = previous ? previous : "";
    ::setenv("TMPDIR", directory.c_str(), 1);
    std::string bytes = render_xlsx(woshou::test::sample_export_report());
    Table broken{"bad", "Bad", {{"a", "A", false}}, {{1LL, 2LL}}};
    TabularReport bad;
    bad.tables = {broken};
    BOOST_CHECK_THROW(render_xlsx(bad), ExportError);
    if (previous) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
    BOOST_TEST(bytes.substr(0, 2) == "PK");
    BOOST_TEST(std::filesystem::is_empty(directory));
    std::filesystem::remove_all(directory);
}

BOOST_AUTO_TEST_SUITE_END()
