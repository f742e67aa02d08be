/// A piece of text in one font: the unit of mixed-font lines (a bold lead-in followed by regular text).
public struct PDFTextRun: Sendable, Equatable {
    /// The text (transliterated to Latin-1 when measured or drawn).
    public var text: String
    /// The font it is set in.
    public var font: PDFFont

    /// A run of `text` in `font`.
    public init(_ text: String, font: PDFFont) {
        self.text = text
        self.font = font
    }
}
