import Policy
import Storage

extension ResourceLocator where Record == StudentScope {
    /// `student`: the student id from the path (facts id = student id). The user is not looked up: an unknown id
    /// simply has no active link, so it meets the same 404 as an unlinked one.
    static var student: Self {
        Self(kind: "student", notFoundDetail: { _ in "Student not linked" }) { input in
            guard let id = input.id else { return nil }
            return Located(facts: ResourceFacts(kind: "student", id: id), record: StudentScope(studentID: id))
        }
    }
}
