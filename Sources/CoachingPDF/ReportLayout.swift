import PDF

/// A top-to-bottom flow of blocks over A4 pages: a cursor that moves down the content area and starts a new page when
/// a block does not fit. Page headers and `Page x/y` footers are stamped once the page count is known.
struct ReportLayout {
    /// The pages before the one being filled.
    private(set) var finished: [PDFPage] = []
    /// The page being filled (drawn on in place).
    var page = PDFPage(size: ReportStyle.pageSize)
    /// PDF y of the top of the next block.
    private(set) var y = ReportStyle.pageSize.height - ReportStyle.marginTop
    let left = ReportStyle.marginLeft
    let width = ReportStyle.contentWidth

    /// Every page so far, the current one last.
    var pages: [PDFPage] { finished + [page] }

    /// Space left above the bottom margin.
    var remaining: Double { y - ReportStyle.marginBottom }

    mutating func newPage() {
        finished.append(page)
        page = PDFPage(size: ReportStyle.pageSize)
        y = ReportStyle.pageSize.height - ReportStyle.marginTop
    }

    /// Starts a new page unless `height` fits (a block taller than a whole page starts on a fresh one and overflows).
    mutating func ensure(_ height: Double) {
        if height > remaining && y < ReportStyle.pageSize.height - ReportStyle.marginTop { newPage() }
    }

    /// Moves down by `height` (not past a page end: a gap at the bottom of a page is dropped).
    mutating func skip(_ height: Double) { y = max(y - height, ReportStyle.marginBottom) }

    /// Reserves a block of `height` at the cursor (on a new page if needed) and returns its rectangle.
    mutating func reserve(_ height: Double) -> PDFRect {
        ensure(height)
        y -= height
        return PDFRect(x: left, y: y, width: width, height: height)
    }

    /// The height `paragraph` would take for the same text.
    func height(of runs: [PDFTextRun], size: Double = ReportStyle.bodySize, leading: Double = ReportStyle.bodyLeading,
                indent: Double = 0) -> Double {
        Double(TextWrapper.lines(runs, size: size, width: width - indent).count) * leading
    }

    /// Draws wrapped text; lines may continue on the next page.
    mutating func paragraph(_ runs: [PDFTextRun], size: Double = ReportStyle.bodySize, leading: Double = ReportStyle.bodyLeading,
                            indent: Double = 0, color: PDFColor = ReportStyle.text) {
        for line in TextWrapper.lines(runs, size: size, width: width - indent) {
            ensure(leading)
            page.text(line, at: PDFPoint(x: left + indent, y: y - size), size: size, color: color)
            y -= leading
        }
    }

    /// A section heading with a rule under it, kept on the page with at least `keep` points of what follows.
    mutating func heading(_ text: String, keep: Double = 3 * ReportStyle.bodyLeading) {
        skip(10)
        ensure(ReportStyle.headingSize + 10 + keep)
        page.text(text, at: PDFPoint(x: left, y: y - ReportStyle.headingSize), font: .helveticaBold,
                  size: ReportStyle.headingSize, color: ReportStyle.accent)
        y -= ReportStyle.headingSize + 4
        page.line(from: PDFPoint(x: left, y: y), to: PDFPoint(x: left + width, y: y), color: ReportStyle.rule, width: 0.6)
        y -= 8
    }

    /// The finished pages with `header` on top of each and `Page x/y` at the bottom.
    func stamped(header: String) -> [PDFPage] {
        let size = ReportStyle.pageSize
        let pages = self.pages
        return pages.enumerated().map { index, page in
            var page = page
            let top = size.height - 34
            page.text(header, at: PDFPoint(x: left, y: top), font: .helvetica, size: ReportStyle.smallSize, color: ReportStyle.muted)
            page.line(from: PDFPoint(x: left, y: top - 6), to: PDFPoint(x: left + width, y: top - 6), color: ReportStyle.rule,
                      width: 0.5)
            page.text("Page \(index + 1)/\(pages.count)", at: PDFPoint(x: size.width / 2, y: 30), font: .helvetica,
                      size: ReportStyle.smallSize, color: ReportStyle.muted, alignment: .center)
            return page
        }
    }
}
