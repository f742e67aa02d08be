import Foundation

/// One `NNN_name.sql` migration file.
struct MigrationScript: Sendable, Equatable {
    /// The number prefix (`1` for `001_identity.sql`).
    var version: Int
    /// The file name without `.sql` (`001_identity`).
    var name: String
    var url: URL

    /// Parses `NNN_name.sql`; returns `nil` for other file names.
    init?(fileURL: URL) {
        let file = fileURL.lastPathComponent
        guard file.hasSuffix(".sql") else { return nil }
        let stem = String(file.dropLast(4))
        guard let underscore = stem.firstIndex(of: "_"),
              let version = Int(stem[..<underscore]), version > 0,
              stem[..<underscore].allSatisfy(\.isASCII),
              stem.index(after: underscore) < stem.endIndex
        else { return nil }
        self.version = version
        self.name = stem
        self.url = fileURL
    }

    /// Splits SQL text into statements: a statement ends at a line whose last non-blank
    /// character is `;`. Lines that hold only a `--` comment are dropped. No procedural SQL.
    static func statements(in text: String) -> [String] {
        var statements: [String] = []
        var current: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") || (trimmed.isEmpty && current.isEmpty) { continue }
            current.append(line)
            if trimmed.hasSuffix(";") {
                append(current, to: &statements)
                current.removeAll()
            }
        }
        append(current, to: &statements)
        return statements
    }

    private static func append(_ lines: [Substring], to statements: inout [String]) {
        var sql = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        while sql.hasSuffix(";") { sql.removeLast() }
        sql = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        if !sql.isEmpty { statements.append(sql) }
    }
}
