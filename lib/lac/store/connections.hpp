#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_connection(Db& db, const Connection& connection);
void set_connection_status(Db& db, int64_t id, const std::string& status, Date on);
std::optional<Connection> connection_by_id(Db& db, int64_t id);
// Rewrites what it is to (asset, peer, natural) and the day it was made, which is also the
// day of its first status.
void update_connection(Db& db, const Connection& connection);
// The day of its first status change after its making, if any.
std::optional<Date> first_later_connection_change(Db& db, int64_t id);
// The day of the connection's latest status change (its making counts as one).
Date last_connection_change(Db& db, int64_t id);
// A person's connections, including those where they are the peer, or an asset's; all
// when both are empty.
std::vector<Connection> list_connections(Db& db, std::optional<int64_t> person_id,
                                         std::optional<int64_t> asset_id = std::nullopt);
// Whether the same connection, made on the same day, is here already (an earlier import).
bool connection_exists(Db& db, const Connection& k);
// Whether this person already has a connection of this kind to this asset, peer or
// person in their life that has not ended.
std::optional<int64_t> open_connection(Db& db, const Connection& like);

// A status a connection took on a day: its making (`made`), or a change since.
struct ConnectionEvent {
    Connection connection;  // as it is now; its person's name "" once they are forgotten
    Date on;
    std::string status;
    bool made = false;
};
// Every status change of the connections the person made or is the peer of, a forgotten
// person's too (their words are already gone), in the order they were written: for a timeline.
std::vector<ConnectionEvent> connection_events(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
