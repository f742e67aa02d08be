import Foundation

/// Corners of a session: detection on the best lap and the same zones on every coaching lap
/// (analysis.md §4.1–§4.3).
public enum CornerAnalysis {
    /// Corners of the lap `view` (normally the best lap), numbered 1… along the lap.
    public static func detect(_ view: CornerLapView) -> [Corner] {
        let zones = CornerDetection.detect(curvature: view.curvature, heading: view.heading, speed: view.speed)
        let kz = zones.enumerated().map { CornerKPIs.Zone(number: $0.offset + 1, entry: $0.element.entry,
                                                           exit: $0.element.exit, peak: $0.element.peak) }
        return CornerKPIs.compute(zones: kz, lap: view, searchFloorM: searchFloor(kz.last, view))
    }

    /// The reference corners' zones on another lap (§4.3): zones by distance, KPIs from this
    /// lap (geometric apex = this lap's own |curvature| peak in the zone); number, entry/exit and
    /// metadata from the reference. A corner whose zone lies beyond the lap's end, or is empty
    /// on it, is skipped.
    public static func match(_ reference: [Corner], on view: CornerLapView) -> [Corner] {
        let d = view.distance
        let n = d.count
        guard n >= 2, let last = d.last else { return [] }
        var zones: [CornerKPIs.Zone] = []
        var refs: [Int: Corner] = [:]
        for ref in reference {
            if ref.entryDistanceM > last || ref.exitDistanceM > last { continue }
            let entry = min(Numerics.firstIndexAtLeast(d, ref.entryDistanceM), n - 1)
            let exit = min(Numerics.firstIndexAtLeast(d, ref.exitDistanceM), n - 1)
            guard exit > entry else { continue }
            var peak = entry
            for i in entry..<exit where abs(view.curvature[i]) > abs(view.curvature[peak]) { peak = i }
            zones.append(CornerKPIs.Zone(number: ref.number, entry: entry, exit: exit, peak: peak))
            refs[ref.number] = ref
        }
        return CornerKPIs.compute(zones: zones, lap: view, searchFloorM: searchFloor(zones.last, view)).map { c in
            guard let ref = refs[c.number] else { return c }
            var c = c
            c.entryDistanceM = ref.entryDistanceM
            c.exitDistanceM = ref.exitDistanceM
            c.direction = ref.direction
            c.character = ref.character
            c.cornerTypeHint = ref.cornerTypeHint
            c.elevationTrend = ref.elevationTrend
            c.camber = ref.camber
            c.blind = ref.blind
            c.coachingNotes = ref.coachingNotes
            c.bankingDeg = ref.bankingDeg
            c.nominalDistanceM = ref.nominalDistanceM
            return c
        }
    }

    /// The last corner's apex expressed before the line (negative), bounding the first
    /// corner's backward brake search.
    static func searchFloor(_ last: CornerKPIs.Zone?, _ view: CornerLapView) -> Double? {
        guard let last, let end = view.distance.last else { return nil }
        return view.distance[last.peak] - (end + AnalysisConstants.resampleStep)
    }
}
