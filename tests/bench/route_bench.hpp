// The non-socket request path of read routes (server::handle_http: routing,
// parameters, the analysis, the JSON body), to tell apart what a route costs
// from what the socket, HTTP parsing and the client cost under wrk.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <memory>
#include <string>

namespace woshou::bench {

// Times GET /healthz, GET /api/v1/majors/{id} and GET /api/v1/majors/{id}/gap
// over the majors in turn (at least `min_requests` each, caches warm) and
// prints one table row per route named `label`, with the body size.
void run_route_bench(const std::string& label, std::shared_ptr<const graph::Snapshot> snapshot,
                     std::size_t min_requests);

}  // namespace woshou::bench
