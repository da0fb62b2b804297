// `woshou generate`: a seeded city, province or nation as a bundle folder.
#pragma once

#include <string>

namespace woshou::clients {

struct GenerateOptions {
    std::string scale = "city";  // city | province | nation
    unsigned long long seed = 1;
    std::string out;
    std::string esco;  // ESCO folder; empty = ../shared/data/esco-1.1.1 when present, else a generated taxonomy
    bool no_esco = false;
    int majors = 0;    // overrides of the scale's shape, 0 = the scale's
    int demands = 0;
};

// Generates and writes the bundle; returns the exit code.
int generate_bundle(const GenerateOptions& options);

}  // namespace woshou::clients
