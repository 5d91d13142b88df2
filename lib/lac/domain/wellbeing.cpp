#include "lac/domain/wellbeing.hpp"

#include <fmt/format.h>

#include "lac/domain/people.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/wellbeing.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

// The ONS's own words (ONS, "Personal well-being user guidance", and "Measuring loneliness:
// guidance for use of the national indicators on surveys", 2018).
const char* const zero_to_ten = "0 = not at all, 10 = completely";

std::optional<int> score(const std::optional<std::string>& text, const char* measure) {
    if (!text || trim(*text).empty()) return std::nullopt;
    return check_int(trim(*text), fmt::format("the {} score", measure), 0, 10);
}

std::string loneliness(const std::optional<std::string>& text) {
    if (!text) return "";
    std::string typed = ascii_lower(trim(*text));
    if (typed.empty()) return "";
    for (const auto& [word, words] : loneliness_answers())
        if (typed == word || typed == ascii_lower(words)) return word;
    if (typed == "always" || typed == "often/always" || typed == "often or always") return "often";
    if (typed == "some of the time") return "some";
    if (typed == "hardly ever") return "hardly";
    std::vector<std::string> words;
    for (const auto& a : loneliness_answers()) words.push_back(a.first);
    throw DataError(fmt::format("'{}' is not an answer to 'How often do you feel lonely?'; use one of: {}", *text,
                                join(words, ", ")));
}

void place(Session& s, Wellbeing& w, const std::string& person) {
    Person p = find_person(s, person);
    check_event_date(p, w.on, s.today, "check-in's date");
    w.person_id = p.id;
    w.person_name = p.name;
}

Wellbeing require_wellbeing(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::wellbeing, "wellbeing check-in");
    auto w = store::wellbeing_by_id(s.db, id);
    if (!w) throw DataError(fmt::format("there is no wellbeing check-in W{}; see 'lac wellbeing list'", id));
    return *w;
}

Values values(const Wellbeing& w) {
    auto maybe = [](const std::optional<int>& v) { return v ? Values(*v) : Values(); };
    return {{"person", make_ref(ref::person, w.person_id)}, {"on", to_iso(w.on)}, {"life", maybe(w.life)},
            {"worthwhile", maybe(w.worthwhile)}, {"happy", maybe(w.happy)}, {"anxious", maybe(w.anxious)},
            {"lonely", w.lonely.empty() ? Values() : Values(w.lonely)}, {"note", w.note}};
}

std::string as_typed(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

}  // namespace

const std::vector<WellbeingQuestion>& wellbeing_questions() {
    static const std::vector<WellbeingQuestion> all = {
        {"life", "Overall, how satisfied are you with your life nowadays?", zero_to_ten},
        {"worthwhile", "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
         zero_to_ten},
        {"happy", "Overall, how happy did you feel yesterday?", zero_to_ten},
        {"anxious", "Overall, how anxious did you feel yesterday?", zero_to_ten},
        {"lonely", "How often do you feel lonely?",
         "often or always, some of the time, occasionally, hardly ever, or never"},
    };
    return all;
}

const std::vector<std::pair<std::string, std::string>>& loneliness_answers() {
    static const std::vector<std::pair<std::string, std::string>> all = {
        {"often", "often or always"}, {"some", "some of the time"}, {"occasionally", "occasionally"},
        {"hardly", "hardly ever"},    {"never", "never"}};
    return all;
}

std::string ons_band(const std::string& measure, int score) {
    if (measure == "anxious") return score <= 1 ? "very low" : score <= 3 ? "low" : score <= 5 ? "medium" : "high";
    return score <= 4 ? "low" : score <= 6 ? "medium" : score <= 8 ? "high" : "very high";
}

Wellbeing check_wellbeing_fields(const Session& s, const WellbeingFields& f) {
    Wellbeing w;
    w.life = score(f.life, "life");
    w.worthwhile = score(f.worthwhile, "worthwhile");
    w.happy = score(f.happy, "happy");
    w.anxious = score(f.anxious, "anxious");
    w.lonely = loneliness(f.lonely);
    if (!w.life && !w.worthwhile && !w.happy && !w.anxious && w.lonely.empty())
        throw DataError("no answer given; give at least one of --life, --worthwhile, --happy, --anxious (0-10) or "
                        "--lonely");
    w.note = check_text(f.note, "note", 64 * 1024, true);
    w.on = f.on.value_or(s.today);
    return w;
}

Wellbeing record_wellbeing(Session& s, const WellbeingFields& f) {
    Wellbeing w = check_wellbeing_fields(s, f);
    s.db.write([&] {
        place(s, w, f.person);
        w.id = store::insert_wellbeing(s.db, w);
        store::audit(s.db, "add", "wellbeing", make_ref(ref::wellbeing, w.id), make_ref(ref::person, w.person_id));
    });
    return w;
}

Corrected<Wellbeing> edit_wellbeing(Session& s, const WellbeingEdit& e) {
    if (!e.life && !e.worthwhile && !e.happy && !e.anxious && !e.lonely && !e.note && !e.on)
        nothing_given("--life, --worthwhile, --happy, --anxious, --lonely, -m or --on");
    Corrected<Wellbeing> out;
    s.db.write([&] {
        Wellbeing old = require_wellbeing(s, e.wellbeing);
        WellbeingFields f{make_ref(ref::person, old.person_id), e.life.value_or(as_typed(old.life)),
                          e.worthwhile.value_or(as_typed(old.worthwhile)), e.happy.value_or(as_typed(old.happy)),
                          e.anxious.value_or(as_typed(old.anxious)), e.lonely.value_or(old.lonely),
                          e.on.value_or(old.on), e.note.value_or(old.note)};
        Wellbeing w = check_wellbeing_fields(s, f);
        place(s, w, f.person);
        w.id = old.id;
        out = apply_edit(s, "wellbeing", ref::wellbeing, values(old), w, values(w), store::update_wellbeing);
    });
    return out;
}

Wellbeing delete_wellbeing(Session& s, std::string_view wellbeing, bool confirmed) {
    return delete_confirmed(
        s, "wellbeing", ref::wellbeing, confirmed, [&] { return require_wellbeing(s, wellbeing); },
        store::delete_wellbeing, [](const Wellbeing& w) { return values(w); });
}

Wellbeing show_wellbeing(Session& s, std::string_view wellbeing) {
    return read_one(s, [&] { return require_wellbeing(s, wellbeing); });
}

std::vector<Wellbeing> list_wellbeing(Session& s, const GivingQuery& q) {
    std::vector<Wellbeing> out;
    s.db.read([&] { out = store::list_wellbeing(s.db, filter_for(s, q)); });
    return out;
}

std::vector<WellbeingChange> wellbeing_changes(const std::vector<Wellbeing>& oldest_first) {
    std::vector<WellbeingChange> out;
    const std::pair<const char*, std::optional<int> Wellbeing::*> measures[] = {
        {"life", &Wellbeing::life}, {"worthwhile", &Wellbeing::worthwhile}, {"happy", &Wellbeing::happy},
        {"anxious", &Wellbeing::anxious}};
    for (const auto& [measure, member] : measures) {
        WellbeingChange c{measure};
        for (const auto& w : oldest_first) {
            if (!(w.*member)) continue;
            if (!c.first) c.first = w.*member, c.first_on = w.on;
            c.latest = w.*member, c.latest_on = w.on;
        }
        if (c.first) out.push_back(c);
    }
    return out;
}

}  // namespace lac
