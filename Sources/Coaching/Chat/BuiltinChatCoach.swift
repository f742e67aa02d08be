/// The built-in chat coach: answers from the facts and the report without any network. Deterministic.
public struct BuiltinChatCoach: Sendable {
    /// Creates the coach.
    public init() {}

    /// An answer to `question` (already screened) that cites this session's numbers: about a corner, a lap, two laps,
    /// where the time is, braking, consistency or the session overall; otherwise what it can answer, with examples.
    public func answer(_ question: String, facts: ChatFacts, report: CoachingReport?) -> String {
        let ctx = ChatContext(facts: facts, report: report)
        switch ChatIntentReader.read(question) {
        case let .corner(n, lap): return CornerAnswer.answer(n, lap: lap, ctx)
        case let .lap(n): return LapAnswer.answer(n, ctx)
        case let .laps(a, b): return LapPairAnswer.answer(a, b, ctx)
        case .bestLap: return ctx.bestLap.map { LapAnswer.answer($0.number, ctx) } ?? SummaryAnswer.answer(ctx)
        case .slowestLap:
            return ctx.facts.laps.max { $0.lapTimeS < $1.lapTimeS }.map { LapAnswer.answer($0.lapNumber, ctx) }
                ?? SummaryAnswer.answer(ctx)
        case .losingTime: return LosingTimeAnswer.answer(ctx)
        case .braking: return BrakingAnswer.answer(ctx)
        case .consistency: return ConsistencyAnswer.answer(ctx)
        case .summary: return SummaryAnswer.answer(ctx)
        case .unknown: return FallbackAnswer.answer(ctx)
        }
    }
}
