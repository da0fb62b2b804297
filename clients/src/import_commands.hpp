// `woshou import bundle|esco`: read files, validate, write in one transaction.
#pragma once

#include <string>

namespace woshou::clients {

struct ImportOptions {
    std::string database;  // "sqlite:PATH" or a PostgreSQL connection string
    std::string directory;
    bool skip_unknown_occupations = false;  // esco only
    // bundle only: no overlap of reading and writing (the write is then timed
    // on a core of its own, as before the overlap existed)
    bool read_first = false;
};

// Imports a bundle folder; returns the process exit code (0 success). Errors go to stderr.
int import_bundle(const ImportOptions& options);

// Imports the official ESCO CSV download; returns the process exit code.
int import_esco(const ImportOptions& options);

}  // namespace woshou::clients
