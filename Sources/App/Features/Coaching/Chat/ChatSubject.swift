import Coaching
import Storage
import Synchronization
import TelemetryCore

/// What a chat discusses: the session, its latest ready report and (made on the first question, then reused by every
/// later message of the same socket) the chat facts of its analysis.
final class ChatSubject: Sendable {
    let record: SessionRecord
    let report: CoachingReport
    private let facts = Mutex<ChatFacts?>(nil)

    init(record: SessionRecord, report: CoachingReport) {
        self.record = record
        self.report = report
    }

    /// The facts, made from `analysis` the first time.
    func facts(_ analysis: @Sendable () async throws -> SessionAnalysis) async throws -> ChatFacts {
        if let made = facts.withLock({ $0 }) { return made }
        let made = ChatFacts.make(from: try await analysis(), skill: report.skill_level)
        facts.withLock { $0 = made }
        return made
    }
}
