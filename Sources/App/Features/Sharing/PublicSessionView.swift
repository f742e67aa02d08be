import Foundation
import Storage
import TelemetryCore

/// `GET /api/sharing/{token}/view` (platform.md §6.2 `PublicSessionView`): what a link shows of the shared session.
/// Skill fields and the coaching summary stay null until coaching reports exist for the session.
struct PublicSessionView: Codable {
    struct Coords: Codable, Sendable, Equatable {
        @NumberList var lat: [Double]
        @NumberList var lon: [Double]
    }

    var token: String
    var track_name: String
    var session_date: String
    var driver_name: String
    var is_expired: Bool
    @OptionalNumber var best_lap_time_s: Double?
    @Nullable var n_laps: Int?
    @OptionalNumber var consistency_score: Double?
    @OptionalNumber var session_score: Double?
    @OptionalNumber var top_speed_mph: Double?
    @OptionalNumber var skill_braking: Double?
    @OptionalNumber var skill_trail_braking: Double?
    @OptionalNumber var skill_throttle: Double?
    @OptionalNumber var skill_line: Double?
    @Nullable var coaching_summary: String?
    @Nullable var track_coords: Coords?

    /// An expired link: names only, no telemetry work.
    static func expired(token: String, shared: SharedSession) -> PublicSessionView {
        PublicSessionView(token: token, track_name: shared.link.trackName, session_date: "",
                          driver_name: driverName(shared), is_expired: true)
    }

    /// The live view, from the shared session's analysis.
    static func live(token: String, shared: SharedSession, analysis: SessionAnalysis) -> PublicSessionView {
        let session = analysis.session
        var view = PublicSessionView(token: token, track_name: shared.link.trackName, session_date: shared.session.sessionDate,
                                     driver_name: driverName(shared), is_expired: false)
        view.best_lap_time_s = shared.session.bestLapTimeS
        view.n_laps = shared.session.nLaps
        view.consistency_score = shared.session.consistencyScore
        view.session_score = analysis.sessionScore().total.map { Numerics.round($0, 1) }
        view.top_speed_mph = session.lapSummaries.map(\.maxSpeedMps).max().map { Numerics.round($0 * AnalysisConstants.mpsToMph, 1) }
        if let best = session.laps[session.bestLap] {
            let step = max(1, best.count / 300)
            let indices = Array(stride(from: 0, to: best.count, by: step))
            view.track_coords = Coords(lat: indices.map { best.latitude[$0] }, lon: indices.map { best.longitude[$0] })
        }
        return view
    }

    static func driverName(_ shared: SharedSession) -> String {
        shared.inviterName.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? "A driver"
    }

    private init(token: String, track_name: String, session_date: String, driver_name: String, is_expired: Bool) {
        self.token = token
        self.track_name = track_name
        self.session_date = session_date
        self.driver_name = driver_name
        self.is_expired = is_expired
    }
}
