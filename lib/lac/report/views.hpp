#pragma once
// Records as tables and JSON: the stable column names scripts rely on.
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/domain/assets.hpp"
#include "lac/domain/caseload.hpp"
#include "lac/domain/due.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/reflections.hpp"
#include "lac/domain/search.hpp"
#include "lac/util/table.hpp"
#include "lac/domain/team.hpp"

namespace lac {

Table coordinators_table(const std::vector<CoordinatorRow>& rows);
Table people_table(const std::vector<Person>& people);
// One row per person across every group, with the coordinator's handle.
Table caseload_table(const Caseload& caseload);
// Who is due, most overdue first, with the reason in words (due_reason).
Table due_table(const Due& due);
// Why someone is due: "next contact set for 2026-11-20", "no contact for 30 days", "no
// contact for 25 days; not seen from 2026-11-27"; both, joined by "; ".
std::string due_reason(const DueEntry& e, Date as_of);
Table goals_table(const std::vector<Goal>& goals);
Table assets_table(const std::vector<Asset>& assets);
Table connections_table(const std::vector<Connection>& connections);
// The lists of corrections' records. A terminal's table shows a long note or evidence
// cut to one line; CSV and JSON (`whole_text`) carry it whole.
Table conversations_table(const std::vector<Conversation>& conversations, bool whole_text);
Table contributions_table(const std::vector<Contribution>& contributions, bool whole_text);
Table avoided_table(const std::vector<Avoided>& avoided, bool whole_text);
Table wellbeing_table(const std::vector<Wellbeing>& checkins, bool whole_text);

// Teams' reflections, a column per principle (every principle any of them scored), with
// the mean and its change since the team's reflection before; a table shows each score's
// change beside it, "4 (+1)".
Table reflections_table(const std::vector<ReflectionTrend>& trends, bool for_terminal);

// lac search's hits, one a row; CSV and JSON (`for_terminal` false) add whether each is
// about one of the acting coordinator's own people.
Table search_table(const SearchResult& result, bool for_terminal);

nlohmann::ordered_json person_json(const PersonRecord& record);
nlohmann::ordered_json asset_json(const AssetRecord& record);
// One record, every field, as `show` prints it and person_json lists it.
nlohmann::ordered_json conversation_json(const Conversation& c);
nlohmann::ordered_json contribution_json(const Contribution& t);
nlohmann::ordered_json avoided_json(const Avoided& x);
nlohmann::ordered_json wellbeing_json(const Wellbeing& w);
// A person's check-ins (oldest first) and, for each measure, the first, the latest, the
// change and the ONS bands: as person show gives them.
nlohmann::ordered_json wellbeing_record_json(const std::vector<Wellbeing>& oldest_first);
// "life 6 (medium), worthwhile 7 (high), …, lonely: some of the time".
std::string wellbeing_words(const Wellbeing& w);

// What an avoided crisis is worth, in words: "Residential care placement: 26 weeks ×
// £538.00 = £13,988.00 (adult social care)".
std::string avoided_value_line(const Avoided& x);

// What a connection is to, in words: "A3 Library choir", "P7 Tom (peer)", "daughter Sarah".
std::string connection_target(const Connection& k);

Cell date_cell(std::optional<Date> d);
Cell text_or_null(const std::string& s);

}  // namespace lac
