#include "woshou/graph/label_normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>

namespace woshou::graph {

bool is_valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

std::string normalize_label(std::string_view utf8) {
    if (!is_valid_utf8(utf8)) return {};
    UErrorCode status = U_ZERO_ERROR;
    // NFKC_Casefold does NFKC (full-width -> half-width, compatibility forms)
    // and Unicode case folding in one pass.
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    icu::UnicodeString normalized = normalizer->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
        status);
    if (U_FAILURE(status)) return std::string(utf8);
    std::string folded;
    normalized.toUTF8String(folded);

    // Collapse runs of ASCII white space and trim, so "Python  编程 " == "python 编程".
    std::string out;
    out.reserve(folded.size());
    bool pending_space = false;
    for (char ch : folded) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(ch);
    }
    return out;
}

}  // namespace woshou::graph
