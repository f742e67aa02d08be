import Testing
@testable import Coaching

/// How the built-in chat coach reads a question.
@Suite struct ChatIntentReaderTests {
    @Test func corners() {
        for q in ["T5", "t 5", "turn 5", "Turn five", "corner 5", "How do I fix T5?", "what about TURN 5 then", "t-5"] {
            #expect(ChatIntentReader.read(q) == .corner(5, lap: nil), "\(q)")
        }
        #expect(ChatIntentReader.read("How was T5 on lap 3?") == .corner(5, lap: 3))
        #expect(ChatIntentReader.read("turn twelve") == .corner(12, lap: nil))
    }

    @Test func laps() {
        #expect(ChatIntentReader.read("lap 3") == .lap(3))
        #expect(ChatIntentReader.read("What happened on Lap #11?") == .lap(11))
        #expect(ChatIntentReader.read("lap three") == .lap(3))
        #expect(ChatIntentReader.read("laps 4") == .lap(4))
        for q in ["lap 3 vs lap 5", "compare lap 3 and lap 5", "laps 3 and 5", "Lap 3 versus 5", "lap 3 v lap 5", "lap 3 with lap 5"] {
            #expect(ChatIntentReader.read(q) == .laps(3, 5), "\(q)")
        }
        #expect(ChatIntentReader.read("lap 4 vs lap 4") == .lap(4))
        #expect(ChatIntentReader.read("tell me about my best lap") == .bestLap)
        #expect(ChatIntentReader.read("what went wrong on my slowest lap") == .slowestLap)
    }

    @Test func topics() {
        for q in ["Where am I losing time?", "where can I gain", "biggest gains", "What should I focus on?", "how do I get faster"] {
            #expect(ChatIntentReader.read(q) == .losingTime, "\(q)")
        }
        for q in ["How is my braking?", "brake points", "am I braking too early", "Brake"] {
            #expect(ChatIntentReader.read(q) == .braking, "\(q)")
        }
        for q in ["How consistent am I?", "consistency", "lap time variation"] {
            #expect(ChatIntentReader.read(q) == .consistency, "\(q)")
        }
        for q in ["summary", "How did I do?", "give me an overview"] {
            #expect(ChatIntentReader.read(q) == .summary, "\(q)")
        }
        for q in ["What is the meaning of life?", "hello", "tell me a joke"] {
            #expect(ChatIntentReader.read(q) == .unknown, "\(q)")
        }
    }
}
