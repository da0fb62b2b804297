#include "text_table.hpp"

#include <boost/test/unit_test.hpp>

using woshou::clients::display_width;
using woshou::clients::TextTable;

BOOST_AUTO_TEST_CASE(chinese_characters_count_two_columns) {
    BOOST_TEST(display_width("abc") == 3u);
    BOOST_TEST(display_width("软件工程") == 8u);
    BOOST_TEST(display_width("Ｐ") == 2u);
}

BOOST_AUTO_TEST_CASE(columns_line_up_with_mixed_scripts) {
    TextTable table({"code", "name"});
    table.add_row({"080902", "软件工程"});
    table.add_row({"080901", "CS"});
    const std::string expected =
        "code    name\n"
        "------  --------\n"
        "080902  软件工程\n"
        "080901  CS\n";
    BOOST_TEST(table.render() == expected);
}
