#include "snapshot_text.hpp"

#include <fmt/format.h>

namespace woshou::test {
namespace {

template <typename Rows, typename Indices>
std::string ids(const Rows& rows, const Indices& indices) {
    std::string out;
    for (graph::Index i : indices) out += " " + rows[i].id;
    return out;
}

template <typename Rows, typename Weighted, typename IndexOf>
std::string weighted_ids(const Rows& rows, const Weighted& entries, IndexOf index_of) {
    std::string out;
    for (const auto& e : entries) out += fmt::format(" {}={}", rows[index_of(e)].id, e.weight);
    return out;
}

}  // namespace

std::vector<std::string> snapshot_lines(const graph::Snapshot& s) {
    const auto& d = s.data();
    std::vector<std::string> lines;
    auto skill_of = [](const graph::SkillWeight& e) { return e.skill; };
    for (graph::Index u = 0; u < d.universities.size(); ++u) {
        lines.push_back("university " + d.universities[u].id + " majors:" + ids(d.majors, s.majors_of_university(u)));
        lines.push_back("university " + d.universities[u].id + " courses:" +
                        ids(d.courses, s.courses_of_university(u)));
    }
    for (graph::Index m = 0; m < d.majors.size(); ++m) {
        lines.push_back("major " + d.majors[m].id + " plans:" + ids(d.plans, s.plans_of_major(m)));
        lines.push_back("major " + d.majors[m].id + " micro-majors:" + ids(d.micro_majors, s.micro_majors_of_major(m)));
        std::string outcomes;
        for (graph::Index o : s.outcomes_of_major(m)) outcomes += fmt::format(" {}", d.outcomes[o].year);
        lines.push_back("major " + d.majors[m].id + " outcomes:" + outcomes);
        std::string marks;
        for (graph::Index f : s.feedback_marks_of_major(m)) marks += " " + d.feedback_marks[f].feedback_id;
        lines.push_back("major " + d.majors[m].id + " feedback:" + marks);
    }
    for (graph::Index p = 0; p < d.plans.size(); ++p) {
        std::string courses;
        for (const auto& c : s.courses_of_plan(p))
            courses += fmt::format(" {}@{}{}", d.courses[c.course].id, c.semester, c.required ? "" : "(elective)");
        lines.push_back("plan " + d.plans[p].id + " courses:" + courses);
    }
    for (graph::Index c = 0; c < d.courses.size(); ++c) {
        const std::string head = "course " + d.courses[c].id;
        lines.push_back(head + " skills:" + weighted_ids(d.skills, s.skills_of_course(c), skill_of));
        lines.push_back(head + " prerequisites:" + ids(d.courses, s.prerequisites_of(c)));
        lines.push_back(head + " unlocks:" + ids(d.courses, s.unlocked_by(c)));
        lines.push_back(head + " in plans:" + ids(d.plans, s.plans_including(c)));
    }
    for (graph::Index k = 0; k < d.skills.size(); ++k) {
        const std::string head = "skill " + d.skills[k].id;
        lines.push_back(head + " broader:" + ids(d.skills, s.broader_of(k)));
        lines.push_back(head + " narrower:" + ids(d.skills, s.narrower_of(k)));
        lines.push_back(head + " taught by:" +
                        weighted_ids(d.courses, s.courses_teaching(k), [](const auto& e) { return e.course; }));
    }
    for (graph::Index o = 0; o < d.occupations.size(); ++o)
        lines.push_back("occupation " + d.occupations[o].id + " skills:" +
                        weighted_ids(d.skills, s.skills_of_occupation(o), skill_of));
    for (graph::Index e = 0; e < d.employers.size(); ++e)
        lines.push_back("employer " + d.employers[e].id + " demands:" + ids(d.demands, s.demands_of_employer(e)));
    for (graph::Index i = 0; i < d.demands.size(); ++i) {
        const auto employer = s.employer_of_demand(i), occupation = s.occupation_of_demand(i);
        lines.push_back(fmt::format("demand {} by {} for {} skills:{}", d.demands[i].id,
                                    employer == graph::Snapshot::npos ? "-" : d.employers[employer].id,
                                    occupation == graph::Snapshot::npos ? "-" : d.occupations[occupation].id,
                                    weighted_ids(d.skills, s.skills_of_demand(i), skill_of)));
    }
    for (graph::Index mm = 0; mm < d.micro_majors.size(); ++mm) {
        lines.push_back("micro-major " + d.micro_majors[mm].id + " majors:" + ids(d.majors, s.majors_of_micro_major(mm)));
        lines.push_back("micro-major " + d.micro_majors[mm].id + " courses:" +
                        ids(d.courses, s.courses_of_micro_major(mm)));
    }
    lines.push_back(fmt::format("graph: {} vertices, {} edges", boost::num_vertices(s.graph()),
                                boost::num_edges(s.graph())));
    return lines;
}

}  // namespace woshou::test
