# Writes INPUT into OUTPUT as a C++ string, lac::default_config_text().
file(READ ${INPUT} content)
set(delim "LACTOML")
file(WRITE ${OUTPUT}
  "// Generated from config/lac.toml by cmake/embed.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace lac {\n"
  "std::string_view default_config_text() {\n"
  "    static constexpr char text[] = R\"${delim}(${content})${delim}\";\n"
  "    return {text, sizeof text - 1};\n"
  "}\n"
  "}  // namespace lac\n")
