// Starts the real woshoud binary as a child process on an ephemeral port.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace woshou::e2e {

class ServerProcess {
public:
    // Runs WOSHOU_BINARY_DIR/server/woshoud with WOSHOU_DB=`database`,
    // --listen 127.0.0.1:0 and `extra_args`, and waits (up to 30 s) for its
    // "listening on HOST:PORT" line. Throws std::runtime_error on failure.
    ServerProcess(const std::string& database, const std::vector<std::string>& extra_args);
    // Kills the process if it is still running.
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    int port() const { return port_; }
    pid_t pid() const { return pid_; }

    // True while the process has not exited.
    bool running();
    // Sends `signal` (0: none, only wait) and waits up to `seconds` for the exit; returns the exit
    // status as from waitpid, or -1 when it did not exit in time.
    int signal_and_wait(int signal, int seconds);

private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    int port_ = 0;
    bool reaped_ = false;
    int status_ = 0;
};

}  // namespace woshou::e2e
