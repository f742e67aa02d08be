import Foundation

/// One entry of the auth.md §11 test-vector array (fields this suite uses).
struct AuthVector: Decodable, Sendable {
    struct User: Decodable, Sendable {
        let id: String
        let email: String
        let name: String
        let picture: String?
    }

    let id: String
    let secret: String
    let salt: String
    let source: String
    let token: String
    let expect: String
    let reason: String?
    let alsoAcceptable: [String]?
    let user: User?

    enum CodingKeys: String, CodingKey {
        case id, secret, salt, source, token, expect, reason, user
        case alsoAcceptable = "also_acceptable"
    }

    /// Every reason code this vector accepts as correct.
    var acceptableReasons: Set<String> {
        var reasons = Set(alsoAcceptable ?? [])
        if let reason { reasons.insert(reason) }
        return reasons
    }
}

enum VectorFixtures {
    /// `Vectors/authjs-vectors.json` beside this file (no SwiftPM resources).
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Vectors/authjs-vectors.json")

    static func load() throws -> [AuthVector] {
        try JSONDecoder().decode([AuthVector].self, from: Data(contentsOf: fileURL))
    }

    /// Loaded once; empty if the file cannot be read (the count test then fails loudly).
    static let all: [AuthVector] = (try? load()) ?? []

    static func vector(_ id: String) -> AuthVector? {
        all.first { $0.id == id }
    }

    /// The main secret of auth.md §11.
    static let mainSecret = "3A+4YtheVXGVfBuK29H9e6mE+GUmfXbc4xEPaePIExU="
    /// The secret used only to mint `other-secret`.
    static let otherSecret = "jlN/ugCJENsFZokFnl1SdT5KUcNxi/d9s17D6Mi/gxM="
    /// A fixed clock: 2026-01-02T00:00:00Z (the vectors' iat is 2026-01-01, exp 2099-01-01).
    static let now = Date(timeIntervalSince1970: 1_767_225_600 + 86_400)
}

/// Vector ids, for `@Test(arguments:)`.
let vectorIDs: [String] = VectorFixtures.all.map(\.id)
