#pragma once
// Connections: to a community asset, to another person on the caseload (peer), or to
// someone in the person's own life (natural).
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/corrections.hpp"
#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

struct ConnectFields {
    std::string person;
    std::string asset;    // exactly one of asset, peer and natural
    std::string peer;
    std::optional<std::string> natural;  // "daughter Sarah", "neighbour at no. 4"
    std::optional<Date> on;
    std::string status;   // introduced when empty
};

// The one check of a new connection's own fields, for the command and the importer: its
// status (introduced when empty; ended only when `may_end`, as an import may bring in a
// connection already over), its date (today when not given) and, when it is to someone in
// their life, that person. Its person, asset or peer are the caller's to find.
Connection check_connection_fields(const Session& s, const ConnectFields& fields, bool may_end);
// A peer is someone else, and two people lac walks alongside are introduced only after
// both were opened.
void check_peer(const Person& person, const Person& peer, Date made_on);

Connection connect(Session& s, const ConnectFields& fields);
Connection set_connection_status(Session& s, std::string_view connection, const std::string& status,
                                 std::optional<Date> on);
// A correction of what was safe to get wrong: the words for someone in their life, the
// day it was made, or which asset or peer it is to. Its person, its kind and its status
// (connection set) stay. Checked as connect checks a new one; one transaction, audited
// with the old values; an edit that changes nothing is refused.
struct ConnectionEdit {
    std::string connection;  // K5 or 5
    std::optional<std::string> natural, asset, peer;
    std::optional<Date> on;
};
Corrected<Connection> edit_connection(Session& s, const ConnectionEdit& edit);
// A person's connections (where they are either side), or everyone's when `person` is empty.
std::vector<Connection> list_connections(Session& s, std::string_view person);

}  // namespace lac
