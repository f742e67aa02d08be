import Foundation

/// The jailbreak and prompt-injection patterns of platform.md §3.5 step 4, case-insensitive, in one place.
enum JailbreakPatterns {
    /// Messages about driving that may ask the coach to take a role ("act as my driving coach").
    static let personaExemption = TextPatterns.compile(#"\b(driv\w*|rac(e|er|es|ing)|motorsports?|coach\w*|instructor\w*|tracks?)\b"#)

    /// Persona switches, matched only without the exemption.
    static let persona = TextPatterns.compile(#"\b(you\s+are\s+now|you're\s+now|from\s+now\s+on\s+you\s+are|pretend\w*|act\s+as|role\s*-?\s*play\w*)\b"#)

    /// Every other pattern: named for the tests and logs.
    static let always = TextPatterns.compile([
        ("instruction override",
         #"\b(ignore|ignoring|disregard\w*|forget|override|bypass)\b[^.?!]{0,60}?\b(previous|prior|preceding|above|earlier|all|any|your|system)\b[^.?!]{0,40}?\b(instructions?|rules?|prompts?|guidelines|directives?)\b"#),
        ("jailbreak name", #"\b(dan|developer|dev|jailbreak\w*|god|unrestricted|unfiltered|stan|dude)[\s_-]*(mode|prompt)\b"#),
        ("jailbreak name", #"\bdo\s+anything\s+now\b"#),
        ("jailbreak name", #"\b(you\s+are|you're|act\s+as|become)\s+(now\s+)?(a\s+|an\s+)?dan\b"#),
        ("prompt reveal",
         #"\b(show|reveal|print|repeat|display|output|leak|dump|tell|give|what\s+(is|are|was|were))\b[^.?!]{0,40}?\b(system|hidden|initial|original|secret)\s+(prompts?|instructions?|message)\b"#),
        ("prompt reveal",
         #"\b(show|reveal|print|repeat|display|output|leak|dump)\b[^.?!]{0,20}?\b(your)\s+(prompts?|instructions?|rules)\b"#),
        ("delimiter token", #"<\|\s*(system|im_start|im_end|endoftext|assistant|user)\s*\|>"#),
        ("delimiter token", #"\[\s*/?\s*(system|inst)\s*\]|<<\s*/?\s*sys\s*>>"#),
        ("delimiter token", #"```\s*system\b"#),
    ])

    /// The names of the patterns `text` matches.
    static func matched(_ text: String) -> [String] {
        var names = always.filter { !TextPatterns.matches($0.regex, text).isEmpty }.map(\.name)
        if !TextPatterns.matches(persona, text).isEmpty && TextPatterns.matches(personaExemption, text).isEmpty {
            names.append("persona switch")
        }
        return names
    }

    /// `true` when `text` matches any pattern.
    static func matches(_ text: String) -> Bool { !matched(text).isEmpty }
}
