#include "support/micro_major_world.hpp"

#include "support/sample_dataset.hpp"
#include "woshou/sql/accounts.hpp"

namespace woshou::sql::test {

void prepare_micro_majors(Database& db) {
    db.upsert(sample_dataset());
    Accounts accounts(db);
    accounts.add_organisation({kPlanner, "市教委", kRolePlanner, "", "", ""});
    accounts.add_organisation({kOtherPlanner, "人社局", kRolePlanner, "", "", ""});
    accounts.add_organisation({kTju, "天津大学教务处", kRoleUniversity, "", "tju", ""});
    accounts.add_organisation({kTjuOther, "天津大学智能学院", kRoleUniversity, "", "tju", ""});
    accounts.add_organisation({kNku, "南开大学教务处", kRoleUniversity, "", "nku", ""});
    accounts.add_organisation({kAdmin, "platform", kRoleAdmin, "", "", ""});
    accounts.add_organisation({kEmployer, "E1 HR", kRoleEmployer, "e1", "", ""});
}

MicroMajorContent valid_content() {
    MicroMajorContent c;
    c.name = "智能制造数据分析微专业";
    c.description = "面向滨海新区制造企业\n三门课程";
    c.base_majors = {"tju-080901", "tju-080910T"};
    c.courses = {"tju-CS201", "LIS 3781", "tju-CS101"};
    c.target_skills = {"S1"};
    c.sponsors = {"e1"};
    return c;
}

std::string micro_major_in(Database& db, const std::string& status, const std::string& creator,
                           const std::string& id) {
    const std::string made = create_micro_major(db, valid_content(), creator, id);
    if (status == "draft") return made;
    transition_micro_major(db, made, MicroMajorAction::submit, creator);
    if (status == "submitted") return made;
    if (status == "rejected") {
        transition_micro_major(db, made, MicroMajorAction::reject, kAdmin, "课程太少");
        return made;
    }
    transition_micro_major(db, made, MicroMajorAction::approve, kAdmin);
    if (status == "approved") return made;
    transition_micro_major(db, made, MicroMajorAction::publish, creator);
    return made;
}

std::string status_of(Database& db, const std::string& id) {
    auto m = micro_major_by_id(db, id);
    return m ? m->status : "(none)";
}

}  // namespace woshou::sql::test
