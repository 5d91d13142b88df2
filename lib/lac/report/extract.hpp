#pragma once
// Analysts' extracts: RFC 4180 CSV or JSON lines, pseudonymised unless asked otherwise.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/extract.hpp"
#include "lac/util/progress.hpp"
#include "lac/util/table.hpp"

namespace lac {

const std::vector<std::string>& extract_entities();
// The extract of an entity: its columns and the SQL that reads them; UsageError naming the
// entities when there is none.
const store::ExportSpec& spec_for(const std::string& entity);
// The columns of an entity in their stable order; identify-only ones when `identify`.
std::vector<std::string> extract_columns(const std::string& entity, bool identify);

struct ExtractRequest {
    std::string entity;
    std::optional<Date> from, to;
    bool identify = false;
    Format format = Format::csv;  // csv or json (lines)
};

// Streams the extract to `out`, holding one row at a time, saying as it goes how many rows
// it has written; returns the rows written. An identified extract is written to the audit
// trail first.
long long write_extract(Session& s, const ExtractRequest& request, std::ostream& out, const Progress& progress = {});

// lac export all DIR: every entity, ENTITY.csv each, in a new directory private to its
// owner (0700, files 0600), whole or not at all: if any file cannot be written, the
// directory is removed. Returns the rows written, by entity.
std::vector<std::pair<std::string, long long>> export_all(Session& s, const std::string& dir, bool identify,
                                                          const Progress& progress = {});

}  // namespace lac
