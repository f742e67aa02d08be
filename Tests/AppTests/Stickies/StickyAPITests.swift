import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
@testable import App

/// Viewport stickies through the router (client-extras.md §2): defaults, bounds (no `Infinity`), scopes, ownership
/// and the per-user cap.
@Suite struct StickyAPITests {
    struct Sticky: Decodable, Equatable {
        var id: String
        var user_id: String
        var pos_x: Double
        var pos_y: Double
        var content: String
        var tone: String
        var collapsed: Bool
        var view_scope: String
        var created_at: String
        var updated_at: String
    }

    struct StickyList: Decodable {
        var items: [Sticky]
        var total: Int
    }

    static func run(_ body: @Sendable @escaping (TestAPI) async throws -> Void) async throws {
        try await withTestApp { client, world in try await body(TestAPI(client: client, world: world)) }
    }

    @Test func aStickyGetsTheDefaultsMovesAndIsRemoved() async throws {
        try await Self.run { api in
            let created = try await api.send(.post, "/api/stickies", as: .driverA, json: ["pos_x": 0.82, "pos_y": 1.35])
            #expect(created.status == .created)
            let sticky = try created.decode(Sticky.self)
            #expect(sticky.content == "" && sticky.tone == "amber" && sticky.collapsed && sticky.view_scope == "global")
            #expect(sticky.pos_x == 0.82 && sticky.pos_y == 1.35)
            let report = try await api.send(.post, "/api/stickies", as: .driverA, json: [
                "pos_x": 0, "pos_y": 0, "content": "Ask coach about T3 line", "tone": "sky", "collapsed": false, "view_scope": "report",
            ]).decode(Sticky.self)

            #expect(try await api.send(.get, "/api/stickies", as: .driverA).decode(StickyList.self).total == 2)
            let scoped = try await api.send(.get, "/api/stickies?view_scope=report", as: .driverA).decode(StickyList.self)
            #expect(scoped.items.map(\.id) == [report.id])
            #expect(try await api.send(.get, "/api/stickies?view_scope=nowhere", as: .driverA).status == .unprocessableContent)

            let moved = try await api.send(.patch, "/api/stickies/\(sticky.id)", as: .driverA, json: ["pos_y": 2.5, "tone": "mint"])
            #expect(moved.status == .ok)
            let after = try moved.decode(Sticky.self)
            #expect(after.pos_x == 0.82 && after.pos_y == 2.5 && after.tone == "mint" && after.collapsed)
            #expect(try await api.send(.get, "/api/stickies", as: .driverA).decode(StickyList.self).items.first?.id == sticky.id)

            #expect(try await api.send(.delete, "/api/stickies/\(report.id)", as: .driverA).status == .noContent)
            #expect(try await api.send(.get, "/api/stickies", as: .driverA).decode(StickyList.self).items.map(\.id) == [sticky.id])
        }
    }

    @Test(arguments: [
        (#"{"pos_x": 1.5, "pos_y": 0}"#, "less_than_equal"),
        (#"{"pos_x": -0.1, "pos_y": 0}"#, "greater_than_equal"),
        (#"{"pos_x": 0.5, "pos_y": 101}"#, "less_than_equal"),
        (#"{"pos_x": 0.5, "pos_y": 1e999}"#, "json_invalid"),
        (#"{"pos_x": 0.5, "pos_y": Infinity}"#, "json_invalid"),
        (#"{"pos_x": 0.5}"#, "missing"),
        (#"{"pos_x": 0.5, "pos_y": 0, "tone": "red"}"#, "literal_error"),
        (#"{"pos_x": 0.5, "pos_y": 0, "view_scope": "home"}"#, "literal_error"),
        (#"{"pos_x": 0.5, "pos_y": 0, "content": null}"#, "none_forbidden"),
        (#"{"pos_x": "0.5", "pos_y": 0}"#, "finite_number"),
    ])
    func anInvalidBodyIsA422AndNothingIsStored(body: String, type: String) async throws {
        try await Self.run { api in
            let response = try await api.sendRaw(.post, "/api/stickies", as: .driverA, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type, "\(response.text)")
            #expect(try await api.send(.get, "/api/stickies", as: .driverA).decode(StickyList.self).total == 0)
        }
    }

    @Test func nullInAnUpdateIsRefusedAndSomeoneElsesStickyIsNotFound() async throws {
        try await Self.run { api in
            let sticky = try await api.send(.post, "/api/stickies", as: .driverA, json: ["pos_x": 0.1, "pos_y": 0.2]).decode(Sticky.self)
            for field in ["pos_x", "pos_y", "content", "tone", "collapsed", "view_scope"] {
                let response = try await api.send(.patch, "/api/stickies/\(sticky.id)", as: .driverA, json: [field: nil])
                #expect(response.status == .unprocessableContent, "\(field)")
            }
            let foreign = try await api.send(.patch, "/api/stickies/\(sticky.id)", as: .driverB, json: ["pos_x": 0.9])
            #expect(foreign.status == .notFound && foreign.detail == "Sticky not found")
            #expect(try await api.send(.delete, "/api/stickies/\(sticky.id)", as: .driverB).status == .notFound)
            #expect(try await api.send(.get, "/api/stickies", as: .driverB).decode(StickyList.self).total == 0)
            let anonymous = try await api.send(.get, "/api/stickies", as: .anonymous)
            #expect(anonymous.status == .ok)
            #expect(try anonymous.decode(StickyList.self).total == 0)
            #expect(try await api.send(.post, "/api/stickies", as: .anonymous, json: ["pos_x": 0.1, "pos_y": 0.2]).status == .unauthorized)
            #expect(try await api.send(.get, "/api/stickies", as: .driverA).decode(StickyList.self).items == [sticky])
            // an absent body changes nothing (but the time of the update); a literal null is not an object
            let untouched = try await api.client.execute(uri: "/api/stickies/\(sticky.id)", method: .patch, headers: api.world.headers(.driverA))
            #expect(untouched.status == .ok)
            let after = try untouched.decode(Sticky.self)
            #expect(after.pos_x == sticky.pos_x && after.pos_y == sticky.pos_y && after.tone == sticky.tone && after.content == sticky.content)
            #expect(try await api.sendRaw(.patch, "/api/stickies/\(sticky.id)", as: .driverA, body: "null").status == .unprocessableContent)
        }
    }

    @Test func theFiftyFirstStickyIs429() async throws {
        try await Self.run { api in
            for _ in 0..<StickyRules.maxStickiesPerUser {
                #expect(try await api.send(.post, "/api/stickies", as: .driverA, json: ["pos_x": 0.5, "pos_y": 0.5]).status == .created)
            }
            let refused = try await api.send(.post, "/api/stickies", as: .driverA, json: ["pos_x": 0.5, "pos_y": 0.5])
            #expect(refused.status == .tooManyRequests && refused.detail == "Maximum 50 stickies per user")
        }
    }
}
