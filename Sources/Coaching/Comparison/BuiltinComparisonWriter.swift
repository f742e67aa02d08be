/// The AI-comparison narrative of a share link (platform.md §6.2) written from the facts without any network.
public enum BuiltinComparisonWriter {
    /// Corners named per list.
    static let top = 3

    /// A 4-paragraph narrative (paragraphs separated by "\n\n") comparing driver A and driver B corner by corner with
    /// their numbers: overall (both best laps, delta), where B loses and gains most (top corners by time, with both
    /// minimum speeds), what A does better and worse, and one or two concrete suggestions for the challenger (B).
    public static func write(_ facts: ComparisonFacts) -> String {
        let names = ComparisonNames(facts)
        return [overall(facts, names), whereTime(facts, names), speeds(facts, names), suggestions(facts, names)]
            .joined(separator: "\n\n")
    }

    /// Corners where B loses (positive) or gains (negative) time, largest first.
    static func losses(_ f: ComparisonFacts) -> [(item: ComparisonCorner, value: Double)] {
        Ranking.top(f.corners, top, descending: true, order: \.number) { c in c.bLossS.flatMap { $0 > 0 ? $0 : nil } }
    }

    static func gains(_ f: ComparisonFacts) -> [(item: ComparisonCorner, value: Double)] {
        Ranking.top(f.corners, top, descending: false, order: \.number) { c in c.bLossS.flatMap { $0 < 0 ? $0 : nil } }
    }

    static func overall(_ f: ComparisonFacts, _ n: ComparisonNames) -> String {
        let track = f.trackName.isEmpty ? "this track" : f.trackName
        var s = "At \(track), \(n.a)'s best lap is \(ComparisonText.lap(f.bestLapAS)) and \(n.b)'s is \(ComparisonText.lap(f.bestLapBS))"
        guard let d = f.deltaS else { return s + "." }
        if abs(d) < 0.0005 {
            s += ": the two laps are level to the thousandth."
        } else {
            s += ": \(n.b) is \(Units.s(abs(d), digits: 3)) \(d > 0 ? "slower" : "faster") than \(n.a)."
        }
        let timed = f.corners.compactMap(\.bLossS)
        if !timed.isEmpty, abs(d) >= 0.0005 {
            let inCorners = timed.reduce(0, +)
            s += " Over the \(timed.count) corners \(n.b) \(inCorners > 0 ? "loses" : "gains") \(Units.s(abs(inCorners))) in total"
            let rest = d - inCorners
            s += ", and \(rest > 0 ? "loses" : "gains") \(Units.s(abs(rest))) on the straights between them."
        }
        return s
    }

    static func whereTime(_ f: ComparisonFacts, _ n: ComparisonNames) -> String {
        let lost = losses(f), won = gains(f)
        var out: [String] = []
        if !lost.isEmpty {
            out.append("\(n.b) loses the most time at " + ChatText.list(lost.map {
                ComparisonText.corner($0.item, time: $0.value, names: n)
            }) + ".")
        }
        if lost.isEmpty && !won.isEmpty {
            out.append("\(n.b) loses no time to \(n.a) in any of the \(f.corners.count) corners.")
        }
        if !won.isEmpty {
            out.append("\(n.b) gains time at " + ChatText.list(won.prefix(lost.isEmpty ? top : 2).map {
                ComparisonText.corner($0.item, time: $0.value, names: n)
            }) + ".")
        }
        if out.isEmpty {
            let speeds = Ranking.top(f.corners, top, descending: true, order: \.number) { $0.speedDiffMph.map(abs) }
            guard !speeds.isEmpty else { return "The comparison has no corners to set side by side." }
            let lead = f.corners.contains { $0.bLossS != nil } ? "No corner shows time gained or lost between the two laps" : "The comparison has no time trace through the corners"
            out.append(lead + "; the minimum speeds are " + ChatText.list(speeds.map {
                ComparisonText.corner($0.item, time: nil, names: n)
            }) + ".")
        }
        return out.joined(separator: " ")
    }

    /// Corners where A carries more (`faster`) or less minimum speed than B by at least a printed tenth, largest first.
    static func speedLead(_ f: ComparisonFacts, faster: Bool) -> [(item: ComparisonCorner, value: Double)] {
        Ranking.top(f.corners, top, descending: faster, order: \.number) { c in
            c.speedDiffMph.flatMap { faster ? ($0 > 0 ? $0 : nil) : ($0 < 0 ? $0 : nil) }
        }
    }

    static func speeds(_ f: ComparisonFacts, _ n: ComparisonNames) -> String {
        let better = speedLead(f, faster: true), worse = speedLead(f, faster: false)
        var out: [String] = []
        if !better.isEmpty {
            out.append("\(n.a) carries more minimum speed at " + ChatText.list(better.map {
                "T\($0.item.number) (\(ComparisonText.mph($0.value)) more)"
            }) + ".")
        }
        if !worse.isEmpty {
            out.append("\(n.a) carries less minimum speed than \(n.b) at " + ChatText.list(worse.map {
                "T\($0.item.number) (\(ComparisonText.mph(-$0.value)) less)"
            }) + ".")
        }
        if out.isEmpty {
            out.append("\(n.a) and \(n.b) carry the same minimum speed, to a tenth of a mph, in all \(f.corners.count) corners.")
        }
        return out.joined(separator: " ")
    }

    static func suggestions(_ f: ComparisonFacts, _ n: ComparisonNames) -> String {
        let lost = losses(f).prefix(2)
        if !lost.isEmpty {
            return "Suggestions for \(n.b): " + lost.map { suggestion($0.item, loss: $0.value, n) }.joined(separator: " ")
        }
        var s = "Suggestion for \(n.b): no corner costs you time against \(n.a)"
        if let lead = speedLead(f, faster: true).first, let a = lead.item.aMinSpeedMph, let b = lead.item.bMinSpeedMph {
            s += ", but at T\(lead.item.number) \(n.a) still carries \(ComparisonText.mph(a)) against your \(ComparisonText.mph(b)): release the brake more gradually into that apex and see whether the extra speed pays off on the exit"
        } else if let d = f.deltaS, d > 0 {
            s += ", so the \(Units.s(d, digits: 3)) goes on the straights: get back to full throttle earlier out of each corner"
        } else if let w = gains(f).first {
            s += "; your biggest gain is T\(w.item.number) (\(ComparisonText.s(-w.value))), so repeat that braking point and line lap after lap"
        } else {
            s += "; set your braking markers by \(n.a)'s and look for the next tenth on the exits"
        }
        return s + "."
    }

    /// What to try at a corner where B loses `loss` seconds.
    static func suggestion(_ c: ComparisonCorner, loss: Double, _ n: ComparisonNames) -> String {
        guard let a = c.aMinSpeedMph, let b = c.bMinSpeedMph else {
            return "At T\(c.number), where \(ComparisonText.s(loss)) goes, follow \(n.a)'s line and braking markers."
        }
        if let diff = c.speedDiffMph, diff > 0 {
            return "At T\(c.number), aim for \(n.a)'s \(ComparisonText.mph(a)) minimum speed instead of your \(ComparisonText.mph(b)): release the brake more gradually into the apex so more speed reaches it, which is worth up to \(ComparisonText.s(loss))."
        }
        return "At T\(c.number) your minimum speed (\(ComparisonText.mph(b))) already matches \(n.a)'s \(ComparisonText.mph(a)), yet \(ComparisonText.s(loss)) goes there: brake later into it or get back to full throttle sooner after the apex."
    }
}
