#pragma once
// The text of a query as PostgreSQL takes it (issue 18). lac's queries write their
// placeholders as SQLite does, ?1, ?2, … or a bare ? (statement.hpp); PostgreSQL spells them
// $1, $2, …. The rewriting leaves alone whatever is not SQL to be run: string literals
// ('it''s', E'it\'s'), quoted identifiers ("a?b"), dollar-quoted bodies ($$…$$, $fn$…$fn$),
// line comments (-- …) and block comments (/* … */, which PostgreSQL nests). A `?` anywhere
// else is a placeholder, so PostgreSQL's jsonb operators ?, ?| and ?& cannot be written in
// lac's SQL; a named parameter (:name, @name) neither.
#include <string>
#include <string_view>
#include <vector>

namespace lac::store {

struct PgSql {
    std::string text;    // with $N placeholders
    int parameters = 0;  // the highest N: how many values a statement of it binds
    // Which of $1 … $parameters the text names. A query built of optional fragments may
    // leave some out (?1 of a filter not given), whose type PostgreSQL then cannot tell: it
    // is told text, and the value bound there is not used.
    std::vector<bool> used;
};

// As SQLite numbers them: ?N is N, and a bare ? is one more than the highest so far.
// Throws Error (software: a fault in lac's SQL) for ?0, an index past 32,766, or a literal,
// identifier or comment that is never closed.
PgSql pg_placeholders(std::string_view sql);

}  // namespace lac::store
