import Policy
import Storage

extension InstructorRoutes {
    /// `student`: the student id from the path (facts id = student id). The locator does not look the user up:
    /// an unknown id simply has no active link, so it meets the same 404 as an unlinked one.
    static func locators(into registry: inout ResourceLocators) {
        registry.register("student", ResourceLocator(notFoundDetail: { _ in "Student not linked" }) { input in
            guard let id = input.id else { return nil }
            return LoadedResource(facts: ResourceFacts(kind: "student", id: id), record: StudentScope(studentID: id))
        })
    }
}

extension AppRequestContext {
    /// The authorized student (routes bound to kind `student`: the caller actively instructs them).
    func requireStudent() throws -> StudentScope {
        guard let student = resource?.record as? StudentScope else { throw AppError.internalError }
        return student
    }
}
