/// One student, as the instructor endpoints address them (the id comes from an authorized path).
public struct StudentScope: Sendable, Equatable {
    public let studentID: String
    public init(studentID: String) { self.studentID = studentID }
}
