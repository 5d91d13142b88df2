// The subject access export (lib/lac/report/access).
#include <doctest/doctest.h>

#include <sstream>

#include "lac/domain/connections.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/report/access.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("the export holds every conversation, names no one else, and is audited") {
    EdithTomAndAChoir w;
    for (int day = 1; day <= 12; ++day)
        lac::log_conversation(w.s(), {"Edith", make_date(2026, 10, day), "", std::string("15"), "",
                                      "Tom Hughes and tom came round"});
    lac::connect(w.s(), {"Edith", "", "Tom", std::nullopt, make_date(2026, 10, 2), ""});
    auto a = lac::subject_access(w.s(), "Edith");
    CHECK(a.record.recent.size() == 12);
    CHECK(a.record.recent[0].note == "[another person] and [another person] came round");

    std::string json = lac::access_json(a).dump();
    std::ostringstream md;
    lac::write_access_markdown(md, a);
    for (const std::string& out : {json, md.str()}) {
        CHECK(out.find("Tom") == std::string::npos);
        CHECK(out.find("Hughes") == std::string::npos);
        CHECK(out.find("a peer on the caseload, P2") != std::string::npos);
    }
    CHECK(md.str().find("## Conversations (12)") != std::string::npos);
    CHECK(md.str().find("1 October 2026") != std::string::npos);
    CHECK(first_value(*w.db, "SELECT count(*) FROM audit WHERE action = 'export' AND ref = 'P1'").getInt() == 1);
}

TEST_CASE("an audit entry's detail is shown only for the person's own records") {
    EdithTomAndAChoir w;
    lac::connect(w.s(), {"Tom", "", "Edith", std::nullopt, make_date(2026, 10, 2), ""});
    w.db->exec("UPDATE audit SET detail = 'secret of Tom' WHERE ref = 'K1'");
    w.db->exec("UPDATE audit SET detail = 'coordinator=asha' WHERE ref = 'P1'");
    auto a = lac::subject_access(w.s(), "P1");
    bool saw_k1 = false;
    for (const auto& e : a.audit) {
        if (e.ref == "K1") {
            saw_k1 = true;
            CHECK(e.detail.empty());
        }
        if (e.ref == "P1") CHECK(e.detail == "coordinator=asha");
    }
    CHECK(saw_k1);
}
