import Foundation

/// One session counted by the improvement board: who drove it, when, and its best lap.
public struct ImprovementSession: Sendable, Equatable {
    public var userID: String
    /// The driver's display name (never the email).
    public var userName: String
    public var trackName: String
    public var bestLapS: Double
    /// When it was driven (from the file header).
    public var drivenAt: Date
    /// When it was uploaded (orders sessions driven at the same moment).
    public var createdAt: Date

    public init(userID: String, userName: String, trackName: String, bestLapS: Double, drivenAt: Date, createdAt: Date) {
        self.userID = userID
        self.userName = userName
        self.trackName = trackName
        self.bestLapS = bestLapS
        self.drivenAt = drivenAt
        self.createdAt = createdAt
    }
}
