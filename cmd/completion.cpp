// lac completion SHELL, and the hidden `lac __complete KIND TYPED` its scripts call.
#include "completion.hpp"

#include <algorithm>
#include <filesystem>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/completion.hpp"
#include "lac/domain/paths.hpp"
#include "lac/import/import.hpp"
#include "lac/report/extract.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace {

bool among(const std::string& word, std::initializer_list<const char*> words) {
    for (const char* w : words)
        if (word == w) return true;
    return false;
}

std::string words_of(std::vector<std::string> words, const char* also) {
    if (also) words.emplace_back(also);
    return "=" + lac::join(words, ",");
}

// What a value is completed with (see CompletionRow), from what --help says of it: its
// name ("person", "--asset"), its type (HANDLE, FILE) and, for a word of the config, its
// help, which names the list (vocab_word in commands.hpp, "[crisis.TYPE]").
std::string kind_of(const std::string& command, const CLI::Option& option) {
    const std::string& help = option.get_description();
    if (auto key = vocab_key(help); !key.empty()) return "vocab." + key;
    if (help.find("[crisis.TYPE]") != std::string::npos) return "crisis";
    std::string name = option.get_positional()       ? option.get_name()
                       : option.get_lnames().empty() ? "-" + option.get_snames().front()
                                                     : "--" + option.get_lnames().front();
    // The value a command adds is new: no word can be offered for it.
    bool adds = command.size() > 4 && command.substr(command.size() - 4) == " add";
    if (among(name, {"person", "--person", "--peer"})) return "people";
    if (among(name, {"asset", "--asset"})) return "assets";
    if (option.get_type_name() == "HANDLE" || (name == "handle" && !adds)) return "handles";
    if (name == "--team") return "teams";
    if (name == "key") return "keys";
    // --db takes a file or a postgresql:// URL: a file is what can be offered.
    if (option.get_type_name() == "FILE" || among(name, {"file", "dir", "--db"})) return "@files";
    if (name == "--format") return "=table,csv,json,md,html";
    if (name == "shell" && command == "lac completion") return words_of(completion_shells(), nullptr);
    if (name == "entity" && command == "lac export") return words_of(lac::extract_entities(), "all");
    if (name == "entity" && command == "lac import") return words_of(lac::import_entities(), "all");
    return "-";
}

void add_rows(CLI::App& app, const std::string& command, CompletionRows& rows) {
    std::vector<std::string> subs, options, args;
    for (auto* sub : app.get_subcommands([](CLI::App* s) { return !s->get_group().empty(); })) {
        subs.push_back(sub->get_name());
        add_rows(*sub, command + " " + sub->get_name(), rows);
    }
    for (const auto* option : app.get_options()) {
        if (option->get_positional()) {
            args.push_back(kind_of(command, *option));
            continue;
        }
        for (const auto& s : option->get_snames()) options.push_back("-" + s);
        for (const auto& l : option->get_lnames()) options.push_back("--" + l);
        if (option->get_items_expected_max() == 0) continue;  // a flag
        std::string kind = kind_of(command, *option);
        for (const auto& s : option->get_snames()) rows.push_back({"vals", command + " -" + s, kind});
        for (const auto& l : option->get_lnames()) rows.push_back({"vals", command + " --" + l, kind});
    }
    if (!subs.empty()) rows.push_back({"subs", command, lac::join(subs, " ")});
    if (!options.empty()) rows.push_back({"opts", command, lac::join(options, " ")});
    if (!args.empty()) rows.push_back({"args", command, lac::join(args, " ")});
}

}  // namespace

void register_completion(CLI::App& app, Context& ctx) {
    auto shell = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("completion", "print the tab-completion script for bash, zsh or fish");
    cmd->add_option("shell", *shell, lac::join(completion_shells(), ", "))->required();
    cmd->callback([&ctx, &app, shell] {
        CompletionRows rows;
        add_rows(app, "lac", rows);
        std::string script = completion_script(*shell, rows);
        if (script.empty())
            throw lac::UsageError("there is no completion for '" + *shell + "'" +
                                  lac::did_you_mean(*shell, completion_shells()) + "; lac completes in " +
                                  lac::join(completion_shells(), ", "));
        ctx.out << script;
    });
}

// Hidden (no group), and built only when it is the command: never in --help or the list.
void register_complete_helper(CLI::App& app, Context& ctx) {
    struct Asked {
        std::string kind, typed;
    };
    auto asked = std::make_shared<Asked>();
    auto* cmd = app.add_subcommand("__complete", "the words for a completion script")->group("");
    cmd->add_option("kind", asked->kind)->required();
    cmd->add_option("typed", asked->typed);
    cmd->callback([&ctx, asked] {
        // A completion says nothing of what it cannot read: no database, a bad config, a
        // database from a newer lac. It only reads: it opens the database as lac doctor does,
        // never creating or migrating it.
        std::vector<std::string> words;
        try {
            const auto& config = ctx.config();
            if (lac::is_database_word_kind(asked->kind)) {
                std::string path = ctx.database_path();
                std::error_code ec;
                const bool server = lac::Db::names_server(path);
                if (!server && !std::filesystem::is_regular_file(path, ec)) return;
                // A Tab waits a moment at most for a database that a demo or an import holds,
                // and for a server to answer (2 s, libpq's least).
                auto db = lac::Db::inspect(path, {config.group_shared, std::min(config.busy_timeout_ms, 250), 2});
                if (server && db->schema_version() == 0) return;
                std::string acting = lac::acting_handle(ctx.options.as, config, *db);
                db->read([&] { words = lac::database_words(*db, asked->kind, asked->typed, acting); });
            } else {
                words = lac::config_words(config, asked->kind, asked->typed);
            }
        } catch (const std::exception&) {
            return;
        }
        for (const auto& w : words) ctx.out << w << '\n';
    });
}
