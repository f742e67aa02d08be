extension ProviderConfiguration {
    /// No key, default routes, timeouts and retries: every task unavailable, so the built-in coach writes reports.
    public static let none: ProviderConfiguration = {
        do { return try ProviderConfiguration(environment: [:]) } catch {
            preconditionFailure("the default LLM configuration must be valid: \(error)")
        }
    }()
}
