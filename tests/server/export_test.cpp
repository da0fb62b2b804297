// CSV export: parses back with the importers' RFC 4180 reader (libcsv), numbers
// are fixed-notation and deterministic, malformed tables are refused.
#include "export_support.hpp"

#include "../../server/src/export/cell_text.hpp"
#include "woshou/importers/csv_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

using namespace woshou::server::report;
using woshou::test::TempFile;

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& csv, const std::vector<std::string>& header) {
    TempFile file(csv, ".csv");
    woshou::importers::CsvReader reader(file.path(), "export.csv", header);
    BOOST_TEST(reader.header() == header, boost::test_tools::per_element());
    std::vector<std::vector<std::string>> records;
    woshou::importers::CsvRecord record;
    while (reader.next(record)) records.push_back(record.fields);
    return records;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_export)

BOOST_AUTO_TEST_CASE(tricky_text_round_trips_through_a_csv_parser) {
    Table gaps = woshou::test::sample_export_report().tables.front();
    auto records = parse_csv(render_csv(gaps), {"skill_id", "label", "demand_share", "gap", "headcount"});
    std::vector<std::vector<std::string>> expected = {
        {"S1", "机器学习, 深度学习", "0.25", "0.208333", "120"},
        {"S2", "say \"hi\"\nthen leave", "0.5", "0.5", "7"},
        {"S3", "<script>alert(1)</script>", "0.125", "0.333333", "-3"},
        {"S4", "", "0", "0", "0"},
    };
    BOOST_TEST_REQUIRE(records.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        BOOST_TEST(records[i] == expected[i], boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(fields_are_quoted_only_when_they_must_be_and_lines_end_in_lf) {
    Table table{"t", "T", {{"a", "A", false}, {"b", "B", false}}, {}};
    table.rows = {{std::string("x,y"), std::string("plain")}, {std::string("q\"q"), std::string("cr\r\nlf")}};
    BOOST_TEST(render_csv(table) == "a,b\n\"x,y\",plain\n\"q\"\"q\",\"cr\r\nlf\"\n");
}

BOOST_AUTO_TEST_CASE(an_empty_value_in_a_one_column_table_is_still_a_record) {
    Table table{"t", "T", {{"only", "Only", false}}, {{std::string("")}, {std::string("x")}}};
    BOOST_TEST(render_csv(table) == "only\n\"\"\nx\n");
    auto records = parse_csv(render_csv(table), {"only"});
    BOOST_TEST(records.size() == 2u);
}

BOOST_AUTO_TEST_CASE(numbers_use_fixed_notation_with_at_most_six_decimals) {
    BOOST_TEST(format_number(0.5) == "0.5");
    BOOST_TEST(format_number(5.0 / 24) == "0.208333");
    BOOST_TEST(format_number(3.0) == "3");
    BOOST_TEST(format_number(-0.0) == "0");
    BOOST_TEST(format_number(-1e-9) == "0");
    BOOST_TEST(format_number(1e-7) == "0");
    BOOST_TEST(format_number(0.0000006) == "0.000001");
    BOOST_TEST(format_number(1e20) == "100000000000000000000");
    BOOST_TEST(format_number(-2.75) == "-2.75");
    BOOST_TEST(format_number(std::numeric_limits<double>::quiet_NaN()) == "");
    BOOST_TEST(format_percent(0.125) == "12.5%");
    BOOST_TEST(format_percent(1.0) == "100.0%");
    BOOST_TEST(cell_text(Cell{42LL}) == "42");
}

BOOST_AUTO_TEST_CASE(the_header_holds_column_names_not_titles) {
    Table surplus = woshou::test::sample_export_report().tables.back();
    std::string csv = render_csv(surplus);
    BOOST_TEST(csv.substr(0, csv.find('\n')) == "course_id,relevance,credits");
    BOOST_TEST(csv.find("0.05,2.5") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_row_with_the_wrong_number_of_cells_is_refused_with_its_position) {
    Table table{"gaps", "Gaps", {{"a", "A", false}, {"b", "B", false}}, {{1LL, 2LL}, {std::string("x")}}};
    try {
        render_csv(table);
        BOOST_FAIL("expected ExportError");
    } catch (const ExportError& e) {
        std::string message = e.what();
        BOOST_TEST(message.find("gaps") != std::string::npos);
        BOOST_TEST(message.find("row 2") != std::string::npos);
    }
    BOOST_CHECK_THROW(render_csv(Table{"empty", "E", {}, {}}), ExportError);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_repaired_so_the_file_still_reads_as_utf8) {
    Table table{"t", "T", {{"v", "V", false}}, {{std::string("ok\xFF\xC3(")}}};
    auto records = parse_csv(render_csv(table), {"v"});
    BOOST_REQUIRE(records.size() == 1u);
    BOOST_TEST(records[0][0] == "ok\xEF\xBF\xBD\xEF\xBF\xBD(");
}

BOOST_AUTO_TEST_SUITE_END()
