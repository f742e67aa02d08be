/// A PDF document: pages in order and the title shown by viewers. `bytes()` writes the file: catalog, page tree, one
/// font dictionary per standard font, an information dictionary, each page with its Flate-compressed content stream,
/// the cross-reference table and the trailer.
public struct PDFDocument: Sendable {
    /// The pages, first to last.
    public var pages: [PDFPage]
    /// `/Title` of the information dictionary.
    public var title: String
    /// `/Producer` of the information dictionary.
    public var producer: String

    /// A document of `pages` with the information dictionary's title and producer.
    public init(pages: [PDFPage] = [], title: String = "", producer: String = "Cataclysm") {
        self.pages = pages
        self.title = title
        self.producer = producer
    }

    /// The file.
    public func bytes() -> [UInt8] {
        // Objects: 1 catalog, 2 page tree, 3 information, then the fonts, then page and content per page.
        let fontBase = 4
        let pageBase = fontBase + PDFFont.allCases.count
        let pageObjects = pages.indices.map { pageBase + 2 * $0 }
        var writer = PDFObjectWriter()
        writer.object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        writer.object(2, "<< /Type /Pages /Kids [\(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        var info = Array("<< /Producer ".utf8)
        info.appendLiteralString(Latin1Text.bytes(producer))
        info.append(" /Title ")
        info.appendLiteralString(Latin1Text.bytes(title))
        info.append(" >>")
        writer.object(3, info)
        for font in PDFFont.allCases {
            writer.object(fontBase + font.rawValue,
                          "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.postScriptName) /Encoding /WinAnsiEncoding >>")
        }
        let fonts = PDFFont.allCases.map { "/\($0.resourceName) \(fontBase + $0.rawValue) 0 R" }.joined(separator: " ")
        for (page, number) in zip(pages, pageObjects) {
            var box: [UInt8] = []
            box.appendNumber(page.size.width)
            box.append(" ")
            box.appendNumber(page.size.height)
            writer.object(number, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(String(decoding: box, as: UTF8.self))] "
                          + "/Resources << /Font << \(fonts) >> >> /Contents \(number + 1) 0 R >>")
            writer.stream(number + 1, page.content)
        }
        writer.finish(count: pageBase + 2 * pages.count, root: 1, info: 3)
        return writer.bytes
    }
}
