#include <csignal>
#include <memory>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "lac/demo/demo.hpp"
#include "lac/store/db.hpp"
#include "lac/util/text.hpp"

namespace {

// A fill takes minutes at national scale and is one transaction. Ctrl-C (or SIGTERM)
// interrupts SQLite, so the transaction rolls back and the database is put back in WAL
// mode before lac exits, instead of dying with the file in rollback mode.
lac::Db* filling = nullptr;

extern "C" void interrupt_fill(int) {
    if (filling) filling->interrupt();
}

class InterruptsStopFill {
public:
    explicit InterruptsStopFill(lac::Db& db) {
        filling = &db;
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
        ctx.create_session("demo", created, [&](lac::Session& s) {
            // A progress bar only for a person watching.
            bool bar = isatty(STDERR_FILENO) && !ctx.options.quiet;
            InterruptsStopFill interrupts(s.db);
            try {
                totals = lac::fill_demo(s, request, [&](int done, int total) {
                    if (!bar) return;
                    int width = 40, filled = done * width / total;
                    // After the last week come the indexes, which take a while at national scale.
                    ctx.err << fmt::format("\r[{}{}] week {}/{}{}", std::string(std::size_t(filled), '#'),
                                           std::string(std::size_t(width - filled), ' '), done, total,
                                           done == total ? ", building the indexes" : "")
                            << std::flush;
                });
            } catch (...) {
                if (bar) ctx.err << "\n";  // the error gets a line of its own, not the bar's
                throw;
            }
            if (bar) ctx.err << "\n";
        });
        using lac::counted;
        ctx.note(fmt::format("demo: {}, {}, {}, {}, {}, {}, {} in {}",
                             counted(request.coordinators, "coordinator", "coordinators"),
                             counted(totals.people, "person", "people"),
                             counted(totals.conversations, "conversation", "conversations"),
                             counted(totals.goals, "goal", "goals"),
                             counted(totals.connections, "connection", "connections"),
                             counted(totals.contributions, "contribution", "contributions"),
                             counted(totals.avoided, "avoided crisis", "avoided crises"), ctx.database_path()));
    });
}
