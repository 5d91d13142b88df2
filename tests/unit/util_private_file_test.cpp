// A file written whole or not at all, private from its first byte (lib/lac/util/private_file).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "lac/util/errors.hpp"
#include "lac/util/private_file.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

unsigned mode_of(const fs::path& file) {
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

std::size_t entries(const fs::path& dir) {
    return std::size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a private file appears, with its mode whatever the umask, only when committed") {
    TempDir dir;
    auto target = dir.path / "report.csv";
    mode_t old_umask = ::umask(0);
    {
        lac::PrivateFile file(target, 0660);
        file.stream() << "a,b\r\n";
        CHECK_FALSE(fs::exists(target));
        CHECK(entries(dir.path) == 1);  // the temporary
        file.commit();
    }
    ::umask(old_umask);
    CHECK(contents(target) == "a,b\r\n");
    CHECK(mode_of(target) == 0660);
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a private file not committed leaves nothing, and the file it would replace as it was") {
    TempDir dir;
    auto target = dir.path / "report.csv";
    std::ofstream(target) << "old";
    {
        lac::PrivateFile file(target, 0600);
        file.stream() << "new";
    }
    CHECK(contents(target) == "old");
    CHECK(entries(dir.path) == 1);

    lac::PrivateFile file(target, 0600);
    file.stream() << "new";
    file.commit();
    CHECK(contents(target) == "new");
    CHECK(mode_of(target) == 0600);
}

TEST_CASE("a private file refuses a directory, and a directory that is not there") {
    TempDir dir;
    CHECK_THROWS_AS(lac::PrivateFile(dir.path, 0600), lac::CantCreateError);
    CHECK_THROWS_AS(lac::PrivateFile(dir.path / "missing" / "report.csv", 0600), lac::CantCreateError);
    CHECK_THROWS_AS(lac::PrivateFile("/dev/null", 0600), lac::CantCreateError);
    CHECK(entries(dir.path) == 0);
}
