// The only translation unit that includes Boost.Asio and Boost.Beast (they
// dominate compile time). Layering: Listener accepts; Session owns one
// connection's bytes, limits and timeouts; everything about meaning is in
// handle_http (router + handlers), which knows nothing of sockets.
#include "http_server.hpp"
#include "woshou/server/analysis_cache.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace woshou::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

int thread_count(int configured) {
    if (configured > 0) return configured;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// What every session shares: configuration, the request path, the worker
// pool handlers run on, and the registry used to reach live sessions at shutdown.
struct Shared {
    Shared(const ServerConfig& config, const Router& router, graph::SnapshotHolder& holder, std::string backend,
           WriteServices* writes)
        : config(config),
          router(router),
          holder(holder),
          backend(std::move(backend)),
          writes(writes),
          workers(static_cast<std::size_t>(thread_count(config.workers))),
          read_timeout(to_duration(config.read_timeout_s)),
          write_timeout(to_duration(config.write_timeout_s)) {}

    const ServerConfig& config;
    const Router& router;
    graph::SnapshotHolder& holder;
    std::string backend;
    WriteServices* writes;
    AnalysisCache analysis;  // demand profiles shared by all requests
    // Handlers run here, never on the I/O threads: an analysis of a new scope
    // or a database write may take a while, and the I/O threads must keep
    // every other connection moving meanwhile.
    net::thread_pool workers;
    std::atomic<std::size_t> queued{0};
    std::chrono::milliseconds read_timeout;
    std::chrono::milliseconds write_timeout;
    std::atomic<bool> stopping{false};
    std::mutex mutex;
    std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;
};

// After a response that closes the connection we read and discard what the
// client still sends (e.g. the rest of a refused body) for a short while, so
// the kernel does not answer with a reset that would destroy our response.
constexpr std::chrono::seconds linger_time{2};
constexpr std::size_t linger_bytes = 4 * 1024 * 1024;

// One connection. Every handler runs on the connection's strand. The cycle is
// read -> handle -> write -> read, so exactly one write is ever in flight;
// pipelined requests simply wait in buffer_ until the previous response is out.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {
        beast::error_code ec;
        auto endpoint = stream_.socket().remote_endpoint(ec);
        if (!ec) remote_address_ = endpoint.address().to_string();
    }

    ~Session() {
        std::lock_guard lock(shared_.mutex);
        shared_.sessions.erase(this);
    }

    void start() {
        {
            std::lock_guard lock(shared_.mutex);
            shared_.sessions.emplace(this, weak_from_this());
        }
        net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::read_request, shared_from_this()));
    }

    // Idle connections close now; a connection with a request under way (part
    // of it received, being handled or being written) closes after its response.
    void stop() {
        net::post(stream_.get_executor(), [self = shared_from_this()] { self->on_stop(); });
    }

private:
    enum class State { reading, busy, writing, lingering, closed };

    void on_stop() {
        stopping_ = true;
        // Safe to inspect buffer_ and parser_ here: the pending read's handlers
        // run on this same strand.
        bool idle = state_ == State::reading && buffer_.size() == 0 && !parser_->got_some();
        if (idle || state_ == State::lingering) stream_.cancel();
    }

    void read_request() {
        if (stopping_ || shared_.stopping) return close();
        // A fresh parser per request: a parser must never be reused across messages.
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(shared_.config.header_limit));
        parser_->body_limit(shared_.config.body_limit);
        state_ = State::reading;
        stream_.expires_after(shared_.read_timeout);
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        state_ = State::busy;
        if (ec == http::error::body_limit) {
            return send_error(413, "payload_too_large",
                              "request body exceeds the limit of " + std::to_string(shared_.config.body_limit) + " bytes");
        }
        if (ec == http::error::header_limit) {
            return send_error(431, "header_too_large",
                              "request line and headers exceed the limit of " +
                                  std::to_string(shared_.config.header_limit) + " bytes");
        }
        if (ec == http::error::end_of_stream || ec == http::error::partial_message) return close();
        if (ec && ec.category() == http::make_error_code(http::error::bad_method).category()) {
            return send_error(400, "bad_request", "malformed HTTP request: " + ec.message());
        }
        // Timeouts (idle keep-alive, slow clients), cancellation at shutdown, resets.
        if (ec) return close();

        auto& request = parser_->get();
        ++served_;
        Fields headers;
        for (const auto& header : request)
            headers.emplace_back(std::string(header.name_string()), std::string(header.value()));
        const bool keep_alive = request.keep_alive() && served_ < shared_.config.max_requests_per_connection &&
                                !stopping_ && !shared_.stopping;
        const unsigned version = request.version();
        if (shared_.queued.load() >= shared_.config.max_queued) {
            auto snapshot = shared_.holder.get();
            return write(error_response(503, "overloaded", "the server is busy; retry shortly",
                                        snapshot ? std::optional(snapshot->version()) : std::nullopt),
                         keep_alive, version);
        }
        ++shared_.queued;
        // The guard keeps io.run() from returning while a worker still owes this connection a response.
        net::post(shared_.workers, [self = shared_from_this(), guard = net::make_work_guard(stream_.get_executor()),
                                    method = std::string(request.method_string()),
                                    target = std::string(request.target()), headers = std::move(headers),
                                    body = std::move(request.body()), keep_alive, version]() mutable {
            Context context{self->shared_.holder.get(), self->shared_.backend, &self->shared_.analysis,
                            self->shared_.writes, self->shared_.config.private_mode, self->remote_address_};
            Response response = handle_http(self->shared_.router, context, method, target, std::move(headers),
                                            std::move(body));
            --self->shared_.queued;
            spdlog::debug("{} {} -> {}", method, target, response.status);
            // Back to the connection's strand for the write.
            net::post(self->stream_.get_executor(),
                      [self, response = std::move(response), keep_alive, version]() mutable {
                          self->write(std::move(response), keep_alive && !self->stopping_ && !self->shared_.stopping,
                                      version);
                      });
        });
    }

    void send_error(int status, const std::string& code, const std::string& message) {
        auto snapshot = shared_.holder.get();
        write(error_response(status, code, message, snapshot ? std::optional(snapshot->version()) : std::nullopt),
              false, 11);
    }

    void write(Response response, bool keep_alive, unsigned version) {
        response_.emplace();
        response_->version(version);
        response_->result(static_cast<unsigned>(response.status));
        response_->set(http::field::server, "woshoud");
        response_->set(http::field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers) response_->set(name, value);
        response_->body() = std::move(response.body);
        response_->keep_alive(keep_alive);
        response_->prepare_payload();
        state_ = State::writing;
        stream_.expires_after(shared_.write_timeout);
        http::async_write(stream_, *response_,
                          beast::bind_front_handler(&Session::on_write, shared_from_this(), keep_alive));
    }

    void on_write(bool keep_alive, beast::error_code ec, std::size_t) {
        response_.reset();
        if (ec) return close();
        if (!keep_alive) return linger();
        read_request();
    }

    void linger() {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        if (ec || stopping_) return close();
        state_ = State::lingering;
        stream_.expires_after(linger_time);
        drain();
    }

    void drain() {
        stream_.async_read_some(net::buffer(discard_), beast::bind_front_handler(&Session::on_drain, shared_from_this()));
    }

    void on_drain(beast::error_code ec, std::size_t bytes) {
        drained_ += bytes;
        if (ec || drained_ > linger_bytes || stopping_) return close();
        drain();
    }

    void close() {
        state_ = State::closed;
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        stream_.close();
    }

    beast::tcp_stream stream_;
    Shared& shared_;
    std::string remote_address_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::optional<http::response<http::string_body>> response_;
    std::array<char, 16 * 1024> discard_{};
    std::size_t drained_ = 0;
    unsigned served_ = 0;
    State state_ = State::busy;
    bool stopping_ = false;
};

class Listener : public std::enable_shared_from_this<Listener> {
public:
    Listener(net::io_context& io, Shared& shared) : io_(io), acceptor_(net::make_strand(io)), shared_(shared) {}

    tcp::endpoint bind(const ListenAddress& address) {
        tcp::resolver resolver(io_);
        auto results = resolver.resolve(address.host, std::to_string(address.port),
                                        tcp::resolver::numeric_service | tcp::resolver::passive);
        if (results.empty()) throw std::runtime_error("cannot resolve listen host " + address.host);
        tcp::endpoint endpoint = *results.begin();
        acceptor_.open(endpoint.protocol());
        acceptor_.set_option(net::socket_base::reuse_address(true));
        acceptor_.bind(endpoint);
        acceptor_.listen(net::socket_base::max_listen_connections);
        return acceptor_.local_endpoint();
    }

    void start() { accept(); }

    void stop() {
        net::post(acceptor_.get_executor(), [self = shared_from_this()] {
            beast::error_code ec;
            self->acceptor_.close(ec);
        });
    }

private:
    void accept() {
        // Each connection gets its own strand, so its handlers never run concurrently.
        acceptor_.async_accept(net::make_strand(io_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
    }

    void on_accept(beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
        if (ec) spdlog::warn("accept failed: {}", ec.message());
        else std::make_shared<Session>(std::move(socket), shared_)->start();
        accept();
    }

    net::io_context& io_;
    tcp::acceptor acceptor_;
    Shared& shared_;
};

std::string format_endpoint(const tcp::endpoint& endpoint) {
    auto address = endpoint.address().to_string();
    if (endpoint.address().is_v6()) address = "[" + address + "]";
    return address + ":" + std::to_string(endpoint.port());
}

}  // namespace

struct HttpServer::Impl {
    Impl(const ServerConfig& config, const Router& router, graph::SnapshotHolder& holder, std::string backend,
         WriteServices* writes)
        : io(thread_count(config.threads)),
          shared(config, router, holder, std::move(backend), writes) {}

    // Runs on an I/O thread when SIGINT/SIGTERM arrives.
    void begin_shutdown() {
        shared.stopping = true;
        listener->stop();
        std::vector<std::shared_ptr<Session>> live;
        {
            std::lock_guard lock(shared.mutex);
            for (auto& [_, weak] : shared.sessions)
                if (auto session = weak.lock()) live.push_back(std::move(session));
        }
        for (auto& session : live) session->stop();
        spdlog::info("shutting down: {} connection(s) finishing", live.size());
    }

    net::io_context io;
    Shared shared;
    std::shared_ptr<Listener> listener;
};

HttpServer::HttpServer(const ServerConfig& config, const Router& router, graph::SnapshotHolder& holder,
                       std::string backend, WriteServices* writes)
    : impl_(std::make_unique<Impl>(config, router, holder, std::move(backend), writes)) {}

HttpServer::~HttpServer() = default;

std::string HttpServer::listen() {
    auto address = parse_listen_address(impl_->shared.config.listen);
    impl_->listener = std::make_shared<Listener>(impl_->io, impl_->shared);
    try {
        return format_endpoint(impl_->listener->bind(address));
    } catch (const boost::system::system_error& error) {
        throw std::runtime_error("cannot listen on " + impl_->shared.config.listen + ": " + error.code().message());
    }
}

void HttpServer::run() {
    net::signal_set signals(impl_->io, SIGINT, SIGTERM);
    signals.async_wait([this, &signals](beast::error_code ec, int signal) {
        if (ec) return;
        spdlog::info("received signal {}, stopping", signal);
        // Restores the default action, so a second Ctrl-C ends the process at once.
        signals.clear(ec);
        impl_->begin_shutdown();
    });
    impl_->listener->start();

    auto work = [this] {
        for (;;) {
            try {
                impl_->io.run();
                return;
            } catch (const std::exception& error) {
                spdlog::error("I/O thread caught an exception, continuing: {}", error.what());
            }
        }
    };
    int threads = thread_count(impl_->shared.config.threads);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back(work);
    work();
    for (auto& thread : pool) thread.join();
    impl_->shared.workers.join();
}

}  // namespace woshou::server
