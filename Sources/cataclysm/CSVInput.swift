import ArgumentParser
import Foundation
import TelemetryCore

/// Reading and ingesting the CSV a command is given; a file that cannot be read or ingested exits with status 2.
enum CSVInput {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cataclysm: cannot read \(path)\n".utf8))
            throw ExitCode(2)
        }
        return [UInt8](data)
    }

    static func ingest(_ path: String) throws -> ProcessedSession {
        let bytes = try read(path)
        do { return try SessionIngest.ingest(bytes) } catch {
            FileHandle.standardError.write(Data("cataclysm: \(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
