import Policy

/// The authorized leaderboard resource: a track name.
struct LeaderboardTrack: Sendable {
    var name: String
}

extension ResourceLocator where Record == LeaderboardTrack {
    /// `leaderboard`: the track name from the path; boards of unknown tracks are simply empty.
    static var leaderboard: Self {
        Self(kind: "leaderboard", notFoundDetail: { _ in "Track not found" }) { input in
            guard let track = input.id, !track.isEmpty else { return nil }
            return Located(facts: ResourceFacts(kind: "leaderboard", id: track), record: LeaderboardTrack(name: track))
        }
    }
}
