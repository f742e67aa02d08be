/// What `TextWrapper` sees in text: words, the spaces between them, forced line breaks.
enum TextToken {
    /// Non-space text between spaces, possibly in several fonts (`**T3**:` is one word).
    case word([TextFragment])
    case space(PDFFont)
    case lineBreak
}
