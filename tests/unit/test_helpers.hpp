#pragma once
// A fresh database in a private temporary directory, removed afterwards.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"
#include "lac/store/db.hpp"

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "lac-unit-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

struct Fixture {
    TempDir dir;
    lac::Config config = lac::load_config(lac::default_config_text(), std::nullopt);
    std::unique_ptr<lac::Db> db;
    std::unique_ptr<lac::Session> session;

    explicit Fixture(lac::Date today = lac::make_date(2026, 11, 23)) {
        bool created = false;
        db = lac::Db::create(dir.path / "lac.db", {}, created);
        db->set_actor("asha", "test");
        session = std::make_unique<lac::Session>(lac::Session{*db, config, today});
    }
    lac::Session& s() { return *session; }
};
