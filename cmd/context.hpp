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
#include "lac/util/private_file.hpp"
#include "lac/util/table.hpp"
#include "lac/util/visible.hpp"

namespace CLI {
class App;
}

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
    // The database as messages show it (a URL without its password).
    std::string database_shown();
    // A day to come (lac::parse_future_date); "" gives none.
    std::optional<lac::Date> parse_future_date_option(const std::string& text);

    // --format, checked against what this command offers.
    lac::Format format(const std::vector<lac::Format>& allowed);
    // The same for a command that offers no table: `unset` when --format was not given.
    lac::Format format(const std::vector<lac::Format>& allowed, lac::Format unset);
    lac::Style style();
    // A confirmation on stderr, unless --quiet.
    void note(const std::string& message);
    lac::Date parse_date(const std::string& text);
    std::optional<lac::Date> parse_date_option(const std::string& text);

    // For a command that writes a report or an extract: registers -o/--output FILE on `cmd`
    // and returns what its callback calls for the stream to write to, stdout or, with -o,
    // a private file that appears only when the command succeeds (lac(1), Output files).
    std::function<std::ostream&()> output(CLI::App* cmd);

    // Once the command has run: its output flushed (exit 74 if it cannot be) and its -o
    // file put in place, and only then what it wrote to the database committed, so that a
    // command whose output was lost has saved nothing and can be run again (lac(1) EXIT STATUS).
    void finish();

private:
    std::ostream& report();
    lac::Format shown_as(lac::Format format);  // switches the visible filters for `format`
    bool shown_visibly_ = true;  // as format() decided, for stdout and the -o file alike
    std::optional<std::string> output_file_;
    // The -o file, written through its own VisibleBuf so that it holds what stdout would.
    std::unique_ptr<lac::PrivateFile> output_;
    std::unique_ptr<lac::VisibleBuf> output_visible_;
    std::unique_ptr<std::ostream> output_stream_;
    lac::OpenOptions open_options();
    std::optional<lac::Config> config_;
    std::unique_ptr<lac::Db> db_;
    std::optional<lac::Session> session_;
    std::optional<lac::Now> now_;  // read once, so that a command sees one today
};
