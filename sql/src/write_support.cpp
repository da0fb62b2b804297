#include "write_support.hpp"

#include <fmt/format.h>
#include <sodium.h>
#include <soci/soci.h>

#include <chrono>
#include <ctime>
#include <mutex>

#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {

namespace {

std::string format_utc(std::time_t when, const char* format) {
    std::tm tm{};
    gmtime_r(&when, &tm);
    char text[32];
    std::strftime(text, sizeof text, format, &tm);
    return text;
}

std::time_t now() { return std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()); }

}  // namespace

WriteTransaction::WriteTransaction(soci::session& session, const std::string& backend) : session_(session) {
    if (backend == "sqlite") {
        session_ << "BEGIN IMMEDIATE";
    } else {
        session_.begin();
    }
}

WriteTransaction::~WriteTransaction() {
    if (done_) return;
    try {
        session_.rollback();
    } catch (...) {
        // A destructor must not throw; the connection reports the failure on next use.
    }
}

void WriteTransaction::commit() {
    session_.commit();
    done_ = true;
}

std::string utc_now_iso() { return format_utc(now(), "%Y-%m-%dT%H:%M:%SZ"); }

std::string utc_iso_seconds_ago(long seconds) { return format_utc(now() - seconds, "%Y-%m-%dT%H:%M:%SZ"); }

std::string utc_today() { return format_utc(now(), "%Y-%m-%d"); }

void ensure_sodium() {
    static std::once_flag once;
    static bool ok = false;
    // sodium_init() is itself safe to repeat, but once is enough and cheaper.
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok) throw SqlError("io", "libsodium could not be initialised");
}

std::string random_hex_id(const std::string& prefix, std::size_t bytes) {
    ensure_sodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    hex.pop_back();  // the terminating NUL
    return prefix + hex;
}

bool is_valid_utf8(const std::string& text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        unsigned char c = s[i];
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

std::size_t code_points(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

void check_text(const std::string& field, const std::string& text, std::size_t limit, bool multiline) {
    if (!is_valid_utf8(text)) throw SqlError("invalid", field + " is not valid UTF-8");
    std::size_t length = code_points(text);
    if (length > limit)
        throw SqlError("invalid", fmt::format("{} must be at most {} characters, got {}", field, limit, length));
    for (unsigned char c : text) {
        bool allowed_space = multiline && (c == '\n' || c == '\r' || c == '\t');
        if ((c < 0x20 && !allowed_space) || c == 0x7F)
            throw SqlError("invalid", field + " contains a control character");
    }
}

void check_date(const std::string& field, const std::string& date) {
    auto bad = [&] { return SqlError("invalid", fmt::format("{} '{}' is not a valid date (YYYY-MM-DD)", field, date)); };
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') throw bad();
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') throw bad();
    int year = std::stoi(date.substr(0, 4));
    int month = std::stoi(date.substr(5, 2));
    int day = std::stoi(date.substr(8, 2));
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) throw bad();
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day > days) throw bad();
}

void bump_data_version(soci::session& session) {
    session << "UPDATE meta SET value = value + 1 WHERE name = 'data_version'";
}

bool row_exists(soci::session& session, const char* table, const std::string& id) {
    int count = 0;
    session << fmt::format("SELECT COUNT(*) FROM {} WHERE id = :id", table), soci::use(id), soci::into(count);
    return count > 0;
}

}  // namespace woshou::sql::detail
