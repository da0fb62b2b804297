// Reading every table, row by row through a RowCursor: into a Dataset, or
// straight into a SnapshotBuilder.
#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "database_impl.hpp"
#include "row_cursor.hpp"
#include "woshou/graph/snapshot_builder.hpp"

namespace woshou::sql::detail {

namespace {

// Orders by key in byte order. Done here rather than with ORDER BY because
// PostgreSQL sorts text by the database's locale and SQLite by bytes.
template <class Row, class Key>
void sort_by(std::vector<Row>& rows, Key key) {
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
}

// alt_labels is stored newline-joined; see 0001_initial.sql.
std::vector<std::string> split_lines(std::string_view joined) {
    std::vector<std::string> parts;
    if (joined.empty()) return parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = joined.find('\n', start);
        parts.emplace_back(joined.substr(start, end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

std::string str(const RowCursor& row, int column) { return std::string(row.text(column)); }
int whole(const RowCursor& row, int column) { return static_cast<int>(row.integer(column)); }

void load_universities(soci::session& s, std::vector<model::University>& out) {
    for_each_row(s, "SELECT id, name, name_en, region FROM university", 4, [&](const RowCursor& r) {
        out.push_back({str(r, 0), str(r, 1), str(r, 2), str(r, 3)});
    });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_majors(soci::session& s, std::vector<model::Major>& out) {
    for_each_row(s, "SELECT id, university_id, code, name, name_en, degree_level FROM major", 6,
                 [&](const RowCursor& r) {
                     out.push_back({str(r, 0), str(r, 1), str(r, 2), str(r, 3), str(r, 4), str(r, 5)});
                 });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_courses(soci::session& s, std::vector<model::Course>& out) {
    // hours has CHECK (hours >= 0), so -1 can stand for NULL.
    for_each_row(s,
                 "SELECT id, university_id, code, name, name_en, credits, COALESCE(hours, -1), category, "
                 "description FROM course",
                 9, [&](const RowCursor& r) {
                     model::Course c{str(r, 0), str(r, 1), str(r, 2), str(r, 3), str(r, 4), r.real(5),
                                     std::nullopt, str(r, 7), str(r, 8)};
                     if (const int hours = whole(r, 6); hours >= 0) c.hours = hours;
                     out.push_back(std::move(c));
                 });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_plans(soci::session& s, std::vector<model::TrainingPlan>& out) {
    for_each_row(s, "SELECT id, major_id, cohort_year, version FROM training_plan", 4, [&](const RowCursor& r) {
        out.push_back({str(r, 0), str(r, 1), whole(r, 2), str(r, 3)});
    });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_skills(soci::session& s, std::vector<model::Skill>& out) {
    for_each_row(s, "SELECT id, label, label_en, alt_labels, skill_type, source FROM skill", 6,
                 [&](const RowCursor& r) {
                     out.push_back({str(r, 0), str(r, 1), str(r, 2), split_lines(r.text(3)), str(r, 4), str(r, 5)});
                 });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_occupations(soci::session& s, std::vector<model::Occupation>& out) {
    for_each_row(s, "SELECT id, label, label_en FROM occupation", 3,
                 [&](const RowCursor& r) { out.push_back({str(r, 0), str(r, 1), str(r, 2)}); });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_employers(soci::session& s, std::vector<model::Employer>& out) {
    for_each_row(s, "SELECT id, name, industry, region FROM employer", 4,
                 [&](const RowCursor& r) { out.push_back({str(r, 0), str(r, 1), str(r, 2), str(r, 3)}); });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_demands(soci::session& s, std::vector<model::Demand>& out) {
    // A NULL occupation is the model's empty string. Soft-deleted demand
    // (0002_accounts.sql) is kept for the audit trail but never served.
    for_each_row(s,
                 "SELECT id, employer_id, title, COALESCE(occupation_id, ''), headcount, region, posted_on "
                 "FROM demand WHERE deleted_at IS NULL",
                 7, [&](const RowCursor& r) {
                     out.push_back({str(r, 0), str(r, 1), str(r, 2), str(r, 3), whole(r, 4), str(r, 5), str(r, 6)});
                 });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

void load_outcomes(soci::session& s, std::vector<model::Outcome>& out) {
    for_each_row(s, "SELECT major_id, year, graduates, placed FROM outcome", 4, [&](const RowCursor& r) {
        out.push_back({str(r, 0), whole(r, 1), whole(r, 2), whole(r, 3)});
    });
    sort_by(out, [](const auto& r) { return std::tie(r.major_id, r.year); });
}

// Skills marked missing in feedback tied to a major, ordered by major, skill,
// employer, feedback (gap reports weigh them with feedback_weight).
void load_feedback_marks(soci::session& s, std::vector<model::FeedbackMark>& out) {
    for_each_row(s,
                 "SELECT f.id, f.major_id, fs.skill_id, f.employer_id "
                 "FROM feedback_skill fs JOIN feedback f ON f.id = fs.feedback_id "
                 "WHERE f.major_id IS NOT NULL AND fs.kind = 'missing'",
                 4, [&](const RowCursor& r) { out.push_back({str(r, 0), str(r, 1), str(r, 2), str(r, 3)}); });
    sort_by(out, [](const auto& r) { return std::tie(r.major_id, r.skill_id, r.employer_id, r.feedback_id); });
}

// Published micro-majors (0003). Drafts and proposals under review never
// reach a snapshot: employers and matching see only what was published.
void load_micro_majors(soci::session& s, std::vector<model::MicroMajor>& out) {
    for_each_row(s, "SELECT id, name, university_id FROM micro_major WHERE status = 'published'", 3,
                 [&](const RowCursor& r) { out.push_back({str(r, 0), str(r, 1), str(r, 2)}); });
    sort_by(out, [](const auto& r) { return std::tie(r.id); });
}

// Every entity table, and the outcome and feedback rows, into `d`.
void load_entities(soci::session& session, model::Dataset& d) {
    load_universities(session, d.universities);
    load_majors(session, d.majors);
    load_courses(session, d.courses);
    load_plans(session, d.plans);
    load_skills(session, d.skills);
    load_occupations(session, d.occupations);
    load_employers(session, d.employers);
    load_demands(session, d.demands);
    load_outcomes(session, d.outcomes);
    load_feedback_marks(session, d.feedback_marks);
    load_micro_majors(session, d.micro_majors);
}

// Every relation table, each row handed to `sink` as string_views
// (SnapshotBuilder's add_ interface). Demand skills of soft-deleted demand
// come too: a sink keeps only rows whose demand was loaded (a join here
// would cost a demand lookup per row).
template <typename Sink>
void read_relations(soci::session& s, Sink& sink) {
    for_each_row(s, "SELECT plan_id, course_id, semester, required FROM plan_course", 4, [&](const RowCursor& r) {
        sink.add_plan_course(r.text(0), r.text(1), whole(r, 2), r.integer(3) != 0);
    });
    for_each_row(s, "SELECT course_id, prerequisite_id FROM course_prerequisite", 2,
                 [&](const RowCursor& r) { sink.add_prerequisite(r.text(0), r.text(1)); });
    for_each_row(s, "SELECT skill_id, broader_id FROM skill_broader", 2,
                 [&](const RowCursor& r) { sink.add_skill_broader(r.text(0), r.text(1)); });
    for_each_row(s, "SELECT course_id, skill_id, weight FROM course_skill", 3,
                 [&](const RowCursor& r) { sink.add_course_skill(r.text(0), r.text(1), r.real(2)); });
    for_each_row(s, "SELECT occupation_id, skill_id, essential FROM occupation_skill", 3,
                 [&](const RowCursor& r) { sink.add_occupation_skill(r.text(0), r.text(1), r.integer(2) != 0); });
    for_each_row(s, "SELECT demand_id, skill_id, importance FROM demand_skill", 3,
                 [&](const RowCursor& r) { sink.add_demand_skill(r.text(0), r.text(1), r.real(2)); });
    for_each_row(s,
                 "SELECT b.micro_major_id, b.major_id FROM micro_major_major b "
                 "JOIN micro_major m ON m.id = b.micro_major_id WHERE m.status = 'published'",
                 2, [&](const RowCursor& r) { sink.add_micro_major_major(r.text(0), r.text(1)); });
    for_each_row(s,
                 "SELECT c.micro_major_id, c.course_id, c.ordinal FROM micro_major_course c "
                 "JOIN micro_major m ON m.id = c.micro_major_id WHERE m.status = 'published'",
                 3, [&](const RowCursor& r) { sink.add_micro_major_course(r.text(0), r.text(1), whole(r, 2)); });
}

// The add_ interface collecting rows into a Dataset's relation vectors.
struct DatasetSink {
    using Id = std::string_view;
    model::Dataset& d;
    std::unordered_set<std::string_view> live_demands;  // ids of the demand loaded

    void add_plan_course(Id plan, Id course, int semester, bool required) {
        d.plan_courses.push_back({std::string(plan), std::string(course), semester, required});
    }
    void add_prerequisite(Id course, Id prerequisite) {
        d.prerequisites.push_back({std::string(course), std::string(prerequisite)});
    }
    void add_skill_broader(Id skill, Id broader) {
        d.skill_broaders.push_back({std::string(skill), std::string(broader)});
    }
    void add_course_skill(Id course, Id skill, double weight) {
        d.course_skills.push_back({std::string(course), std::string(skill), weight});
    }
    void add_occupation_skill(Id occupation, Id skill, bool essential) {
        d.occupation_skills.push_back({std::string(occupation), std::string(skill), essential});
    }
    void add_demand_skill(Id demand, Id skill, double importance) {
        if (live_demands.contains(demand))
            d.demand_skills.push_back({std::string(demand), std::string(skill), importance});
    }
    void add_micro_major_major(Id micro_major, Id major) {
        d.micro_major_majors.push_back({std::string(micro_major), std::string(major)});
    }
    void add_micro_major_course(Id micro_major, Id course, int position) {
        d.micro_major_courses.push_back({std::string(micro_major), std::string(course), position});
    }
};

}  // namespace

model::Dataset load_dataset(soci::session& session) {
    model::Dataset d;
    load_entities(session, d);
    DatasetSink sink{d, {}};
    for (const auto& demand : d.demands) sink.live_demands.insert(demand.id);
    read_relations(session, sink);
    sort_by(d.plan_courses, [](const auto& r) { return std::tie(r.plan_id, r.course_id); });
    sort_by(d.prerequisites, [](const auto& r) { return std::tie(r.course_id, r.prerequisite_id); });
    sort_by(d.skill_broaders, [](const auto& r) { return std::tie(r.skill_id, r.broader_id); });
    sort_by(d.course_skills, [](const auto& r) { return std::tie(r.course_id, r.skill_id); });
    sort_by(d.occupation_skills, [](const auto& r) { return std::tie(r.occupation_id, r.skill_id); });
    sort_by(d.demand_skills, [](const auto& r) { return std::tie(r.demand_id, r.skill_id); });
    sort_by(d.micro_major_majors, [](const auto& r) { return std::tie(r.micro_major_id, r.major_id); });
    sort_by(d.micro_major_courses, [](const auto& r) { return std::tie(r.micro_major_id, r.position, r.course_id); });
    return d;
}

std::shared_ptr<const graph::Snapshot> load_snapshot(soci::session& session, std::uint64_t version) {
    model::Dataset entities;
    load_entities(session, entities);
    // Relation rows go straight into the builder as edges: the nation's 30
    // million are never held as strings (docs/performance.md, "Snapshot").
    graph::SnapshotBuilder builder(std::move(entities));
    read_relations(session, builder);
    return std::move(builder).build(version);
}

}  // namespace woshou::sql::detail
