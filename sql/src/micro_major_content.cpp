// Checking and writing what a micro-major proposal says: name, description
// and its four lists (micro_major_detail.hpp).
#include <fmt/format.h>
#include <soci/soci.h>

#include <map>

#include "micro_major_detail.hpp"
#include "write_support.hpp"

namespace woshou::sql::detail {

namespace {

// Refuses an id listed twice, naming both positions: a duplicate is almost
// always a mistake in the proposal, so it is not silently collapsed.
void check_distinct(const std::string& field, const char* entity, const std::vector<std::string>& ids) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto [it, inserted] = first.emplace(ids[i], i);
        if (!inserted)
            throw SqlError("invalid", fmt::format("{}[{}]: {} '{}' is listed twice (also {}[{}])", field, i, entity,
                                                  ids[i], field, it->second));
    }
}

void check_size(const std::string& field, const std::vector<std::string>& ids, std::size_t min, std::size_t max) {
    if (ids.size() < min || ids.size() > max) {
        if (min == 0)
            throw SqlError("invalid", fmt::format("{} must list at most {} entries, got {}", field, max, ids.size()));
        throw SqlError("invalid",
                       fmt::format("{} must list between {} and {} entries, got {}", field, min, max, ids.size()));
    }
}

void check_rows(soci::session& s, const std::string& field, const char* table, const char* entity,
                const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i].empty() || !row_exists(s, table, ids[i]))
            throw SqlError("invalid", fmt::format("{}[{}]: unknown {} '{}'", field, i, entity, ids[i]));
}

void insert_list(soci::session& s, const char* table, const char* column, const std::string& id,
                 const std::vector<std::string>& ids) {
    const std::string sql = fmt::format("INSERT INTO {} (micro_major_id, {}, ordinal) VALUES (:id, :ref, :ordinal)",
                                        table, column);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int ordinal = static_cast<int>(i) + 1;
        s << sql, soci::use(id), soci::use(ids[i]), soci::use(ordinal);
    }
}

}  // namespace

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

void check_content_shape(const MicroMajorContent& c) {
    if (blank(c.name)) throw SqlError("invalid", "name must not be empty");
    check_text("name", c.name, kMicroMajorNameLimit, false);
    check_text("description", c.description, kMicroMajorDescriptionLimit, true);
    if (c.base_majors.empty()) throw SqlError("invalid", "base_majors must name at least one major");
    check_size("base_majors", c.base_majors, 1, kMicroMajorListLimit);
    check_size("courses", c.courses, 1, kMicroMajorCourseLimit);
    check_size("target_skills", c.target_skills, 0, kMicroMajorListLimit);
    check_size("sponsors", c.sponsors, 0, kMicroMajorListLimit);
    check_distinct("base_majors", "major", c.base_majors);
    check_distinct("courses", "course", c.courses);
    check_distinct("target_skills", "skill", c.target_skills);
    check_distinct("sponsors", "employer", c.sponsors);
}

std::string check_content_references(soci::session& s, const MicroMajorContent& c) {
    std::string university;
    for (std::size_t i = 0; i < c.base_majors.size(); ++i) {
        std::string of;
        s << "SELECT university_id FROM major WHERE id = :id", soci::use(c.base_majors[i]), soci::into(of);
        if (!s.got_data())
            throw SqlError("invalid", fmt::format("base_majors[{}]: unknown major '{}'", i, c.base_majors[i]));
        if (i == 0) university = of;
        else if (of != university)
            throw SqlError("invalid", fmt::format("base_majors[{}]: major '{}' belongs to university '{}', but "
                                                  "base_majors[0] '{}' to '{}'; all base majors must share one "
                                                  "university",
                                                  i, c.base_majors[i], of, c.base_majors[0], university));
    }
    // Courses may come from any university: a micro-major may draw on the city's pool.
    check_rows(s, "courses", "course", "course", c.courses);
    check_rows(s, "target_skills", "skill", "skill", c.target_skills);
    check_rows(s, "sponsors", "employer", "employer", c.sponsors);
    return university;
}

void write_lists(soci::session& s, const std::string& id, const MicroMajorContent& c) {
    for (const char* table : {"micro_major_major", "micro_major_course", "micro_major_skill", "micro_major_sponsor"})
        s << fmt::format("DELETE FROM {} WHERE micro_major_id = :id", table), soci::use(id);
    insert_list(s, "micro_major_major", "major_id", id, c.base_majors);
    insert_list(s, "micro_major_course", "course_id", id, c.courses);
    insert_list(s, "micro_major_skill", "skill_id", id, c.target_skills);
    insert_list(s, "micro_major_sponsor", "employer_id", id, c.sponsors);
}

}  // namespace woshou::sql::detail
