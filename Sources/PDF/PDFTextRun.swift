/// A piece of text in one font: the unit of mixed-font lines (a bold lead-in followed by regular text).
public struct PDFTextRun: Sendable, Equatable {
    public var text: String
    public var font: PDFFont

    public init(_ text: String, font: PDFFont) {
        self.text = text
        self.font = font
    }
}
