#include "worked_example.hpp"

namespace woshou::test {

model::Dataset worked_example() {
    model::Dataset d;
    d.universities = {{"U", "大学", "University", ""}};
    d.majors = {{"M", "U", "080901", "计算机科学与技术", "Computer Science", "bachelor"}};
    d.plans = {{"P", "M", 2024, "v1"}, {"P2", "M", 2023, "v0"}};
    d.courses = {{"C1", "U", "C1", "Python", "", 3, {}, "", ""},
                 {"C2", "U", "C2", "数据库", "", 2, {}, "", ""},
                 {"C3", "U", "C3", "体育", "", 1, {}, "", ""},
                 {"C4", "U", "C4", "办公软件", "", 1, {}, "", ""},
                 {"C5", "U", "C5", "机器学习", "", 3, {}, "", ""}};
    d.plan_courses = {{"P", "C1", 1, true},  {"P", "C2", 2, false}, {"P", "C3", 1, true}, {"P", "C4", 1, true},
                      {"P2", "C1", 1, true}, {"P2", "C2", 2, false}, {"P2", "C3", 1, true}, {"P2", "C5", 3, true}};
    d.skills = {{"excel", "Excel", "", {}, "skill", "bundle"}, {"ml", "机器学习", "", {}, "skill", "bundle"},
                {"prog", "编程", "", {}, "skill", "bundle"},   {"python", "Python", "", {}, "skill", "bundle"},
                {"sql", "SQL", "", {}, "skill", "bundle"}};
    d.skill_broaders = {{"python", "prog"}};
    d.course_skills = {{"C1", "python", 0.8}, {"C2", "sql", 1.0}, {"C4", "excel", 0.4}, {"C5", "ml", 1.0}};
    d.occupations = {{"O1", "数据分析师", ""}};
    d.occupation_skills = {{"O1", "sql", true}, {"O1", "prog", false}};
    d.employers = {{"E1", "信创公司", "IT", "A"}, {"E2", "银行", "FIN", "B"}};
    d.demands = {{"D1", "E1", "", "", 2, "", "2025-03-01"},
                 {"D2", "E2", "", "O1", 1, "", "2025-06-01"},
                 {"D3", "E1", "", "", 3, "", "2023-01-01"}};
    d.demand_skills = {{"D1", "python", 1.0}, {"D1", "ml", 0.5}, {"D3", "sql", 0.5}};
    return d;
}

}  // namespace woshou::test
