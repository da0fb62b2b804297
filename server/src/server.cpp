#include "woshou/server/server.hpp"

#include "http_server.hpp"
#include "woshou/server/router.hpp"
#include "woshou/server/snapshot_reloader.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/database.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace woshou::server {

int run_server(const ServerConfig& config) {
    validate(config);
    spdlog::set_level(spdlog::level::from_str(config.log_level));
    spdlog::info("woshoud starting: {}", describe(config));
    try {
        auto database = sql::Database::open(config.database);
        auto started = std::chrono::steady_clock::now();
        // The version is read before the rows; see SnapshotReloader::reload_if_changed.
        std::uint64_t version = database->data_version();
        graph::SnapshotHolder holder(database->load_snapshot(version));
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        spdlog::info("snapshot version {} built from {} in {} ms", version, database->backend(), ms.count());

        Router router = make_api_router();
        SnapshotReloader reloader(*database, holder, to_duration(config.reload_interval_s));
        // A write publishes a new snapshot before its response goes out, so the
        // next request already sees it.
        WriteServices writes(config.database, config.rate_limit, [&reloader] { reloader.reload_if_changed(); });
        HttpServer http(config, router, holder, database->backend(), &writes);
        std::string bound = http.listen();
        // On stdout, so scripts and the end-to-end test can learn an ephemeral port.
        std::cout << "listening on " << bound << std::endl;
        spdlog::info("listening on {}", bound);

        reloader.start();
        http.run();
        reloader.stop();
        spdlog::info("woshoud stopped");
        return 0;
    } catch (const std::exception& error) {
        spdlog::critical("woshoud cannot run: {}", error.what());
        return 1;
    }
}

}  // namespace woshou::server
