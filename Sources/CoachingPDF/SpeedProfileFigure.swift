import Foundation
import PDF

/// Speed against distance: the best lap (solid) and the optimal profile (dashed) on a grid with round ticks, each
/// corner's apex as a dashed vertical line labelled `T<n>` above the plot.
struct SpeedProfileFigure {
    let session: CoachingPDFSession
    static let height = 215.0

    func draw(on page: inout PDFPage, in rect: PDFRect) {
        let best = Self.pairs(session.bestLapDistanceM, session.bestLapSpeedMph)
        let optimal = Self.pairs(session.optimalDistanceM, session.optimalSpeedMph)
        let speeds = best.map { $0.1 } + optimal.map { $0.1 }
        guard let low = speeds.min(), let high = speeds.max() else {
            page.stroke(rect, color: ReportStyle.rule, width: 0.5)
            page.text("No speed trace for the best lap", at: PDFPoint(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2),
                      font: .helvetica, size: 9, color: ReportStyle.muted, alignment: .center)
            return
        }
        let plot = rect.inset(left: 32, bottom: 34, right: 6, top: 24)
        let yStep = ChartTicks.step(span: high - low, count: 5)
        let yLow = (low / yStep).rounded(.down) * yStep
        let yHigh = max((high / yStep).rounded(.up) * yStep, yLow + yStep)
        let xHigh = max(best.last?.0 ?? 0, optimal.last?.0 ?? 0, 1)
        let map = { (p: (distance: Double, speed: Double)) in
            PDFPoint(x: plot.x + p.distance / xHigh * plot.width, y: plot.y + (p.speed - yLow) / (yHigh - yLow) * plot.height)
        }
        grid(plot, xHigh: xHigh, yLow: yLow, yHigh: yHigh, yStep: yStep, on: &page)
        corners(plot, xHigh: xHigh, on: &page)
        page.polyline(Self.thinned(optimal.map(map)), color: ReportStyle.optimal, width: 1.1, dash: [3.5, 2])
        page.polyline(Self.thinned(best.map(map)), color: ReportStyle.bestLap, width: 1.1)
        page.stroke(plot, color: ReportStyle.muted, width: 0.6)
        legend(rect, on: &page)
    }

    /// Finite (distance, speed) pairs of two parallel arrays, in order.
    static func pairs(_ distances: [Double], _ speeds: [Double]) -> [(Double, Double)] {
        zip(distances, speeds).filter { $0.0.isFinite && $0.1.isFinite && $0.0 >= 0 }
    }

    static func thinned(_ points: [PDFPoint]) -> [PDFPoint] {
        var thinner = PolylineThinner(minimumStep: 0.4)
        points.forEach { thinner.add($0) }
        return thinner.finish()
    }

    private func grid(_ plot: PDFRect, xHigh: Double, yLow: Double, yHigh: Double, yStep: Double, on page: inout PDFPage) {
        for v in ChartTicks.values(from: yLow, to: yHigh, step: yStep) {
            let y = plot.y + (v - yLow) / (yHigh - yLow) * plot.height
            page.line(from: PDFPoint(x: plot.x, y: y), to: PDFPoint(x: plot.maxX, y: y), color: ReportStyle.grid, width: 0.4)
            page.text(Self.label(v), at: PDFPoint(x: plot.x - 4, y: y - 2.5), font: .helvetica, size: 7, color: ReportStyle.muted,
                      alignment: .right)
        }
        for d in ChartTicks.values(from: 0, to: xHigh, step: ChartTicks.step(span: xHigh, count: 8)) {
            let x = plot.x + d / xHigh * plot.width
            page.line(from: PDFPoint(x: x, y: plot.y), to: PDFPoint(x: x, y: plot.maxY), color: ReportStyle.grid, width: 0.4)
            page.text(Self.label(d), at: PDFPoint(x: x, y: plot.y - 10), font: .helvetica, size: 7, color: ReportStyle.muted,
                      alignment: .center)
        }
        page.text("mph", at: PDFPoint(x: plot.x - 4, y: plot.maxY + 4), font: .helvetica, size: 7, color: ReportStyle.muted,
                  alignment: .right)
        page.text("Distance (m)", at: PDFPoint(x: plot.maxX, y: plot.y - 22), font: .helvetica, size: 7.5, color: ReportStyle.muted,
                  alignment: .right)
    }

    /// A dashed line at each apex, its label on the lower of two rows where it does not overlap the previous label.
    private func corners(_ plot: PDFRect, xHigh: Double, on page: inout PDFPage) {
        var rowEnds = [-Double.infinity, -Double.infinity]
        for corner in session.corners where corner.apexDistanceM.isFinite && corner.apexDistanceM >= 0 && corner.apexDistanceM <= xHigh {
            let x = plot.x + corner.apexDistanceM / xHigh * plot.width
            page.line(from: PDFPoint(x: x, y: plot.y), to: PDFPoint(x: x, y: plot.maxY), color: ReportStyle.muted, width: 0.4,
                      dash: [1.5, 1.5])
            let label = "T\(corner.number)"
            let half = PDFFont.helveticaBold.width(of: label, size: 6.5) / 2
            let row = rowEnds[0] < x - half - 1 ? 0 : 1
            rowEnds[row] = x + half
            page.text(label, at: PDFPoint(x: x, y: plot.maxY + 3 + Double(row) * 9), font: .helveticaBold, size: 6.5,
                      color: ReportStyle.text, alignment: .center)
        }
    }

    private func legend(_ rect: PDFRect, on page: inout PDFPage) {
        var x = rect.x + 32
        let y = rect.y + 4
        for (title, color, dash) in [("Best lap (L\(session.bestLapNumber))", ReportStyle.bestLap, [Double]()),
                                     ("Optimal profile", ReportStyle.optimal, [3.5, 2])] {
            page.line(from: PDFPoint(x: x, y: y + 2.5), to: PDFPoint(x: x + 16, y: y + 2.5), color: color, width: 1.4, dash: dash)
            page.text(title, at: PDFPoint(x: x + 20, y: y), font: .helvetica, size: 7.5, color: ReportStyle.text)
            x += 20 + PDFFont.helvetica.width(of: title, size: 7.5) + 18
        }
    }

    /// A tick label: whole numbers without decimals.
    static func label(_ v: Double) -> String {
        v == v.rounded() ? String(format: "%.0f", v) : String(format: "%.1f", v)
    }
}
