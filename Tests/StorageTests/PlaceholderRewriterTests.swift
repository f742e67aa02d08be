import Testing
@testable import Storage

@Suite("PlaceholderRewriter")
struct PlaceholderRewriterTests {
    @Test func rewritesNumberedPlaceholders() throws {
        let result = try PlaceholderRewriter.rewrite("SELECT * FROM t WHERE a = $2 AND b = $1 OR c = $2")
        #expect(result.sql == "SELECT * FROM t WHERE a = ?2 AND b = ?1 OR c = ?2")
        #expect(result.highestIndex == 2)
    }

    @Test func multiDigitPlaceholders() throws {
        let result = try PlaceholderRewriter.rewrite("VALUES ($10, $1, $11)")
        #expect(result.sql == "VALUES (?10, ?1, ?11)")
        #expect(result.highestIndex == 11)
    }

    @Test func skipsQuotedTextAndComments() throws {
        let sql = """
            SELECT '$1', 'it''s $2', "col$3", $1 -- trailing $4
            /* block $5 */ FROM t WHERE x = $2
            """
        let result = try PlaceholderRewriter.rewrite(sql)
        #expect(result.sql == """
            SELECT '$1', 'it''s $2', "col$3", ?1 -- trailing $4
            /* block $5 */ FROM t WHERE x = ?2
            """)
        #expect(result.highestIndex == 2)
    }

    @Test func leavesOtherDollarsAlone() throws {
        let result = try PlaceholderRewriter.rewrite("SELECT $ AS a, $x AS b, unicode_ü AS c")
        #expect(result.sql == "SELECT $ AS a, $x AS b, unicode_ü AS c")
        #expect(result.highestIndex == 0)
    }

    @Test func allowsOneTrailingSemicolon() throws {
        #expect(try PlaceholderRewriter.rewrite("SELECT $1;  -- done\n").sql == "SELECT ?1;  -- done\n")
    }

    @Test func rejectsSecondStatement() {
        #expect(throws: StorageError.self) { try PlaceholderRewriter.rewrite("DELETE FROM a; DELETE FROM b") }
        #expect(throws: StorageError.self) { try PlaceholderRewriter.rewrite("SELECT $0") }
    }

    @Test func semicolonInsideLiteralIsFine() throws {
        #expect(try PlaceholderRewriter.rewrite("SELECT 'a; b' AS s").sql == "SELECT 'a; b' AS s")
    }
}
