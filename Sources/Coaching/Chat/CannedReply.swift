/// The canned replies of platform.md §3.5 (wording free, meaning fixed).
public enum CannedReply {
    /// A blank message: asks for a question about the driving.
    public static let blank = "Ask me a question about your driving in this session, for example where you are losing time or how your braking into a corner compares with your best lap."
    /// A message over 2,000 characters.
    public static let tooLong = "Please keep your question under 2,000 characters; a short question about one corner or one lap works best."
    /// A message the guardrails rejected.
    public static let offTopic = "I can only discuss driving technique, your telemetry and track performance. Ask me about a corner, a lap, your braking or your consistency."
    /// The AI provider failed.
    public static let overloaded = "The AI coach is temporarily overloaded; please try again shortly."
}
