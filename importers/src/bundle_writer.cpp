#include "woshou/importers/bundle_writer.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

namespace woshou::importers {
namespace {

// One CSV file; fields are quoted only when they must be (RFC 4180).
class CsvFile {
public:
    CsvFile(const std::filesystem::path& path, std::initializer_list<const char*> header) : path_(path), out_(path) {
        if (!out_) throw std::runtime_error(path.string() + ": cannot create file");
        std::vector<std::string> names(header.begin(), header.end());
        row(names);
    }
    ~CsvFile() noexcept(false) {
        out_.flush();
        if (!out_) throw std::runtime_error(path_.string() + ": write failed");
    }
    void row(const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) out_ << ',';
            write_field(fields[i]);
        }
        out_ << '\n';
    }

private:
    void write_field(const std::string& field) {
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            out_ << field;
            return;
        }
        out_ << '"';
        for (char c : field) {
            if (c == '"') out_ << '"';
            out_ << c;
        }
        out_ << '"';
    }
    std::filesystem::path path_;
    std::ofstream out_;
};

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string join(const std::vector<std::string>& parts, char separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

}  // namespace

void write_bundle(const model::Dataset& d, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    auto file = [&dir](const char* name) { return dir / name; };
    if (!d.universities.empty()) {
        CsvFile f(file("universities.csv"), {"university_id", "name", "name_en", "region"});
        for (const auto& u : d.universities) f.row({u.id, u.name, u.name_en, u.region});
    }
    if (!d.majors.empty()) {
        CsvFile f(file("majors.csv"), {"major_id", "university_id", "code", "name", "name_en", "degree_level"});
        for (const auto& m : d.majors) f.row({m.id, m.university_id, m.code, m.name, m.name_en, m.degree_level});
    }
    if (!d.courses.empty()) {
        CsvFile f(file("courses.csv"),
                  {"course_id", "university_id", "code", "name", "name_en", "credits", "hours", "category", "description"});
        for (const auto& c : d.courses)
            f.row({c.id, c.university_id, c.code, c.name, c.name_en, number(c.credits),
                   c.hours ? std::to_string(*c.hours) : std::string(), c.category, c.description});
    }
    if (!d.plans.empty()) {
        CsvFile f(file("plans.csv"), {"plan_id", "major_id", "cohort_year", "version"});
        for (const auto& p : d.plans) f.row({p.id, p.major_id, std::to_string(p.cohort_year), p.version});
    }
    if (!d.plan_courses.empty()) {
        CsvFile f(file("plan_courses.csv"), {"plan_id", "course_id", "semester", "required"});
        for (const auto& pc : d.plan_courses)
            f.row({pc.plan_id, pc.course_id, std::to_string(pc.semester), pc.required ? "1" : "0"});
    }
    if (!d.prerequisites.empty()) {
        CsvFile f(file("prerequisites.csv"), {"course_id", "prerequisite_id"});
        for (const auto& p : d.prerequisites) f.row({p.course_id, p.prerequisite_id});
    }
    if (!d.skills.empty()) {
        std::unordered_map<std::string, std::string> parent;
        for (const auto& b : d.skill_broaders) parent.emplace(b.skill_id, b.broader_id);
        CsvFile f(file("skills.csv"), {"skill_id", "label", "label_en", "alt_labels", "parent_id"});
        for (const auto& s : d.skills) {
            auto it = parent.find(s.id);
            f.row({s.id, s.label, s.label_en, join(s.alt_labels, '|'), it == parent.end() ? std::string() : it->second});
        }
    }
    if (!d.course_skills.empty()) {
        CsvFile f(file("course_skills.csv"), {"course_id", "skill_id", "weight"});
        for (const auto& cs : d.course_skills) f.row({cs.course_id, cs.skill_id, number(cs.weight)});
    }
    if (!d.occupations.empty()) {
        CsvFile f(file("occupations.csv"), {"occupation_id", "label", "label_en"});
        for (const auto& o : d.occupations) f.row({o.id, o.label, o.label_en});
    }
    if (!d.occupation_skills.empty()) {
        CsvFile f(file("occupation_skills.csv"), {"occupation_id", "skill_id", "relation"});
        for (const auto& os : d.occupation_skills) f.row({os.occupation_id, os.skill_id, os.essential ? "essential" : "optional"});
    }
    if (!d.employers.empty()) {
        CsvFile f(file("employers.csv"), {"employer_id", "name", "industry", "region"});
        for (const auto& e : d.employers) f.row({e.id, e.name, e.industry, e.region});
    }
    if (!d.demands.empty()) {
        CsvFile f(file("demands.csv"), {"demand_id", "employer_id", "title", "occupation_id", "headcount", "region", "posted_on"});
        for (const auto& x : d.demands)
            f.row({x.id, x.employer_id, x.title, x.occupation_id, std::to_string(x.headcount), x.region, x.posted_on});
    }
    if (!d.demand_skills.empty()) {
        CsvFile f(file("demand_skills.csv"), {"demand_id", "skill_id", "importance"});
        for (const auto& ds : d.demand_skills) f.row({ds.demand_id, ds.skill_id, number(ds.importance)});
    }
    if (!d.outcomes.empty()) {
        CsvFile f(file("outcomes.csv"), {"major_id", "year", "graduates", "placed"});
        for (const auto& o : d.outcomes)
            f.row({o.major_id, std::to_string(o.year), std::to_string(o.graduates), std::to_string(o.placed)});
    }
}

}  // namespace woshou::importers
