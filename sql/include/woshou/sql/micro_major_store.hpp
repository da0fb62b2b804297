// Micro-major (微专业) proposals and their review (docs/micro-majors.md,
// "Proposals"): a planner or a university proposes a bundle of courses on top
// of base majors, the proposal goes draft -> submitted -> approved or rejected
// -> published, and only published micro-majors reach the snapshot (employers'
// views and matching; see load.cpp).
//
// The storage enforces who may do what, as a property of the data, so a route
// that forgets a check still cannot do harm. Errors are SqlError: "invalid"
// (400, the message names the field as the request names it), "not_found"
// (404), "forbidden" (403), "conflict" (409: the id exists, or the action is
// not allowed in the current status; the message names both).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

// Longest name and description, in Unicode code points; most courses per micro-major.
inline constexpr std::size_t kMicroMajorNameLimit = 200;
inline constexpr std::size_t kMicroMajorDescriptionLimit = 2000;
inline constexpr std::size_t kMicroMajorCourseLimit = 40;
// Longest list of target skills or of sponsors; longest review comment.
inline constexpr std::size_t kMicroMajorListLimit = 100;
inline constexpr std::size_t kMicroMajorCommentLimit = 2000;

// What a proposal says: create takes it, update replaces it whole.
struct MicroMajorContent {
    std::string name;         // non-blank, one line, at most kMicroMajorNameLimit code points
    std::string description;  // may be empty; newlines allowed
    std::vector<std::string> base_majors;    // major ids, at least one, all of one university; first = primary
    std::vector<std::string> courses;        // course ids of any university, 1..40, in study order
    std::vector<std::string> target_skills;  // skill ids, may be empty
    std::vector<std::string> sponsors;       // employer ids, may be empty
};

struct MicroMajor {
    std::string id;
    std::string name;
    std::string description;
    std::string university_id;  // the base majors' university
    std::string status;         // draft | submitted | approved | rejected | published
    std::string created_by;     // organisation id
    std::string created_at;     // ISO-8601 UTC
    std::string updated_at;     // last change of content or status
    std::optional<std::string> submitted_at;  // latest submission
    std::string reviewed_by;                  // organisation of the latest approval or rejection; empty before
    std::optional<std::string> reviewed_at;
    std::string review_comment;               // the reviewer's words; required for a rejection
    std::optional<std::string> published_at;
    // Lists in the order given.
    std::vector<std::string> base_majors;
    std::vector<std::string> courses;
    std::vector<std::string> target_skills;
    std::vector<std::string> sponsors;
};

// Filters; an empty field matches everything.
struct MicroMajorQuery {
    std::string status;
    std::string university_id;
    std::string major_id;  // micro-majors having this base major
    // When set, a row that is not published is returned only if its university
    // is this one: what a university organisation may see.
    std::string viewer_university;
    std::size_t limit = 100;
    std::size_t offset = 0;
};

// The workflow's actions. edit is update_micro_major's; the others go
// through transition_micro_major.
enum class MicroMajorAction { edit, submit, withdraw, approve, reject, publish };

// "submit" -> submit, ...; nullopt for an unknown name (never "edit").
std::optional<MicroMajorAction> parse_micro_major_action(const std::string& name);
// The action's name as used in messages and routes.
const char* to_string(MicroMajorAction action);

// Validates and stores a draft proposed by `organisation_id`; returns its id
// (`id` when given, else "mm_" + 16 hex digits). Only a planner, or a
// university organisation for base majors of its own university, may propose
// ("forbidden"); "not_found" for an unknown organisation; "conflict" for a
// taken id. Does not bump data_version: a draft is in no snapshot.
std::string create_micro_major(Database& database, const MicroMajorContent& content,
                               const std::string& organisation_id, const std::string& id = {});

// Replaces the content of a draft or rejected proposal (a rejected one goes
// back to draft). Only its creator or an admin ("forbidden"); "conflict" in
// any other status.
void update_micro_major(Database& database, const std::string& id, const MicroMajorContent& content,
                        const std::string& organisation_id);

// Applies a workflow action for `organisation_id` (docs/micro-majors.md has
// the table): submit and withdraw by the creator or an admin; approve and
// reject by an admin, or by the micro-major's university when that side did
// not propose it; publish by the creator, the university or an admin.
// `comment` is the reviewer's: required (non-blank) to reject, optional to
// approve, refused ("invalid") with any other action. An action the current
// status does not allow is a "conflict". Publishing bumps data_version.
void transition_micro_major(Database& database, const std::string& id, MicroMajorAction action,
                            const std::string& organisation_id, const std::string& comment = {});

// Micro-majors matching the query, newest change first (updated_at, then id, descending).
std::vector<MicroMajor> micro_majors(Database& database, const MicroMajorQuery& query);

// How many rows micro_majors() would return without limit and offset.
std::size_t micro_major_count(Database& database, const MicroMajorQuery& query);

// One micro-major, whatever its status, if it exists.
std::optional<MicroMajor> micro_major_by_id(Database& database, const std::string& id);

}  // namespace woshou::sql
