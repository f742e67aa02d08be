@testable import CoachingProviders
import Testing

/// The judge's sampling interval of platform.md §3.3 step 2: every N-th report, N adapting within 5…200.
@Suite struct JudgeSamplerTests {
    @Test func everyFifthReportAtFirst() async {
        let sampler = JudgeSampler()
        var judged: [Int] = []
        for report in 1...15 where await sampler.shouldJudge() { judged.append(report) }
        #expect(judged == [5, 10, 15])
    }

    @Test func cleanWindowDoublesTheIntervalUpToTheMaximum() async {
        let sampler = JudgeSampler()
        for _ in 1..<JudgeSampler.windowSize { await sampler.record(failed: false) }
        #expect(await sampler.interval == 5, "the window is not full yet")
        await sampler.record(failed: false)
        #expect(await sampler.interval == 10)
        for _ in 1...10 { await sampler.record(failed: false) }
        #expect(await sampler.interval == 200)
    }

    @Test func failuresBringTheIntervalBackDown() async {
        let sampler = JudgeSampler()
        for _ in 1...12 { await sampler.record(failed: false) }
        #expect(await sampler.interval == 40)
        await sampler.record(failed: true)
        #expect(await sampler.interval == 40, "one failure in the window keeps N")
        await sampler.record(failed: true)
        #expect(await sampler.interval == 5)
        #expect(await sampler.failureRate == 0.2)
    }

    @Test func customBounds() async {
        let sampler = JudgeSampler(intervals: 1...1)
        #expect(await sampler.shouldJudge())
        #expect(await sampler.shouldJudge())
    }
}
