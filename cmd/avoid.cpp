#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/giving.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "parsed_options.hpp"

void register_avoid(CLI::App& app, Context& ctx) {
    auto avoided = std::make_shared<Bound<lac::AvoidedFields>>(ctx);
    auto& f = avoided->fields;
    auto* cmd = app.add_subcommand("avoid", "record a crisis that was avoided, valued at the config's unit cost; "
                                            "prints its reference");
    cmd->add_option("person", f.person, "P12, 12, or a name")->required();
    cmd->add_option("type", f.type, "a crisis type: a [crisis.TYPE] in the config (see 'lac config list')")
        ->required();
    cmd->add_option("--quantity", f.quantity, "how many, in the type's unit (default: the type's default_quantity)");
    cmd->add_option("--confidence", f.confidence, "possible (default), likely or certain");
    avoided->parsed.day(cmd, "--on", f.on, "the day (default today)");
    cmd->add_option("-m,--message", f.evidence, "the evidence: why it would have happened, and why it did not");
    on_run(cmd, avoided, [&ctx](const lac::AvoidedFields& f) {
        auto x = lac::record_avoided(ctx.session("avoid"), f);
        ctx.out << lac::make_ref(lac::ref::avoided, x.id) << '\n';
        ctx.note(lac::avoided_value_line(x));
        if (x.unit_cost == 0)
            ctx.err << "lac: warning: '" << x.type << "' has no unit cost in the config, so this is valued at £0; "
                    << "set [crisis." << x.type << "] unit_cost for your site\n";
    });
}
