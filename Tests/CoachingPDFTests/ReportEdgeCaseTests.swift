import Coaching
import CoachingPDF
import Foundation
import PDF
import PDFTesting
import Testing

/// Reports the coach does not write but a provider might: long tables, typographic characters, no trace.
@Suite("Coaching report PDF edge cases")
struct ReportEdgeCaseTests {
    static func grade(_ n: Int, notes: String = "Consistent entry speed.") -> CornerGrade {
        CornerGrade(corner: n, braking: ["A", "B+", "C", "D", "F", "N/A", "?"][n % 7], trail_braking: "B", min_speed: "C",
                    throttle: "A-", notes: notes, braking_reason: "", trail_braking_reason: "", min_speed_reason: "",
                    throttle_reason: "")
    }

    static func report(grades: [CornerGrade], summary: String = "A tidy session.") -> CoachingReport {
        CoachingReport(skill_level: .advanced, summary: summary, primary_focus: "Brake later into **T5**.",
                       priority_corners: [PriorityCorner(corner: 5, time_cost_s: 0.45, issue: "Early brake — 12 m before the best lap’s point.",
                                                         tip: "Move the marker → later, ±3 m per lap.")],
                       corner_grades: grades, patterns: ["**Braking**: peak ≥ 0.9 g on 8 of 10 laps…"],
                       drills: ["**Marker ladder (T5)**: 3 m steps, keep a step only if min speed holds ≤ 1 mph."],
                       generated_by: "anthropic:claude-sonnet-4")
    }

    static let session = CoachingPDFSession(
        trackName: "Autódromo “Test” Circuit", sessionDate: "21/02/2026 22:12", bestLapNumber: 4, bestLapTimeS: 92.456,
        lapCount: 9, bestLapLatitude: [], bestLapLongitude: [], bestLapSpeedMph: [], bestLapDistanceM: [], optimalDistanceM: [],
        optimalSpeedMph: [], corners: [])

    @Test("Typographic characters arrive as ASCII, ** markers are gone, notes are cut at 80 characters")
    func transliterated() throws {
        let long = String(repeating: "late apex then early throttle ", count: 5)
        let bytes = CoachingReportPDF.render(report: Self.report(grades: [Self.grade(1, notes: long), Self.grade(2)]), session: Self.session)
        try PDFTools.withTemporaryDirectory { dir in
            let pdf = try CheckedPDF(bytes, in: dir)
            let flat = pdf.text.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
            #expect(flat.contains("Cataclysm | Autódromo \"Test\" Circuit | 21/02/2026 22:12"))
            #expect(flat.contains("Best Lap: L4 (1:32.46) | Laps: 9"))
            #expect(flat.contains("Early brake - 12 m before the best lap's point."))
            #expect(flat.contains("Tip: Move the marker -> later, +/-3 m per lap."))
            #expect(flat.contains("Braking: peak >= 0.9 g on 8 of 10 laps..."))
            #expect(flat.contains("1. Marker ladder (T5): 3 m steps, keep a step only if min speed holds <= 1 mph."))
            #expect(flat.contains("T5 (+0.450s)"))
            #expect(!flat.contains("**"))
            let cut = String(long.prefix(77)).trimmingCharacters(in: .whitespaces) + "..."
            #expect(flat.contains(cut), "\(flat)")
            #expect(!flat.contains(String(long.prefix(90)).trimmingCharacters(in: .whitespaces)))
            #expect(flat.contains("No GPS trace for the best lap"))
        }
    }

    @Test("A table longer than a page repeats its header and every page gets its footer")
    func longTable() throws {
        let notes = "Brake point moves by about 6 m from lap to lap; pick one marker and repeat it."
        let bytes = CoachingReportPDF.render(report: Self.report(grades: (1...60).map { Self.grade($0, notes: notes) }), session: Self.session)
        try PDFTools.withTemporaryDirectory { dir in
            let pdf = try CheckedPDF(bytes, in: dir)
            #expect(pdf.pages >= 4)
            for page in 1...pdf.pages { #expect(pdf.text.contains("Page \(page)/\(pdf.pages)")) }
            let headers = pdf.text.components(separatedBy: "\n").filter { $0.range(of: #"Corner\s+Brake\s+Trail\s+Speed\s+Throttle\s+Notes"#, options: .regularExpression) != nil }
            #expect(headers.count >= 2)
            for n in 1...60 {
                #expect(pdf.text.range(of: "(?m)^\\s*T\(n)\\s", options: .regularExpression) != nil, "T\(n)")
            }
        }
    }

    @Test("A report with no grades, priorities, patterns or drills still renders")
    func empty() throws {
        let report = CoachingReport(skill_level: .novice, summary: "", primary_focus: "", priority_corners: [], corner_grades: [],
                                    patterns: [], drills: [], generated_by: "builtin")
        let bytes = CoachingReportPDF.render(report: report, session: Self.session)
        try PDFTools.withTemporaryDirectory { dir in
            let pdf = try CheckedPDF(bytes, in: dir)
            #expect(pdf.text.contains("Page 1/\(pdf.pages)"))
            try CheckedPDF.renderFirstPage(bytes, in: dir)
        }
    }

    @Test("A minimal document from the writer passes qpdf and reads back")
    func minimal() throws {
        var page = PDFPage()
        page.text("Hello, (PDF) world – café", at: PDFPoint(x: 72, y: 760), font: .helvetica, size: 12)
        page.text("Bold", at: PDFPoint(x: 72, y: 740), font: .helveticaBold, size: 12, color: PDFColor(hex: 0xC00000))
        page.fill(PDFRect(x: 72, y: 600, width: 100, height: 50), color: PDFColor(red: 0.2, green: 0.6, blue: 0.3))
        page.stroke(PDFRect(x: 200, y: 600, width: 100, height: 50), color: .black, width: 1, dash: [3, 2])
        page.polyline([PDFPoint(x: 72, y: 500), PDFPoint(x: 150, y: 560), PDFPoint(x: 230, y: 510)], color: .black, width: 2)
        page.circle(center: PDFPoint(x: 300, y: 520), radius: 20, fill: .white, stroke: .black)
        let bytes = PDFDocument(pages: [page], title: "Minimal – test").bytes()
        try PDFTools.withTemporaryDirectory { dir in
            let pdf = try CheckedPDF(bytes, in: dir)
            #expect(pdf.pages == 1)
            #expect(pdf.text.contains("Hello, (PDF) world - café"))
            #expect(pdf.text.contains("Bold"))
            try CheckedPDF.renderFirstPage(bytes, in: dir)
        }
    }
}
