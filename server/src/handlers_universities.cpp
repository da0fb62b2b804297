#include "json_entities.hpp"
#include "params.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>
#include <numeric>

namespace woshou::server {

Response list_universities(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto& snapshot = *context.snapshot;
    const auto& universities = snapshot.data().universities;
    std::vector<graph::Index> order(universities.size());
    std::iota(order.begin(), order.end(), graph::Index{0});
    std::sort(order.begin(), order.end(),
              [&](graph::Index a, graph::Index b) { return universities[a].id < universities[b].id; });

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    field(w, "total", static_cast<std::uint64_t>(universities.size()));
    key(w, "universities");
    w.StartArray();
    for (graph::Index u : order) {
        const auto& university = universities[u];
        w.StartObject();
        field(w, "id", university.id);
        field(w, "name", university.name);
        field(w, "name_en", university.name_en);
        field(w, "region", university.region);
        field(w, "major_count", static_cast<std::uint64_t>(snapshot.majors_of_university(u).size()));
        field(w, "course_count", static_cast<std::uint64_t>(snapshot.courses_of_university(u).size()));
        w.EndObject();
    }
    w.EndArray();
    return finish(out, context);
}

Response get_university(const Request& request, const Context& context) {
    check_parameters(request, {});
    const auto& snapshot = *context.snapshot;
    const std::string& id = request.path_param("id");
    auto u = snapshot.find_university(id);
    if (!u) throw_not_found("university", id);

    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    key(w, "university");
    write_university(w, snapshot.data().universities[*u]);
    field(w, "course_count", static_cast<std::uint64_t>(snapshot.courses_of_university(*u).size()));
    key(w, "majors");
    w.StartArray();
    for (graph::Index m : snapshot.majors_of_university(*u)) write_major(w, snapshot.data().majors[m]);
    w.EndArray();
    return finish(out, context);
}

}  // namespace woshou::server
