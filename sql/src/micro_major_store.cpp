// Writing micro-major proposals: create, edit and the workflow's transitions
// (woshou/sql/micro_major_store.hpp). Each is one transaction that reads
// (validation, permissions, status) and then writes; a refusal changes nothing.
#include "woshou/sql/micro_major_store.hpp"

#include <fmt/format.h>
#include <soci/soci.h>

#include "errors.hpp"
#include "micro_major_detail.hpp"
#include "woshou/sql/accounts.hpp"
#include "write_support.hpp"

namespace woshou::sql {

namespace {

constexpr std::size_t kIdLimit = 128;

// Runs an UPDATE guarded by "AND status = :from" and refuses when no row
// changed. On SQLite the write lock taken up front already rules out a race;
// on PostgreSQL (read committed) a concurrent transition that committed
// first makes the guard fail here instead of being silently overwritten.
template <class Bind>
void update_guarded(soci::session& s, const detail::MicroMajorState& state, MicroMajorAction action,
                    const std::string& sql, Bind bind) {
    soci::statement st = bind(s.prepare << sql);
    st.execute(true);
    if (st.get_affected_rows() != 1)
        throw SqlError("conflict", fmt::format("micro-major '{}' changed status during this {}; read it again and "
                                               "retry",
                                               state.id, to_string(action)));
}

}  // namespace

std::string create_micro_major(Database& database, const MicroMajorContent& content,
                               const std::string& organisation_id, const std::string& requested_id) {
    if (!requested_id.empty()) detail::check_text("id", requested_id, kIdLimit, false);
    detail::check_content_shape(content);
    const std::string id = requested_id.empty() ? detail::random_hex_id("mm_", 8) : requested_id;
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        const auto actor = detail::load_actor(s, organisation_id);
        if (actor.role != kRolePlanner && actor.role != kRoleUniversity)
            throw SqlError("forbidden", fmt::format("organisation '{}' ({}) may not propose a micro-major: only "
                                                    "planners and universities propose",
                                                    organisation_id, actor.role));
        const std::string university = detail::check_content_references(s, content);
        if (actor.role == kRoleUniversity && actor.university_id != university)
            throw SqlError("forbidden", fmt::format("organisation '{}' speaks for university '{}' and may not propose "
                                                    "a micro-major on base majors of university '{}'",
                                                    organisation_id, actor.university_id, university));
        if (detail::row_exists(s, "micro_major", id))
            throw SqlError("conflict", fmt::format("micro-major '{}' already exists", id));
        const std::string now = detail::utc_now_iso();
        s << "INSERT INTO micro_major (id, name, description, university_id, status, created_by, created_at, "
             "updated_at) VALUES (:id, :name, :description, :university, 'draft', :by, :now, :now2)",
            soci::use(id), soci::use(content.name), soci::use(content.description), soci::use(university),
            soci::use(organisation_id), soci::use(now), soci::use(now);
        detail::write_lists(s, id, content);
        // No data_version bump: a draft reaches no snapshot.
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot create micro-major " + id);
    }
    return id;
}

void update_micro_major(Database& database, const std::string& id, const MicroMajorContent& content,
                        const std::string& organisation_id) {
    detail::check_content_shape(content);
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        const auto state = detail::load_state(s, id);
        const auto actor = detail::load_actor(s, organisation_id);
        detail::check_permission(state, actor, MicroMajorAction::edit);
        detail::check_status(state, MicroMajorAction::edit);
        const std::string university = detail::check_content_references(s, content);
        // An edit (even an admin's) must keep what the proposer was allowed to
        // propose: a university's proposal stays on its own majors.
        if (state.creator.role == kRoleUniversity && state.creator.university_id != university)
            throw SqlError("forbidden", fmt::format("micro-major '{}' was proposed by '{}' for university '{}': its "
                                                    "base majors must stay at '{}', not move to '{}'",
                                                    id, state.creator.id, state.creator.university_id,
                                                    state.creator.university_id, university));
        const std::string now = detail::utc_now_iso();
        update_guarded(s, state, MicroMajorAction::edit,
                       "UPDATE micro_major SET name = :name, description = :description, university_id = :university, "
                       "status = 'draft', updated_at = :now WHERE id = :id AND status = :from",
                       [&](auto&& prepared) {
                           return (prepared, soci::use(content.name), soci::use(content.description),
                                   soci::use(university), soci::use(now), soci::use(id), soci::use(state.status));
                       });
        detail::write_lists(s, id, content);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot update micro-major " + id);
    }
}

void transition_micro_major(Database& database, const std::string& id, MicroMajorAction action,
                            const std::string& organisation_id, const std::string& comment) {
    if (action == MicroMajorAction::edit)
        throw SqlError("invalid", "edit is not a transition: use update_micro_major");
    detail::check_text("comment", comment, kMicroMajorCommentLimit, true);
    const bool review = action == MicroMajorAction::approve || action == MicroMajorAction::reject;
    if (action == MicroMajorAction::reject && detail::blank(comment))
        throw SqlError("invalid", "comment is required to reject: say what the proposer should change");
    if (!review && !comment.empty())
        throw SqlError("invalid", fmt::format("comment is recorded only when approving or rejecting, not to {}",
                                              to_string(action)));
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        const auto state = detail::load_state(s, id);
        const auto actor = detail::load_actor(s, organisation_id);
        detail::check_permission(state, actor, action);
        detail::check_status(state, action);
        const std::string now = detail::utc_now_iso();
        switch (action) {
            case MicroMajorAction::submit:
                update_guarded(s, state, action,
                               "UPDATE micro_major SET status = 'submitted', submitted_at = :now, updated_at = :now2 "
                               "WHERE id = :id AND status = :from",
                               [&](auto&& p) {
                                   return (p, soci::use(now), soci::use(now), soci::use(id), soci::use(state.status));
                               });
                break;
            case MicroMajorAction::withdraw:
                update_guarded(s, state, action,
                               "UPDATE micro_major SET status = 'draft', updated_at = :now WHERE id = :id AND "
                               "status = :from",
                               [&](auto&& p) { return (p, soci::use(now), soci::use(id), soci::use(state.status)); });
                break;
            case MicroMajorAction::approve:
            case MicroMajorAction::reject: {
                const std::string to = action == MicroMajorAction::approve ? "approved" : "rejected";
                update_guarded(s, state, action,
                               "UPDATE micro_major SET status = :to, reviewed_by = :by, reviewed_at = :now, "
                               "review_comment = :comment, updated_at = :now2 WHERE id = :id AND status = :from",
                               [&](auto&& p) {
                                   return (p, soci::use(to), soci::use(organisation_id), soci::use(now),
                                           soci::use(comment), soci::use(now), soci::use(id), soci::use(state.status));
                               });
                break;
            }
            case MicroMajorAction::publish:
                update_guarded(s, state, action,
                               "UPDATE micro_major SET status = 'published', published_at = :now, updated_at = :now2 "
                               "WHERE id = :id AND status = :from",
                               [&](auto&& p) {
                                   return (p, soci::use(now), soci::use(now), soci::use(id), soci::use(state.status));
                               });
                // Published micro-majors are in the snapshot (employers' pages, matching).
                detail::bump_data_version(s);
                break;
            case MicroMajorAction::edit: break;  // refused above
        }
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, fmt::format("cannot {} micro-major {}", to_string(action), id));
    }
}

}  // namespace woshou::sql
