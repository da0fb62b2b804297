#include "woshou/graph/label_normalizer.hpp"

#include <boost/test/unit_test.hpp>

using woshou::graph::is_valid_utf8;
using woshou::graph::normalize_label;

BOOST_AUTO_TEST_SUITE(label_normalizer)

BOOST_AUTO_TEST_CASE(full_width_latin_becomes_half_width_lower_case) {
    BOOST_TEST(normalize_label("\xEF\xBC\xB0\xEF\xBD\x99\xEF\xBD\x94\xEF\xBD\x88\xEF\xBD\x8F\xEF\xBD\x8E") == "python");
}

BOOST_AUTO_TEST_CASE(white_space_is_collapsed_and_trimmed) {
    BOOST_TEST(normalize_label("  Python   编程 ") == "python 编程");
}

BOOST_AUTO_TEST_CASE(case_folding_handles_non_ascii) {
    BOOST_TEST(normalize_label("STRASSE") == normalize_label("straße"));
}

BOOST_AUTO_TEST_CASE(chinese_text_is_kept) {
    BOOST_TEST(normalize_label("机器学习") == "机器学习");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_detected_and_normalises_to_empty) {
    BOOST_TEST(!is_valid_utf8("abc\xC3"));
    BOOST_TEST(!is_valid_utf8("\xFF"));
    BOOST_TEST(is_valid_utf8("数据"));
    BOOST_TEST(normalize_label("abc\xC3").empty());
}

BOOST_AUTO_TEST_SUITE_END()
