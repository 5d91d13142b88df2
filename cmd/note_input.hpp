#pragma once
// Where a conversation's note comes from when -m is not given.
#include <string>

// All of standard input (off a terminal).
std::string read_note_from_stdin();
// $VISUAL or $EDITOR (else vi) on a private temporary file headed by `guide` as comment
// lines; lines starting with '#' are dropped. An empty note is a DataError: nothing logged.
std::string read_note_from_editor(const std::string& guide);
