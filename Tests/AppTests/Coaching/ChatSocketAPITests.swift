import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Coaching
import Storage
import TestSupport
@testable import App

/// `WS /api/coaching/{id}/chat` over a live socket (platform.md §3.5): the same answers as HTTP, ping/pong, the
/// per-connection message limit, cookie authentication and the close codes.
@Suite struct ChatSocketAPITests {
    static func withLiveSession(configure: @escaping (inout AppConfig) -> Void = { _ in },
                                _ body: @Sendable @escaping (TestAPI, String) async throws -> Void) async throws {
        try await withTestApp(transport: .live, configure: configure) { client, world in
            try await body(TestAPI(client: client, world: world), try await world.seed(TestPaths.intermediate, as: .driverA, client: client))
        }
    }

    static func socket(_ api: TestAPI, _ id: String, headers: HTTPFields) -> ChatSocketClient {
        ChatSocketClient(client: api.client, path: "/api/coaching/\(id)/chat", headers: headers)
    }

    static func replies(_ transcript: ChatSocketClient.Transcript) throws -> [String] {
        try transcript.replies.map { try JSONDecoder().decode(ChatReply.self, from: Data($0.utf8)).content }
    }

    @Test func theOwnerAsksEveryKindOfQuestionOverOneSocket() async throws {
        try await Self.withLiveSession { api, id in
            // given
            let questions = ["What about T1?", "Where am I losing time?", "How is my braking?", "How consistent am I?",
                             "How was lap 3?", "Compare lap 3 and lap 4", "What's the weather on Mars?"]
            // when
            let transcript = try await Self.socket(api, id, headers: api.world.headers(.driverA))
                .exchange(questions.map(ChatSocketClient.question))
            // then
            let answers = try Self.replies(transcript)
            #expect(answers.count == questions.count)
            for (question, answer) in zip(questions, answers) {
                #expect(answer.rangeOfCharacter(from: .decimalDigits) != nil, "\(question) → \(answer)")
            }
            #expect(answers[0].contains("T1"))
            #expect(answers[4].contains("3") && answers[5].contains("4"))
            let stored = try await SQLCoachingChatStore(database: api.world.app.database)
                .conversation(sessionID: id, userID: try await api.world.userID(.driverA))
            #expect(stored.count == 1 + min(CoachingChat.keptMessages, 2 * questions.count))
        }
    }

    /// The upgrade passes the same access log and request metrics as every HTTP request.
    @Test func theUpgradeIsCountedLikeAnyRequest() async throws {
        try await Self.withLiveSession { api, id in
            _ = try await Self.socket(api, id, headers: api.world.headers(.driverA)).exchange([#"{"type": "ping"}"#])
            let metrics = try await api.send(.get, "/metrics", as: .anonymous)
            #expect(metrics.text.contains("route=\"/api/coaching/{session_id}/chat\""))
        }
    }

    @Test func pingGetsPongAndAnUnreadableMessageKeepsTheSocketOpen() async throws {
        try await Self.withLiveSession { api, id in
            let transcript = try await Self.socket(api, id, headers: api.world.headers(.driverA))
                .exchange([#"{"type": "ping"}"#, "not json", ChatSocketClient.question("   ")])
            #expect(transcript.replies.count == 3)
            #expect(transcript.replies[0] == #"{"type":"pong"}"#)
            #expect(transcript.replies[1].contains(#""type":"error""#))
            #expect(try JSONDecoder().decode(ChatReply.self, from: Data(transcript.replies[2].utf8)).content == CannedReply.blank)
        }
    }

    @Test func theSessionCookieAuthenticatesTheUpgrade() async throws {
        try await Self.withLiveSession { api, id in
            let transcript = try await Self.socket(api, id, headers: api.world.cookieHeaders(.driverA)).exchange([ChatSocketClient.question("What about T2?")])
            #expect(try Self.replies(transcript).first?.contains("T2") == true)
        }
    }

    @Test func moreMessagesThanTheLimitInAMinuteClose1008() async throws {
        try await Self.withLiveSession(configure: { $0.rateLimits.chatMessagesPerUserPerMinute = 3 }) { api, id in
            let transcript = try await Self.socket(api, id, headers: api.world.headers(.driverA))
                .exchange(Array(repeating: #"{"type": "ping"}"#, count: 5))
            #expect(transcript.replies.count == 3)
            #expect(transcript.closeCode == 1008)
        }
    }

    @Test func refusedConnectionsCloseWith4001Or4003() async throws {
        try await Self.withLiveSession { api, id in
            try await api.link(.driverA, to: .instructor)
            let question = [ChatSocketClient.question("Where am I losing time?")]
            let anonymous = try await Self.socket(api, id, headers: [:]).exchange(question)
            let instructor = try await Self.socket(api, id, headers: api.world.headers(.instructor)).exchange(question)
            let stranger = try await Self.socket(api, id, headers: api.world.headers(.driverB)).exchange(question)
            let unknown = try await Self.socket(api, "no-such-session", headers: api.world.headers(.driverB)).exchange(question)
            let forged = try await Self.socket(api, id, headers: [.authorization: "Bearer not-a-token"]).exchange(question)
            #expect(anonymous.closeCode == 4001 && anonymous.replies.isEmpty)
            #expect(instructor.closeCode == 4003 && instructor.replies.isEmpty)
            #expect(stranger.closeCode == 4003 && unknown.closeCode == 4003)
            #expect(forged.closeCode == 4001 && forged.replies.isEmpty)
        }
    }

    @Test func withoutAReportTheSocketSaysSoAndClosesNormally() async throws {
        try await Self.withLiveSession { api, id in
            // the live server runs the report writer, so remove the report rather than ask for a rewrite
            _ = try await SQLCoachingReportStore(database: api.world.app.database).delete(sessionID: id, skillLevel: "intermediate")
            let transcript = try await Self.socket(api, id, headers: api.world.headers(.driverA))
                .exchange([ChatSocketClient.question("Where am I losing time?")])
            #expect(try Self.replies(transcript).first?.contains("generate") == true)
            #expect(transcript.closeCode == 1000)
        }
    }

    /// A page of another site cannot open the socket with the driver's cookie (cross-site WebSocket hijacking): the
    /// handshake is refused before authentication, while the client's own allowlisted origin connects.
    @Test func aPageOfAForeignOriginCannotOpenTheSocket() async throws {
        try await Self.withLiveSession { api, id in
            let question = [ChatSocketClient.question("What about T2?")]
            var foreign = api.world.cookieHeaders(.driverA)
            foreign[.origin] = "https://evil.example"
            await #expect(throws: (any Error).self) { try await Self.socket(api, id, headers: foreign).exchange(question) }

            var allowed = api.world.cookieHeaders(.driverA)
            allowed[.origin] = "http://localhost:3000"
            let transcript = try await Self.socket(api, id, headers: allowed).exchange(question)
            #expect(try Self.replies(transcript).first?.contains("T2") == true)
        }
    }

    /// Only upgrade requests reach the socket; a plain GET is an undeclared method of the path (schemathesis ST204).
    @Test func aPlainGetOnTheSocketPathIs405() async throws {
        try await Self.withLiveSession { api, id in
            let response = try await api.send(.get, "/api/coaching/\(id)/chat", as: .driverA)
            #expect(response.status == .methodNotAllowed && response.headers[.allow] == "POST")
        }
    }
}
