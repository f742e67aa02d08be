import Foundation
import Testing

/// The command-line PDF tools the tests check output with: `qpdf` and poppler's `pdftotext` and `pdftoppm`.
/// `Scripts/test.sh` installs them (Debian packages `qpdf`, `poppler-utils`); a test that needs one that is missing
/// fails with a message saying so.
enum PDFTools {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The tool's path on `PATH`, or a test failure naming the packages to install.
    static func locate(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "\(name) is not installed: run Scripts/test.sh, or apt-get install -y qpdf poppler-utils")
    }

    /// Runs a tool to completion.
    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try locate(name))
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by `body`'s end.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try body(dir)
    }
}
