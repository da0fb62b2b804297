// HTML export: well-formed XML (xmllint), one SVG rect per bar scaled to the
// largest value, user text escaped, nothing external or scripted.
#include "export_support.hpp"

#include <boost/test/unit_test.hpp>

#include <regex>

using namespace woshou::server::report;
using woshou::test::run_command;
using woshou::test::TempFile;

namespace {

bool xmllint_missing() {
    if (woshou::test::have_tool("xmllint")) return false;
    BOOST_TEST_MESSAGE("skipped: xmllint is not installed (libxml2-utils; scripts/install-deps.sh installs it)");
    return true;
}

// The value of XPath `expression` over the page, by xmllint.
std::string xpath(const TempFile& page, const std::string& expression) {
    auto result = run_command("xmllint --xpath \"" + expression + "\" " + page.quoted() + " 2>/dev/null");
    BOOST_TEST_REQUIRE(result.exit_code == 0, "xmllint --xpath " << expression << " failed");
    std::string value = result.output;
    // xmllint ends its output with one or more line breaks depending on the version.
    while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
    return value;
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
    return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(html_export)

BOOST_AUTO_TEST_CASE(the_page_is_well_formed_xml) {
    if (xmllint_missing()) return;
    TempFile page(render_html(woshou::test::sample_export_report()), ".html");
    auto result = run_command("xmllint --noout " + page.quoted() + " 2>&1");
    BOOST_TEST(result.exit_code == 0, result.output);
}

BOOST_AUTO_TEST_CASE(the_chart_is_inline_svg_with_one_rect_and_tooltip_per_bar_scaled_to_the_maximum) {
    if (xmllint_missing()) return;
    TempFile page(render_html(woshou::test::sample_export_report()), ".html");
    BOOST_TEST(xpath(page, "count(//*[local-name()='svg'])") == "1");
    BOOST_TEST(xpath(page, "count(//*[local-name()='svg']//*[local-name()='rect'])") == "3");
    BOOST_TEST(xpath(page, "count(//*[local-name()='rect']/*[local-name()='title'])") == "3");
    // Values 0.4, 0.2, 0.1 over a 380-unit bar area.
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[1]/@width)") == "380");
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[2]/@width)") == "190");
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[3]/@width)") == "95");
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[1]/*[local-name()='title'])") == "机器学习: 0.4");
}

BOOST_AUTO_TEST_CASE(a_malicious_label_comes_out_as_text_not_markup) {
    std::string html = render_html(woshou::test::sample_export_report());
    BOOST_TEST(html.find("<script") == std::string::npos);
    BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(html.find("say &quot;hi&quot; &amp; go") != std::string::npos);
    if (xmllint_missing()) return;
    TempFile page(html, ".html");
    BOOST_TEST(xpath(page, "count(//*[local-name()='script'])") == "0");
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[2]/*[local-name()='title'])") ==
               "<script>alert(1)</script>: 0.2");
}

BOOST_AUTO_TEST_CASE(the_page_is_self_contained_and_printable) {
    std::string html = render_html(woshou::test::sample_export_report());
    BOOST_TEST(html.rfind("<!DOCTYPE html>", 0) == 0u);
    BOOST_TEST(html.find("<meta charset=\"utf-8\"/>") != std::string::npos);
    BOOST_TEST(html.find("@page { size: A4") != std::string::npos);
    for (const char* external : {"<script", "<link", "<img", "src=", "url(", "@import", "javascript:"}) {
        BOOST_TEST(html.find(external) == std::string::npos, "found " << external);
    }
    BOOST_TEST(!std::regex_search(html, std::regex(" on[a-z]+=")));  // no event handler attributes
    // The only URLs are the XHTML and SVG namespace names.
    BOOST_TEST(occurrences(html, "http") == 2u);
}

BOOST_AUTO_TEST_CASE(facts_and_tables_appear_with_percent_columns_as_percentages) {
    if (xmllint_missing()) return;
    TempFile page(render_html(woshou::test::sample_export_report()), ".html");
    BOOST_TEST(xpath(page, "string(//*[local-name()='h1'])") == "Gap report: 软件工程 (JHUT-080902) & <friends>");
    BOOST_TEST(xpath(page, "count(//*[local-name()='table'])") == "3");  // facts, gaps, surplus
    BOOST_TEST(xpath(page, "string((//*[local-name()='table'])[2]//*[local-name()='tbody']/*[1]/*[3])") == "25.0%");
    BOOST_TEST(xpath(page, "string((//*[local-name()='table'])[2]//*[local-name()='tbody']/*[1]/*[4])") == "0.208333");
    BOOST_TEST(xpath(page, "string((//*[local-name()='table'])[2]//*[local-name()='tbody']/*[2]/*[2])") ==
               "say \"hi\"\nthen leave");
}

BOOST_AUTO_TEST_CASE(control_characters_and_invalid_utf8_still_give_well_formed_xml) {
    TabularReport r;
    r.title = "bad \x01\x1b bytes \xC3\x28";
    r.facts = {{"k\x02", "v\xFF"}};
    r.tables = {Table{"t", "T", {{"a", "A\x0b", false}}, {}}};
    r.chart_title = "chart";
    r.chart = {{"neg", -1.0}, {"zero", 0.0}};
    std::string html = render_html(r);
    BOOST_TEST(html.find('\x01') == std::string::npos);
    BOOST_TEST(occurrences(html, "<rect") == 2u);
    if (xmllint_missing()) return;
    TempFile page(html, ".html");
    auto result = run_command("xmllint --noout " + page.quoted() + " 2>&1");
    BOOST_TEST(result.exit_code == 0, result.output);
    BOOST_TEST(xpath(page, "string((//*[local-name()='rect'])[1]/@width)") == "0");
}

BOOST_AUTO_TEST_CASE(a_report_without_chart_title_has_no_svg_and_the_same_report_gives_the_same_page) {
    auto r = woshou::test::sample_export_report();
    BOOST_TEST(render_html(r) == render_html(r));
    r.chart_title.clear();
    BOOST_TEST(render_html(r).find("<svg") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
