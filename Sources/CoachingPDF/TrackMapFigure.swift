import Foundation
import PDF

/// The best lap's GPS trace coloured by speed (blue slow … red fast, with a scale), the start/finish line, and each
/// corner's number in a circle beside its apex, where it is clear of the track and of the other numbers.
struct TrackMapFigure {
    let session: CoachingPDFSession
    static let height = 270.0
    static let legendWidth = 64.0

    func draw(on page: inout PDFPage, in rect: PDFRect) {
        page.fill(rect, color: PDFColor(hex: 0xF8F9FA))
        page.stroke(rect, color: ReportStyle.rule, width: 0.5)
        let n = min(session.bestLapLatitude.count, session.bestLapLongitude.count, session.bestLapSpeedMph.count)
        guard n >= 2 else {
            page.text("No GPS trace for the best lap", at: PDFPoint(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2),
                      font: .helvetica, size: 9, color: ReportStyle.muted, alignment: .center)
            return
        }
        let points = pagePoints(count: n, in: rect.inset(left: 26, bottom: 24, right: 26 + Self.legendWidth, top: 24))
        let speeds = Array(session.bestLapSpeedMph.prefix(n))
        let scale = SpeedColorScale(speeds: speeds)
        trace(points, speeds: speeds, scale: scale, on: &page)
        startFinish(points, on: &page)
        cornerLabels(points, within: rect, on: &page)
        legend(scale, in: rect, on: &page)
    }

    /// The trace's points fitted into `plot` with equal scales on both axes, centred.
    private func pagePoints(count n: Int, in plot: PDFRect) -> [PDFPoint] {
        let projection = TrackProjection(latitudes: Array(session.bestLapLatitude.prefix(n)),
                                         longitudes: Array(session.bestLapLongitude.prefix(n)))
        let metres = (0..<n).map { projection.project(latitude: session.bestLapLatitude[$0], longitude: session.bestLapLongitude[$0]) }
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for p in metres where p.x.isFinite && p.y.isFinite {
            (minX, maxX, minY, maxY) = (min(minX, p.x), max(maxX, p.x), min(minY, p.y), max(maxY, p.y))
        }
        if minX > maxX { (minX, maxX, minY, maxY) = (0, 1, 0, 1) }
        let scale = min(plot.width / max(maxX - minX, 1), plot.height / max(maxY - minY, 1))
        let originX = plot.x + (plot.width - (maxX - minX) * scale) / 2
        let originY = plot.y + (plot.height - (maxY - minY) * scale) / 2
        return metres.map { PDFPoint(x: originX + ($0.x - minX) * scale, y: originY + ($0.y - minY) * scale) }
    }

    /// One polyline per stretch of equal speed bin, each sharing its first point with the previous stretch's last.
    private func trace(_ points: [PDFPoint], speeds: [Double], scale: SpeedColorScale, on page: inout PDFPage) {
        var bin = scale.bin(speeds[0])
        var stretch = PolylineThinner(minimumStep: 0.6)
        for (point, speed) in zip(points, speeds) {
            let next = scale.bin(speed)
            stretch.add(point)
            guard next != bin else { continue }
            page.polyline(stretch.finish(), color: scale.color(bin: bin), width: 2.6)
            stretch = PolylineThinner(minimumStep: 0.6)
            stretch.add(point)
            bin = next
        }
        page.polyline(stretch.finish(), color: scale.color(bin: bin), width: 2.6)
    }

    /// A black bar across the track at the first point.
    private func startFinish(_ points: [PDFPoint], on page: inout PDFPage) {
        let normal = outwardNormal(points, at: 0)
        let p = points[0]
        page.line(from: PDFPoint(x: p.x - normal.x * 7, y: p.y - normal.y * 7), to: PDFPoint(x: p.x + normal.x * 7, y: p.y + normal.y * 7),
                  color: .black, width: 2.2)
        page.text("S/F", at: PDFPoint(x: p.x + normal.x * 16, y: p.y + normal.y * 16 - 2.5), font: .helveticaBold, size: 6.5,
                  color: .black, alignment: .center)
    }

    /// Each corner's number in a white circle beside its apex, joined to it by a short leader: the first of the places
    /// 15, 21 or 27 pt away on the outside, then the inside, that is clear of the track, the numbers already placed and
    /// the frame (else the clearest of them).
    private func cornerLabels(_ points: [PDFPoint], within frame: PDFRect, on page: inout PDFPage) {
        let radius = 7.0
        let track = stride(from: 0, to: points.count, by: 3).map { points[$0] }
        var placed: [PDFPoint] = []
        func clearance(_ c: PDFPoint) -> Double {
            var clear = min(c.x - frame.minX, frame.maxX - c.x, c.y - frame.minY, frame.maxY - c.y) - radius
            for p in track { clear = min(clear, ((c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y)).squareRoot() - radius - 1.3) }
            for p in placed { clear = min(clear, ((c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y)).squareRoot() - 2 * radius) }
            return clear
        }
        for corner in session.corners {
            guard let index = CornerIndex.nearest(session.bestLapDistanceM.prefix(points.count), to: corner.apexDistanceM) else { continue }
            let apex = points[index]
            let normal = outwardNormal(points, at: index)
            let candidates = [15.0, 21, 27].flatMap { d in [d, -d] }.map { PDFPoint(x: apex.x + normal.x * $0, y: apex.y + normal.y * $0) }
            let scored = candidates.map { ($0, clearance($0)) }
            let centre = (scored.first { $0.1 >= 1.5 } ?? scored.max { $0.1 < $1.1 }!).0
            placed.append(centre)
            let dx = centre.x - apex.x, dy = centre.y - apex.y, length = max((dx * dx + dy * dy).squareRoot(), 1)
            page.line(from: apex, to: PDFPoint(x: centre.x - dx / length * radius, y: centre.y - dy / length * radius),
                      color: ReportStyle.text, width: 0.6)
            page.circle(center: apex, radius: 1.4, fill: ReportStyle.text)
            page.circle(center: centre, radius: radius, fill: .white, stroke: ReportStyle.text, width: 0.7)
            page.text("\(corner.number)", at: PDFPoint(x: centre.x, y: centre.y - 2.6), font: .helveticaBold, size: 7.5,
                      color: ReportStyle.text, alignment: .center)
        }
    }

    /// The unit normal of the trace at `index` that points away from the trace's centre.
    private func outwardNormal(_ points: [PDFPoint], at index: Int) -> PDFPoint {
        let a = points[max(index - 8, 0)], b = points[min(index + 8, points.count - 1)]
        var nx = -(b.y - a.y), ny = b.x - a.x
        let length = (nx * nx + ny * ny).squareRoot()
        guard length > 0 else { return PDFPoint(x: 0, y: 1) }
        nx /= length; ny /= length
        let cx = points.reduce(0) { $0 + $1.x } / Double(points.count), cy = points.reduce(0) { $0 + $1.y } / Double(points.count)
        let p = points[index]
        return (p.x - cx) * nx + (p.y - cy) * ny < 0 ? PDFPoint(x: -nx, y: -ny) : PDFPoint(x: nx, y: ny)
    }

    /// A vertical colour bar from the slowest speed (bottom) to the fastest (top).
    private func legend(_ scale: SpeedColorScale, in rect: PDFRect, on page: inout PDFPage) {
        let barHeight = min(rect.height - 70, 150.0), barWidth = 10.0
        let x = rect.maxX - Self.legendWidth + 4, bottom = rect.y + (rect.height - barHeight) / 2
        let step = barHeight / Double(scale.bins)
        for bin in 0..<scale.bins {
            page.fill(PDFRect(x: x, y: bottom + Double(bin) * step, width: barWidth, height: step + 0.2), color: scale.color(bin: bin))
        }
        page.stroke(PDFRect(x: x, y: bottom, width: barWidth, height: barHeight), color: ReportStyle.muted, width: 0.4)
        page.text("Speed", at: PDFPoint(x: x, y: bottom + barHeight + 16), font: .helveticaBold, size: 7.5, color: ReportStyle.text)
        page.text("(mph)", at: PDFPoint(x: x, y: bottom + barHeight + 7), font: .helvetica, size: 7, color: ReportStyle.muted)
        page.text(String(format: "%.0f", scale.maximum), at: PDFPoint(x: x + barWidth + 4, y: bottom + barHeight - 6),
                  font: .helvetica, size: 7, color: ReportStyle.text)
        page.text(String(format: "%.0f", scale.minimum), at: PDFPoint(x: x + barWidth + 4, y: bottom),
                  font: .helvetica, size: 7, color: ReportStyle.text)
    }
}
