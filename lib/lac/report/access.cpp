#include "lac/report/access.hpp"

#include <set>

#include "lac/report/views.hpp"
#include "lac/store/people.hpp"
#include "lac/store/rights.hpp"
#include "lac/util/mentions.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

using json = nlohmann::ordered_json;

// The names that must not reach this person's hands: everyone else's full name, and the
// first names of their peers, by which their notes most likely name them. A namesake's
// name, or a first name they share, would take out their own, so it is left.
MentionFinder other_names(Session& s, const Person& p) {
    MentionFinder names;
    std::string own = fold_name(p.name), own_first = fold_name(first_name(p.name));
    for (const auto& [id, name] : store::named_people(s.db))
        if (id != p.id && fold_name(name) != own && fold_name(name) != own_first) names.add(name, id);
    for (int64_t id : store::peers_of(s.db, p.id)) {
        auto peer = store::person_by_id(s.db, id);
        if (!peer || peer->name.empty()) continue;
        std::string first = first_name(peer->name);
        if (fold_name(first) != own_first && first.size() >= 2) names.add(first, id);
    }
    return names;
}

void take_out_names(PersonRecord& r, const MentionFinder& names) {
    auto clean = [&](std::string& text) { text = names.replace(text, other_person_mark).text; };
    clean(r.person.gifts);
    for (auto& c : r.recent) clean(c.note);
    for (auto& g : r.goals) {
        clean(g.text);
        for (auto& n : g.notes) clean(n.note);
    }
    for (auto& k : r.connections) {
        clean(k.natural);
        k.peer_name.clear();
        if (k.person_id != r.person.id) k.person_name.clear();
    }
    for (auto& t : r.contributions) clean(t.what);
    for (auto& x : r.avoided) clean(x.evidence);
    for (auto& w : r.wellbeing) clean(w.note);
}

}  // namespace

std::string peer_words(int64_t person_id) { return "a peer on the caseload, " + make_ref(ref::person, person_id); }

SubjectAccess subject_access(Session& s, std::string_view who) {
    SubjectAccess a;
    a.exported_by = s.db.actor();
    a.exported_on = s.today;
    s.db.write([&] {
        Person p = find_person(s, who);
        std::string self = make_ref(ref::person, p.id);
        a.record = person_record(s, self, 0);
        auto names = other_names(s, p);
        take_out_names(a.record, names);
        auto own = store::refs_of(s.db, p.id);
        std::set<std::string> own_set(own.begin(), own.end());
        auto refs = own;
        for (const auto& k : a.record.connections)
            if (k.person_id != p.id) refs.push_back(make_ref(ref::connection, k.id));
        a.audit = store::audit_for_refs(s.db, refs);
        for (auto& e : a.audit)
            e.detail = own_set.count(e.ref) ? names.replace(e.detail, other_person_mark).text : "";
        store::audit(s.db, "export", "person", self);
    });
    // Committed now, not held until the export is out (as an identified extract's is): the
    // trail keeps the export even if writing it then fails part way.
    s.db.commit_held();
    return a;
}

json access_json(const SubjectAccess& a) {
    const auto& r = a.record;
    json j = person_json(r);
    j.erase("forgotten_on");  // a forgotten person cannot be exported
    for (auto& k : j["connections"]) {
        std::string owner = k["person"];
        if (k["kind"] == "peer") k["to"] = peer_words(parse_ref(k["peer"].get<std::string>(), ref::person).value());
        if (owner != make_ref(ref::person, r.person.id))
            k["to"] = peer_words(parse_ref(owner, ref::person).value()) + ", who made the connection";
    }
    auto& audit = j["audit"] = json::array();
    for (const auto& e : a.audit)
        audit.push_back({{"at", e.at},
                         {"actor", e.actor},
                         {"command", e.command},
                         {"action", e.action},
                         {"ref", e.ref},
                         {"detail", to_json(text_or_null(e.detail))}});
    j["exported_on"] = to_iso(a.exported_on);
    j["exported_by"] = a.exported_by;
    return j;
}

}  // namespace lac
