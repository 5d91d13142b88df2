// The online copy of the database (lib/lac/store/backup).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>

#include <SQLiteCpp/Database.h>

#include "lac/store/backup.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

namespace {

unsigned mode_of(const fs::path& file) {
    struct stat st {};
    ::stat(file.c_str(), &st);
    return st.st_mode & 0777;
}

// The temporary copies, and their journals, left in the directory.
std::vector<std::string> leftovers(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) out.push_back(e.path().string());
    return out;
}

}  // namespace

TEST_CASE("the copy is whole, in rollback mode, and has the mode asked for") {
    EdithTomAndAChoir f;
    auto copy = f.dir.path / "copy.db";
    CHECK(lac::store::write_backup(*f.db, {copy, 0660, false, 5000}) > 0);
    CHECK(mode_of(copy) == 0660);
    SQLite::Database read(copy.string());
    CHECK(read.execAndGet("PRAGMA journal_mode").getString() == "delete");
    CHECK(read.execAndGet("SELECT count(*) FROM person").getInt() == 2);
    CHECK(read.execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("a file already there is not replaced unless asked, and no temporary file is left") {
    Fixture f;
    auto copy = f.dir.path / "copy.db";
    std::ofstream(copy) << "keep me";
    CHECK_THROWS_AS(lac::store::write_backup(*f.db, {copy, 0600, false, 5000}), lac::CantCreateError);
    CHECK(leftovers(f.dir.path).empty());
    std::ifstream in(copy);
    std::string text;
    std::getline(in, text);
    CHECK(text == "keep me");
    lac::store::write_backup(*f.db, {copy, 0600, true, 5000});
    CHECK(SQLite::Database(copy.string()).execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(leftovers(f.dir.path).empty());
}
