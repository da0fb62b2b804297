#include "sample_data.hpp"

namespace woshou::test {

model::Dataset sample_dataset() {
    model::Dataset d;
    d.universities = {
        {"NKU", "南开大学", "Nankai University", "天津"},
        {"TJU", "天津大学", "Tianjin University", "天津"},
    };
    d.majors = {
        {"NKU-120102", "NKU", "120102", "信息管理与信息系统", "Information Management and Information Systems", "bachelor"},
        {"NKU/080910T", "NKU", "080910T", "数据科学与大数据技术", "Data Science and Big Data Technology", "bachelor"},
        {"TJU-080901", "TJU", "080901", "计算机科学与技术", "Computer Science and Technology", "bachelor"},
        {"TJU-080902", "TJU", "080902", "软件工程", "Software Engineering", "bachelor"},
    };
    d.courses = {
        {"CS 101", "TJU", "CS101", "程序设计基础", "Programming Fundamentals", 4, 64, "core", "C and Python"},
        {"CS 201", "TJU", "CS201", "数据结构", "Data Structures", 3.5, 56, "core", ""},
        {"CS 250", "TJU", "CS250", "数据库系统", "Database Systems", 3, std::nullopt, "elective", ""},
        {"CS 301", "TJU", "CS301", "操作系统", "Operating Systems", 3, 48, "core", ""},
        {"MA 101", "TJU", "MA101", "高等数学", "Calculus", 5, 80, "foundation", ""},
    };
    d.plans = {
        {"TJU-080901-2023", "TJU-080901", 2023, "v1"},
        {"TJU-080901-2024", "TJU-080901", 2024, "v1"},
    };
    d.plan_courses = {
        {"TJU-080901-2023", "CS 101", 1, true},
        {"TJU-080901-2023", "CS 201", 2, true},
        {"TJU-080901-2024", "CS 101", 1, true},
        {"TJU-080901-2024", "MA 101", 1, true},
        {"TJU-080901-2024", "CS 201", 2, true},
        {"TJU-080901-2024", "CS 250", 3, false},
        {"TJU-080901-2024", "CS 301", 4, true},
    };
    d.prerequisites = {
        {"CS 201", "CS 101"},
        {"CS 250", "CS 201"},
        {"CS 301", "CS 201"},
    };
    d.skills = {
        {"S-cs", "计算机科学", "computer science", {}, "skill group", "bundle"},
        {"S-ds", "数据结构", "data structures", {}, "knowledge", "bundle"},
        {"S-os", "操作系统", "operating systems", {}, "knowledge", "bundle"},
        {"S-prog", "编程", "programming", {"coding", "写代码"}, "skill/competence", "bundle"},
        {"S-sql", "SQL", "SQL", {"结构化查询语言"}, "skill/competence", "bundle"},
        {esco_skill_id, "使用数据库", "use databases", {"database use"}, "skill/competence", "esco"},
    };
    d.skill_broaders = {
        {"S-ds", "S-cs"},
        {"S-os", "S-cs"},
        {"S-prog", "S-cs"},
        {esco_skill_id, "S-cs"},
    };
    d.course_skills = {
        {"CS 101", "S-prog", 0.9},
        {"CS 201", "S-ds", 0.8},
        {"CS 201", "S-prog", 0.4},
        {"CS 250", "S-sql", 0.7},
        {"CS 250", esco_skill_id, 0.5},
        {"CS 301", "S-os", 0.8},
    };
    d.occupations = {{"O-dev", "软件开发人员", "software developer"}};
    d.occupation_skills = {{"O-dev", "S-prog", true}};
    d.employers = {{"E-1", "天津港集团", "port logistics", "天津"}};
    d.demands = {{"D-1", "E-1", "后端工程师", "O-dev", 3, "天津", "2024-03-01"}};
    d.demand_skills = {{"D-1", "S-sql", 0.9}};
    d.outcomes = {
        {"NKU-120102", 2023, 0, 0},
        {"TJU-080901", 2022, 100, 95},
        {"TJU-080901", 2023, 120, 108},
    };
    return d;
}

std::shared_ptr<const graph::Snapshot> sample_snapshot(std::uint64_t version) {
    return graph::Snapshot::build(sample_dataset(), version);
}

}  // namespace woshou::test
