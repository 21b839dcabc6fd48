#include "core/history_month_reader.h"

#include <nlohmann/json.hpp>

namespace unclench {

using nlohmann::json;

//-----------------------------------------------------------------------------
// RowBuilder: turns a stream of JSON events into rows. Depth 1 is the top object, 2 a section's
// array ("r", "s", "c"), 3 a record's fields; anything deeper is one Other field of its record.
//-----------------------------------------------------------------------------

// Top-level keys that matter, as literals that outlive any parser buffer.
static std::string_view known_key(std::string_view k) {
    return k == "r" ? "r" : k == "s" ? "s" : k == "c" ? "c" : "";
}

class RowBuilder {
public:
    explicit RowBuilder(MonthRows& out) : out_(out) {}

    void field(MonthField f) {
        if (depth_ == 1 && section_name_ == "c") out_.care_not_array = true;
        if (depth_ == 2 && section_) section_->push_back({});   // a record that is not an array
        if (depth_ == 3 && in_row_) section_->back().push_back(f);
    }

    bool open(bool is_array) {
        if (depth_ == 0 && is_array) return false;   // not a month at all
        if (depth_ == 1 && section_name_ == "s" && is_array) out_.shape_ok = true;
        if (depth_ == 1 && section_name_ == "c" && !is_array) out_.care_not_array = true;
        if (depth_ == 1 && !is_array) section_ = nullptr;
        if (depth_ == 2 && section_) {
            section_->push_back({});
            section_->back().reserve(is_array ? 13 : 0);   // the longest record has 13 fields
            in_row_ = is_array;
        }
        if (depth_ == 3 && in_row_) section_->back().push_back({});
        depth_++;
        return true;
    }

    void close() {
        depth_--;
        if (depth_ == 2) in_row_ = false;
        if (depth_ == 1) section_name_ = {};
    }

    void key(std::string_view k) {
        if (depth_ != 1) return;
        section_ = k == "r" ? &out_.routines : k == "s" ? &out_.sessions : k == "c" ? &out_.care : nullptr;
        section_name_ = k;
    }

    void broken() {
        if (in_row_ && section_) section_->pop_back();   // a record cut off in the middle is not kept
        out_.truncated = true;
    }

private:
    MonthRows& out_;
    int depth_ = 0;
    std::vector<MonthRow>* section_ = nullptr;
    std::string_view section_name_;   // always a literal from known_key(), never a parser's buffer
    bool in_row_ = false;
};

//-----------------------------------------------------------------------------
// The general path: nlohmann's SAX parser (validates everything, handles escapes and damage).
//-----------------------------------------------------------------------------

class MonthSax : public nlohmann::json_sax<json> {
public:
    explicit MonthSax(MonthRows& out) : out_(out), rows_(out) {}

    bool null() override { return other(); }
    bool boolean(bool) override { return other(); }
    bool number_integer(number_integer_t v) override { return integer(v); }
    bool number_unsigned(number_unsigned_t v) override { return v <= uint64_t(INT64_MAX) ? integer(int64_t(v)) : other(); }
    bool number_float(number_float_t, const string_t&) override { return other(); }
    bool binary(binary_t&) override { return other(); }
    bool string(string_t& v) override {
        out_.unescaped.push_back(std::move(v));
        rows_.field({MonthField::Text, 0, out_.unescaped.back()});
        return true;
    }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        rows_.key(known_key(k));
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        rows_.broken();
        return false;
    }

private:
    bool other() { return rows_.field({}), true; }
    bool integer(int64_t v) { return rows_.field({MonthField::Int, v, {}}), true; }
    bool open(bool is_array) {
        if (rows_.open(is_array)) return true;
        out_.truncated = true;
        return false;
    }
    bool close() { return rows_.close(), true; }

    MonthRows& out_;
    RowBuilder rows_;
};

//-----------------------------------------------------------------------------
// The fast path: exactly what encode_month writes. Gives up (returns false) at anything else.
//-----------------------------------------------------------------------------

class MonthScanner {
public:
    MonthScanner(std::string_view text, RowBuilder& rows) : s_(text), rows_(rows) {}

    bool run() {
        skip_space();
        if (!value()) return false;
        skip_space();
        return at_ == s_.size();
    }

private:
    void skip_space() {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\n' || s_[at_] == '\r' || s_[at_] == '\t')) at_++;
    }

    bool value() {
        if (at_ >= s_.size() || ++depth_ > 64) return false;
        char c = s_[at_];
        bool ok = c == '[' ? container(true) : c == '{' ? container(false) : c == '"' ? text_field() : number();
        depth_--;
        return ok;
    }

    bool container(bool is_array) {
        if (!rows_.open(is_array)) return false;
        at_++;
        skip_space();
        char end = is_array ? ']' : '}';
        if (at_ < s_.size() && s_[at_] == end) return at_++, rows_.close(), true;
        for (;;) {
            if (!is_array && !member_key()) return false;
            if (!value()) return false;
            skip_space();
            if (at_ >= s_.size()) return false;
            if (s_[at_] == end) return at_++, rows_.close(), true;
            if (s_[at_++] != ',') return false;
            skip_space();
        }
    }

    bool member_key() {
        std::string_view k;
        if (!string_body(k)) return false;
        skip_space();
        if (at_ >= s_.size() || s_[at_++] != ':') return false;
        skip_space();
        rows_.key(known_key(k));
        return true;
    }

    bool text_field() {
        std::string_view v;
        if (!string_body(v)) return false;
        rows_.field({MonthField::Text, 0, v});
        return true;
    }

    // A string with no escapes and valid UTF-8; its view points into the original text.
    bool string_body(std::string_view& out) {
        if (at_ >= s_.size() || s_[at_] != '"') return false;
        size_t start = ++at_;
        while (at_ < s_.size()) {
            unsigned char c = (unsigned char)s_[at_];
            if (c == '"') break;
            if (c == '\\' || c < 0x20) return false;
            if (c < 0x80) at_++;
            else if (!utf8_sequence()) return false;
        }
        if (at_ >= s_.size()) return false;
        out = s_.substr(start, at_ - start);
        at_++;
        return true;
    }

    bool utf8_sequence() {
        unsigned char c = (unsigned char)s_[at_];
        int extra = (c >= 0xC2 && c <= 0xDF) ? 1 : (c >= 0xE0 && c <= 0xEF) ? 2 : (c >= 0xF0 && c <= 0xF4) ? 3 : -1;
        if (extra < 0 || at_ + size_t(extra) >= s_.size()) return false;
        uint32_t cp = c & (0x3F >> extra);
        for (int i = 1; i <= extra; i++) {
            unsigned char k = (unsigned char)s_[at_ + size_t(i)];
            if ((k & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (k & 0x3F);
        }
        static const uint32_t min_for[] = {0, 0x80, 0x800, 0x10000};
        if (cp < min_for[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        at_ += size_t(extra) + 1;
        return true;
    }

    // Integers as JSON writes them; fractions, exponents and long numbers are left to the SAX path.
    bool number() {
        bool negative = at_ < s_.size() && s_[at_] == '-';
        if (negative) at_++;
        size_t digits = at_;
        int64_t v = 0;
        while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') v = v * 10 + (s_[at_++] - '0');
        size_t count = at_ - digits;
        if (count == 0 || count > 18 || (count > 1 && s_[digits] == '0')) return false;
        if (at_ < s_.size() && (s_[at_] == '.' || s_[at_] == 'e' || s_[at_] == 'E')) return false;
        rows_.field({MonthField::Int, negative ? -v : v, {}});
        return true;
    }

    std::string_view s_;
    size_t at_ = 0;
    int depth_ = 0;
    RowBuilder& rows_;
};

MonthRows read_month_rows_general(const std::string& text) {
    MonthRows out;
    MonthSax sax(out);
    json::sax_parse(text, &sax);
    return out;
}

MonthRows read_month_rows(const std::string& text) {
    MonthRows fast;
    RowBuilder rows(fast);
    if (MonthScanner(text, rows).run()) return fast;
    return read_month_rows_general(text);
}

} // namespace unclench
