import Foundation
import Hummingbird
import NIOCore
import Storage
import TelemetryCore

extension ShareRoutes {
    /// Metadata, public view, challenger upload and comparison: the token holder's side. The engine has already
    /// admitted the request as the holder of this link; expiry is the link's state, answered here (410).
    static func holderRoutes(_ d: Dependencies) -> [RouteSpec] {
        let challenges = ChallengeService(shares: d.shares, sessions: d.sessions, clock: d.clock)
        return [
            RouteSpec(.get, "/api/sharing/{token}", on: d.link, tag: "Sharing", summary: "Share link metadata (share token)",
                      docs: ShareDocs.metadata) { _, context, shared in
                return try JSONCoding.response(ShareMetadata(
                    token: token(context), track_name: shared.link.trackName,
                    inviter_name: PublicSessionView.driverName(shared), best_lap_time_s: shared.session.bestLapTimeS,
                    created_at: Timestamp.iso8601(shared.link.createdAt), expires_at: Timestamp.iso8601(shared.link.expiresAt),
                    is_expired: shared.link.isExpired(at: d.clock())))
            },
            RouteSpec(.get, "/api/sharing/{token}/view", on: d.link, tag: "Sharing",
                      summary: "Public view of the shared session (share token; 30 per minute per client)", docs: ShareDocs.view) {
                request, context, shared in
                try await d.limiter.shareView(request, context)
                guard !shared.link.isExpired(at: d.clock()) else {
                    return try JSONCoding.response(PublicSessionView.expired(token: try token(context), shared: shared))
                }
                let analysis = try await d.sessions.analysis(shared.session)
                return try JSONCoding.response(PublicSessionView.live(token: try token(context), shared: shared, analysis: analysis))
            },
            RouteSpec(.post, "/api/sharing/{token}/upload", on: d.link, tag: "Sharing",
                      summary: "Upload one CSV (multipart field 'files') to compare against the shared session", docs: ShareDocs.upload) {
                request, context, shared in
                try requireLive(shared, d)
                try await d.limiter.anonymousUpload(request, context)
                let (bytes, filename) = try await singleFile(request, d)
                let report: String
                do {
                    report = try await challenges.challenge(shared, bytes: bytes, filename: filename)
                } catch let error as CSVFormatError {
                    throw AppError.unprocessable("\(filename): \(error.message)")
                }
                return json(ChallengeService.response(token: try token(context), report: report))
            },
            RouteSpec(.get, "/api/sharing/{token}/comparison", on: d.link, tag: "Sharing",
                      summary: "The latest comparison made through the link (share token)", docs: ShareDocs.latestComparison) {
                _, context, shared in
                try requireLive(shared, d)
                guard let latest = try await d.shares.latestComparison(shared.link) else {
                    throw AppError.notFound("No comparison available yet")
                }
                return json(ChallengeService.response(token: try token(context), report: latest.reportJSON))
            },
            RouteSpec(.post, "/api/sharing/{token}/ai-comparison", on: d.link, tag: "Sharing",
                      summary: "A written comparison of the two drivers of the latest comparison (share token; 5 per minute per client)",
                      docs: ShareDocs.aiComparison) { request, context, shared in
                try requireLive(shared, d)
                try await d.limiter.shareAIComparison(request, context)
                return try JSONCoding.response(AIComparisonBody(ai_comparison_text: try await d.narrator.narrative(for: shared)))
            },
        ]
    }

    private static func token(_ context: AppRequestContext) throws -> String {
        guard let token = context.parameters.get("token") else { throw AppError.internalError }
        return token
    }

    private static func requireLive(_ shared: SharedSession, _ d: Dependencies) throws {
        guard !shared.link.isExpired(at: d.clock()) else { throw AppError.gone("Share link has expired") }
    }

    /// The one CSV of a challenger upload: exactly one named file in the field `files`.
    private static func singleFile(_ request: Request, _ d: Dependencies) async throws -> ([UInt8], String) {
        let stream = MultipartFileStream(fieldName: "files", maxFileBytes: d.maxFileBytes, maxFiles: 1)
        var received: MultipartFileStream.Part?
        let count = try await stream.forEachFile(in: request) { received = $0 }
        guard count > 0, let received else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "files"], msg: "Field required")])
        }
        switch received {
        case .unnamed:
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "files", "filename"],
                                                       msg: "The file part has no filename")])
        case .tooLarge(let filename):
            throw AppError.payloadTooLarge("\(filename): exceeds \(d.maxFileMB)MB size limit")
        case .file(let filename, let bytes):
            return (bytes, filename)
        }
    }

    private static func json(_ text: String) -> Response { JSONCoding.response(encoded: Data(text.utf8)) }
}
