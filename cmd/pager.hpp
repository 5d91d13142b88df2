#pragma once

// On a terminal, sends what the command writes on stdout through the user's pager, as git
// and man do: $PAGER, run by the shell (set but empty, or "cat": none); else less, with
// LESS=FRX when LESS is not set (it quits at once when everything fits, keeps colours and
// leaves the text on the screen), if it is on PATH; else none. Off a terminal it does
// nothing. lac waits for the pager before it exits.
void page_stdout();
