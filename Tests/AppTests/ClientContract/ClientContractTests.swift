import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import Yams
import App
import JSONValues
import TestSupport

/// The original web client's 85 calls (client-calls.yaml) through the router, in order, against one world: each is
/// served (the status it needs and every key it reads, of the kind it reads), mismatched (the route exists but answers
/// otherwise) or missing (no such route). Prints the three counts and fails on any mismatch, on a missing call that is
/// not listed in `knownMissing`, and on a listed call that is served now (so the list stays exact).
@Suite struct ClientContractTests {
    struct Call: Decodable, Sendable {
        var id: String
        var fn: String
        var call: String
        var `as`: String
        var body: String?
        var json: JSONValue?
        var status: Int
        var keys: [String: String]?
        var array: [String: String]?
        var pdf: Bool?
        var save: [String: String]?
        var claim: Bool?
        var await_report: Bool?
    }

    struct CallList: Decodable, Sendable {
        var calls: [Call]
    }

    enum Outcome: Equatable {
        case served
        case mismatched(String)
        case missing
    }

    /// The calls no route serves yet (issue #17: the track-editor routes A1-A3 are out of scope).
    static let knownMissing: Set<String> = ["A1", "A2", "A3"]

    static func load() throws -> [Call] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("client-calls.yaml")
        return try YAMLDecoder().decode(CallList.self, from: String(contentsOf: url, encoding: .utf8)).calls
    }

    @Test func theListHoldsTheClientsEightyFiveCallsOnce() throws {
        let calls = try Self.load()
        #expect(calls.count == 85 && Set(calls.map(\.id)).count == 85)
        let expected: Set<String> = Set((0...73).map { String($0) }).union((1...11).map { "A\($0)" })
        #expect(Set(calls.map(\.id)) == expected)
    }

    @Test func everyCallOfTheWebClient() async throws {
        let calls = try Self.load()
        try await withTestApp(configure: RouteMatrixTests.configure) { client, world in
            let api = TestAPI(client: client, world: world)
            var parameters = try await Self.world(api)
            var outcomes: [(Call, Outcome)] = []
            for call in calls {
                let outcome = try await Self.run(call, api: api, parameters: &parameters)
                outcomes.append((call, outcome))
            }
            let served = outcomes.filter { $0.1 == .served }.count
            let missing: [(Call, Outcome)] = outcomes.filter { $0.1 == .missing }
            let mismatched = outcomes.compactMap { call, outcome -> String? in
                if case .mismatched(let why) = outcome { return "#\(call.id) \(call.fn) \(call.call): \(why)" }
                return nil
            }
            print("client contract: \(served) served, \(mismatched.count) mismatched, \(missing.count) missing of \(calls.count)")
            for line in mismatched { print("  mismatched \(line)") }
            for (call, _) in missing { print("  missing #\(call.id) \(call.fn) \(call.call)") }
            #expect(mismatched.isEmpty, "\(mismatched.joined(separator: "\n"))")
            let missingIDs = Set(missing.map { $0.0.id })
            let newlyMissing = missingIDs.subtracting(Self.knownMissing).sorted()
            let nowServed = Self.knownMissing.subtracting(missingIDs).sorted()
            #expect(newlyMissing.isEmpty, "newly missing: \(newlyMissing)")
            #expect(nowServed.isEmpty, "served now, take off knownMissing: \(nowServed)")
        }
    }

    /// Driver A with two Barber sessions, a share link, driver B, and an instructor with a fresh invite code.
    static func world(_ api: TestAPI) async throws -> [String: String] {
        try await api.world.setRole(.instructor, .instructor, client: api.client)
        let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
        let other = try await api.world.seed(TestPaths.advanced, as: .driverA, client: api.client)
        let laps = try await api.send(.get, "/api/sessions/\(session)/laps", as: .driverA).json as? [[String: Any]] ?? []
        let lap = laps.first { $0["is_clean"] as? Bool == true }?["lap_number"] as? Int ?? 3
        return ["session": session, "other": other, "lap": String(lap), "token": try await api.shareLink(session, as: .driverA),
                "code": try await api.invite(as: .instructor), "student": try await api.userID(.driverA),
                "member": try await api.userID(.driverB), "year": "2026", "track": "Barber%20Motorsports%20Park",
                "folder": "barber_motorsports_park"]
    }

    static func run(_ call: Call, api: TestAPI, parameters: inout [String: String]) async throws -> Outcome {
        let parts = call.call.split(separator: " ", maxSplits: 1).map(String.init)
        let method = try #require(HTTPRequest.Method(parts[0]))
        let template = parts[1].split(separator: "?").first.map(String.init) ?? parts[1]
        guard Self.isRouted(method: parts[0], path: template, in: api.world.app.routes.keys) else { return .missing }
        let uri = Self.fill(parts[1], parameters)
        if call.await_report == true, let session = parameters["session"] {
            for _ in 0..<300 {
                let report = try await api.coachingReport(session, as: .driverA).json as? [String: Any]
                if report?["status"] as? String == "ready" { break }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let persona = TestWorld.Persona(name: call.as == "share" ? "anonymous" : call.as)
        var headers = call.as == "share" ? api.world.shareHeaders(parameters["token"] ?? "") : api.world.headers(persona)
        var body: ByteBuffer?
        if call.body == "upload" {
            headers.append(contentsOf: Upload.contentType)
            body = Upload.body([(TestPaths.novice + ".csv", try Upload.fixtureBytes(TestPaths.novice))])
        } else if call.claim == true {
            // the client uploaded while signed out (the browser kept the claim cookie), signed in, and posts the id
            let upload = try await api.anonymousUpload(TestPaths.novice)
            headers = api.world.claimHeaders(upload.token, headers)
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: #"{"session_id": "\#(upload.sessionID)"}"#)
        } else {
            headers[.contentType] = "application/json"
            if let json = call.json {
                body = ByteBuffer(string: Self.fill(String(decoding: try JSONEncoder().encode(json), as: UTF8.self), parameters))
            }
        }
        let response = try await api.client.execute(uri: uri, method: method, headers: headers, body: body)
        guard Int(response.status.code) == call.status else {
            return .mismatched("\(response.status.code) instead of \(call.status): \(response.text.prefix(160))")
        }
        if call.pdf == true {
            return response.headers[.contentType] == "application/pdf" && response.body.readableBytesView.starts(with: Array("%PDF".utf8))
                ? .served : .mismatched("not a PDF")
        }
        if call.status == 204 { return response.body.readableBytes == 0 ? .served : .mismatched("204 with a body") }
        guard response.headers[.contentType]?.contains("application/json") == true else { return .mismatched("not JSON") }
        let document = try JSONDecoder().decode(JSONValue.self, from: Data(response.body.readableBytesView))
        if let itemKeys = call.array {
            guard let items = document.array else { return .mismatched("not an array") }
            for item in items.prefix(3) {
                guard case .object(let fields) = item else { return .mismatched("an item is not an object") }
                if let problem = Self.problem(fields, itemKeys) { return .mismatched("item: \(problem)") }
            }
        } else if let keys = call.keys {
            guard case .object(let fields) = document else { return .mismatched("not an object") }
            if let problem = Self.problem(fields, keys) { return .mismatched(problem) }
            for (name, key) in call.save ?? [:] { parameters[name] = fields[key]?.string }
        }
        return .served
    }

    /// The first key that is absent or of another kind than `kinds` names (`string?`: string or null).
    static func problem(_ object: [String: JSONValue], _ kinds: [String: String]) -> String? {
        for (key, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            guard let value = object[key] else { return "no \(key)" }
            let nullable = kind.hasSuffix("?")
            if case .null = value {
                if nullable { continue }
                return "\(key) is null"
            }
            let wanted = nullable ? String(kind.dropLast()) : kind
            guard Self.kind(of: value, matches: wanted) else { return "\(key) is not \(wanted): \(value.preview)" }
        }
        return nil
    }

    static func kind(of value: JSONValue, matches kind: String) -> Bool {
        switch (kind, value) {
        case ("string", .string), ("array", .array), ("object", .object), ("boolean", .bool), ("number", .number): return true
        case ("integer", .number(let number)): return number == number.rounded()
        default: return false
        }
    }

    static func fill(_ text: String, _ parameters: [String: String]) -> String {
        parameters.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// Whether a route of the router matches the method and the concrete path (`{…}` segments match any segment).
    static func isRouted(method: String, path: String, in keys: [String]) -> Bool {
        let segments = path.split(separator: "/")
        return keys.contains { key in
            let parts = key.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0] == method else { return false }
            let routeSegments = parts[1].split(separator: "/")
            guard routeSegments.count == segments.count else { return false }
            return zip(routeSegments, segments).allSatisfy { route, given in
                (route.hasPrefix("{") && route.hasSuffix("}")) || route == given || given.hasPrefix("{")
            }
        }
    }
}

