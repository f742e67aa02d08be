import Hummingbird
import Storage

/// `POST /api/coaching/{session_id}/chat` (platform.md §3.5): the owner asks about the session's report; a linked
/// instructor reads the student's coaching but never chats as the student (the policy refuses them).
enum ChatRoutes {
    static func routes(chat: CoachingChat, located session: ResourceLocator<SessionRecord>, limiter: RateLimiter) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/coaching/{session_id}/chat", on: session, tag: "Coaching",
                      summary: "Ask the coach a follow-up question about the session's report (20 per minute per user)",
                      docs: CoachingDocs.chat) { request, context, record in
                let caller = try context.requireCaller()
                let content = try await JSONBody.read(request, context: context).requiredString("content")
                let subject = try await chat.subject(record)
                try await limiter.chat(userID: caller.id)
                return try JSONCoding.response(try await chat.reply(to: content, about: subject, userID: caller.id))
            },
        ]
    }
}
