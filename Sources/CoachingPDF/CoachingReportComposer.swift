import Coaching
import PDF

/// Lays out the report of platform.md §3.4 in order: title block, Session Summary, Corner Grades, the two best-lap
/// figures, Priority Corners, Session Patterns, Practice Drills and the closing credit line. A priority corner or a
/// list item stays on one page (unless it is longer than a page).
struct CoachingReportComposer {
    let report: CoachingReport
    let session: CoachingPDFSession
    var layout = ReportLayout()

    init(report: CoachingReport, session: CoachingPDFSession) {
        self.report = report
        self.session = session
    }

    static let title = "Coaching Report"

    /// `Cataclysm | <track> | <date>`.
    var header: String { "Cataclysm | \(trackName) | \(session.sessionDate)" }
    var trackName: String { session.trackName.isEmpty ? "Unknown track" : session.trackName }

    mutating func compose() -> PDFDocument {
        titleBlock()
        summary()
        grades()
        figures()
        priorities()
        patterns()
        drills()
        credit()
        return PDFDocument(pages: layout.stamped(header: header), title: "\(Self.title) - \(trackName)")
    }

    private mutating func titleBlock() {
        layout.paragraph([PDFTextRun(Self.title, font: .helveticaBold)], size: ReportStyle.titleSize, leading: 28,
                         color: ReportStyle.accent)
        let place = session.sessionDate.isEmpty ? trackName : "\(trackName) - \(session.sessionDate)"
        layout.paragraph([PDFTextRun(place, font: .helvetica)], size: 11.5, leading: 16, color: ReportStyle.text)
        let best = "Best Lap: L\(session.bestLapNumber) (\(ReportText.lapTime(session.bestLapTimeS))) | Laps: \(session.lapCount)"
        layout.paragraph([PDFTextRun(best, font: .helveticaBold)], size: 11, leading: 16)
    }

    private mutating func summary() {
        layout.heading("Session Summary")
        layout.paragraph(ReportText.emphasis(report.summary))
        if !report.primary_focus.isEmpty {
            layout.skip(4)
            layout.paragraph([PDFTextRun("Primary focus: ", font: .helveticaBold)] + ReportText.emphasis(report.primary_focus))
        }
    }

    private mutating func figures() {
        layout.heading("Best Lap Speed Map", keep: TrackMapFigure.height)
        let map = layout.reserve(TrackMapFigure.height)
        TrackMapFigure(session: session).draw(on: &layout.page, in: map)
        layout.heading("Speed vs Distance: Best Lap and Optimal Profile", keep: SpeedProfileFigure.height)
        let profile = layout.reserve(SpeedProfileFigure.height)
        SpeedProfileFigure(session: session).draw(on: &layout.page, in: profile)
    }

    private mutating func grades() {
        guard !report.corner_grades.isEmpty else { return }
        layout.heading("Corner Grades", keep: CornerGradesTable.headerHeight + 30)
        CornerGradesTable(grades: report.corner_grades).draw(into: &layout)
    }

    private mutating func priorities() {
        guard !report.priority_corners.isEmpty else { return }
        layout.heading("Priority Corners")
        for (index, corner) in report.priority_corners.enumerated() {
            if index > 0 { layout.skip(6) }
            let issue = ReportText.emphasis(corner.issue)
            let tip = [PDFTextRun("Tip: ", font: .helveticaBold)] + ReportText.emphasis(corner.tip)
            layout.ensure(14 + layout.height(of: issue, indent: 12) + layout.height(of: tip, indent: 12))
            layout.paragraph([PDFTextRun("T\(corner.corner) (\(ReportText.timeCost(corner.time_cost_s)))", font: .helveticaBold)],
                             size: 10.5, leading: 14, color: ReportStyle.accent)
            layout.paragraph(issue, indent: 12)
            layout.paragraph(tip, indent: 12)
        }
    }

    private mutating func patterns() {
        guard !report.patterns.isEmpty else { return }
        layout.heading("Session Patterns")
        for pattern in report.patterns {
            list(marker: nil, ReportText.emphasis(pattern))
        }
    }

    private mutating func drills() {
        guard !report.drills.isEmpty else { return }
        layout.heading("Practice Drills")
        for (index, drill) in report.drills.enumerated() {
            list(marker: "\(index + 1).", ReportText.emphasis(drill))
        }
    }

    /// A list item with a hanging indent: a bullet dot (`marker == nil`) or the marker text right-aligned before it.
    private mutating func list(marker: String?, _ runs: [PDFTextRun]) {
        let indent = 18.0
        layout.ensure(layout.height(of: runs, indent: indent))
        let top = layout.y
        if let marker {
            layout.page.text(marker, at: PDFPoint(x: layout.left + indent - 4, y: top - ReportStyle.bodySize), font: .helveticaBold,
                             size: ReportStyle.bodySize, color: ReportStyle.text, alignment: .right)
        } else {
            layout.page.circle(center: PDFPoint(x: layout.left + 7, y: top - ReportStyle.bodySize + 3.2), radius: 1.9,
                               fill: ReportStyle.accent)
        }
        layout.paragraph(runs, indent: indent)
        layout.skip(3)
    }

    private mutating func credit() {
        layout.skip(16)
        let by = report.generated_by == "builtin" || report.generated_by.isEmpty ? "the built-in coach" : report.generated_by
        let level = report.skill_level.rawValue
        let text = "Generated by Cataclysm with \(by) for \(level == "novice" ? "a" : "an") \(level) driver. "
            + "Grades compare your laps with each other and with the physics-optimal profile."
        layout.paragraph([PDFTextRun(text, font: .helvetica)], size: ReportStyle.smallSize, leading: 10.5, color: ReportStyle.muted)
    }
}
