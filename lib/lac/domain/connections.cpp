#include "lac/domain/connections.hpp"

#include <fmt/format.h>

#include "lac/domain/assets.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

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
            Asset a = find_asset(s, f.asset);
            if (!a.active) throw DataError(fmt::format("A{} {} is retired from the map", a.id, a.name));
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
        if (auto open = store::open_connection(s.db, k))
            throw DataError(fmt::format("that connection is already open (K{}); change it with "
                                        "'lac connection set K{} --status S'", *open, *open));
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
        int64_t id = require_ref(connection, ref::connection, "connection");
        auto found = store::connection_by_id(s.db, id);
        auto person = found ? store::person_by_id(s.db, found->person_id) : std::nullopt;
        if (!found || !person || person->name.empty())
            throw DataError(fmt::format("there is no connection K{}; see 'lac connection list'", id));
        k = *found;
        if (k.status == next) throw DataError(fmt::format("K{} is already {}", k.id, next));
        check_event_date(*person, day, s.today, "connection's date");
        Date latest = store::last_connection_change(s.db, k.id);
        if (day < latest)
            throw DataError(fmt::format("K{} last changed on {}; date the change on or after it", k.id, to_iso(latest)));
        store::set_connection_status(s.db, k.id, next, day);
        store::audit(s.db, "status", "connection", make_ref(ref::connection, k.id), "status=" + next);
        k = *store::connection_by_id(s.db, k.id);
    });
    return k;
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
