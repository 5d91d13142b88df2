#pragma once
// Options whose text the library reads (a day, relative to today; a capacity band), bound
// straight into a field of the library's structs, as the other options are (CLI11 fills a
// std::optional<T> only when the option is given), so a renamed option cannot drop its value.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/App.hpp>

#include "context.hpp"

class ParsedOptions {
public:
    explicit ParsedOptions(Context& ctx) : ctx_(ctx) {}

    // `name` fills `field` with read(text) when it is given.
    template <class T, class Read>
    CLI::Option* add(CLI::App* cmd, const std::string& name, std::optional<T>& field, Read read,
                     const std::string& help) {
        auto text = std::make_shared<std::optional<std::string>>();
        readers_.push_back([text, &field, read] {
            if (*text) field = read(**text);
        });
        return cmd->add_option(name, *text, help);
    }
    // A day: YYYY-MM-DD, today, yesterday, a weekday or -Nd; a blank one is the default.
    CLI::Option* day(CLI::App* cmd, const std::string& name, std::optional<lac::Date>& field, const std::string& help) {
        return add(cmd, name, field, [&ctx = ctx_](const std::string& text) { return ctx.parse_date_option(text); },
                   help)
            ->type_name("DATE");
    }
    // A day to come: YYYY-MM-DD, today, tomorrow, +10d, +2w, +1m (lac::parse_future_date).
    CLI::Option* later_day(CLI::App* cmd, const std::string& name, std::optional<lac::Date>& field,
                           const std::string& help) {
        return add(cmd, name, field,
                   [&ctx = ctx_](const std::string& text) { return lac::parse_future_date(text, ctx.today()); }, help)
            ->type_name("DATE");
    }
    // Fills the fields of the options given. The command calls it (or on_run does) where it
    // reads them, so a bad value is reported after --help, a missing option, and a --format
    // the command does not offer.
    void parse() const {
        for (const auto& read : readers_) read();
    }

private:
    Context& ctx_;
    std::vector<std::function<void()>> readers_;
};

// A command's fields, with the parsed options that fill some of them, shared with its callback.
template <class Fields>
struct Bound {
    explicit Bound(Context& ctx) : parsed(ctx) {}
    Fields fields;
    ParsedOptions parsed;
};

// Makes work(fields) cmd's callback, run once the parsed options are in their fields.
template <class Fields, class Work>
void on_run(CLI::App* cmd, std::shared_ptr<Bound<Fields>> bound, Work work) {
    cmd->callback([bound, work] {
        bound->parsed.parse();
        work(bound->fields);
    });
}
