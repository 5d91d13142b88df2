#pragma once
// Typed errors: the library throws these and never prints or exits. The front end maps
// each to its exit code (lac(1), EXIT STATUS) in one place.
#include <stdexcept>
#include <string>

namespace lac {

enum class ExitCode : int {
    ok = 0,
    failed = 1,        // a check failed (lac doctor): 1, as fsck and test(1), for monitoring
    usage = 64,        // bad flag, missing argument
    data = 65,         // unknown person, bad date, invalid value, malformed row
    no_input = 66,     // input file (or database) not found
    software = 70,     // a bug in lac
    busy = 69,         // database busy after the timeout
    cant_create = 73,  // cannot create an output or database file
    io = 74,           // I/O error
    permission = 77,   // permission denied
    config = 78,       // bad configuration
    interrupted = 130, // stopped by SIGINT, SIGTERM or SIGHUP (128 + 2, as for Ctrl-C), nothing saved
};

// what() is a C string, which a NUL byte (from a file's header, say) would end there: the
// message keeps it, written as \x00, as the other control characters are shown (visible.hpp).
inline std::string whole_message(std::string message) {
    for (auto at = message.find('\0'); at != std::string::npos; at = message.find('\0', at + 4))
        message.replace(at, 1, "\\x00");
    return message;
}

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(whole_message(message)), code_(code) {}
    ExitCode code() const noexcept { return code_; }

private:
    ExitCode code_;
};

#define LAC_ERROR_TYPE(Name, Code)                                              \
    struct Name : Error {                                                       \
        explicit Name(const std::string& message) : Error(ExitCode::Code, message) {} \
    }

LAC_ERROR_TYPE(UsageError, usage);
LAC_ERROR_TYPE(DataError, data);
LAC_ERROR_TYPE(NoInputError, no_input);
LAC_ERROR_TYPE(BusyError, busy);
LAC_ERROR_TYPE(CantCreateError, cant_create);
LAC_ERROR_TYPE(IoError, io);
LAC_ERROR_TYPE(PermissionError, permission);
LAC_ERROR_TYPE(ConfigError, config);
LAC_ERROR_TYPE(InterruptedError, interrupted);

#undef LAC_ERROR_TYPE

}  // namespace lac
