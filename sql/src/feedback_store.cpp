// Employers' feedback on course settings and the universities' answers
// (woshou/sql/feedback_store.hpp).
#include "woshou/sql/feedback_store.hpp"

#include <fmt/format.h>
#include <soci/soci.h>

#include <algorithm>
#include <ctime>
#include <tuple>

#include "errors.hpp"
#include "write_support.hpp"

namespace woshou::sql {

namespace {

constexpr std::size_t kIdLimit = 128;
constexpr std::size_t kSkillListLimit = 100;

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// Where feedback points: its major (may be empty for a course) and university.
struct Target {
    std::string major_id;
    std::string university_id;
};

Target resolve_target(soci::session& s, const NewFeedback& f) {
    Target t;
    if (f.target_id.empty()) throw SqlError("invalid", "target_id must not be empty");
    if (f.target_kind == "major") {
        s << "SELECT university_id FROM major WHERE id = :id", soci::use(f.target_id), soci::into(t.university_id);
        if (!s.got_data()) throw SqlError("invalid", fmt::format("target_id: unknown major '{}'", f.target_id));
        t.major_id = f.target_id;
    } else if (f.target_kind == "plan") {
        s << "SELECT p.major_id, m.university_id FROM training_plan p JOIN major m ON m.id = p.major_id "
             "WHERE p.id = :id",
            soci::use(f.target_id), soci::into(t.major_id), soci::into(t.university_id);
        if (!s.got_data()) throw SqlError("invalid", fmt::format("target_id: unknown plan '{}'", f.target_id));
    } else if (f.target_kind == "course") {
        s << "SELECT university_id FROM course WHERE id = :id", soci::use(f.target_id), soci::into(t.university_id);
        if (!s.got_data()) throw SqlError("invalid", fmt::format("target_id: unknown course '{}'", f.target_id));
        if (!f.major_id.empty()) {
            if (!detail::row_exists(s, "major", f.major_id))
                throw SqlError("invalid", fmt::format("major_id: unknown major '{}'", f.major_id));
            int plans = 0;
            s << "SELECT COUNT(*) FROM plan_course pc JOIN training_plan p ON p.id = pc.plan_id "
                 "WHERE pc.course_id = :course AND p.major_id = :major",
                soci::use(f.target_id), soci::use(f.major_id), soci::into(plans);
            if (plans == 0)
                throw SqlError("invalid", fmt::format("major_id: course '{}' is in no plan of major '{}'",
                                                      f.target_id, f.major_id));
            t.major_id = f.major_id;
        }
        return t;
    } else {
        throw SqlError("invalid", fmt::format("target_kind must be major, plan or course, got '{}'", f.target_kind));
    }
    if (!f.major_id.empty() && f.major_id != t.major_id)
        throw SqlError("invalid", fmt::format("major_id '{}' is not the major of {} '{}' (that is '{}')", f.major_id,
                                              f.target_kind, f.target_id, t.major_id));
    return t;
}

// The list without duplicates, in first-seen order, each skill checked to exist.
std::vector<std::string> checked_skills(soci::session& s, const std::string& field,
                                        const std::vector<std::string>& skills) {
    if (skills.size() > kSkillListLimit)
        throw SqlError("invalid", fmt::format("{} must list at most {} skills, got {}", field, kSkillListLimit,
                                              skills.size()));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < skills.size(); ++i) {
        if (std::find(out.begin(), out.end(), skills[i]) != out.end()) continue;
        if (skills[i].empty() || !detail::row_exists(s, "skill", skills[i]))
            throw SqlError("invalid", fmt::format("{}[{}]: unknown skill '{}'", field, i, skills[i]));
        out.push_back(skills[i]);
    }
    return out;
}

// The fixed filter of FeedbackQuery: each field bound twice, so the statement
// text never changes with the filters (an empty field matches all).
constexpr const char* kFeedbackFilter =
    "(CAST(:u1 AS TEXT) = '' OR f.university_id = :u2) AND (CAST(:e1 AS TEXT) = '' OR f.employer_id = :e2) "
    "AND (CAST(:m1 AS TEXT) = '' OR f.major_id = :m2) AND (CAST(:s1 AS TEXT) = '' OR f.status = :s2)";

constexpr const char* kFeedbackColumns =
    "f.id, f.organisation_id, f.employer_id, f.target_kind, f.target_id, COALESCE(f.major_id, ''), f.university_id, "
    "f.rating, f.comment, f.status, COALESCE(f.adopted_plan_id, ''), f.response, f.declined_reason, f.created_at, "
    "f.responded_at, COALESCE(f.responded_by, '')";

// Reads feedback rows selected by `tail` (a WHERE ... clause with the
// parameters bound by `bind`), then their skills.
template <class Bind>
std::vector<Feedback> select_feedback(soci::session& s, const std::string& tail, Bind bind) {
    std::vector<Feedback> rows;
    Feedback f;
    std::string responded_at;
    soci::indicator responded_ind = soci::i_null;
    soci::statement st = bind(s.prepare << fmt::format("SELECT {} FROM feedback f {}", kFeedbackColumns, tail),
                              soci::into(f.id), soci::into(f.organisation_id), soci::into(f.employer_id),
                              soci::into(f.target_kind), soci::into(f.target_id), soci::into(f.major_id),
                              soci::into(f.university_id), soci::into(f.rating), soci::into(f.comment),
                              soci::into(f.status), soci::into(f.adopted_plan_id), soci::into(f.response),
                              soci::into(f.declined_reason), soci::into(f.created_at),
                              soci::into(responded_at, responded_ind), soci::into(f.responded_by));
    st.execute();
    while (st.fetch()) {
        f.responded_at = responded_ind == soci::i_null ? std::nullopt : std::optional<std::string>(responded_at);
        rows.push_back(f);
    }
    // One small query per row: pages are at most a few hundred rows, and it
    // keeps the statement text fixed on both backends.
    for (auto& row : rows) {
        std::string skill, kind;
        soci::statement sk = (s.prepare << "SELECT skill_id, kind FROM feedback_skill WHERE feedback_id = :id",
                              soci::use(row.id), soci::into(skill), soci::into(kind));
        sk.execute();
        while (sk.fetch()) (kind == "missing" ? row.missing_skills : row.outdated_skills).push_back(skill);
        std::sort(row.missing_skills.begin(), row.missing_skills.end());
        std::sort(row.outdated_skills.begin(), row.outdated_skills.end());
    }
    return rows;
}

std::time_t parse_iso(const std::string& text) {
    std::tm tm{};
    if (!strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return 0;
    return timegm(&tm);
}

}  // namespace

std::string add_feedback(Database& database, const NewFeedback& feedback) {
    if (!feedback.id.empty()) detail::check_text("id", feedback.id, kIdLimit, false);
    if (feedback.rating < 1 || feedback.rating > 5)
        throw SqlError("invalid", fmt::format("rating must be between 1 and 5, got {}", feedback.rating));
    detail::check_text("comment", feedback.comment, kFeedbackTextLimit, true);
    const std::string id = feedback.id.empty() ? detail::random_hex_id("fb_", 8) : feedback.id;
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        std::string role, employer_id;
        s << "SELECT role, COALESCE(employer_id, '') FROM organisation WHERE id = :id",
            soci::use(feedback.organisation_id), soci::into(role), soci::into(employer_id);
        if (!s.got_data())
            throw SqlError("not_found", fmt::format("organisation '{}' not found", feedback.organisation_id));
        if (role != "employer")
            throw SqlError("forbidden", fmt::format("organisation '{}' is not an employer (role {}): only employers "
                                                    "send feedback", feedback.organisation_id, role));
        const Target target = resolve_target(s, feedback);
        const auto missing = checked_skills(s, "missing_skills", feedback.missing_skills);
        const auto outdated = checked_skills(s, "outdated_skills", feedback.outdated_skills);
        for (std::size_t i = 0; i < outdated.size(); ++i)
            if (std::find(missing.begin(), missing.end(), outdated[i]) != missing.end())
                throw SqlError("invalid", fmt::format("outdated_skills: skill '{}' is also in missing_skills",
                                                      outdated[i]));
        if (detail::row_exists(s, "feedback", id))
            throw SqlError("conflict", fmt::format("feedback '{}' already exists", id));
        const std::string now = detail::utc_now_iso();
        soci::indicator major_ind = target.major_id.empty() ? soci::i_null : soci::i_ok;
        s << "INSERT INTO feedback (id, organisation_id, employer_id, target_kind, target_id, major_id, "
             "university_id, rating, comment, status, created_at) VALUES (:id, :organisation_id, :employer_id, "
             ":target_kind, :target_id, :major_id, :university_id, :rating, :comment, 'received', :created_at)",
            soci::use(id), soci::use(feedback.organisation_id), soci::use(employer_id),
            soci::use(feedback.target_kind), soci::use(feedback.target_id), soci::use(target.major_id, major_ind),
            soci::use(target.university_id), soci::use(feedback.rating), soci::use(feedback.comment),
            soci::use(now);
        for (const auto& [kind, skills] : {std::pair{"missing", &missing}, std::pair{"outdated", &outdated}}) {
            const std::string kind_text = kind;
            for (const auto& skill : *skills)
                s << "INSERT INTO feedback_skill (feedback_id, skill_id, kind) VALUES (:id, :skill, :kind)",
                    soci::use(id), soci::use(skill), soci::use(kind_text);
        }
        detail::bump_data_version(s);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot add feedback " + id);
    }
    return id;
}

std::vector<Feedback> feedback(Database& database, const FeedbackQuery& q) {
    const long long limit = static_cast<long long>(std::min<std::size_t>(q.limit, 100000));
    const long long offset = static_cast<long long>(q.offset);
    try {
        return select_feedback(
            database.session(),
            fmt::format("WHERE {} ORDER BY f.created_at DESC, f.id DESC LIMIT :limit OFFSET :offset", kFeedbackFilter),
            [&](auto&& prepared, auto&&... into) {
                auto& p = (prepared, soci::use(q.university_id), soci::use(q.university_id),
                           soci::use(q.employer_id), soci::use(q.employer_id), soci::use(q.major_id),
                           soci::use(q.major_id), soci::use(q.status), soci::use(q.status), soci::use(limit),
                           soci::use(offset));
                return (p, ..., into);
            });
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read feedback");
    }
}

std::size_t feedback_count(Database& database, const FeedbackQuery& q) {
    long long count = 0;
    try {
        database.session() << fmt::format("SELECT COUNT(*) FROM feedback f WHERE {}", kFeedbackFilter),
            soci::use(q.university_id), soci::use(q.university_id), soci::use(q.employer_id),
            soci::use(q.employer_id), soci::use(q.major_id), soci::use(q.major_id), soci::use(q.status),
            soci::use(q.status), soci::into(count);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot count feedback");
    }
    return static_cast<std::size_t>(count);
}

std::optional<Feedback> feedback_by_id(Database& database, const std::string& id) {
    try {
        auto rows = select_feedback(database.session(), "WHERE f.id = :id",
                                    [&](auto&& prepared, auto&&... into) {
                                        auto& p = (prepared, soci::use(id));
                                        return (p, ..., into);
                                    });
        if (rows.empty()) return std::nullopt;
        return rows.front();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read feedback " + id);
    }
}

void respond_feedback(Database& database, const std::string& id, const FeedbackResponse& r) {
    if (r.status != "under_review" && r.status != "adopted" && r.status != "declined")
        throw SqlError("invalid",
                       fmt::format("status must be under_review, adopted or declined, got '{}'", r.status));
    detail::check_text("response", r.response, kFeedbackTextLimit, true);
    detail::check_text("declined_reason", r.declined_reason, kFeedbackTextLimit, true);
    if (r.status == "declined" && blank(r.declined_reason))
        throw SqlError("invalid", "declined_reason is required when status is declined");
    if (r.status != "declined" && !r.declined_reason.empty())
        throw SqlError("invalid", "declined_reason is only allowed when status is declined");
    if (r.status == "adopted" && r.adopted_plan_id.empty())
        throw SqlError("invalid", "adopted_plan_id is required when status is adopted (the plan version adopting it)");
    if (r.status != "adopted" && !r.adopted_plan_id.empty())
        throw SqlError("invalid", "adopted_plan_id is only allowed when status is adopted");
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        std::string major_id, university_id;
        s << "SELECT COALESCE(major_id, ''), university_id FROM feedback WHERE id = :id", soci::use(id),
            soci::into(major_id), soci::into(university_id);
        if (!s.got_data()) throw SqlError("not_found", fmt::format("feedback '{}' not found", id));
        if (!detail::row_exists(s, "organisation", r.responded_by))
            throw SqlError("not_found", fmt::format("organisation '{}' not found", r.responded_by));
        if (r.status == "adopted") {
            std::string plan_major, plan_university;
            s << "SELECT p.major_id, m.university_id FROM training_plan p JOIN major m ON m.id = p.major_id "
                 "WHERE p.id = :id",
                soci::use(r.adopted_plan_id), soci::into(plan_major), soci::into(plan_university);
            if (!s.got_data())
                throw SqlError("invalid", fmt::format("adopted_plan_id: unknown plan '{}'", r.adopted_plan_id));
            // A course target without a major can be adopted by any plan of its university.
            if (!major_id.empty() && plan_major != major_id)
                throw SqlError("invalid", fmt::format("adopted_plan_id: plan '{}' belongs to major '{}', not to the "
                                                      "feedback's major '{}'",
                                                      r.adopted_plan_id, plan_major, major_id));
            if (major_id.empty() && plan_university != university_id)
                throw SqlError("invalid", fmt::format("adopted_plan_id: plan '{}' belongs to university '{}', not "
                                                      "to the feedback's university '{}'",
                                                      r.adopted_plan_id, plan_university, university_id));
        }
        // responded_at keeps the first answer's time: the summary's response
        // time measures how fast a university first reacts, not its last edit.
        const std::string now = detail::utc_now_iso();
        soci::indicator plan_ind = r.adopted_plan_id.empty() ? soci::i_null : soci::i_ok;
        s << "UPDATE feedback SET status = :status, response = :response, adopted_plan_id = :plan, "
             "declined_reason = :reason, responded_at = COALESCE(responded_at, :now), responded_by = :by WHERE id = :id",
            soci::use(r.status), soci::use(r.response), soci::use(r.adopted_plan_id, plan_ind),
            soci::use(r.declined_reason), soci::use(now), soci::use(r.responded_by), soci::use(id);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot record the response to feedback " + id);
    }
}

std::map<std::string, std::set<std::string>> missing_skill_employers(Database& database, const std::string& major_id) {
    std::map<std::string, std::set<std::string>> out;
    try {
        std::string skill, employer;
        soci::statement st = (database.session().prepare
                                  << "SELECT fs.skill_id, f.employer_id FROM feedback_skill fs "
                                     "JOIN feedback f ON f.id = fs.feedback_id "
                                     "WHERE f.major_id = :major AND fs.kind = 'missing'",
                              soci::use(major_id), soci::into(skill), soci::into(employer));
        st.execute();
        while (st.fetch()) out[skill].insert(employer);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read feedback on major " + major_id);
    }
    return out;
}

std::vector<FeedbackSignal> feedback_signals(Database& database) {
    std::vector<FeedbackSignal> out;
    try {
        FeedbackSignal signal;
        soci::statement st = (database.session().prepare
                                  << "SELECT f.id, f.major_id, fs.skill_id, f.employer_id, f.status "
                                     "FROM feedback_skill fs JOIN feedback f ON f.id = fs.feedback_id "
                                     "WHERE f.major_id IS NOT NULL AND fs.kind = 'missing'",
                              soci::into(signal.feedback_id), soci::into(signal.major_id), soci::into(signal.skill_id),
                              soci::into(signal.employer_id), soci::into(signal.status));
        st.execute();
        while (st.fetch()) out.push_back(signal);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read feedback signals");
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.major_id, a.skill_id, a.employer_id, a.feedback_id) <
               std::tie(b.major_id, b.skill_id, b.employer_id, b.feedback_id);
    });
    return out;
}

FeedbackSummary feedback_summary(Database& database, const std::string& major_id) {
    FeedbackSummary summary;
    for (int rating = 1; rating <= 5; ++rating) summary.by_rating[rating] = 0;
    for (const char* status : {"received", "under_review", "adopted", "declined"}) summary.by_status[status] = 0;
    std::vector<double> hours;
    soci::session& s = database.session();
    try {
        if (!detail::row_exists(s, "major", major_id))
            throw SqlError("not_found", fmt::format("major '{}' not found", major_id));
        int rating = 0;
        std::string status, created_at, responded_at;
        soci::indicator responded_ind = soci::i_null;
        soci::statement st = (s.prepare << "SELECT rating, status, created_at, responded_at FROM feedback "
                                           "WHERE major_id = :major",
                              soci::use(major_id), soci::into(rating), soci::into(status), soci::into(created_at),
                              soci::into(responded_at, responded_ind));
        st.execute();
        while (st.fetch()) {
            ++summary.total;
            ++summary.by_rating[rating];
            ++summary.by_status[status];
            if (responded_ind != soci::i_null) {
                ++summary.responded;
                hours.push_back(std::difftime(parse_iso(responded_at), parse_iso(created_at)) / 3600.0);
            }
        }
        std::string skill, kind;
        long long count = 0;
        soci::statement sk = (s.prepare << "SELECT fs.skill_id, fs.kind, COUNT(*) FROM feedback_skill fs "
                                           "JOIN feedback f ON f.id = fs.feedback_id WHERE f.major_id = :major "
                                           "GROUP BY fs.skill_id, fs.kind",
                              soci::use(major_id), soci::into(skill), soci::into(kind), soci::into(count));
        sk.execute();
        while (sk.fetch())
            (kind == "missing" ? summary.missing_skills : summary.outdated_skills)
                .emplace_back(skill, static_cast<std::size_t>(count));
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot summarise feedback on major " + major_id);
    }
    auto most_named_first = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::sort(summary.missing_skills.begin(), summary.missing_skills.end(), most_named_first);
    std::sort(summary.outdated_skills.begin(), summary.outdated_skills.end(), most_named_first);
    if (!hours.empty()) {
        std::sort(hours.begin(), hours.end());
        const std::size_t n = hours.size();
        summary.median_response_hours = n % 2 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2;
        double sum = 0;
        for (double h : hours) sum += h;
        summary.mean_response_hours = sum / static_cast<double>(n);
    }
    return summary;
}

}  // namespace woshou::sql
