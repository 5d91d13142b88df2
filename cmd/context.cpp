#include "context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "lac/util/errors.hpp"
#include "lac/domain/paths.hpp"

const lac::Config& Context::config() {
    if (!config_) {
        auto where = lac::locate_config(options.config);
        std::error_code ec;
        bool present = where.named || std::filesystem::exists(where.path, ec);
        config_ = lac::load_config(lac::default_config_text(),
                                   present ? std::optional(where.path) : std::nullopt);
    }
    return *config_;
}

lac::OpenOptions Context::open_options() {
    return {config().group_shared, config().busy_timeout_ms};
}

std::string Context::database_path() { return lac::locate_database(options.db, config()).string(); }

lac::Date Context::today() {
    if (!today_) today_ = lac::today_local();
    return *today_;
}

lac::Session& Context::session(const std::string& command) {
    if (!session_) {
        db_ = lac::Db::open(database_path(), open_options());
        db_->set_actor(lac::acting_handle(options.as, config()), command);
        session_.emplace(lac::Session{*db_, config(), today()});
    }
    return *session_;
}

void Context::create_session(const std::string& command, bool& created,
                             const std::function<void(lac::Session&)>& setup) {
    // Everything that can be checked is, before the file is made.
    std::string actor = lac::acting_handle(options.as, config());
    lac::Date day = today();
    try {
        db_ = lac::Db::create(database_path(), open_options(), created, [&](lac::Db& db) {
            db.set_actor(actor, command);
            setup(session_.emplace(lac::Session{db, config(), day}));
        });
    } catch (...) {
        session_.reset();  // its Db is gone, and with it a file this command made
        throw;
    }
}

lac::Format Context::format(const std::vector<lac::Format>& allowed) {
    auto format = lac::parse_format(options.format, allowed);
    if (visible_out) visible_out->enabled(format != lac::Format::csv && format != lac::Format::json);
    return format;
}

lac::Style Context::style() {
    const char* no_color = std::getenv("NO_COLOR");
    bool color = !options.no_color && !(no_color && *no_color) && isatty(STDOUT_FILENO);
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
