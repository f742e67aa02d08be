import Storage

/// API-description entries of the operator routes.
enum AdminDocs {
    static let me = RouteDocs(.user, .json(.object(["email": .string, "name": .string])))
    static let setRole = RouteDocs(.user, .json(UserDocs.profile), errors: [404], body: .json(.object([
        "role": .oneOf(PlatformRole.allCases.map(\.rawValue)),
    ])))
}
