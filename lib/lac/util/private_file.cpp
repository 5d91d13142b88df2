#include "lac/util/private_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <streambuf>

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

// The temporaries not yet committed, for the signal handler. Plain arrays and lock-free
// atomics, because a handler may only read memory and make async-signal-safe calls (unlink).
constexpr int max_temporaries = 4;
char temporary_paths[max_temporaries][PATH_MAX];
std::atomic<bool> temporary_used[max_temporaries];

// SIGXFSZ too: a file grown past `ulimit -f` ends lac by it, as a full disk would stop it.
const int caught_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGXFSZ};
struct sigaction previous_actions[std::size(caught_signals)];

extern "C" void remove_temporaries(int signal) {
    int saved = errno;
    for (int i = 0; i < max_temporaries; ++i)
        if (temporary_used[i].load(std::memory_order_acquire)) ::unlink(temporary_paths[i]);
    // Then end as the signal would have: with the disposition found (the default ends lac),
    // delivered as soon as this handler returns.
    for (std::size_t i = 0; i < std::size(caught_signals); ++i)
        if (caught_signals[i] == signal) ::sigaction(signal, &previous_actions[i], nullptr);
    ::raise(signal);
    errno = saved;
}

// Installed once, on the first temporary; a signal ignored when lac started (nohup, a
// background job's Ctrl-C) stays ignored.
void install_handler() {
    static bool installed = false;
    if (installed) return;
    installed = true;
    struct sigaction action {};
    action.sa_handler = remove_temporaries;
    sigfillset(&action.sa_mask);  // nothing else runs while the files go
    for (std::size_t i = 0; i < std::size(caught_signals); ++i) {
        ::sigaction(caught_signals[i], nullptr, &previous_actions[i]);
        if (previous_actions[i].sa_handler != SIG_IGN) ::sigaction(caught_signals[i], &action, nullptr);
    }
}

int remember(const std::string& path) {
    if (path.size() >= PATH_MAX) throw CantCreateError(fmt::format("cannot create {}: the name is too long", path));
    for (int i = 0; i < max_temporaries; ++i) {
        if (temporary_used[i].load(std::memory_order_relaxed)) continue;
        std::memcpy(temporary_paths[i], path.c_str(), path.size() + 1);
        temporary_used[i].store(true, std::memory_order_release);
        return i;
    }
    throw Error(ExitCode::software, "more temporary files than lac expects at once");
}

void forget(int slot) {
    if (slot >= 0) temporary_used[slot].store(false, std::memory_order_release);
}

// The signals held back while a temporary is made and remembered, so that none can come
// between the two and leave it behind.
class SignalsHeld {
public:
    SignalsHeld() {
        sigset_t held;
        sigemptyset(&held);
        for (int signal : caught_signals) sigaddset(&held, signal);
        ::sigprocmask(SIG_BLOCK, &held, &old_);
    }
    ~SignalsHeld() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }

private:
    sigset_t old_;
};

[[noreturn]] void cannot_create(const fs::path& target, int err) {
    std::string message = fmt::format("cannot create {}: {}", target.string(), std::strerror(err));
    if (err == EACCES || err == EPERM) throw PermissionError(message);
    if (err == ENOSPC || err == EDQUOT || err == EIO) throw IoError(message);
    throw CantCreateError(message);
}

// The file's name is in place; this makes the rename survive a crash too. Failing here
// only makes that less sure, so it is not an error.
void sync_directory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

fs::path directory_of(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }

}  // namespace

// Writes straight to the descriptor, keeping the first error's errno for the message.
class PrivateFile::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : fd_(fd) { setp(data_, data_ + sizeof data_); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* next = pbase();
        while (next < pptr() && !error_) {
            ssize_t written = ::write(fd_, next, std::size_t(pptr() - next));
            if (written >= 0)
                next += written;
            else if (errno != EINTR)
                error_ = errno;
        }
        setp(data_, data_ + sizeof data_);
        return !error_;
    }

    int fd_;
    int error_ = 0;
    char data_[1 << 16];
};

PrivateFile::PrivateFile(fs::path target, unsigned mode) : target_(std::move(target)) {
    std::string name = target_.string();
    if (!target_.has_filename()) throw CantCreateError(fmt::format("cannot create {}: it names a directory", name));
    std::error_code ec;
    auto status = fs::status(target_, ec);
    if (fs::is_directory(status))
        throw CantCreateError(fmt::format("cannot create {}: it is a directory; name a file in it", name));
    // Renaming onto a device or a pipe would replace it rather than write to it.
    if (fs::exists(status) && !fs::is_regular_file(status))
        throw CantCreateError(fmt::format("cannot create {}: it is not a regular file", name));
    fs::path dir = directory_of(target_);
    auto dir_status = fs::status(dir, ec);
    if (!fs::exists(dir_status)) throw CantCreateError(fmt::format("cannot create {}: no such directory", name));
    if (!fs::is_directory(dir_status))
        throw CantCreateError(fmt::format("cannot create {}: {} is not a directory", name, dir.string()));

    std::string pattern = (dir / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
    {
        SignalsHeld held;
        install_handler();
        fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);  // O_EXCL and 0600, whatever the umask
        if (fd_ < 0) cannot_create(target_, errno);
        temporary_ = pattern;
        slot_ = remember(pattern);
    }
    // The group's bits, when the records are shared with it, which the umask would take off.
    if (::fchmod(fd_, mode_t(mode)) != 0) cannot_create(target_, errno);
    buffer_ = std::make_unique<Buffer>(fd_);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
}

PrivateFile::~PrivateFile() {
    if (fd_ >= 0) ::close(fd_);
    if (slot_ >= 0) {
        ::unlink(temporary_.c_str());
        forget(slot_);
    }
}

std::ostream& PrivateFile::stream() { return *stream_; }

void PrivateFile::commit() {
    stream_->flush();
    int err = buffer_->error();
    if (!err && !*stream_) err = EIO;
    if (!err && ::fsync(fd_) != 0) err = errno;
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 && !err) err = errno;
    if (err) throw IoError(fmt::format("cannot write {}: {}; it was not written", target_.string(), std::strerror(err)));
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) cannot_create(target_, errno);
    forget(slot_);  // after the rename: a signal in between only unlinks a name now gone
    slot_ = -1;
    sync_directory(directory_of(target_));
}

}  // namespace lac
