#pragma once
#include <ostream>

#include "lac/domain/people.hpp"

// The person's story on one screen, for a terminal.
void render_person_record(std::ostream& out, const lac::PersonRecord& record, lac::Date today);
