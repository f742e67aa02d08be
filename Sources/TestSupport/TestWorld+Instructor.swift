extension TestWorld.Persona {
    /// An instructor actively linked to driver A (set up through the API by `TestAPI.link`).
    public static let instructorLinkedA = TestWorld.Persona(name: "instructor-linked-a")
}
