import Foundation

/// Unicode normalisation of a chat message (platform.md §3.5 step 3): NFKC, invisible characters removed, trimmed.
enum ChatNormalizer {
    /// Zero-width and invisible characters named by the spec (every other format character is removed too).
    static let invisible: [ClosedRange<UInt32>] = [0x200B...0x200D, 0x2060...0x2060, 0xFEFF...0xFEFF, 0x00AD...0x00AD,
                                                   0xE0001...0xE007F]

    /// `raw` in NFKC without invisible characters, leading or trailing whitespace.
    static func normalize(_ raw: String) -> String {
        let visible = stripInvisible(raw).precomposedStringWithCompatibilityMapping
        return stripInvisible(visible).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func stripInvisible(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: s.unicodeScalars.filter { !isInvisible($0) })
        return String(scalars)
    }

    /// A zero-width, tag or other format-category (Cf) scalar.
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        invisible.contains { $0.contains(u.value) } || u.properties.generalCategory == .format
    }
}
