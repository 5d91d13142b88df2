#pragma once
// Who an event counts for (SPEC §3, lac-summary(1) "Who an event counts for"), as SQL text
// for the queries of summary.cpp and evaluation.cpp.

// The coordinator a person had on a day: the latest assignment begun on or before it
// (assignment_held, from the index alone). Every event but a conversation counts for them.
#define COORDINATOR_ON(person, day)                                                       \
    "(SELECT a.coordinator_id FROM assignment a WHERE a.person_id = " person              \
    " AND a.from_on <= " day " ORDER BY a.from_on DESC, a.id DESC LIMIT 1)"
