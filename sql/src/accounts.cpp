// Organisations, API tokens and the audit log (woshou/sql/accounts.hpp).
#include "woshou/sql/accounts.hpp"

#include <fmt/format.h>
#include <sodium.h>
#include <soci/soci.h>

#include <algorithm>
#include <tuple>

#include "errors.hpp"
#include "write_support.hpp"

namespace woshou::sql {

namespace {

constexpr std::size_t kIdLimit = 64;
constexpr std::size_t kNameLimit = 200;
constexpr std::size_t kSecretBytes = 32;  // 256 bits
constexpr const char* kSecretPrefix = "wsh_";
// last_used_at is a hint for admins, not an access log (that is audit_log):
// refreshing it at most once a minute keeps a busy token from turning every
// read into a write.
constexpr long kLastUsedResolutionSeconds = 60;
// Authentication never needs to hash more than a real secret's length.
constexpr std::size_t kSecretMaxLength = 128;
constexpr int kAuditAttempts = 5;

void check_identifier(const std::string& field, const std::string& id) {
    if (id.empty()) throw SqlError("invalid", field + " must not be empty");
    if (id.size() > kIdLimit)
        throw SqlError("invalid", fmt::format("{} must be at most {} characters", field, kIdLimit));
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '_' || c == '-';
        if (!ok)
            throw SqlError("invalid",
                           fmt::format("{} '{}' may hold only letters, digits, '.', '_' and '-'", field, id));
    }
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// BLAKE2b-256 of the secret, in hex. A fast unsalted hash is enough here: the
// secret is 256 random bits, so neither brute force nor precomputed tables
// can invert it, unlike a password that needs a slow salted KDF. Being
// deterministic, it can be looked up by a unique index, so authentication
// costs one indexed read instead of a KDF run per request.
std::string secret_hash(const std::string& secret) {
    detail::ensure_sodium();
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(secret.data()),
                       secret.size(), nullptr, 0);
    char hex[2 * crypto_generichash_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string new_secret() {
    detail::ensure_sodium();
    unsigned char raw[kSecretBytes];
    randombytes_buf(raw, sizeof raw);
    char text[sodium_base64_ENCODED_LEN(kSecretBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(raw, sizeof raw);
    return kSecretPrefix + std::string(text);
}

std::optional<std::string> nullable(const std::string& value, soci::indicator indicator) {
    if (indicator == soci::i_null) return std::nullopt;
    return value;
}

// Columns of organisation in the order read_organisation expects.
constexpr const char* kOrganisationColumns =
    "id, name, role, COALESCE(employer_id, ''), COALESCE(university_id, ''), created_at";

// Reads every organisation matching `where` (a fixed clause with one :id parameter, or none).
std::vector<Organisation> select_organisations(soci::session& s, const std::string& where, const std::string* id) {
    std::vector<Organisation> out;
    Organisation o;
    const std::string sql = fmt::format("SELECT {} FROM organisation {}", kOrganisationColumns, where);
    soci::statement st = id ? (s.prepare << sql, soci::use(*id), soci::into(o.id), soci::into(o.name),
                               soci::into(o.role), soci::into(o.employer_id), soci::into(o.university_id),
                               soci::into(o.created_at))
                            : (s.prepare << sql, soci::into(o.id), soci::into(o.name), soci::into(o.role),
                               soci::into(o.employer_id), soci::into(o.university_id), soci::into(o.created_at));
    st.execute();
    while (st.fetch()) out.push_back(o);
    return out;
}

void check_tie(soci::session& s, const Organisation& o) {
    const bool employer = o.role == kRoleEmployer;
    const bool university = o.role == kRoleUniversity;
    if (employer && o.employer_id.empty())
        throw SqlError("invalid", "employer_id is required for an organisation with role employer");
    if (!employer && !o.employer_id.empty())
        throw SqlError("invalid", "employer_id is only allowed for role employer, not " + o.role);
    if (university && o.university_id.empty())
        throw SqlError("invalid", "university_id is required for an organisation with role university");
    if (!university && !o.university_id.empty())
        throw SqlError("invalid", "university_id is only allowed for role university, not " + o.role);
    if (employer && !detail::row_exists(s, "employer", o.employer_id))
        throw SqlError("invalid", fmt::format("employer_id: unknown employer '{}'", o.employer_id));
    if (university && !detail::row_exists(s, "university", o.university_id))
        throw SqlError("invalid", fmt::format("university_id: unknown university '{}'", o.university_id));
}

}  // namespace

bool is_valid_role(const std::string& role) {
    return role == kRoleEmployer || role == kRoleUniversity || role == kRolePlanner || role == kRoleAdmin;
}

Accounts::Accounts(Database& database) : database_(database) {}

void Accounts::add_organisation(const Organisation& organisation) {
    check_identifier("id", organisation.id);
    detail::check_text("name", organisation.name, kNameLimit, false);
    if (blank(organisation.name)) throw SqlError("invalid", "name must not be empty");
    if (!is_valid_role(organisation.role))
        throw SqlError("invalid", fmt::format("role must be employer, university, planner or admin, got '{}'",
                                              organisation.role));
    soci::session& s = database_.session();
    try {
        detail::WriteTransaction transaction(s, database_.backend());
        check_tie(s, organisation);
        if (detail::row_exists(s, "organisation", organisation.id))
            throw SqlError("conflict", fmt::format("organisation '{}' already exists", organisation.id));
        std::string created_at = detail::utc_now_iso();
        soci::indicator employer_ind = organisation.employer_id.empty() ? soci::i_null : soci::i_ok;
        soci::indicator university_ind = organisation.university_id.empty() ? soci::i_null : soci::i_ok;
        s << "INSERT INTO organisation (id, name, role, employer_id, university_id, created_at) "
             "VALUES (:id, :name, :role, :employer_id, :university_id, :created_at)",
            soci::use(organisation.id), soci::use(organisation.name), soci::use(organisation.role),
            soci::use(organisation.employer_id, employer_ind), soci::use(organisation.university_id, university_ind),
            soci::use(created_at);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot add organisation " + organisation.id);
    }
}

std::vector<Organisation> Accounts::organisations() {
    std::vector<Organisation> out;
    try {
        out = select_organisations(database_.session(), "", nullptr);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot list organisations");
    }
    // Sorted here: PostgreSQL's ORDER BY on text follows the locale.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::optional<Organisation> Accounts::organisation(const std::string& id) {
    try {
        auto found = select_organisations(database_.session(), "WHERE id = :id", &id);
        if (found.empty()) return std::nullopt;
        return found.front();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read organisation " + id);
    }
}

CreatedToken Accounts::create_token(const std::string& organisation_id, const std::string& label) {
    detail::check_text("label", label, kNameLimit, false);
    soci::session& s = database_.session();
    CreatedToken created;
    try {
        detail::WriteTransaction transaction(s, database_.backend());
        if (!detail::row_exists(s, "organisation", organisation_id))
            throw SqlError("not_found", fmt::format("organisation '{}' not found", organisation_id));
        created.secret = new_secret();
        created.info.id = detail::random_hex_id("tok_", 8);
        created.info.organisation_id = organisation_id;
        created.info.label = label;
        created.info.created_at = detail::utc_now_iso();
        const std::string hash = secret_hash(created.secret);
        s << "INSERT INTO api_token (id, organisation_id, secret_hash, label, created_at) "
             "VALUES (:id, :organisation_id, :secret_hash, :label, :created_at)",
            soci::use(created.info.id), soci::use(organisation_id), soci::use(hash), soci::use(label),
            soci::use(created.info.created_at);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot create a token for organisation " + organisation_id);
    }
    return created;
}

std::vector<TokenInfo> Accounts::tokens(const std::optional<std::string>& organisation_id) {
    std::vector<TokenInfo> out;
    const std::string filter = organisation_id.value_or("");
    try {
        TokenInfo t;
        std::string revoked_at, last_used_at;
        soci::indicator revoked_ind, last_used_ind;
        soci::statement st =
            (database_.session().prepare
                 << "SELECT id, organisation_id, label, created_at, revoked_at, last_used_at FROM api_token "
                    "WHERE CAST(:filter AS TEXT) = '' OR organisation_id = :organisation_id",
             soci::use(filter), soci::use(filter), soci::into(t.id), soci::into(t.organisation_id),
             soci::into(t.label), soci::into(t.created_at), soci::into(revoked_at, revoked_ind),
             soci::into(last_used_at, last_used_ind));
        st.execute();
        while (st.fetch()) {
            t.revoked_at = nullable(revoked_at, revoked_ind);
            t.last_used_at = nullable(last_used_at, last_used_ind);
            out.push_back(t);
        }
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot list tokens");
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.organisation_id, a.created_at, a.id) < std::tie(b.organisation_id, b.created_at, b.id);
    });
    return out;
}

void Accounts::revoke_token(const std::string& token_id) {
    soci::session& s = database_.session();
    try {
        detail::WriteTransaction transaction(s, database_.backend());
        if (!detail::row_exists(s, "api_token", token_id))
            throw SqlError("not_found", fmt::format("token '{}' not found", token_id));
        std::string now = detail::utc_now_iso();
        s << "UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL", soci::use(now),
            soci::use(token_id);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot revoke token " + token_id);
    }
}

std::optional<Principal> Accounts::authenticate(const std::string& secret) {
    if (secret.rfind(kSecretPrefix, 0) != 0 || secret.size() > kSecretMaxLength) return std::nullopt;
    const std::string hash = secret_hash(secret);
    soci::session& s = database_.session();
    Principal principal;
    std::string stored_hash, revoked_at, last_used_at;
    soci::indicator revoked_ind = soci::i_null, last_used_ind = soci::i_null;
    try {
        Organisation& o = principal.organisation;
        s << "SELECT t.id, t.secret_hash, t.revoked_at, t.last_used_at, o.id, o.name, o.role, "
             "COALESCE(o.employer_id, ''), COALESCE(o.university_id, ''), o.created_at "
             "FROM api_token t JOIN organisation o ON o.id = t.organisation_id WHERE t.secret_hash = :hash",
            soci::use(hash), soci::into(principal.token_id), soci::into(stored_hash),
            soci::into(revoked_at, revoked_ind), soci::into(last_used_at, last_used_ind), soci::into(o.id),
            soci::into(o.name), soci::into(o.role), soci::into(o.employer_id), soci::into(o.university_id),
            soci::into(o.created_at);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot authenticate");
    }
    if (!s.got_data()) return std::nullopt;
    // The lookup already matched; comparing again in constant time costs
    // nothing and keeps the check independent of how the backend compares text.
    if (stored_hash.size() != hash.size() || sodium_memcmp(stored_hash.data(), hash.data(), hash.size()) != 0)
        return std::nullopt;
    if (revoked_ind != soci::i_null) return std::nullopt;
    const std::string threshold = detail::utc_iso_seconds_ago(kLastUsedResolutionSeconds);
    if (last_used_ind == soci::i_null || last_used_at < threshold) {
        try {
            std::string now = detail::utc_now_iso();
            s << "UPDATE api_token SET last_used_at = :now WHERE id = :id", soci::use(now),
                soci::use(principal.token_id);
        } catch (const soci::soci_error&) {
            // Best effort: a busy database must not turn a valid token away.
        }
    }
    return principal;
}

std::int64_t Accounts::append_audit(const AuditEntry& entry) {
    soci::session& s = database_.session();
    const std::string at = entry.at.empty() ? detail::utc_now_iso() : entry.at;
    // seq is the previous maximum + 1, computed by the INSERT itself. SQLite
    // takes its write lock before the statement reads, so two writers cannot
    // draw the same seq. PostgreSQL would let them (read committed), so there
    // the writers queue on a table lock that still lets readers through; the
    // retry on a key clash is only a safety net.
    const bool postgresql = database_.backend() == "postgresql";
    for (int attempt = 1;; ++attempt) {
        try {
            detail::WriteTransaction transaction(s, database_.backend());
            if (postgresql) s << "LOCK TABLE audit_log IN EXCLUSIVE MODE";
            s << "INSERT INTO audit_log (seq, at, organisation_id, token_id, remote_address, method, path, action, "
                 "target_kind, target_id, status, detail) "
                 "SELECT COALESCE(MAX(seq), 0) + 1, CAST(:at AS TEXT), CAST(:organisation_id AS TEXT), "
                 "CAST(:token_id AS TEXT), CAST(:remote_address AS TEXT), CAST(:method AS TEXT), "
                 "CAST(:path AS TEXT), CAST(:action AS TEXT), CAST(:target_kind AS TEXT), "
                 "CAST(:target_id AS TEXT), CAST(:status AS INTEGER), CAST(:detail AS TEXT) FROM audit_log",
                soci::use(at), soci::use(entry.organisation_id), soci::use(entry.token_id),
                soci::use(entry.remote_address), soci::use(entry.method), soci::use(entry.path),
                soci::use(entry.action), soci::use(entry.target_kind), soci::use(entry.target_id),
                soci::use(entry.status), soci::use(entry.detail);
            // Our row is the maximum we can see: a concurrent writer of a
            // higher seq would first have to wait for ours (same key).
            long long seq = 0;
            s << "SELECT MAX(seq) FROM audit_log", soci::into(seq);
            transaction.commit();
            return seq;
        } catch (const soci::soci_error& e) {
            if (attempt < kAuditAttempts && detail::classify(e) == "constraint") continue;
            detail::throw_sql_error(e, "cannot append to the audit log");
        }
    }
}

std::vector<AuditEntry> Accounts::audit(const AuditQuery& query) {
    std::vector<AuditEntry> out;
    const long long limit = static_cast<long long>(std::min<std::size_t>(query.limit, 100000));
    const long long offset = static_cast<long long>(query.offset);
    try {
        AuditEntry e;
        long long seq = 0;
        soci::statement st =
            (database_.session().prepare
                 << "SELECT seq, at, organisation_id, token_id, remote_address, method, path, action, target_kind, "
                    "target_id, status, detail FROM audit_log "
                    "WHERE (CAST(:org1 AS TEXT) = '' OR organisation_id = :org2) "
                    "AND (CAST(:since1 AS TEXT) = '' OR at >= :since2) "
                    "ORDER BY seq DESC LIMIT :limit OFFSET :offset",
             soci::use(query.organisation_id), soci::use(query.organisation_id), soci::use(query.since),
             soci::use(query.since), soci::use(limit), soci::use(offset), soci::into(seq), soci::into(e.at),
             soci::into(e.organisation_id), soci::into(e.token_id), soci::into(e.remote_address),
             soci::into(e.method), soci::into(e.path), soci::into(e.action), soci::into(e.target_kind),
             soci::into(e.target_id), soci::into(e.status), soci::into(e.detail));
        st.execute();
        while (st.fetch()) {
            e.seq = seq;
            out.push_back(e);
        }
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read the audit log");
    }
    return out;
}

}  // namespace woshou::sql
