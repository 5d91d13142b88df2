#include <csignal>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "progress_line.hpp"
#include "lac/demo/demo.hpp"
#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace {

// A fill takes minutes at national scale and is one transaction. Ctrl-C (or SIGTERM)
// interrupts SQLite, so the transaction rolls back and the database is put back in WAL
// mode before lac exits, instead of dying with the file in rollback mode. The signals are
// caught from before the database is made, so that one that comes while it is being made
// stops the demo as soon as the fill would start, and the file it made is removed too.
lac::Db* filling = nullptr;
volatile std::sig_atomic_t interrupted = 0;

extern "C" void interrupt_fill(int) {
    interrupted = 1;
    if (filling) filling->interrupt();
}

class InterruptsStopFill {
public:
    InterruptsStopFill() {
        struct sigaction action {};
        action.sa_handler = interrupt_fill;
        sigemptyset(&action.sa_mask);
        catch_unless_ignored(SIGINT, action, old_int_);
        catch_unless_ignored(SIGTERM, action, old_term_);
    }
    ~InterruptsStopFill() {
        sigaction(SIGINT, &old_int_, nullptr);
        sigaction(SIGTERM, &old_term_, nullptr);
        filling = nullptr;
    }
    InterruptsStopFill(const InterruptsStopFill&) = delete;
    InterruptsStopFill& operator=(const InterruptsStopFill&) = delete;

    // From here an interrupt stops the fill of `db`; one that came before stops it now.
    void fill(lac::Db& db) {
        filling = &db;
        if (interrupted) throw lac::InterruptedError("interrupted; nothing was saved");
    }

private:
    // A signal ignored when lac started (a background job's Ctrl-C, nohup) stays ignored.
    static void catch_unless_ignored(int signal, const struct sigaction& action, struct sigaction& old) {
        sigaction(signal, nullptr, &old);
        if (old.sa_handler != SIG_IGN) sigaction(signal, &action, nullptr);
    }
    struct sigaction old_int_ {}, old_term_ {};
};

}  // namespace

void register_demo(CLI::App& app, Context& ctx) {
    // Read as text, so the library checks them as decimal whole numbers in range: CLI11
    // alone would read 010 as octal and 0x10 as hex, and fail out-of-range values as usage.
    struct Typed {
        std::string coordinators, weeks, seed;
    };
    lac::DemoRequest defaults;
    auto typed = std::make_shared<Typed>(Typed{std::to_string(defaults.coordinators), std::to_string(defaults.weeks),
                                               std::to_string(defaults.seed)});
    auto* cmd = app.add_subcommand("demo", "fill an empty database with a realistic, reproducible synthetic team");
    cmd->add_option("--coordinators", typed->coordinators,
                    fmt::format("how many coordinators, 1 to {} (teams of 8–12)", lac::max_demo_coordinators))
        ->type_name("N")->capture_default_str();
    cmd->add_option("--weeks", typed->weeks, fmt::format("how many weeks, ending with this one, 1 to {}", lac::max_demo_weeks))
        ->type_name("N")->capture_default_str();
    cmd->add_option("--seed", typed->seed,
                    fmt::format("0 to {}; the same seed gives the same database", lac::max_demo_seed))
        ->type_name("N")->capture_default_str();
    cmd->callback([&ctx, typed] {
        const lac::DemoRequest request = lac::read_demo_request(typed->coordinators, typed->weeks, typed->seed);
        bool created = false;
        lac::DemoTotals totals;
        // Inside the creation: a fill that fails, or is interrupted, on a database this
        // command made removes the file again.
        InterruptsStopFill interrupts;
        ctx.create_session("demo", created, [&](lac::Session& s) {
            ProgressLine line(ctx, "lac demo");  // cleared however the fill ends
            interrupts.fill(s.db);
            totals = lac::fill_demo(s, request, line.progress());
        });
        using lac::counted;
        ctx.note(fmt::format("demo: {}, {}, {}, {}, {}, {}, {} in {}",
                             counted(request.coordinators, "coordinator", "coordinators"),
                             counted(totals.people, "person", "people"),
                             counted(totals.conversations, "conversation", "conversations"),
                             counted(totals.goals, "goal", "goals"),
                             counted(totals.connections, "connection", "connections"),
                             counted(totals.contributions, "contribution", "contributions"),
                             counted(totals.avoided, "avoided crisis", "avoided crises"), ctx.database_shown()));
    });
}
