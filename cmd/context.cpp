#include "context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <CLI/App.hpp>

#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"

const lac::Config& Context::config() {
    if (!config_) {
        auto where = lac::locate_config(options.config);
        std::error_code ec;
        bool present = where.named || std::filesystem::exists(where.path, ec);
        config_ = lac::load_config(present ? std::optional(where.path) : std::nullopt);
    }
    return *config_;
}

lac::OpenOptions Context::open_options() {
    return {config().group_shared, config().busy_timeout_ms};
}

std::string Context::database_path() { return lac::locate_database(options.db, config()).string(); }
std::string Context::database_shown() { return lac::shown_database(options.db, config()); }

lac::Date Context::today() {
    if (!now_) now_ = lac::now_local();
    return now_->day;
}

lac::Session& Context::session(const std::string& command) {
    if (!session_) {
        db_ = lac::Db::open(database_path(), open_options());
        db_->hold_commits();  // until finish()
        db_->set_actor(lac::acting_handle(options.as, config(), *db_), command);
        session_.emplace(lac::Session{*db_, config(), today(), now_->time});
    }
    return *session_;
}

void Context::create_session(const std::string& command, bool& created,
                             const std::function<void(lac::Session&)>& setup) {
    // Everything that can be checked is, before the file is made.
    std::string actor = lac::acting_handle(options.as, config());
    lac::Date day = today();
    std::string time = now_->time;
    try {
        db_ = lac::Db::create(database_path(), open_options(), created, [&](lac::Db& db) {
            db.set_actor(db.on_server() ? lac::acting_handle(options.as, config(), db) : actor, command);
            setup(session_.emplace(lac::Session{db, config(), day, time}));
        });
    } catch (...) {
        session_.reset();  // its Db is gone, and with it a file this command made
        throw;
    }
    // The creation and its setup are committed under the creation lock, so that no other
    // lac ever opens a file without its schema; what the command writes after waits for
    // finish(), like any other command's.
    db_->hold_commits();
}

lac::Format Context::format(const std::vector<lac::Format>& allowed, lac::Format unset) {
    return options.format == "table" ? shown_as(unset) : format(allowed);
}

lac::Format Context::format(const std::vector<lac::Format>& allowed) {
    return shown_as(lac::parse_format(options.format, allowed));
}

lac::Format Context::shown_as(lac::Format format) {
    shown_visibly_ = format != lac::Format::csv && format != lac::Format::json;
    if (visible_out) visible_out->enabled(shown_visibly_);
    if (output_visible_) output_visible_->enabled(shown_visibly_);
    return format;
}

lac::Style Context::style() {
    const char* no_color = std::getenv("NO_COLOR");
    bool color = !options.no_color && !(no_color && *no_color) && !output_file_ && isatty(STDOUT_FILENO);
    return lac::Style{color};
}

void Context::note(const std::string& message) {
    if (!options.quiet) err << message << '\n';
}

lac::Date Context::parse_date(const std::string& text) { return lac::parse_date(text, today()); }

std::optional<lac::Date> Context::parse_date_option(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return parse_date(text);
}

std::optional<lac::Date> Context::parse_future_date_option(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return lac::parse_future_date(text, today());
}

std::function<std::ostream&()> Context::output(CLI::App* cmd) {
    cmd->add_option("-o,--output", output_file_, "write to FILE, private, instead of stdout (replaces it)")
        ->type_name("FILE");
    return [this]() -> std::ostream& { return report(); };
}

// Opened when the command first asks, after its options are checked, so that --help or a
// bad option never creates anything.
std::ostream& Context::report() {
    if (!output_file_) return out;
    if (!output_) {
        if (output_file_->empty()) throw lac::UsageError("-o needs a file name, not ''");
        output_ = std::make_unique<lac::PrivateFile>(*output_file_, lac::private_mode(config().group_shared));
        output_visible_ = std::make_unique<lac::VisibleBuf>(output_->stream().rdbuf());
        output_visible_->enabled(shown_visibly_);
        output_stream_ = std::make_unique<std::ostream>(output_visible_.get());
    }
    return *output_stream_;
}

void Context::finish() {
    out.flush();
    if (!out)
        throw lac::IoError(db_ && db_->holding() ? "cannot write the output; nothing was saved"
                                                 : "cannot write the output");
    if (output_) {
        output_stream_->flush();  // a write that fails here fails commit(), which says why
        output_->commit();
    }
    if (db_) db_->commit_held();
}
