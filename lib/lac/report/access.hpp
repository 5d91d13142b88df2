#pragma once
// The answer to a subject access request (lac person export): everything held about one
// person, in one document they can be handed, with other people's names taken out.
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/domain/people.hpp"
#include "lac/store/audit.hpp"

namespace lac {

struct SubjectAccess {
    PersonRecord record;  // every conversation, newest first
    // The audit entries about their records and the connections peers made with them. The
    // detail is kept only for their own records; another's may say something of another.
    std::vector<store::AuditEntry> audit;
    std::string exported_by;
    Date exported_on;
};

// What replaces another person's name in the text handed over.
inline constexpr const char* other_person_mark = "[another person]";

// Gathers the export and records it in the audit trail (action export), in one
// transaction. Other people's names are replaced in every free text: the full name of
// anyone on the caseload, and the first name of the person's peers. A forgotten person is
// a DataError.
SubjectAccess subject_access(Session& s, std::string_view who);

// One JSON object; its keys are listed in lac-person(1).
nlohmann::ordered_json access_json(const SubjectAccess& a);
// A readable document, in Markdown, to print and hand over.
void write_access_markdown(std::ostream& out, const SubjectAccess& a);

// A peer as the export names them: never by name.
std::string peer_words(int64_t person_id);

}  // namespace lac
