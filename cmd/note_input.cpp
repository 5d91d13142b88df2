#include "note_input.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"
#include "lac/util/text.hpp"

std::string read_note_from_stdin() {
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    if (std::cin.bad()) throw lac::IoError("cannot read the note from standard input");
    return text;
}

namespace {

std::string editor_command() {
    for (const char* name : {"VISUAL", "EDITOR"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return "vi";
}

// Removes the temporary file however we leave, since it holds a personal note.
struct TempFile {
    std::string path;
    ~TempFile() {
        if (!path.empty()) ::unlink(path.c_str());
    }
};

}  // namespace

std::string read_note_from_editor(const std::string& guide) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/lac-note-XXXXXX";
    int fd = ::mkstemp(pattern.data());  // mode 0600
    if (fd < 0) throw lac::CantCreateError("cannot create a temporary file for the note in " + pattern);
    ::close(fd);
    TempFile file{pattern};
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
        ::execl("/bin/sh", "sh", "-c", command.c_str(), "sh", file.path.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw lac::IoError("the editor (" + editor_command() + ") failed; nothing was logged. Or pass the note with -m");
    std::ifstream in(file.path);
    std::string note, line;
    while (std::getline(in, line))
        if (line.empty() || line[0] != '#') note += line + "\n";
    note = lac::trim(note);
    if (note.empty()) throw lac::DataError("the note is empty; nothing was logged");
    return note;
}
