#include "generate_command.hpp"

#include "woshou/importers/bundle_writer.hpp"
#include "woshou/importers/esco_reader.hpp"
#include "woshou/importers/generator.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>

namespace woshou::clients {
namespace {

// The shapes of issue 6: universities, majors (50 courses each), demands, employers.
importers::GeneratorOptions shape_of(const std::string& scale) {
    importers::GeneratorOptions o;
    if (scale == "province") {
        o.universities = 150;
        o.majors = 3'000;
        o.demands = 300'000;
        o.employers = 15'000;
    } else if (scale == "nation") {
        o.universities = 2'800;
        o.majors = 50'000;
        o.demands = 2'000'000;
        o.employers = 100'000;
    }  // city: the defaults (30, 600, 50,000, 2,500)
    return o;
}

}  // namespace

int generate_bundle(const GenerateOptions& options) {
    try {
        const auto started = std::chrono::steady_clock::now();
        auto shape = shape_of(options.scale);
        shape.seed = options.seed;
        if (options.majors > 0) shape.majors = options.majors;
        if (options.demands > 0) shape.demands = options.demands;

        std::filesystem::path esco = options.esco;
        if (esco.empty() && !options.no_esco) {
            const auto beside = std::filesystem::path("..") / "shared" / "data" / "esco-1.1.1";
            if (std::filesystem::exists(beside / "skills_en.csv")) esco = beside;
        }
        model::Dataset taxonomy;
        if (!esco.empty()) {
            importers::EscoOptions esco_options;
            esco_options.skip_unknown_occupations = true;
            taxonomy = importers::read_esco(esco, esco_options).data;
            fmt::print(stderr, "using the ESCO taxonomy in {} (import it before this bundle: woshou import esco {})\n",
                       esco.string(), esco.string());
        } else {
            fmt::print(stderr, "using a generated taxonomy (included in the bundle)\n");
        }
        const auto data = importers::generate_dataset(shape, taxonomy.skills.empty() ? nullptr : &taxonomy);
        importers::write_bundle(data, options.out);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        fmt::print("wrote {} rows to {} in {:.1f} s: {} universities, {} majors, {} courses, {} demands\n",
                   data.row_count(), options.out, seconds, data.universities.size(), data.majors.size(),
                   data.courses.size(), data.demands.size());
        return 0;
    } catch (const std::exception& e) {
        fmt::print(stderr, "woshou generate: {}\n", e.what());
        return 1;
    }
}

}  // namespace woshou::clients
