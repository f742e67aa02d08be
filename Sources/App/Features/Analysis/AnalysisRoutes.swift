import Foundation
import Hummingbird
import Policy
import Storage
import TelemetryCore

/// The per-session analysis endpoints (analysis.md §4–§8, client-extras.md §5–§8 and §9.2), each answered from the
/// session service's cached bytes.
enum AnalysisRoutes {
    static func routes(sessions: SessionService, located session: ResourceLocator<SessionRecord>) -> [RouteSpec] {
        func get(_ suffix: String, _ summary: String, _ docs: RouteDocs,
                 _ handler: @escaping @Sendable (Request, AppRequestContext, SessionRecord) async throws -> CachedBody) -> RouteSpec {
            RouteSpec(.get, "/api/sessions/{session_id}/" + suffix, on: session, tag: "Analysis", summary: summary, docs: docs) {
                request, context, record in
                try await handler(request, context, record).response(for: request)
            }
        }
        return [
            get("corners", "Corners of the best lap with KPIs", AnalysisDocs.corners) { _, _, s in
                try await sessions.encoded(s, key: "corners") { $0.corners() }
            },
            get("corners/all-laps", "Corner KPIs on every clean lap", AnalysisDocs.allLapCorners) { _, _, s in
                try await sessions.encoded(s, key: "corners/all-laps") { $0.cornersAllLaps() }
            },
            get("consistency", "Lap, corner and track-position consistency", AnalysisDocs.consistency) { _, _, s in
                try await sessions.encoded(s, key: "consistency") { a throws(AnalysisError) in try a.consistency() }
            },
            get("delta", "Distance-aligned delta between two laps (?ref=&comp=)", AnalysisDocs.delta) { request, context, s in
                let ref = try context.requiredIntQuery(request, "ref")
                let comp = try context.requiredIntQuery(request, "comp")
                return try await sessions.encoded(s, key: "delta?\(ref)&\(comp)") { a throws(AnalysisError) in
                    try a.delta(ref: ref, comp: comp)
                }
            },
            get("gains", "Time to gain: consistency, composite and theoretical", AnalysisDocs.gains) { _, _, s in
                try await sessions.encoded(s, key: "gains") { a throws(AnalysisError) in try a.gains() }
            },
            get("grip", "Grip estimate from the clean laps", AnalysisDocs.grip) { _, _, s in
                try await sessions.encoded(s, key: "grip") { a throws(AnalysisError) in try a.grip() }
            },
            get("gps-quality", "GPS quality score (0-100) and grade", AnalysisDocs.gpsQuality) { _, _, s in
                try await sessions.encoded(s, key: "gps-quality") { a throws(AnalysisError) in try a.gpsQuality() }
            },
            get("ideal-lap", "Composite ideal lap from the best segments", AnalysisDocs.idealLap) { _, _, s in
                try await sessions.encoded(s, key: "ideal-lap") { a throws(AnalysisError) in try a.idealLap() }
            },
            get("optimal-profile", "Physics-optimal speed profile", AnalysisDocs.optimalProfile) { _, _, s in
                try await sessions.encoded(s, key: "optimal-profile") { $0.optimalProfile() }
            },
            get("charts/linked", "Linked charts for laps (?laps=3&laps=5)", AnalysisDocs.linkedCharts) { request, context, s in
                let laps = try context.intQueryList(request, "laps")
                return try await sessions.encoded(s, key: "charts?\(laps)") { a throws(AnalysisError) in try a.linkedCharts(laps: laps) }
            },
            get("sectors", "Corner-based sector splits", AnalysisDocs.sectors) { _, _, s in
                try await sessions.encoded(s, key: "sectors") { a throws(AnalysisError) in try a.sectors() }
            },
            get("mini-sectors", "Equal-distance mini-sectors (?n_sectors=20&lap=)", AnalysisDocs.miniSectors) { request, context, s in
                let n = try context.intQuery(request, "n_sectors", min: 3, max: 100) ?? 20
                let lap = try context.intQuery(request, "lap")
                return try await sessions.encoded(s, key: "mini?\(n)&\(lap.map(String.init) ?? "")") { a throws(AnalysisError) in
                    try a.miniSectors(n: n, lap: lap)
                }
            },
            get("degradation", "Pace and corner-speed trend over the session", AnalysisDocs.degradation) { _, _, s in
                try await sessions.encoded(s, key: "degradation") { $0.degradation() }
            },
            get("gg-diagram", "G-G diagram of the best lap (?corner=)", AnalysisDocs.ggDiagram) { request, context, s in
                let corner = try context.intQuery(request, "corner", min: 1, max: GGDiagram.maxCorner)
                return try await sessions.encoded(s, key: "gg?\(corner.map(String.init) ?? "")") { a throws(AnalysisError) in
                    try a.ggDiagram(corner: corner)
                }
            },
            get("line-analysis", "Driving-line traces and corner line profiles (?laps=3&laps=5&step=)", AnalysisDocs.lineAnalysis) {
                request, context, s in
                let laps: [Int]? = try request.uri.queryParameters.getAll("laps").isEmpty ? nil : context.intQueryList(request, "laps")
                let step = try context.intQuery(request, "step", min: LineAnalysis.stepRange.lowerBound,
                                                max: LineAnalysis.stepRange.upperBound) ?? 1
                let session = try await sessions.analysis(s).session
                let named = laps.map { $0.count > LineAnalysis.maxLaps ? "many" : Set($0.filter { session.laps[$0] != nil })
                    .sorted().map(String.init).joined(separator: ",") }
                let key = "line?\(named ?? "default")&\(step)"
                return try await sessions.encoded(s, key: key) { a throws(AnalysisError) in try a.lineAnalysis(laps: laps, step: step) }
            },
            get("track-guide", "Track briefing card detected from the session", AnalysisDocs.trackGuide) { _, _, s in
                try await sessions.encoded(s, key: "track-guide") { $0.trackGuide() }
            },
            get("speed-sensitivity", "Seconds per corner for 1 mph more minimum speed", AnalysisDocs.speedSensitivity) { _, _, s in
                try await sessions.encoded(s, key: "speed-sensitivity") { $0.speedSensitivity() }
            },
            get("optimal-comparison", "Best lap against the optimal profile, corner by corner", AnalysisDocs.optimalComparison) {
                _, _, s in
                try await sessions.encoded(s, key: "optimal-comparison") { a throws(AnalysisError) in try a.optimalComparison() }
            },
        ]
    }
}
