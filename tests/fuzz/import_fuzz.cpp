// Fuzz target: lac import, every entity's row checks, dates and references (lib/lac/import).
// An input's first line names the entity (person, asset, …: lac::import_entities()), the
// rest is the CSV file. Each runs as a dry run (every row checked and written, then all
// rolled back) on one database holding a small team, so every input meets the same
// records. An import may report bad rows or refuse the file with a lac::Error; any other
// exception, or a crash, is a fault.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "lac/domain/assets.hpp"
#include "lac/domain/config.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/session.hpp"
#include "lac/domain/team.hpp"
#include "lac/import/import.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"

namespace {

struct Team {
    std::filesystem::path dir;
    lac::Config config = lac::load_config(std::nullopt);
    std::unique_ptr<lac::Db> db;
    std::unique_ptr<lac::Session> session;

    Team() {
        std::string pattern = (std::filesystem::temp_directory_path() / "lac-fuzz-XXXXXX").string();
        dir = ::mkdtemp(pattern.data());
        bool created = false;
        db = lac::Db::create(dir / "lac.db", {}, created);
        db->set_actor("asha", "import");
        session = std::make_unique<lac::Session>(lac::Session{*db, config, lac::make_date(2026, 11, 23)});
        for (const char* handle : {"asha", "ben"}) {
            lac::CoordinatorFields c;
            c.name = handle;
            lac::add_coordinator(*session, handle, c);
        }
        for (const char* name : {"Edith Walker", "Tom Hughes"}) {
            lac::PersonFields p;
            p.name = name;
            p.opened_on = lac::make_date(2026, 9, 1);
            lac::add_person(*session, p, "");
        }
        lac::AssetFields a;
        a.name = "St Mary's Choir";
        a.kind = "arts";
        lac::add_asset(*session, a);
    }
    ~Team() {
        session.reset();
        db.reset();
        std::filesystem::remove_all(dir);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    static Team team;
    std::string text(reinterpret_cast<const char*>(data), size);
    std::size_t newline = text.find('\n');
    if (newline == std::string::npos) return 0;
    lac::ImportRequest request;
    request.entity = text.substr(0, newline);
    request.dry_run = true;
    const auto& names = lac::import_entities();
    if (std::find(names.begin(), names.end(), request.entity) == names.end()) return -1;  // not kept
    std::istringstream in(text.substr(newline + 1));
    try {
        (void)lac::import_csv(*team.session, request, in);
    } catch (const lac::Error&) {
    }
    return 0;
}
