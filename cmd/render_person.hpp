#pragma once
#include <ostream>
#include <string>

#include "lac/domain/people.hpp"

// The person's story on one screen, for a terminal.
void render_person_record(std::ostream& out, const lac::PersonRecord& record, lac::Date today);
// "1 assignment, 3 conversations, …": every kind of record the person has, even none.
std::string counts_words(const lac::store::RecordCounts& counts);
