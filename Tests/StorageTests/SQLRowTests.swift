import Foundation
import Testing
@testable import Storage

@Suite("SQLRow accessors")
struct SQLRowTests {
    let row = SQLRow(
        columns: ["i", "zero", "one", "two", "d", "s", "ts", "b", "flag", "n"],
        values: [.int(7), .int(0), .int(1), .int(2), .double(2.5), .text("x"), .text("2024-01-02T03:04:05.678Z"),
                 .blob([9]), .bool(true), .null]
    )

    @Test func boolReadsSQLiteIntegers() throws {
        #expect(try row.bool("zero") == false)
        #expect(try row.bool("one") == true)
        #expect(try row.bool("flag") == true)
        #expect(throws: StorageError.decoding(column: "two", expected: "bool (found int)")) { try row.bool("two") }
        #expect(try row.optionalBool("n") == nil)
    }

    @Test func dateReadsText() throws {
        #expect(try row.date("ts") == Date(timeIntervalSince1970: 1_704_164_645.678))
        #expect(throws: StorageError.self) { try row.date("s") }
        #expect(throws: StorageError.self) { try row.date("i") }
    }

    @Test func numericConversions() throws {
        #expect(try row.double("i") == 7)
        #expect(try row.int("flag") == 1)
        #expect(throws: StorageError.self) { try row.int("d") }
        #expect(throws: StorageError.self) { try row.string("i") }
        #expect(throws: StorageError.self) { try row.bytes("s") }
        #expect(try row.bytes("b") == [9])
    }

    @Test func lookup() throws {
        #expect(row["s"] == .text("x"))
        #expect(row["missing"] == nil)
        #expect(try row.isNull("n"))
        #expect(throws: StorageError.decoding(column: "missing", expected: "an existing column")) { try row.value("missing") }
    }

    @Test func descriptionsHideValues() {
        #expect("\(SQLValue.text("secret"))" == "SQLValue.text")
        #expect(!"\(StorageError.decoding(column: "c", expected: "int"))".isEmpty)
    }
}
