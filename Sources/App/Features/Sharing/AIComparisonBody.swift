/// `POST /api/sharing/{token}/ai-comparison`'s answer: `{"ai_comparison_text": "…"}`.
struct AIComparisonBody: Codable, Sendable {
    let ai_comparison_text: String
}
