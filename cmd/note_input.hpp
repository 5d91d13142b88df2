#pragma once
// Where a conversation's note comes from when -m is not given.
#include <string>

#include <cstddef>

#include "lac/domain/conversations.hpp"

// All of standard input (off a terminal), refused past twice `max_bytes` (the note's limit,
// with room for the white space that is trimmed) without reading further.
std::string read_note_from_stdin(std::size_t max_bytes = lac::max_note_bytes);
// $VISUAL or $EDITOR (else vi) on a private temporary file headed by `guide` as comment
// lines; lines starting with '#' are dropped. An empty note is a DataError: nothing logged.
std::string read_note_from_editor(const std::string& guide);
