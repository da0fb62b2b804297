// A seeded generator of realistic, referentially valid datasets at any scale,
// for benchmarks and `woshou generate`. Same options and seed -> same dataset.
#pragma once

#include "woshou/graph/model.hpp"

#include <cstdint>

namespace woshou::importers {

struct GeneratorOptions {
    std::uint64_t seed = 1;
    int universities = 30;
    int majors = 600;             // spread over the universities
    int courses_per_major = 50;   // distinct courses a major adds to its university's pool
    int demands = 50'000;
    int skills_per_demand = 10;
    int employers = 2'500;
    // Used only when no taxonomy is given: size of the generated skill taxonomy.
    int generated_skills = 3'000;
    int generated_occupations = 300;
};

// Generates a city. When `taxonomy` holds skills, hierarchy and occupation
// profiles (e.g. ESCO), courses and demands draw from it and it is NOT copied
// into the result; otherwise a taxonomy is generated and included.
model::Dataset generate_dataset(const GeneratorOptions& options, const model::Dataset* taxonomy = nullptr);

}  // namespace woshou::importers
