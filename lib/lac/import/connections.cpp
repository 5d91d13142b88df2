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

namespace lac::importers {

bool connection(Session& s, const ImportRow& row) {
    Connection k;
    k.id = own_reference(row, "connection", 'K');
    const Person& p = person_in(s, row, row.text("person"));
    k.person_id = p.id;
    int targets = row.has("asset") + row.has("peer") + row.has("natural");
    if (targets != 1) throw DataError("give exactly one of asset, peer and natural");
    const Person* peer = nullptr;
    if (row.has("asset")) {
        k.kind = "asset";
        k.asset_id = find_asset(s, row.text("asset")).id;
    } else if (row.has("peer")) {
        k.kind = "peer";
        peer = &person_in(s, row, row.text("peer"));
        k.peer_id = peer->id;
        if (*k.peer_id == p.id) throw DataError("a person cannot be their own peer");
    } else {
        k.kind = "natural";
        k.natural = check_name(row.text("natural"), "person in their life");
    }
    if (row.has("kind") && ascii_lower(trim(row.text("kind"))) != k.kind)
        throw DataError(fmt::format("kind '{}' does not match the {} given", row.text("kind"), k.kind));
    k.status = row.has("status") ? check_word(row.text("status"), connection_statuses, "connection status")
                                 : "introduced";
    k.made_on = date_cell(row, "made_on").value_or(s.today);
    check_event_date(p, k.made_on, s.today, "connection's date");
    if (peer) check_peer_date(*peer, k.made_on);
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
