// Writing a Dataset with prepared INSERT ... ON CONFLICT statements and SOCI
// bulk binding (one execute per batch of rows).
#include <fmt/format.h>

#include <algorithm>

#include "database_impl.hpp"
#include "errors.hpp"

namespace woshou::sql::detail {

namespace {

// Rows per bulk execute: amortises SOCI's per-execute cost without large buffers.
constexpr std::size_t kWriteBatch = 2048;

using Strings = std::vector<std::string>;
using Ints = std::vector<int>;
using Doubles = std::vector<double>;
using Indicators = std::vector<soci::indicator>;

// INSERT ... ON CONFLICT (keys) DO UPDATE SET every other column, a form both
// SQLite (>= 3.24) and PostgreSQL (>= 9.5) accept. The first `key_count`
// columns are the primary key; a table of keys only has nothing to update.
std::string upsert_sql(const std::string& table, const std::vector<std::string>& columns,
                       std::size_t key_count) {
    std::string names, placeholders, keys, updates;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string& c = columns[i];
        names += (i ? ", " : "") + c;
        placeholders += (i ? ", :" : ":") + c;
        if (i < key_count) {
            keys += (i ? ", " : "") + c;
        } else {
            updates += (updates.empty() ? "" : ", ") + c + " = excluded." + c;
        }
    }
    std::string sql =
        fmt::format("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) ", table, names, placeholders, keys);
    return sql + (updates.empty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
}

// Counts rows across tables and reports progress after every batch.
class Progress {
public:
    Progress(const ProgressFn& report, std::size_t total) : report_(report), total_(total) {}
    void advance(std::size_t rows) {
        done_ += rows;
        if (report_) report_(done_, total_);
    }

private:
    const ProgressFn& report_;
    std::size_t total_;
    std::size_t done_ = 0;
};

// Writes `rows` into `table` in batches: `fill(row)` appends one row to the
// column vectors, `clear()` empties them, `prepare()` binds them into a new
// statement. The statement is prepared per batch, after the vectors are
// filled, because SOCI 4.0's PostgreSQL backend fixes a bulk vector's size
// (and its text buffers) when binding: re-executing one statement with
// refilled vectors sends stale rows or crashes.
template <class Row, class Prepare, class Fill, class Clear>
void write_batches(const std::string& table, const std::vector<Row>& rows, Prepare prepare, Fill fill,
                   Clear clear, Progress& progress) {
    for (std::size_t first = 0; first < rows.size(); first += kWriteBatch) {
        std::size_t last = std::min(rows.size(), first + kWriteBatch);
        clear();
        for (std::size_t i = first; i < last; ++i) fill(rows[i]);
        try {
            soci::statement statement = prepare();
            statement.execute(true);
        } catch (const soci::soci_error& e) {
            throw_sql_error(e, fmt::format("upsert failed writing table {} (rows {}..{} of {})", table,
                                           first + 1, last, rows.size()));
        }
        progress.advance(last - first);
    }
}

// Prepares the upsert for `table`, binding one vector per column, in column order.
template <class... Columns>
soci::statement prepare_upsert(soci::session& s, const std::string& table,
                               const std::vector<std::string>& columns, std::size_t key_count,
                               Columns&&... bound) {
    return (s.prepare << upsert_sql(table, columns, key_count), ..., std::forward<Columns>(bound));
}

template <class... Vectors>
auto clear_all(Vectors&... vectors) {
    return [&vectors...] { (vectors.clear(), ...); };
}

std::string join_lines(const std::vector<std::string>& parts) {
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) joined += (i ? "\n" : "") + parts[i];
    return joined;
}

// Each write_* function below binds one vector per column and writes in
// batches. Empty tables are skipped: SOCI rejects binding empty vectors.

void write_universities(soci::session& s, const std::vector<model::University>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, name, name_en, region;
    auto prepare = [&] {
        return prepare_upsert(s, "university", {"id", "name", "name_en", "region"}, 1, soci::use(id),
                              soci::use(name), soci::use(name_en), soci::use(region));
    };
    write_batches(
        "university", rows, prepare,
        [&](const model::University& r) {
            id.push_back(r.id);
            name.push_back(r.name);
            name_en.push_back(r.name_en);
            region.push_back(r.region);
        },
        clear_all(id, name, name_en, region), p);
}

void write_majors(soci::session& s, const std::vector<model::Major>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, university_id, code, name, name_en, degree_level;
    auto prepare = [&] {
        return prepare_upsert(s, "major", {"id", "university_id", "code", "name", "name_en", "degree_level"},
                              1, soci::use(id), soci::use(university_id), soci::use(code), soci::use(name),
                              soci::use(name_en), soci::use(degree_level));
    };
    write_batches(
        "major", rows, prepare,
        [&](const model::Major& r) {
            id.push_back(r.id);
            university_id.push_back(r.university_id);
            code.push_back(r.code);
            name.push_back(r.name);
            name_en.push_back(r.name_en);
            degree_level.push_back(r.degree_level);
        },
        clear_all(id, university_id, code, name, name_en, degree_level), p);
}

void write_courses(soci::session& s, const std::vector<model::Course>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, university_id, code, name, name_en, category, description;
    Doubles credits;
    Ints hours;
    Indicators hours_ind;
    auto prepare = [&] {
        return prepare_upsert(
            s, "course",
            {"id", "university_id", "code", "name", "name_en", "credits", "hours", "category", "description"},
            1, soci::use(id), soci::use(university_id), soci::use(code), soci::use(name), soci::use(name_en),
            soci::use(credits), soci::use(hours, hours_ind), soci::use(category), soci::use(description));
    };
    write_batches(
        "course", rows, prepare,
        [&](const model::Course& r) {
            id.push_back(r.id);
            university_id.push_back(r.university_id);
            code.push_back(r.code);
            name.push_back(r.name);
            name_en.push_back(r.name_en);
            credits.push_back(r.credits);
            hours.push_back(r.hours.value_or(0));
            hours_ind.push_back(r.hours ? soci::i_ok : soci::i_null);
            category.push_back(r.category);
            description.push_back(r.description);
        },
        clear_all(id, university_id, code, name, name_en, credits, hours, hours_ind, category, description),
        p);
}

void write_plans(soci::session& s, const std::vector<model::TrainingPlan>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, major_id, version;
    Ints cohort_year;
    auto prepare = [&] {
        return prepare_upsert(s, "training_plan", {"id", "major_id", "cohort_year", "version"}, 1,
                              soci::use(id), soci::use(major_id), soci::use(cohort_year), soci::use(version));
    };
    write_batches(
        "training_plan", rows, prepare,
        [&](const model::TrainingPlan& r) {
            id.push_back(r.id);
            major_id.push_back(r.major_id);
            cohort_year.push_back(r.cohort_year);
            version.push_back(r.version);
        },
        clear_all(id, major_id, cohort_year, version), p);
}

void write_plan_courses(soci::session& s, const std::vector<model::PlanCourse>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings plan_id, course_id;
    Ints semester, required;
    auto prepare = [&] {
        return prepare_upsert(s, "plan_course", {"plan_id", "course_id", "semester", "required"}, 2,
                              soci::use(plan_id), soci::use(course_id), soci::use(semester),
                              soci::use(required));
    };
    write_batches(
        "plan_course", rows, prepare,
        [&](const model::PlanCourse& r) {
            plan_id.push_back(r.plan_id);
            course_id.push_back(r.course_id);
            semester.push_back(r.semester);
            required.push_back(r.required ? 1 : 0);
        },
        clear_all(plan_id, course_id, semester, required), p);
}

void write_prerequisites(soci::session& s, const std::vector<model::Prerequisite>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings course_id, prerequisite_id;
    auto prepare = [&] {
        return prepare_upsert(s, "course_prerequisite", {"course_id", "prerequisite_id"}, 2,
                              soci::use(course_id), soci::use(prerequisite_id));
    };
    write_batches(
        "course_prerequisite", rows, prepare,
        [&](const model::Prerequisite& r) {
            course_id.push_back(r.course_id);
            prerequisite_id.push_back(r.prerequisite_id);
        },
        clear_all(course_id, prerequisite_id), p);
}

void write_skills(soci::session& s, const std::vector<model::Skill>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, label, label_en, alt_labels, skill_type, source;
    auto prepare = [&] {
        return prepare_upsert(s, "skill", {"id", "label", "label_en", "alt_labels", "skill_type", "source"},
                              1, soci::use(id), soci::use(label), soci::use(label_en), soci::use(alt_labels),
                              soci::use(skill_type), soci::use(source));
    };
    write_batches(
        "skill", rows, prepare,
        [&](const model::Skill& r) {
            id.push_back(r.id);
            label.push_back(r.label);
            label_en.push_back(r.label_en);
            alt_labels.push_back(join_lines(r.alt_labels));
            skill_type.push_back(r.type);
            source.push_back(r.source);
        },
        clear_all(id, label, label_en, alt_labels, skill_type, source), p);
}

void write_skill_broaders(soci::session& s, const std::vector<model::SkillBroader>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings skill_id, broader_id;
    auto prepare = [&] {
        return prepare_upsert(s, "skill_broader", {"skill_id", "broader_id"}, 2, soci::use(skill_id),
                              soci::use(broader_id));
    };
    write_batches(
        "skill_broader", rows, prepare,
        [&](const model::SkillBroader& r) {
            skill_id.push_back(r.skill_id);
            broader_id.push_back(r.broader_id);
        },
        clear_all(skill_id, broader_id), p);
}

void write_course_skills(soci::session& s, const std::vector<model::CourseSkill>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings course_id, skill_id;
    Doubles weight;
    auto prepare = [&] {
        return prepare_upsert(s, "course_skill", {"course_id", "skill_id", "weight"}, 2, soci::use(course_id),
                              soci::use(skill_id), soci::use(weight));
    };
    write_batches(
        "course_skill", rows, prepare,
        [&](const model::CourseSkill& r) {
            course_id.push_back(r.course_id);
            skill_id.push_back(r.skill_id);
            weight.push_back(r.weight);
        },
        clear_all(course_id, skill_id, weight), p);
}

void write_occupations(soci::session& s, const std::vector<model::Occupation>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, label, label_en;
    auto prepare = [&] {
        return prepare_upsert(s, "occupation", {"id", "label", "label_en"}, 1, soci::use(id),
                              soci::use(label), soci::use(label_en));
    };
    write_batches(
        "occupation", rows, prepare,
        [&](const model::Occupation& r) {
            id.push_back(r.id);
            label.push_back(r.label);
            label_en.push_back(r.label_en);
        },
        clear_all(id, label, label_en), p);
}

void write_occupation_skills(soci::session& s, const std::vector<model::OccupationSkill>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings occupation_id, skill_id;
    Ints essential;
    auto prepare = [&] {
        return prepare_upsert(s, "occupation_skill", {"occupation_id", "skill_id", "essential"}, 2,
                              soci::use(occupation_id), soci::use(skill_id), soci::use(essential));
    };
    write_batches(
        "occupation_skill", rows, prepare,
        [&](const model::OccupationSkill& r) {
            occupation_id.push_back(r.occupation_id);
            skill_id.push_back(r.skill_id);
            essential.push_back(r.essential ? 1 : 0);
        },
        clear_all(occupation_id, skill_id, essential), p);
}

void write_employers(soci::session& s, const std::vector<model::Employer>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, name, industry, region;
    auto prepare = [&] {
        return prepare_upsert(s, "employer", {"id", "name", "industry", "region"}, 1, soci::use(id),
                              soci::use(name), soci::use(industry), soci::use(region));
    };
    write_batches(
        "employer", rows, prepare,
        [&](const model::Employer& r) {
            id.push_back(r.id);
            name.push_back(r.name);
            industry.push_back(r.industry);
            region.push_back(r.region);
        },
        clear_all(id, name, industry, region), p);
}

void write_demands(soci::session& s, const std::vector<model::Demand>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings id, employer_id, title, occupation_id, region, posted_on;
    Indicators occupation_ind;
    Ints headcount;
    auto prepare = [&] {
        return prepare_upsert(
            s, "demand", {"id", "employer_id", "title", "occupation_id", "headcount", "region", "posted_on"},
            1, soci::use(id), soci::use(employer_id), soci::use(title),
            soci::use(occupation_id, occupation_ind), soci::use(headcount), soci::use(region),
            soci::use(posted_on));
    };
    write_batches(
        "demand", rows, prepare,
        [&](const model::Demand& r) {
            id.push_back(r.id);
            employer_id.push_back(r.employer_id);
            title.push_back(r.title);
            // The model's "no occupation" is empty; the column is NULL so the FK holds.
            occupation_id.push_back(r.occupation_id);
            occupation_ind.push_back(r.occupation_id.empty() ? soci::i_null : soci::i_ok);
            headcount.push_back(r.headcount);
            region.push_back(r.region);
            posted_on.push_back(r.posted_on);
        },
        clear_all(id, employer_id, title, occupation_id, occupation_ind, headcount, region, posted_on), p);
}

void write_demand_skills(soci::session& s, const std::vector<model::DemandSkill>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings demand_id, skill_id;
    Doubles importance;
    auto prepare = [&] {
        return prepare_upsert(s, "demand_skill", {"demand_id", "skill_id", "importance"}, 2,
                              soci::use(demand_id), soci::use(skill_id), soci::use(importance));
    };
    write_batches(
        "demand_skill", rows, prepare,
        [&](const model::DemandSkill& r) {
            demand_id.push_back(r.demand_id);
            skill_id.push_back(r.skill_id);
            importance.push_back(r.importance);
        },
        clear_all(demand_id, skill_id, importance), p);
}

void write_outcomes(soci::session& s, const std::vector<model::Outcome>& rows, Progress& p) {
    if (rows.empty()) return;
    Strings major_id;
    Ints year, graduates, placed;
    auto prepare = [&] {
        return prepare_upsert(s, "outcome", {"major_id", "year", "graduates", "placed"}, 2,
                              soci::use(major_id), soci::use(year), soci::use(graduates), soci::use(placed));
    };
    write_batches(
        "outcome", rows, prepare,
        [&](const model::Outcome& r) {
            major_id.push_back(r.major_id);
            year.push_back(r.year);
            graduates.push_back(r.graduates);
            placed.push_back(r.placed);
        },
        clear_all(major_id, year, graduates, placed), p);
}

}  // namespace

void write_dataset(soci::session& s, const model::Dataset& rows, const ProgressFn& report) {
    Progress progress(report, rows.row_count());
    // Parents before children, so every foreign key finds its row.
    write_universities(s, rows.universities, progress);
    write_majors(s, rows.majors, progress);
    write_courses(s, rows.courses, progress);
    write_plans(s, rows.plans, progress);
    write_plan_courses(s, rows.plan_courses, progress);
    write_prerequisites(s, rows.prerequisites, progress);
    write_skills(s, rows.skills, progress);
    write_skill_broaders(s, rows.skill_broaders, progress);
    write_course_skills(s, rows.course_skills, progress);
    write_occupations(s, rows.occupations, progress);
    write_occupation_skills(s, rows.occupation_skills, progress);
    write_employers(s, rows.employers, progress);
    write_demands(s, rows.demands, progress);
    write_demand_skills(s, rows.demand_skills, progress);
    write_outcomes(s, rows.outcomes, progress);
    try {
        s << "UPDATE meta SET value = value + 1 WHERE name = 'data_version'";
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, "upsert failed bumping data_version");
    }
}

}  // namespace woshou::sql::detail
