/// A decision together with what it means for the HTTP response.
public struct Authorization: Sendable, Equatable {
    public var outcome: AccessOutcome
    public var decision: Decision
    /// The 403 wording from the policy file (set when `outcome` is `.forbidden`).
    public var forbiddenDetail: String?

    public init(outcome: AccessOutcome, decision: Decision, forbiddenDetail: String? = nil) {
        self.outcome = outcome
        self.decision = decision
        self.forbiddenDetail = forbiddenDetail
    }
}
