// A row whose record is already here: what differs, said by field, and applied only when
// asked (lac-import(1), --update).
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "lac/domain/assets.hpp"
#include "lac/import/cells.hpp"
#include "lac/report/extract.hpp"
#include "lac/store/extract.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/table.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {
namespace {

using store::ColumnKind;

// Columns an extract derives from others, which an import reads past.
bool derived(const std::string& column) { return column == "team" || column == "value"; }

std::optional<double> number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// A file's cell in the form the record here is compared in: people and assets named by
// reference, so that a name or a reference alike finds the same one.
std::string file_value(Session& s, const ImportRow& row, const store::ExportColumn& c) {
    std::string text = trim(row.text(c.name));
    if (text.empty()) return text;
    if (c.kind == ColumnKind::person) return make_ref(ref::person, person_in(s, row, text).id);
    if (c.kind == ColumnKind::reference && c.letter == ref::asset) return make_ref(ref::asset, find_asset(s, text).id);
    if (c.name == std::string("active")) {
        std::string word = ascii_lower(text);
        if (word == "true") return "1";
        if (word == "false") return "0";
    }
    return text;
}

// The record's value as its extract shows it.
std::string here_value(const store::ExportColumn& c, const std::optional<std::string>& value) {
    if (!value) return "";
    if (c.kind == ColumnKind::person || c.kind == ColumnKind::reference) return std::string(1, c.letter) + *value;
    if (auto real = number(*value); real && c.kind == ColumnKind::real) return Cell::num(*real).text;
    return *value;
}

bool same(const store::ExportColumn& c, const std::string& file, const std::string& here) {
    if (c.kind == ColumnKind::integer || c.kind == ColumnKind::real) {
        auto a = number(file), b = number(here);
        if (a && b) return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
    }
    // Free text (names, notes, words in the person's own words) is compared as written;
    // words from the config's lists, whatever their case, as lac reads them.
    if (c.identify_only) return file == here;
    return ascii_lower(file) == ascii_lower(here);
}

std::string shown(const std::string& value) { return value.empty() ? "empty" : fmt::format("'{}'", value); }

}  // namespace

const FieldDifference* differs_in(const Differences& differences, const std::string& column) {
    for (const auto& d : differences)
        if (d.column == column) return &d;
    return nullptr;
}

bool is_here(Session& s, const ImportRow& row, int64_t id) {
    const auto& spec = spec_for(row.entity());
    ImportMemo& memo = row.memo();
    if (!memo.highest_here) memo.highest_here = store::highest_id(s.db, spec);
    if (id > *memo.highest_here && !memo.added_ids.contains(id)) return false;
    return store::export_row(s.db, spec, std::to_string(id)).has_value();
}

Outcome settle(Session& s, const ImportRow& row, const std::string& key, const std::string& ref,
               const std::function<void(const Differences&)>& apply) {
    const auto& spec = spec_for(row.entity());
    auto here = store::export_row(s.db, spec, key);
    if (!here) throw Error(ExitCode::software, ref + " vanished during its import");
    Differences differences;
    for (std::size_t i = 1; i < spec.columns.size(); ++i) {
        const auto& c = spec.columns[i];
        if (derived(c.name) || !row.get(c.name)) continue;
        std::string file = file_value(s, row, c), held = here_value(c, (*here)[i]);
        if (!same(c, file, held)) differences.push_back({c.name, file, held});
    }
    if (differences.empty()) return Outcome::already;
    if (!row.memo().update) {
        std::vector<std::string> said;
        for (const auto& d : differences)
            said.push_back(fmt::format("{} is {} in the file, {} here", d.column, shown(d.file), shown(d.here)));
        throw Differs{ref + " " + join(said, "; ")};
    }
    apply(differences);
    return Outcome::updated;
}

}  // namespace lac::importers
