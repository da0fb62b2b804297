// Reading micro-major proposals, of every status (woshou/sql/micro_major_store.hpp).
#include <fmt/format.h>
#include <soci/soci.h>

#include <algorithm>

#include "errors.hpp"
#include "woshou/sql/micro_major_store.hpp"

namespace woshou::sql {

namespace {

// The fixed filter of MicroMajorQuery: each field bound twice, so the
// statement text never changes with the filters (an empty field matches all).
constexpr const char* kFilter =
    "(CAST(:s1 AS TEXT) = '' OR m.status = :s2) AND (CAST(:u1 AS TEXT) = '' OR m.university_id = :u2) "
    "AND (CAST(:j1 AS TEXT) = '' OR EXISTS (SELECT 1 FROM micro_major_major b WHERE b.micro_major_id = m.id "
    "AND b.major_id = :j2)) AND (CAST(:v1 AS TEXT) = '' OR m.status = 'published' OR m.university_id = :v2)";

constexpr const char* kColumns =
    "m.id, m.name, m.description, m.university_id, m.status, m.created_by, m.created_at, m.updated_at, "
    "m.submitted_at, COALESCE(m.reviewed_by, ''), m.reviewed_at, m.review_comment, m.published_at";

std::optional<std::string> optional_text(const std::string& value, soci::indicator indicator) {
    return indicator == soci::i_null ? std::nullopt : std::optional<std::string>(value);
}

// One list of a micro-major in its given order.
std::vector<std::string> list_of(soci::session& s, const char* table, const char* column, const std::string& id) {
    std::vector<std::string> out;
    std::string value;
    soci::statement st = (s.prepare << fmt::format("SELECT {} FROM {} WHERE micro_major_id = :id ORDER BY ordinal",
                                                   column, table),
                          soci::use(id), soci::into(value));
    st.execute();
    while (st.fetch()) out.push_back(value);
    return out;
}

// Reads the rows selected by `tail` (a WHERE ... clause whose parameters
// `bind` binds), then their lists.
template <class Bind>
std::vector<MicroMajor> select_micro_majors(soci::session& s, const std::string& tail, Bind bind) {
    std::vector<MicroMajor> rows;
    MicroMajor m;
    std::string submitted_at, reviewed_at, published_at;
    soci::indicator submitted_ind = soci::i_null, reviewed_ind = soci::i_null, published_ind = soci::i_null;
    soci::statement st =
        bind(s.prepare << fmt::format("SELECT {} FROM micro_major m {}", kColumns, tail), soci::into(m.id),
             soci::into(m.name), soci::into(m.description), soci::into(m.university_id), soci::into(m.status),
             soci::into(m.created_by), soci::into(m.created_at), soci::into(m.updated_at),
             soci::into(submitted_at, submitted_ind), soci::into(m.reviewed_by), soci::into(reviewed_at, reviewed_ind),
             soci::into(m.review_comment), soci::into(published_at, published_ind));
    st.execute();
    while (st.fetch()) {
        m.submitted_at = optional_text(submitted_at, submitted_ind);
        m.reviewed_at = optional_text(reviewed_at, reviewed_ind);
        m.published_at = optional_text(published_at, published_ind);
        rows.push_back(m);
    }
    // A few small queries per row: pages hold at most a few hundred rows, and
    // the statement texts stay fixed on both backends.
    for (auto& row : rows) {
        row.base_majors = list_of(s, "micro_major_major", "major_id", row.id);
        row.courses = list_of(s, "micro_major_course", "course_id", row.id);
        row.target_skills = list_of(s, "micro_major_skill", "skill_id", row.id);
        row.sponsors = list_of(s, "micro_major_sponsor", "employer_id", row.id);
    }
    return rows;
}

}  // namespace

std::vector<MicroMajor> micro_majors(Database& database, const MicroMajorQuery& q) {
    const long long limit = static_cast<long long>(std::min<std::size_t>(q.limit, 100000));
    const long long offset = static_cast<long long>(q.offset);
    try {
        return select_micro_majors(
            database.session(),
            fmt::format("WHERE {} ORDER BY m.updated_at DESC, m.id DESC LIMIT :limit OFFSET :offset", kFilter),
            [&](auto&& prepared, auto&&... into) {
                auto& p = (prepared, soci::use(q.status), soci::use(q.status), soci::use(q.university_id),
                           soci::use(q.university_id), soci::use(q.major_id), soci::use(q.major_id),
                           soci::use(q.viewer_university), soci::use(q.viewer_university), soci::use(limit),
                           soci::use(offset));
                return (p, ..., into);
            });
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read micro-majors");
    }
}

std::size_t micro_major_count(Database& database, const MicroMajorQuery& q) {
    long long count = 0;
    try {
        database.session() << fmt::format("SELECT COUNT(*) FROM micro_major m WHERE {}", kFilter),
            soci::use(q.status), soci::use(q.status), soci::use(q.university_id), soci::use(q.university_id),
            soci::use(q.major_id), soci::use(q.major_id), soci::use(q.viewer_university),
            soci::use(q.viewer_university), soci::into(count);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot count micro-majors");
    }
    return static_cast<std::size_t>(count);
}

std::optional<MicroMajor> micro_major_by_id(Database& database, const std::string& id) {
    try {
        auto rows = select_micro_majors(database.session(), "WHERE m.id = :id", [&](auto&& prepared, auto&&... into) {
            auto& p = (prepared, soci::use(id));
            return (p, ..., into);
        });
        if (rows.empty()) return std::nullopt;
        return rows.front();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read micro-major " + id);
    }
}

}  // namespace woshou::sql
