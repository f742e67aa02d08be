import Foundation

/// Text as the standard fonts can draw it: ISO Latin-1 (platform.md §3.4). Typographic characters outside Latin-1 are
/// spelled in ASCII (dashes → `-`, curly quotes → straight ones, `…` → `...`, arrows → `->`, `<-`, `≤` → `<=`, `≥` →
/// `>=`, …), and so is `±` (`+/-`), which §3.4 names although Latin-1 has it. Letters with marks that Latin-1 lacks lose
/// the marks (`ő` → `o`); anything else becomes `?`. Control characters are dropped; tabs become spaces.
public enum Latin1Text {
    /// Replacements for scalars outside printable ASCII, looked up before anything else.
    public static let replacements: [Unicode.Scalar: String] = [
        // dashes and minus
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-",
        "\u{2212}": "-", "\u{2043}": "-",
        // quotes and primes
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{2039}": "<", "\u{203A}": ">",
        // ellipsis, bullets
        "\u{2026}": "...", "\u{2022}": "-", "\u{2023}": "-", "\u{25E6}": "-", "\u{25CF}": "-", "\u{2219}": "-",
        // arrows
        "\u{2192}": "->", "\u{2190}": "<-", "\u{2194}": "<->", "\u{2191}": "^", "\u{2193}": "v",
        "\u{21D2}": "=>", "\u{21D0}": "<=", "\u{21D4}": "<=>", "\u{27F6}": "->", "\u{2794}": "->", "\u{279C}": "->",
        // mathematics
        "\u{00B1}": "+/-", "\u{2213}": "-/+", "\u{2264}": "<=", "\u{2265}": ">=", "\u{2260}": "!=", "\u{2248}": "~",
        "\u{223C}": "~", "\u{221A}": "sqrt", "\u{221E}": "inf", "\u{2044}": "/", "\u{2215}": "/", "\u{22C5}": "\u{B7}",
        // Greek letters coaching text uses
        "\u{0394}": "delta", "\u{2206}": "delta", "\u{03B4}": "delta", "\u{03C3}": "sigma", "\u{03BC}": "\u{B5}",
        // symbols
        "\u{2122}": "(TM)", "\u{20AC}": "EUR",
        // invisible: soft hyphen, zero-width characters, variation selectors
        "\u{00AD}": "", "\u{200B}": "", "\u{200C}": "", "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "",
        "\u{FE0E}": "", "\u{FE0F}": "",
        // spaces
        "\u{00A0}": " ", "\u{2002}": " ", "\u{2003}": " ", "\u{2004}": " ", "\u{2005}": " ", "\u{2006}": " ",
        "\u{2007}": " ", "\u{2008}": " ", "\u{2009}": " ", "\u{200A}": " ", "\u{202F}": " ", "\u{205F}": " ",
        "\u{3000}": " ", "\t": " ",
    ]

    /// `text` with every character Latin-1 (printable, or `\n`), following the rules above.
    public static func transliterate(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// The Latin-1 bytes a text is drawn with: transliterated, line breaks as spaces.
    public static func bytes(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return Array(text.utf8) }
        return transliterate(text).unicodeScalars.map { $0 == "\n" ? 0x20 : UInt8($0.value) }
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if let replacement = replacements[scalar] {
            out.append(contentsOf: replacement.unicodeScalars)
        } else if isPrintableLatin1(scalar) || scalar == "\n" {
            out.append(scalar)
        } else if scalar.value >= 0xA0 {
            out.append(contentsOf: withoutMarks(scalar).unicodeScalars)
        }   // other control characters (and `\r` of a CRLF) are dropped
    }

    /// The compatibility decomposition of `scalar` without combining marks, when every remaining part is drawable
    /// (`""` for a lone mark); else `?`.
    private static func withoutMarks(_ scalar: Unicode.Scalar) -> String {
        let parts = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { !(0x300...0x36F).contains($0.value) }
        if parts.isEmpty { return "" }   // a lone combining mark
        guard !(parts.count == 1 && parts.first == scalar) else { return "?" }
        var out = String.UnicodeScalarView()
        for part in parts {
            if let replacement = replacements[part] { out.append(contentsOf: replacement.unicodeScalars) }
            else if isPrintableLatin1(part) { out.append(part) }
            else { return "?" }
        }
        return String(out)
    }

    private static func isPrintableLatin1(_ scalar: Unicode.Scalar) -> Bool {
        (0x20..<0x7F).contains(scalar.value) || (0xA0...0xFF).contains(scalar.value)
    }
}
