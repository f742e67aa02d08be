import PDF

/// The report's page geometry, type sizes and colours.
enum ReportStyle {
    static let pageSize = PDFPageSize.a4
    static let marginLeft = 48.0
    static let marginRight = 48.0
    /// Top of the content area below the page header.
    static let marginTop = 66.0
    /// Bottom of the content area above the footer.
    static let marginBottom = 56.0
    static var contentWidth: Double { pageSize.width - marginLeft - marginRight }

    static let bodySize = 10.0
    static let bodyLeading = 13.5
    static let headingSize = 13.0
    static let titleSize = 22.0
    static let smallSize = 8.0

    static let text = PDFColor(hex: 0x222222)
    static let muted = PDFColor(hex: 0x6B6B6B)
    static let accent = PDFColor(hex: 0x1F3A5F)
    static let rule = PDFColor(hex: 0xC8CDD3)
    static let tableHeader = PDFColor(hex: 0x1F3A5F)
    static let tableStripe = PDFColor(hex: 0xF3F5F7)
    static let grid = PDFColor(hex: 0xE2E5E9)
    static let bestLap = PDFColor(hex: 0x1F6FB4)
    static let optimal = PDFColor(hex: 0xE8731A)
}
