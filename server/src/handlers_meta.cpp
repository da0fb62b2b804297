#include "json_out.hpp"
#include "params.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>

namespace woshou::server {

Response get_healthz(const Request& request, const Context& context) {
    check_parameters(request, {});
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    field(w, "status", "ok");
    return finish(out, context);
}

Response get_stats(const Request& request, const Context& context) {
    check_parameters(request, {});
    const model::Dataset& data = context.snapshot->data();
    // ESCO skill groups are hierarchy nodes, not skills a course teaches;
    // counted apart so "skills" matches the taxonomy's own skill count.
    auto groups = static_cast<std::uint64_t>(std::count_if(
        data.skills.begin(), data.skills.end(), [](const model::Skill& s) { return s.type == "skill group"; }));

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "counts");
    w.StartObject();
    field(w, "universities", static_cast<std::uint64_t>(data.universities.size()));
    field(w, "majors", static_cast<std::uint64_t>(data.majors.size()));
    field(w, "plans", static_cast<std::uint64_t>(data.plans.size()));
    field(w, "courses", static_cast<std::uint64_t>(data.courses.size()));
    field(w, "skills", static_cast<std::uint64_t>(data.skills.size()) - groups);
    field(w, "skill_groups", groups);
    field(w, "occupations", static_cast<std::uint64_t>(data.occupations.size()));
    field(w, "employers", static_cast<std::uint64_t>(data.employers.size()));
    field(w, "demands", static_cast<std::uint64_t>(data.demands.size()));
    w.EndObject();
    field(w, "backend", context.backend);
    return finish(out, context);
}

}  // namespace woshou::server
