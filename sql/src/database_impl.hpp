// The state behind woshou::sql::Database, shared by its source files.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <string>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

struct Database::Impl {
    std::string backend;   // "sqlite" or "postgresql"
    std::string redacted;  // connection string without password
    soci::session session;
};

namespace detail {

// Reads every table of an up-to-date schema into a Dataset (load.cpp).
model::Dataset load_dataset(soci::session& session);
// Reads every table of an up-to-date schema straight into a snapshot (load.cpp).
std::shared_ptr<const graph::Snapshot> load_snapshot(soci::session& session, std::uint64_t version);

// Writes `rows` and bumps data_version inside the caller's transaction (upsert.cpp).
void write_dataset(soci::session& session, const model::Dataset& rows, const ProgressFn& progress,
                   const TableReadyFn& ready);

}  // namespace detail
}  // namespace woshou::sql
