#include "interrupts.hpp"

#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"

namespace {

lac::Db* filling = nullptr;
volatile std::sig_atomic_t interrupted = 0;

extern "C" void interrupt_fill(int) {
    interrupted = 1;
    if (filling) filling->interrupt();
}

// A signal ignored when lac started (a background job's Ctrl-C, nohup) stays ignored.
void catch_unless_ignored(int signal, const struct sigaction& action, struct sigaction& old) {
    sigaction(signal, nullptr, &old);
    if (old.sa_handler != SIG_IGN) sigaction(signal, &action, nullptr);
}

}  // namespace

InterruptsStopFill::InterruptsStopFill() {
    struct sigaction action {};
    action.sa_handler = interrupt_fill;
    sigemptyset(&action.sa_mask);
    catch_unless_ignored(SIGINT, action, old_int_);
    catch_unless_ignored(SIGTERM, action, old_term_);
    catch_unless_ignored(SIGHUP, action, old_hup_);
}

InterruptsStopFill::~InterruptsStopFill() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
    sigaction(SIGHUP, &old_hup_, nullptr);
    filling = nullptr;
}

void InterruptsStopFill::fill(lac::Db& db) {
    filling = &db;
    if (interrupted) throw lac::InterruptedError("interrupted; nothing was saved");
}
