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

bool connection(Session& s, const ImportRow& row) {
    int64_t id = own_reference(row, "connection", ref::connection);
    const Person& p = person_in(s, row, row.text("person"));
    int targets = row.has("asset") + row.has("peer") + row.has("natural");
    if (targets != 1) throw DataError("give exactly one of asset, peer and natural");
    ConnectFields f;
    if (row.has("natural")) f.natural = row.text("natural");
    f.on = date_cell(row, "made_on");
    f.status = row.text("status");
    Connection k = check_connection_fields(s, f, true);
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
        if (store::connection_by_id(s.db, k.id)) return false;
    } else if (store::connection_exists(s.db, k)) {
        return false;
    }
    if (k.status != "ended")
        if (auto open = store::open_connection(s.db, k))
            throw DataError(fmt::format("that connection is already open (K{})", *open));
    std::string status = k.status;
    if (k.ended_on) k.status = "introduced", k.ended_on.reset();  // made, then ended on its day
    k.id = store::insert_connection(s.db, k);
    if (status == "ended") store::set_connection_status(s.db, k.id, "ended", *date_cell(row, "ended_on"));
    imported(row, k.id);
    return true;
}

}  // namespace lac::importers
