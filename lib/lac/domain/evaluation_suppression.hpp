#pragma once
// Small counts in the evaluation pack (lac-evaluate(1), "Small counts"): every figure about
// fewer than [evaluation] min_cell people suppressed, and those from which one could be
// worked out by subtraction (within a breakdown, among a budget holder's types, in the
// cost left out of uprating).
#include "lac/domain/evaluation.hpp"

namespace lac {

// Does nothing when ev.suppressing is false (json --identify).
void apply_suppression(Evaluation& ev);

}  // namespace lac
