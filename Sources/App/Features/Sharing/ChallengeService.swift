import Foundation
import Storage
import TelemetryCore

/// A share-link challenger's upload: parse, compare against the shared session, then store the challenger's session
/// (ownerless, anonymous, deleted after 24 h, never reachable through the session routes) and the report together.
struct ChallengeService: Sendable {
    let shares: any ShareStore
    let sessions: SessionService
    let clock: @Sendable () -> Date

    /// Weather belongs to the owner's session page, not to what a stranger's comparison shows (platform.md §6.2).
    static let omittedKeys = ["session_a_weather_condition", "session_a_weather_temp_c",
                              "session_b_weather_condition", "session_b_weather_temp_c"]

    /// Compares and stores; returns the stored report JSON (without the token). A CSV problem throws
    /// `CSVFormatError`, a track or layout mismatch `AnalysisError` (400) — and nothing is stored then.
    func challenge(_ shared: SharedSession, bytes: [UInt8], filename: String) async throws -> String {
        let now = clock()
        var challenger = try await sessions.draft(bytes, filename: filename, owner: nil, digest: SHA256Hex.of(bytes), now: now)
        let owner = try await sessions.analysis(shared.session)
        let comparison = try SessionComparison.compare(a: .init(analysis: owner), b: .init(analysis: challenger.analysis))
        let report = try Self.reportJSON(comparison)
        challenger.record.expiresAt = now.addingTimeInterval(ShareRoutes.challengerLifetime)
        _ = try await shares.recordChallenge(shared.link, challenger: challenger.record, file: challenger.file,
                                             reportJSON: report, now: now)
        return report
    }

    static func reportJSON(_ comparison: SessionComparisonResponse) throws -> String {
        let data = try JSONCoding.encoder.encode(comparison)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw ReportNotAnObject() }
        for key in omittedKeys { object.removeValue(forKey: key) }
        let stripped = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: stripped, as: UTF8.self)
    }

    /// The stored report with the caller's token in front (`{"token": …, …}`); the token is never stored.
    static func response(token: String, report: String) -> String {
        guard report.hasPrefix("{"), report.count > 2 else { return "{\"token\":\"\(token)\"}" }
        return "{\"token\":\"\(token)\"," + report.dropFirst()
    }
}
