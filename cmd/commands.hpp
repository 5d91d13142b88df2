#pragma once
// Each command wires its arguments, calls the library and renders the result.
#include <string>

namespace CLI {
class App;
}
class Context;

void register_init(CLI::App& app, Context& ctx);
void register_coordinator(CLI::App& app, Context& ctx);
void register_person(CLI::App& app, Context& ctx);
void register_log(CLI::App& app, Context& ctx);
void register_goal(CLI::App& app, Context& ctx);
void register_asset(CLI::App& app, Context& ctx);
void register_connect(CLI::App& app, Context& ctx);
void register_connection(CLI::App& app, Context& ctx);
void register_contribute(CLI::App& app, Context& ctx);
void register_avoid(CLI::App& app, Context& ctx);
void register_conversation(CLI::App& app, Context& ctx);
void register_contribution(CLI::App& app, Context& ctx);
void register_avoided(CLI::App& app, Context& ctx);
void register_wellbeing(CLI::App& app, Context& ctx);
void register_reflect(CLI::App& app, Context& ctx);
void register_caseload(CLI::App& app, Context& ctx);
void register_due(CLI::App& app, Context& ctx);
void register_search(CLI::App& app, Context& ctx);
void register_summary(CLI::App& app, Context& ctx);
void register_evaluate(CLI::App& app, Context& ctx);
void register_export(CLI::App& app, Context& ctx);
void register_import(CLI::App& app, Context& ctx);
void register_demo(CLI::App& app, Context& ctx);
void register_config(CLI::App& app, Context& ctx);
void register_doctor(CLI::App& app, Context& ctx);
void register_backup(CLI::App& app, Context& ctx);
void register_copy(CLI::App& app, Context& ctx);
void register_completion(CLI::App& app, Context& ctx);
// The hidden `lac __complete` that completion scripts call (cmd/completion.cpp).
void register_complete_helper(CLI::App& app, Context& ctx);
// lac person export and forget (cmd/person_rights.cpp), under the person group.
void add_person_rights(CLI::App* person, Context& ctx);

// The help for a word from a site's own list, which names the config key rather than
// copying the shipped words: "a word from [vocab] modes (see 'lac config get vocab.modes')".
inline const std::string vocab_mark = "a word from [vocab] ";
inline std::string vocab_word(const std::string& key) {
    return vocab_mark + key + " (see 'lac config get vocab." + key + "')";
}
// The key of the list that vocab_word names in an option's help, or "" (for completion).
inline std::string vocab_key(const std::string& help) {
    auto at = help.find(vocab_mark);
    if (at == std::string::npos) return "";
    std::string key = help.substr(at + vocab_mark.size());
    return key.substr(0, key.find(' '));
}
