#include "server_process.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace woshou::e2e {

ServerProcess::ServerProcess(const std::string& database, const std::vector<std::string>& extra_args) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    std::string binary = WOSHOU_BINARY_DIR "/server/woshoud";
    std::vector<std::string> args{binary, "--listen", "127.0.0.1:0", "--log-level", "warn"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());

    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        ::setenv("WOSHOU_DB", database.c_str(), 1);
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    stdout_fd_ = pipe_fds[0];

    std::string output;
    const std::string marker = "listening on ";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        auto start = output.find(marker);
        auto end = start == std::string::npos ? std::string::npos : output.find('\n', start);
        if (end != std::string::npos) {
            std::string address = output.substr(start + marker.size(), end - start - marker.size());
            port_ = std::stoi(address.substr(address.rfind(':') + 1));
            return;
        }
        pollfd fd{stdout_fd_, POLLIN, 0};
        if (::poll(&fd, 1, 200) > 0) {
            char buffer[512];
            ssize_t n = ::read(stdout_fd_, buffer, sizeof buffer);
            if (n <= 0) break;  // woshoud exited before listening
            output.append(buffer, static_cast<std::size_t>(n));
        }
    }
    throw std::runtime_error("woshoud did not report its port; stdout was: " + output);
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0 && running()) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status_, 0);
    }
    if (stdout_fd_ >= 0) ::close(stdout_fd_);
}

bool ServerProcess::running() {
    if (reaped_) return false;
    if (::waitpid(pid_, &status_, WNOHANG) == pid_) reaped_ = true;
    return !reaped_;
}

int ServerProcess::signal_and_wait(int signal, int seconds) {
    if (running()) ::kill(pid_, signal);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (running()) {
        if (std::chrono::steady_clock::now() > deadline) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return status_;
}

}  // namespace woshou::e2e
