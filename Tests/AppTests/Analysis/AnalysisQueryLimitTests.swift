import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import App
import TelemetryCore
import TestSupport

/// No client can grow the server's memory through query keys or cached responses.
@Suite struct AnalysisQueryLimitTests {
    static let stem = "barber_2026-02-15_intermediate"

    /// A query naming laps the cache could be grown with: a lap the session lacks, a lap listed twice.
    @Test(arguments: [
        ("mini-sectors?lap=99", ["Lap 99 is not a lap of this session"]),
        ("charts/linked?laps=3&laps=7&laps=3", ["Lap 3 is listed more than once", #"["query","laps","2"]"#]),
    ])
    func lapKeysTheSessionCannotAnswerAre422(_ query: String, _ fragments: [String]) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await client.execute(uri: "/api/sessions/\(id)/\(query)", method: .get,
                                                    headers: world.headers(.driverA))
            #expect(response.status == .unprocessableContent)
            for fragment in fragments { #expect(response.text.contains(fragment), "\(fragment)") }
        }
    }

    @Test func theAnalysisCacheStaysWithinItsBytes() async throws {
        let session = try SessionIngest.ingest([UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv)))
        let perSession = AnalysisCache.derivedBytes(SessionAnalysis(session: session, sessionID: "x"))
        let cache = AnalysisCache(capacityBytes: perSession * 2 + 1000)
        for k in 0..<5 {
            let analysis = SessionAnalysis(session: session, sessionID: "s\(k)")
            await cache.put(analysis, "s\(k)", inputs: .init())
            await cache.store(CachedBody(ByteBuffer(repeating: 0, count: 600)), "s\(k)", inputs: .init(), key: "corners")
            #expect(await cache.totalBytes <= perSession * 2 + 1000)
        }
        #expect(await cache.cached("s4", inputs: .init()) != nil, "the newest session stays")
        #expect(await cache.cached("s0", inputs: .init()) == nil, "the oldest went first")
        await cache.store(CachedBody(ByteBuffer(repeating: 0, count: perSession * 3)), "s4", inputs: .init(), key: "huge")
        #expect(await cache.response("s4", inputs: .init(), key: "huge") == nil, "a response over the budget is not kept")
    }
}
