#include "lac/report/extract.hpp"

#include <charconv>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/domain/pseudonym.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/extract.hpp"
#include "lac/util/text.hpp"

namespace lac {

using store::ColumnKind;

const store::ExportSpec& spec_for(const std::string& entity) {
    for (const auto& spec : store::export_specs())
        if (entity == spec.entity) return spec;
    throw UsageError(fmt::format("'{}' is not something lac exports; use one of: {}{}", entity,
                                 join(extract_entities(), ", "), did_you_mean(entity, extract_entities())));
}

namespace {

void append_json_string(std::string& line, std::string_view text) {
    line += '"';
    for (unsigned char c : text) {
        switch (c) {
            case '"': line += "\\\""; break;
            case '\\': line += "\\\\"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            case '\t': line += "\\t"; break;
            default:
                if (c < 0x20)
                    line += fmt::format("\\u{:04x}", c);
                else
                    line += char(c);
        }
    }
    line += '"';
}

// Writes rows into a large buffer and hands it to the stream in big pieces, having first
// told `db` that its read cannot be run again (Db::cannot_repeat): what is out is out.
class RowWriter {
public:
    RowWriter(Db& db, std::ostream& out, Format format, std::vector<std::string> names, std::vector<ColumnKind> kinds,
              std::vector<char> letters, Pseudonymiser* pseudonyms)
        : db_(db), out_(out), json_(format == Format::json), names_(std::move(names)), kinds_(std::move(kinds)),
          letters_(std::move(letters)), pseudonyms_(pseudonyms) {
        buffer_.reserve(1 << 20);
        if (!json_) {
            for (std::size_t i = 0; i < names_.size(); ++i) buffer_ += (i ? "," : "") + names_[i];
            buffer_ += "\r\n";
        }
    }
    void row(const std::vector<store::ExportValue>& values) {
        if (json_) buffer_ += '{';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i) buffer_ += ',';
            if (json_) {
                append_json_string(buffer_, names_[i]);
                buffer_ += ':';
            }
            field(values[i], kinds_[i], letters_[i]);
        }
        buffer_ += json_ ? "}\n" : "\r\n";
        if (buffer_.size() > (1 << 20) - 4096) flush();
    }

    void flush() {
        db_.cannot_repeat();
        out_.write(buffer_.data(), std::streamsize(buffer_.size()));
        buffer_.clear();
        if (!out_) throw IoError("cannot write the extract (disk full, or the reader went away)");
    }

private:
    void field(const store::ExportValue& v, ColumnKind kind, char letter) {
        if (v.null) {
            if (json_) buffer_ += "null";
            return;
        }
        switch (kind) {
            case ColumnKind::integer: number(v.integer); return;
            case ColumnKind::real: {
                Cell number = Cell::num(v.real);  // null for inf or NaN, which JSON cannot hold
                if (number.kind == Cell::Kind::null && json_) buffer_ += "null";
                buffer_ += number.text;
                return;
            }
            case ColumnKind::reference: reference(letter, v.integer); return;
            case ColumnKind::person:
                if (pseudonyms_) {
                    auto text = pseudonyms_->of(v.integer);  // hex digits: nothing to quote or escape
                    plain({text.data(), text.size()});
                } else
                    reference(letter, v.integer);
                return;
            case ColumnKind::text:
                if (json_ || v.text.empty() || !needs_guard(v.text.front()))
                    quoted(v.text);
                else
                    quoted(guard_formula(v.text));  // CSV only: see guard_formula
                return;
        }
    }
    // Numbers and references (C41) go straight into the buffer, needing no quotes in either
    // format (a reference is a JSON string): an extract has millions of them.
    void number(int64_t value) {
        char digits[24];
        auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        buffer_.append(digits, end);
    }
    // Text that holds nothing CSV or JSON would quote or escape.
    void plain(std::string_view text) {
        if (json_) buffer_ += '"';
        buffer_ += text;
        if (json_) buffer_ += '"';
    }
    void reference(char letter, int64_t id) {
        if (json_) buffer_ += '"';
        buffer_ += letter;
        number(id);
        if (json_) buffer_ += '"';
    }
    // The first character of a cell guard_formula may change: checked here first so that the
    // millions of ordinary cells of an extract are not copied.
    static bool needs_guard(char first) { return std::string_view("'=+-@\t\r").find(first) != std::string_view::npos; }
    static bool needs_quotes(std::string_view text) {
        for (char c : text)
            if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
        return false;
    }
    void quoted(std::string_view text) {
        if (json_)
            append_json_string(buffer_, text);
        else if (!needs_quotes(text))
            buffer_ += text;
        else
            buffer_ += csv_field(text);
    }

    Db& db_;
    std::ostream& out_;
    bool json_;
    std::vector<std::string> names_;
    std::vector<ColumnKind> kinds_;
    std::vector<char> letters_;
    Pseudonymiser* pseudonyms_;
    std::string buffer_;
};

}  // namespace

const std::vector<std::string>& extract_entities() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& spec : store::export_specs()) out.emplace_back(spec.entity);
        return out;
    }();
    return names;
}

std::vector<std::string> extract_columns(const std::string& entity, bool identify) {
    std::vector<std::string> out;
    for (const auto& c : spec_for(entity).columns)
        if (identify || !c.identify_only) out.emplace_back(c.name);
    return out;
}

long long write_extract(Session& s, const ExtractRequest& r, std::ostream& out, const Progress& progress) {
    const auto& spec = spec_for(r.entity);
    if (!spec.date_expr && (r.from || r.to))
        throw UsageError(fmt::format("{} have no date to filter by; leave out --from and --to", r.entity));
    check_period(r.from, r.to);
    if (r.identify)
        s.db.write([&] {
            std::string span = fmt::format("from={} to={}", r.from ? to_iso(*r.from) : "", r.to ? to_iso(*r.to) : "");
            store::audit(s.db, "export-identified", r.entity, r.entity, span);
        });
    // Committed now, not held until the extract is out: the trail keeps the export even if
    // writing it then fails part way, and the long read below holds no write lock.
    s.db.commit_held();
    std::vector<std::string> names;
    std::vector<ColumnKind> kinds;
    std::vector<char> letters;
    for (const auto& c : spec.columns)
        if (r.identify || !c.identify_only) {
            names.emplace_back(c.name);
            kinds.push_back(c.kind);
            letters.push_back(c.letter);
        }
    long long count = 0;
    s.db.read([&] {
        count = 0;  // afresh, should the read be run again before any of it was written out
        std::optional<Pseudonymiser> pseudonyms;
        if (!r.identify) pseudonyms.emplace(store::meta(s.db, "pseudonym_key").value_or(""));
        RowWriter writer(s.db, out, r.format, names, kinds, letters, pseudonyms ? &*pseudonyms : nullptr);
        progress(r.entity, 0, 0, "rows");
        store::stream_export(s.db, spec, r.identify, r.from, r.to, [&](const std::vector<store::ExportValue>& values) {
            writer.row(values);
            progress(r.entity, ++count, 0, "rows");
        });
        writer.flush();
    });
    return count;
}

}  // namespace lac
