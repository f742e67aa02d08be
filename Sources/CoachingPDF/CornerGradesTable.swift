import Coaching
import PDF

/// The Corner Grades table of §3.4: Corner (`T<n>`), Brake, Trail, Speed, Throttle, Notes (cut to 80 characters and
/// wrapped), grade cells filled per letter, every cell's text on the row's first line. Rows never split; the header row repeats on every page the table reaches.
struct CornerGradesTable {
    let grades: [CornerGrade]

    static let columns = ["Corner", "Brake", "Trail", "Speed", "Throttle", "Notes"]
    static let widths = [46.0, 50, 50, 50, 54]
    static let headerHeight = 18.0
    static let notesSize = 8.5
    static let notesLeading = 10.5
    static let notesLimit = 80
    static let padding = 5.0

    func draw(into layout: inout ReportLayout) {
        let notesWidth = layout.width - Self.widths.reduce(0, +)
        let rows = grades.map { grade in
            (grade, TextWrapper.lines(ReportText.truncated(ReportText.plain(grade.notes), to: Self.notesLimit),
                                      font: .helvetica, size: Self.notesSize, width: notesWidth - 2 * Self.padding))
        }
        let rowHeight = { (lines: Int) in max(18, Double(lines) * Self.notesLeading + 7.5) }
        layout.ensure(Self.headerHeight + rowHeight(rows.first?.1.count ?? 1))
        header(into: &layout)
        for (index, (grade, notes)) in rows.enumerated() {
            let height = rowHeight(notes.count)
            if height > layout.remaining {
                layout.newPage()
                header(into: &layout)
            }
            let rect = layout.reserve(height)
            row(grade, notes: notes, in: rect, striped: index % 2 == 1, page: &layout.page)
        }
    }

    private func header(into layout: inout ReportLayout) {
        let rect = layout.reserve(Self.headerHeight)
        layout.page.fill(rect, color: ReportStyle.tableHeader)
        var x = rect.x
        for (index, title) in Self.columns.enumerated() {
            let width = index < Self.widths.count ? Self.widths[index] : rect.maxX - x
            let anchor = index == Self.columns.count - 1 ? PDFPoint(x: x + Self.padding, y: rect.y + 6)
                : PDFPoint(x: x + width / 2, y: rect.y + 6)
            layout.page.text(title, at: anchor, font: .helveticaBold, size: 8.5, color: .white,
                             alignment: index == Self.columns.count - 1 ? .left : .center)
            x += width
        }
    }

    private func row(_ grade: CornerGrade, notes: [String], in rect: PDFRect, striped: Bool, page: inout PDFPage) {
        let cells = [grade.braking, grade.trail_braking, grade.min_speed, grade.throttle]
        let background = striped ? ReportStyle.tableStripe : PDFColor.white
        let baseline = rect.maxY - 12   // every cell's first line (text tools then read a row as one line)
        var x = rect.x
        page.fill(PDFRect(x: x, y: rect.y, width: Self.widths[0], height: rect.height), color: background)
        page.text("T\(grade.corner)", at: PDFPoint(x: x + Self.widths[0] / 2, y: baseline), font: .helveticaBold, size: 9,
                  color: ReportStyle.text, alignment: .center)
        x += Self.widths[0]
        for (cell, width) in zip(cells, Self.widths.dropFirst()) {
            page.fill(PDFRect(x: x + 1, y: rect.y + 1, width: width - 2, height: rect.height - 2), color: GradePalette.fill(for: cell))
            page.text(cell.isEmpty ? "?" : cell, at: PDFPoint(x: x + width / 2, y: baseline), font: .helveticaBold, size: 9,
                      color: ReportStyle.text, alignment: .center)
            x += width
        }
        page.fill(PDFRect(x: x, y: rect.y, width: rect.maxX - x, height: rect.height), color: background)
        for (index, line) in notes.enumerated() {
            page.text(line, at: PDFPoint(x: x + Self.padding, y: baseline - Double(index) * Self.notesLeading), font: .helvetica,
                      size: Self.notesSize, color: ReportStyle.text)
        }
        page.line(from: PDFPoint(x: rect.x, y: rect.y), to: PDFPoint(x: rect.maxX, y: rect.y), color: ReportStyle.grid, width: 0.5)
    }
}
