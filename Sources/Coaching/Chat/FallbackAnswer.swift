/// The chat answer to a question the built-in coach does not recognise: what it can answer, with examples using this
/// session's corners and laps.
enum FallbackAnswer {
    static func answer(_ ctx: ChatContext) -> String {
        let corner = ctx.cornersByCost.first?.number ?? (ctx.cornerCount > 0 ? 1 : nil)
        let best = ctx.bestLap?.number
        let other = ctx.exampleLap
        var examples: [String] = []
        if let corner { examples.append("\"T\(corner)\": one corner's speeds, brake points, throttle and time cost") }
        if let lap = other ?? best { examples.append("\"Lap \(lap)\": one lap against your best") }
        if let best, let other { examples.append("\"Lap \(other) vs lap \(best)\": two laps corner by corner") }
        examples += ["\"Where am I losing time?\"", "\"How is my braking?\"", "\"How consistent am I?\"", "\"How did I do?\""]
        let intro = "I can answer questions about this session's numbers at \(ctx.trackName): \(ctx.cornerCount) corners, \(ctx.timedLapsText), \(ctx.bestLapText). Try for example:"
        return ChatText.answer([intro, ChatText.bullets(examples)])
    }
}
