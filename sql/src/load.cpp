// Reading every table into a Dataset with SOCI bulk fetches.
#include <algorithm>
#include <tuple>

#include "database_impl.hpp"

namespace woshou::sql::detail {

namespace {

// Rows per bulk fetch: large enough that SOCI's per-fetch overhead vanishes.
constexpr std::size_t kFetchBatch = 4096;

// Runs `sql`, fetching its columns into `columns` (one vector per selected
// column, in order) kFetchBatch rows at a time and calling on_row(i) for each.
template <class OnRow, class... Columns>
void select_all(soci::session& session, const std::string& sql, OnRow on_row,
                std::vector<Columns>&... columns) {
    (columns.resize(kFetchBatch), ...);
    soci::statement statement = (session.prepare << sql, ..., soci::into(columns));
    statement.execute();
    while (statement.fetch()) {
        std::size_t fetched = std::get<0>(std::tie(columns...)).size();
        for (std::size_t i = 0; i < fetched; ++i) on_row(i);
        (columns.resize(kFetchBatch), ...);
    }
}

// Orders by key in byte order. Done here rather than with ORDER BY because
// PostgreSQL sorts text by the database's locale and SQLite by bytes.
template <class Row, class Key>
void sort_by(std::vector<Row>& rows, Key key) {
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
}

// alt_labels is stored newline-joined; see 0001_initial.sql.
std::vector<std::string> split_lines(const std::string& joined) {
    std::vector<std::string> parts;
    if (joined.empty()) return parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = joined.find('\n', start);
        parts.push_back(joined.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

using Strings = std::vector<std::string>;
using Ints = std::vector<int>;
using Doubles = std::vector<double>;

void load_universities(soci::session& s, std::vector<model::University>& out) {
    Strings id, name, name_en, region;
    select_all(
        s, "SELECT id, name, name_en, region FROM university",
        [&](std::size_t i) {
            out.push_back(
                {std::move(id[i]), std::move(name[i]), std::move(name_en[i]), std::move(region[i])});
        },
        id, name, name_en, region);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_majors(soci::session& s, std::vector<model::Major>& out) {
    Strings id, university_id, code, name, name_en, degree_level;
    select_all(
        s, "SELECT id, university_id, code, name, name_en, degree_level FROM major",
        [&](std::size_t i) {
            out.push_back({std::move(id[i]), std::move(university_id[i]), std::move(code[i]),
                           std::move(name[i]), std::move(name_en[i]), std::move(degree_level[i])});
        },
        id, university_id, code, name, name_en, degree_level);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_courses(soci::session& s, std::vector<model::Course>& out) {
    Strings id, university_id, code, name, name_en, category, description;
    Doubles credits;
    Ints hours;
    // hours has CHECK (hours >= 0), so -1 can stand for NULL without indicators.
    select_all(
        s,
        "SELECT id, university_id, code, name, name_en, credits, COALESCE(hours, -1), category, "
        "description FROM course",
        [&](std::size_t i) {
            model::Course c;
            c.id = std::move(id[i]);
            c.university_id = std::move(university_id[i]);
            c.code = std::move(code[i]);
            c.name = std::move(name[i]);
            c.name_en = std::move(name_en[i]);
            c.credits = credits[i];
            if (hours[i] >= 0) c.hours = hours[i];
            c.category = std::move(category[i]);
            c.description = std::move(description[i]);
            out.push_back(std::move(c));
        },
        id, university_id, code, name, name_en, credits, hours, category, description);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_plans(soci::session& s, std::vector<model::TrainingPlan>& out) {
    Strings id, major_id, version;
    Ints cohort_year;
    select_all(
        s, "SELECT id, major_id, cohort_year, version FROM training_plan",
        [&](std::size_t i) {
            out.push_back({std::move(id[i]), std::move(major_id[i]), cohort_year[i], std::move(version[i])});
        },
        id, major_id, cohort_year, version);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_plan_courses(soci::session& s, std::vector<model::PlanCourse>& out) {
    Strings plan_id, course_id;
    Ints semester, required;
    select_all(
        s, "SELECT plan_id, course_id, semester, required FROM plan_course",
        [&](std::size_t i) {
            out.push_back({std::move(plan_id[i]), std::move(course_id[i]), semester[i], required[i] != 0});
        },
        plan_id, course_id, semester, required);
    sort_by(out, [](const auto& r) { return std::tie(r.plan_id, r.course_id); });
}

void load_prerequisites(soci::session& s, std::vector<model::Prerequisite>& out) {
    Strings course_id, prerequisite_id;
    select_all(
        s, "SELECT course_id, prerequisite_id FROM course_prerequisite",
        [&](std::size_t i) {
            out.push_back({std::move(course_id[i]), std::move(prerequisite_id[i])});
        },
        course_id, prerequisite_id);
    sort_by(out, [](const auto& r) { return std::tie(r.course_id, r.prerequisite_id); });
}

void load_skills(soci::session& s, std::vector<model::Skill>& out) {
    Strings id, label, label_en, alt_labels, skill_type, source;
    select_all(
        s, "SELECT id, label, label_en, alt_labels, skill_type, source FROM skill",
        [&](std::size_t i) {
            out.push_back({std::move(id[i]), std::move(label[i]), std::move(label_en[i]),
                           split_lines(alt_labels[i]), std::move(skill_type[i]), std::move(source[i])});
        },
        id, label, label_en, alt_labels, skill_type, source);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_skill_broaders(soci::session& s, std::vector<model::SkillBroader>& out) {
    Strings skill_id, broader_id;
    select_all(
        s, "SELECT skill_id, broader_id FROM skill_broader",
        [&](std::size_t i) {
            out.push_back({std::move(skill_id[i]), std::move(broader_id[i])});
        },
        skill_id, broader_id);
    sort_by(out, [](const auto& r) { return std::tie(r.skill_id, r.broader_id); });
}

void load_course_skills(soci::session& s, std::vector<model::CourseSkill>& out) {
    Strings course_id, skill_id;
    Doubles weight;
    select_all(
        s, "SELECT course_id, skill_id, weight FROM course_skill",
        [&](std::size_t i) {
            out.push_back({std::move(course_id[i]), std::move(skill_id[i]), weight[i]});
        },
        course_id, skill_id, weight);
    sort_by(out, [](const auto& r) { return std::tie(r.course_id, r.skill_id); });
}

void load_occupations(soci::session& s, std::vector<model::Occupation>& out) {
    Strings id, label, label_en;
    select_all(
        s, "SELECT id, label, label_en FROM occupation",
        [&](std::size_t i) {
            out.push_back({std::move(id[i]), std::move(label[i]), std::move(label_en[i])});
        },
        id, label, label_en);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_occupation_skills(soci::session& s, std::vector<model::OccupationSkill>& out) {
    Strings occupation_id, skill_id;
    Ints essential;
    select_all(
        s, "SELECT occupation_id, skill_id, essential FROM occupation_skill",
        [&](std::size_t i) {
            out.push_back({std::move(occupation_id[i]), std::move(skill_id[i]), essential[i] != 0});
        },
        occupation_id, skill_id, essential);
    sort_by(out, [](const auto& r) { return std::tie(r.occupation_id, r.skill_id); });
}

void load_employers(soci::session& s, std::vector<model::Employer>& out) {
    Strings id, name, industry, region;
    select_all(
        s, "SELECT id, name, industry, region FROM employer",
        [&](std::size_t i) {
            out.push_back(
                {std::move(id[i]), std::move(name[i]), std::move(industry[i]), std::move(region[i])});
        },
        id, name, industry, region);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_demands(soci::session& s, std::vector<model::Demand>& out) {
    Strings id, employer_id, title, occupation_id, region, posted_on;
    Ints headcount;
    // A NULL occupation is the model's empty string. Soft-deleted demand
    // (0002_accounts.sql) is kept for the audit trail but never served.
    select_all(
        s,
        "SELECT id, employer_id, title, COALESCE(occupation_id, ''), headcount, region, posted_on "
        "FROM demand WHERE deleted_at IS NULL",
        [&](std::size_t i) {
            out.push_back({std::move(id[i]), std::move(employer_id[i]), std::move(title[i]),
                           std::move(occupation_id[i]), headcount[i], std::move(region[i]),
                           std::move(posted_on[i])});
        },
        id, employer_id, title, occupation_id, headcount, region, posted_on);
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_demand_skills(soci::session& s, std::vector<model::DemandSkill>& out) {
    Strings demand_id, skill_id;
    Doubles importance;
    select_all(
        s,
        "SELECT ds.demand_id, ds.skill_id, ds.importance FROM demand_skill ds "
        "JOIN demand d ON d.id = ds.demand_id WHERE d.deleted_at IS NULL",
        [&](std::size_t i) {
            out.push_back({std::move(demand_id[i]), std::move(skill_id[i]), importance[i]});
        },
        demand_id, skill_id, importance);
    sort_by(out, [](const auto& r) { return std::tie(r.demand_id, r.skill_id); });
}

void load_outcomes(soci::session& s, std::vector<model::Outcome>& out) {
    Strings major_id;
    Ints year, graduates, placed;
    select_all(
        s, "SELECT major_id, year, graduates, placed FROM outcome",
        [&](std::size_t i) {
            out.push_back({std::move(major_id[i]), year[i], graduates[i], placed[i]});
        },
        major_id, year, graduates, placed);
    sort_by(out, [](const auto& r) { return std::tie(r.major_id, r.year); });
}

// Skills marked missing in feedback tied to a major, ordered by major, skill,
// employer, feedback (gap reports weigh them with feedback_weight).
void load_feedback_marks(soci::session& session, std::vector<model::FeedbackMark>& out) {
    model::FeedbackMark mark;
    soci::statement st = (session.prepare << "SELECT f.id, f.major_id, fs.skill_id, f.employer_id "
                                             "FROM feedback_skill fs JOIN feedback f ON f.id = fs.feedback_id "
                                             "WHERE f.major_id IS NOT NULL AND fs.kind = 'missing'",
                          soci::into(mark.feedback_id), soci::into(mark.major_id), soci::into(mark.skill_id),
                          soci::into(mark.employer_id));
    st.execute();
    while (st.fetch()) out.push_back(mark);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.major_id, a.skill_id, a.employer_id, a.feedback_id) <
               std::tie(b.major_id, b.skill_id, b.employer_id, b.feedback_id);
    });
}

// Published micro-majors with their base majors and courses (0003). Drafts
// and proposals under review never reach a snapshot: employers and matching
// see only what was published.
void load_micro_majors(soci::session& s, model::Dataset& d) {
    Strings id, name, university_id;
    select_all(
        s, "SELECT id, name, university_id FROM micro_major WHERE status = 'published'",
        [&](std::size_t i) {
            d.micro_majors.push_back({std::move(id[i]), std::move(name[i]), std::move(university_id[i])});
        },
        id, name, university_id);
    sort_by(d.micro_majors, [](const auto& r) { return std::tie(r.id); });

    Strings micro_major_id, major_id;
    select_all(
        s,
        "SELECT b.micro_major_id, b.major_id FROM micro_major_major b "
        "JOIN micro_major m ON m.id = b.micro_major_id WHERE m.status = 'published'",
        [&](std::size_t i) { d.micro_major_majors.push_back({std::move(micro_major_id[i]), std::move(major_id[i])}); },
        micro_major_id, major_id);
    sort_by(d.micro_major_majors, [](const auto& r) { return std::tie(r.micro_major_id, r.major_id); });

    Strings course_micro_major_id, course_id;
    Ints ordinal;
    select_all(
        s,
        "SELECT c.micro_major_id, c.course_id, c.ordinal FROM micro_major_course c "
        "JOIN micro_major m ON m.id = c.micro_major_id WHERE m.status = 'published'",
        [&](std::size_t i) {
            d.micro_major_courses.push_back({std::move(course_micro_major_id[i]), std::move(course_id[i]), ordinal[i]});
        },
        course_micro_major_id, course_id, ordinal);
    sort_by(d.micro_major_courses, [](const auto& r) { return std::tie(r.micro_major_id, r.position, r.course_id); });
}

}  // namespace

model::Dataset load_dataset(soci::session& session) {
    model::Dataset d;
    load_universities(session, d.universities);
    load_majors(session, d.majors);
    load_courses(session, d.courses);
    load_plans(session, d.plans);
    load_plan_courses(session, d.plan_courses);
    load_prerequisites(session, d.prerequisites);
    load_skills(session, d.skills);
    load_skill_broaders(session, d.skill_broaders);
    load_course_skills(session, d.course_skills);
    load_occupations(session, d.occupations);
    load_occupation_skills(session, d.occupation_skills);
    load_employers(session, d.employers);
    load_demands(session, d.demands);
    load_demand_skills(session, d.demand_skills);
    load_outcomes(session, d.outcomes);
    load_feedback_marks(session, d.feedback_marks);
    load_micro_majors(session, d);
    return d;
}

}  // namespace woshou::sql::detail
