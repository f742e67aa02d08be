import Foundation
@testable import Storage
import TestSupport

/// A user created through the user store (email `name@example.com`, display name capitalized); returns its id.
func makeUser(_ db: any SQLDatabase, _ name: String) async throws -> String {
    try await SQLUserStore(database: db, logger: TestDatabase.logger).ensureUser(
        ArrivingIdentity(subject: name, email: "\(name)@example.com", name: name.capitalized, picture: nil, linkByEmail: true)).id
}

/// A session row of Barber Motorsports Park with a one-byte file, stored for `owner`.
@discardableResult
func storeSession(_ db: any SQLDatabase, _ id: String, owner: String, best: Double? = 92.4, consistency: Double? = 80,
                  createdAt: Date = Date()) async throws -> SessionRecord {
    try await storeSession(db, sessionRecord(id, owner: owner, best: best, consistency: consistency, createdAt: createdAt))
}

/// Stores the record with a one-byte file.
@discardableResult
func storeSession(_ db: any SQLDatabase, _ record: SessionRecord) async throws -> SessionRecord {
    _ = try await SQLSessionStore(database: db).insert(
        record, file: StoredFile(filename: record.filename, encoding: .identity, originalSize: 1, content: [1]))
    return record
}

/// A session row of Barber Motorsports Park (not stored).
func sessionRecord(_ id: String, owner: String?, best: Double? = 92.4, track: String = "Barber Motorsports Park",
                   consistency: Double? = 80, createdAt: Date = Date(), expiresAt: Date? = nil) -> SessionRecord {
    SessionRecord(sessionID: id, ownerID: owner, trackName: track, sessionDate: "15/02/2026 17:03", sessionStartedAt: nil,
                  filename: "\(id).csv", contentSHA256: "sha-\(id)", nLaps: 8, nCleanLaps: 7, bestLapTimeS: best,
                  top3AvgTimeS: nil, avgLapTimeS: nil, consistencyScore: consistency, snapshotJSON: nil, createdAt: createdAt,
                  expiresAt: expiresAt)
}
