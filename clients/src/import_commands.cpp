#include "import_commands.hpp"

#include "progress_bar.hpp"
#include "table_gate.hpp"
#include "woshou/importers/bundle_reader.hpp"
#include "woshou/importers/esco_reader.hpp"
#include "woshou/sql/database.hpp"

#include <fmt/format.h>

#include <chrono>
#include <exception>
#include <thread>

namespace woshou::clients {
namespace {

// "universities 4, majors 20, ..." for every entity that has rows.
std::string describe_counts(const model::Dataset& d) {
    const std::pair<const char*, std::size_t> counts[] = {
        {"universities", d.universities.size()}, {"majors", d.majors.size()},
        {"courses", d.courses.size()},           {"plans", d.plans.size()},
        {"plan_courses", d.plan_courses.size()}, {"prerequisites", d.prerequisites.size()},
        {"skills", d.skills.size()},             {"skill_broaders", d.skill_broaders.size()},
        {"course_skills", d.course_skills.size()}, {"occupations", d.occupations.size()},
        {"occupation_skills", d.occupation_skills.size()}, {"employers", d.employers.size()},
        {"demands", d.demands.size()},           {"demand_skills", d.demand_skills.size()},
        {"outcomes", d.outcomes.size()}};
    std::string out;
    for (const auto& [name, n] : counts) {
        if (n == 0) continue;
        if (!out.empty()) out += ", ";
        out += fmt::format("{} {}", name, n);
    }
    return out.empty() ? "no rows" : out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The one-line summary. The write's own time is reported besides the whole
// command's: reading and validating files is the importer's cost, the write
// is the database's (docs/performance.md reports both).
void report(sql::Database& db, const model::Dataset& rows, std::chrono::steady_clock::time_point started,
            double write_seconds) {
    const double seconds = seconds_since(started);
    const auto total = static_cast<double>(rows.row_count());
    fmt::print("imported {} rows in {:.2f} s ({:.0f} rows/s; write {:.2f} s, {:.0f} rows/s): {}; data version {}\n",
               rows.row_count(), seconds, seconds > 0 ? total / seconds : 0.0, write_seconds,
               write_seconds > 0 ? total / write_seconds : 0.0, describe_counts(rows), db.data_version());
}

// Writes `rows` with a progress bar and prints the summary.
void write_and_report(sql::Database& db, const model::Dataset& rows,
                      std::chrono::steady_clock::time_point started) {
    ProgressBar bar("writing");
    const auto writing = std::chrono::steady_clock::now();
    db.upsert(rows, [&bar](std::size_t done, std::size_t total) { bar.update(done, total); });
    const double write_seconds = seconds_since(writing);
    bar.finish();
    report(db, rows, started, write_seconds);
}

// Reads the bundle on this thread while another writes each table as soon as
// its file has been read and validated (TableGate), and prints the summary.
// The commit waits for the whole bundle to pass, so all or nothing holds as
// in write_and_report; a reading error is reported before a writing one (the
// write only fails for it). "write" is the writer's time minus its waits.
void read_write_and_report(sql::Database& db, const ImportOptions& options, const model::Dataset& existing,
                           std::chrono::steady_clock::time_point started) {
    model::Dataset rows;
    TableGate gate;
    ProgressBar bar("writing");
    std::exception_ptr write_error;
    double write_seconds = 0;
    std::thread writer([&] {
        const auto writing = std::chrono::steady_clock::now();
        try {
            db.upsert(
                rows, [&bar](std::size_t done, std::size_t total) { bar.update(done, total); },
                [&gate](const void* table) { gate.wait(table); });
        } catch (...) {
            write_error = std::current_exception();
            gate.abandon();
        }
        write_seconds = seconds_since(writing) - gate.waited_seconds();
    });
    try {
        importers::read_bundle_into(options.directory, existing, rows,
                                    [&gate](const void* table) { gate.done(table); });
        gate.finish();
    } catch (const WriteFailed&) {
        writer.join();
        std::rethrow_exception(write_error);
    } catch (...) {
        gate.fail();
        writer.join();
        throw;
    }
    writer.join();
    bar.finish();
    if (write_error) std::rethrow_exception(write_error);
    report(db, rows, started, write_seconds);
}

// Runs `body`, turning every failure into a message on stderr and exit code 1.
template <typename Body>
int guarded(Body&& body) {
    try {
        body();
        return 0;
    } catch (const importers::ImportError& e) {
        fmt::print(stderr, "import failed, database unchanged: {}\n", e.what());
    } catch (const sql::SqlError& e) {
        fmt::print(stderr, "import failed, database unchanged: database error ({}): {}\n", e.code(), e.what());
    } catch (const std::exception& e) {
        fmt::print(stderr, "import failed, database unchanged: {}\n", e.what());
    }
    return 1;
}

}  // namespace

int import_bundle(const ImportOptions& options) {
    return guarded([&] {
        const auto started = std::chrono::steady_clock::now();
        auto db = sql::Database::open(options.database);
        // References may point at rows imported earlier (ESCO skills by URI,
        // a university from last year's bundle), so validate against them too.
        const model::Dataset existing = db->load();
        if (options.read_first) {
            const model::Dataset rows = importers::read_bundle(options.directory, existing);
            write_and_report(*db, rows, started);
        } else {
            read_write_and_report(*db, options, existing, started);
        }
    });
}

int import_esco(const ImportOptions& options) {
    return guarded([&] {
        const auto started = std::chrono::steady_clock::now();
        importers::EscoOptions esco_options;
        esco_options.skip_unknown_occupations = options.skip_unknown_occupations;
        const auto result = importers::read_esco(options.directory, esco_options);
        for (const auto& warning : result.warnings) fmt::print(stderr, "warning: {}\n", warning);
        auto db = sql::Database::open(options.database);
        write_and_report(*db, result.data, started);
    });
}

}  // namespace woshou::clients
