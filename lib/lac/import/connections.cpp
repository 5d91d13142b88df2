// The importer of connections: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/assets.hpp"
#include "lac/domain/connections.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/connections.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {

Outcome connection(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "connection", ref::connection);
    const Person& p = person_in(s, row, row.text("person"));
    // A forgotten person's natural connections keep no words (lac person forget).
    bool blank = p.forgotten_on && ascii_lower(trim(row.text("kind"))) == "natural" && !row.has("natural");
    int targets = row.has("asset") + row.has("peer") + (row.has("natural") || blank);
    if (targets != 1) throw DataError("give exactly one of asset, peer and natural");
    ConnectFields f;
    if (row.has("natural")) f.natural = row.text("natural");
    if (blank) f.natural = "-";
    f.on = date_cell(row, "made_on");
    f.status = row.text("status");
    Connection k = check_connection_fields(s, f, true);
    if (blank) k.natural.clear();
    k.id = id;
    k.person_id = p.id;
    const Person* peer = nullptr;
    if (row.has("asset")) {
        k.kind = "asset";
        k.asset_id = find_asset(s, row.text("asset")).id;
    } else if (row.has("peer")) {
        k.kind = "peer";
        peer = &person_in(s, row, row.text("peer"));
        k.peer_id = peer->id;
    }
    if (row.has("kind") && ascii_lower(trim(row.text("kind"))) != k.kind)
        throw DataError(fmt::format("kind '{}' does not match the {} given", row.text("kind"), k.kind));
    check_event_date(p, k.made_on, s.today, "connection's date");
    if (peer) check_peer(p, *peer, k.made_on);
    k.ended_on = date_cell(row, "ended_on");
    if ((k.status == "ended") != bool(k.ended_on)) throw DataError("ended_on is given exactly when the status is ended");
    if (k.ended_on && *k.ended_on < k.made_on) throw DataError("ended_on comes before made_on");
    if (k.id > 0) {
        if (is_here(s, row, k.id)) {
            std::string ref = make_ref(ref::connection, k.id);
            return settle(s, row, std::to_string(k.id), ref, [&](const Differences& d) {
                if (differs_in(d, "person") || differs_in(d, "kind"))
                    throw DataError(fmt::format("{} is here for another person or of another kind; those are not "
                                                "corrected, so leave this row out", ref));
                ConnectionEdit e{ref};
                for (auto [column, field] : {std::pair{"natural", &e.natural}, {"asset", &e.asset}, {"peer", &e.peer}})
                    if (differs_in(d, column)) *field = row.text(column);
                if (differs_in(d, "made_on")) e.on = k.made_on;
                if (e.natural || e.asset || e.peer || e.on) edit_connection(s, e);
                if (differs_in(d, "status") || differs_in(d, "ended_on"))
                    set_connection_status(s, ref, k.status, k.ended_on);
            });
        }
    } else if (store::connection_exists(s.db, k)) {
        return Outcome::already;
    }
    may_add_for(row, p);
    if (peer) may_add_for(row, *peer);
    if (k.status != "ended")
        if (auto open = store::open_connection(s.db, k))
            throw DataError(fmt::format("that connection is already open (K{})", *open));
    std::string status = k.status;
    if (k.ended_on) k.status = "introduced", k.ended_on.reset();  // made, then ended on its day
    k.id = store::insert_connection(s.db, k);
    if (status == "ended") store::set_connection_status(s.db, k.id, "ended", *date_cell(row, "ended_on"));
    row.memo().new_connections.insert(k.id);
    imported(row, k.id);
    return Outcome::added;
}

}  // namespace lac::importers
