import Coaching
import CoachingProviders
import Foundation
import Logging
import Storage

/// The follow-up chat about a session's coaching report, without transport (platform.md §3.5): guardrails, the
/// conversation per (session, user) with a bounded history, and the answerer (the built-in coach, or an LLM chain).
struct CoachingChat: Sendable {
    let reports: any CoachingReportStore
    let conversations: any CoachingChatStore
    let sessions: SessionService
    let answerer: any ChatAnswerer
    /// §3.5 step 5, when a provider has a key for it.
    let topicClassifier: TopicClassifier?
    let logger: Logger
    let clock: @Sendable () -> Date

    /// Messages kept besides the seed, and sent as history (weak point 22).
    static let keptMessages = 12

    /// The session with its most recent ready report, which the chat discusses; 404 without one (generate a report
    /// first).
    func subject(_ record: SessionRecord) async throws -> ChatSubject {
        guard let report = try await reports.latestReadyReport(sessionID: record.sessionID) else {
            throw CoachingError.noReportToDiscuss
        }
        return ChatSubject(record: record, report: report)
    }

    /// The reply to one message from `userID` about the subject. Canned replies (blank, too long, off-topic) are not
    /// stored; an answered question is stored with its answer; when the provider fails the question is stored and the
    /// overloaded reply is not.
    func reply(to raw: String, about subject: ChatSubject, userID: String) async throws -> ChatReply {
        let (record, report) = (subject.record, subject.report)
        let question: String
        switch ChatGuardrails.screen(raw) {
        case .blank: return ChatReply(CannedReply.blank)
        case .tooLong: return ChatReply(CannedReply.tooLong)
        case .offTopic: return ChatReply(CannedReply.offTopic)
        case .question(let text): question = text
        }
        if let topicClassifier, await !topicClassifier.isOnTopic(question) { return ChatReply(CannedReply.offTopic) }
        let history = try await conversations.conversation(sessionID: record.sessionID, userID: userID)
        var new: [ChatMessage] = []
        if history.isEmpty, !report.summary.isEmpty {
            new.append(ChatMessage(role: .assistant, content: report.summary, seed: true, createdAt: clock()))
        }
        new.append(ChatMessage(role: .user, content: question, createdAt: clock()))
        let facts = try await subject.facts { [sessions] in try await sessions.analysis(record) }
        let turns = Self.bounded(history + new.dropLast()).map { ChatTurn(role: $0.role.rawValue, content: $0.content) }
        let answer: String
        do {
            answer = try await answerer.answer(question, facts: facts, report: report, history: turns)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            logger.warning("chat answer failed", metadata: ["session_id": "\(record.sessionID)", "error_type": "\(type(of: error))"])
            try await conversations.append(new, sessionID: record.sessionID, userID: userID, keep: Self.keptMessages)
            return ChatReply(CannedReply.overloaded)
        }
        new.append(ChatMessage(role: .assistant, content: answer, createdAt: clock()))
        try await conversations.append(new, sessionID: record.sessionID, userID: userID, keep: Self.keptMessages)
        return ChatReply(answer)
    }

    /// The history an answerer sees: the seed when it opens the conversation, then the last `keptMessages` messages.
    static func bounded(_ messages: [ChatMessage]) -> [ChatMessage] {
        let seed = messages.first.flatMap { $0.seed ? [$0] : nil } ?? []
        return seed + messages.dropFirst(seed.count).suffix(keptMessages)
    }
}
