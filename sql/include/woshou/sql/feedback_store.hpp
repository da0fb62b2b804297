// Employers' feedback on a university's course settings, and the university's
// answer. Stored outside the snapshot's Dataset; gap reports read it through
// missing_skill_employers() or feedback_signals().
//
// Comments and answers are plain text: stored and returned verbatim (never
// HTML-escaped here; whoever renders them must escape).
// Errors are SqlError: "invalid" (400, names the field), "not_found" (404),
// "forbidden" (403).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

// Longest comment, answer and decline reason, in Unicode code points.
inline constexpr std::size_t kFeedbackTextLimit = 2000;

struct NewFeedback {
    std::string id;               // empty = generated ("fb_" + 16 hex digits)
    std::string organisation_id;  // must be an employer organisation; its employer is the author
    std::string target_kind;      // major | plan | course
    std::string target_id;        // must exist
    // For a course target only: the major whose plans hold the course (optional,
    // checked). For major and plan targets it is derived and must be empty or equal.
    std::string major_id;
    int rating = 0;                            // 1..5
    std::vector<std::string> missing_skills;   // skill ids; duplicates collapse
    std::vector<std::string> outdated_skills;  // skill ids; none also in missing_skills
    std::string comment;                       // at most kFeedbackTextLimit code points
};

struct Feedback {
    std::string id;
    std::string organisation_id;
    std::string employer_id;
    std::string target_kind;  // major | plan | course
    std::string target_id;
    std::string major_id;  // empty for a course target given without a major
    std::string university_id;
    int rating = 0;
    std::string comment;
    std::string status;           // received | under_review | adopted | declined
    std::string adopted_plan_id;  // set when adopted
    std::string response;         // may be empty
    std::string declined_reason;  // set when declined
    std::string created_at;       // ISO-8601 UTC
    std::optional<std::string> responded_at;  // the first answer's time
    std::string responded_by;                 // organisation id of the latest answer; empty until answered
    std::vector<std::string> missing_skills;   // ordered by id
    std::vector<std::string> outdated_skills;  // ordered by id
};

// Filters; an empty field matches everything.
struct FeedbackQuery {
    std::string university_id;
    std::string employer_id;
    std::string major_id;
    std::string status;
    std::size_t limit = 100;
    std::size_t offset = 0;
};

struct FeedbackResponse {
    std::string status;           // under_review | adopted | declined
    std::string response;         // may be empty, at most kFeedbackTextLimit code points
    std::string adopted_plan_id;  // required for adopted: a plan of the feedback's major
    std::string declined_reason;  // required (non-blank) for declined
    std::string responded_by;     // organisation id, must exist
};

// Validates and stores feedback with status "received" and bumps data_version
// (a gap report may weigh it); returns its id. Throws "invalid" naming the
// field, "not_found" for an unknown organisation, "forbidden" when the
// organisation is not an employer.
std::string add_feedback(Database& database, const NewFeedback& feedback);

// Feedback matching the query, newest first (created_at, then id, descending).
std::vector<Feedback> feedback(Database& database, const FeedbackQuery& query);

// How many rows feedback() would return without limit and offset.
std::size_t feedback_count(Database& database, const FeedbackQuery& query);

// One feedback, if it exists.
std::optional<Feedback> feedback_by_id(Database& database, const std::string& id);

// Records the university's answer. Any status may move to under_review, adopted
// or declined (never back to received). Throws "not_found" for unknown feedback
// or responder, "invalid" for a bad status, a missing or foreign adopted plan,
// a blank decline reason or text over the limit. Does not bump data_version.
void respond_feedback(Database& database, const std::string& id, const FeedbackResponse& response);

// For one major: each skill marked missing in feedback on it, with the distinct
// employers marking it (feedback of every status counts).
std::map<std::string, std::set<std::string>> missing_skill_employers(Database& database,
                                                                     const std::string& major_id);

// One (feedback, missing skill) pair with a major, for bulk loading into a snapshot.
struct FeedbackSignal {
    std::string feedback_id;
    std::string major_id;
    std::string skill_id;
    std::string employer_id;
    std::string status;
};

// Every missing-skill mark of feedback tied to a major, ordered by major, skill, employer, feedback id.
std::vector<FeedbackSignal> feedback_signals(Database& database);

// Counts for GET /majors/{id}/feedback-summary.
struct FeedbackSummary {
    std::size_t total = 0;
    std::map<int, std::size_t> by_rating;          // 1..5, every rating present (0 when none)
    std::map<std::string, std::size_t> by_status;  // every status present
    // Skills with the number of feedback naming them, most named first, then by id.
    std::vector<std::pair<std::string, std::size_t>> missing_skills;
    std::vector<std::pair<std::string, std::size_t>> outdated_skills;
    std::size_t responded = 0;  // feedback with responded_at set
    // Median and mean hours from created_at to responded_at over answered feedback.
    std::optional<double> median_response_hours;
    std::optional<double> mean_response_hours;
};

// The summary of all feedback tied to one major (major and plan targets, and
// course targets given with that major). Throws "not_found" for an unknown major.
FeedbackSummary feedback_summary(Database& database, const std::string& major_id);

}  // namespace woshou::sql
