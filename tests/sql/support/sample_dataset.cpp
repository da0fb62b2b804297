#include "support/sample_dataset.hpp"

#include <algorithm>
#include <tuple>

namespace woshou::sql::test {

model::Dataset sample_dataset() {
    model::Dataset d;
    d.universities = {
        {"tju", "天津大学", "Tianjin University", "天津市南开区"},
        {"LIS uni", "图书馆学院", "", ""},
        {"nku", "南开大学", "Nankai University", "天津"},
    };
    d.majors = {
        {"tju-080910T", "tju", "080910T", "数据科学与大数据技术", "", "bachelor"},
        {"tju-080901", "tju", "080901", "计算机科学与技术", "Computer Science and Technology", "bachelor"},
        {"nku-120102", "nku", "120102", "信息管理与信息系统",
         "Information Management and Information Systems", "bachelor"},
    };
    d.courses = {
        {"tju-CS201", "tju", "CS201", "数据结构", "Data Structures", 1.0 / 3.0, std::nullopt, "", ""},
        {"tju-CS101", "tju", "CS101", "程序设计基础", "Programming Fundamentals", 3.5, 56, "专业必修",
         "第一行\n第二行 with 'quotes'; a semicolon -- and dashes"},
        {"LIS 3781", "LIS uni", "LIS 3781", "信息检索", "", 2, 0, "选修", ""},
    };
    d.plans = {
        {"tju-080901-2024", "tju-080901", 2024, "v2.0"},
        {"tju-080901-2023", "tju-080901", 2023, "v1"},
        {"nku-120102-2023", "nku-120102", 2023, "2023版"},
    };
    d.plan_courses = {
        {"tju-080901-2023", "tju-CS201", 12, false},
        {"tju-080901-2023", "tju-CS101", 1, true},
        {"nku-120102-2023", "LIS 3781", 5, false},
    };
    d.prerequisites = {{"tju-CS201", "tju-CS101"}};
    d.skills = {
        {"http://data.europa.eu/esco/skill/ccd0a1d9", "Python", "", {}, "knowledge", "esco"},
        {"S1", "编程", "programming", {"程序设计", "coding skills", "写 代码"}, "skill/competence", "bundle"},
        {"S group", "软件开发", "software development", {"only one"}, "skill group", "bundle"},
    };
    d.skill_broaders = {
        {"http://data.europa.eu/esco/skill/ccd0a1d9", "S group"},
        {"S1", "S group"},
    };
    d.course_skills = {
        {"tju-CS201", "S1", 1.0 / 3.0},
        {"tju-CS101", "S1", 1.0},
        {"tju-CS101", "http://data.europa.eu/esco/skill/ccd0a1d9", 0.35},
    };
    d.occupations = {
        {"http://data.europa.eu/esco/occupation/f2b15a0e", "软件开发人员", "software developer"},
        {"occ 2", "", ""},
    };
    d.occupation_skills = {
        {"http://data.europa.eu/esco/occupation/f2b15a0e", "S1", true},
        {"http://data.europa.eu/esco/occupation/f2b15a0e", "S group", false},
    };
    d.employers = {
        {"e2", "", "", ""},
        {"e1", "中汽研（天津）汽车工程研究院", "intelligent manufacturing", "滨海新区"},
    };
    d.demands = {
        {"d2", "e2", "", "", 1, "", "2023-12-31"},
        {"d1", "e1", "嵌入式工程师", "http://data.europa.eu/esco/occupation/f2b15a0e", 3, "滨海新区",
         "2024-03-01"},
    };
    d.demand_skills = {
        {"d1", "S1", 1.0},
        {"d1", "S group", 0.5},
        {"d2", "S1", 0.1},
    };
    d.outcomes = {
        {"tju-080901", 2023, 120, 110},
        {"tju-080901", 2022, 100, 100},
        {"nku-120102", 2024, 0, 0},
    };
    return d;
}

namespace {

template <class Row, class Key>
void sort_by(std::vector<Row>& rows, Key key) {
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
}

}  // namespace

model::Dataset in_key_order(model::Dataset d) {
    auto by_id = [](const auto& r) { return r.id; };
    sort_by(d.universities, by_id);
    sort_by(d.majors, by_id);
    sort_by(d.courses, by_id);
    sort_by(d.plans, by_id);
    sort_by(d.plan_courses, [](const auto& r) { return std::tie(r.plan_id, r.course_id); });
    sort_by(d.prerequisites, [](const auto& r) { return std::tie(r.course_id, r.prerequisite_id); });
    sort_by(d.skills, by_id);
    sort_by(d.skill_broaders, [](const auto& r) { return std::tie(r.skill_id, r.broader_id); });
    sort_by(d.course_skills, [](const auto& r) { return std::tie(r.course_id, r.skill_id); });
    sort_by(d.occupations, by_id);
    sort_by(d.occupation_skills, [](const auto& r) { return std::tie(r.occupation_id, r.skill_id); });
    sort_by(d.employers, by_id);
    sort_by(d.demands, by_id);
    sort_by(d.demand_skills, [](const auto& r) { return std::tie(r.demand_id, r.skill_id); });
    sort_by(d.outcomes, [](const auto& r) { return std::tie(r.major_id, r.year); });
    return d;
}

}  // namespace woshou::sql::test
