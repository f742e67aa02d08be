import Coaching

/// A coaching report as readable text for the terminal.
enum ReportText {
    static func render(_ r: CoachingReport, track: String) -> String {
        var lines: [String] = ["Coaching report — \(track) (\(r.skill_level.rawValue), \(r.generated_by))", ""]
        lines += ["Summary", "  " + r.summary, "", "Primary focus", "  " + r.primary_focus, ""]
        lines.append("Corner grades")
        lines.append("  corner  brake  trail  speed  throttle  notes")
        for g in r.corner_grades {
            lines.append("  " + pad("T\(g.corner)", 6) + "  " + pad(g.braking, 5) + "  " + pad(g.trail_braking, 5) + "  "
                         + pad(g.min_speed, 5) + "  " + pad(g.throttle, 8) + "  " + g.notes)
        }
        lines.append("")
        lines.append("Grade reasons")
        for g in r.corner_grades {
            lines.append("  T\(g.corner) braking (\(g.braking)): \(g.braking_reason)")
            lines.append("  T\(g.corner) trail braking (\(g.trail_braking)): \(g.trail_braking_reason)")
            lines.append("  T\(g.corner) min speed (\(g.min_speed)): \(g.min_speed_reason)")
            lines.append("  T\(g.corner) throttle (\(g.throttle)): \(g.throttle_reason)")
        }
        lines += ["", "Priority corners"]
        for p in r.priority_corners {
            lines.append("  T\(p.corner) (+\(String(format: "%.3f", p.time_cost_s)) s): \(p.issue)")
            lines.append("      tip: \(p.tip)")
        }
        lines += ["", "Patterns"] + r.patterns.map { "  - " + $0 }
        lines += ["", "Drills"] + r.drills.enumerated().map { "  \($0.offset + 1). " + $0.element }
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
