#pragma once
// A config file's text read as TOML, safely: what toml++ would choke on (nesting that would
// overflow its stack, bytes outside ASCII where TOML allows none) refused first. Every
// failure is a ConfigError naming the file and line.
#include <string>
#include <string_view>

#include "lac/util/toml.hpp"

namespace lac {

toml::table parse_config_text(std::string_view text, const std::string& file);

// The shipped config/lac.toml as the table it parses to, built from code written when lac
// was built (cmake/embed_config_table.cpp): every command starts from it, and parsing the
// text took a third of a short command's time.
toml::table default_config_table();

}  // namespace lac
