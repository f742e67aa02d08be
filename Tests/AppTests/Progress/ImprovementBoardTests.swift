import Foundation
import Testing
import Storage
@testable import App

/// The ranking of the improvement board (client-extras.md §3.1 and its recommendations), on hand-made sessions.
@Suite struct ImprovementBoardTests {
    let start = Date(timeIntervalSince1970: 1_780_000_000)

    func session(_ user: String, _ best: Double, day: Int, name: String? = nil) -> ImprovementSession {
        ImprovementSession(userID: user, userName: name ?? user.capitalized, trackName: "Barber Motorsports Park", bestLapS: best,
                           drivenAt: start + Double(day) * 86_400, createdAt: start)
    }

    @Test func theSpecExampleRanksByChangePerSession() {
        let board = ImprovementBoard.rank([session("sam", 95.0, day: 0), session("sam", 94.1, day: 1), session("sam", 93.0, day: 2)],
                                          track: "barber motorsports park", minSessions: 3, viewerID: "sam")
        #expect(board.track_name == "Barber Motorsports Park")
        #expect(board.entries == [ImprovementBoard.Entry(rank: 1, user_name: "Sam", improvement_rate_s: -0.6667, n_sessions: 3,
                                                         best_lap_first: 95.0, best_lap_latest: 93.0, total_improvement_s: -2.0,
                                                         is_you: true)])
        #expect(board.your_rank == 1 && board.your_percentile == 0.0)
    }

    @Test func driversWithTooFewSessionsAreLeftOutAndTiesKeepFirstSessionOrder() {
        let sessions = [session("ann", 100, day: 0), session("bob", 90, day: 1), session("cat", 80, day: 2),
                        session("ann", 99, day: 3), session("bob", 89, day: 4), session("cat", 81, day: 5),
                        session("dan", 70, day: 6)]
        let board = ImprovementBoard.rank(sessions, track: "x", minSessions: 2, viewerID: "cat")
        #expect(board.entries.map(\.user_name) == ["Ann", "Bob", "Cat"])
        #expect(board.entries.map(\.rank) == [1, 2, 3])
        #expect(board.entries.map(\.improvement_rate_s) == [-0.5, -0.5, 0.5])
        #expect(board.your_rank == 3 && board.your_percentile == 66.7)
        #expect(board.entries.filter(\.is_you).map(\.user_name) == ["Cat"])
    }

    @Test func theCallerIsFoundByIDNotByName() {
        let sessions = [session("u1", 100, day: 0, name: "Alex"), session("u1", 98, day: 1, name: "Alex"),
                        session("u2", 100, day: 0, name: "Alex"), session("u2", 99, day: 1, name: "Alex")]
        let board = ImprovementBoard.rank(sessions, track: "x", minSessions: 2, viewerID: "u2")
        #expect(board.entries.map(\.is_you) == [false, true])
        #expect(board.your_rank == 2)
        let stranger = ImprovementBoard.rank(sessions, track: "x", minSessions: 2, viewerID: "u3")
        #expect(stranger.your_rank == nil && stranger.your_percentile == nil && !stranger.entries.contains(where: \.is_you))
    }

    @Test func noQualifyingDriverIsAnEmptyBoardWithNullRanks() throws {
        let board = ImprovementBoard.rank([session("ann", 100, day: 0)], track: "Nowhere", minSessions: 2, viewerID: "ann")
        #expect(board.entries.isEmpty && board.your_rank == nil)
        let json = String(decoding: try JSONEncoder().encode(board), as: UTF8.self)
        #expect(json.contains(#""your_rank":null"#) && json.contains(#""your_percentile":null"#))
    }
}
