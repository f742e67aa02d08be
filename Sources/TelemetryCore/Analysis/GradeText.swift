/// How coaching grades are written where the analysis side reads them.
public enum GradeText {
    /// Grade strings that mean "not graded here" (platform.md §2.12, §8.2): skipped by averages and badge rules.
    public static let notApplicable: Set<String> = ["N/A", "NA", "—", "-", ""]
}
