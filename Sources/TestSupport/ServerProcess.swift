import Foundation
import NIOCore
import NIOPosix

/// The real `cataclysm serve` binary (built by `swift build --build-tests`) as a child process on a free loopback
/// port, for tests that kill it: crash safety and graceful shutdown.
public final class ServerProcess: @unchecked Sendable {
    public let port: Int
    public let databaseURL: String
    private let process = Process()
    private let log: URL

    /// The debug build of the executable.
    public static var binary: URL { TestPaths.repositoryRoot.appendingPathComponent(".build/debug/cataclysm") }

    /// Starts the server on `databaseURL` with the dev bypass and waits until `/health` answers.
    public init(databaseURL: String, environment extra: [String: String] = [:]) async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw TestWorldError(description: "\(Self.binary.path) is missing: run `swift build --build-tests` first")
        }
        self.databaseURL = databaseURL
        port = try await Self.freePort()
        log = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-server-\(port).log")
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = databaseURL
        environment["HOST"] = "127.0.0.1"
        environment["PORT"] = String(port)
        environment["DEV_AUTH_BYPASS"] = "true"
        environment["LOG_LEVEL"] = "warning"
        environment["POLICIES_DIR"] = TestPaths.policies.path
        environment["MIGRATIONS_DIR"] = TestPaths.migrations.path
        for (key, value) in extra { environment[key] = value }
        process.executableURL = Self.binary
        process.arguments = ["serve"]
        process.environment = environment
        process.currentDirectoryURL = TestPaths.repositoryRoot
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try await waitUntilHealthy()
    }

    /// What the server wrote to standard output and error.
    public var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Sends `signal` and waits for the process to end; returns its exit status.
    @discardableResult
    public func stop(_ signal: Int32, timeout: Duration = .seconds(60)) async throws -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { throw TestWorldError(description: "server did not exit after signal \(signal)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// The child's process id.
    public var pid: Int32 { process.processIdentifier }

    private func waitUntilHealthy() async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if !process.isRunning { throw TestWorldError(description: "server exited at start: \(output)") }
            if let response = try? await RawHTTP.request(port: port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
               response.status == 200 {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestWorldError(description: "server did not become healthy: \(output)")
    }

    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port
        try await channel.close().get()
        guard let port else { throw TestWorldError(description: "no free port") }
        return port
    }
}
