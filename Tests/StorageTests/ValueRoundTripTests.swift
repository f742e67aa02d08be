import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: values round-trip")
struct ValueRoundTripTests {
    @Test("every SQLValue kind and NULLs", arguments: TestDatabase.backends)
    func everyKind(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let t = ColumnTypes(db.dialect)
            try await db.execute("""
                CREATE TABLE kinds (id \(t.int) PRIMARY KEY, i \(t.int), d \(t.double), s \(t.text),
                                    b \(t.blob), f \(t.bool), ts \(t.timestamp))
                """)
            let date = Date(timeIntervalSince1970: 1_700_000_000.123)
            let blob: [UInt8] = (0..<256).map { UInt8($0) }
            let insert = "INSERT INTO kinds (id, i, d, s, b, f, ts) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            try await db.execute(insert, [.int(1), .int(-42), .double(3.25), .text("héllo"), .blob(blob), .bool(true), .date(date)])
            try await db.execute(insert, [.int(2), .null, .null, .null, .null, .null, .null])
            try await db.execute(insert, [.int(3), .int(0), .double(-0.5), .text(""), .blob([]), .bool(false), .date(date)])

            let rows = try await db.query("SELECT id, i, d, s, b, f, ts FROM kinds ORDER BY id", [])
            try #require(rows.count == 3)
            #expect(rows[0].columns == ["id", "i", "d", "s", "b", "f", "ts"])

            let full = rows[0]
            #expect(try full.int("i") == -42)
            #expect(try full.double("d") == 3.25)
            #expect(try full.string("s") == "héllo")
            #expect(try full.bytes("b") == blob)
            #expect(try full.bool("f") == true)
            #expect(try full.date("ts") == date)

            let nulls = rows[1]
            let allNull = nulls.values.dropFirst().allSatisfy { $0.isNull }
            #expect(allNull)
            #expect(try nulls.optionalInt("i") == nil)
            #expect(try nulls.optionalDouble("d") == nil)
            #expect(try nulls.optionalString("s") == nil)
            #expect(try nulls.optionalBytes("b") == nil)
            #expect(try nulls.optionalBool("f") == nil)
            #expect(try nulls.optionalDate("ts") == nil)
            #expect(throws: StorageError.decoding(column: "i", expected: "int (found null)")) { try nulls.int("i") }
            #expect(throws: StorageError.self) { try nulls.string("s") }

            let empty = rows[2]
            #expect(try empty.int("i") == 0)
            #expect(try empty.string("s") == "")
            #expect(try empty.bytes("b") == [])  // an empty blob is not NULL
            #expect(try empty.bool("f") == false)
            #expect(throws: StorageError.decoding(column: "nope", expected: "an existing column")) { try empty.int("nope") }
        }
    }

    @Test("negative, zero and extreme integers", arguments: TestDatabase.backends)
    func integers(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE ints (pos \(ColumnTypes(db.dialect).int), v \(ColumnTypes(db.dialect).int))")
            let values: [Int64] = [.min, .min + 1, -9_007_199_254_740_993, -1, 0, 1, 4_294_967_296, .max - 1, .max]
            for (index, value) in values.enumerated() {
                try await db.execute("INSERT INTO ints (pos, v) VALUES ($1, $2)", [.int(Int64(index)), .int(value)])
            }
            let read = try await db.query("SELECT v FROM ints ORDER BY pos", []).map { try $0.int("v") }
            #expect(read == values)
            let sorted = try await db.query("SELECT v FROM ints ORDER BY v", []).map { try $0.int("v") }
            #expect(sorted == values.sorted())
        }
    }

    @Test("doubles", arguments: TestDatabase.backends)
    func doubles(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE doubles (pos \(ColumnTypes(db.dialect).int), v \(ColumnTypes(db.dialect).double))")
            let values: [Double] = [-1e300, -0.1, 0, 0.1, .pi, 1e-300, 123_456_789.987654321, .greatestFiniteMagnitude]
            for (index, value) in values.enumerated() {
                try await db.execute("INSERT INTO doubles (pos, v) VALUES ($1, $2)", [.int(Int64(index)), .double(value)])
            }
            let read = try await db.query("SELECT v FROM doubles ORDER BY pos", []).map { try $0.double("v") }
            #expect(read == values)
        }
    }

    @Test("unicode and long text", arguments: TestDatabase.backends)
    func unicodeText(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE texts (pos \(ColumnTypes(db.dialect).int), v TEXT)")
            let values = [
                "Grüße aus Zürich — ñandú",
                "日本語のテキスト",
                "🏁🏎️💨 emoji with ZWJ 👩‍👩‍👧",
                "עברית RTL and العربية",
                "e\u{301} combining vs \u{e9} precomposed",
                "quotes ' \" \\ and $1 and ?1 inside a value",
                String(repeating: "ü🏎", count: 50_000),
            ]
            for (index, value) in values.enumerated() {
                try await db.execute("INSERT INTO texts (pos, v) VALUES ($1, $2)", [.int(Int64(index)), .text(value)])
            }
            let read = try await db.query("SELECT v FROM texts ORDER BY pos", []).map { try $0.string("v") }
            #expect(read == values)
            let found = try await db.query("SELECT pos FROM texts WHERE v = $1", [.text(values[2])])
            #expect(try found.map { try $0.int("pos") } == [2])
        }
    }

    @Test("5 MB blob", arguments: TestDatabase.backends)
    func largeBlob(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE blobs (id \(ColumnTypes(db.dialect).int), v \(ColumnTypes(db.dialect).blob))")
            var generator: UInt64 = 0x9E37_79B9_7F4A_7C15
            let blob: [UInt8] = (0..<(5 * 1024 * 1024)).map { _ in
                generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: generator >> 56)
            }
            try await db.execute("INSERT INTO blobs (id, v) VALUES ($1, $2)", [.int(1), .blob(blob)])
            let row = try #require(try await db.query("SELECT v FROM blobs WHERE id = $1", [.int(1)]).first)
            let read = try row.bytes("v")
            #expect(read.count == blob.count)
            #expect(read == blob)
        }
    }

    @Test("dates keep millisecond precision and order by time", arguments: TestDatabase.backends)
    func dates(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let t = ColumnTypes(db.dialect)
            try await db.execute("CREATE TABLE events (id \(t.int), at \(t.timestamp))")
            let dates: [Date] = [
                Date(timeIntervalSince1970: 1_700_000_000.999),
                Date(timeIntervalSince1970: -14_182_940.123),      // 1969-07-20, before the epoch
                Date(timeIntervalSince1970: 1_700_000_000.001),
                Date(timeIntervalSince1970: 4_102_444_800.5),      // 2100-01-01
                Date(timeIntervalSince1970: 946_684_799.999),      // just before 2000 (PostgreSQL's epoch)
                Date(timeIntervalSince1970: 1_700_000_000.000),
                Date(timeIntervalSince1970: 0),
            ]
            for (index, date) in dates.enumerated() {
                try await db.execute("INSERT INTO events (id, at) VALUES ($1, $2)", [.int(Int64(index)), .date(date)])
            }
            let byId = try await db.query("SELECT at FROM events ORDER BY id", []).map { try $0.date("at") }
            #expect(byId == dates)

            let byTime = try await db.query("SELECT at FROM events ORDER BY at", []).map { try $0.date("at") }
            #expect(byTime == dates.sorted())

            let cutoff = Date(timeIntervalSince1970: 1_700_000_000.000)
            let after = try await db.query("SELECT id FROM events WHERE at > $1 ORDER BY at", [.date(cutoff)])
            #expect(try after.map { try $0.int("id") } == [2, 0, 3])

            // Sub-millisecond input is rounded to the nearest millisecond on both backends.
            try await db.execute("INSERT INTO events (id, at) VALUES ($1, $2)",
                                 [.int(99), .date(Date(timeIntervalSince1970: 1_600_000_000.1236))])
            let rounded = try await db.query("SELECT at FROM events WHERE id = $1", [.int(99)])[0].date("at")
            #expect(rounded == Date(timeIntervalSince1970: 1_600_000_000.124))
        }
    }
}
