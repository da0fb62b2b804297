// Who may move a micro-major proposal, and from which status
// (docs/micro-majors.md, "Proposals").
#include <fmt/format.h>
#include <soci/soci.h>

#include "micro_major_detail.hpp"
#include "woshou/sql/accounts.hpp"

namespace woshou::sql {

namespace {

struct ActionName {
    MicroMajorAction action;
    const char* name;
};

constexpr ActionName kActions[] = {
    {MicroMajorAction::edit, "edit"},         {MicroMajorAction::submit, "submit"},
    {MicroMajorAction::withdraw, "withdraw"}, {MicroMajorAction::approve, "approve"},
    {MicroMajorAction::reject, "reject"},     {MicroMajorAction::publish, "publish"},
};

}  // namespace

std::optional<MicroMajorAction> parse_micro_major_action(const std::string& name) {
    for (const auto& entry : kActions)
        if (name == entry.name && entry.action != MicroMajorAction::edit) return entry.action;
    return std::nullopt;
}

const char* to_string(MicroMajorAction action) {
    for (const auto& entry : kActions)
        if (entry.action == action) return entry.name;
    return "?";
}

namespace detail {

Actor load_actor(soci::session& s, const std::string& id) {
    Actor actor;
    actor.id = id;
    s << "SELECT role, COALESCE(university_id, '') FROM organisation WHERE id = :id", soci::use(id),
        soci::into(actor.role), soci::into(actor.university_id);
    if (!s.got_data()) throw SqlError("not_found", fmt::format("organisation '{}' not found", id));
    return actor;
}

MicroMajorState load_state(soci::session& s, const std::string& id) {
    MicroMajorState state;
    state.id = id;
    std::string creator;
    s << "SELECT status, university_id, created_by FROM micro_major WHERE id = :id", soci::use(id),
        soci::into(state.status), soci::into(state.university_id), soci::into(creator);
    if (!s.got_data()) throw SqlError("not_found", fmt::format("micro-major '{}' not found", id));
    state.creator = load_actor(s, creator);
    return state;
}

void check_permission(const MicroMajorState& state, const Actor& actor, MicroMajorAction action) {
    const char* verb = to_string(action);
    const bool admin = actor.role == kRoleAdmin;
    const bool creator = actor.id == state.creator.id;
    const bool university = actor.role == kRoleUniversity && actor.university_id == state.university_id;
    switch (action) {
        case MicroMajorAction::edit:
        case MicroMajorAction::submit:
        case MicroMajorAction::withdraw:
            if (creator || admin) return;
            throw SqlError("forbidden", fmt::format("organisation '{}' may not {} micro-major '{}': only its creator "
                                                    "'{}' or an admin may",
                                                    actor.id, verb, state.id, state.creator.id));
        case MicroMajorAction::approve:
        case MicroMajorAction::reject: {
            if (admin) return;
            // A university speaks as one body: any of its organisations
            // reviewing what one of them proposed would be self-review.
            const bool own_side = creator || (state.creator.role == kRoleUniversity &&
                                              state.creator.university_id == state.university_id);
            if (university && !own_side) return;
            if (university)
                throw SqlError("forbidden", fmt::format("organisation '{}' may not {} micro-major '{}': it was "
                                                        "proposed by its own side ('{}' of university '{}'), and a "
                                                        "proposal is never reviewed by its proposer; an admin reviews it",
                                                        actor.id, verb, state.id, state.creator.id,
                                                        state.university_id));
            throw SqlError("forbidden", fmt::format("organisation '{}' ({}) may not {} micro-major '{}': only an admin "
                                                    "or university '{}' reviews it",
                                                    actor.id, actor.role, verb, state.id, state.university_id));
        }
        case MicroMajorAction::publish:
            if (creator || university || admin) return;
            throw SqlError("forbidden", fmt::format("organisation '{}' may not publish micro-major '{}': only its "
                                                    "creator '{}', university '{}' or an admin may",
                                                    actor.id, state.id, state.creator.id, state.university_id));
    }
}

void check_status(const MicroMajorState& state, MicroMajorAction action) {
    const std::string& s = state.status;
    const char* needs = "";
    bool ok = false;
    switch (action) {
        case MicroMajorAction::edit:
            ok = s == "draft" || s == "rejected";
            needs = "draft or rejected";
            break;
        case MicroMajorAction::submit:
            ok = s == "draft";
            needs = "draft";
            break;
        case MicroMajorAction::withdraw:
        case MicroMajorAction::approve:
        case MicroMajorAction::reject:
            ok = s == "submitted";
            needs = "submitted";
            break;
        case MicroMajorAction::publish:
            ok = s == "approved";
            needs = "approved";
            break;
    }
    if (!ok)
        throw SqlError("conflict", fmt::format("micro-major '{}' is {}: cannot {} it ({} needs status {})", state.id, s,
                                               to_string(action), to_string(action), needs));
}

}  // namespace detail

}  // namespace woshou::sql
