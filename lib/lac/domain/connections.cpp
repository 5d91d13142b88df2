#include "lac/domain/connections.hpp"

#include <fmt/format.h>

#include "lac/domain/assets.hpp"
#include "lac/domain/corrections.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
namespace {

struct ConnectionAndPerson {
    Connection connection;
    Person person;
};

ConnectionAndPerson require_connection(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::connection, "connection");
    auto found = store::connection_by_id(s.db, id);
    auto person = found ? store::person_by_id(s.db, found->person_id) : std::nullopt;
    if (!found || !person)
        throw DataError(fmt::format("there is no connection K{}; see 'lac connection list'", id));
    check_not_forgotten(*person);
    return {*found, *person};
}

// Someone is connected to an asset on the map, not to one retired from it.
Asset active_asset(Session& s, std::string_view text) {
    Asset a = find_asset(s, text);
    if (!a.active) throw DataError(fmt::format("A{} {} is retired from the map", a.id, a.name));
    return a;
}

// One open connection between the same two, never two: `k` is refused if another is open.
void check_not_open(Session& s, const Connection& k) {
    if (auto open = store::open_connection(s.db, k); open && *open != k.id)
        throw DataError(fmt::format("that connection is already open (K{}); change it with "
                                    "'lac connection set K{} --status S'", *open, *open));
}

// What the audit trail keeps of a connection corrected: the fields an edit may change.
Values values(const Connection& k) {
    return {{"natural", k.kind == "natural" ? Values(k.natural) : Values()},
            {"asset", k.asset_id ? Values(make_ref(ref::asset, *k.asset_id)) : Values()},
            {"peer", k.peer_id ? Values(make_ref(ref::person, *k.peer_id)) : Values()},
            {"on", to_iso(k.made_on)}};
}

}  // namespace

Connection check_connection_fields(const Session& s, const ConnectFields& f, bool may_end) {
    Connection k;
    k.status = f.status.empty() ? "introduced" : check_word(f.status, connection_statuses, "connection status");
    if (k.status == "ended" && !may_end) throw DataError("a new connection cannot start as ended");
    k.made_on = f.on.value_or(s.today);
    if (f.natural) {
        k.kind = "natural";
        k.natural = check_name(*f.natural, "person in their life");
    }
    return k;
}

void check_peer(const Person& p, const Person& peer, Date made_on) {
    if (peer.id == p.id) throw DataError("a person cannot be their own peer");
    if (made_on < peer.opened_on)
        throw DataError(fmt::format("P{} was opened on {}; peers cannot be introduced before both were", peer.id,
                                    to_iso(peer.opened_on)));
}

Connection connect(Session& s, const ConnectFields& f) {
    int given = !f.asset.empty() + !f.peer.empty() + f.natural.has_value();
    if (given != 1)
        throw UsageError("connect a person to exactly one of: an asset (A7 or its name), --peer P, or --natural TEXT");
    Connection k = check_connection_fields(s, f, false);
    s.db.write([&] {
        Person p = find_person(s, f.person);
        check_event_date(p, k.made_on, s.today, "connection's date");
        k.person_id = p.id;
        k.person_name = p.name;
        if (!f.asset.empty()) {
            Asset a = active_asset(s, f.asset);
            k.kind = "asset";
            k.asset_id = a.id;
            k.asset_name = a.name;
        } else if (!f.peer.empty()) {
            Person peer = find_person(s, f.peer);
            check_peer(p, peer, k.made_on);
            k.kind = "peer";
            k.peer_id = peer.id;
            k.peer_name = peer.name;
        }
        check_not_open(s, k);
        k.id = store::insert_connection(s.db, k);
        store::audit(s.db, "add", "connection", make_ref(ref::connection, k.id), make_ref(ref::person, p.id) + " kind=" + k.kind);
    });
    return k;
}

Connection set_connection_status(Session& s, std::string_view connection, const std::string& status,
                                 std::optional<Date> on) {
    std::string next = check_word(status, connection_statuses, "connection status");
    Date day = on.value_or(s.today);
    Connection k;
    s.db.write([&] {
        auto [found, person] = require_connection(s, connection);
        k = found;
        if (k.status == next) throw DataError(fmt::format("K{} is already {}", k.id, next));
        check_event_date(person, day, s.today, "connection's date");
        Date latest = store::last_connection_change(s.db, k.id);
        if (day < latest)
            throw DataError(fmt::format("K{} last changed on {}; date the change on or after it", k.id, to_iso(latest)));
        store::set_connection_status(s.db, k.id, next, day);
        store::audit(s.db, "status", "connection", make_ref(ref::connection, k.id), "status=" + next);
        k = *store::connection_by_id(s.db, k.id);
    });
    return k;
}

Corrected<Connection> edit_connection(Session& s, const ConnectionEdit& e) {
    if (!e.natural && !e.asset && !e.peer && !e.on) nothing_given("--natural, --asset, --peer or --on");
    Corrected<Connection> out;
    s.db.write([&] {
        auto [old, person] = require_connection(s, e.connection);
        std::string ref = make_ref(ref::connection, old.id);
        // What it is a connection to (an asset, a peer, someone in their life) stays: a
        // connection of another kind is another connection.
        if ((e.natural && old.kind != "natural") || (e.asset && old.kind != "asset") || (e.peer && old.kind != "peer")) {
            bool asset = old.kind == "asset", peer = old.kind == "peer";
            throw DataError(fmt::format("{} is a connection to {}; correct it with {}, or end it and make another", ref,
                                        asset ? "an asset" : peer ? "a peer" : "someone in their life",
                                        asset ? "--asset" : peer ? "--peer" : "--natural"));
        }
        ConnectFields f{make_ref(ref::person, person.id)};
        f.on = e.on.value_or(old.made_on);
        f.status = old.status;
        if (old.kind == "natural") f.natural = e.natural.value_or(old.natural);
        Connection k = check_connection_fields(s, f, true);
        check_event_date(person, k.made_on, s.today, "connection's date");
        if (auto later = store::first_later_connection_change(s.db, old.id); later && k.made_on > *later)
            throw DataError(fmt::format("{} changed on {}; it cannot have been made after that", ref, to_iso(*later)));
        k.id = old.id;
        k.person_id = old.person_id;
        k.person_name = old.person_name;
        k.kind = old.kind;
        k.ended_on = old.ended_on;
        k.asset_id = old.asset_id;
        k.asset_name = old.asset_name;
        if (e.asset) {
            Asset a = active_asset(s, *e.asset);
            k.asset_id = a.id;
            k.asset_name = a.name;
        }
        if (old.kind == "peer") {
            Person peer = find_person(s, e.peer.value_or(make_ref(ref::person, *old.peer_id)));
            check_peer(person, peer, k.made_on);
            k.peer_id = peer.id;
            k.peer_name = peer.name;
        }
        if (k.status != "ended") check_not_open(s, k);
        out = apply_edit(s, "connection", ref::connection, values(old), k, values(k), store::update_connection);
    });
    return out;
}

std::vector<Connection> list_connections(Session& s, std::string_view person) {
    std::vector<Connection> out;
    s.db.read([&] {
        std::optional<int64_t> id;
        if (!person.empty()) id = find_person(s, person).id;
        out = store::list_connections(s.db, id);
    });
    return out;
}

}  // namespace lac
