#include "lac/domain/search.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lac/store/coordinators.hpp"
#include "lac/store/search.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"
#include "lac/util/words.hpp"

namespace lac {
namespace {

constexpr std::size_t excerpt_width = 60;

std::string checked_key(std::string_view text) {
    std::string key = fold_name(trim(text));
    if (key.empty()) throw UsageError("nothing to search for; give a word, such as a name or a word of a note");
    bool has_word = std::any_of(key.begin(), key.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
    });
    if (!has_word)
        throw UsageError(fmt::format("'{}' has no letter or digit to search for; give a word", trim(text)));
    return key;
}

int note_order(const std::string& kind) { return kind == "conversation" ? 0 : kind == "goal" ? 1 : 2; }

}  // namespace

SearchResult search(Session& s, std::string_view text, bool all) {
    SearchResult r;
    r.key = checked_key(text);
    r.all = all;
    s.db.read([&] {
        r.hits.clear();  // afresh, should the read be run again (Db::read)
        store::SearchScope scope{0, all};
        if (auto me = store::find_coordinator(s.db, s.db.actor()))
            scope.coordinator_id = me->id;
        else if (!all)
            throw DataError(fmt::format("you ('{}') are not a coordinator here, so have no people of your own; "
                                        "pass --all to search everyone's, or --as HANDLE",
                                        s.db.actor()));
        for (const auto& p : store::people_matching(s.db, r.key, scope))
            r.hits.push_back({"person", make_ref(ref::person, p.id), make_ref(ref::person, p.id), p.name, p.opened_on,
                              one_line(p.name, excerpt_width), p.coordinator_id == scope.coordinator_id});
        for (const auto& a : store::assets_matching(s.db, r.key)) {
            std::string where = excerpt(a.name, r.key, excerpt_width);
            if (where.empty()) where = excerpt(a.kind, r.key, excerpt_width);
            if (where.empty()) where = excerpt(a.notes, r.key, excerpt_width);
            // A name matched by its parts (a hyphen joins there) shows the name as it is.
            if (where.empty()) where = one_line(a.name, excerpt_width);
            r.hits.push_back({"asset", make_ref(ref::asset, a.id), "", a.name, std::nullopt, where, false});
        }
        auto notes = store::notes_matching(s.db, r.key, scope);
        std::sort(notes.begin(), notes.end(), [](const auto& a, const auto& b) {
            if (a.own != b.own) return a.own;
            if (a.on != b.on) return b.on < a.on;
            if (a.kind != b.kind) return note_order(a.kind) < note_order(b.kind);
            return a.id > b.id;
        });
        for (const auto& n : notes) {
            char letter = n.kind == "conversation" ? ref::conversation : ref::goal;
            r.hits.push_back({n.kind, make_ref(letter, n.id), make_ref(ref::person, n.person_id), n.person_name, n.on,
                              excerpt(n.text, r.key, excerpt_width), n.own});
        }
    });
    return r;
}

}  // namespace lac
