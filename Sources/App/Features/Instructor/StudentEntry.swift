import Foundation
import Storage

/// One entry of `{"students": [...]}`: `{student_id, name, email, avatar_url, linked_at, recent_flags}`.
struct StudentEntry: Codable {
    let student: LinkedStudent

    enum CodingKeys: String, CodingKey { case student_id, name, email, avatar_url, linked_at, recent_flags }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(student.studentID, forKey: .student_id)
        try container.encode(student.name, forKey: .name)
        try container.encode(student.email, forKey: .email)
        try container.encode(student.avatarURL, forKey: .avatar_url)
        try container.encode(student.linkedAt, forKey: .linked_at)
        try container.encode(student.recentFlags.map(\.rawValue), forKey: .recent_flags)
    }
}

extension StudentEntry {
    /// Reads what `encode(to:)` writes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        student = LinkedStudent(
            studentID: try container.decode(String.self, forKey: .student_id), name: try container.decode(String.self, forKey: .name),
            email: try container.decode(String.self, forKey: .email), avatarURL: try container.decode(String?.self, forKey: .avatar_url),
            linkedAt: try container.decode(Date.self, forKey: .linked_at),
            recentFlags: try container.decode([FlagType].self, forKey: .recent_flags))
    }
}

