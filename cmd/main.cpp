// lac: the command-line front end. Builds the commands, runs one, and maps every error to
// the exit codes of lac(1), EXIT STATUS, in this one place.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "external.hpp"
#include "global_options.hpp"
#include "usage.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/util/visible.hpp"

namespace {

// Every built-in command, in the order --help lists them.
struct Command {
    const char* name;
    void (*add)(CLI::App&, Context&);
};
const Command commands[] = {
    {"init", register_init},
    {"coordinator", register_coordinator},
    {"person", register_person},
    {"log", register_log},
    {"conversation", register_conversation},
    {"goal", register_goal},
    {"asset", register_asset},
    {"connect", register_connect},
    {"connection", register_connection},
    {"contribute", register_contribute},
    {"contribution", register_contribution},
    {"avoid", register_avoid},
    {"avoided", register_avoided},
    {"wellbeing", register_wellbeing},
    {"reflect", register_reflect},
    {"caseload", register_caseload},
    {"due", register_due},
    {"search", register_search},
    {"summary", register_summary},
    {"evaluate", register_evaluate},
    {"export", register_export},
    {"import", register_import},
    {"demo", register_demo},
    {"config", register_config},
    {"doctor", register_doctor},
    {"backup", register_backup},
    {"copy", register_copy},
    {"completion", register_completion},
};
// A command that needs every other one built: its script is made from them all.
const char* const needs_all = "completion";
// The words completion scripts ask for: hidden from --help and the list of commands.
const char* const complete_helper = "__complete";

// std::cout and std::cerr through lac::VisibleBuf while main runs, put back after.
struct ShownVisibly {
    lac::VisibleBuf out{std::cout.rdbuf()}, err{std::cerr.rdbuf()};
    std::streambuf* const old_out = std::cout.rdbuf(&out);
    std::streambuf* const old_err = std::cerr.rdbuf(&err);
    ~ShownVisibly() {
        std::cout.flush();
        std::cerr.flush();
        std::cout.rdbuf(old_out);
        std::cerr.rdbuf(old_err);
    }
};

int fail(lac::ExitCode code, const std::string& message) {
    std::cout.flush();
    std::cerr << "lac: " << message << '\n';
    return int(code);
}

}  // namespace

int main(int raw_argc, char** raw_argv) {
    // Start-up does nothing that grows with the commands or the database.
    if (raw_argc == 2 && std::string_view(raw_argv[1]) == "--version") {
        std::cout << "lac " << LAC_VERSION << '\n';
        return 0;
    }
    // `lac help log` is `lac log --help`.
    std::vector<std::string> words = rewrite_help(raw_argc, raw_argv);
    std::vector<char*> pointers;
    for (auto& w : words) pointers.push_back(w.data());
    int argc = int(pointers.size());
    char** argv = pointers.data();
    // Everything lac shows passes through these: a control character held in a name, a
    // note or a config word is shown visibly, never sent to the terminal as such.
    ShownVisibly shown;
    Context ctx;
    ctx.visible_out = &shown.out;
    CLI::App app{"lac: the Local Area Coordination record.\n"
                 "Log conversations, goals and connections; see caseloads; report the week.",
                 "lac"};
    app.set_version_flag("--version", std::string("lac ") + LAC_VERSION);
    app.fallthrough();  // global options may come after the command too
    app.require_subcommand(0, 1);
    add_global_options(app, ctx.options);

    // Only the command being run is built (all of them for help or a word lac does not
    // know), so a coordinator's many small commands start quickly.
    std::string word = command_word(argc, argv);
    std::vector<std::string> names;
    bool known = false;
    for (const auto& c : commands) known = known || word == c.name;
    for (const auto& c : commands) {
        names.emplace_back(c.name);
        if (!known || word == c.name || word == needs_all) c.add(app, ctx);
    }
    if (word == complete_helper) {
        register_complete_helper(app, ctx);
        names.emplace_back(complete_helper);
    }
    add_global_options_footer(app);

    try {
        if (auto unknown = find_unknown_command(argc, argv, names)) {
            run_external(*unknown, argc, argv);  // returns only if there is none
            return fail(lac::ExitCode::usage, unknown_command_message(*unknown, names));
        }
        if (auto empty = empty_option_value(argc, argv)) return fail(lac::ExitCode::usage, *empty);
        for (auto* group : app.get_subcommands([](CLI::App* sub) { return sub->get_require_subcommand_min() > 0; })) {
            std::vector<std::string> subs;
            for (auto* sub : group->get_subcommands([](CLI::App*) { return true; })) subs.push_back(sub->get_name());
            if (auto word = find_unknown_subcommand(argc, argv, group->get_name(), subs)) {
                return fail(lac::ExitCode::usage,
                            "'" + *word + "' is not a 'lac " + group->get_name() + "' command" +
                                lac::did_you_mean(*word, subs) + "; see 'lac " +
                                group->get_name() + " --help'");
            }
        }
        app.parse(argc, argv);
        if (app.get_subcommands().empty()) {
            std::cout << app.help();
            return 0;
        }
        ctx.finish();
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        return fail(lac::ExitCode::usage, usage_error_line(e, app, argc, argv));
    } catch (const lac::Error& e) {
        return fail(e.code(), e.what());
    } catch (const std::exception& e) {
        return fail(lac::ExitCode::software, std::string("internal error: ") + e.what() +
                                                 "; please report it with the command you ran");
    }
}
