import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
@testable import App

/// Private notes through the router (client-extras.md §1): the status codes the web client expects, validation,
/// ownership through the policy engine, the per-user cap and the cascade with the session.
@Suite struct NoteAPITests {
    struct Note: Decodable, Equatable {
        var id: String
        var user_id: String
        var session_id: String?
        var anchor_type: String?
        var anchor_id: String?
        var anchor_meta: [String: Int]?
        var content: String
        var is_pinned: Bool
        var color: String?
        var created_at: String
        var updated_at: String
    }

    struct NoteList: Decodable {
        var items: [Note]
        var total: Int
    }

    static func run(_ body: @Sendable @escaping (TestAPI) async throws -> Void) async throws {
        try await withTestApp { client, world in try await body(TestAPI(client: client, world: world)) }
    }

    @Test func aNoteIsCreatedListedChangedAndDeletedWithTheClientsStatusCodes() async throws {
        try await Self.run { api in
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            let created = try await api.send(.post, "/api/notes", as: .driverA, json: [
                "content": "Brake one car length later into T5", "session_id": session, "anchor_type": "corner",
                "anchor_id": "T5", "anchor_meta": ["lap": 7], "color": "yellow", "unknown_key": "ignored",
            ])
            #expect(created.status == .created)
            let note = try created.decode(Note.self)
            #expect(note.id.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
            let driverA = try await api.userID(.driverA)
            #expect(note.user_id == driverA && note.session_id == session && note.anchor_meta == ["lap": 7])
            #expect(!note.is_pinned && note.color == "yellow" && note.created_at == note.updated_at)
            let global = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "Tyre pressures 32/30", "is_pinned": true])
                .decode(Note.self)
            #expect(global.session_id == nil && global.anchor_type == nil && global.anchor_meta == nil && global.is_pinned)

            let all = try await api.send(.get, "/api/notes", as: .driverA).decode(NoteList.self)
            #expect(all.total == 2 && all.items.map(\.id) == [global.id, note.id])
            #expect(try await api.send(.get, "/api/notes?session_id=\(session)", as: .driverA).decode(NoteList.self).items.map(\.id) == [note.id])
            #expect(try await api.send(.get, "/api/notes?global_only=true", as: .driverA).decode(NoteList.self).items.map(\.id) == [global.id])
            #expect(try await api.send(.get, "/api/notes?anchor_type=lap", as: .driverA).decode(NoteList.self).total == 0)
            #expect(try await api.send(.get, "/api/notes/\(note.id)", as: .driverA).decode(Note.self) == note)

            let patched = try await api.send(.patch, "/api/notes/\(note.id)", as: .driverA,
                                             json: ["content": "Brake at the 2 board", "color": nil, "session_id": "ignored"])
            #expect(patched.status == .ok)
            let changed = try patched.decode(Note.self)
            #expect(changed.content == "Brake at the 2 board" && changed.color == nil && changed.session_id == session)
            #expect(changed.anchor_id == "T5" && changed.created_at == note.created_at)

            let deleted = try await api.send(.delete, "/api/notes/\(note.id)", as: .driverA)
            #expect(deleted.status == .noContent && deleted.body.readableBytes == 0)
            #expect(try await api.send(.get, "/api/notes/\(note.id)", as: .driverA).status == .notFound)
            #expect(try await api.send(.delete, "/api/notes/\(note.id)", as: .driverA).status == .notFound)
        }
    }

    @Test func someoneElsesNoteOrSessionIsNotFoundAndAnAnonymousVisitorListsNothing() async throws {
        try await Self.run { api in
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            let note = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "mine"]).decode(Note.self)
            for method in [HTTPRequest.Method.get, .delete] {
                let refused = try await api.send(method, "/api/notes/\(note.id)", as: .driverB)
                #expect(refused.status == .notFound && refused.detail == "Note not found")
            }
            #expect(try await api.send(.patch, "/api/notes/\(note.id)", as: .driverB, json: ["content": "theirs"]).status == .notFound)
            #expect(try await api.send(.get, "/api/notes", as: .driverB).decode(NoteList.self).total == 0)
            // a note on another driver's session: the same 404 as a session that does not exist
            let foreign = try await api.send(.post, "/api/notes", as: .driverB, json: ["content": "x", "session_id": session])
            let missing = try await api.send(.post, "/api/notes", as: .driverB, json: ["content": "x", "session_id": "no-such-session"])
            #expect(foreign.status == .notFound && missing.status == .notFound)
            #expect(foreign.detail == missing.detail?.replacingOccurrences(of: "no-such-session", with: session))

            let anonymous = try await api.send(.get, "/api/notes", as: .anonymous)
            #expect(anonymous.status == .ok)
            #expect(try anonymous.decode(NoteList.self).total == 0)
            #expect(try await api.send(.post, "/api/notes", as: .anonymous, json: ["content": "x"]).status == .unauthorized)
            #expect(try await api.send(.get, "/api/notes/\(note.id)", as: .anonymous).status == .unauthorized)
        }
    }

    @Test(arguments: [
        (#"{"content": ""}"#, "string_too_short"),
        (#"{"content": "\#(String(repeating: "x", count: 10_001))"}"#, "string_too_long"),
        (#"{}"#, "missing"),
        (#"{"content": "x", "anchor_type": "sector"}"#, "value_error"),
        (#"{"content": "x", "color": "red"}"#, "value_error"),
        (#"{"content": "x", "session_id": ""}"#, "string_too_short"),
        (#"{"content": "x", "anchor_id": "\#(String(repeating: "a", count: 101))"}"#, "string_too_long"),
        (#"{"content": "x", "anchor_meta": {"text": "\#(String(repeating: "m", count: 5000))"}}"#, "too_long"),
        (#"{"content": "x", "anchor_meta": [1, 2]}"#, "dict_type"),
        (#"{"content": null}"#, "none_forbidden"),
        (#"{"content": "x", "is_pinned": "yes"}"#, "bool_type"),
    ])
    func anInvalidCreateBodyIsA422NamingTheField(body: String, type: String) async throws {
        try await Self.run { api in
            let response = try await api.sendRaw(.post, "/api/notes", as: .driverA, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type, "\(response.text.prefix(200))")
            #expect(try await api.send(.get, "/api/notes", as: .driverA).decode(NoteList.self).total == 0)
        }
    }

    @Test func theAllowedValuesAreListedSortedAndNullIsRefusedOnUpdate() async throws {
        try await Self.run { api in
            let bad = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "x", "anchor_type": "sector"])
            #expect(bad.issues?.first?.msg == "anchor_type must be one of ['chart', 'coaching', 'corner', 'lap', 'metric']")
            #expect(bad.issues?.first?.loc == ["body"])
            let note = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "x"]).decode(Note.self)
            for field in ["content", "is_pinned"] {
                let response = try await api.send(.patch, "/api/notes/\(note.id)", as: .driverA, json: [field: nil])
                #expect(response.status == .unprocessableContent && response.issues?.first?.loc == ["body", field])
            }
            #expect(try await api.send(.get, "/api/notes?anchor_type=sector", as: .driverA).status == .unprocessableContent)
            #expect(try await api.send(.get, "/api/notes/\(note.id)", as: .driverA).decode(Note.self).content == "x")
        }
    }

    @Test func theFiveHundredAndFirstNoteIs429() async throws {
        try await Self.run { api in
            let owner = try await api.userID(.driverA)
            let store = SQLNoteStore(database: api.world.app.database)
            let now = Date()
            for index in 0..<NoteRules.maxNotesPerUser {
                _ = try await store.create(NoteRecord(id: "seeded-\(index)", ownerID: owner, sessionID: nil, anchorType: nil, anchorID: nil,
                                                      anchorMetaJSON: nil, content: "n", isPinned: false, color: nil,
                                                      createdAt: now, updatedAt: now), limit: NoteRules.maxNotesPerUser)
            }
            let refused = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "one more"])
            #expect(refused.status == .tooManyRequests && refused.detail == "Maximum 500 notes per user")
            #expect(refused.headers[.retryAfter] == nil)
            #expect(try await api.send(.post, "/api/notes", as: .driverB, json: ["content": "another driver's first"]).status == .created)
        }
    }

    @Test func deletingTheSessionDeletesItsNotesButNotTheGlobalOnes() async throws {
        try await Self.run { api in
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            _ = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "on the session", "session_id": session])
            let global = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "global"]).decode(Note.self)
            #expect(try await api.send(.delete, "/api/sessions/\(session)", as: .driverA).status == .ok)
            #expect(try await api.send(.get, "/api/notes", as: .driverA).decode(NoteList.self).items.map(\.id) == [global.id])
        }
    }
}
