#pragma once
// Names found by any of their words. A folded name is kept with each of its word-starts:
// "tom reid" as "tom reid" and "reid", so that a range on the part finds "Reid", "re" or
// "reid" as well as "tom r" (lac(1), NAMING PEOPLE AND ASSETS).
#include <cstdint>
#include <string>

// The parts of (id, key) rows chosen by `seed`, a SELECT of two columns, in one recursive
// CTE shared by schema 6 (which fills the tables from the names already held) and the
// store (which keeps them as names are written). `position` is the engine's name for the
// place of one text in another: SQLite's instr, PostgreSQL's strpos (LAC_NAME_PARTS_PG).
#define LAC_NAME_PARTS_WITH(position, seed)                                                            \
    "WITH RECURSIVE part(id, rest) AS (" seed " UNION ALL SELECT id, substr(rest, " position "(rest, ' ') + 1) " \
    "FROM part WHERE " position "(rest, ' ') > 0) "
#define LAC_NAME_PARTS(seed) LAC_NAME_PARTS_WITH("instr", seed)
#define LAC_NAME_PARTS_PG(seed) LAC_NAME_PARTS_WITH("strpos", seed)

namespace lac {
class Db;
}

namespace lac::store {

// How a typed key, folded, matches a name: the whole name; whole words of it ("reid" or
// "tom" in "tom reid", "chair yoga" in "northfield north chair yoga"); or the start of a
// word ("re", "tom r"). Each takes in the one before.
enum class Match { name, word, prefix };

// The condition on a part, `w.part`, for `match` of the key bound as ?1 (never a LIKE
// pattern, so '%' and '_' in a name are only letters). Not for Match::name, which the
// name_key columns answer.
const char* part_matches(Match match);

// Which table of parts: a person's or an asset's.
enum class Named { person, asset };

// Adds the parts of `key`, a folded name, for the record `id` that has none yet.
void add_name_parts(Db& db, Named table, int64_t id, const std::string& key);
// Removes the parts of record `id`: before a new name's, or when a person is forgotten.
void remove_name_parts(Db& db, Named table, int64_t id);

}  // namespace lac::store
