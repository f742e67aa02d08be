import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// Runs the analyses of an authorized session for its current tags, caching results and encoded responses.
public struct AnalysisService: Sendable {
    let store: any SessionStore
    let loader: SessionLoader
    let cache: AnalysisCache

    /// The analysis facade for the session's current tags.
    func analysis(_ record: SessionRecord) async throws -> (SessionAnalysis, [Int: Set<String>]) {
        let tags = try await store.tags(of: record).mapValues(Set.init)
        if let cached = await cache.cached(record.sessionID, tags: tags) { return (cached, tags) }
        let processed = try await loader.processed(record)
        let analysis = SessionAnalysis(session: processed, sessionID: record.sessionID, tags: tags)
        await cache.put(analysis, record.sessionID, tags: tags)
        return (analysis, tags)
    }

    /// Serves one endpoint: the cached bytes when warm, else `compute` encoded once and kept.
    func respond<T: Encodable>(_ record: SessionRecord, key: String,
                               _ compute: @Sendable (SessionAnalysis) throws(AnalysisError) -> T) async throws -> Response {
        let (analysis, tags) = try await analysis(record)
        if let data = await cache.response(record.sessionID, tags: tags, key: key) { return Self.json(data) }
        let value = try compute(analysis)
        let data = try JSONCoding.encoder.encode(value)
        await cache.store(data, record.sessionID, tags: tags, key: key)
        return Self.json(data)
    }

    static func json(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension AppError {
    /// The analysis core's typed errors, mapped once (ErrorMiddleware calls this for every handler).
    init(_ error: AnalysisError) {
        switch error {
        case .validation(let issue):
            self = .validation([issue])
        case .incompatibleSessions(let detail): self = .badRequest(detail)
        case .unavailable, .lapNotFound: self = .notFound(error.detail)
        case .notEnoughLaps, .notEnoughSessions: self = .unprocessable(error.detail)
        }
    }
}
