#pragma once
// The words a shell's tab completion offers for a value lac cannot list in the script
// itself, because they are in the database or the effective config (lac-completion(1)).
// `lac __complete KIND TYPED` prints them, one a line.
#include <string>
#include <string_view>
#include <vector>

namespace lac {
class Db;
struct Config;

// The kinds of word: in the database, "people" (the acting coordinator's active people,
// by name, and by reference when what is typed could begin one), "assets", "handles" and
// "teams"; in the config, "crisis" (the crisis types), "keys" (every key, as 'lac config
// get' takes it) and "vocab.LIST" (a [vocab] list, as in "vocab.modes").
bool is_database_word_kind(std::string_view kind);

// The words of a config kind that start with `typed` (nothing for a kind it does not know).
std::vector<std::string> config_words(const Config& config, std::string_view kind, std::string_view typed);

// The words of a database kind that start with `typed`, case aside for names; `acting`
// is the handle whose people "people" offers. Each query reads an index (store/completion).
std::vector<std::string> database_words(Db& db, std::string_view kind, std::string_view typed,
                                        const std::string& acting);

}  // namespace lac
