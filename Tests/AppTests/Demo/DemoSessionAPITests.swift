import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
@testable import App

/// `GET /api/sessions/demo` and what the demo session allows (client-extras.md §4.1): made on first request from the
/// configured file for the demo user, readable by everyone, changeable by nobody, never a way to publish someone's
/// session.
@Suite struct DemoSessionAPITests {
    struct Availability: Decodable {
        var session_id: String?
        var available: Bool
    }

    static func withDemo(_ configure: @escaping @Sendable (inout AppConfig) -> Void = { _ in },
                         _ body: @Sendable @escaping (TestAPI) async throws -> Void) async throws {
        try await withTestApp(configure: { config in
            config.demoSessionFile = TestPaths.fixture(TestPaths.intermediate).csv.path
            configure(&config)
        }) { client, world in try await body(TestAPI(client: client, world: world)) }
    }

    @Test func theDemoIsMadeOnceAndEveryoneReadsItButNobodyChangesIt() async throws {
        try await Self.withDemo { api in
            let first = try await api.send(.get, "/api/sessions/demo", as: .anonymous).decode(Availability.self)
            let id = try #require(first.session_id)
            #expect(first.available)
            #expect(try await api.send(.get, "/api/sessions/demo", as: .driverA).decode(Availability.self).session_id == id)

            for persona in [TestWorld.Persona.anonymous, .driverA] {
                for suffix in ["", "/laps", "/corners", "/consistency"] {
                    let response = try await api.send(.get, "/api/sessions/\(id)\(suffix)", as: persona)
                    #expect(response.status == .ok, "\(persona) \(suffix): \(response.status)")
                }
            }
            let summary = try await api.send(.get, "/api/sessions/\(id)", as: .anonymous).json as? [String: Any]
            #expect(summary?["track_name"] as? String == "Barber Motorsports Park")
            #expect(try await api.send(.delete, "/api/sessions/\(id)", as: .driverA).status == .forbidden)
            #expect(try await api.send(.delete, "/api/sessions/\(id)", as: .anonymous).status == .unauthorized)
            #expect(try await api.sendRaw(.put, "/api/sessions/\(id)/laps/3/tags", as: .driverA, body: #"["traffic"]"#).status == .forbidden)
            #expect(try await api.send(.post, "/api/sharing/create", as: .driverA, json: ["session_id": id]).status == .forbidden)
            // it is nobody's session in a list, and the demo user is nobody anyone can sign in as
            #expect((try await api.send(.get, "/api/sessions", as: .driverA).json as? [String: Any])?["total"] as? Int == 0)
            let owner = try await api.world.app.database.first("SELECT user_id FROM sessions WHERE session_id = $1", [.text(id)])
            let ownerID = try owner?.string("user_id")
            #expect(ownerID == DemoUser.id)
        }
    }

    @Test func aNoteOnTheDemoStaysPrivateToItsAuthor() async throws {
        try await Self.withDemo { api in
            let id = try #require(try await api.send(.get, "/api/sessions/demo", as: .anonymous).decode(Availability.self).session_id)
            let note = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "Brake at the 3 board", "session_id": id])
            #expect(note.status == .created)
            #expect((try await api.send(.get, "/api/notes?session_id=\(id)", as: .driverB).json as? [String: Any])?["total"] as? Int == 0)
        }
    }

    @Test func noDemoWhenSwitchedOffOrTheFileIsMissing() async throws {
        for file in ["off", "/nonexistent/demo.csv"] {
            try await Self.withDemo({ $0.demoSessionFile = file }) { api in
                let response = try await api.send(.get, "/api/sessions/demo", as: .anonymous)
                #expect(response.status == .ok && response.text.contains(#""session_id":null"#))
                let availability = try response.decode(Availability.self)
                #expect(!availability.available)
            }
        }
    }

    @Test func aConfiguredIDOfSomeonesOwnSessionIsNeverPublished() async throws {
        try await withTestApp(configure: { $0.demoSessionFile = "off" }) { client, world in
            let own = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            try await world.restartedWithDemo(id: own) { (client: any TestClientProtocol) async throws -> Void in
                let again = TestAPI(client: client, world: world)
                let demo = try await again.send(.get, "/api/sessions/demo", as: .anonymous).decode(Availability.self)
                let anonymous = try await again.send(.get, "/api/sessions/\(own)", as: .anonymous)
                let stranger = try await again.send(.get, "/api/sessions/\(own)", as: .driverB)
                #expect(!demo.available && anonymous.status == .unauthorized && stranger.status == .notFound)
            }
        }
    }
}
