#include "lac/util/visible.hpp"

#include <cstdio>

namespace lac {
namespace {

bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

std::string hex(const char* form, unsigned char c) {
    char out[8];
    std::snprintf(out, sizeof out, form, c);
    return out;
}

}  // namespace

std::string visible(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c == 0x1B || is_control(c)) {
            out += hex("\\x%02x", c);
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1 controls: U+0080–U+009F
            out += hex("\\u%04x", next);
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

VisibleBuf::~VisibleBuf() { sync(); }

void VisibleBuf::enabled(bool on) {
    sync();
    on_ = on;
}

void VisibleBuf::emit(std::string_view bytes) {
    if (target_->sputn(bytes.data(), std::streamsize(bytes.size())) != std::streamsize(bytes.size())) failed_ = true;
}

void VisibleBuf::release_pending() {
    if (pending_.empty()) return;
    emit("\\x1b");
    emit(std::string_view(pending_).substr(1));  // '[' and digits are printable as they are
    pending_.clear();
}

void VisibleBuf::put(unsigned char c) {
    switch (state_) {
        case State::escape:
            if (c == '[') {
                pending_ += char(c);
                state_ = State::sequence;
                return;
            }
            release_pending();
            state_ = State::text;
            break;
        case State::sequence:
            if (((c >= '0' && c <= '9') || c == ';') && pending_.size() < 16) {
                pending_ += char(c);
                return;
            }
            if (c == 'm') {  // a colour (SGR): it changes no more than how text looks
                pending_ += char(c);
                emit(pending_);
                pending_.clear();
                state_ = State::text;
                return;
            }
            release_pending();
            state_ = State::text;
            break;
        case State::c2:
            state_ = State::text;
            if (c >= 0x80 && c <= 0x9F) {
                emit(hex("\\u%04x", c));
                return;
            }
            emit("\xC2");
            break;
        case State::text:
            break;
    }
    if (c == 0x1B) {
        pending_.assign(1, char(0x1B));  // (not = "\x1b": GCC 12 warns falsely of an overlap)
        state_ = State::escape;
    } else if (c == 0xC2) {
        state_ = State::c2;
    } else if (is_control(c)) {
        emit(hex("\\x%02x", c));
    } else {
        char ch = char(c);
        emit(std::string_view(&ch, 1));
    }
}

VisibleBuf::int_type VisibleBuf::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    char c = traits_type::to_char_type(ch);
    return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
}

std::streamsize VisibleBuf::xsputn(const char* data, std::streamsize size) {
    if (!on_) return target_->sputn(data, size);
    // Runs of ordinary bytes go on in one call: an extract or a summary is mostly those.
    std::streamsize start = 0;
    for (std::streamsize i = 0; i < size; ++i) {
        auto c = static_cast<unsigned char>(data[i]);
        bool plain = state_ == State::text && c != 0x1B && c != 0xC2 && !is_control(c);
        if (plain) continue;
        if (i > start) emit(std::string_view(data + start, std::size_t(i - start)));
        put(c);
        start = i + 1;
    }
    if (size > start) emit(std::string_view(data + start, std::size_t(size - start)));
    return failed_ ? 0 : size;
}

int VisibleBuf::sync() {
    if (state_ == State::c2) emit("\xC2");
    if (state_ == State::escape || state_ == State::sequence) release_pending();
    state_ = State::text;
    return failed_ || target_->pubsync() != 0 ? -1 : 0;
}

}  // namespace lac
