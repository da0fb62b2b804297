// Query commands: GET a route of a running woshoud, print a table or the JSON.
#pragma once

#include <string>

namespace woshou::clients {

struct QueryOptions {
    std::string server;  // base URL, e.g. http://127.0.0.1:8080
    bool json = false;   // print the server's JSON as is
};

struct MajorSearch {
    std::string q;
    std::string university;
    std::string code;
    int limit = 20;
    int offset = 0;
};

// `woshou majors search`; returns the exit code (0 ok, 1 failure, 2 not found / bad request).
int search_majors(const QueryOptions& options, const MajorSearch& search);
// `woshou major show ID`.
int show_major(const QueryOptions& options, const std::string& id);
// `woshou stats`.
int show_stats(const QueryOptions& options);

}  // namespace woshou::clients
