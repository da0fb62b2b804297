// What an upsert writes: for each imported entity its table, its columns (key
// columns first) and how one model row fills them. Both bulk writers
// (bulk_sqlite.cpp, bulk_postgresql.cpp) read these, so the two backends can
// never disagree on a column.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "woshou/graph/model.hpp"
#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {

// TableOf<Row>: name, columns, keys (the first `keys` columns are the primary
// key) and fields(row, sink), which hands the row's values to the sink in
// column order. A sink has text(string_view), joined(vector<string>) (stored
// newline-joined, see 0001_initial.sql), real(double), integer(long long) and
// null().
template <class Row>
struct TableOf;

template <>
struct TableOf<model::University> {
    static constexpr std::string_view name = "university";
    static constexpr std::array<std::string_view, 4> columns{"id", "name", "name_en", "region"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::University& r, Sink& s) {
        s.text(r.id); s.text(r.name); s.text(r.name_en); s.text(r.region);
    }
};

template <>
struct TableOf<model::Major> {
    static constexpr std::string_view name = "major";
    static constexpr std::array<std::string_view, 6> columns{"id",   "university_id", "code",
                                                             "name", "name_en",       "degree_level"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Major& r, Sink& s) {
        s.text(r.id); s.text(r.university_id); s.text(r.code); s.text(r.name); s.text(r.name_en);
            s.text(r.degree_level);
    }
};

template <>
struct TableOf<model::Course> {
    static constexpr std::string_view name = "course";
    static constexpr std::array<std::string_view, 9> columns{
        "id", "university_id", "code", "name", "name_en", "credits", "hours", "category", "description"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Course& r, Sink& s) {
        s.text(r.id); s.text(r.university_id); s.text(r.code); s.text(r.name); s.text(r.name_en);
        s.real(r.credits);
        if (r.hours) s.integer(*r.hours);
        else s.null();
        s.text(r.category); s.text(r.description);
    }
};

template <>
struct TableOf<model::TrainingPlan> {
    static constexpr std::string_view name = "training_plan";
    static constexpr std::array<std::string_view, 4> columns{"id", "major_id", "cohort_year", "version"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::TrainingPlan& r, Sink& s) {
        s.text(r.id); s.text(r.major_id); s.integer(r.cohort_year); s.text(r.version);
    }
};

template <>
struct TableOf<model::PlanCourse> {
    static constexpr std::string_view name = "plan_course";
    static constexpr std::array<std::string_view, 4> columns{"plan_id", "course_id", "semester", "required"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::PlanCourse& r, Sink& s) {
        s.text(r.plan_id); s.text(r.course_id); s.integer(r.semester); s.integer(r.required ? 1 : 0);
    }
};

template <>
struct TableOf<model::Prerequisite> {
    static constexpr std::string_view name = "course_prerequisite";
    static constexpr std::array<std::string_view, 2> columns{"course_id", "prerequisite_id"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::Prerequisite& r, Sink& s) {
        s.text(r.course_id); s.text(r.prerequisite_id);
    }
};

template <>
struct TableOf<model::Skill> {
    static constexpr std::string_view name = "skill";
    static constexpr std::array<std::string_view, 6> columns{"id",         "label",      "label_en",
                                                             "alt_labels", "skill_type", "source"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Skill& r, Sink& s) {
        s.text(r.id); s.text(r.label); s.text(r.label_en); s.joined(r.alt_labels); s.text(r.type);
            s.text(r.source);
    }
};

template <>
struct TableOf<model::SkillBroader> {
    static constexpr std::string_view name = "skill_broader";
    static constexpr std::array<std::string_view, 2> columns{"skill_id", "broader_id"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::SkillBroader& r, Sink& s) {
        s.text(r.skill_id); s.text(r.broader_id);
    }
};

template <>
struct TableOf<model::CourseSkill> {
    static constexpr std::string_view name = "course_skill";
    static constexpr std::array<std::string_view, 3> columns{"course_id", "skill_id", "weight"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::CourseSkill& r, Sink& s) {
        s.text(r.course_id); s.text(r.skill_id); s.real(r.weight);
    }
};

template <>
struct TableOf<model::Occupation> {
    static constexpr std::string_view name = "occupation";
    static constexpr std::array<std::string_view, 3> columns{"id", "label", "label_en"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Occupation& r, Sink& s) {
        s.text(r.id); s.text(r.label); s.text(r.label_en);
    }
};

template <>
struct TableOf<model::OccupationSkill> {
    static constexpr std::string_view name = "occupation_skill";
    static constexpr std::array<std::string_view, 3> columns{"occupation_id", "skill_id", "essential"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::OccupationSkill& r, Sink& s) {
        s.text(r.occupation_id); s.text(r.skill_id); s.integer(r.essential ? 1 : 0);
    }
};

template <>
struct TableOf<model::Employer> {
    static constexpr std::string_view name = "employer";
    static constexpr std::array<std::string_view, 4> columns{"id", "name", "industry", "region"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Employer& r, Sink& s) {
        s.text(r.id); s.text(r.name); s.text(r.industry); s.text(r.region);
    }
};

template <>
struct TableOf<model::Demand> {
    static constexpr std::string_view name = "demand";
    static constexpr std::array<std::string_view, 7> columns{"id",        "employer_id", "title",    "occupation_id",
                                                             "headcount", "region",      "posted_on"};
    static constexpr std::size_t keys = 1;
    template <class Sink>
    static void fields(const model::Demand& r, Sink& s) {
        s.text(r.id); s.text(r.employer_id); s.text(r.title);
        // The model's "no occupation" is empty; the column is NULL so the FK holds.
        if (r.occupation_id.empty()) s.null();
        else s.text(r.occupation_id);
        s.integer(r.headcount); s.text(r.region); s.text(r.posted_on);
    }
};

template <>
struct TableOf<model::DemandSkill> {
    static constexpr std::string_view name = "demand_skill";
    static constexpr std::array<std::string_view, 3> columns{"demand_id", "skill_id", "importance"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::DemandSkill& r, Sink& s) {
        s.text(r.demand_id); s.text(r.skill_id); s.real(r.importance);
    }
};

template <>
struct TableOf<model::Outcome> {
    static constexpr std::string_view name = "outcome";
    static constexpr std::array<std::string_view, 4> columns{"major_id", "year", "graduates", "placed"};
    static constexpr std::size_t keys = 2;
    template <class Sink>
    static void fields(const model::Outcome& r, Sink& s) {
        s.text(r.major_id); s.integer(r.year); s.integer(r.graduates); s.integer(r.placed);
    }
};

// Calls write(rows) for every imported entity, parents before children so
// every foreign key finds its row; asks `ready` (when given) before each.
template <class Writer>
void write_every_table(Writer& writer, const model::Dataset& d, const TableReadyFn& ready) {
    const auto write = [&](const auto& rows) {
        if (ready) {
            ready(&rows);
            writer.expect(rows.size());  // the total grows as tables are read
        }
        writer.write(rows);
    };
    write(d.universities);
    write(d.majors);
    write(d.courses);
    write(d.plans);
    write(d.plan_courses);
    write(d.prerequisites);
    write(d.skills);
    write(d.skill_broaders);
    write(d.course_skills);
    write(d.occupations);
    write(d.occupation_skills);
    write(d.employers);
    write(d.demands);
    write(d.demand_skills);
    write(d.outcomes);
}

// "c1, c2, ..." of a column list.
template <class Columns>
std::string column_list(const Columns& columns) {
    std::string out;
    for (std::string_view c : columns) {
        if (!out.empty()) out += ", ";
        out += c;
    }
    return out;
}

// "ON CONFLICT (keys) DO UPDATE SET every other column = excluded.column
// WHERE one of them differs", or DO NOTHING for a table of keys only. The
// WHERE makes re-importing unchanged rows a lookup instead of a rewrite (a new
// row version in PostgreSQL); the stored result is the same. Both SQLite
// (>= 3.39 for IS DISTINCT FROM) and PostgreSQL (>= 9.5) accept this form.
template <class Columns>
std::string on_conflict_clause(std::string_view table, const Columns& columns, std::size_t key_count) {
    std::string keys, updates, differs;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string c(columns[i]);
        if (i < key_count) {
            keys += (i ? ", " : "") + c;
        } else {
            updates += (updates.empty() ? "" : ", ") + c + " = excluded." + c;
            differs += (differs.empty() ? "" : " OR ") + std::string(table) + "." + c + " IS DISTINCT FROM excluded." + c;
        }
    }
    if (updates.empty()) return " ON CONFLICT (" + keys + ") DO NOTHING";
    return " ON CONFLICT (" + keys + ") DO UPDATE SET " + updates + " WHERE " + differs;
}

// A bulk writer sets a table's per-row checks aside (SQLite: secondary
// indexes; PostgreSQL: foreign keys) and redoes them once over the whole table
// when it writes at least kSetAsideMinRows rows and at least a
// 1/kSetAsideMinFraction of what the table already holds: then one pass over
// the table costs less than the per-row work it replaces.
inline constexpr std::size_t kSetAsideMinRows = 10'000;
inline constexpr std::size_t kSetAsideMinFraction = 4;

// Counts rows across tables and reports progress to the caller's ProgressFn.
class WriteProgress {
public:
    WriteProgress(const ProgressFn& report, std::size_t total) : report_(report), total_(total) {}
    // `rows` more to write than the total given so far.
    void expect(std::size_t rows) { total_ += rows; }
    void advance(std::size_t rows) {
        if (rows == 0) return;
        done_ += rows;
        if (report_) report_(done_, total_);
    }

private:
    const ProgressFn& report_;
    std::size_t total_;
    std::size_t done_ = 0;
};

}  // namespace woshou::sql::detail
