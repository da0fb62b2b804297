// Pieces shared by the micro-major writers (micro_major_store.cpp) and the
// workflow (micro_major_workflow.cpp): who is acting, the stored row's
// workflow fields, and writing a proposal's lists.
#pragma once

#include <string>

#include "woshou/sql/micro_major_store.hpp"

namespace soci {
class session;
}

namespace woshou::sql::detail {

// An organisation as far as the workflow cares.
struct Actor {
    std::string id;
    std::string role;
    std::string university_id;  // empty unless role == university
};

// The organisation `id`; throws SqlError "not_found".
Actor load_actor(soci::session& session, const std::string& id);

// What the workflow reads of a stored micro-major.
struct MicroMajorState {
    std::string id;
    std::string status;
    std::string university_id;
    Actor creator;
};

// The micro-major `id` with its creator; throws SqlError "not_found".
MicroMajorState load_state(soci::session& session, const std::string& id);

// Throws SqlError "forbidden" unless `actor` may apply `action` to `state`.
void check_permission(const MicroMajorState& state, const Actor& actor, MicroMajorAction action);

// Throws SqlError "conflict" unless `action` is allowed in state.status.
void check_status(const MicroMajorState& state, MicroMajorAction action);

// Checks the fields that need no database (text, list sizes, duplicates);
// throws SqlError "invalid" naming the field.
void check_content_shape(const MicroMajorContent& content);

// Checks every reference of `content` (within the caller's transaction) and
// returns the base majors' university; throws SqlError "invalid" naming the field.
std::string check_content_references(soci::session& session, const MicroMajorContent& content);

// Replaces the base majors, courses, target skills and sponsors of `id`.
void write_lists(soci::session& session, const std::string& id, const MicroMajorContent& content);

// True when `text` holds nothing but white space.
bool blank(const std::string& text);

}  // namespace woshou::sql::detail
