import Coaching

extension CoachingReport {
    /// The report with every forbidden composite (§3.3 step 1) replaced by the neutral marker in every text.
    func redactingComposites() -> CoachingReport {
        var report = self
        let redact = ForbiddenComposites.redacted
        report.summary = redact(summary)
        report.primary_focus = redact(primary_focus)
        report.patterns = patterns.map(redact)
        report.drills = drills.map(redact)
        report.priority_corners = priority_corners.map { corner in
            var corner = corner
            corner.issue = redact(corner.issue)
            corner.tip = redact(corner.tip)
            return corner
        }
        report.corner_grades = corner_grades.map { grade in
            var grade = grade
            grade.notes = redact(grade.notes)
            grade.braking_reason = redact(grade.braking_reason)
            grade.trail_braking_reason = redact(grade.trail_braking_reason)
            grade.min_speed_reason = redact(grade.min_speed_reason)
            grade.throttle_reason = redact(grade.throttle_reason)
            return grade
        }
        return report
    }
}
