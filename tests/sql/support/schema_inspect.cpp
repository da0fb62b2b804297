#include "support/schema_inspect.hpp"

#include <algorithm>

namespace woshou::sql::test {

namespace {

const char* kSqliteColumns =
    "SELECT m.name || '.' || p.name || ' ' || lower(p.type) || "
    "CASE WHEN p.\"notnull\" = 1 THEN ' not null' ELSE ' null' END || ' pk=' || p.pk "
    "FROM sqlite_master m JOIN pragma_table_info(m.name) p "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";

// Primary key position per column from the standard key_column_usage view.
const char* kPostgresqlColumns =
    "SELECT CAST(c.table_name AS TEXT) || '.' || CAST(c.column_name AS TEXT) || ' ' || "
    "CAST(c.data_type AS TEXT) || "
    "CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE ' null' END || ' pk=' || "
    "COALESCE((SELECT CAST(k.ordinal_position AS INTEGER) "
    "  FROM information_schema.table_constraints t "
    "  JOIN information_schema.key_column_usage k "
    "    ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema "
    "   AND k.table_name = t.table_name "
    "  WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema "
    "    AND t.table_name = c.table_name AND k.column_name = c.column_name), 0) "
    "FROM information_schema.columns c WHERE c.table_schema = current_schema()";

}  // namespace

std::vector<std::string> schema_columns(soci::session& session, const std::string& backend) {
    std::vector<std::string> lines;
    std::vector<std::string> batch(1000);
    soci::statement st =
        (session.prepare << (backend == "sqlite" ? kSqliteColumns : kPostgresqlColumns), soci::into(batch));
    st.execute();
    while (st.fetch()) {
        lines.insert(lines.end(), batch.begin(), batch.end());
        batch.resize(1000);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> schema_tables(soci::session& session, const std::string& backend) {
    std::vector<std::string> tables;
    for (const auto& line : schema_columns(session, backend))
        tables.push_back(line.substr(0, line.find('.')));
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    return tables;
}

const std::vector<std::string>& expected_tables() {
    static const std::vector<std::string> tables = {
        "api_token",      "audit_log",
        "course",         "course_prerequisite",
        "course_skill",   "demand",
        "demand_skill",   "employer",
        "feedback",       "feedback_skill",
        "major",          "meta",
        "micro_major",    "micro_major_course",
        "micro_major_major", "micro_major_skill",
        "micro_major_sponsor",
        "occupation",     "occupation_skill",
        "organisation",   "outcome",
        "plan_course",    "schema_version",
        "skill",          "skill_broader",
        "training_plan",  "university",
    };
    return tables;
}

}  // namespace woshou::sql::test
