#include "lac/domain/corrections.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"

namespace lac {

Changes::Changes(const Values& before, const Values& after) {
    for (const auto& [field, value] : after.items()) {
        auto old = before.find(field);
        const Values& was = old == before.end() ? Values() : *old;
        if (was == value) continue;
        fields_.push_back(field);
        old_[field] = was;
    }
}

void Changes::require_some(const std::string& ref) const {
    if (fields_.empty()) throw DataError(fmt::format("nothing to change: {} already has those values", ref));
}

void nothing_given(const std::string& options) { throw UsageError("nothing to change; pass " + options); }

void require_confirmed(bool confirmed, const std::string& ref) {
    if (!confirmed) throw UsageError(fmt::format("deleting {} cannot be undone; add --confirm to delete it", ref));
}

}  // namespace lac
