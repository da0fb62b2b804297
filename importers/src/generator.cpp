#include "woshou/importers/generator.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <cstdio>
#include <random>
#include <unordered_map>

namespace woshou::importers {
namespace {

// splitmix-seeded mt19937_64 has a fixed sequence on every platform; the
// standard distributions do not, so draw with our own helpers.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t next() { return engine_(); }
    // Uniform in [0, n).
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    // Index skewed towards 0 (Zipf-like, exponent about 1).
    std::size_t skewed(std::size_t n) {
        const double u = unit();
        return std::min(n - 1, static_cast<std::size_t>(std::pow(static_cast<double>(n) + 1.0, u)) - 1);
    }

private:
    std::mt19937_64 engine_;
};

std::string pad(int value, int width) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

std::string date_of_day(int day_offset) {
    // Days from 2024-01-01 over three years.
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2024;
    int day = day_offset;
    for (;;) {
        const bool leap = year % 4 == 0;
        const int days_in_year = leap ? 366 : 365;
        if (day < days_in_year) break;
        day -= days_in_year;
        ++year;
    }
    int month = 0;
    for (;; ++month) {
        const int length = month_days[month] + (month == 1 && year % 4 == 0 ? 1 : 0);
        if (day < length) break;
        day -= length;
    }
    return std::to_string(year) + "-" + pad(month + 1, 2) + "-" + pad(day + 1, 2);
}

// A small generated taxonomy: groups of skills under group skills, and
// occupations whose profiles stay mostly inside two or three groups.
void generate_taxonomy(const GeneratorOptions& o, Random& rng, model::Dataset& out) {
    const int groups = std::max(1, o.generated_skills / 30);
    for (int g = 0; g < groups; ++g) {
        const std::string gid = "gen.group." + pad(g, 4);
        out.skills.push_back({gid, "技能组 " + std::to_string(g), "skill group " + std::to_string(g), {}, "skill group", "generated"});
    }
    for (int s = 0; s < o.generated_skills; ++s) {
        const std::string id = "gen.skill." + pad(s, 5);
        out.skills.push_back({id, "技能 " + std::to_string(s), "skill " + std::to_string(s), {"s" + std::to_string(s)},
                              s % 3 == 0 ? "knowledge" : "skill/competence", "generated"});
        out.skill_broaders.push_back({id, "gen.group." + pad(s % groups, 4)});
    }
    for (int k = 0; k < o.generated_occupations; ++k) {
        const std::string id = "gen.occ." + pad(k, 4);
        out.occupations.push_back({id, "职业 " + std::to_string(k), "occupation " + std::to_string(k)});
        const int home = static_cast<int>(rng.below(static_cast<std::size_t>(groups)));
        std::vector<int> picked;
        for (int i = 0; i < 20; ++i) {
            const int group = rng.unit() < 0.7 ? home : static_cast<int>(rng.below(static_cast<std::size_t>(groups)));
            const int skill = group + groups * static_cast<int>(rng.below(static_cast<std::size_t>(std::max(1, o.generated_skills / groups))));
            if (skill < o.generated_skills) picked.push_back(skill);
        }
        std::sort(picked.begin(), picked.end());
        picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
        for (std::size_t i = 0; i < picked.size(); ++i)
            out.occupation_skills.push_back({id, "gen.skill." + pad(picked[i], 5), i % 2 == 0});
    }
}

template <typename Row, typename Key>
void sort_unique(std::vector<Row>& rows, Key key) {
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
    rows.erase(std::unique(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) == key(b); }),
               rows.end());
}

}  // namespace

model::Dataset generate_dataset(const GeneratorOptions& o, const model::Dataset* taxonomy) {
    Random rng(o.seed);
    model::Dataset out;
    model::Dataset generated;
    if (!taxonomy || taxonomy->skills.empty()) {
        generate_taxonomy(o, rng, generated);
        taxonomy = &generated;
        out.skills = generated.skills;
        out.skill_broaders = generated.skill_broaders;
        out.occupations = generated.occupations;
        out.occupation_skills = generated.occupation_skills;
    }

    // Occupation profiles: the pools majors and demands draw skills from.
    std::unordered_map<std::string, std::size_t> occupation_of;
    std::vector<std::vector<std::pair<std::string, bool>>> profiles;
    std::vector<std::string> occupation_ids;
    for (const auto& occ : taxonomy->occupations) {
        occupation_of.emplace(occ.id, occupation_ids.size());
        occupation_ids.push_back(occ.id);
        profiles.emplace_back();
    }
    for (const auto& os : taxonomy->occupation_skills)
        if (auto it = occupation_of.find(os.occupation_id); it != occupation_of.end())
            profiles[it->second].emplace_back(os.skill_id, os.essential);
    std::vector<std::size_t> usable;  // occupations with a profile
    for (std::size_t i = 0; i < profiles.size(); ++i)
        if (profiles[i].size() >= 5) usable.push_back(i);
    if (usable.empty()) return out;

    static const char* regions[] = {"和平区", "河西区", "南开区", "河北区", "红桥区", "东丽区", "西青区", "津南区", "北辰区", "滨海新区"};
    static const char* industries[] = {"intelligent-manufacturing", "it-application-innovation", "biomedicine",
                                       "port-logistics", "finance"};
    static const char* categories[] = {"通识必修", "学科基础", "专业核心", "专业选修", "实践"};

    for (int u = 0; u < o.universities; ++u)
        out.universities.push_back({"GU" + pad(u, 4), "生成大学 " + std::to_string(u), "Generated University " + std::to_string(u),
                                    regions[u % 10]});

    // Shared general courses per university (math, English, ...), levels 1-2.
    const int general_courses = 10;
    std::vector<std::vector<std::string>> general(o.universities);
    for (int u = 0; u < o.universities; ++u)
        for (int g = 0; g < general_courses; ++g) {
            const std::string uid = "GU" + pad(u, 4);
            const std::string id = uid + " GEN" + pad(g, 3);
            out.courses.push_back({id, uid, "GEN" + pad(g, 3), "通识课程 " + std::to_string(g), "General course " + std::to_string(g),
                                   static_cast<double>(rng.between(2, 4)), 48, categories[0], ""});
            general[u].push_back(id);
        }

    for (int m = 0; m < o.majors; ++m) {
        const int u = m % o.universities;
        const std::string uid = "GU" + pad(u, 4);
        const std::string mid = uid + "-M" + pad(m, 5);
        out.majors.push_back({mid, uid, "0809" + pad(m % 100, 2), "生成专业 " + std::to_string(m),
                              "Generated major " + std::to_string(m), "bachelor"});
        // Two or three target occupations make majors differ realistically.
        std::vector<std::size_t> targets;
        const int target_count = rng.between(2, 3);
        for (int t = 0; t < target_count; ++t) targets.push_back(usable[rng.below(usable.size())]);

        // The major's own courses, each with a level 1..8 (prerequisites only go down a level).
        std::vector<std::pair<std::string, int>> own;
        for (int c = 0; c < o.courses_per_major; ++c) {
            const std::string code = "M" + pad(m, 5) + "C" + pad(c, 3);
            const std::string cid = uid + " " + code;
            const int level = 1 + c * 8 / std::max(1, o.courses_per_major);
            out.courses.push_back({cid, uid, code, "专业课程 " + std::to_string(c), "Course " + std::to_string(c),
                                   static_cast<double>(rng.between(1, 4)), rng.between(1, 4) * 16,
                                   categories[1 + rng.below(4)], ""});
            const auto& profile = profiles[targets[rng.below(targets.size())]];
            const int skills = rng.between(2, 5);
            for (int k = 0; k < skills; ++k)
                out.course_skills.push_back({cid, profile[rng.below(profile.size())].first, 0.2 + 0.8 * rng.unit()});
            if (c > 0 && rng.unit() < 0.6) {
                const auto& [pre, pre_level] = own[rng.below(own.size())];
                if (pre_level < level) out.prerequisites.push_back({cid, pre});
            }
            own.emplace_back(cid, level);
        }

        const std::string pid = mid + "-2024";
        out.plans.push_back({pid, mid, 2024, "v1"});
        const int plan_size = rng.between(40, 60);
        int placed = 0;
        for (const auto& g : general[u]) {
            out.plan_courses.push_back({pid, g, 1 + placed % 2, true});
            ++placed;
        }
        for (const auto& [cid, level] : own) {
            if (placed >= plan_size) break;
            out.plan_courses.push_back({pid, cid, level, rng.unit() < 0.75});
            ++placed;
        }
        for (int year = 2023; year <= 2025; ++year) {
            const int graduates = rng.between(40, 300);
            const double rate = 0.6 + 0.38 * rng.unit();
            out.outcomes.push_back({mid, year, graduates, static_cast<int>(graduates * rate)});
        }
    }

    for (int e = 0; e < o.employers; ++e)
        out.employers.push_back({"GE" + pad(e, 6), "生成企业 " + std::to_string(e), industries[e % 5], regions[rng.below(10)]});

    for (int d = 0; d < o.demands; ++d) {
        const std::string did = "GD" + pad(d, 8);
        const std::size_t occupation = usable[rng.skewed(usable.size())];
        const int headcount = 1 + static_cast<int>(rng.skewed(50));
        const bool by_profile = rng.unit() < 0.2;
        out.demands.push_back({did, "GE" + pad(static_cast<int>(rng.below(static_cast<std::size_t>(o.employers))), 6),
                               "岗位 " + std::to_string(d), by_profile ? occupation_ids[occupation] : "", headcount,
                               rng.unit() < 0.5 ? regions[rng.below(10)] : "", date_of_day(static_cast<int>(rng.below(1096)))});
        if (by_profile) continue;
        const auto& profile = profiles[occupation];
        for (int k = 0; k < o.skills_per_demand; ++k)
            out.demand_skills.push_back({did, profile[rng.below(profile.size())].first, 0.1 + 0.9 * rng.unit()});
    }

    sort_unique(out.course_skills, [](const model::CourseSkill& r) { return std::tie(r.course_id, r.skill_id); });
    sort_unique(out.demand_skills, [](const model::DemandSkill& r) { return std::tie(r.demand_id, r.skill_id); });
    sort_unique(out.prerequisites, [](const model::Prerequisite& r) { return std::tie(r.course_id, r.prerequisite_id); });
    return out;
}

}  // namespace woshou::importers
