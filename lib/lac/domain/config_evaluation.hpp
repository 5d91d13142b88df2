#pragma once
// Reading [evaluation] from the merged config (config.cpp's part for the evaluation pack).
#include <functional>
#include <string>

#include "lac/domain/evaluation_config.hpp"
#include "lac/util/toml.hpp"

namespace lac {

// Throws ConfigError pointing at the node (see config.cpp's Checker::fail).
using ConfigFail = std::function<void(const toml::node&, const std::string&)>;

// `merged` is the [evaluation] table after the user's file went over the shipped one;
// `given` the user's own [evaluation] table (null when the user set none): a bad value is
// reported at the user's line where the user wrote it.
EvaluationConfig read_evaluation(const toml::table& merged, const toml::table* given, const ConfigFail& fail);

}  // namespace lac
