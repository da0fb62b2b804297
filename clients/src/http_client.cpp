// The only translation unit of the CLI that includes Beast/Asio (compile time).
#include "http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace woshou::clients {
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

struct Endpoint {
    std::string host;
    std::string port;
};

Endpoint parse_base_url(const std::string& url) {
    std::string rest = url;
    const std::string scheme = "http://";
    if (rest.rfind(scheme, 0) == 0) rest = rest.substr(scheme.size());
    else if (rest.find("://") != std::string::npos)
        throw HttpError("only http:// server URLs are supported: " + url);
    if (auto slash = rest.find('/'); slash != std::string::npos) rest = rest.substr(0, slash);
    if (rest.empty()) throw HttpError("server URL has no host: " + url);
    auto colon = rest.rfind(':');
    if (colon == std::string::npos) return {rest, "80"};
    return {rest.substr(0, colon), rest.substr(colon + 1)};
}

}  // namespace

namespace {

HttpResult exchange(const std::string& base_url, http::verb method, const std::string& target, const std::string* body) {
    const Endpoint endpoint = parse_base_url(base_url);
    try {
        boost::asio::io_context io;
        tcp::resolver resolver(io);
        beast::tcp_stream stream(io);
        stream.expires_after(std::chrono::seconds(30));
        stream.connect(resolver.resolve(endpoint.host, endpoint.port));

        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, endpoint.host);
        request.set(http::field::user_agent, "woshou-cli");
        request.set(http::field::accept, "application/json");
        if (body) {
            request.set(http::field::content_type, "application/json");
            request.body() = *body;
            request.prepare_payload();
        }
        http::write(stream, request);

        beast::flat_buffer buffer;
        http::response<http::string_body> response;
        http::read(stream, buffer, response);
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        return {static_cast<int>(response.result_int()), std::string(response[http::field::content_type]),
                std::move(response.body())};
    } catch (const boost::system::system_error& e) {
        throw HttpError("cannot reach the woshou server at " + base_url + ": " + e.code().message() +
                        " (start it with `woshou serve` or set --server / WOSHOU_SERVER)");
    }
}

}  // namespace

HttpResult http_get(const std::string& base_url, const std::string& target) {
    return exchange(base_url, http::verb::get, target, nullptr);
}

HttpResult http_post_json(const std::string& base_url, const std::string& target, const std::string& body) {
    return exchange(base_url, http::verb::post, target, &body);
}

std::string percent_encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

}  // namespace woshou::clients
