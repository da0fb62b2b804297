// A deliberately small HTTP/1.1 client over a plain socket, so the tests can
// send exactly the bytes they mean (malformed lines, oversized bodies).
#pragma once

#include <map>
#include <optional>
#include <string>

namespace woshou::e2e {

struct HttpReply {
    int status = 0;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
};

class HttpConnection {
public:
    // Connects to 127.0.0.1:port; reads time out after 10 s.
    explicit HttpConnection(int port);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    // Writes raw bytes; false when the peer has closed the connection.
    bool send(const std::string& bytes);
    // Reads one response (Content-Length framed); empty when the connection
    // closed first or timed out.
    std::optional<HttpReply> receive();
    // True when the server has closed its side (recv returns 0 within 5 s).
    bool closed_by_server();

    // GET `target` with keep-alive and read the reply.
    std::optional<HttpReply> get(const std::string& target);
    // `method target` with keep-alive, the extra `headers` and `body` (with its
    // Content-Length when not empty), and read the reply.
    std::optional<HttpReply> request(const std::string& method, const std::string& target,
                                     const std::map<std::string, std::string>& headers = {},
                                     const std::string& body = {});

private:
    bool fill();
    int fd_ = -1;
    std::string buffer_;
};

}  // namespace woshou::e2e
