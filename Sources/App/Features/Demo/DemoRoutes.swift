import Hummingbird
import TelemetryCore

/// `GET /api/sessions/demo` (public): the demo session the web client shows before sign-in. Reading it goes through
/// the session routes, which the policy opens to everyone for the demo (`demo-session-public-read`), never to change.
enum DemoRoutes {
    struct DemoAvailability: Encodable {
        @Nullable var session_id: String?
        var available: Bool
    }

    static func routes(demo: DemoSessionSource) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/sessions/demo", on: .platform, tag: "Sessions",
                      summary: "The public demo session's id, when one is available", docs: RouteDocs(.open, .json(.object([
                          "session_id": JSONSchema.string.nullable, "available": .boolean,
                      ])))) { _, _, _ in
                let id = await demo.sessionID()
                return try JSONCoding.response(DemoAvailability(session_id: id, available: id != nil))
            },
        ]
    }
}
