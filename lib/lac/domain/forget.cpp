#include "lac/domain/forget.hpp"

#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lac/domain/people.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/people.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/mentions.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::vector<Person> people_to_forget(Session& s, const ForgetRequest& r) {
    if (r.closed_before) {
        std::vector<Person> out;
        for (int64_t id : store::closed_unforgotten_before(s.db, *r.closed_before))
            out.push_back(*store::person_by_id(s.db, id));
        return out;
    }
    Person p = find_person(s, r.person);
    // A forgotten person on a caseload would be someone no one can name or log.
    if (p.status != "closed")
        throw DataError(fmt::format("P{} is active; close them first ('lac person close P{} --reason …')", p.id, p.id));
    return {p};
}

// A changed free text of someone else's record, and whose names it held.
struct Scrub {
    store::FreeText where;
    std::string text;
};

std::string counts_detail(const store::RecordCounts& c, std::size_t mentions) {
    return fmt::format("assignments={} conversations={} goals={} goal_notes={} connections={} contributions={} "
                       "avoided={} audit={} mentions={}",
                       c.assignments, c.conversations, c.goals, c.goal_notes, c.connections, c.contributions,
                       c.avoided, c.audit, mentions);
}

void carry_out(Session& s, const std::vector<Person>& people, const std::vector<Scrub>& scrubs,
               const std::vector<Forgetting>& plan) {
    std::vector<std::string> blank_refs;
    for (const auto& p : people) {
        auto own = store::refs_of(s.db, p.id);
        blank_refs.insert(blank_refs.end(), own.begin(), own.end());
        store::blank_person(s.db, p.id, s.today);
    }
    for (const auto& scrub : scrubs) {
        store::set_free_text(s.db, scrub.where, scrub.text);
        // The audit trail of a scrubbed record may hold its old text (a correction's).
        if (!store::is_audit_detail(scrub.where.column)) blank_refs.push_back(scrub.where.ref);
    }
    store::blank_audit_details(s.db, blank_refs);
    for (const auto& f : plan)
        store::audit(s.db, "forget", "person", make_ref(ref::person, f.person_id),
                     counts_detail(f.counts, f.mentions.size()));
}

std::vector<std::string> migration_copies(const std::filesystem::path& database) {
    std::vector<std::string> out;
    std::error_code ec;
    auto dir = database.has_parent_path() ? database.parent_path() : std::filesystem::path(".");
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (Db::is_migration_backup(database, entry.path())) out.push_back(entry.path().string());
    return out;
}

}  // namespace

ForgetResult forget_people(Session& s, const ForgetRequest& r) {
    if (r.closed_before.has_value() == !trim(r.person).empty())
        throw UsageError("name one person, or give --closed-before DATE, but not both");
    ForgetResult result;
    result.confirmed = r.confirm;
    auto work = [&] {
        result.people.clear();  // afresh, should the transaction be run again (Db::write, Db::read)
        auto people = people_to_forget(s, r);
        MentionFinder names;
        std::map<int64_t, std::size_t> index;  // person id → their place in result.people
        std::set<std::string> own_refs;
        for (const auto& p : people) {
            index[p.id] = result.people.size();
            result.people.push_back({p.id, store::record_counts(s.db, p.id), {}});
            names.add(p.name, p.id);
            // Notes most often name someone by their first name alone.
            if (std::string first = first_name(p.name); first.size() >= 2) names.add(first, p.id);
            for (auto& ref : store::refs_of(s.db, p.id)) own_refs.insert(std::move(ref));
        }
        std::vector<Scrub> scrubs;
        if (!names.empty())
            store::each_free_text(s.db, [&](const store::FreeText& t) {
                // Their own records are emptied whole.
                if (index.count(t.owner) || (store::is_audit_detail(t.column) && own_refs.count(t.ref))) return;
                auto found = names.replace(t.text, removed_mark);
                if (found.owners.empty()) return;
                for (long long owner : found.owners) {
                    auto& mentions = result.people[index.at(owner)].mentions;
                    Mention m{t.ref, store::free_text_kind(t.column)};
                    bool listed = false;
                    for (const auto& seen : mentions) listed = listed || (seen.ref == m.ref && seen.kind == m.kind);
                    if (!listed) mentions.push_back(std::move(m));
                }
                scrubs.push_back({t, std::move(found.text)});
            });
        if (r.confirm) carry_out(s, people, scrubs, result.people);
    };
    if (r.confirm) {
        s.db.write(work);
        // Committed here, not held until the report is printed: the log is to be emptied
        // now, which only a committed transaction allows. A lost report can be read again
        // with person show.
        s.db.commit_held();
        // Outside the transaction: the log may still hold the pages as they were.
        if (!result.people.empty()) result.log_cleared = store::checkpoint_wal(s.db);
    } else {
        s.db.read(work);
    }
    // Copies a migration left beside a file; a server keeps none (its backups are its own).
    if (!result.people.empty() && !s.db.on_server()) result.old_copies = migration_copies(s.db.path());
    result.on_server = s.db.on_server();
    return result;
}

}  // namespace lac
