import Foundation

/// A stored session row: identity, ownership and the list-summary numbers computed at upload.
public struct SessionRecord: Sendable, Equatable {
    public var sessionID: String
    public var ownerID: String?
    public var trackName: String
    /// The display date string from the file header.
    public var sessionDate: String
    public var sessionStartedAt: Date?
    public var filename: String
    public var contentSHA256: String
    public var nLaps: Int?
    public var nCleanLaps: Int?
    public var bestLapTimeS: Double?
    public var top3AvgTimeS: Double?
    public var avgLapTimeS: Double?
    public var consistencyScore: Double?
    /// Extra summary fields as JSON text (platform.md §2.5).
    public var snapshotJSON: String?
    public var createdAt: Date
    /// When the session is deleted on its own (challenger uploads through a share link); nil: kept until deleted.
    public var expiresAt: Date?

    public init(sessionID: String, ownerID: String?, trackName: String, sessionDate: String, sessionStartedAt: Date?,
                filename: String, contentSHA256: String, nLaps: Int?, nCleanLaps: Int?, bestLapTimeS: Double?,
                top3AvgTimeS: Double?, avgLapTimeS: Double?, consistencyScore: Double?, snapshotJSON: String?, createdAt: Date, expiresAt: Date? = nil) {
        self.sessionID = sessionID
        self.ownerID = ownerID
        self.trackName = trackName
        self.sessionDate = sessionDate
        self.sessionStartedAt = sessionStartedAt
        self.filename = filename
        self.contentSHA256 = contentSHA256
        self.nLaps = nLaps
        self.nCleanLaps = nCleanLaps
        self.bestLapTimeS = bestLapTimeS
        self.top3AvgTimeS = top3AvgTimeS
        self.avgLapTimeS = avgLapTimeS
        self.consistencyScore = consistencyScore
        self.snapshotJSON = snapshotJSON
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
