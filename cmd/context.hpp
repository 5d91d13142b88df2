#pragma once
// What every command gets: the global options, and the config, store and session built
// lazily, so `lac --help` and `lac --version` never open the database.
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"
#include "lac/util/table.hpp"
#include "lac/util/visible.hpp"

struct GlobalOptions {
    std::string db;
    std::string config;
    std::string as;
    std::string format = "table";
    bool no_color = false;
    bool quiet = false;
};

class Context {
public:
    GlobalOptions options;
    std::ostream& out = std::cout;
    // The filter on stdout that shows control characters visibly (see lac/util/visible.hpp);
    // off for csv and json, which are data. Set by main.
    lac::VisibleBuf* visible_out = nullptr;
    std::ostream& err = std::cerr;

    const lac::Config& config();
    // Opens the existing database (exit 66 if there is none) for `command`, e.g. "person add".
    lac::Session& session(const std::string& command);
    // Creates the database if it is missing (`created` tells whether it did) and runs
    // `setup` on it; should that fail, a database this made is removed again.
    void create_session(const std::string& command, bool& created,
                        const std::function<void(lac::Session&)>& setup);
    lac::Date today();
    std::string database_path();

    // --format, checked against what this command offers.
    lac::Format format(const std::vector<lac::Format>& allowed);
    lac::Style style();
    // A confirmation on stderr, unless --quiet.
    void note(const std::string& message);
    lac::Date parse_date(const std::string& text);
    std::optional<lac::Date> parse_date_option(const std::string& text);

private:
    lac::OpenOptions open_options();
    std::optional<lac::Config> config_;
    std::unique_ptr<lac::Db> db_;
    std::optional<lac::Session> session_;
    std::optional<lac::Date> today_;
};
