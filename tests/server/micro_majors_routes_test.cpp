// The micro-major routes called through the router against a real SQLite
// file: the proposal workflow with tokens, who may see and do what, refusals
// naming the field, and what publishing changes for employers and matching
// (docs/micro-majors.md, "Proposals").
#include "accounts_fixture.hpp"

#include "woshou/sql/accounts.hpp"
#include "woshou/sql/micro_major_store.hpp"

#include <boost/test/unit_test.hpp>

#include <set>
#include <tuple>

using namespace woshou;
using test::AccountsWorld;
using test::error_message_of;
using test::json_of;
using test::response_header;

namespace {

// TJU-080902 (a plan without courses) plus CS 250 (SQL 0.7, use databases 0.5)
// and CS 301 (operating systems): 6 credits.
const std::string kProposal =
    R"({"name":"数据库应用微专业","description":"面向港口物流的数据岗位","base_majors":["TJU-080902"],)"
    R"("courses":["CS 250","CS 301"],"target_skills":["结构化查询语言","S-os"],"sponsors":["E-1"]})";

const std::string kMatchSql = R"({"skills":[{"skill":"SQL"}]})";

std::string error_code_of(const server::Response& response) {
    auto doc = json_of(response);
    if (!doc.IsObject() || !doc.HasMember("error")) return {};
    return doc["error"]["code"].GetString();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string status_in(const server::Response& response) {
    return json_of(response)["micro_major"]["status"].GetString();
}

// Ids of the micro-majors a list answer holds, in order.
std::vector<std::string> listed(const server::Response& response) {
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    std::vector<std::string> ids;
    auto doc = json_of(response);
    for (const auto& m : doc["micro_majors"].GetArray()) ids.push_back(m["id"].GetString());
    return ids;
}

// Majors a match answer lists.
std::set<std::string> matched(const server::Response& response) {
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    std::set<std::string> ids;
    auto doc = json_of(response);
    for (const auto& r : doc["results"].GetArray()) ids.insert(r["major_id"].GetString());
    return ids;
}

}  // namespace

struct MicroMajorWorld : AccountsWorld {
    // Proposes kProposal with `token` and returns the new id.
    std::string propose(const std::string& token, const std::string& body = kProposal) {
        auto response = send("POST", "/api/v1/micro-majors", token, body);
        BOOST_TEST_REQUIRE(response.status == 201, response.body);
        return json_of(response)["micro_major"]["id"].GetString();
    }
    server::Response act(const std::string& id, const std::string& action, const std::string& token,
                         const std::string& body = {}) {
        return send("POST", "/api/v1/micro-majors/" + id + "/" + action, token, body);
    }
    // Brings a planner's proposal to `status` (reviewed by TJU).
    std::string proposal_in(const std::string& status) {
        const std::string id = propose(tokens.planner);
        if (status == "draft") return id;
        BOOST_TEST_REQUIRE(act(id, "submit", tokens.planner).status == 200);
        if (status == "submitted") return id;
        if (status == "rejected") {
            BOOST_TEST_REQUIRE(act(id, "reject", tokens.university, R"({"comment":"再考虑"})").status == 200);
            return id;
        }
        BOOST_TEST_REQUIRE(act(id, "approve", tokens.university).status == 200);
        if (status == "approved") return id;
        BOOST_TEST_REQUIRE(act(id, "publish", tokens.planner).status == 200);
        return id;
    }
};

BOOST_FIXTURE_TEST_SUITE(micro_majors_routes, MicroMajorWorld)

BOOST_AUTO_TEST_CASE(a_proposal_goes_from_planner_to_university_review_to_employers_and_matching) {
    const auto version = database().data_version();
    BOOST_TEST(matched(send("POST", "/api/v1/match", "", kMatchSql)).count("TJU-080902") == 0u);

    auto created = send("POST", "/api/v1/micro-majors", tokens.planner, kProposal);
    BOOST_TEST_REQUIRE(created.status == 201, created.body);
    auto doc = json_of(created);
    const std::string id = doc["micro_major"]["id"].GetString();
    BOOST_TEST(response_header(created, "Location") == "/api/v1/micro-majors/" + id);
    const auto& m = doc["micro_major"];
    BOOST_TEST(std::string(m["status"].GetString()) == "draft");
    BOOST_TEST(std::string(m["university_id"].GetString()) == "TJU");
    BOOST_TEST(std::string(m["created_by"].GetString()) == "bureau");
    BOOST_TEST(m["credits"].GetDouble() == 6.0);
    BOOST_TEST(m["course_count"].GetUint() == 2u);
    BOOST_TEST(std::string(m["courses"][0]["id"].GetString()) == "CS 250");
    BOOST_TEST(m["courses"][0]["position"].GetUint() == 1u);
    BOOST_TEST(std::string(m["courses"][1]["code"].GetString()) == "CS301");
    BOOST_TEST(std::string(m["target_skills"][0]["id"].GetString()) == "S-sql");  // the label resolved
    BOOST_TEST(std::string(m["sponsors"][0]["name"].GetString()) == "天津港集团");
    BOOST_TEST(m["submitted_at"].IsNull());
    BOOST_TEST(m["review_comment"].IsNull());

    // A draft is private: 404 for the public and for employers, visible to its university.
    BOOST_TEST(send("GET", "/api/v1/micro-majors/" + id).status == 404);
    BOOST_TEST(send("GET", "/api/v1/micro-majors/" + id, tokens.employer).status == 404);
    BOOST_TEST(send("GET", "/api/v1/micro-majors/" + id, tokens.other_university).status == 404);
    BOOST_TEST(send("GET", "/api/v1/micro-majors/" + id, tokens.university).status == 200);

    BOOST_TEST(status_in(act(id, "submit", tokens.planner)) == "submitted");
    auto approved = act(id, "approve", tokens.university, R"({"comment":"同意，请补充实习"})");
    BOOST_TEST_REQUIRE(approved.status == 200, approved.body);
    BOOST_TEST(std::string(json_of(approved)["micro_major"]["review_comment"].GetString()) == "同意，请补充实习");
    BOOST_TEST(std::string(json_of(approved)["micro_major"]["reviewed_by"].GetString()) == "tju-office");
    BOOST_TEST(database().data_version() == version);  // nothing public changed yet
    BOOST_TEST(act(id, "publish", tokens.employer).status == 404);  // not public yet: not even there for them
    BOOST_TEST(status_in(act(id, "publish", tokens.university)) == "published");
    BOOST_TEST(database().data_version() == version + 1);

    refresh_snapshot();  // as the server does after a write
    BOOST_TEST(send("GET", "/api/v1/micro-majors/" + id).status == 200);
    auto major = json_of(send("GET", "/api/v1/majors/TJU-080902"));
    BOOST_TEST_REQUIRE(major["micro_majors"].Size() == 1u);
    BOOST_TEST(std::string(major["micro_majors"][0]["id"].GetString()) == id);
    BOOST_TEST(std::string(major["micro_majors"][0]["name"].GetString()) == "数据库应用微专业");
    BOOST_TEST(major["micro_majors"][0]["credits"].GetDouble() == 6.0);
    BOOST_TEST(major["micro_majors"][0]["course_count"].GetUint() == 2u);
    BOOST_TEST(json_of(send("GET", "/api/v1/majors/TJU-080901"))["micro_majors"].Size() == 0u);
    // Matching now counts CS 250 for TJU-080902, at the elective factor.
    BOOST_TEST(matched(send("POST", "/api/v1/match", "", kMatchSql)).count("TJU-080902") == 1u);

    // Every step is in the audit log.
    std::vector<std::string> actions;
    for (const auto& e : sql::Accounts(database()).audit({"", "", 100, 0}))
        if (e.target_id == id) actions.push_back(e.action + " " + std::to_string(e.status));
    // Newest first; the refused publish is logged too, but names no target.
    const std::vector<std::string> expected{"micro_major.publish 200", "micro_major.approve 200",
                                            "micro_major.submit 200", "micro_major.create 201"};
    BOOST_TEST(actions == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(illegal_transitions_are_409_naming_the_status_and_the_action) {
    const std::vector<std::tuple<std::string, std::string, std::string>> illegal{
        {"draft", "withdraw", ""},      {"draft", "approve", ""},   {"draft", "publish", ""},
        {"submitted", "submit", ""},    {"submitted", "publish", ""}, {"approved", "withdraw", ""},
        {"approved", "reject", R"({"comment":"迟了"})"}, {"rejected", "approve", ""}, {"rejected", "publish", ""},
        {"published", "submit", ""},    {"published", "withdraw", ""}, {"published", "publish", ""},
    };
    for (const auto& [status, action, body] : illegal) {
        const std::string id = proposal_in(status);
        auto response = act(id, action, tokens.admin, body);
        BOOST_TEST(response.status == 409, status << " + " << action << ": " << response.body);
        BOOST_TEST(error_code_of(response) == "conflict");
        BOOST_TEST(contains(error_message_of(response), "is " + status + ": cannot " + action), response.body);
        BOOST_TEST(status_in(send("GET", "/api/v1/micro-majors/" + id, tokens.admin)) == status);
    }
    // An edit of anything but a draft or a rejected proposal is a conflict too.
    for (const std::string status : {"submitted", "approved", "published"}) {
        auto response = send("PUT", "/api/v1/micro-majors/" + proposal_in(status), tokens.planner, kProposal);
        BOOST_TEST(response.status == 409, status << ": " << response.body);
        BOOST_TEST(contains(error_message_of(response), "cannot edit it (edit needs status draft or rejected)"));
    }
}

BOOST_AUTO_TEST_CASE(a_rejection_needs_a_reason_and_the_creator_edits_it_back_to_draft) {
    const std::string id = proposal_in("submitted");
    for (const std::string body : {"", "{}", R"({"comment":"  "})"}) {
        auto response = act(id, "reject", tokens.university, body);
        BOOST_TEST(response.status == 400, body << ": " << response.body);
        BOOST_TEST(error_code_of(response) == "invalid");
        BOOST_TEST(contains(error_message_of(response), "comment is required to reject"));
    }
    auto comment_on_withdraw = act(id, "withdraw", tokens.planner, R"({"comment":"算了"})");
    BOOST_TEST(comment_on_withdraw.status == 400);
    BOOST_TEST(contains(error_message_of(comment_on_withdraw), "not to withdraw"));
    auto bad_member = act(id, "reject", tokens.university, R"({"reason":"x"})");
    BOOST_TEST(bad_member.status == 400);
    BOOST_TEST(error_code_of(bad_member) == "invalid_body");
    BOOST_TEST(status_in(act(id, "reject", tokens.university, R"({"comment":"课程与岗位不符"})")) == "rejected");

    // The university may not edit a planner's proposal; the planner may, and it goes back to draft.
    BOOST_TEST(send("PUT", "/api/v1/micro-majors/" + id, tokens.university, kProposal).status == 403);
    const std::string edited =
        R"({"name":"数据库微专业（修订）","base_majors":["TJU-080902","TJU-080901"],"courses":["CS 250"]})";
    auto response = send("PUT", "/api/v1/micro-majors/" + id, tokens.planner, edited);
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    BOOST_TEST(std::string(doc["micro_major"]["status"].GetString()) == "draft");
    BOOST_TEST(std::string(doc["micro_major"]["review_comment"].GetString()) == "课程与岗位不符");
    BOOST_TEST(doc["micro_major"]["courses"].Size() == 1u);
    BOOST_TEST(doc["micro_major"]["sponsors"].Size() == 0u);
    BOOST_TEST(doc["micro_major"]["base_majors"].Size() == 2u);
}

BOOST_AUTO_TEST_CASE(who_may_propose_and_review_over_http) {
    // Every write route needs a token.
    const std::string some = proposal_in("submitted");
    for (const auto& [method, target] : std::vector<std::pair<std::string, std::string>>{
             {"POST", "/api/v1/micro-majors"},
             {"PUT", "/api/v1/micro-majors/" + some},
             {"POST", "/api/v1/micro-majors/" + some + "/approve"}}) {
        auto response = send(method, target, "", kProposal);
        BOOST_TEST(response.status == 401, method << " " << target);
    }
    auto employer = send("POST", "/api/v1/micro-majors", tokens.employer, kProposal);
    BOOST_TEST(employer.status == 403);
    BOOST_TEST(error_message_of(employer) == "employer organisations may not propose micro-majors");
    BOOST_TEST(send("POST", "/api/v1/micro-majors", tokens.admin, kProposal).status == 403);
    auto other = send("POST", "/api/v1/micro-majors", tokens.other_university, kProposal);
    BOOST_TEST(other.status == 403);
    BOOST_TEST(contains(error_message_of(other), "speaks for university 'NKU'"));

    // A university's own proposal: it may not review it, an admin does.
    const std::string own = propose(tokens.university);
    BOOST_TEST(act(own, "submit", tokens.university).status == 200);
    auto self = act(own, "approve", tokens.university);
    BOOST_TEST(self.status == 403);
    BOOST_TEST(contains(error_message_of(self), "never reviewed by its proposer"));
    // Another university cannot even see it.
    BOOST_TEST(act(own, "approve", tokens.other_university).status == 404);
    BOOST_TEST(act(own, "approve", tokens.planner).status == 403);
    BOOST_TEST(status_in(act(own, "approve", tokens.admin)) == "approved");
    BOOST_TEST(status_in(act(own, "publish", tokens.university)) == "published");
    // Published: visible to all, but still not theirs to move.
    BOOST_TEST(act(own, "withdraw", tokens.employer).status == 403);
    BOOST_TEST(act("mm_nothing", "submit", tokens.admin).status == 404);
}

BOOST_AUTO_TEST_CASE(lists_show_each_role_what_it_may_see) {
    const std::string draft = proposal_in("draft");
    const std::string published = proposal_in("published");
    const std::string nku_draft = propose(
        tokens.other_university, R"({"name":"信息管理微专业","base_majors":["NKU-120102"],"courses":["CS 101"]})");
    using V = std::vector<std::string>;
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors")) == V{published});
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors", tokens.employer)) == V{published});
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors?status=published")) == V{published});
    auto anonymous_drafts = send("GET", "/api/v1/micro-majors?status=draft");
    BOOST_TEST(anonymous_drafts.status == 403);
    BOOST_TEST(contains(error_message_of(anonymous_drafts), "see only published micro-majors"));
    BOOST_TEST(send("GET", "/api/v1/micro-majors?status=submitted", tokens.employer).status == 403);

    const std::set<std::string> tju_sees{draft, published};
    auto tju = listed(send("GET", "/api/v1/micro-majors", tokens.university));
    BOOST_TEST((std::set<std::string>(tju.begin(), tju.end()) == tju_sees));
    auto nku = listed(send("GET", "/api/v1/micro-majors", tokens.other_university));
    BOOST_TEST((std::set<std::string>(nku.begin(), nku.end()) == std::set<std::string>{published, nku_draft}));
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors", tokens.planner)).size() == 3u);
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors?status=draft", tokens.admin)).size() == 2u);
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors?university=NKU", tokens.planner)) == V{nku_draft});
    BOOST_TEST(listed(send("GET", "/api/v1/micro-majors?major=NKU-120102", tokens.admin)) == V{nku_draft});
    auto page = json_of(send("GET", "/api/v1/micro-majors?limit=1&offset=1", tokens.planner));
    BOOST_TEST(page["total"].GetUint() == 3u);
    BOOST_TEST(page["micro_majors"].Size() == 1u);

    BOOST_TEST(error_code_of(send("GET", "/api/v1/micro-majors?status=open", tokens.planner)) == "invalid_parameter");
    BOOST_TEST(send("GET", "/api/v1/micro-majors?limt=1").status == 400);
}

BOOST_AUTO_TEST_CASE(a_bad_proposal_is_refused_naming_the_field) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"base_majors":["TJU-080902"],"courses":["CS 250"]})", "field 'name' is required"},
        {R"({"name":"x","courses":["CS 250"]})", "field 'base_majors' is required"},
        {R"({"name":"x","base_majors":"TJU-080902","courses":["CS 250"]})", "field 'base_majors' must be an array"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250",""]})", "field 'courses[1]' must not be empty"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250","CS 999"]})",
         "courses[1]: unknown course 'CS 999'"},
        {R"({"name":"x","base_majors":["TJU-080902","NKU-120102"],"courses":["CS 250"]})",
         "base_majors[1]: major 'NKU-120102' belongs to university 'NKU'"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250","CS 250"]})",
         "courses[1]: course 'CS 250' is listed twice (also courses[0])"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250"],"target_skills":["量子纠缠"]})",
         "field 'target_skills[0]': no skill has the id or label"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250"],"sponsors":["E-9"]})",
         "sponsors[0]: unknown employer 'E-9'"},
        {R"({"name":"x","base_majors":["TJU-080902"],"courses":["CS 250"],"extra":1})", "field 'extra' is not accepted"},
        {"[1]", "must be a JSON object"},
    };
    for (const auto& [body, message] : cases) {
        auto response = send("POST", "/api/v1/micro-majors", tokens.planner, body);
        BOOST_TEST(response.status == 400, body << ": " << response.body);
        BOOST_TEST(contains(error_message_of(response), message), body << ": " << response.body);
    }
    BOOST_TEST(send("POST", "/api/v1/micro-majors", tokens.planner, kProposal, "text/plain").status == 415);
    BOOST_TEST(sql::micro_major_count(database(), {}) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
