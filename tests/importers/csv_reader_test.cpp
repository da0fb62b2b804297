// The CSV layer: RFC 4180 quoting, physical line numbers, header, BOM, CRLF, UTF-8.
#include "temp_bundle.hpp"
#include "woshou/importers/csv_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using woshou::importers::CsvReader;
using woshou::importers::CsvRecord;
using woshou::importers::ImportError;
using woshou::importers::test::TempBundle;

namespace {

std::vector<CsvRecord> read_all(CsvReader& reader) {
    std::vector<CsvRecord> records;
    for (CsvRecord record; reader.next(record);) records.push_back(record);
    return records;
}

std::string error_of(const TempBundle& bundle, const std::string& name,
                     const std::vector<std::string>& required) {
    try {
        CsvReader reader(bundle.dir() / name, name, required);
        read_all(reader);
    } catch (const ImportError& error) {
        return error.what();
    }
    BOOST_ERROR("expected an ImportError");
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(quoted_commas_and_newlines_parse_with_their_starting_physical_line) {
    TempBundle bundle;
    bundle.write("t.csv",
                 "id,text,n\n"
                 "a,\"one, two\",1\n"
                 "b,\"first line\nsecond, line\n\nfourth \"\"quoted\"\"\",2\n"
                 "\n"
                 "c,plain,3\n");
    CsvReader reader(bundle.dir() / "t.csv", "t.csv", {"id", "n"});
    const auto records = read_all(reader);
    BOOST_REQUIRE_EQUAL(records.size(), 3u);
    BOOST_TEST(records[0].line == 2u);
    BOOST_TEST(records[0].fields[1] == "one, two");
    BOOST_TEST(records[1].line == 3u);
    BOOST_TEST(records[1].fields[1] == "first line\nsecond, line\n\nfourth \"quoted\"");
    BOOST_TEST(records[2].line == 8u);  // after the 4-line record and a blank line
    BOOST_TEST(records[2].fields[2] == "3");
}

BOOST_AUTO_TEST_CASE(bom_and_crlf_are_tolerated_and_spaces_are_kept) {
    TempBundle bundle;
    bundle.write("t.csv", "\xEF\xBB\xBFid,name\r\n LIS 3781 ,\"x\r\ny\"\r\nb,c");
    CsvReader reader(bundle.dir() / "t.csv", "t.csv", {"id", "name"});
    BOOST_TEST(reader.column("id") == 0u);
    const auto records = read_all(reader);
    BOOST_REQUIRE_EQUAL(records.size(), 2u);
    BOOST_TEST(records[0].fields[0] == " LIS 3781 ");
    BOOST_TEST(records[0].fields[1] == "x\r\ny");
    BOOST_TEST(records[1].line == 4u);
    BOOST_TEST(records[1].fields[1] == "c");  // no newline at the end of the file
}

BOOST_AUTO_TEST_CASE(records_spanning_read_chunks_keep_their_lines) {
    TempBundle bundle;
    std::string text = "id,text\n";
    for (int i = 0; i < 5000; ++i) {
        text += std::to_string(i) + ",\"" + std::string(40, 'x') + "\n" + std::string(10, 'y') + "\"\n";
    }
    bundle.write("t.csv", text);
    CsvReader reader(bundle.dir() / "t.csv", "t.csv", {"id"});
    const auto records = read_all(reader);
    BOOST_REQUIRE_EQUAL(records.size(), 5000u);
    for (std::size_t i = 0; i < records.size(); ++i) {
        BOOST_TEST_REQUIRE(records[i].line == 2 + 2 * i);
        BOOST_TEST_REQUIRE(records[i].fields[0] == std::to_string(i));
    }
}

BOOST_AUTO_TEST_CASE(missing_required_column_is_named) {
    TempBundle bundle;
    bundle.write("t.csv", "id,label\n1,x\n");
    BOOST_TEST(error_of(bundle, "t.csv", {"label", "weight"}) == "t.csv:1: column weight: missing required column");
}

BOOST_AUTO_TEST_CASE(wrong_field_count_names_the_line) {
    TempBundle bundle;
    bundle.write("t.csv", "id,label\n1,x\n2,\"multi\nline\",extra\n");
    BOOST_TEST(error_of(bundle, "t.csv", {"id"}) == "t.csv:3: expected 2 fields as in the header, found 3");
}

BOOST_AUTO_TEST_CASE(short_records_are_padded_only_when_asked) {
    TempBundle bundle;
    bundle.write("t.csv", "a,b,c\n1\n1,2,3,4\n");
    CsvReader reader(bundle.dir() / "t.csv", "t.csv", {"a"}, woshou::importers::CsvOptions{true});
    CsvRecord record;
    BOOST_REQUIRE(reader.next(record));
    BOOST_TEST(record.fields == (std::vector<std::string>{"1", "", ""}), boost::test_tools::per_element());
    BOOST_CHECK_THROW(reader.next(record), ImportError);  // too many is still an error
    BOOST_TEST(error_of(bundle, "t.csv", {"a"}) == "t.csv:2: expected 3 fields as in the header, found 1");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_names_line_and_column) {
    TempBundle bundle;
    bundle.write("t.csv", "id,label\n1,ok\n2,bad \xC3\x28 byte\n");
    BOOST_TEST(error_of(bundle, "t.csv", {"id"}) == "t.csv:3: column label: invalid UTF-8");
}

BOOST_AUTO_TEST_CASE(stray_quote_is_a_malformed_csv_error_at_its_line) {
    TempBundle bundle;
    bundle.write("t.csv", "id,label\n1,ok\n2,say \"hi\"\n");
    BOOST_TEST(error_of(bundle, "t.csv", {"id"}) ==
               "t.csv:3: malformed CSV: a quote inside an unquoted field or text after a closing quote");
}

BOOST_AUTO_TEST_CASE(unterminated_quote_names_the_record_start) {
    TempBundle bundle;
    bundle.write("t.csv", "id,label\n1,ok\n2,\"never closed\nstill open\n");
    BOOST_TEST(error_of(bundle, "t.csv", {"id"}) == "t.csv:3: malformed CSV: a quoted field is never closed");
}

BOOST_AUTO_TEST_CASE(empty_file_and_duplicate_header_columns_are_errors) {
    TempBundle bundle;
    bundle.write("empty.csv", "");
    BOOST_TEST(error_of(bundle, "empty.csv", {"id"}) == "empty.csv: file is empty (no header row)");
    bundle.write("twice.csv", "id,name,id\n");
    BOOST_TEST(error_of(bundle, "twice.csv", {"id"}) == "twice.csv:1: column id: column appears twice in the header");
}

BOOST_AUTO_TEST_SUITE_END()
