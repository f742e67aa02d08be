/// A piece of text in one font, as Latin-1 bytes (the unit `TextWrapper` measures and places).
struct TextFragment {
    var font: PDFFont
    var bytes: [UInt8]
}
