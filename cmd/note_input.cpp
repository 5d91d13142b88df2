#include "note_input.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"
#include "lac/util/text.hpp"

std::string read_note_from_stdin(std::size_t max_bytes) {
    // Read no more than a note can hold (with room for the white space around it that is
    // trimmed), so that a huge pipe or /dev/zero is refused, not held in memory.
    const std::size_t cap = 2 * max_bytes + 1;
    std::string text(cap, '\0');
    std::cin.read(text.data(), std::streamsize(cap));
    if (std::cin.bad()) throw lac::IoError("cannot read the note from standard input");
    text.resize(std::size_t(std::cin.gcount()));
    if (text.size() == cap)
        throw lac::DataError(fmt::format("the note on standard input is too long (over {} bytes; at most {})",
                                         cap - 1, max_bytes));
    return text;
}

namespace {

std::string editor_command() {
    for (const char* name : {"VISUAL", "EDITOR"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return "vi";
}

// The draft being edited and the editor's process, for the signal handler below.
volatile std::sig_atomic_t editor_pid = 0;
char draft_path[4096];

// SIGHUP (a dropped SSH session) or SIGTERM while the editor runs: remove the draft, which
// holds a personal note, pass the signal on to the editor, and end as the signal says.
extern "C" void on_fatal_signal(int sig) {
    ::unlink(draft_path);
    if (editor_pid > 0) ::kill(pid_t(editor_pid), sig);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// Removes the temporary file however we leave, since it holds a personal note; while it
// exists, SIGHUP and SIGTERM remove it too, and SIGINT and SIGQUIT (Ctrl-C, Ctrl-\) are
// the editor's to act on, as git does: if they end the editor, lac removes the draft.
struct Draft {
    std::string path;
    struct sigaction old_hup {}, old_term {}, old_int {}, old_quit {};
    explicit Draft(std::string p) : path(std::move(p)) {
        std::snprintf(draft_path, sizeof draft_path, "%s", path.c_str());
        struct sigaction fatal {}, ignore {};
        fatal.sa_handler = on_fatal_signal;
        sigemptyset(&fatal.sa_mask);
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGHUP, &fatal, &old_hup);
        ::sigaction(SIGTERM, &fatal, &old_term);
        ::sigaction(SIGINT, &ignore, &old_int);
        ::sigaction(SIGQUIT, &ignore, &old_quit);
    }
    ~Draft() {
        ::sigaction(SIGHUP, &old_hup, nullptr);
        ::sigaction(SIGTERM, &old_term, nullptr);
        ::sigaction(SIGINT, &old_int, nullptr);
        ::sigaction(SIGQUIT, &old_quit, nullptr);
        editor_pid = 0;
        ::unlink(path.c_str());
    }
};

}  // namespace

std::string read_note_from_editor(const std::string& guide) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/lac-note-XXXXXX";
    int fd = ::mkstemp(pattern.data());  // mode 0600
    if (fd < 0) throw lac::CantCreateError("cannot create a temporary file for the note in " + pattern);
    ::close(fd);
    Draft file{pattern};
    {
        std::ofstream out(file.path);
        std::istringstream lines(guide);
        out << "\n";
        for (std::string line; std::getline(lines, line);) out << "# " << line << "\n";
    }
    // The editor is a shell command ($EDITOR may carry flags); the file is passed as $1.
    std::string command = editor_command() + " \"$1\"";
    pid_t pid = ::fork();
    if (pid == 0) {
        // The editor gets the default signals back (ignored ones would pass through exec).
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGQUIT, SIG_DFL);
        ::signal(SIGHUP, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        ::execl("/bin/sh", "sh", "-c", command.c_str(), "sh", file.path.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    editor_pid = pid;
    int status = 0;
    pid_t waited = -1;
    while (pid > 0 && (waited = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    if (waited > 0 && WIFSIGNALED(status))
        throw lac::InterruptedError("the editor was interrupted; nothing was logged");
    if (waited < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw lac::IoError("the editor (" + editor_command() + ") failed; nothing was logged. Or pass the note with -m");
    std::ifstream in(file.path);
    std::string note, line;
    while (std::getline(in, line))
        if (line.empty() || line[0] != '#') note += line + "\n";
    note = lac::trim(note);
    if (note.empty()) throw lac::DataError("the note is empty; nothing was logged");
    return note;
}
