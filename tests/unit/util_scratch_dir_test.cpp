// Scratch directories (lib/lac/util/scratch_dir.*): private, gone when done, and those a
// killed lac left behind swept by the next.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "lac/util/scratch_dir.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

namespace {

// A process id that was in use a moment ago and is not now.
pid_t gone_pid() {
    pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

fs::path left(const fs::path& base, const std::string& name) {
    fs::create_directory(base / name);
    std::ofstream(base / name / "import.db") << "a record";
    return base / name;
}

}  // namespace

TEST_CASE("a scratch directory is private to its owner, named for its process, and gone when done") {
    TempDir tmp;
    TmpDirIs is(tmp.path);
    fs::path made;
    {
        lac::ScratchDirectory scratch("import");
        made = scratch.path();
        CHECK(made.parent_path() == tmp.path);
        CHECK(made.filename().string().rfind("lac-import." + std::to_string(::getpid()) + ".", 0) == 0);
        struct stat st {};
        REQUIRE(::stat(made.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0700);
        std::ofstream(made / "import.db") << "a record";
    }
    CHECK_FALSE(fs::exists(made));
}

TEST_CASE("the scratch directories a killed lac left behind are removed by the next, and nothing else") {
    TempDir tmp;
    TmpDirIs is(tmp.path);
    pid_t gone = gone_pid();
    auto killed = left(tmp.path, "lac-import." + std::to_string(gone) + ".AbC123");
    auto killed_demo = left(tmp.path, "lac-demo." + std::to_string(gone) + ".xyz789");
    auto running = left(tmp.path, "lac-import." + std::to_string(::getppid()) + ".DeF456");  // a live process
    auto kept_demo = left(tmp.path, "lac-demo.Qw3rTy");  // scripts/demo's, kept to explore
    auto other = left(tmp.path, "lac-import.notapid.GhI789");
    auto mine = left(tmp.path, "someone-" + std::to_string(gone) + ".JkL012");
    fs::create_symlink(running, tmp.path / ("lac-import." + std::to_string(gone) + ".link00"));
    {
        lac::ScratchDirectory scratch("demo");
        CHECK_FALSE(fs::exists(killed));
        CHECK_FALSE(fs::exists(killed_demo));
        for (const auto& kept : {running, kept_demo, other, mine}) CHECK(fs::exists(kept / "import.db"));
        CHECK(fs::is_symlink(tmp.path / ("lac-import." + std::to_string(gone) + ".link00")));
    }
}
