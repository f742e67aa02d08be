/// Picks the priority corners: the ones that cost the most time per lap.
enum PriorityPicker {
    /// The `skill.priorityCornerCount` corners with the largest `timeCostS` (ties: the weaker grade, then the lower
    /// number), each with the issue and tip of its weakest graded area.
    static func pick(_ corners: [CornerAssessment], skill: CoachingSkill) -> [(CornerAssessment, PriorityCorner)] {
        let ranked = corners.filter { $0.weakest != nil }.sorted { l, r in
            if l.facts.timeCostS != r.facts.timeCostS { return l.facts.timeCostS > r.facts.timeCostS }
            let lw = l.weakest!.letter!, rw = r.weakest!.letter!
            if lw != rw { return lw > rw }
            return l.facts.number < r.facts.number
        }
        return ranked.prefix(skill.priorityCornerCount).map { a in
            let w = a.weakest!
            return (a, PriorityCorner(corner: a.facts.number, time_cost_s: a.facts.timeCostS, issue: w.issue, tip: w.tip))
        }
    }
}
