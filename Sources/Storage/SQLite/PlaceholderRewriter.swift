/// Rewrites PostgreSQL-style `$N` placeholders to SQLite's numbered `?N` form.
///
/// Placeholders inside string literals (`'…'`), quoted identifiers (`"…"`), and comments
/// (`-- …`, `/* … */`) are left alone. A `;` followed by another statement is rejected,
/// because SQLite would silently ignore everything after the first statement.
enum PlaceholderRewriter {
    struct Result: Equatable {
        /// The SQL with `$N` replaced by `?N`.
        var sql: String
        /// The highest placeholder number used (0 when there are none).
        var highestIndex: Int
    }

    static func rewrite(_ sql: String) throws(StorageError) -> Result {
        let input = Array(sql.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var highest = 0
        var i = 0
        var sawTerminator = false

        func byte(_ offset: Int) -> UInt8? {
            offset < input.count ? input[offset] : nil
        }

        while i < input.count {
            let c = input[i]
            if sawTerminator, !isSpace(c), !(c == ascii("-") && byte(i + 1) == ascii("-")),
               !(c == ascii("/") && byte(i + 1) == ascii("*")), c != ascii(";") {
                throw .other("only one SQL statement per call is supported")
            }
            switch c {
            case ascii("'"), ascii("\""):
                // Quoted literal or identifier; a doubled quote is an escaped quote.
                let quote = c
                output.append(c)
                i += 1
                while i < input.count {
                    output.append(input[i])
                    if input[i] == quote {
                        if byte(i + 1) == quote {
                            output.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    i += 1
                }
            case ascii("-") where byte(i + 1) == ascii("-"):
                while i < input.count, input[i] != ascii("\n") {
                    output.append(input[i])
                    i += 1
                }
            case ascii("/") where byte(i + 1) == ascii("*"):
                output.append(contentsOf: [ascii("/"), ascii("*")])
                i += 2
                while i < input.count, !(input[i] == ascii("*") && byte(i + 1) == ascii("/")) {
                    output.append(input[i])
                    i += 1
                }
                if i < input.count {
                    output.append(contentsOf: [ascii("*"), ascii("/")])
                    i += 2
                }
            case ascii("$") where byte(i + 1).map(isDigit) == true:
                var j = i + 1
                var number = 0
                while j < input.count, isDigit(input[j]) {
                    number = number &* 10 &+ Int(input[j] - ascii("0"))
                    j += 1
                }
                guard number >= 1, number <= 32766, j - i <= 6 else {
                    throw .other("placeholder number out of range")
                }
                highest = max(highest, number)
                output.append(ascii("?"))
                output.append(contentsOf: input[(i + 1)..<j])
                i = j
            case ascii(";"):
                sawTerminator = true
                output.append(c)
                i += 1
            default:
                output.append(c)
                i += 1
            }
        }
        return Result(sql: String(decoding: output, as: UTF8.self), highestIndex: highest)
    }

    private static func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }
}
