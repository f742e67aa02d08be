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

/// The uploaded file as stored beside its session: the source of truth the telemetry is rebuilt from.
public struct StoredFile: Sendable, Equatable {
    public enum Encoding: String, Sendable { case gzip, identity }
    public var filename: String
    public var encoding: Encoding
    public var originalSize: Int
    public var content: [UInt8]

    public init(filename: String, encoding: Encoding, originalSize: Int, content: [UInt8]) {
        self.filename = filename
        self.encoding = encoding
        self.originalSize = originalSize
        self.content = content
    }
}

/// Whose data a query may touch. Every tenant query takes one; there is no unscoped listing.
public struct OwnerScope: Sendable, Equatable {
    public let userID: String
    public init(userID: String) { self.userID = userID }
}

/// What an insert did: stored a new session, or found the caller's existing copy of the same bytes.
public enum SessionInsertOutcome: Sendable, Equatable {
    case created(SessionRecord)
    case duplicate(SessionRecord)
}
