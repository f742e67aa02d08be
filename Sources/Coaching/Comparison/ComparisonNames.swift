/// The two drivers' names as the narrative uses them (told apart when they are the same).
struct ComparisonNames {
    let a: String
    let b: String

    init(_ facts: ComparisonFacts) {
        if facts.nameA == facts.nameB {
            a = facts.nameA + " (A)"
            b = facts.nameB + " (B)"
        } else {
            a = facts.nameA
            b = facts.nameB
        }
    }
}
