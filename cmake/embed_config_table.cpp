// Writes config/lac.toml as C++ that builds its toml++ table, lac::default_config_table(),
// at build time. Every lac command starts from the shipped defaults, and toml++ parsing
// their text took a third of a coordinator's `lac log`; building the same table from code
// costs a tenth of that. tests/unit/domain_config_test.cpp checks that the table built is
// the table config/lac.toml parses to.
//
//   embed_config_table INPUT.toml OUTPUT.cpp
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lac/util/toml.hpp"

namespace {

std::string cpp_string(const std::string& text) {
    std::string out = "std::string(\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20 || c >= 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\%03o", c);  // octal: never runs into the next char
            out += escape;
        } else {
            out += char(c);
        }
    }
    return out + "\")";
}

std::string cpp_double(double value) {
    if (!std::isfinite(value)) throw std::runtime_error("a value that is not a finite number");
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);  // reads back as the same double
    std::string out = text;
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

std::string cpp_node(const toml::node& node);

std::string cpp_table(const toml::table& table) {
    std::string out = "toml::table{";
    for (auto&& [key, value] : table)
        out += "{" + cpp_string(std::string(key.str())) + ", " + cpp_node(value) + "},\n";
    return out + "}";
}

std::string cpp_node(const toml::node& node) {
    if (const auto* table = node.as_table()) return cpp_table(*table);
    if (const auto* array = node.as_array()) {
        std::string out = "toml::array{";
        for (const auto& item : *array) out += cpp_node(item) + ", ";
        return out + "}";
    }
    if (auto text = node.value_exact<std::string>()) return cpp_string(*text);
    if (auto number = node.value_exact<int64_t>()) return "int64_t{" + std::to_string(*number) + "}";
    if (auto number = node.value_exact<double>()) return cpp_double(*number);
    if (auto yes = node.value_exact<bool>()) return *yes ? "true" : "false";
    throw std::runtime_error("a kind of value lac's config does not use (a date or a time)");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: embed_config_table INPUT.toml OUTPUT.cpp\n";
        return 64;
    }
    try {
        toml::table table = toml::parse_file(argv[1]);
        std::ofstream out(argv[2], std::ios::binary);
        out << "// Generated from config/lac.toml by cmake/embed_config_table.cpp; do not edit.\n"
               "#include <cstdint>\n#include <string>\n\n#include \"lac/util/toml.hpp\"\n\n"
               "namespace lac {\ntoml::table default_config_table() {\n    return "
            << cpp_table(table) << ";\n}\n}  // namespace lac\n";
        if (!out.flush()) throw std::runtime_error(std::string("cannot write ") + argv[2]);
    } catch (const std::exception& e) {
        std::cerr << "embed_config_table: " << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
