import Testing
@testable import Weather

/// `Deadline` gives up at its limit even when the work ignores cancellation (as async-http-client's connection retries
/// do): the old task-group version waited for such work to finish, which here would take a minute.
@Suite struct DeadlineTests {
    @Test func aDeadlineReturnsEvenWhenTheWorkIgnoresCancellation() async throws {
        await #expect(throws: WeatherLookupError.self) {
            try await Deadline.run(within: .milliseconds(50)) { () async throws -> Int in
                // ignores cancellation and finishes only a minute later, long after the test
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    Task.detached { try? await Task.sleep(for: .seconds(60)); done.resume() }
                }
                return 1
            }
        }
    }

    @Test func aResultBeforeTheDeadlineIsReturned() async throws {
        #expect(try await Deadline.run(within: .seconds(30)) { 42 } == 42)
    }

    @Test func anErrorOfTheWorkIsRethrown() async throws {
        await #expect(throws: WeatherLookupError.self) {
            try await Deadline.run(within: .seconds(30)) { () async throws -> Int in throw WeatherLookupError.empty }
        }
    }
}
