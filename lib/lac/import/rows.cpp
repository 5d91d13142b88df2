// Each entity's importer: the same checks and defaults as the matching command, plus
// keeping a record's own reference and recognising what an earlier import brought in.
#include <fmt/format.h>

#include "lac/domain/assets.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/import/rows.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/assets.hpp"
#include "lac/domain/team.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/conversations.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/imports.hpp"
#include "lac/store/people.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac::importers {

std::optional<Date> date_cell(const ImportRow& row, const std::string& column) {
    if (!row.has(column)) return std::nullopt;
    return parse_iso_date(trim(row.text(column)));
}

int64_t own_reference(const ImportRow& row, const char* column, char letter) {
    return row.has(column) ? require_ref(trim(row.text(column)), letter, column) : 0;
}


// A reference into the memo, which keeps it while the import runs.
const Person& person_in(Session& s, const ImportRow& row, const std::string& text) {
    std::string t = trim(text);
    auto& people = row.memo().people;
    if (auto found = people.find(t); found != people.end()) return found->second;
    if (t.size() == 20 && t.find_first_not_of("0123456789abcdef") == std::string::npos)
        throw DataError(fmt::format("'{}' is a pseudonym; import needs an extract made with --identify", t));
    return people.emplace(t, find_person(s, t)).first->second;
}

void imported(const ImportRow& row, int64_t id) { row.memo().added.push_back(id); }

bool person(Session& s, const ImportRow& row) {
    Person p;
    p.id = own_reference(row, "person", 'P');
    p.name = check_name(row.text("name"), "name");
    p.support = row.has("support") ? check_word(row.text("support"), supports, "support level") : "walking-alongside";
    p.source = row.has("source") ? check_word(row.text("source"), s.config.sources, "source") : "self";
    p.area = check_text(row.text("area"), "area", 100);
    p.gifts = check_text(row.text("gifts"), "gifts", 1000);
    if (row.has("birth_year")) p.birth_year = check_int(row.text("birth_year"), "birth_year", 1900, year_of(s.today));
    p.opened_on = date_cell(row, "opened_on").value_or(s.today);
    check_not_future(p.opened_on, s.today, "opening date");
    p.status = row.has("status") ? check_word(row.text("status"), person_statuses, "status") : "active";
    if (p.status == "closed") {
        p.closed_on = date_cell(row, "closed_on");
        if (!p.closed_on || !row.has("close_reason"))
            throw DataError("a closed person needs closed_on and close_reason");
        p.close_reason = check_word(row.text("close_reason"), close_reasons, "close reason");
        check_not_future(*p.closed_on, s.today, "closing date");
        if (*p.closed_on < p.opened_on) throw DataError("closed_on comes before opened_on");
    } else if (row.has("closed_on") || row.has("close_reason")) {
        throw DataError("an active person has no closed_on or close_reason");
    }
    std::string handle = row.has("coordinator") ? trim(row.text("coordinator")) : s.db.actor();
    Coordinator c = require_coordinator(s, handle);

    if (p.id > 0) {
        if (auto here = store::person_by_id(s.db, p.id)) {
            if (fold_name(here->name) == fold_name(p.name)) return false;
            throw DataError(fmt::format("P{} is already here as someone else; leave out the person column to add "
                                        "them anew", p.id));
        }
    } else {
        for (const auto& same : store::people_named(s.db, fold_name(p.name), false))
            if (same.opened_on == p.opened_on) return false;
    }
    p.coordinator_id = c.id;
    p.id = store::insert_person(s.db, p);
    imported(row, p.id);
    return true;
}

bool asset(Session& s, const ImportRow& row) {
    Asset a;
    a.id = own_reference(row, "asset", 'A');
    a.name = check_name(row.text("name"), "name");
    a.kind = check_word(row.text("kind"), s.config.asset_kinds, "kind of asset");
    a.area = check_text(row.text("area"), "area", 100);
    a.contact = check_text(row.text("contact"), "contact", 200);
    a.notes = check_text(row.text("notes"), "notes", 4000, true);
    std::string active = ascii_lower(trim(row.text("active")));
    if (!active.empty() && active != "1" && active != "0" && active != "true" && active != "false")
        throw DataError(fmt::format("active must be 1 or 0, not '{}'", row.text("active")));
    a.active = active != "0" && active != "false";
    auto same = store::assets_named(s.db, fold_name(a.name), false);
    if (a.id > 0) {
        if (auto here = store::asset_by_id(s.db, a.id)) {
            if (fold_name(here->name) == fold_name(a.name)) return false;
            throw DataError(fmt::format("A{} is already here as '{}'", a.id, here->name));
        }
    }
    if (!same.empty()) {
        if (a.id == 0) return false;
        throw DataError(fmt::format("there is already an asset called '{}' (A{})", same[0].name, same[0].id));
    }
    a.id = store::insert_asset(s.db, a);
    imported(row, a.id);
    return true;
}

namespace {

std::size_t conversation_hash(const Conversation& c) {
    return std::hash<std::string>{}(fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", c.person_id, to_iso(c.on),
                                                c.coordinator_id, c.at_time, c.minutes.value_or(-1), c.mode, c.note));
}

// Whether a conversation like `c` could be here already. When the person had none before
// this import and the import has added none with this hash, it cannot, and the database
// need not be asked; a hash that matches is only a maybe, which the database settles.
bool could_be_here(Session& s, ImportMemo& memo, const Conversation& c, std::size_t hash) {
    auto [had, first] = memo.had_conversations.try_emplace(c.person_id, false);
    if (first) had->second = store::has_conversations(s.db, c.person_id);
    return had->second || memo.conversations_added.count(hash) > 0;
}

}  // namespace

bool conversation(Session& s, const ImportRow& row) {
    int64_t id = own_reference(row, "conversation", 'C');
    const Person& p = person_in(s, row, row.text("person"));
    ConversationFields f{make_ref('P', p.id), date_cell(row, "date")};
    if (row.has("minutes")) f.minutes = row.text("minutes");
    f.mode = trim(row.text("mode"));
    f.note = row.text("note");
    std::optional<Coordinator> holder;
    if (std::string by = trim(row.text("coordinator")); !by.empty()) {
        auto& known = row.memo().coordinators;
        auto found = known.find(by);
        if (found == known.end()) found = known.emplace(by, require_coordinator(s, by)).first;
        holder = found->second;
    }
    Conversation c = check_conversation_of(s, f, p, holder);
    std::size_t hash = conversation_hash(c);
    if (id > 0) {
        if (store::conversation_id_exists(s.db, id)) return false;
    } else if (could_be_here(s, row.memo(), c, hash) && store::conversation_exists(s.db, c)) {
        return false;
    }
    c.id = id;
    imported(row, store::insert_conversation(s.db, c));
    row.memo().conversations_added.insert(hash);
    return true;
}

}  // namespace lac::importers
