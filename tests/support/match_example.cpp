#include "match_example.hpp"

namespace woshou::test {

model::Dataset match_example() {
    model::Dataset d;
    d.universities = {{"U1", "江海大学", "Jianghai University", "A"}, {"U2", "滨海学院", "Binhai College", "B"}};
    d.majors = {{"M1", "U1", "080901", "计算机科学与技术", "Computer Science", "bachelor"},
                {"M2", "U1", "080902", "软件工程", "Software Engineering", "bachelor"},
                {"M3", "U2", "080903", "网络工程", "Network Engineering", "bachelor"},
                {"M7", "U2", "080910T", "数据科学", "Data Science", "bachelor"},
                {"M4", "U2", "080904", "信息安全", "Information Security", "bachelor"},
                {"M5", "U2", "080905", "物联网工程", "Internet of Things", "bachelor"},
                {"M6", "U1", "120203", "会计学", "Accounting", "bachelor"}};
    d.plans = {{"P1", "M1", 2024, "v1"}, {"P2", "M2", 2024, "v1"}, {"P3", "M3", 2024, "v1"},
               {"P4", "M4", 2024, "v1"}, {"P6", "M6", 2024, "v1"}, {"P7", "M7", 2024, "v1"}};
    d.courses = {{"C1", "U1", "C1", "Python 程序设计", "", 3, {}, "", ""},
                 {"C2", "U1", "C2", "数据库", "", 2, {}, "", ""},
                 {"C3", "U1", "C3", "数据库原理", "", 3, {}, "", ""},
                 {"C4", "U2", "C4", "数据库系统", "", 3, {}, "", ""},
                 {"C5", "U2", "C5", "程序设计基础", "", 3, {}, "", ""},
                 {"C6", "U2", "C6", "编程导论", "", 3, {}, "", ""},
                 {"C7", "U1", "C7", "会计电算化", "", 2, {}, "", ""}};
    d.plan_courses = {{"P1", "C1", 1, true},  {"P1", "C2", 2, false}, {"P2", "C3", 1, true}, {"P3", "C4", 1, true},
                      {"P4", "C5", 1, true}, {"P7", "C6", 1, true},  {"P6", "C7", 1, true}};
    d.skills = {{"excel", "电子表格", "Spreadsheets", {"Excel"}, "skill", "bundle"},
                {"ml", "机器学习", "Machine learning", {}, "skill", "bundle"},
                {"prog", "编程", "Programming", {}, "skill", "bundle"},
                {"python", "Python", "Python", {"Python 编程"}, "skill", "bundle"},
                {"sql", "数据库查询", "SQL", {"结构化查询语言"}, "skill", "bundle"},
                {"sql-legacy", "旧式查询", "Legacy queries", {"SQL"}, "skill", "bundle"}};
    d.skill_broaders = {{"python", "prog"}};
    d.course_skills = {{"C1", "python", 0.8}, {"C2", "sql", 1.0}, {"C3", "sql", 1.0}, {"C4", "sql", 1.0},
                       {"C5", "prog", 1.0},   {"C6", "prog", 1.0}, {"C7", "excel", 1.0}};
    d.occupations = {{"O1", "数据分析师", "Data analyst"}};
    d.occupation_skills = {{"O1", "sql", true}, {"O1", "python", false}};
    d.employers = {{"E1", "信创公司", "IT", "A"}};
    d.demands = {{"D1", "E1", "Python 工程师", "", 2, "", "2025-03-01"},
                 {"D2", "E1", "数据分析", "O1", 1, "", "2025-06-01"},
                 {"D3", "E1", "实习生", "", 1, "", "2025-07-01"}};
    d.demand_skills = {{"D1", "python", 1.0}, {"D1", "ml", 0.5}};
    d.outcomes = {{"M2", 2022, 100, 90}, {"M2", 2024, 30, 27}, {"M3", 2024, 50, 45}, {"M1", 2024, 80, 72}};
    return d;
}

}  // namespace woshou::test
